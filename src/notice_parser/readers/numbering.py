"""Word list numbering shared by the .doc, .docx and Word 2003 XML readers:
a counter rendered in a ``numFmt`` (:func:`format_number`), the binary
formats' nfc codes as numFmt names (:data:`NFC`), and the running counters
of the lists (:class:`ListCounters`), which count as Word does:

* the counters belong to the list definition (``w:abstractNum``, a .doc
  LST), not to the instance that points at it (``w:num``, an LFO): two
  instances of one definition continue one count (the plan's 三、 after a
  paragraph Word gave a new numId goes on from 二、), unless an instance
  overrides a level's start (``w:lvlOverride/w:startOverride``): there the
  count starts again where that instance is first used (an annex numbered
  一、 again on the plan's list);
* a level starts again when a level above it is used, or, with
  ``w:lvlRestart``, only when a level at or above the one it names is used
  (``0``: never — articles 第X条 counted on across chapters 第X章).
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Hashable, Mapping

from .limits import MAX_FORMATTED_VALUE

_CN_DIGITS = "〇一二三四五六七八九"
_TIANGAN = "甲乙丙丁戊己庚辛壬癸"
_DIZHI = "子丑寅卯辰巳午未申酉戌亥"
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"


def chinese_counting(n: int) -> str:
    """Word's ``chineseCounting``: 1 → 一, 10 → 十, 11 → 十一, 21 → 二十一, 105 → 一百零五.

    >>> [chinese_counting(n) for n in (1, 10, 11, 20, 21, 100, 105, 110)]
    ['一', '十', '十一', '二十', '二十一', '一百', '一百零五', '一百一十']
    """
    if n <= 0:
        return str(n)
    if n < 10:
        return _CN_DIGITS[n]
    if n < 20:
        return "十" + (_CN_DIGITS[n % 10] if n % 10 else "")
    if n < 100:
        return _CN_DIGITS[n // 10] + "十" + (_CN_DIGITS[n % 10] if n % 10 else "")
    if n < 1000:
        rest = n % 100
        tail = (
            ""
            if rest == 0
            else (
                "零" + _CN_DIGITS[rest]
                if rest < 10
                else ("一" + chinese_counting(rest) if rest < 20 else chinese_counting(rest))
            )
        )
        return _CN_DIGITS[n // 100] + "百" + tail
    if n < 10000:
        rest = n % 1000
        tail = "" if rest == 0 else ("零" + chinese_counting(rest) if rest < 100 else chinese_counting(rest))
        return _CN_DIGITS[n // 1000] + "千" + tail
    return str(n)


def _roman(n: int) -> str:
    vals = (
        (1000, "m"),
        (900, "cm"),
        (500, "d"),
        (400, "cd"),
        (100, "c"),
        (90, "xc"),
        (50, "l"),
        (40, "xl"),
        (10, "x"),
        (9, "ix"),
        (5, "v"),
        (4, "iv"),
        (1, "i"),
    )
    out = []
    for v, s in vals:
        while n >= v:
            out.append(s)
            n -= v
    return "".join(out)


def _letters(n: int) -> str:
    # Word repeats the letter: 27 → aa
    return chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)


#: numFmt -> formatter of a counter value
NUM_FORMATS: dict[str, Callable[[int], str]] = {
    "decimal": str,
    "decimalZero": lambda n: f"{n:02d}",
    "decimalFullWidth": lambda n: "".join(chr(ord(c) + 0xFEE0) for c in str(n)),
    "decimalFullWidth2": lambda n: "".join(chr(ord(c) + 0xFEE0) for c in str(n)),
    "decimalHalfWidth": str,
    "chineseCounting": chinese_counting,
    "chineseCountingThousand": chinese_counting,
    "japaneseCounting": chinese_counting,
    "taiwaneseCounting": chinese_counting,
    "taiwaneseCountingThousand": chinese_counting,
    "ideaographDigital": lambda n: "".join(_CN_DIGITS[int(c)] for c in str(n)),
    "ideographDigital": lambda n: "".join(_CN_DIGITS[int(c)] for c in str(n)),
    "chineseLegalSimplified": lambda n: chinese_counting(n).translate(
        str.maketrans("一二三四五六七八九十百千", "壹贰叁肆伍陆柒捌玖拾佰仟")
    ),
    "ideographTraditional": lambda n: _TIANGAN[(n - 1) % 10],
    "ideographZodiac": lambda n: _DIZHI[(n - 1) % 12],
    "decimalEnclosedCircle": lambda n: _CIRCLED[n - 1] if 1 <= n <= 20 else str(n),
    "decimalEnclosedCircleChinese": lambda n: _CIRCLED[n - 1] if 1 <= n <= 20 else str(n),
    "decimalEnclosedParen": lambda n: chr(0x2474 + n - 1) if 1 <= n <= 20 else f"({n})",
    "decimalEnclosedFullstop": lambda n: chr(0x2488 + n - 1) if 1 <= n <= 20 else f"{n}.",
    "lowerLetter": _letters,
    "upperLetter": lambda n: _letters(n).upper(),
    "lowerRoman": _roman,
    "upperRoman": lambda n: _roman(n).upper(),
    "ordinal": str,
    "cardinalText": str,
    "ordinalText": str,
    "none": lambda n: "",
}


def format_number(value: int, num_fmt: str) -> str:
    """Render a counter in a Word ``numFmt``.

    >>> format_number(3, "chineseCounting"), format_number(2, "ideographTraditional"), format_number(12, "decimal")
    ('三', '乙', '12')
    """
    if not 0 <= value <= MAX_FORMATTED_VALUE:
        return str(value)
    return NUM_FORMATS.get(num_fmt, str)(value)


#: Word's nfc codes [MS-DOC 2.9.150 MSONFC] -> the OOXML numFmt names :data:`NUM_FORMATS` formats
NFC = {
    0: "decimal",
    1: "upperRoman",
    2: "lowerRoman",
    3: "upperLetter",
    4: "lowerLetter",
    5: "ordinal",
    10: "ideographDigital",
    11: "japaneseCounting",
    14: "decimalFullWidth",
    15: "decimalHalfWidth",
    18: "decimalEnclosedCircle",
    19: "decimalFullWidth2",
    22: "decimalZero",
    23: "bullet",
    26: "decimalEnclosedFullstop",
    27: "decimalEnclosedParen",
    28: "decimalEnclosedCircleChinese",
    30: "ideographTraditional",
    31: "ideographZodiac",
    33: "taiwaneseCounting",
    35: "taiwaneseCountingThousand",
    37: "chineseCounting",
    38: "chineseLegalSimplified",
    39: "chineseCountingThousand",
    255: "none",
}


class ListCounters:
    """The running counters of Word's lists, per list definition (see the module docstring).

    >>> c = ListCounters()
    >>> [c.advance("plan", "num1", 0, {0: 1})[0], c.advance("plan", "num1", 0, {0: 1})[0]]
    [1, 2]
    >>> c.advance("plan", "num2", 0, {0: 1})[0]  # another instance of the definition goes on counting
    3
    >>> c.advance("plan", "annex", 0, {0: 1}, restarted=(0, 1))[0]  # an instance that overrides the start
    1
    """

    def __init__(self) -> None:
        self._values: dict[Hashable, dict[int, int]] = {}
        self._seen: set[Hashable] = set()

    def advance(
        self,
        definition: Hashable,
        instance: Hashable,
        ilvl: int,
        starts: Mapping[int, int],
        *,
        restarted: Collection[int] = (),
        restart_after: Mapping[int, int] | None = None,
    ) -> Mapping[int, int]:
        """Count one paragraph at level ``ilvl`` of ``instance`` (a list of ``definition``) and return the
        counters of every level (a level not yet used is missing: it shows its start). ``starts``: each level's
        start; ``restarted``: the levels whose start ``instance`` overrides (counted again from their start where
        it is first used); ``restart_after``: a level's ``w:lvlRestart`` (the 1-based level whose use restarts it;
        0: none does), else any level above it does."""
        values = self._values.setdefault(definition, {})
        if instance not in self._seen:
            self._seen.add(instance)
            for k in restarted:
                values.pop(k, None)
        values[ilvl] = values.get(ilvl, starts.get(ilvl, 1) - 1) + 1
        for k in [k for k in values if k > ilvl]:
            if ilvl < (restart_after or {}).get(k, k):
                del values[k]
        return values
