"""No module imports from a stage that runs after it (issue 12):

    readers → segment → extract → pipeline → emit / cli / batch / export

The shared ground under every stage (model, errors, defaults, spans, lexicon, context,
numerals) may be imported by any of them.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parent.parent / "src" / "notice_parser"

#: package (or module) → the stages it must never import
FORBIDDEN = {
    "readers": ("segment", "extract", "pipeline", "emit", "cli", "batch", "export"),
    "segment": ("extract", "pipeline", "emit", "cli", "batch", "export"),
    "extract": ("pipeline", "emit", "cli", "batch", "export"),
    "lexicon": ("readers", "segment", "extract", "pipeline", "emit", "cli", "batch", "export"),
    "context": ("readers", "segment", "extract", "pipeline"),
    "numerals": ("readers", "segment", "extract", "pipeline"),
    "model": ("readers", "segment", "extract", "pipeline", "emit"),
}


def imported_stages(path: Path) -> set[str]:
    """The first component under notice_parser of every module ``path`` imports."""
    rel = path.relative_to(SRC).with_suffix("").parts
    package = list(rel[:-1])
    out: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                parts = package[: len(package) - (node.level - 1)] + (node.module.split(".") if node.module else [])
            elif node.module and node.module.startswith("notice_parser."):
                parts = node.module.split(".")[1:]
            else:
                continue
            out |= {parts[0]} if parts else {a.name for a in node.names}
        elif isinstance(node, ast.Import):
            out |= {a.name.split(".")[1] for a in node.names if a.name.startswith("notice_parser.")}
    return out


def _modules():
    for path in sorted(SRC.rglob("*.py")):
        top = path.relative_to(SRC).parts[0].removesuffix(".py")
        if top in FORBIDDEN:
            yield path, top


@pytest.mark.parametrize("path, stage", list(_modules()), ids=lambda x: x.name if isinstance(x, Path) else x)
def test_no_import_runs_back_up(path, stage):
    bad = sorted(imported_stages(path) & set(FORBIDDEN[stage]))
    assert bad == [], f"{path.relative_to(SRC)} ({stage}) imports {bad}"


def test_segment_never_imports_extract():
    segment = sorted((SRC / "segment").glob("*.py"))
    assert len(segment) >= 4
    assert [p.name for p in segment if "extract" in imported_stages(p)] == []


def test_the_scanner_sees_relative_and_absolute_imports():
    probe = SRC / "segment" / "_probe_for_test.py"
    probe.write_text("from ..extract.units import split_units\nimport notice_parser.pipeline\n", encoding="utf-8")
    try:
        assert imported_stages(probe) == {"extract", "pipeline"}
    finally:
        probe.unlink()
