"""Inline LaTeX math in a converter's Markdown (MinerU, marker, Mathpix, pandoc from a PDF or
Word): the comparisons, percents and ranges a printed notice writes with ≥ ≤ ～ × come out as
``$\\geq 85\\%$``, ``$\\leq 5\\%$``, ``$0.3\\sim0.5$`` 米, ``$2\\times10^{4}$``. :func:`render_math`
writes each such span as the characters a reader sees (≥85%, ≤5%, 0.3～0.5, 2×10^4), as the
Markdown renderer writes **bold** as bold: the text every span points into is the rendered one.

Only a span that is plainly math is rendered: ``$`` opening before a non-space, closing after a
non-space and not before a digit (pandoc's rule, so "$100 and $200" is no math), no Chinese inside,
and every command in it known (a span with another command is left as written). The spaces inside
go, and so does one space a converter puts between the math and Chinese text around it
("完成率 $\\geq 85\\%$，" -> "完成率≥85%，").
"""

from __future__ import annotations

from ..compiled import re_compile

#: a command -> what it draws
COMMANDS = {
    "geq": "≥",
    "ge": "≥",
    "geqslant": "≥",
    "geqq": "≥",
    "leq": "≤",
    "le": "≤",
    "leqslant": "≤",
    "leqq": "≤",
    "neq": "≠",
    "ne": "≠",
    "gt": ">",
    "lt": "<",
    "ngtr": "≯",
    "nless": "≮",
    "approx": "≈",
    "sim": "～",
    "backsim": "～",
    "thicksim": "～",
    "to": "～",
    "times": "×",
    "div": "÷",
    "cdot": "·",
    "pm": "±",
    "mp": "∓",
    "%": "%",
    "$": "$",
    "&": "&",
    "_": "_",
    "#": "#",
    "circ": "°",
    "degree": "°",
    "mu": "μ",
    "permil": "‰",
    "textperthousand": "‰",
    "infty": "∞",
    # spacing
    ",": "",
    ";": "",
    ":": "",
    "!": "",
    " ": "",
    "quad": "",
    "qquad": "",
    "left": "",
    "right": "",
    "mathrm": "",
    "text": "",
    "textrm": "",
    "mathbf": "",
    "textbf": "",
    "rm": "",
    "mathit": "",
    "operatorname": "",
}
_SUPERSCRIPTS = {"2": "²", "3": "³", "\\circ": "°", "{\\circ}": "°", "{2}": "²", "{3}": "³", "o": "°", "{o}": "°"}

#: a math span: $ before a non-space, … , a non-space before $ not followed by a digit; no Chinese, no $
_MATH = re_compile(r"( ?)\$(?=[^\s$])([^$\n\u3000-\u9fff\uff00-\uffef]{1,120}?)(?<=[^\s\\])\$(?![0-9])( ?)")
_COMMAND = re_compile(r"\\([A-Za-z]+|[^A-Za-z])")
_POWER = re_compile(r"\^(\{\\circ\}|\\circ|\{[23o]\}|[23o](?![0-9]))")
_HAN = re_compile(r"[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]")


def _drawn(math: str) -> str | None:
    """What the math ``math`` draws, or None when it holds a command this module does not know."""
    math = _POWER.sub(lambda m: _SUPERSCRIPTS[m.group(1)], math)
    unknown = False

    def command(m) -> str:
        nonlocal unknown
        name = m.group(1)
        if name not in COMMANDS:
            unknown = True
            return m.group(0)
        return COMMANDS[name]

    drawn = _COMMAND.sub(command, math)
    if unknown:
        return None
    return "".join(drawn.replace("{", "").replace("}", "").split())


def render_math(text: str) -> str:
    r"""``text`` with its inline math written as the characters it draws.

    >>> render_math("治理完成率 $\\geq 85\\%$，清淤深度 $0.3\\sim0.5$ 米，比例 $\\leq 5\\%$ 以内")
    '治理完成率≥85%，清淤深度0.3～0.5米，比例≤5%以内'
    >>> render_math("a price of $100 and $200, $\\frac{1}{2}$ stays")
    'a price of $100 and $200, $\\frac{1}{2}$ stays'
    """

    def span(m) -> str:
        drawn = _drawn(m.group(2))
        if drawn is None:
            return m.group(0)
        before, after = m.group(1), m.group(3)
        start, end = m.start(), m.end()
        if before and start > 0 and _HAN.match(text[start - 1]):
            before = ""
        if after and end < len(text) and _HAN.match(text[end]):
            after = ""
        return before + drawn + after

    return _MATH.sub(span, text)
