"""A two-column key–value form (督办通知单, 任务卡) written as .docx or HTML for
tests: lines before it, the key | value rows (a value's line breaks become
paragraphs of its cell), lines after it and an optional further table (a blank
回执). Used by tests/test_duban_forms.py and tests/test_duban_item_rows.py."""

from __future__ import annotations

import io
from collections.abc import Sequence


def form_docx(
    before: list[str], rows: list[tuple[str, str]], after: list[str], extra: Sequence[tuple[str, ...]] = ()
) -> bytes:
    import docx

    d = docx.Document()
    for line in before:
        d.add_paragraph(line)
    table = d.add_table(rows=0, cols=2)
    for key, value in rows:
        cells = table.add_row().cells
        cells[0].text = key
        lines = value.split("\n")
        cells[1].text = lines[0]
        for line in lines[1:]:
            cells[1].add_paragraph(line)
    for line in after:
        d.add_paragraph(line)
    if extra:
        more = d.add_table(rows=0, cols=len(extra[0]))
        for row in extra:
            for cell, value in zip(more.add_row().cells, row, strict=True):
                cell.text = value
    out = io.BytesIO()
    d.save(out)
    return out.getvalue()


def form_html(
    before: list[str], rows: list[tuple[str, str]], after: list[str], extra: Sequence[tuple[str, ...]] = ()
) -> bytes:
    body = "".join(f"<p>{line}</p>" for line in before) + '<table border="1">'
    for key, value in rows:
        cell = "".join(f"<p>{line}</p>" for line in value.split("\n"))
        body += f"<tr><td>{key}</td><td>{cell}</td></tr>"
    body += "</table>" + "".join(f"<p>{line}</p>" for line in after)
    if extra:
        body += (
            "<table border='1'>"
            + "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in extra)
            + "</table>"
        )
    return f'<html><head><meta charset="utf-8"></head><body>{body}</body></html>'.encode()
