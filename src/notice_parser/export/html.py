"""``--to html``: the review page of each notice (:func:`notice_parser.review.render_html`)."""

from __future__ import annotations

from pathlib import Path
from typing import IO

from ..model import NoticeDocument
from ..review import render_html


def write(docs: list[NoticeDocument], target: Path | IO[str]) -> None:
    """One page: a review page shows one notice (several inputs go to a directory, one page each)."""
    if len(docs) != 1:  # pragma: no cover - export_main sends several inputs to write_pages
        raise ValueError("a review page shows one notice")
    page = render_html(docs[0])
    if isinstance(target, Path):
        target.write_text(page, encoding="utf-8")
    else:
        target.write(page)


def page_name(doc, used: set[str]) -> str:
    """``<stem>.html``, numbered when two inputs share a stem (a/x.txt, b/x.txt)."""
    stem = Path(doc.source.name).stem if doc.source.name not in ("-", "<bytes>") else "stdin"
    name, n = f"{stem}.html", 2
    while name in used:
        name, n = f"{stem}-{n}.html", n + 1
    used.add(name)
    return name
