"""Shared fixtures and the explicit golden-update flag.

    pytest tests/test_golden.py --update-goldens   # rewrite golden/*.json

Goldens are reviewed outputs: read `git diff golden/` after updating and say
in the commit why the new output is right.
"""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPORA = ROOT / "corpora"
GOLDEN = ROOT / "golden"
CASES = Path(__file__).resolve().parent / "cases"
SHARED = ROOT.parent / "shared"


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


def read_cases(name: str) -> list[tuple[str, str, bool]]:
    """Rows of tests/cases/<name>: ``input | expected`` with an optional
    leading ``xfail:`` on lines known to fail. ``#`` starts a comment line."""
    rows = []
    for line in (CASES / name).read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        xfail = line.startswith("xfail:")
        if xfail:
            line = line[len("xfail:") :]
        left, _, right = line.partition(" | ")
        rows.append((left.strip(), right.strip(), xfail))
    return rows
