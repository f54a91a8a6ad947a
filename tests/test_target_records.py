"""The targets rule builds its named tuples with ``tuples.new`` (``tuple.__new__``: no Python call), which
fills in no default: every record it builds must hold all its fields."""

from __future__ import annotations

from collections import Counter

from conftest import CASES

import notice_parser
from notice_parser.extract import targets
from notice_parser.extract.targets import flags, items, reading, sentences


def test_every_record_built_without_its_constructor_holds_all_its_fields(monkeypatch):
    built: Counter[str] = Counter()

    def checked(cls, fields):
        assert len(fields) == len(cls._fields), (cls.__name__, fields)
        built[cls.__name__] += 1
        return tuple.__new__(cls, fields)

    for module in (targets, flags, items, reading, sentences):
        assert module.new is tuple.__new__
        monkeypatch.setattr(module, "new", checked)
    lines = [
        ln.split(" | ")[0]
        for ln in (CASES / "targets.txt").read_text(encoding="utf-8").splitlines()
        if ln and ln[0] != "#"
    ]
    doc = notice_parser.parse_text("\n".join(lines))
    assert len(doc.targets) > 100
    assert set(built) == {"Item", "Group", "Sentence", "SentenceFacts", "Flags", "Clause", "Draft"}
