"""The shape rules of issue 12, read from the source with ``ast``:

* no function or method longer than 60 lines (def line to last line);
* no Chinese word spelled inside a regex pattern outside ``lexicon/``.

Each rule has an allowlist under ``tests/cases/code_shape/`` of what is left
to fix; an entry that is fixed must leave the list (the test fails on a stale
entry too), so the lists only shrink.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
import regex

ROOT = Path(__file__).resolve().parent.parent
SRC = ROOT / "src" / "notice_parser"
CASES = Path(__file__).resolve().parent / "cases" / "code_shape"
MAX_LINES = 60

#: characters of the numeral and date grammars, which may stay in the rules that parse them
GRAMMAR_CHARS = frozenset("一二三四五六七八九十百千万亿零〇两壹贰叁肆伍陆柒捌玖拾年月日时分秒号第章节条款项目之")
#: functions and methods whose first argument is a pattern
PATTERN_CALLS = frozenset(
    {"compile", "search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split", "alternation"}
)
PATTERN_MODULES = frozenset({"regex", "re"})
_VERBOSE_COMMENT = regex.compile(r"(?<!\\)#[^\n]*")
_CHAR_CLASS = regex.compile(r"\[(?:\\.|[^\]\\])*\]")
_HAN_RUN = regex.compile(r"\p{Han}{2,}")


def _sources() -> list[Path]:
    return sorted(SRC.rglob("*.py"))


def _rel(path: Path) -> str:
    return path.relative_to(ROOT).as_posix()


def long_functions(path: Path) -> dict[str, int]:
    """``path::qualified.name`` → length, for every function over MAX_LINES."""
    out: dict[str, int] = {}

    def visit(node: ast.AST, prefix: str) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                name = f"{prefix}{child.name}"
                if not isinstance(child, ast.ClassDef):
                    length = (child.end_lineno or child.lineno) - child.lineno + 1
                    if length > MAX_LINES:
                        out[f"{_rel(path)}::{name}"] = length
                visit(child, name + ".")

    visit(ast.parse(path.read_text(encoding="utf-8")), "")
    return out


def chinese_words(pattern: str) -> list[str]:
    """Runs of 2+ Han characters outside character classes that are not numeral/date grammar.

    >>> chinese_words(r"(?:今年|明年)[和及]第[一二三]章")
    ['今年', '明年']
    >>> chinese_words(r"\\d+年\\d+月")
    []
    """
    bare = _CHAR_CLASS.sub("", pattern)
    return [w for w in _HAN_RUN.findall(bare) if not set(w) <= GRAMMAR_CHARS]


def _takes_pattern(func: ast.expr) -> bool:
    """``regex.compile(p)``, ``re.sub(p, …)``, ``alternation(words)`` — not ``compiled.match(text)``."""
    if isinstance(func, ast.Name):
        return func.id == "alternation"
    return (
        isinstance(func, ast.Attribute)
        and func.attr in PATTERN_CALLS
        and isinstance(func.value, ast.Name)
        and func.value.id in PATTERN_MODULES
    )


def _strings(node: ast.AST) -> list[str]:
    """The pattern text of every string in ``node``: an f-string's parts joined (a
    replacement field reads as ``\x00``, so a character class split by one stays whole),
    and the ``# …`` comments of multi-line (verbose) patterns dropped."""
    out: list[str] = []
    inner: set[int] = set()
    for sub in ast.walk(node):
        if isinstance(sub, ast.JoinedStr):
            parts = [v.value if isinstance(v, ast.Constant) else "\x00" for v in sub.values]
            out.append("".join(str(p) for p in parts))
            inner.update(id(v) for v in sub.values)
        elif isinstance(sub, ast.Constant) and isinstance(sub.value, str) and id(sub) not in inner:
            out.append(sub.value)
    return [_VERBOSE_COMMENT.sub("", t) if "\n" in t else t for t in out]


