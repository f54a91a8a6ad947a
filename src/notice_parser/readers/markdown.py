"""Markdown exports of notices: render the markup away, keep the tables.

Repositories and exporters hand notices out as Markdown: YAML front matter,
``#`` headings, ``**bold**``, ``> `` quote blocks, ``[text](url)`` links and
pipe tables (``| 序号 | 任务 | 牵头单位 |``). The text reader hands such a text
here. The rendered text is what every span indexes, as for HTML: markup
characters never reach a heading, a title or a unit name. A pipe table is
rendered like an HTML or .docx table (one line per row, cells separated by a
tab) and returned as a :class:`Table` whose cell spans point into the text,
so the table machinery reads its rows as it reads any other table.

Front matter is kept as written (the layout stage reads it as metadata).
"""

from __future__ import annotations

import regex

from ..compiled import regex_compile
from . import Cell, Table

_HEADING = regex_compile(r"^[ \t]{0,3}#{1,6}[ \t]+(?P<body>.*?)(?:[ \t]+#+)?[ \t]*$")
_QUOTE = regex_compile(r"^[ \t]{0,3}>[ \t]?")
_BULLET = regex_compile(r"^(?P<indent>[ \t]*)[-*+][ \t]+(?=\S)")
_RULE = regex_compile(r"^[ \t]{0,3}(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})$")
_TABLE_SEPARATOR = regex_compile(r"^[ \t]*\|?[ \t]*:?-{2,}:?[ \t]*(?:\|[ \t]*:?-{2,}:?[ \t]*)+\|?[ \t]*$")
_PIPE_ROW = regex_compile(r"^[ \t]*\|.*\|[ \t]*$|^[^|\n]*[^\\|\n]\|[^|\n]")
_CELL_BAR = regex_compile(r"(?<!\\)\|")  # a bar that is not escaped
#: inline markup, in the order tried at each position
_INLINE = regex_compile(
    r"""
      (?P<image>!\[(?P<alt>[^\]]*)\]\((?P<src>[^)\s]*)(?:\s+"[^"]*")?\))
    | (?P<link>\[(?P<label>[^\]]+)\]\((?P<href>[^)\s]*)(?:\s+"[^"]*")?\))
    | (?P<strong>\*\*|__)
    | (?P<code>`+)
    | (?P<br><br\s*/?>)
    | (?P<tag></?(?:span|font|b|strong|em|i|u|sup|sub|p|div)\b[^>]*>)
    | (?P<escape>\\(?P<escaped>[\\`*_{}\[\]()#+\-.!|>]))
    | (?P<em>(?<![\w*])\*(?=\S)(?P<emtext>[^*\n]+?)(?<=\S)\*(?![\w*]))
    """,
    regex.VERBOSE,
)


def looks_like_markdown(text: str) -> bool:
    """A text written in Markdown: ``#`` headings, a pipe table, or YAML
    front matter with bold or quote markup.

    >>> looks_like_markdown("---\\ntitle: X\\n---\\n\\n# 关于X的通知\\n\\n各区：")
    True
    >>> looks_like_markdown("| 序号 | 任务 |\\n| --- | --- |\\n| 1 | 治理 |")
    True
    >>> looks_like_markdown("一、总体要求\\n（一）指导思想。")
    False
    """
    lines = text[:200000].split("\n")
    if any(_TABLE_SEPARATOR.match(ln) for ln in lines) and any(_PIPE_ROW.match(ln) for ln in lines):
        return True
    headings = sum(1 for ln in lines if _HEADING.match(ln))
    if headings >= 1:
        return True
    fenced = bool(lines) and lines[0].strip() == "---"
    return fenced and ("**" in text or any(_QUOTE.match(ln) for ln in lines))


