"""CSV: the 责任分解 ledger (one row per measure × unit × role), UTF-8 with a
byte-order mark so that Excel opens the Chinese correctly; Chinese headers
as in the workbook's 责任分解 sheet."""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import IO

from ..model import NoticeDocument
from .tables import ledger_table

BOM = "\ufeff"


def text(docs: list[NoticeDocument]) -> str:
    """The whole CSV, BOM first, CRLF line ends (RFC 4180)."""
    table = ledger_table(docs)
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow([c.header for c in table.columns])
    for row in table.rows:
        w.writerow(["" if v is None else v for v in row])
    return BOM + buf.getvalue()


def write(docs: list[NoticeDocument], out: Path | IO[str]) -> None:
    content = text(docs)
    if isinstance(out, Path):
        with open(out, "w", encoding="utf-8", newline="") as f:
            f.write(content)
    else:
        out.write(content)
