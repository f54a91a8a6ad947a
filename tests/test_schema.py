"""The shipped JSON Schema is what the models produce, and outputs validate."""

from __future__ import annotations

import json

import pytest

import notice_parser
from notice_parser.emit import SCHEMA_PATH, json_schema
from notice_parser.model import NoticeDocument


def test_shipped_schema_is_current():
    shipped = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    assert shipped == json_schema(), (
        "src/notice_parser/schema.json is stale: run `parse-notice --schema > src/notice_parser/schema.json`"
    )


def test_schema_names_the_contract_fields():
    props = json_schema()["properties"]
    for field in (
        "schema_version",
        "source",
        "text",
        "notice",
        "sections",
        "measures",
        "targets",
        "deadlines",
        "warnings",
    ):
        assert field in props


def test_an_ungrounded_item_is_rejected():
    doc = notice_parser.parse_text("一、总体要求\n（一）加强领导。（牵头单位：市环保局）\n")
    data = json.loads(notice_parser.to_json(doc))
    data["measures"][0]["lead_units"][0]["span"] = [0, 4]
    with pytest.raises(ValueError, match="not grounded"):
        NoticeDocument.model_validate(data)


def test_deadline_is_discriminated_on_kind():
    doc = notice_parser.parse_text("一、任务\n（一）2017年8月底前完成整改。（牵头单位：市环保局）\n")
    d = doc.deadlines[0]
    assert d.kind == "by" and d.date == "2017-08-31"
    assert type(d).__name__ == "ByDeadline"
