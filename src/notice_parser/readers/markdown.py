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

Ordered lists are written with the numbers a renderer shows (CommonMark): an
item's number is its list's start (the first item's typed number) plus its
place among its siblings. Exporters and writers type lists lazily
(``1. 1. 1.``), and a list that goes on counting from an earlier one starts at
its typed number (``5. 6. 7.``). Nesting follows the indent (2, 3 or 4 spaces
or a tab, whatever the exporter used); a paragraph after a blank line that is
indented less than an item's text, or an unindented line that starts with a
section marker of its own (（二）, 三、), ends the list. A number typed with an
escaped dot (``1\\.``) is no list item: it is kept as typed.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from html.parser import HTMLParser

import regex

from ..compiled import regex_compile
from . import Cell, Table

#: an ATX heading; Chinese writers and some exporters leave out the blank after the hashes
#: (``###一、总体要求``), which is still a heading before a non-ASCII character, unless the
#: line ends in ``#`` as a hashtag does (``#高效办成一件事#``)
_HEADING = regex_compile(
    r"^[ \t]{0,3}#{1,6}(?:[ \t]+|(?=[^\x00-\x7f])(?![^\n]*#[ \t]*$))(?P<body>.*?)(?:[ \t]+#+)?[ \t]*$"
)
_QUOTE = regex_compile(r"^[ \t]{0,3}>[ \t]?")
#: an Obsidian (or GitHub alert) callout's type opening a quote block: [!info], [!NOTE]+, [!tip]-
_CALLOUT = regex_compile(r"^\[![A-Za-z][A-Za-z-]{0,20}\][+-]?[ \t]*")
_BULLET = regex_compile(r"^(?P<indent>[ \t]*)[-*+][ \t]+(?=\S)")
#: an ordered-list item: its number and delimiter (``1.``, ``1)``), then a blank or the line's end
_ORDERED = regex_compile(r"^(?P<indent>[ \t]*)(?P<num>[0-9]{1,9})(?P<delim>[.)])(?P<gap>[ \t]+|$)")
#: an unindented line that opens with a section marker of another style (（二）, 三、, 第三条): a heading
#: of the notice, never the lazy continuation of a list item's text
_OTHER_MARKER = regex_compile(
    r"^(?:\*\*|__)?(?:[（(][一二三四五六七八九十]{1,3}[）)]|[一二三四五六七八九十]{1,3}、|第[一二三四五六七八九十百]{1,4}[章节条部])"
)
#: a Setext heading's underline (the line above is the heading)
_SETEXT = regex_compile(r"^[ \t]{0,3}=+[ \t]*$")
_RULE = regex_compile(r"^[ \t]{0,3}(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})$")
_TABLE_SEPARATOR = regex_compile(r"^[ \t]*\|?[ \t]*:?-{2,}:?[ \t]*(?:\|[ \t]*:?-{2,}:?[ \t]*)+\|?[ \t]*$")
_PIPE_ROW = regex_compile(r"^[ \t]*\|.*\|[ \t]*$|^[^|\n]*[^\\|\n]\|[^|\n]")
_CELL_BAR = regex_compile(r"(?<!\\)\|")  # a bar that is not escaped
#: a border line of a grid table (pandoc's tables whose cells hold several lines):
#: +----+-------+, the header's +====+=======+, alignment colons +:---+
_GRID_BORDER = regex_compile(r"^[ \t]*\+(?:[-=:]+\+)+[ \t]*$")
#: inline markup, in the order tried at each position
_INLINE = regex_compile(
    r"""
      (?P<image>!\[(?P<alt>[^\]]*)\]\((?P<src>(?:[^()\s]|\([^()\s]*\))*)(?:\s+"[^"]*")?\))
    | (?P<link>\[(?P<label>(?:!\[[^\]]*\]\((?:[^()\s]|\([^()\s]*\))*\)|\[[^\[\]\n]*\]|(?!!\[)[^\[\]])+)\]
        \((?P<href>(?:[^()\s]|\([^()\s]*\))*)(?:\s+"[^"]*")?\))
    | (?P<auto><(?P<url>(?:https?|ftp)://[^\s<>]+)>)
    | (?P<strong>\*\*\*?|___?)
    | (?P<code>`+)
    | (?P<br><br\s*/?>)
    | (?P<tag></?(?:span|font|b|strong|em|i|u|sup|sub|p|div|a|center|small|big|s|del|ins|mark|section|article|ol|ul|li|h[1-6])\b[^>]*>)
    | (?P<entity>&(?:\#[0-9]{1,7}|\#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,7});)
    | (?P<escape>\\(?P<escaped>[!"#$%&'()*+,\-./:;<=>?@\[\\\]^_`{|}~]))
    | (?P<em>(?<![\w*])\*(?=\S)(?P<emtext>[^*\n]+?)(?<=\S)\*(?![\w*]))
    """,
    regex.VERBOSE,
)


#: a Markdown link to a page, an anchor or a script (a crawled page's nav, breadcrumb and 打印/关闭 buttons)
_PAGE_LINK = regex_compile(r"\[[^\[\]\n]{1,200}\]\((?:https?://|/|\.{1,2}/|#|javascript:|mailto:)")
#: a crawl-to-Markdown service's header line over the page it rendered (Jina Reader: Title: ⏎ URL Source: ⏎
#: Markdown Content:)
_CRAWL_CONTENT = regex_compile(r"^Markdown Content:[ \t]*$", regex.MULTILINE)
#: the fewest page links that make a text without other markup a crawled page in Markdown
_PAGE_LINKS_MIN = 2


def looks_like_markdown(text: str) -> bool:
    """A text written in Markdown: ``#`` headings, a pipe table, two lines
    in bold, YAML front matter with bold or quote markup, or a crawled page
    rendered to Markdown (a reader service's ``Markdown Content:`` header line,
    links of its nav and breadcrumb: ``[首页](http://…) > [通知公告](…)``).

    >>> looks_like_markdown("---\\ntitle: X\\n---\\n\\n# 关于X的通知\\n\\n各区：")
    True
    >>> looks_like_markdown("| 序号 | 任务 |\\n| --- | --- |\\n| 1 | 治理 |")
    True
    >>> looks_like_markdown("一、总体要求\\n（一）指导思想。")
    False
    >>> looks_like_markdown("**一、总体要求**\\n内容。\\n**二、重点任务**\\n1. 治理。")
    True
    >>> looks_like_markdown("[首页](http://a.gov.cn/) > [通知公告](http://a.gov.cn/tzgg/)\\n\\n某政发〔2025〕1号")
    True
    """
    lines = text[:200000].split("\n")
    if any(_TABLE_SEPARATOR.match(ln) for ln in lines) and any(_PIPE_ROW.match(ln) for ln in lines):
        return True
    headings = sum(1 for ln in lines if _HEADING.match(ln))
    if headings >= 1:
        return True
    if sum(1 for ln in lines if _bold_line(ln)) >= 2:
        return True  # bold lines for headings (an export without heading markup)
    fenced = bool(lines) and lines[0].strip() == "---"
    if fenced and ("**" in text or any(_QUOTE.match(ln) for ln in lines)):
        return True
    if "](" not in text:
        return False
    head = text[:200000]
    return _CRAWL_CONTENT.search(head) is not None or len(_PAGE_LINK.findall(head)) >= _PAGE_LINKS_MIN


def _bold_line(line: str) -> bool:
    """A line in bold (``**一、总体要求**``, ``__（一）指导思想__``): where exporters have no
    heading markup, headings are bold lines (not a run of stars or underscores).

    >>> _bold_line("**一、总体要求**"), _bold_line("______"), _bold_line("**注**：略")
    (True, False, False)
    """
    body = line.strip(" \t")
    if len(body) < 5 or body[:2] not in ("**", "__") or body[-2:] not in ("**", "__"):
        return False
    inner = body[2:-2]
    return inner[0] not in " \t*_" and inner[-1] not in " \t*_"


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
            elif m["auto"]:
                self.links.append((self.pos, self.pos + len(m["url"]), m["url"]))
                self.write(m["url"])
            elif m["br"]:
                self.write("\n")
            elif m["escape"]:
                self.write(m["escaped"])
            elif m["entity"]:
                self.write(html.unescape(m["entity"]))
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


def _pipe_table(lines: list[str], i: int, w: _Writer) -> Table | None:
    """Write the pipe table starting at line ``i`` one row per line, cells
    separated by tabs; the table (None under two rows)."""
    values = [_cells(ln) for ln in lines[i : _table_end(lines, i)] if not _TABLE_SEPARATOR.match(ln)]
    return _write_rows(values, len(values[0]), w)


def _write_rows(values: list[list[str]], width: int, w: _Writer, *, markup: bool = True) -> Table | None:
    """Write rows of cell texts one row per line, cells separated by tabs (a row padded to
    ``width`` cells; ``markup``: the cells are Markdown, rendered); the table (None under two rows)."""
    rows: list[list[Cell]] = []
    for row in values:
        if rows:
            w.write("\n")
        cells: list[Cell] = []
        for k, value in enumerate((row + [""] * width)[: max(width, len(row))]):
            if k:
                w.write("\t")
            start = w.pos
            if markup:
                w.inline(value)
            else:
                w.write(value)
            cells.append(Cell(span=(start, w.pos)))
        rows.append(cells)
    if len(rows) < 2:
        return None
    return Table(span=(rows[0][0].span[0], rows[-1][-1].span[1]), rows=rows)


def _html_table_end(lines: list[str], i: int) -> int:
    """The line after the HTML table that starts at line ``i`` (the line that closes it)."""
    j = i
    while j < len(lines) and "</table>" not in lines[j].lower():
        j += 1
    return min(j + 1, len(lines))


class _HtmlRows(HTMLParser):
    """The cell texts of an HTML table, row by row: a cell merged down (rowspan) leaves its
    place empty in the rows below (the table reader carries it down), one merged across
    (colspan) the places after it; ``<br>`` and ``<p>`` break lines in a cell."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.rows: list[list[str]] = []
        self.cell: list[str] | None = None
        self.spans: dict[int, int] = {}  # column -> rows still covered by a cell merged down
        self.at = 0  # the column of the open cell

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "tr":
            self.rows.append([])
        elif tag in ("td", "th") and self.rows:
            row = self.rows[-1]
            self._covered(row)
            a = dict(attrs)
            down, across = _span(a.get("rowspan")), _span(a.get("colspan"))
            if down > 1:
                self.spans[len(row)] = down - 1
            self.cell = []
            row.append("")
            row.extend([""] * (across - 1))
            self.at = len(row) - across
        elif tag in ("br", "p", "div") and self.cell is not None and self.cell:
            self.cell.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("td", "th") and self.cell is not None and self.rows:
            self.rows[-1][self.at] = "".join(self.cell).strip()
            self.cell = None
        elif tag == "tr" and self.rows:
            self._covered(self.rows[-1])  # the last columns, merged down from above

    def _covered(self, row: list[str]) -> None:
        """Leave empty the places of ``row`` that cells of the rows above cover, from its end on."""
        while self.spans.get(len(row), 0) > 0:
            self.spans[len(row)] -= 1
            row.append("")

    def handle_data(self, data: str) -> None:
        if self.cell is not None:
            self.cell.append(data.replace("\n", "").replace("\t", " "))


def _span(value: str | None) -> int:
    return int(value) if value and value.strip().isdigit() and 0 < int(value) < 1000 else 1


def _html_table(lines: list[str], i: int, w: _Writer) -> Table | None:
    """Write an HTML table of a Markdown text (exporters write a table with merged cells or
    cell line breaks in HTML) as :func:`_pipe_table` writes a pipe table; its cells' markup is
    gone, their text kept as it reads."""
    parser = _HtmlRows()
    parser.feed("\n".join(lines[i : _html_table_end(lines, i)]))
    rows = [r for r in parser.rows if any(r)]
    return _write_rows(rows, max(map(len, rows), default=0), w, markup=False)


def _grid_end(lines: list[str], i: int) -> int:
    """The line after the grid table that starts at line ``i``."""
    j = i
    while j < len(lines) and (_GRID_BORDER.match(lines[j]) or lines[j].lstrip().startswith("|")):
        j += 1
    return j


def _grid_table(lines: list[str], i: int, w: _Writer) -> Table | None:
    """Write the grid table starting at line ``i`` as :func:`_pipe_table` writes a pipe table.
    A row is the lines between two borders; a cell's lines are joined as one text (pandoc cuts
    them at the column's width, inside a word: 建设厨余垃 ⏎ 圾处理设施), except where a line
    ends in a hard break (a backslash) or an empty line parts two paragraphs: a line break."""
    values: list[list[str]] = []
    block: list[list[str]] = []
    for ln in [*lines[i : _grid_end(lines, i)], "+"]:
        if not _GRID_BORDER.match(ln) and ln != "+":
            block.append(_cells(ln))
            continue
        if block:
            width = max(len(r) for r in block)
            values.append(
                ["".join(_grid_cell_lines([r[k] if k < len(r) else "" for r in block])) for k in range(width)]
            )
        block = []
    return _write_rows(values, max((len(r) for r in values), default=0), w)


def _grid_cell_lines(parts: list[str]) -> Iterator[str]:
    """A grid cell's lines, with what joins each to the next (nothing, a blank between two
    ASCII words, a line break)."""
    parts = [p.strip() for p in parts]
    while parts and not parts[-1]:
        parts.pop()
    brk = False
    for k, p in enumerate(parts):
        if k and p:
            prev = parts[k - 1]
            if brk or not prev:
                yield "\n"
            elif prev[-1:].isascii() and prev[-1:].isalnum() and p[0].isascii() and p[0].isalnum():
                yield " "
        brk = p.endswith("\\") and not p.endswith("\\\\")
        yield p[:-1] if brk else p


def render(text: str) -> tuple[str, list[Table], list[tuple[int, int, str]]]:
    """``(text, tables, links)`` for a Markdown ``text``.

    >>> out, tables, links = render("# 通知\\n\\n| 序号 | 牵头单位 |\\n|---|---|\\n| 1 | **市教育局** |")
    >>> out
    '通知\\n\\n序号\\t牵头单位\\n1\\t市教育局'
    >>> [[out[c.span[0]:c.span[1]] for c in row] for row in tables[0].rows]
    [['序号', '牵头单位'], ['1', '市教育局']]
    >>> render("一、任务\\n\\n1. 甲。\\n1. 乙。\\n   1. 丙。\\n   1. 丁。\\n1. 戊。")[0]
    '一、任务\\n\\n1. 甲。\\n2. 乙。\\n   1. 丙。\\n   2. 丁。\\n3. 戊。'
    """
    lines = text.split("\n")
    shown = _shown_numbers(lines)
    w = _Writer()
    tables: list[Table] = []
    for i, kind, line, m in _blocks(lines):
        if i:
            w.write("\n")
        if kind == "front":
            w.write(line)  # front matter as written: the layout stage reads it
        elif kind in ("table", "grid", "html"):
            table = _TABLE_WRITERS[kind](lines, i, w)
            if table is not None:
                tables.append(table)
        elif kind == "heading":
            w.inline(m["body"])  # type: ignore[index]
        elif kind == "text":
            if m is not None and m.re is _ORDERED:
                line = m["indent"] + str(shown.get(i, int(m["num"]))) + line[m.end("num") :]
            elif m is not None:  # a bullet: its marker is dropped
                line = m["indent"] + line[m.end() :]
            w.inline(line)
        # a thematic break or a Setext underline: an empty line
    return w.text(), tables, w.links


#: how far down a Markdown export's title heading may stand (front matter and blank lines above it)
_TITLE_HEADING_REACH = 40


def title_heading(text: str) -> str | None:
    """The document's own title as a Markdown export writes it: a level-one heading (``# X``, or
    ``X`` over a ``===`` underline) as the first block under the front matter. A docs tool (飞书, 语雀,
    Notion) exports the document's name so; a crawl-to-Markdown tool writes the page's title so. It
    stands where the text shows no title of its own (the page's ``<title>`` of an HTML page); its inline
    markup rendered away, the site's name after it left for the header to drop.

    >>> title_heading("# 福屿区2025年民生实事项目推进任务台账\\n\\n> 日期：2025年3月12日")
    '福屿区2025年民生实事项目推进任务台账'
    >>> title_heading("---\\ntitle: X\\n---\\n\\n**关于X的通知**\\n===\\n")
    '关于X的通知'
    >>> title_heading("## 一、总体要求\\n\\n内容。") is None, title_heading("各区：\\n\\n# 一、任务") is None
    (True, True)
    """
    lines = text.split("\n", _TITLE_HEADING_REACH)[:_TITLE_HEADING_REACH]
    for i, kind, line, m in _blocks(lines):
        if kind == "front" or not line.strip():
            continue
        body = None
        if (
            kind == "heading"
            and m is not None
            and line.lstrip(" \t").startswith("#")
            and line.lstrip(" \t")[1:2] != "#"
        ):
            body = m["body"]
        elif kind == "text" and m is None and i + 1 < len(lines) and _SETEXT.match(lines[i + 1]):
            body = line
        if body is None or _OTHER_MARKER.match(body.lstrip(" \t")) or _ORDERED.match(body):
            return None  # (a first heading that is the body's 一、 or 1.: no title)
        w = _Writer()
        w.inline(body)
        title = w.text().strip()
        return title or None
    return None


def _blocks(lines: list[str]) -> Iterator[tuple[int, str, str, regex.Match[str] | None]]:
    """``(index, kind, line, match)`` for each line, or each pipe table (the index of its first
    line): ``front`` (front matter), ``table``, ``rule`` (a thematic break, a Setext underline),
    ``heading`` (the match holds its body) and ``text``, whose line has its quote marks and hard
    break taken off, and whose match is its ordered-list or bullet marker (None: no list item)."""
    i = 0
    in_front = bool(lines) and lines[0].strip() == "---"
    while i < len(lines):
        line = lines[i]
        if in_front:
            yield i, "front", line, None
            if i and line.strip() == "---":
                in_front = False
            i += 1
            continue
        if _PIPE_ROW.match(line) and i + 1 < len(lines) and _TABLE_SEPARATOR.match(lines[i + 1]):
            yield i, "table", line, None
            i = _table_end(lines, i)
            continue
        if line.lstrip().lower().startswith("<table"):
            yield i, "html", line, None
            i = _html_table_end(lines, i)
            continue
        if _GRID_BORDER.match(line) and i + 1 < len(lines) and lines[i + 1].lstrip().startswith("|"):
            yield i, "grid", line, None
            i = _grid_end(lines, i)
            continue
        if _RULE.match(line) or (i and _SETEXT.match(line) and lines[i - 1].strip()):
            yield i, "rule", line, None
            i += 1
            continue
        m = _HEADING.match(line)
        if m:
            yield i, "heading", line, m
            i += 1
            continue
        quoted = False
        while _QUOTE.match(line):
            line, quoted = _QUOTE.sub("", line, count=1), True
        if quoted:
            line = _CALLOUT.sub("", line, count=1)  # an Obsidian callout's type: > [!info] 来源
        line = _without_hard_break(line)
        yield i, "text", line, _ORDERED.match(line) or _BULLET.match(line)
        i += 1


def _without_hard_break(line: str) -> str:
    """``line`` without the hard line break at its end: two blanks or more, or a backslash.

    >>> _without_hard_break("市教育局  "), _without_hard_break("市教育局\\\\"), _without_hard_break("a\\\\\\\\")
    ('市教育局', '市教育局', 'a\\\\\\\\')
    """
    if line.endswith(("  ", "\t ", " \t", "\t\t")):
        return line.rstrip(" \t")
    if line.endswith("\\") and (len(line) - len(line.rstrip("\\"))) % 2:
        return line[:-1]
    return line


def _table_end(lines: list[str], i: int) -> int:
    """The line after the pipe table that starts at line ``i``."""
    j = i
    while j < len(lines) and (_PIPE_ROW.match(lines[j]) or _TABLE_SEPARATOR.match(lines[j])):
        j += 1
    return j


def _shown_numbers(lines: list[str]) -> dict[int, int]:
    """The number a renderer shows for each ordered-list item (by line index) whose number is
    not the one typed. A list typed lazily (every item the same number: ``1. 1. 1.``) is
    numbered from its first number by place; any other list keeps its numbers as typed (a
    list that goes on counting, ``5. 6. 7.``, or one whose writer skipped a number)."""
    lists = _Lists()
    for i, kind, line, m in _blocks(lines):
        if kind != "text":
            lists.close()
        elif m is not None and m.re is _ORDERED:
            gap = len(m["gap"].expandtabs(4))
            content = m.end() if 1 <= gap <= 4 else m.end("delim") + 1
            lists.item(i, _width(m["indent"]), m["delim"], int(m["num"]), _width(line[:content]))
        elif m is not None:
            lists.item(i, _width(m["indent"]), line[m.end("indent")], None, _width(line[: m.end()]))
        elif line.strip():
            lists.paragraph(_width(line[: len(line) - len(line.lstrip(" \t"))]), line.lstrip(" \t"))
        else:
            lists.blank = True
    shown: dict[int, int] = {}
    for lst in lists.done:
        typed = [n for _, n in lst.items]
        if len(lst.items) > 1 and len(set(typed)) == 1:
            shown.update((i, typed[0] + k) for k, (i, _) in enumerate(lst.items) if k)
    return shown


def _width(s: str) -> int:
    """The columns ``s`` (an indent, a marker) takes: a tab goes to the next multiple of four."""
    return len(s.expandtabs(4))


@dataclass
class _List:
    indent: int  # the column of its items' markers
    content: int  # the column of its (first) item's text
    kind: str  # the delimiter (. or )) of an ordered list, the bullet (- * +) of a bullet list
    #: an ordered list's items: (line index, number typed)
    items: list[tuple[int, int]] = field(default_factory=list)


@dataclass
class _Lists:
    """The lists open at the current line, outermost first, and the numbers their items show."""

    open: list[_List] = field(default_factory=list)
    blank: bool = False  # a blank line since the last text
    done: list[_List] = field(default_factory=list)  # every ordered list, as it opened

    def close(self) -> None:
        self.open.clear()
        self.blank = False

    def item(self, line: int, indent: int, kind: str, typed: int | None, content: int) -> None:
        """An item at column ``indent`` on line ``line`` (``typed``: the number written, None for
        a bullet). An item one column off its list's is a sibling (writers are not exact); one
        two columns or more further in opens a nested list."""
        while self.open and self.open[-1].indent > indent + 1:
            self.open.pop()
        top = self.open[-1] if self.open else None
        if top is not None and top.indent >= indent - 1 and top.kind != kind:
            self.open.pop()  # another delimiter or bullet: a new list at the same level
            top = None
        if top is None or top.indent < indent - 1:
            top = _List(indent, content, kind)
            self.open.append(top)
            if typed is not None:
                self.done.append(top)
        top.content = content
        if typed is not None:
            top.items.append((line, typed))
        self.blank = False

    def paragraph(self, indent: int, text: str) -> None:
        """A line of text that is no list item: after a blank line it ends every list whose
        items' text it is not indented to (one column of slack); unindented, a line opening
        with a section marker of another style ends every list even without one."""
        if self.blank:
            while self.open and indent < self.open[-1].content - 1:
                self.open.pop()
        elif indent == 0 and _OTHER_MARKER.match(text):
            self.open.clear()
        self.blank = False


_TABLE_WRITERS: dict[str, Callable[[list[str], int, _Writer], Table | None]] = {
    "table": _pipe_table,
    "grid": _grid_table,
    "html": _html_table,
}
