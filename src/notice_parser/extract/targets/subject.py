"""Step 3: what a value list measures — the subject before its verb, with
time, scope, lead and trail words stripped, or the noun counted after it."""

from __future__ import annotations

import bisect

from ...spans import squeeze
from .. import wordcut
from . import patterns as P
from .index import remembered


def split_scopes(s: str) -> list[str]:
    """``SCOPE_SPLIT.split(s)`` without its look-ahead, which scanned to the
    end of the list at every joiner ("五县和" x 33000 took 30 s): a joiner
    splits unless the next bracket after it closes one (inside （市、区）).

    >>> split_scopes("五县和两区"), split_scopes("各市（市、区）和县")
    (['五县', '两区'], ['各市（市、区）', '县'])
    """
    brackets = [(b.start(), b.group() in "）)") for b in P.BRACKET.finditer(s)]
    starts = [b[0] for b in brackets]
    pieces, last = [], 0
    for m in P.SCOPE_JOIN.finditer(s):
        k = bisect.bisect_left(starts, m.end())
        if k < len(brackets) and brackets[k][1]:
            continue  # inside brackets
        pieces.append(s[last : m.start()])
        last = m.end()
    pieces.append(s[last:])
    return pieces


def _strip_once(s: str, scopes: list[str]) -> tuple[str, list[str]]:
    """One stripping step of :func:`strip_subject` (``s`` unchanged: nothing left to strip)."""
    s = s.strip()
    m = P.YEAR.match(s)
    if m and m.end() > 0 and not m["base"]:
        return s[m.end() :], scopes
    m = P.PLAN_DUE.match(s)
    if m:
        return s[m.end() :], scopes
    m = P.SCOPE.match(s)
    if m and len(m["scope"]) < len(s) + 1:
        return s[m.end() :], scopes + [p for p in split_scopes(m["scope"]) if p]
    m = P.LEAD.match(s)
    if m and m.end() > 0:
        return s[m.end() :], scopes
    m = P.TRAIL_AT_END.match(s)  # s is stripped: TRAIL.search(s)
    if m and not (
        len(m.group()) == 1 and m.group() in P.TRAIL_IN_WORDS and wordcut.cuts_a_word(s, m.start(), m.end(), 0, len(s))
    ):
        return s[: m.start()], scopes
    m = P.SCOPE_AT_END.search(s)
    if m:  # "对两区小型锅炉和五县75%以上的锅炉": the number belongs to 五县
        return "", [m["scope"]]
    return s, scopes


def strip_subject(s: str) -> tuple[str, list[str]]:
    """Strip time, lead and whole-jurisdiction words; return (core, scopes)."""
    if not s:
        return s, []  # nothing to strip (a list right after the one before)
    core, scopes = _strip_subject(s)
    return core, list(scopes)


@remembered
def _strip_subject(s: str) -> tuple[str, tuple[str, ...]]:
    scopes: list[str] = []
    prev = None
    while s != prev:
        prev = s
        s, scopes = _strip_once(s, scopes)
    return s, tuple(scopes)


@remembered
def verb_at_end(s: str) -> tuple[str | None, int, str | None]:
    """(verb, where it starts, 约-word) of ``VERB_AT_END`` in ``s`` (the text
    between a subject and its value list), or (None, 0, None).

    >>> verb_at_end("覆盖率达到"), verb_at_end("控制在"), verb_at_end("全市")
    (('达到', 3, None), ('控制在', 0, None), (None, 0, None))
    """
    # the cheap tests first: a failing search tries every position of s
    vm = P.VERB_AT_END.search(s) if P.may_end_with_verb(s, 0, len(s)) and P.VERB_BEFORE.match(s) else None
    return (vm["verb"], vm.start(), vm["approx"]) if vm else (None, 0, None)


