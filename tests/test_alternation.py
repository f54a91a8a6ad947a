"""lexicon.alternation writes its words as prefix tries; it must match exactly as the flat
list sorted longest first (what it wrote before), in any surrounding pattern and direction."""

from __future__ import annotations

import regex
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from notice_parser.lexicon import alternation
from notice_parser.lexicon.roles import NEUTRAL_LABELS, ROLE_LABELS


def _flat(words) -> str:
    return "|".join(regex.escape(w) for w in sorted({w for w in words if w}, key=lambda w: (-len(w), w)))


#: the alternation inside patterns that backtrack into it, repeat it, capture it, and read it
#: backwards ((?r), look-behinds): every way a rule may use it
CONTEXTS = (
    "(?:{})",
    "(?P<x>{0})(?P<y>{0})?b",
    "(?P<x>{})+?c",
    "(?P<x>{0})*(?P<y>{0})a",
    "(?>{})b",
    "(?P<x>{0})(?=(?P<y>{0})c)",
    "(?r)(?P<x>{0})(?P<y>{0})?",
    "(?r)(?P<x>{})+b",
    "(?r)a(?P<x>{0})(?P<y>{0})",
    "(?<=(?P<x>{}))c",
    "(?<=b(?P<x>{0})(?P<y>{0})?)a",
    "(?<!{})(?P<x>[abc])",
    "^(?P<x>{0})(?:{0})*$",
)

WORDS = st.lists(st.text(alphabet="abc.", min_size=0, max_size=5), min_size=1, max_size=14)
TEXTS = st.lists(st.text(alphabet="abc.", max_size=24), min_size=1, max_size=4)


def _matches(pattern: str, texts: list[str]):
    compiled = regex.compile(pattern)
    return [
        [(m.span(), m.groups(), m.span("x") if "x" in compiled.groupindex else None) for m in compiled.finditer(t)]
        for t in texts
    ]


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(words=WORDS, texts=TEXTS)
def test_trie_matches_as_the_flat_list(words, texts):
    if not any(words):
        return
    trie, flat = alternation(words), _flat(words)
    for context in CONTEXTS:
        assert _matches(context.format(trie), texts) == _matches(context.format(flat), texts), (context, trie)


@settings(max_examples=100, deadline=None)
@given(words=WORDS)
def test_the_pattern_does_not_depend_on_the_order_of_the_words(words):
    assert alternation(words) == alternation(reversed(words)) == alternation(sorted(words))


def test_a_word_that_ends_another_is_tried_after_it():
    # 年 ends 上半年, so it is on a later level than it, although it starts 年度
    assert alternation(["年", "年度", "上半年"]) == "上半年|年度|年"
    # backwards, the longer word is found: the same as the flat list
    assert regex.search(r"(?r)(?:" + alternation(["年", "年度", "上半年"]) + ")", "下上半年").group() == "上半年"


def test_one_character_branches_are_a_class_and_a_word_end_is_optional():
    assert alternation(["处", "处室", "科", "科室", "股室"]) == "处室?|科室?|股室"
    assert alternation(["机关", "机构", "部门", "部室"]) == "机[关构]|部[室门]"
    assert alternation(["a", "b", "-", "]"]) == r"[\-\]ab]"


def test_the_clause_labels_are_half_as_long_and_match_alike():
    words = [*ROLE_LABELS, *NEUTRAL_LABELS]
    trie, flat = alternation(words), _flat(words)
    assert len(trie) < len(flat) / 1.9
    text = "主要牵头单位：市发改委；配合单位：各县区；责任人：张三；其他协同部室：市局；牵头：市政府"
    pattern = r"(?P<label>{})\s*[：:]"
    assert _matches(pattern.format(trie), [text]) == _matches(pattern.format(flat), [text])
    assert [m.group("label") for m in regex.finditer(pattern.format(trie), text)] == [
        "主要牵头单位",
        "配合单位",
        "责任人",
        "其他协同部室",
        "牵头",
    ]


def test_the_label_pattern_spells_exactly_the_labels():
    from notice_parser.lexicon.roles import LABEL_BODY_WORDS, LABEL_PATTERN, LABEL_QUALIFIERS, LABEL_ROLE_WORDS

    labels = {*ROLE_LABELS, *NEUTRAL_LABELS}
    pattern = regex.compile(LABEL_PATTERN)
    # candidates: the labels, what a character more or less makes of them, and every way of
    # joining the grammar's parts (and a label with a part)
    parts = ("", *LABEL_QUALIFIERS, *LABEL_ROLE_WORDS, *LABEL_BODY_WORDS)
    candidates = {a + b + c for a in parts for b in parts for c in parts}
    candidates |= {w + p for w in labels for p in parts} | {p + w for w in labels for p in parts}
    candidates |= {w[:-1] for w in labels} | {w[1:] for w in labels} | {w + "位" for w in labels}
    assert {c for c in candidates if pattern.fullmatch(c)} == labels
    # (1484 since the bodies 社区, 乡镇, 村 of a street's or a county's labels: 责任社区, redteam12 meichuan;
    # 1627 since a 交办 notice's role words 分办 and 会办 (x 14 bodies x 5 qualifiers) and the short 主办/分办/会办;
    # 1628 since a 督办通知单's short 落实：)
    assert len(labels) == 1628 and "其他协同部室" in labels and "牵头领导小组" in labels and "责任社区" in labels
    # it serves where a delimiter closes a label: no label holds one
    assert not [w for w in labels if regex.search(r"[\s：:】\]]", w)]


def test_a_label_before_its_colon_is_the_one_the_alternation_finds():
    from notice_parser.lexicon.roles import LABEL_PATTERN

    text = "主要牵头单位：A；配合单位 ：B；责任人：C；其他协同部室：D；牵头：E；牵头考核部门：F；【责任单位】G；牵头领导小组：H"
    for context in (r"(?P<label>{})\s*[：:]\s*", r"[【\[](?P<label>{})[】\]]", r"(?=(?P<label>{})\s*[：:])"):
        found = [m.group("label") for m in regex.finditer(context.format(LABEL_PATTERN), text)]
        assert found == [
            m.group("label")
            for m in regex.finditer(context.format(_flat(ROLE_LABELS.keys() | set(NEUTRAL_LABELS))), text)
        ]
        assert found
