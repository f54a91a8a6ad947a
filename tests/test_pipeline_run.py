"""pipeline.run: the source digest is the one its caller made of the input bytes; never one of nothing."""

import hashlib

import pytest

from notice_parser.pipeline import run, sha256_of
from notice_parser.readers import ReadResult

TEXT = "一、目标\n到2025年，建成污水处理厂3座。\n"


def _read() -> ReadResult:
    return ReadResult(text=TEXT, format="txt", encoding="utf-8", tables=[])


def test_digest_of_the_bytes_given():
    doc = run(_read(), sha256=sha256_of(TEXT.encode("utf-8")), name="a.txt")
    assert doc.source.sha256 == hashlib.sha256(TEXT.encode("utf-8")).hexdigest()


def test_digest_given_is_kept():
    doc = run(_read(), name="a.txt", sha256="ab" * 32)
    assert doc.source.sha256 == "ab" * 32


def test_no_digest_is_an_error():
    # it once hashed empty bytes (e3b0c442…) and called that the source's digest
    with pytest.raises(TypeError, match="sha256"):
        run(_read(), name="a.txt")  # type: ignore[call-arg]
