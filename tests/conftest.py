"""Shared fixtures and the explicit golden-update flag.

    pytest tests/test_golden.py --update-goldens   # rewrite golden/*.json

Goldens are reviewed outputs: read `git diff golden/` after updating and say
in the commit why the new output is right.
"""

from __future__ import annotations

import atexit
import functools
import os
import re
import shutil
import tempfile
from pathlib import Path
from typing import NamedTuple

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPORA = ROOT / "corpora"
GOLDEN = ROOT / "golden"
CASES = Path(__file__).resolve().parent / "cases"
SHARED = ROOT.parent / "shared"


def id_roles(doc) -> list[tuple[str, list[str], list[str], list[str]]]:
    """Each measure of a parsed notice as (id, lead, responsible, supporting) unit names, in order."""
    return [
        (
            m.id,
            [u.name for u in m.lead_units],
            [u.name for u in m.responsible_units],
            [u.name for u in m.supporting_units],
        )
        for m in doc.measures
    ]


def _test_cache_home() -> str:
    """The test runs' cache home: ``<tmp>/notice_parser-tests-<uid>``, kept between runs (jieba's
    prefix file takes seconds to make) when it is this user's alone (compiled.make_private: made
    with mode 0700, or a directory, not a link, owned by this user, writable by no one else); any
    other user can make that name first, so otherwise a fresh private directory of this run's
    (mkdtemp), removed at exit."""
    from notice_parser.compiled import make_private  # (reads no environment at import)

    path = Path(tempfile.gettempdir()) / f"notice_parser-tests-{os.getuid()}"
    try:
        make_private(path)
    except OSError:
        fresh = tempfile.mkdtemp(prefix="notice_parser-tests-")
        atexit.register(shutil.rmtree, fresh, True)
        return fresh
    return str(path)


# The package's caches (compiled patterns, jieba's prefix file) go to a directory of the test
# runs', never to the user's ~/.cache: set before any test module imports notice_parser, and
# inherited by the processes tests start; a test that needs an empty cache sets its own
# XDG_CACHE_HOME.
os.environ["XDG_CACHE_HOME"] = _test_cache_home()


def pytest_addoption(parser):
    parser.addoption(
        "--update-goldens",
        action="store_true",
        default=False,
        help="rewrite golden/<slug>.json from the current parser output",
    )


@pytest.fixture
def update_goldens(request) -> bool:
    return request.config.getoption("--update-goldens")


class CaseRow(NamedTuple):
    """One fixture line of tests/cases/<name>: its fields, and why it is a known failure."""

    lineno: int
    fields: list[str]
    xfail: str | None

    def param(self, *values, name: str):
        """A pytest.param of ``values``, a strict xfail when the line says so."""
        marks = [pytest.mark.xfail(strict=True, reason=self.xfail)] if self.xfail is not None else []
        return pytest.param(*values, id=f"{name}:L{self.lineno}", marks=marks)


def case_rows(name: str) -> list[CaseRow]:
    """The one reader of tests/cases/*.txt: ``field | field … [| xfail: reason]`` per
    line, fields separated by `` | ``; ``#`` starts a comment line, blank lines skipped.
    A known failure is always written as a last field ``xfail: reason``."""
    rows = []
    for lineno, line in enumerate((CASES / name).read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        fields = [f.strip() for f in line.split(" | ")]
        xfail = None
        if len(fields) > 1 and fields[-1].startswith("xfail:"):
            xfail = fields.pop()[len("xfail:") :].strip()
        rows.append(CaseRow(lineno, fields, xfail))
    return rows


@pytest.fixture(scope="module")
def score():
    """shared/eval/score.py's ``score`` (the accuracy tests' scorer); skipped where shared/ is not beside
    the repository."""
    import importlib.util

    scorer = SHARED / "eval" / "score.py"
    if not scorer.exists():
        pytest.skip(f"the scorer {scorer} is not here (shared/ lies beside the repository in CI)")
    spec = importlib.util.spec_from_file_location("shared_score", scorer)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.score


@functools.cache
def folder_text(folder: str) -> str:
    """The texts of the documents (.txt, .md, .html) in tests/<folder>, whitespace removed, joined: a fixture
    phrase taken from a red-team notice is checked to be its own text with ``squeezed(phrase) in folder_text(f)``."""
    return "".join(
        re.sub(r"\s", "", p.read_text("utf-8"))
        for p in sorted((ROOT / "tests" / folder).iterdir())
        if p.suffix in (".txt", ".md", ".html")
    )