def split_subjects(core: str, n: int | None) -> list[str]:
    """Split "A、B排放总量" into [A排放总量, B排放总量] (n parts when given);
    a head written after 分别 is shared: "A和B分别占比" → [A占比, B占比]."""
    mid = P.MID_DISTRIBUTE.search(core)
    if mid and mid.start() > 0 and mid.end() < len(core):
        shared = core[mid.end() :]
        parts = split_subjects(core[: mid.start()], n)
        return [p + shared for p in parts] if len(parts) > 1 else [core]
    parts = [p for p in P.SUBJECT_SPLIT.split(core) if p]
    if len(parts) < 2 or (n is not None and len(parts) != n):
        return [core]
    term = P.TERM_AT_START.match(parts[-1])
    if term and all(P.TERM.fullmatch(p) for p in parts[:-1]):
        # "化学需氧量、氨氮重点工程减排量": what follows the last term is shared
        shared = parts[-1][term.end() :]
        return [p + shared for p in parts[:-1]] + [parts[-1]]
    head = P.HEAD.search(parts[-1])
    if head and head.start() > 0:
        parts = [p if P.HEAD.search(p) else p + head.group() for p in parts]
    return parts


@remembered
def counted_noun(seg: str) -> tuple[str, int]:
    """The noun counted after a counter in ``seg``, the text from the counter up to the clause
    end or the next value list: up to a verb that is not inside a 的-modifier. Returns (noun,
    its length with what trails it).

    >>> counted_noun("省级示范村，"), counted_noun("、提供"), counted_noun("\\t已完成40座")
    (('省级示范村', 5), ('', 0), ('', 0))
    """
    if P.LIST_START.match(seg):
        return "", 0  # "不少于3场、提供…": the next conjunct, not a counted noun
    if "\t" in seg:
        seg = seg[: seg.index("\t")]  # a table's next cell (42座 | 已完成40座): no noun of this count
    bracket = P.OPEN_BRACKET.search(seg)
    if bracket:
        seg = seg[: bracket.start()]  # "2400户（累计约3600户）…": the bracket is an aside
    nxt = P.NEXT_COUNT.search(seg, 1)
    if nxt:
        seg = seg[: nxt.start()]  # "一所特殊教育学校和一所职业学校": the next count is the next conjunct
    stop = len(seg)
    last_of = seg.rfind("的")
    for m in P.NOUN_END.finditer(seg):
        if m.start() >= 2 and m.start() > last_of:  # no 的 from here on
            if len(m.group()) == 1 and wordcut.cuts_a_word(seg, m.start(), m.end(), 0, len(seg)):
                continue  # 等 in 中等, 能 in 技能: inside a word, no cut
            stop = m.start()
            break
    noun = seg[:stop].rstrip(P.NOUN_TRAIL + "等")
    noun = noun.lstrip("的")
    return noun, len(seg[:stop].rstrip(P.NOUN_TRAIL))


def percent_phrase(text: str, start: int, end: int, subject_raw: str) -> str | None:
    """ "80%以上的村庄达到环境整洁" → 达到环境整洁的村庄比例;
    "对30%以上的县区环保部门执法工作进行稽查" → 县区环保部门执法工作稽查比例."""
    seg = squeeze(text[start:end]).rstrip("，,。；;")
    m = P.NOUN_END.search(seg, 1)
    if not m:
        return seg + "比例" if seg else None
    noun, rest = seg[: m.start()], seg[m.start() :]
    rest = P.MODALS.sub("", rest)
    if squeeze(subject_raw).endswith("对"):
        return noun + P.DO.sub("", rest) + "比例"
    return rest + "的" + noun + "比例"


def close_brackets(ind: str) -> str:
    """An indicator never ends inside an open bracket: 算力规模(FP16 → 算力规模.

    >>> close_brackets("算力规模(FP16"), close_brackets("细颗粒物（PM2.5）浓度")
    ('算力规模', '细颗粒物（PM2.5）浓度')
    """
    if "(" not in ind and "（" not in ind:  # most indicators hold no bracket
        return ind
    for o, c in (("(", ")"), ("（", "）")):
        at = ind.rfind(o)
        if at > 0 and c not in ind[at:]:
            ind = ind[:at]
    return ind


def strip_area(ind: str) -> str:
    """An indicator without the part it was first stated for: 城市污水处理率 → 污水处理率."""
    m = P.AREA_PART_AT_START.match(ind)
    return ind[m.end() :] if m else ind


def trail_strip(s: str) -> str:
    return s.rstrip(" \u3000\n，,、")


def strip_change_words(ind: str) -> str:
    """A carried indicator without its change verb: 营收年均增长 → 营收."""
    m = P.CHANGE_WORD_AT_END.search(ind)
    return ind[: m.start()] if m and m.start() > 1 else ind