class _Writer:
    def __init__(self) -> None:
        self.parts: list[str] = []
        self.pos = 0
        self.links: list[tuple[int, int, str]] = []

    def write(self, s: str) -> None:
        self.parts.append(s)
        self.pos += len(s)

    def inline(self, s: str) -> None:
        """Write ``s`` with its inline markup rendered away."""
        i = 0
        for m in _INLINE.finditer(s):
            self.write(s[i : m.start()])
            i = m.end()
            if m["image"]:
                self.write(m["alt"])
            elif m["link"]:
                start = self.pos
                self.inline(m["label"])
                if m["href"]:
                    self.links.append((start, self.pos, m["href"]))
            elif m["br"]:
                self.write("\n")
            elif m["escape"]:
                self.write(m["escaped"])
            elif m["em"]:
                self.inline(m["emtext"])
            # strong, code and tag markers are dropped
        self.write(s[i:])

    def text(self) -> str:
        return "".join(self.parts)


def _cells(row: str) -> list[str]:
    """The cells of a pipe-table row (``\\|`` is a literal bar)."""
    body = row.strip()
    if body.startswith("|"):
        body = body[1:]
    if body.endswith("|") and not body.endswith("\\|"):
        body = body[:-1]
    return [c.strip() for c in _CELL_BAR.split(body)]


def _pipe_table(lines: list[str], i: int, w: _Writer) -> tuple[Table | None, int]:
    """Write the pipe table starting at line ``i`` one row per line, cells
    separated by tabs; the table (None under two rows) and the next line."""
    rows: list[list[Cell]] = []
    width = len(_cells(lines[i]))
    j = i
    while j < len(lines) and (_PIPE_ROW.match(lines[j]) or _TABLE_SEPARATOR.match(lines[j])):
        if _TABLE_SEPARATOR.match(lines[j]):
            j += 1
            continue
        if rows:
            w.write("\n")
        cells: list[Cell] = []
        values = _cells(lines[j])
        values = (values + [""] * width)[: max(width, len(values))]
        for k, value in enumerate(values):
            if k:
                w.write("\t")
            start = w.pos
            w.inline(value)
            cells.append(Cell(span=(start, w.pos)))
        rows.append(cells)
        j += 1
    if len(rows) < 2:
        return None, j
    return Table(span=(rows[0][0].span[0], rows[-1][-1].span[1]), rows=rows), j


def render(text: str) -> tuple[str, list[Table], list[tuple[int, int, str]]]:
    """``(text, tables, links)`` for a Markdown ``text``.

    >>> out, tables, links = render("# 通知\\n\\n| 序号 | 牵头单位 |\\n|---|---|\\n| 1 | **市教育局** |")
    >>> out
    '通知\\n\\n序号\\t牵头单位\\n1\\t市教育局'
    >>> [[out[c.span[0]:c.span[1]] for c in row] for row in tables[0].rows]
    [['序号', '牵头单位'], ['1', '市教育局']]
    """
    lines = text.split("\n")
    w = _Writer()
    tables: list[Table] = []
    i = 0
    in_front = bool(lines) and lines[0].strip() == "---"
    while i < len(lines):
        line = lines[i]
        if i:
            w.write("\n")
        if in_front:
            w.write(line)  # front matter as written: the layout stage reads it
            if i and line.strip() == "---":
                in_front = False
            i += 1
            continue
        if _PIPE_ROW.match(line) and i + 1 < len(lines) and _TABLE_SEPARATOR.match(lines[i + 1]):
            table, i = _pipe_table(lines, i, w)
            if table is not None:
                tables.append(table)
            continue
        if _RULE.match(line):
            i += 1
            continue  # a thematic break: an empty line
        m = _HEADING.match(line)
        if m:
            w.inline(m["body"])
            i += 1
            continue
        while _QUOTE.match(line):
            line = _QUOTE.sub("", line, count=1)
        b = _BULLET.match(line)
        if b:
            line = b["indent"] + line[b.end() :]
        w.inline(line)
        i += 1
    return w.text(), tables, w.links
