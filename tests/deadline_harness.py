"""The harness the deadline family tests share (tests/test_deadline_families.py, tests/test_time_node_parts.py):
a phrase read as one section's own text (test_deadlines._run), its deadlines written in the fixture notation
(test_deadlines._describe), and a parametrised test over (folder, phrase, notice year, expected) rows whose
phrase is checked first to be the red-team notice's own text (tests/<folder>)."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

import pytest
from conftest import folder_text
from test_deadlines import _describe, _run

#: a row: the red-team folder the phrase is taken from, the phrase, the notice's year, the deadlines expected
Row = tuple[str, str, int, str]


def described(phrase: str, notice_year: int | None) -> str:
    """The deadlines found in ``phrase`` in the fixture notation, ``;``-joined ("none" if there are none)."""
    _, found = _run(phrase, notice_year)
    return "; ".join(_describe(d) for d in found) or "none"


def red_team_phrase_test(cases: Sequence[Row], id_len: int) -> Callable[[str, str, int, str], None]:
    """A test parametrised over ``cases``, ids the phrases' first ``id_len`` characters: each phrase must be
    its folder's own text and give the expected deadlines. Bind it to a ``test_…`` name in the test module."""

    @pytest.mark.parametrize(("folder", "phrase", "year", "expected"), cases, ids=[c[1][:id_len] for c in cases])
    def test(folder: str, phrase: str, year: int, expected: str) -> None:
        assert re.sub(r"\s", "", phrase) in folder_text(folder)
        assert described(phrase, year) == expected

    return test
