"""Moved to :mod:`notice_parser.numerals` (below both segment/ and extract/);
kept so that ``from .numbers import …`` in the rules goes on working."""

from ..numerals import (  # noqa: F401
    ARABIC_NUMBER,
    CN_NUMERAL_CHARS,
    MAX_CN_NUMERAL_CHARS,
    parse_arabic,
    parse_cn_number,
    parse_number,
    to_halfwidth_digits,
)
