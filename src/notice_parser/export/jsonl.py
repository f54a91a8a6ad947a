"""JSON Lines: one Notice JSON object per line, one line per input."""

from __future__ import annotations

import json
from pathlib import Path
from typing import IO

from ..model import NoticeDocument


def lines(docs: list[NoticeDocument]):
    """Each notice as one line of JSON (newlines inside strings are escaped)."""
    for doc in docs:
        yield json.dumps(doc.model_dump(mode="json"), ensure_ascii=False) + "\n"


def write(docs: list[NoticeDocument], out: Path | IO[str]) -> None:
    if isinstance(out, Path):
        with open(out, "w", encoding="utf-8", newline="\n") as f:
            f.writelines(lines(docs))
    else:
        out.writelines(lines(docs))
