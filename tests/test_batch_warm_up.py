"""The parent's warm-up before it forks a pool (batch.warm_up): the samples it parses are real
notices in each reader, and what it loads is what the inputs call for."""

from __future__ import annotations

import subprocess
import sys

import pytest

import notice_parser
from notice_parser import batch


@pytest.mark.parametrize("kind", ["html", "md", "txt"])
def test_each_warm_up_sample_parses_as_a_notice(kind):
    fmt, sample = batch.warm_samples()[kind]
    doc = notice_parser.parse(sample, format=fmt, name="<warm-up>")
    assert [(s.id, [c.id for c in s.children]) for s in doc.sections] == [("1", ["1.1", "1.2"]), ("2", ["2.1", "2.2"])]
    assert [(m.id, [u.name for u in m.lead_units]) for m in doc.measures][:4] == [
        ("1.1", ["市发展改革委"]),
        ("1.2", []),
        ("2.1", ["市考核办"]),
        ("2.2", []),
    ]
    assert [d.kind for d in doc.deadlines][:4] == ["by", "recurring", "by", "recurring"]
    assert [(t.indicator, t.value) for t in doc.targets] == [("覆盖率", 95), ("新增", 100)]
    assert not doc.warnings


_PROBE = """
import sys
from notice_parser import batch
from notice_parser.extract import wordcut
names = sys.argv[1].split(",")
tasks = [(batch.Input(n, None), None) for n in names]
batch.warm_up(tasks, 2)
print(wordcut.loaded(), "notice_parser.readers.html" in sys.modules, "notice_parser.readers.markdown" in sys.modules)
"""


@pytest.mark.parametrize(
    ("names", "expected"),
    [
        (["a.txt", "b.txt"], "False False False"),  # a short batch: no segmenter, no page reader
        (["a.html", "b.shtml"], "False True False"),
        (["a.md", "b.txt"], "False False True"),
        ([f"n{i}.txt" for i in range(8)], "True False False"),  # 4 inputs a worker: the segmenter
        ([f"n{i}.htm" for i in range(7)] + ["x.md"], "True True True"),
    ],
)
def test_the_warm_up_loads_what_the_inputs_call_for(names, expected):
    out = subprocess.run(
        [sys.executable, "-c", _PROBE, ",".join(names)], capture_output=True, text=True, check=True
    ).stdout
    assert out.split() == expected.split()
