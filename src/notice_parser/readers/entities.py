"""Plain text whose HTML entities were never decoded, and tables whose cells a crawler joined with ``|``.

A crawler that strips a page's tags but not its character references saves text like
``&#12288;&#12288;一、工作目标`` (``&#12288;`` the ideographic-space indent), ``&ldquo;十大行动&rdquo;``,
``&mdash;&mdash;``, ``&nbsp;`` on a blank paragraph, ``口袋公园&amp;街头绿地`` and ``漏损率&lt;9%``. A
browser showed the characters, and the notice is the characters: :func:`decode_entities` turns every
character reference back into its character, as the HTML reader's parser does, and the text the
reader returns is that decoded text (every span indexes it, a ``raw`` holds ``<`` where the file holds
``&lt;``). A reference escaped once more by a CMS that escaped its own output (``&amp;lt;``,
``&amp;ldquo;``) is the character too: nobody writes an entity's name into a notice.

Only a text that is plainly entity-encoded is decoded (:func:`entity_encoded`): at least
:data:`MIN_ENTITIES` references that name a character, so a lone ``R&amp;D`` or ``&c;`` in an
ordinary text is left as written. Only references closed by ``;`` are read (``&copy2024`` is text).

Such a crawler also flattens a page's table one row per line, its cells joined by ``" | "``
(``序号 | 项目名称 | 完成时限 | 责任单位``), with no Markdown separator row under the header:
:func:`find_pipe_tables` reads runs of such lines as tables whose cell spans point into the text.
"""

from __future__ import annotations

import html

from ..compiled import re_compile
from ..model import ParseWarning, WarningCode
from . import Cell, Table

#: a character reference closed by ";" (named, decimal or hex), possibly escaped once more (&amp;lt;)
_REFERENCE = re_compile(r"&(?:amp;)?(#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
#: references that name a character it takes to call a text entity-encoded
MIN_ENTITIES = 3


def _character(m) -> str:
    """The character a reference names, or the reference as written when it names none."""
    decoded = html.unescape(f"&{m.group(1)};")
    return m.group(0) if decoded == f"&{m.group(1)};" else decoded


def entity_encoded(text: str) -> bool:
    """Whether ``text`` holds at least :data:`MIN_ENTITIES` character references that name a character.

    >>> entity_encoded("&#12288;&#12288;坚持&ldquo;留改拆&rdquo;并举")
    True
    >>> entity_encoded("研发（R&amp;D）投入强度达到2.5%"), entity_encoded("A&B&C;D&E;")
    (False, False)
    """
    if "&" not in text:
        return False
    found = 0
    for m in _REFERENCE.finditer(text):
        if _character(m) != m.group(0):
            found += 1
            if found >= MIN_ENTITIES:
                return True
    return False


def decode_entities(text: str) -> str:
    """``text`` with every character reference replaced by its character (``&nbsp;`` by U+00A0,
    ``&#12288;`` by U+3000, as the HTML reader keeps them); an unknown name stays as written.

    >>> decode_entities("&#12288;&#12288;&ldquo;留改拆&rdquo;&mdash;&mdash;漏损率&lt;9%，BIM&amp;CIM，&amp;lt;&x;")
    '\\u3000\\u3000“留改拆”——漏损率<9%，BIM&CIM，<&x;'
    """
    return _REFERENCE.sub(_character, text)


def decode_if_encoded(text: str, warnings: list[ParseWarning]) -> str:
    """``text`` decoded when it is plainly entity-encoded (a warning added to ``warnings``), else as it is."""
    if not entity_encoded(text):
        return text
    warnings.append(
        ParseWarning(
            code=WarningCode.ENTITIES_DECODED, message="HTML entities decoded: the text holds their characters"
        )
    )
    return decode_entities(text)


# --------------------------------------------------------------------------- tables joined by "|"

#: a cell separator: an ASCII or full-width bar
_BAR = re_compile(r"[|｜]")
#: rows a pipe-joined table needs (its header and two rows)
_MIN_ROWS = 3
#: separators a row needs (three cells)
_MIN_BARS = 2


def _cells(text: str, start: int, end: int) -> list[Cell]:
    """The cells of the line ``text[start:end]`` split at its bars, each span trimmed of blanks;
    a bar at the line's start or end (``| a | b |``) opens or closes the row, no cell."""
    line = text[start:end]
    inner_start, inner_end = start, end
    stripped = line.strip()
    if stripped[:1] in ("|", "｜"):
        inner_start = start + line.index(stripped[0]) + 1
    if len(stripped) > 1 and stripped[-1:] in ("|", "｜"):
        inner_end = start + line.rindex(stripped[-1])
    cells: list[Cell] = []
    pos = inner_start
    for m in _BAR.finditer(text, inner_start, inner_end):
        cells.append(_trimmed(text, pos, m.start()))
        pos = m.end()
    cells.append(_trimmed(text, pos, inner_end))
    return cells


def _trimmed(text: str, a: int, b: int) -> Cell:
    while a < b and text[a] in " \t\u3000\u00a0":
        a += 1
    while b > a and text[b - 1] in " \t\u3000\u00a0":
        b -= 1
    return Cell(span=(a, b))


def find_pipe_tables(text: str) -> list[Table]:
    """Runs of at least three lines (a header and two rows) that each hold the same number (at
    least two) of ``|`` / ``｜`` separators, read as tables: one row per line, each cell's span its
    text without the blanks around it. A Markdown table (with its ``---|---`` row) is the Markdown
    reader's.

    >>> text = "附件：清单\\n序号 | 任务 | 责任单位\\n1 | 改造小区230个 | 市住房城乡建设局\\n2 | 更新管道 | 市城市管理局\\n"
    >>> t = find_pipe_tables(text)[0]
    >>> [[text[c.span[0]:c.span[1]] for c in row] for row in t.rows][1]
    ['1', '改造小区230个', '市住房城乡建设局']
    >>> find_pipe_tables("首页 | 政务公开 | 政府文件\\n正文")
    []
    """
    tables: list[Table] = []
    run: list[list[Cell]] = []
    bars = -1
    pos, n = 0, len(text)

    def close() -> None:
        if len(run) >= _MIN_ROWS:
            tables.append(Table(span=(run[0][0].span[0], run[-1][-1].span[1]), rows=list(run)))

    while pos <= n:
        nl = text.find("\n", pos)
        end = n if nl < 0 else nl
        count = len(_BAR.findall(text, pos, end))
        cells = _cells(text, pos, end) if count >= _MIN_BARS else []
        if cells and len(cells) - 1 >= _MIN_BARS and (not run or len(cells) == bars):
            run.append(cells)
            bars = len(cells)
        else:
            close()
            run = [cells] if cells and len(cells) - 1 >= _MIN_BARS else []
            bars = len(cells) if run else -1
        pos = end + 1
    close()
    return tables


def with_pipe_tables(text: str, tables: list[Table]) -> list[Table]:
    """``tables`` and the pipe-joined tables of ``text`` that overlap none of them, in text order."""
    found = [
        t
        for t in find_pipe_tables(text)
        if not any(a < t.span[1] and t.span[0] < b for a, b in (x.span for x in tables))
    ]
    return sorted([*tables, *found], key=lambda t: t.span) if found else tables
