"""The lexicon's tables are data, and are checked as data (issue 12 item 3):

* no table lists a word twice (tuples, lists; dict literals with a repeated key);
* every public table is read by some rule (or by another table);
* no module changes a table while the package is imported or a notice is parsed.
"""

from __future__ import annotations

import ast
import importlib
import json
import pkgutil
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

import notice_parser.lexicon as lexicon_pkg

SRC = Path(__file__).resolve().parent.parent / "src" / "notice_parser"
LEXICON = SRC / "lexicon"
MODULES = sorted(m.name for m in pkgutil.iter_modules(lexicon_pkg.__path__))


def _tables(module_name: str) -> dict[str, object]:
    module = importlib.import_module(f"notice_parser.lexicon.{module_name}")
    return {k: v for k, v in vars(module).items() if k.isupper() and not k.startswith("_")}


@pytest.mark.parametrize("module_name", MODULES)
def test_no_word_listed_twice(module_name):
    repeated = {}
    for name, value in _tables(module_name).items():
        if isinstance(value, (tuple, list)) and all(isinstance(w, str) for w in value):
            twice = [w for w, n in Counter(value).items() if n > 1]
            if twice:
                repeated[name] = twice
    tree = ast.parse((LEXICON / f"{module_name}.py").read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Dict):
            keys = [k.value for k in node.keys if isinstance(k, ast.Constant)]
            twice = [k for k, n in Counter(keys).items() if n > 1]
            if twice:
                repeated[f"dict at line {node.lineno}"] = twice
    assert not repeated, f"lexicon/{module_name}.py lists these twice: {repeated}"


def _names_read() -> set[str]:
    """Every name the package reads: loaded names, attributes, imported names."""
    used: set[str] = set()
    for path in SRC.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Load):
                used.add(node.id)
            elif isinstance(node, ast.Attribute):
                used.add(node.attr)
            elif isinstance(node, ast.alias):
                used.add(node.name)
    return used


@pytest.mark.parametrize("module_name", MODULES)
def test_every_table_is_used(module_name):
    used = _names_read()
    unused = sorted(set(_tables(module_name)) - used)
    assert not unused, f"lexicon/{module_name}.py: no rule uses {unused} (delete the table or use it)"


_SNAPSHOT = """
import importlib, json, pkgutil, sys
import notice_parser.lexicon as L
names = sorted(m.name for m in pkgutil.iter_modules(L.__path__))
def snap():
    out = {}
    for n in names:
        mod = importlib.import_module("notice_parser.lexicon." + n)
        for k, v in vars(mod).items():
            if k.isupper() and not k.startswith("_"):
                out[n + "." + k] = repr(v)
    return out
before = snap()
import notice_parser
from notice_parser import parse_text
parse_text(open(sys.argv[1], encoding="utf-8").read())
after = snap()
print(json.dumps(sorted(k for k in before if before[k] != after[k])))
"""


def test_no_table_changes_after_its_module_is_loaded():
    corpus = Path(__file__).resolve().parent.parent / "corpora" / "tianshui-2017-30.txt"
    out = subprocess.run(
        [sys.executable, "-c", _SNAPSHOT, str(corpus)], capture_output=True, text=True, check=True, timeout=120
    )
    assert json.loads(out.stdout) == []


def test_re_space_chars_is_regex_whitespace_on_every_code_point():
    """Patterns run by ``re`` spell regex's ``\\s`` as ``[RE_SPACE_CHARS]``: the two must take the
    same characters (re's own ``\\s`` also takes U+001C-U+001F, regex's does not)."""
    import re

    import regex

    every = "".join(map(chr, range(0x110000)))
    by_re = set(re.findall("[" + lexicon_pkg.RE_SPACE_CHARS + "]", every))
    by_regex = set(regex.findall(r"\s", every))
    assert by_re == by_regex
    assert {"\u3000", "\u00a0", "\n", " "} <= by_re and "\x1c" not in by_re
