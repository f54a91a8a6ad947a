"""Property tests (issue 12): for random texts and for real notices mutated
the ways crawled and converted documents go wrong, ``parse_text``

* never raises,
* grounds every item of every kind (``text[start:end] == raw``; section and
  measure spans inside the text, children inside their parents),
* gives JSON that validates against the shipped schema (and has no
  Infinity/NaN),
* gives the same JSON twice.

Bounded for CI: derandomized (the same examples every run), no deadline, no
example database; 2,100 examples in all.
"""

from __future__ import annotations

import json
import math
from functools import cache

import jsonschema
from conftest import CORPORA
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import notice_parser
from notice_parser.emit import SCHEMA_PATH
from notice_parser.model import walk_sections


def ci(max_examples: int) -> settings:
    return settings(
        max_examples=max_examples,
        deadline=None,
        derandomize=True,
        database=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )


#: examples per property; the total is what the module doc promises
RANDOM_EXAMPLES = 1300
MUTATED_EXAMPLES = 800
#: a mutated text is cut here, so that the suite stays fast (long inputs are the fuzz script's)
MAX_MUTATED_CHARS = 4000

#: pieces of the notation the rules react to
TOKENS = [
    "（",
    "）",
    "(",
    ")",
    "【",
    "】",
    "“",
    "”",
    "（牵头单位：市发展改革委）",
    "牵头单位：",
    "责任单位：市环保局、市财政局",
    "配合单位：",
    "（市环保局负责）",
    "市水务局牵头，市财政局配合",
    "列第一位者为牵头单位",
    "2025年底前",
    "2017年7月5日",
    "每季度",
    "6月30日前",
    "长期坚持",
    "十四五",
    "达到95%",
    "不低于85.2%",
    "9" * 400,
    "一" * 60,
    "增长10%以上",
    "第一章",
    "第三条",
    "一、",
    "（一）",
    "1.",
    "（1）",
    "①",
    "二十、",
    "附件：",
    "附件2",
    "抄送：",
    "\t",
    "\u3000\u3000",
    "。",
    "；",
    "：",
]
CONTROL = [chr(c) for c in (0, 1, 7, 8, 0x0B, 0x0C, 0x1B, 0x7F, 0x85, 0x2028, 0xFEFF, 0xFFFE)]
SURROGATES = [chr(0xD800), chr(0xDBFF), chr(0xDC00), chr(0xDFFF)]
FULL = str.maketrans("0123456789.,:;()%", "０１２３４５６７８９．，：；（）％")
HALF = str.maketrans("０１２３４５６７８９．，：；（）％", "0123456789.,:;()%")


@cache
def validator() -> jsonschema.protocols.Validator:
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    cls = jsonschema.validators.validator_for(schema)
    return cls(schema)


@cache
def snippets() -> list[list[str]]:
    """Stretches of 12 lines (the header, and two stretches of the body) of
    every plain-text notice of the corpus."""
    out = []
    for path in sorted(CORPORA.glob("*.txt")):
        lines = path.read_text(encoding="utf-8").splitlines()
        for k in (0, len(lines) // 3, 2 * len(lines) // 3):
            out.append(lines[k : k + 12])
    return out


def check(text: str) -> None:
    doc = notice_parser.parse_text(text)
    out = notice_parser.to_json(doc)
    data = json.loads(out, parse_constant=lambda c: (_ for _ in ()).throw(AssertionError(f"{c} in the JSON")))
    validator().validate(data)
    t = doc.text
    items = [(d.raw, d.span) for d in doc.deadlines] + [(x.raw, x.span) for x in doc.targets]
    for m in doc.measures:
        assert 0 <= m.span[0] <= m.span[1] <= len(t)
        items += [(u.raw, u.span) for us in (m.lead_units, m.responsible_units, m.supporting_units) for u in us]
        items += [(d.raw, d.span) for d in m.deadlines] + [(x.raw, x.span) for x in m.targets]
    for raw, (a, b) in items:
        assert t[a:b] == raw
    for x in doc.targets:
        assert all(math.isfinite(v) for v in (x.value, x.value_max, x.baseline) if v is not None)
    for s in walk_sections(doc.sections):
        assert 0 <= s.span[0] <= s.span[1] <= len(t)
        assert all(s.span[0] <= c.span[0] and c.span[1] <= s.span[1] for c in s.children)
    ids = [s.id for s in walk_sections(doc.sections)]
    assert len(ids) == len(set(ids))
    assert len({m.id for m in doc.measures}) == len(doc.measures)
    assert notice_parser.to_json(notice_parser.parse_text(text)) == out  # deterministic


ALPHABET = st.sampled_from(
    list("一二三四五六七八九十（）()、。，；：:.．0123456789年月日前底每季度牵头责任配合单位市局委办负责达到%\n\t ")
    + TOKENS
    + CONTROL
    + SURROGATES
)


@ci(RANDOM_EXAMPLES)
@given(st.lists(ALPHABET, max_size=160).map("".join))
def test_random_texts(text):
    check(text)


@st.composite
def mutated(draw) -> str:
    lines = list(draw(st.sampled_from(snippets())))
    for _ in range(draw(st.integers(1, 6))):
        op = draw(
            st.sampled_from(
                ["delete", "duplicate", "shuffle", "insert", "join", "width", "control", "surrogate", "long"]
            )
        )
        if not lines:
            lines = ["一、总体要求"]
        k = draw(st.integers(0, len(lines) - 1))
        if op == "delete":
            del lines[k]
        elif op == "duplicate":
            lines.insert(k, lines[k])
        elif op == "shuffle":
            j = draw(st.integers(0, len(lines) - 1))
            lines[k], lines[j] = lines[j], lines[k]
        elif op == "insert":
            at = draw(st.integers(0, len(lines[k])))
            lines[k] = lines[k][:at] + draw(st.sampled_from(TOKENS)) + lines[k][at:]
        elif op == "join":  # line breaks lost
            j = draw(st.integers(k, len(lines)))
            lines[k:j] = ["".join(lines[k:j])] if j > k else lines[k:j]
        elif op == "width":
            table = draw(st.sampled_from([FULL, HALF]))
            lines[k] = lines[k].translate(table)
        elif op in ("control", "surrogate"):
            at = draw(st.integers(0, len(lines[k])))
            ch = draw(st.sampled_from(CONTROL if op == "control" else SURROGATES))
            lines[k] = lines[k][:at] + ch + lines[k][at:]
        else:  # a very long line
            lines[k] = lines[k] * draw(st.integers(5, 20))
    return "\n".join(lines)[:MAX_MUTATED_CHARS]


@ci(MUTATED_EXAMPLES)
@given(mutated())
def test_mutated_real_notices(text):
    check(text)


def test_the_examples_add_up_to_the_promised_count():
    assert RANDOM_EXAMPLES + MUTATED_EXAMPLES == 2100
