"""Numbers as Chinese documents write them: Arabic digits (half- and
full-width), Chinese numerals (一二三…十百千万, 两, 〇/零), and the 万/亿
multipliers.
"""

from __future__ import annotations

import math
from functools import lru_cache

from .compiled import regex_compile

_DIGITS = {
    "〇": 0,
    "零": 0,
    "○": 0,
    "Ｏ": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
    "壹": 1,
    "贰": 2,
    "叁": 3,
    "肆": 4,
    "伍": 5,
    "陆": 6,
    "柒": 7,
    "捌": 8,
    "玖": 9,
}
_SMALL_UNITS = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
_BIG_UNITS = {"万": 10_000, "亿": 100_000_000}
#: the multipliers a number may carry before its unit, longest first (20万亩, 300亿元, 1.5万亿元)
MULTIPLIER_WORDS = ("万亿", "亿", "万")

#: a Chinese numeral longer than this is not read as a number (no real one
#: comes near it; "第" + "一" × 5000 would pass Python's int digit limit)
MAX_CN_NUMERAL_CHARS = 40

#: characters that may make up a Chinese numeral
CN_NUMERAL_CHARS = "〇零○一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟"

_FULLWIDTH = str.maketrans("０１２３４５６７８９．，", "0123456789.,")

#: an Arabic number as written: 1,200  3.5  ３．５
ARABIC_NUMBER = regex_compile(r"[0-9０-９]+(?:[,，][0-9]{3})*(?:[.．][0-9０-９]+)?")


def to_halfwidth_digits(s: str) -> str:
    """Full-width digits and points to ASCII.

    >>> to_halfwidth_digits("２０２０．５")
    '2020.5'
    """
    return s.translate(_FULLWIDTH)


def parse_arabic(s: str) -> float:
    """Value of an Arabic number with optional thousands commas.

    >>> parse_arabic("1,200.5")
    1200.5
    """
    return float(to_halfwidth_digits(s).replace(",", ""))


def parse_cn_number(s: str) -> int | None:
    """Value of a Chinese numeral, or None when ``s`` is not one.

    Both the positional form of years (二〇一七) and the unit form (三百二十五)
    are read.

    >>> parse_cn_number("两")
    2
    >>> parse_cn_number("十二")
    12
    >>> parse_cn_number("二十五")
    25
    >>> parse_cn_number("二〇一七")
    2017
    >>> parse_cn_number("一百零五")
    105
    >>> parse_cn_number("三万五千")
    35000
    >>> parse_cn_number("abc") is None
    True
    >>> parse_cn_number("一" * 5000) is None
    True
    """
    if not s or len(s) > MAX_CN_NUMERAL_CHARS or any(c not in CN_NUMERAL_CHARS for c in s):
        return None
    if all(c in _DIGITS for c in s):  # positional: 二〇一七
        if len(s) == 1:
            return _DIGITS[s]
        return int("".join(str(_DIGITS[c]) for c in s))
    total, section, digit = 0, 0, None
    for c in s:
        if c in _DIGITS:
            digit = _DIGITS[c]
        elif c in _SMALL_UNITS:
            section += (1 if digit is None else digit) * _SMALL_UNITS[c]
            digit = None
        elif c in _BIG_UNITS:
            section += digit or 0
            total = (total + section) * _BIG_UNITS[c] if _BIG_UNITS[c] > total else total + section * _BIG_UNITS[c]
            section, digit = 0, None
    return total + section + (digit or 0)


def parse_number(s: str) -> float | None:
    """Arabic or Chinese numeral, with a trailing 万/亿 multiplier.

    >>> parse_number("20万")
    200000.0
    >>> parse_number("4.354亿")
    435400000.0
    >>> parse_number("三")
    3.0

    A value that is not a finite float (hundreds of digits) is no number:

    >>> parse_number("9" * 400) is None
    True
    """
    if len(s) <= _CACHED_LEN:
        return _parse_number_cached(s)
    return _parse_number(s)


#: numbers up to this length are remembered (a notice writes the same few
#: numbers again and again: years, 1%, 100%); longer strings are read each time
_CACHED_LEN = 24


@lru_cache(maxsize=4096)
def _parse_number_cached(s: str) -> float | None:
    return _parse_number(s)


def _parse_number(s: str) -> float | None:
    s = s.strip()
    mult = 1
    while s and s[-1] in _BIG_UNITS and not all(c in CN_NUMERAL_CHARS for c in s):
        mult *= _BIG_UNITS[s[-1]]
        s = s[:-1]
    if ARABIC_NUMBER.fullmatch(s):
        value = parse_arabic(s) * mult
    else:
        v = parse_cn_number(s)
        if v is None:
            return None
        try:
            value = float(v * mult)
        except OverflowError:
            return None
    return value if math.isfinite(value) else None
