"""Render a sequence of blocks — paragraphs and tables — into reader text.

Readers of layout formats (PDF, RTF, Word 2003 XML, OFD) find paragraphs and
table rows in their own way and hand them here, so that every format renders
tables the same way as the .docx reader: one line per row, cells separated by
a tab, a cell's own lines joined by ``\\n``, and a :class:`Table` whose cell
spans point into the text.

>>> w = BlockWriter()
>>> w.paragraph("一、总体要求")
>>> w.table([["序号", "任务"], ["1", "加强领导"]])
>>> w.text()
'一、总体要求\\n序号\\t任务\\n1\\t加强领导\\n'
>>> [[w.text()[slice(*c.span)] for c in row] for row in w.tables[0].rows]
[['序号', '任务'], ['1', '加强领导']]

A cell as wide as two grid columns is given once and then as
:data:`MERGED_LEFT`; it is rendered once and listed once per column, as the
.docx reader lists a ``gridSpan`` cell:

>>> w = BlockWriter()
>>> w.table([["序号", "任务", MERGED_LEFT], ["1", "加强", "领导"]])
>>> w.text()
'序号\\t任务\\n1\\t加强\\t领导\\n'
>>> [(c.span, c.merged) for c in w.tables[0].rows[0]]
[((0, 2), False), ((3, 5), False), ((3, 5), True)]
"""

from __future__ import annotations

from . import Cell, Table

#: a cell given as None continues the cell above it (a vertical merge)
MERGED_ABOVE = None


class _MergedLeft:
    def __repr__(self) -> str:
        return "MERGED_LEFT"


#: a cell given as MERGED_LEFT is covered by the cell to its left (a horizontal merge)
MERGED_LEFT = _MergedLeft()


class BlockWriter:
    def __init__(self) -> None:
        self.parts: list[str] = []
        self.pos = 0
        self.tables: list[Table] = []
        self._first = True

    def _emit(self, s: str) -> None:
        self.parts.append(s)
        self.pos += len(s)

    def _break(self) -> None:
        if not self._first:
            self._emit("\n")
        self._first = False

    def paragraph(self, text: str) -> None:
        self._break()
        self._emit(text.replace("\t", " "))

    def table(self, rows: list[list]) -> None:
        """``rows`` of cell texts; ``None`` marks a cell merged with the one above,
        :data:`MERGED_LEFT` one covered by the cell to its left."""
        rows = [r for r in rows if r]
        if not rows:
            return
        self._break()
        start = self.pos
        carried: dict[int, tuple[int, int]] = {}
        out_rows: list[list[Cell]] = []
        for r, row in enumerate(rows):
            if r:
                self._emit("\n")
            cells: list[Cell] = []
            for c, value in enumerate(row):
                if value is MERGED_LEFT and cells:
                    cells.append(Cell(span=cells[-1].span, merged=True))
                    carried[c] = cells[-1].span
                    continue
                if c:
                    self._emit("\t")
                if value is MERGED_ABOVE and c in carried:
                    cells.append(Cell(span=carried[c], merged=True))
                    continue
                text = (value or "").replace("\t", " ")
                span = (self.pos, self.pos + len(text))
                self._emit(text)
                carried[c] = span
                cells.append(Cell(span=span))
            out_rows.append(cells)
        self.tables.append(Table(span=(start, self.pos), rows=out_rows))

    def text(self) -> str:
        return "".join(self.parts) + "\n"
