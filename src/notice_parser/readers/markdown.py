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

Writing tools and doc sites each write the same few things their own way; the page shows the same text:

- a callout box: 飞书 and Notion a quote opened by an emoji (``> 📌 发文信息``) or ``<aside>``, 语雀 and HackMD
  ``:::tips`` … ``:::``, Obsidian and GitHub ``> [!info] 标题`` (``[!warning]-`` folded), MkDocs ``!!! note "说明"``
  / ``??? tip`` with a body indented four columns, Docusaurus ``:::note 标题`` / ``:::tip[标题]``, VuePress
  ``::: details 附件``, pandoc ``::: {.note}``, GitBook ``{% hint style="info" %}``, Hugo ``{{< alert >}}``.
  The title shows, the marks do not; the box's numbered items are its own list, no sections (``boxes``);
- a unit or a date chip: 飞书/语雀/Notion/Confluence ``@市发展改革委``, ``@2026年6月30日``; a link to a note:
  Obsidian/Logseq ``[[区应急管理局]]``, ``[[区住房城乡建设局|区住建局]]`` (the alias shows), Logseq ``#[[X]]``;
- a task: ``- [ ]``/``- [x]`` (GitHub, Obsidian, Typora, Notion), Logseq ``TODO``/``DONE``; its dates stay text
  (Obsidian Tasks ``📅 2027-06-30``, Dataview ``[due:: …]``, Logseq ``DEADLINE: <2026-10-31 Sat>`` shown as
  ``DEADLINE: 2026-10-31``) for the deadline rule to read;
