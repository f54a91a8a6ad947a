"""Vocabulary as data: every Chinese word a rule matches is spelled in a table here.

Rules outside ``lexicon/`` build their patterns from these tables with
:func:`alternation` (``tests/test_code_shape.py`` keeps Chinese words out of
patterns elsewhere; ``tests/test_lexicon.py`` validates the tables).
"""

from __future__ import annotations

from collections.abc import Iterable

import regex


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of ``words``: escaped, duplicates and empties dropped, longest first.

    Longest first, so that an alternation never stops at a word's prefix; ties
    in code-point order, so the pattern text is the same in every process.

    >>> alternation(["年", "年度", "年", "上半年"])
    '上半年|年度|年'
    >>> alternation(["a.b", ""])
    'a\\\\.b'
    """
    return "|".join(regex.escape(w) for w in sorted({w for w in words if w}, key=lambda w: (-len(w), w)))
