"""A parse does not depend on what the process parsed before it (REVIEW13 item 5): each document's JSON after
the others in one process, in either order, equals its JSON parsed alone in a fresh process. Documents of
several sets and readers (plain text, HTML, Markdown, .docx) that share clause, unit-list and table stretches,
so that any process-level memo, cached reading or module state a parse changes in place shows here."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SETS = ("corpora", "tests/redteam12", "tests/redteam15", "tests/redteam18")
PER_SET = 3
SUFFIXES = (".txt", ".html", ".md", ".docx")

PARSE_ALL = r"""
import json, sys
import notice_parser
out = {}
for path in sys.argv[1:]:
    data = open(path, "rb").read()
    out[path] = notice_parser.parse(data, name=path.rsplit("/", 1)[-1]).model_dump_json()
print(json.dumps(out))
"""


def _documents() -> list[str]:
    """The smallest documents of each set (cheap to parse), of every reader the set has."""
    docs = []
    for s in SETS:
        files = sorted(
            (p for p in (ROOT / s).iterdir() if p.suffix in SUFFIXES), key=lambda p: (p.stat().st_size, p.name)
        )
        docs += [str(p) for p in files[:PER_SET]]
    return docs


def _parse(paths: list[str]) -> dict[str, str]:
    run = subprocess.run(
        [sys.executable, "-c", PARSE_ALL, *paths], capture_output=True, text=True, check=True, cwd=ROOT
    )
    return json.loads(run.stdout)


def test_each_document_parses_the_same_after_others_as_alone():
    docs = _documents()
    assert len(docs) == PER_SET * len(SETS)
    alone = {}
    for path in docs:
        alone.update(_parse([path]))
    forward, backward = _parse(docs), _parse(docs[::-1])
    for path in docs:
        assert json.loads(alone[path])["notice"], path  # a real parse, not an empty one
        assert forward[path] == alone[path], f"{path}: differs after {docs[: docs.index(path)]}"
        assert backward[path] == alone[path], f"{path}: differs after the documents after it"


def test_a_document_parsed_twice_in_one_process_is_the_same():
    docs = _documents()
    script = (
        PARSE_ALL.replace("out = {}", "out = []")
        .replace("out[path] =", "out.append(")
        .replace("model_dump_json()", "model_dump_json())")
    )
    run = subprocess.run(
        [sys.executable, "-c", script, *docs, *docs], capture_output=True, text=True, check=True, cwd=ROOT
    )
    got = json.loads(run.stdout)
    assert len(got) == 2 * len(docs)
    for k, path in enumerate(docs):
        assert got[k] == got[k + len(docs)], path