- page furniture: 语雀's ``<a name="…"></a>`` anchors and ``<font style>`` spans, heading attributes
  (``{#tasks}``, ``{ #tasks }``), content tabs (``=== "2026年"``, GitBook ``{% tab title="X" %}``, Docusaurus
  ``<TabItem label="X">``: the label shows), ``[TOC]``, MDX imports, HTML and Obsidian comments, footnote marks,
  ``==highlights==`` and ``~~strikes~~`` (their text shows), images (语雀's ``![image.png](…#averageHue=…)``:
  nothing), Logseq properties (``文号:: X`` shows as ``文号: X``) and its tab-indented outline.
"""

from __future__ import annotations

import bisect
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
_HEADING = regex_compile(r"^[ \t]{0,3}#{1,6}(?:[ \t]+|(?=[^\x00-\x7f])(?![^\n]*#[ \t]*$))(?P<body>.*)$")


def _heading_body(m: regex.Match[str]) -> str:
    """The text of the heading ``m`` matched: without its closing hashes (``## 一、任务 ##``), its attributes
    (``{#tasks}``) and the blanks at its end (taken off here, not by the pattern: linear in a run of blanks)."""
    body = _HEADING_ATTRIBUTES.sub("", m["body"].rstrip(" \t"))
    bare = body.rstrip("#")
    if bare != body and (not bare or bare[-1] in " \t"):
        body = bare.rstrip(" \t")
    return body


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
    | (?P<wiki>(?P<embed>!?)\#?\[\[(?P<wtarget>[^\[\]|\n]{1,200}?)(?:\|(?P<walias>[^\[\]\n]{1,200}?))?\]\])
    | (?P<mark>(?<!=)==(?=[^\s=])(?P<marktext>[^=\n]{1,500}?)(?<=[^\s=])==(?!=)
        |(?<!~)~~(?=[^\s~])(?P<struck>[^~\n]{1,500}?)(?<=[^\s~])~~(?!~))
    | (?P<hidden>%%[^\n]{0,500}?%%|\[\^[^\]\s]{1,20}\](?!:)|\(\([0-9a-f-]{8,40}\)\)|(?<![ \t])[ \t]++\^[A-Za-z0-9-]{2,40}$)
    | (?P<mention>(?<![A-Za-z0-9._%+\-])@(?=\p{Han}|[0-9]{1,4}年|[0-9]{1,2}月))
    | (?P<br><br\s*/?>)
    | (?P<tag></?(?:span|font|b|strong|em|i|u|sup|sub|p|div|a|center|small|big|s|del|ins|mark|section|article|ol|ul|li|h[1-6]
        |details|summary|aside|figure|figcaption|kbd|abbr|cite|label|input|img|blockquote|[A-Z][a-z]+(?:[A-Z][a-z]*)*)\b[^>]*>)
    | (?P<entity>&(?:\#[0-9]{1,7}|\#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,7});)
    | (?P<escape>\\(?P<escaped>[!"#$%&'()*+,\-./:;<=>?@\[\\\]^_`{|}~]))
    | (?P<em>(?<![\w*])\*(?=\S)(?P<emtext>[^*\n]+?)(?<=\S)\*(?![\w*]))
    """,
    regex.VERBOSE,
)


#: a mention chip's @ (飞书, 语雀, Notion, Confluence: @市发展改革委, a date chip @2026年6月30日): the chip shows the
#: unit's or the date's name; an e-mail's @ (after a letter or digit) is none
_MENTION = regex_compile(r"(?<![A-Za-z0-9._%+\-])@(?=\p{Han}|[0-9]{1,4}年|[0-9]{1,2}月)")
#: an image's alt text that is only its file's name (语雀 writes ![image.png](…#averageHue=…), Obsidian ![[a.png]])
_FILE_NAME = regex_compile(
    r"^[^\n]{0,200}\.(?:png|jpe?g|gif|svg|webp|bmp|tiff?|heic)$|^(?:image|img|图片)$", regex.IGNORECASE
)


def _wiki_text(target: str, alias: str | None, embed: bool) -> str:
    """What a wikilink shows (Obsidian, Logseq, Foam, Dendron): its alias (``[[市住房城乡建设局|市住建局]]``),
    else its target, a heading in it shown after ``>`` and a block id left out (``[[方案#二、重点任务]]``); an
    embedded image (``![[截图.png]]``) shows no text.

    >>> _wiki_text("区住房城乡建设局", "区住建局", False), _wiki_text("方案#重点任务^a1b2", None, False)
    ('区住建局', '方案 > 重点任务')
    """
    if embed and _FILE_NAME.search(target):
        return ""  # (an image's alias is its width: ![[图1.png|300]])
    if alias is not None:
        return alias
    page, _, heading = target.partition("#")
    heading = heading.split("^", 1)[0]
    return f"{page} > {heading}" if page and heading else page or heading


#: a Markdown link to a page, an anchor or a script (a crawled page's nav, breadcrumb and 打印/关闭 buttons)
_PAGE_LINK = regex_compile(r"\[[^\[\]\n]{1,200}\]\((?:https?://|/|\.{1,2}/|#|javascript:|mailto:)")
#: a crawl-to-Markdown service's header line over the page it rendered (Jina Reader: Title: ⏎ URL Source: ⏎
#: Markdown Content:)
_CRAWL_CONTENT = regex_compile(r"^Markdown Content:[ \t]*$", regex.MULTILINE)
#: the fewest page links that make a text without other markup a crawled page in Markdown
_PAGE_LINKS_MIN = 2


#: a line only a writing tool writes: a task's checkbox (``- [ ] 任务``), a wikilink (``[[区应急管理局]]``), a
#: container line (``:::tips``, ``!!! note``, ``??? tip``, ``{% hint %}``), a Logseq property (``文号:: X``); and
#: an outline's child block (a tab and ``- ``) under a block of its own (:func:`_outline_children`)
_TOOL_MARK = regex_compile(
    r"^[ \t]*[-*+][ \t]+\[[ xX]\][ \t]|\[\[[^\[\]\n]{1,200}\]\](?!\()|^[ \t]*(?::::|!!![ \t]|\?\?\?\+?[ \t]|\{%)"
    r"|^[^\s:]{1,30}::[ \t]"
)
#: a line's outline depth (its tabs) and whether it is a block (a bullet); a block's continuation (tabs and two
#: blanks: Logseq's DEADLINE: and property lines) is no line of the outline
_OUTLINE_LINE = regex_compile(r"(\t*)(?:(?P<bullet>[-*+][ \t])|(?P<more>  ))?")
#: the fewest such lines that make a text without other markup a writing tool's export
_TOOL_MARKS_MIN = 2


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
    if sum(1 for ln in lines if _TOOL_MARK.search(ln)) + _outline_children(lines) >= _TOOL_MARKS_MIN:
        return True  # a writing tool's marks: tasks, wikilinks, an outline, containers
    if "](" not in text:
        return False
    head = text[:200000]
    return _CRAWL_CONTENT.search(head) is not None or len(_PAGE_LINK.findall(head)) >= _PAGE_LINKS_MIN


def _outline_children(lines: list[str]) -> int:
    """The lines of an outliner's export (Logseq: every block a bullet, a child a tab deeper) that are a child block
    under a block: a tab-indented bullet whose parent line (the last line less deep) is a bullet too. Plain text
    that indents bullets with tabs under its own items (``1.3月31日前完成农资储备`` ⏎ ``\\t- 化肥储备不少于5000吨；``)
    has none.

    >>> _outline_children(["- 一、重点任务", "\\t- TODO 1. 甲", "\\t  DEADLINE: <2026-10-31 Sat>", "\\t- 2. 乙"])
    2
    >>> _outline_children(["一、加强农资供应", "1.3月31日前完成农资储备", "\\t- 化肥储备；", "\\t- 种子储备。"])
    0
    """
    if not any(ln.startswith("\t") for ln in lines):
        return 0
    count = 0
    stack: list[tuple[int, bool]] = []  # (depth, a bullet) of the lines the next line may be a child of
    for line in lines:
        if not line.strip():
            continue
        m = _OUTLINE_LINE.match(line)
        assert m is not None  # (every part optional)
        if m["more"] is not None:
            continue
        depth, bullet = len(m[1]), m["bullet"] is not None
        while stack and stack[-1][0] >= depth:
            stack.pop()
        if bullet and depth and stack and stack[-1][1]:
            count += 1
        stack.append((depth, bullet))
    return count


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
                self.write("" if _FILE_NAME.search(m["alt"]) else m["alt"])  # (语雀: ![image.png](…))
            elif m["wiki"]:
                self.inline(_wiki_text(m["wtarget"], m["walias"], bool(m["embed"])))
            elif m["mark"]:
                self.inline(m["marktext"] if m["marktext"] is not None else m["struck"])
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
    rows = [[_MENTION.sub("", c) for c in r] for r in parser.rows if any(r)]  # (飞书's @ chips: @市财政局)
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


#: a heading's attributes (MkDocs, Docusaurus, pandoc, kramdown: ## 二、重点任务 {#tasks}, { #tasks }, {.unnumbered},
#: {-})
_HEADING_ATTRIBUTES = regex_compile(r"(?<![ \t])[ \t]*+\{[ \t]*(?:-|[#.:][^{}\n]{0,200})\}[ \t]*$")
#: a task list item's checkbox (GitHub, Obsidian, Typora: [ ], [x], Obsidian's [-] [/] [>]) or a Logseq block's
#: task word and priority (TODO, DONE, NOW, LATER …, [#A]): the page shows a box, not the marks
_TASK_MARK = regex_compile(
    r"^(?:\[[ xX/>!?*-]\]|(?:TODO|DOING|DONE|NOW|LATER|WAITING|WAIT|CANCELED|CANCELLED|IN-PROGRESS)(?=[ \t]))"
    r"(?:[ \t]+\[#[A-C]\])?[ \t]+"
)


#: a writing tool's container line and what it shows (its title, else nothing): a fenced directive (语雀 and
#: HackMD ``:::tips`` … ``:::``, Docusaurus ``:::note 标题``/``:::tip[标题]``, VuePress ``::: details 附件``, pandoc
#: ``::: {.note}``), an admonition (MkDocs ``!!! note "说明"``, ``??? tip``, ``???+ info``), a content tab
#: (``=== "2026年"``), a template tag (GitBook ``{% hint style="info" %}``, ``{% tab title="X" %}``, Hugo
#: ``{{< alert >}}``), a table of contents (``[TOC]``, ``[[_TOC_]]``), a kramdown attribute line (``{: .note}``),
#: an MDX import or export, a component's tag on its line (``<TabItem value="a" label="2026年">``: its label), a
#: Logseq macro (``{{embed [[X]]}}``), a footnote's text (``[^1]: 注释``), a Logseq scheduling line (``DEADLINE: <2026-06-30 Tue>``) or a property
#: (``collapsed:: true``; ``文号:: X`` shows as ``文号: X``)
_TOOL_LINE = regex_compile(
    r"""^(?P<indent>[ \t]*)(?:
        :{3,}(?P<fence>[^\n]*)
      | (?P<block>!!!|\?\?\?\+?|===\+?)[ \t](?P<opener>[^\n]*)
      | \{(?:%-?|\{[<%])(?P<args>[^\n]*?)(?:-?%|[>%]\})\}
      | \{\{(?P<macro>[^{}\n]*)\}\}
      | (?i:\[TOC\]|\[\[_?TOC_?\]\]|\{:toc\}|\$\{toc\})
      | \{:?[ \t]*[#.:][^}\n]*\}
      | </?(?P<component>[A-Z][a-z]+(?:[A-Z][a-z]*)*)\b(?P<attrs>[^<>\n]*)>
      | \[\^[^\]\s]{1,20}\]:(?P<note>[^\n]*)
      | import[ \t][^\n]*['"][ \t]*;? | export[ \t]+(?:default|const|function)\b[^\n]*
      | (?P<logseq>SCHEDULED|DEADLINE):[ \t]*<(?P<when>[0-9]{4}-[0-9]{2}-[0-9]{2})[^>\n]*>
      | (?P<bullet>[-*+][ \t]+)?(?P<key>[A-Za-z\p{Han}][\w\p{Han}-]{0,30})::(?P<value>[^\n]*)
    )$""",
    regex.VERBOSE,
)
#: an admonition's kind and quoted title (MkDocs: ``note "说明"``, ``tip inline end "提示"``), a tab's title
_OPENER = regex_compile(r'^(?P<kind>[A-Za-z][\w-]*)?[ \tA-Za-z-]*(?:"(?P<title>[^"\n]*)")?')
#: a fence's kind and title (``tips``, ``note 标题``, ``tip[标题]``, ``{.note}``, `` details 附件``)
_FENCE = regex_compile(r"^[ \t]*(?:\{[^}\n]*\}|[A-Za-z][\w-]*)?[ \t]*(?:\[(?P<bracketed>[^\]\n]*)\])?")
#: the first characters of a tool line after its indent (the line is tried only when it opens with one of them
#: or holds a property's ``::``)
_TOOL_FIRST = frozenset(":!?={[<ieSD") | frozenset("-*+")
#: Logseq properties the page shows no text for
_HIDDEN_PROPERTIES = frozenset({"id", "collapsed", "heading", "background-color", "icon", "public", "filters"})
#: a title written as a template tag's or a component's argument: {% tab title="2026年" %}, <TabItem label="X">
_TITLE_ARG = regex_compile(r"""\b(?:title|label|summary)=["“]([^"”\n]*)["”]""")


def _tool_lines(lines: list[str]) -> list[str]:
    """``lines`` with the writing tools' container lines rendered (:data:`_TOOL_LINE`: a fence, an
    admonition's or a tab's opening line, a template tag: its title, else an empty line), the bodies of
    MkDocs admonitions and content tabs dedented by the four columns the tool indents them, and HTML and
    Obsidian comments (``<!-- … -->``, ``%% … %%``, on lines of their own) emptied.

    >>> _tool_lines([":::tips", "**文号：**X", ":::", '!!! note "说明"', "    内容。", "", "    1. 甲", "正文"])
    ['', '**文号：**X', '', '说明', '内容。', '', '1. 甲', '正文']
    """
    out: list[str] = []
    bodies: list[int] = []  # the columns each open admonition's or tab's body is indented to
    comment = ""  # the end mark of an open comment
    front = bool(lines) and lines[0].strip() == "---"
    for i, line in enumerate(lines):
        if front:
            out.append(line)  # front matter as written
            front = not (i and line.strip() == "---")
            continue
        if comment:
            out.append("")
            if comment in line:
                comment = ""
            continue
        body = line.lstrip(" \t")
        if not body:
            out.append("")
            continue
        width = _width(line[: len(line) - len(body)])
        while bodies and width < bodies[-1]:
            bodies.pop()
        if bodies:
            line = " " * (width - 4 * len(bodies)) + body
        if (body.startswith(("<!--", "%%")) and not body.rstrip().endswith(("-->", "%%"))) or body == "%%":
            comment = "-->" if body.startswith("<!--") else "%%"
            out.append("")
            continue
        m = _TOOL_LINE.match(line) if body[0] in _TOOL_FIRST or "::" in body else None
        title = None if m is None else _tool_title(m)
        if m is None or title is None:
            out.append(line)
            continue
        if m["block"]:
            bodies.append(_width(m["indent"]) + 4 * len(bodies) + 4)
        out.append(m["indent"] + title)
    return out


#: a box's first line (the box is a callout: the page's aside, never the body's numbered text): a fence that
#: opens (:::tips, ::: details 附件), an admonition (!!! note, ??? tip), a GitBook hint or a Hugo callout
#: ({% hint style="info" %}, {{< alert >}}), Notion's <aside>, a quote opened by an Obsidian/GitHub callout type
#: ([!info]) or by an emoji (飞书's and Notion's callouts: > 📌 发文信息)
_BOX_OPEN = regex_compile(
    r"""^[ \t]*(?:
        (?P<fence>:{3,})[ \t]*(?=[^\s:])
      | (?P<admonition>!!!|\?\?\?\+?)[ \t]+[A-Za-z]
      | \{(?:%-?|\{[<%])[ \t]*(?P<tag>hint|alert|notice|callout|admonition)\b
      | (?P<aside><aside\b)
      | (?P<quote>>[ \t]?(?:\[![A-Za-z]|\p{Extended_Pictographic}))
    )""",
    regex.VERBOSE,
)
#: the lines that close such boxes: a bare fence, the template tag's end, </aside>
_BOX_CLOSE = regex_compile(
    r"^[ \t]*(?::{3,}[ \t]*$|\{(?:%-?|\{[<%])[ \t]*(?:end|/)(?:hint|alert|notice|callout|admonition)\b|</aside>)"
)


def _box_lines(lines: list[str]) -> list[tuple[int, int]]:
    """The first and last lines of the writing tools' boxes in ``lines`` (:data:`_BOX_OPEN`): a fence's or a
    template tag's box up to the line that closes it, an admonition's up to its last indented line, a
    callout quote's up to its last quote line. A box's numbered items are the box's own list, no sections of
    the body (the contract's unnumbered boxes, 专栏: 语雀's :::tips 重点要求 ⏎ 1. … ⏎ 2. … before the body's 一、).

    >>> _box_lines([":::tips", "1. 甲", ":::", "一、乙", '!!! note "说明"', "    1. 丙", "", "二、丁", "> [!info] 注", "> 1. 戊"])
    [(0, 2), (4, 5), (8, 9)]

    A box whose text opens with a chapter (``!!! note "工作要求"`` ⏎ ``    一、压实防汛责任`` ⏎ ``    1. …``) holds
    the body, set off by the tool's layout: no box (:func:`_opens_chapter`), its sections and clauses are the body's.

    >>> _box_lines(['!!! note "工作要求"', "    一、压实责任", "", "    1. 甲", "二、乙", "::: tip", "第一章 总则", ":::"])
    []
    """
    out: list[tuple[int, int]] = []
    open_at: list[int] = []  # the first lines of the open fenced boxes (they nest)
    k, n = 0, len(lines)
    while k < n:
        line = lines[k]
        body = line.lstrip(" \t")
        m = _BOX_OPEN.match(line) if body[:1] in _BOX_FIRST else None
        if m is None:
            if open_at and body[:1] in _BOX_FIRST and _BOX_CLOSE.match(line):
                out.append((open_at.pop(), k))
            k += 1
            continue
        if m["quote"]:
            end = k
            while end + 1 < n and lines[end + 1].lstrip(" \t").startswith(">"):
                end += 1
            out.append((k, end))
            k = end + 1
            continue
        if m["admonition"]:
            inner = _width(line[: len(line) - len(body)]) + 4
            end, j = k, k + 1
            while j < n and (
                not lines[j].strip() or _width(lines[j][: len(lines[j]) - len(lines[j].lstrip(" \t"))]) >= inner
            ):
                if lines[j].strip():
                    end = j
                j += 1
            out.append((k, end))
            k += 1
            continue
        open_at.append(k)
        k += 1
    return sorted(box for box in out if not _opens_chapter(lines, *box))


#: a chapter's marker at the start of a line, under a box's indent, quote mark, heading mark or bold (一、, 第一章,
#: 第二部分): what the body's top level is numbered with, never a 专栏's own list
_CHAPTER_OPEN = regex_compile(
    r"^[ \t>]*(?:#{1,6}[ \t]+)?(?:\*\*|__)?(?:[一二三四五六七八九十]{1,3}、|第[一二三四五六七八九十百]{1,4}[章部编篇])"
)


def _opens_chapter(lines: list[str], first: int, last: int) -> bool:
    """Does the text of the box from line ``first`` (its opening line) to ``last`` open with a chapter's marker?"""
    for line in lines[first + 1 : last + 1]:
        if line.strip(" \t>"):
            return _CHAPTER_OPEN.match(line) is not None
    return False


#: what a box's opening or closing line starts with after its indent
_BOX_FIRST = frozenset(":!?{<>")


def _tool_title(m: regex.Match[str]) -> str | None:
    """What the tool line of ``m`` shows (None: it is no tool line after all, ``!!!`` with no kind)."""
    if m["key"] is not None:
        if m["key"].lower() in _HIDDEN_PROPERTIES:
            return ""
        return (m["bullet"] or "") + m["key"] + ": " + m["value"].strip()
    if m["logseq"]:
        return f"{m['logseq']}: {m['when']}"
    if m["block"]:
        o = _OPENER.match(m["opener"].strip())
        if o is None or (m["block"][0] != "=" and not o["kind"]) or (m["block"][0] == "=" and o["title"] is None):
            return None
        return o["title"] or ""
    if m["fence"] is not None:
        f = _FENCE.match(m["fence"])
        assert f is not None  # (every part optional)
        return f["bracketed"] if f["bracketed"] is not None else m["fence"][f.end() :].strip()
    args = m["args"] if m["args"] is not None else m["attrs"] if m["component"] else m["macro"]
    if args is not None:
        t = _TITLE_ARG.search(args)
        return t[1] if t else ""
    if m["note"] is not None:
        return m["note"].strip()
    return ""


def render(
    text: str, boxes: list[tuple[int, int]] | None = None
) -> tuple[str, list[Table], list[tuple[int, int, str]]]:
    """``(text, tables, links)`` for a Markdown ``text``; ``boxes``, if given, receives the spans of its
    writing tools' boxes in the rendered text (:func:`_box_lines`: their numbered items are no sections).

    >>> out, tables, links = render("# 通知\\n\\n| 序号 | 牵头单位 |\\n|---|---|\\n| 1 | **市教育局** |")
    >>> out
    '通知\\n\\n序号\\t牵头单位\\n1\\t市教育局'
    >>> [[out[c.span[0]:c.span[1]] for c in row] for row in tables[0].rows]
    [['序号', '牵头单位'], ['1', '市教育局']]
    >>> render("一、任务\\n\\n1. 甲。\\n1. 乙。\\n   1. 丙。\\n   1. 丁。\\n1. 戊。")[0]
    '一、任务\\n\\n1. 甲。\\n2. 乙。\\n   1. 丙。\\n   2. 丁。\\n3. 戊。'
    """
    source = text.split("\n")
    lines = _tool_lines(source)
    shown = _shown_numbers(lines)
    w = _Writer()
    tables: list[Table] = []
    blocks: list[tuple[int, int, int]] = []  # (first line, start, end in the rendered text) of each block
    for i, kind, line, m in _blocks(lines):
        if i:
            w.write("\n")
        if blocks:
            blocks[-1] = (*blocks[-1][:2], w.pos - 1)
        blocks.append((i, w.pos, w.pos))
        if kind == "front":
            w.write(line)  # front matter as written: the layout stage reads it
        elif kind in ("table", "grid", "html"):
            table = _TABLE_WRITERS[kind](lines, i, w)
            if table is not None:
                tables.append(table)
        elif kind == "heading":
            w.inline(_heading_body(m))  # type: ignore[arg-type]
        elif kind == "text":
            if m is not None and m.re is _ORDERED:
                rest = line[m.end() :]
                line = m["indent"] + str(shown.get(i, int(m["num"]))) + line[m.end("num") : m.end()]
                line += _TASK_MARK.sub("", rest, count=1)
            elif m is not None:  # a bullet: its marker is dropped (and a task's checkbox)
                line = m["indent"] + _TASK_MARK.sub("", line[m.end() :], count=1)
            if line.startswith("\t"):  # an outline's indent (Logseq: a tab a level) in blanks: no table's cells
                body = line.lstrip("\t")
                line = " " * (4 * (len(line) - len(body))) + body
            w.inline(line)
        # a thematic break or a Setext underline: an empty line
    if blocks:
        blocks[-1] = (*blocks[-1][:2], w.pos)
    if boxes is not None and any(body.lstrip(" \t")[:1] in _BOX_FIRST for body in source):
        boxes.extend(_box_spans(_box_lines(source), blocks, w.pos))
    return w.text(), tables, w.links


#: the largest share of a text one box may hold (a page whose whole notice stands in a callout: no box)
_BOX_SHARE_MAX = 0.5


def _box_spans(
    box_lines: list[tuple[int, int]], blocks: list[tuple[int, int, int]], length: int
) -> list[tuple[int, int]]:
    """The spans in the rendered text of the boxes from line ``a`` to line ``b`` (``box_lines``), from the
    blocks' first lines and spans."""
    firsts = [b[0] for b in blocks]
    out = []
    for a, b in box_lines:
        lo, hi = bisect.bisect_left(firsts, a), bisect.bisect_right(firsts, b) - 1
        if lo <= hi and blocks[hi][2] - blocks[lo][1] <= _BOX_SHARE_MAX * length:
            out.append((blocks[lo][1], blocks[hi][2]))
    return out


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
    lines = _tool_lines(text.split("\n", _TITLE_HEADING_REACH)[:_TITLE_HEADING_REACH])
    for i, kind, line, m in _blocks(lines):
        if kind == "front" or not line.strip() or (kind == "text" and m is None and not _shown(line).strip()):
            continue  # (an empty line, or one that shows nothing: 语雀's <a name="…"></a> anchor)
        body = None
        if (
            kind == "heading"
            and m is not None
            and line.lstrip(" \t").startswith("#")
            and line.lstrip(" \t")[1:2] != "#"
        ):
            body = _heading_body(m)
        elif kind == "text" and m is None and i + 1 < len(lines) and _SETEXT.match(lines[i + 1]):
            body = line
        if body is None or _OTHER_MARKER.match(body.lstrip(" \t")) or _ORDERED.match(body):
            return None  # (a first heading that is the body's 一、 or 1.: no title)
        w = _Writer()
        w.inline(body)
        title = w.text().strip()
        return title or None
    return None


def _shown(s: str) -> str:
    """``s`` with its inline markup rendered away."""
    w = _Writer()
    w.inline(s)
    return w.text()


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
