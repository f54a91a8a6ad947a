"""Output: JSON of a parsed notice, and the JSON Schema of the contract."""

from __future__ import annotations

import json
from pathlib import Path

from .model import NoticeDocument

SCHEMA_PATH = Path(__file__).with_name("schema.json")


def to_json(doc: NoticeDocument, *, pretty: bool = False) -> str:
    """The notice as JSON (Chinese kept as is, not \\u-escaped)."""
    data = doc.model_dump(mode="json")
    return json.dumps(data, ensure_ascii=False, indent=1 if pretty else None) + "\n"


def json_schema() -> dict:
    """The JSON Schema generated from the models (the contract in code)."""
    return NoticeDocument.model_json_schema()


def schema_text() -> str:
    return json.dumps(json_schema(), ensure_ascii=False, indent=1) + "\n"
