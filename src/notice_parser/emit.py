"""Output: JSON of a parsed notice, and the JSON Schema of the contract."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

from pydantic import BaseModel

from .files import STRETCH  # (a document whose text is shorter is rendered whole: faster)
from .model import NoticeDocument

SCHEMA_PATH = Path(__file__).with_name("schema.json")


def to_json(doc: NoticeDocument, *, pretty: bool = False) -> str:
    """The notice as JSON (Chinese kept as is, not \\u-escaped)."""
    data = doc.model_dump(mode="json")
    return json.dumps(data, ensure_ascii=False, indent=1 if pretty else None) + "\n"


def json_pieces(doc: NoticeDocument, *, pretty: bool = False) -> Iterator[str]:
    """:func:`to_json`'s very text in pieces, rendered as they are asked for: one
    top-level field, one item of a top-level list, or a stretch of the text at
    a time (the whole JSON of a 5 MB notice, its dict and string, was 35 MB
    more at once). ``json.dumps`` writes a nested value as it would at the
    top, but for its indent, which is added to every line it starts."""
    sep, key_start = (",", "\n ") if pretty else (", ", "")
    yield "{"
    for k, name in enumerate(type(doc).model_fields):
        yield (sep if k else "") + key_start + json.dumps(name, ensure_ascii=False) + ": "
        value = getattr(doc, name)
        if isinstance(value, str):  # a JSON string has no line break: nothing to indent
            yield from _string_pieces(value)
        elif isinstance(value, list) and all(isinstance(x, BaseModel) for x in value):
            yield from _list_pieces(value, pretty)
        elif isinstance(value, BaseModel):
            yield _dumps(value, pretty, 1)
        else:
            yield _dumps(doc.model_dump(mode="json", include={name})[name], pretty, 1)
    yield ("\n}" if pretty else "}") + "\n"


def _string_pieces(value: str) -> Iterator[str]:
    """The JSON string of ``value`` a stretch at a time: each character is
    escaped on its own, so the stretches' escapes put together are the whole's."""
    if len(value) <= STRETCH:
        yield json.dumps(value, ensure_ascii=False)
        return
    yield '"'
    for i in range(0, len(value), STRETCH):
        yield json.dumps(value[i : i + STRETCH], ensure_ascii=False)[1:-1]
    yield '"'


def _list_pieces(items: list, pretty: bool) -> Iterator[str]:
    """A list at depth 1 of the document, an item at a time."""
    if not items:
        yield "[]"
        return
    sep, item_start = (",", "\n  ") if pretty else (", ", "")
    yield "["
    for k, item in enumerate(items):
        yield (sep if k else "") + item_start + _dumps(item, pretty, 2)
    yield "\n ]" if pretty else "]"


def _dumps(value, pretty: bool, depth: int) -> str:
    """The JSON of ``value`` as it stands ``depth`` levels deep in the document."""
    if isinstance(value, BaseModel):
        value = value.model_dump(mode="json")
    if not pretty:
        return json.dumps(value, ensure_ascii=False)
    return json.dumps(value, ensure_ascii=False, indent=1).replace("\n", "\n" + " " * depth)


class JsonText:
    """:func:`to_json` of a document, not rendered yet: iterating gives its
    pieces (written to a file one after the other, the whole text is never
    held); ``str()`` gives it whole, and so does pickling (a worker process
    hands its result over as the string). A short document is rendered whole:
    item by item is slower (1.3x on Tianshui) and saves little."""

    def __init__(self, doc: NoticeDocument, *, pretty: bool = False) -> None:
        self.doc, self.pretty = doc, pretty

    def __iter__(self) -> Iterator[str]:
        if len(self.doc.text) < STRETCH:
            return iter((str(self),))
        return json_pieces(self.doc, pretty=self.pretty)

    def __str__(self) -> str:
        return to_json(self.doc, pretty=self.pretty)

    def __reduce__(self):
        return str, (str(self),)


def json_schema() -> dict:
    """The JSON Schema generated from the models (the contract in code)."""
    return NoticeDocument.model_json_schema()


def schema_text() -> str:
    return json.dumps(json_schema(), ensure_ascii=False, indent=1) + "\n"
