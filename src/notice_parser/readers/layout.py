"""A PDF's text saved as plain text (``pdftotext``, ``-layout`` or not; a PDF printed to text): its
pages are split by form feeds, and each keeps its furniture — the page number at its foot (— 3 —,
- 3 -, 第3页 共9页, 3/9), the running header at the head of every later page (a 文号 aligned right,
a gazette's name over its issue: 江临省人民政府公报 ⏎ 2025年第7期) and a table's （续表）. A page break
falls anywhere, inside a sentence, a unit's name or between a number and its unit (立项后30 ⏎ — 2 — ⏎
␌鹿府办发〔2026〕57号 ⏎ 日内完成).

:func:`strip_page_furniture` returns the text without them, as the PDF reader reads a PDF: each page
break with the furniture around it becomes one line break (two after a sentence's end), so a sentence
cut by the break reads on as any hard-wrapped line does. A running header is a line that opens at least
half of the later pages (two at least); a page number is a page's last line as the PDF reader knows
page numbers (``lexicon.formats.PDF_PAGE_NUMBER``), a number alone only where two pages or more count
alike. Nothing else is removed.
"""

from __future__ import annotations

import re
from functools import cache

from ..compiled import re_compile, regex_compile
from ..lexicon.formats import PDF_PAGE_NUMBER

_DIGITS = re_compile(r"\d+")
#: a table continued on the next page: （续表）, 续表2
_CONTINUED = re_compile(r"[（(]?续表#?[）)]?")
#: how many lines a running header takes at most (a gazette: its name, then its issue)
_HEAD_LINES = 2
#: a page that ends with one of these ended its sentence: a blank line after it, as the text had
_SENTENCE_END = "。；！？：”」』）)"


# -- a page printed by a browser ---------------------------------------------------------------------

#: the print stamp a browser sets in its header or footer: 12/6/26, 4:17 PM (Chrome, Edge in English),
#: 2026/3/5 10:21 or 2026/3/5 上午10:21 (in Chinese), 2026-03-05 10:21, 2026年3月5日 10:21
_STAMP = (
    r"(?:\d{4}[/\-.]\d{1,2}[/\-.]\d{1,2}|\d{1,2}/\d{1,2}/\d{2,4}|\d{4}年\d{1,2}月\d{1,2}日)"
    r",?\s*(?:上午|下午|中午|晚上|凌晨)?\s*\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp]\.?[Mm]\.?)?"
)
#: the page's address (Chrome, Edge and Firefox print it) and its page count: 1/4, 第1页，共4页, Page 1 of 4
_URL = r"(?:https?|file|ftp)://\S+"
_COUNT = (
    r"(?:\d{1,3}\s*/\s*\d{1,3}|第\s*\d{1,3}\s*页\s*[，,、]?\s*共\s*\d{1,3}\s*页|(?:[Pp]age\s*)?\d{1,3}\s+of\s+\d{1,3})"
)


@cache  # compiled on first use: only a PDF or a PDF's text asks
def _print_furniture() -> tuple[re.Pattern[str], re.Pattern[str]]:
    token = rf"(?:{_STAMP}|{_URL}|{_COUNT})"
    # a header: the stamp, then the page's title (Chrome, Edge); the title, then the address (Firefox)
    head = re_compile(rf"^\s*(?:{_STAMP}\s+\S.*|[^。；]*\S\s+{_URL}|{token}(?:\s+{token})*)\s*$")
    # a footer: the address, the page count and the stamp in any order, two of them at least
    foot = re_compile(rf"^\s*{token}(?:\s+{token})+\s*$")
    return head, foot


def print_header(line: str) -> bool:
    """Is ``line`` (the first of a page) the header a browser prints a page with?

    >>> print_header("12/6/26, 4:17 PM    关于印发X方案的通知_通知公告_鳌川县人民政府")
    True
    >>> print_header("2026/3/5 上午10:21  关于印发X方案的通知-XX市人民政府"), print_header("一、总体要求")
    (True, False)
    """
    return _print_furniture()[0].match(line) is not None


def print_footer(line: str) -> bool:
    """Is ``line`` (the last of a page) the footer a browser prints a page with?

    >>> print_footer("http://www.aochuan.gov.cn/zwgk/tzgg/202611/t20261123_1158.html        1/3")
    True
    >>> print_footer("第 1 页，共 4 页    2026/3/5 10:21"), print_footer("2/3"), print_footer("（牵头单位：市环保局）")
    (True, False, False)
    """
    return _print_furniture()[1].match(line) is not None


def _key(line: str) -> str:
    """The line as running headers are compared: no spaces, digits as # (第7期, 第8期 alike)."""
    return _DIGITS.sub("#", "".join(line.split()))


def _trim(lines: list[str], *, head: bool) -> None:
    end = 0 if head else -1
    while lines and not lines[end].strip():
        lines.pop(end)


def strip_page_furniture(text: str) -> str | None:
    r"""``text`` without the page numbers, running headers and form feeds of its page breaks; None
    when it has no page break.

    >>> page = "        一、工作要求\n    方案须在立项后30\n\n                  — {} —\n"
    >>> text = page.format(1) + "\f              鹿府办发〔2026〕57号\n\n    日内完成论证。\n\n    — 2 —\n"
    >>> text += "\f              鹿府办发〔2026〕57号\n\n        二、保障措施\n\n    — 3 —\n"
    >>> print(strip_page_furniture(text), end="")
            一、工作要求
        方案须在立项后30
        日内完成论证。
    <BLANKLINE>
            二、保障措施
    """
    pages = text.split("\f")
    if len(pages) < 2:
        return None
    page_number = regex_compile(PDF_PAGE_NUMBER)
    split = [page.split("\n") for page in pages]
    heads: dict[str, int] = {}
    for lines in split[1:]:
        for line in [line for line in lines if line.strip()][:_HEAD_LINES]:
            heads[_key(line)] = heads.get(_key(line), 0) + 1
    need = max(2, len(split[1:]) // 2)
    for lines in split:
        _trim(lines, head=False)
        if lines and print_footer(lines[-1]):  # a browser's print footer (its address, 1/4)
            lines.pop()
            _trim(lines, head=False)
        first = next((k for k, line in enumerate(lines) if line.strip()), None)
        if first is not None and print_header(lines[first]):  # its header (the stamp, the title), page 1's too
            del lines[: first + 1]
            _trim(lines, head=True)
    feet = ["".join(lines[-1].split()) if lines else "" for lines in split]
    # a number alone is a page number where two pages or more count alike (page index + k), else a table
    # cell's last line left at the page's foot (the 5 of ≤12.5)
    offsets = [int(foot) - i for i, foot in enumerate(feet) if foot.isdigit() and len(foot) <= 4]
    counting = {k for k in offsets if offsets.count(k) >= 2}
    out: list[str] = []
    for i, lines in enumerate(split):
        foot = feet[i]
        if lines and page_number.fullmatch(foot) and (not foot.isdigit() or int(foot) - i in counting):
            lines.pop()
            _trim(lines, head=False)
        if i:
            _trim(lines, head=True)
            for _ in range(_HEAD_LINES):
                if not lines or not (heads.get(_key(lines[0]), 0) >= need or _CONTINUED.fullmatch(_key(lines[0]))):
                    break
                lines.pop(0)
                _trim(lines, head=True)
        if not lines:
            continue
        if out:
            last = out[-1].rstrip()[-1:]
            out.append("\n\n" if last and last in _SENTENCE_END else "\n")
        out.append("\n".join(lines))
    return "".join(out) + "\n"