def pattern_words(path: Path) -> list[tuple[str, str]]:
    """(where, word) for Chinese words in the strings of a pattern argument, including
    the module-level names (``_HEADER_WORD = r"(?:序号|…)"``) a pattern argument reads."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    assigned: dict[str, ast.AST] = {}
    for stmt in tree.body:
        if isinstance(stmt, ast.Assign) and len(stmt.targets) == 1 and isinstance(stmt.targets[0], ast.Name):
            assigned[stmt.targets[0].id] = stmt.value
        elif isinstance(stmt, ast.AnnAssign) and isinstance(stmt.target, ast.Name) and stmt.value is not None:
            assigned[stmt.target.id] = stmt.value
    found: list[tuple[str, str]] = []
    seen: set[str] = set()
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call) or not node.args or not _takes_pattern(node.func):
            continue
        sources: list[tuple[str, ast.AST]] = [(f"line {node.lineno}", node.args[0])]
        for name in ast.walk(node.args[0]):
            if isinstance(name, ast.Name) and name.id in assigned and name.id not in seen:
                seen.add(name.id)
                sources.append((name.id, assigned[name.id]))
        for where, expr in sources:
            found += [(where, w) for text in _strings(expr) for w in chinese_words(text)]
    return found


def _allowlist(name: str) -> dict[str, int]:
    out: dict[str, int] = {}
    for line in (CASES / name).read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            key, count = line.rsplit(None, 1)
            out[key] = int(count)
    return out


def test_no_function_over_60_lines():
    allowed = _allowlist("long_functions.txt")
    found = {k: v for p in _sources() for k, v in long_functions(p).items()}
    new = {k: v for k, v in found.items() if k not in allowed or v > allowed[k]}
    stale = sorted(set(allowed) - set(found))
    assert not new, f"functions over {MAX_LINES} lines (split them into named steps): {new}"
    assert not stale, f"fixed — remove from tests/cases/code_shape/long_functions.txt: {stale}"


def test_chinese_words_in_patterns_only_in_lexicon():
    allowed = _allowlist("pattern_words.txt")
    counts = {
        _rel(p): len(words)
        for p in _sources()
        if "lexicon" not in p.relative_to(SRC).parts and (words := pattern_words(p))
    }
    over = {k: v for k, v in counts.items() if v > allowed.get(k, 0)}
    stale = {k: (v, counts.get(k, 0)) for k, v in allowed.items() if counts.get(k, 0) < v}
    assert not over, f"Chinese words in patterns outside lexicon/ (move them to a lexicon table): {over}"
    assert not stale, f"fewer now — lower the counts in tests/cases/code_shape/pattern_words.txt: {stale}"


@pytest.mark.parametrize(
    "source, expected",
    [
        # real phrases of the deadline and role grammars
        ('regex.compile(r"(?:今年|明年)底前")', ["今年", "明年", "底前"]),
        ('regex.compile(r"[（(]牵头[）)]")', ["牵头"]),
        ('regex.compile(r"第[一二三]章|\\d+年\\d+月\\d+日")', []),
        ('regex.compile(alternation(WORDS) + r"[和及]")', []),
        ('regex.search("完成时限", text)', ["完成时限"]),
        ('print("牵头单位")', []),
        ('_ISSUER.match(head.removeprefix("中共"))', []),
    ],
)
def test_pattern_word_detector(tmp_path, source, expected):
    f = tmp_path / "m.py"
    f.write_text(source + "\n", encoding="utf-8")
    assert [w for _, w in pattern_words(f)] == expected


def test_pattern_word_detector_reads_names_fstrings_and_comments(tmp_path):
    f = tmp_path / "m.py"
    f.write_text(
        'HEADER = r"(?:序号|编号)"\n'
        'NOT_BEFORE = f"[0-9{CN}个每半]"\n'
        'SCOPE = r"""\n  (?:两区|x)  # 两区 五县\n"""\n'
        "A = regex.compile(HEADER + NOT_BEFORE)\n"
        "B = regex.compile(SCOPE, regex.VERBOSE)\n",
        encoding="utf-8",
    )
    assert pattern_words(f) == [("HEADER", "序号"), ("HEADER", "编号"), ("SCOPE", "两区")]
