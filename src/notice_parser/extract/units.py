"""Split a unit list into units, expanding elliptical coordination.

``split_units`` takes a stretch of the text and returns units with the name
each denotes standing alone, the fragment as written and its span:

* separators 、，,；; always split; 和/及/以及/与 split only where both sides
  end like an organisation (省工业和信息化厅 stays whole);
* "X、Y等有关部门" keeps the group 有关部门; a trailing 等 is dropped;
* "各县区委和县区政府" → 各县区委, 各县区政府 (the 各 is shared);
* "秦州、麦积区委和区政府" → 秦州区委, 麦积区委, 秦州区政府, 麦积区政府
  (bare place names borrow the organ of the last item, and a bare organ
  "区政府" is distributed over the places before it);
* "秦州、麦积、秦安、张家川县区政府" → 秦州区政府, …, 张家川县政府: a
  combined suffix 县区 is resolved per place from how the document itself
  writes the place elsewhere (秦州区, 秦安县), else from the table of
  administrative divisions (``divisions.py``).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

import regex

from ..compiled import re_compile, regex_compile
from ..divisions import lookup_full, lookup_short, names_place
from ..lexicon import alternation
from ..lexicon.roles import (
    CADRE_GROUP_HEADS,
    CLAUSE_BRACKETS,
    CONCAT_ORGAN_ENDS,
    CONJUNCTIONS,
    DEPARTMENT_ENDINGS,
    DEPARTMENT_FIELD_LINKS,
    DEPARTMENT_FIELDS,
    EACH_SHARING_HEADS,
    EACH_SHARING_KINDS,
    EACH_SHARING_LEVELS,
    EACH_SHARING_ORGANS,
    EACH_WORD,
    ETC_WORD,
    FIELD_RUN_ENDINGS,
    GENERIC_BODIES,
    GROUP_TAILS,
    INTERNAL_OWNERS,
    INTERNAL_SECTION_ENDINGS,
    JOINING_ONLY_CONJUNCTIONS,
    JOINT_OFFICE_GOVERNMENTS,
    JOINT_OFFICE_PARTY,
    LEVEL_CHAR_WORDS,
    LEVEL_PREFIXES,
    LEVEL_TIER_WORDS,
    LEVELLESS_GROUP_HEADS,
    LIST_MARKS_AFTER,
    LIST_MARKS_BEFORE,
    MASS_BODIES,
    NOT_PERSON_NAMES,
    ONE_CHARACTER_PLACE_SUFFIXES,
    ORGAN_SUFFIXES,
    PARTY_DEPARTMENTS,
    PERSON_NAME_PLACE_ENDINGS,
    PERSON_NAMED_POSTS,
    PERSON_POSTS,
    PLACE_GROUP_HEADS,
    PLACE_ORGANS,
    PLACE_SUFFIXES,
    ROLE_MARKS,
    RUN_BRANCH_WORDS,
    RUN_LEVEL_WORDS,
    RUN_OFFICE_ORGANS,
    RUN_SCOPES,
    RUN_TOWN_SUFFIXES,
    SHARED_GROUP_PREFIXES,
    SHORT_BODY_NAMES,
    SHORT_DEPARTMENT_MAX,
    SIBLING_PLACE_LEVELS,
    STANDALONE_MARKS,
    STANDALONE_OFFICE_WORDS,
    SUB_COUNTY_LEVELS,
    SUB_COUNTY_OFFICE_ENDINGS,
    SUB_COUNTY_WORDS,
    SUBORDINATE_BODIES,
    SUBORDINATE_POINTERS,
    UNIT_PREFIX_NOISE,
    UNIT_SEPARATORS,
    UNIT_SUFFIX_NOISE,
    WRITTEN_LEVEL_PREFIXES,
    ZONE_LEVELS,
    ZONE_ORGANS,
    ZONE_WORDS,
)
from ..model import Unit, built
from ..spans import CompactView, squeeze
from .context import Context

#: anchored or one-class patterns with no regex-only feature are run by ``re`` (why: the note in notice_parser.lexicon)
_BARE_ORGAN = re_compile(
    r"^(?P<suffix>(?:" + "|".join(PLACE_SUFFIXES) + r")*)(?P<organ>" + "|".join(PLACE_ORGANS) + r")$"
)


@dataclass
class _Piece:
    i: int  # compact offsets
    j: int
    name: str


def _ends_like_organ(s: str) -> bool:
    return s.endswith(ORGAN_SUFFIXES)


def _generic_body_at(s: str, pos: int) -> bool:
    """Does ``s[pos:]`` start with a bare body word standing alone (单位 in
    有关部门和单位、…, 单位及各地区)?"""
    for g in GENERIC_BODIES:
        if s.startswith(g, pos):
            rest = pos + len(g)
            return (
                rest == len(s)
                or s[rest] in UNIT_SEPARATORS
                or s.startswith(CONJUNCTIONS, rest)
                or (len(s) - rest == len(ETC_WORD) and s.startswith(ETC_WORD, rest))
            )
    return False


_SEPARATOR = re_compile("[" + re.escape(UNIT_SEPARATORS) + "]")
_GROUP_TAIL_MAX = max(map(len, GROUP_TAILS))


def _joins_units(compact: str, start: int, i: int, conj: str, separators: list[int]) -> bool:
    """Does the conjunction ``conj`` at ``i`` join two units: the part before
    it (from ``start``) ends like an organisation, and so does the item after
    it (up to the next separator), or that item is a group (有关部门)?"""
    before = i - len(ETC_WORD) if compact.endswith(ETC_WORD, start, i) else i
    if not compact.endswith(ORGAN_SUFFIXES, start, before):
        return False
    j = i + len(conj)
    k = bisect.bisect_left(separators, j)
    item_end = separators[k] if k < len(separators) else len(compact)
    if item_end <= j or _generic_body_at(compact, j):  # 各有关部门和单位 is one group
        return False
    if conj in JOINING_ONLY_CONJUNCTIONS and compact.startswith(RUN_SCOPES, j):
        return True  # 各省级商务主管部门会同本地区发展改革、…、市场监管部门: a scoped run of fields follows
    return compact.endswith(ORGAN_SUFFIXES, j, item_end) or (
        item_end - j <= _GROUP_TAIL_MAX and compact[j:item_end] in GROUP_TAILS
    )


#: 〔〕 too: an aside in a name written with them (各县〔市、区〕人民政府, 市市场监管局〔市知识产权局〕)
_QUOTE_OPEN, _QUOTE_CLOSE = '（(《“"〔', "）)》”〕"
#: the characters ``_split_compact`` acts on: a bracket or quote, a separator, a conjunction's first character
_SPLIT_EVENT = re_compile(
    "[" + re.escape(_QUOTE_OPEN + _QUOTE_CLOSE + UNIT_SEPARATORS + "".join(sorted({c[0] for c in CONJUNCTIONS}))) + "]"
)


#: a separator or a bracket: what ``_top_separators`` reads
_SEPARATOR_OR_BRACKET = re_compile("[" + re.escape(UNIT_SEPARATORS + _QUOTE_OPEN + _QUOTE_CLOSE) + "]")


def _top_separators(compact: str) -> list[int]:
    """The offsets of the separators outside brackets and quotes: the 、 of 各县（市、区）分局 ends no item."""
    out, depth = [], 0
    for m in _SEPARATOR_OR_BRACKET.finditer(compact):
        ch = m.group()
        if ch in _QUOTE_OPEN:
            depth += 1
        elif ch in _QUOTE_CLOSE:
            depth = max(depth - 1, 0)
        elif depth == 0:
            out.append(m.start())
    return out


def _split_compact(compact: str) -> list[tuple[int, int]]:
    """Split positions of a compact unit list on separators and joining
    conjunctions (outside brackets and quotes). Only the characters that
    can change something are visited; after a cut at a conjunction the
    reading goes on after it."""
    separators: list[int] | None = None  # (found when a conjunction is first read: most lists hold none)
    cuts: list[tuple[int, int]] = []
    start = 0
    depth = 0
    i = 0
    n = len(compact)
    while (event := _SPLIT_EVENT.search(compact, i)) is not None:
        i = event.start()
        ch = compact[i]
        if ch in _QUOTE_OPEN:
            depth += 1
        elif ch in _QUOTE_CLOSE and depth:
            depth -= 1
        if depth == 0 and ch in UNIT_SEPARATORS:
            cuts.append((start, i))
            start = i + 1
        elif depth == 0 and i > start:
            conj = next((c for c in CONJUNCTIONS if compact.startswith(c, i)), None)
            if conj is not None:
                if separators is None:
                    separators = _top_separators(compact)
                if _joins_units(compact, start, i, conj, separators):
                    cuts.append((start, i))
                    start = i + len(conj)
                    i = start - 1
        i += 1
    cuts.append((start, n))
    return [(a, b) for a, b in cuts if b > a]


_CONCAT = regex_compile(
    r"(?<=" + "|".join(map(regex.escape, CONCAT_ORGAN_ENDS)) + r")"
    r"(?=(?:" + "|".join(map(regex.escape, (*LEVEL_PREFIXES, *SHARED_GROUP_PREFIXES))) + r")\p{Han})"
)


#: the two characters around a cut, from ``_CONCAT``'s own word lists: the last character of an organ
#: ending and the first of a level prefix. A piece without the pair where a cut can be (at ``i - 1``
#: and ``i``, ``a + 2 <= i <= b - 3``) is not read by ``_CONCAT`` (tests/test_units_rewrites.py): the
#: ending alone passed most names (市政府办公室: 府 and 委 end an organ, 办 starts no level)
_CONCAT_CUT = re_compile(
    "[" + re.escape("".join(sorted({w[-1] for w in CONCAT_ORGAN_ENDS}))) + "]"
    "[" + re.escape("".join(sorted({w[0] for w in (*LEVEL_PREFIXES, *SHARED_GROUP_PREFIXES)}))) + "]"
)


@cache  # compiled on first use: only a piece with a role mark's closing bracket in it reads it
def _role_mark_end() -> re.Pattern[str]:
    """A unit's role mark (市应急管理局（牵头）): the unit ends with it."""
    opens = re.escape("".join(pair[0] for pair in CLAUSE_BRACKETS))
    closes = re.escape("".join(pair[1] for pair in CLAUSE_BRACKETS))
    return re_compile(f"[{opens}](?:{alternation(ROLE_MARKS)})[{closes}]")


#: the closing brackets a role mark ends with (a quick test before ``_role_mark_end``)
_MARK_CLOSES = tuple(pair[1] for pair in CLAUSE_BRACKETS)


def _split_concatenated(compact: str, a: int, b: int) -> list[tuple[int, int]]:
    """Names written one after the other with no separator (a flattened
    table cell): 区经发局区环土局 → 区经发局, 区环土局; 县委县政府 → 县委,
    县政府. A cut needs an organ ending before it, a level prefix after it
    that starts no ordinary word (区域, 市场), and an organ ending at the
    end of what follows. A role mark ends its unit whatever follows (市应急管理局（牵头）⏎市安委会有关成员单位:
    an Excel cell's lines, or a cell flattened with no break)."""
    if any(compact.find(c, a, b - 2) >= 0 for c in _MARK_CLOSES):
        marks = [m.end() for m in _role_mark_end().finditer(compact, a, b) if b - m.end() >= 2]
        if marks:
            starts = [a, *marks]
            ends = [*marks, b]
            return [cut for x, y in zip(starts, ends, strict=True) for cut in _split_concatenated_run(compact, x, y)]
    return _split_concatenated_run(compact, a, b)


def _split_concatenated_run(compact: str, a: int, b: int) -> list[tuple[int, int]]:
    """``_split_concatenated`` of a piece with no role mark inside it."""
    if _CONCAT_CUT.search(compact, a + 1, b - 2) is None:
        return [(a, b)]  # no ending and level prefix where a cut could be (two characters in, three before the end)
    out, start = [], a
    cuts = [m.start() for m in _CONCAT.finditer(compact, a, b)]
    for k, i in enumerate(cuts):
        nxt = cuts[k + 1] if k + 1 < len(cuts) else b
        if i - start < 2 or nxt - i < 3 or compact.startswith(LEVEL_CHAR_WORDS, i):
            continue
        if not compact.endswith(ORGAN_SUFFIXES, i, nxt) or _has_open_paren(compact, start, i):
            continue
        if compact.startswith(SHARED_GROUP_PREFIXES, i) and compact.endswith(GENERIC_BODIES, i, nxt):
            continue  # 省政府有关部门: one group
        if compact[start:i] in INTERNAL_OWNERS:
            continue  # 市局市政设施科: the owner of the section after it, no unit of its own
        if _joint_office(compact[start:i], compact[i:nxt]):
            continue  # 区委区政府督查室: the party committee's and the government's one office
        out.append((start, i))
        start = i
    out.append((start, b))
    return out


def _joint_office(before: str, after: str) -> bool:
    """Is ``before`` + ``after`` the office a party committee and its government keep together (两办: 区委区政府督查室,
    县委县政府督查考评办公室, 市委市政府信访局): a level's 委 right before the same level's 政府 (人民政府) and a body
    after it? (县委县政府 alone, with no body after it, is two units.)"""
    level = before.removesuffix(JOINT_OFFICE_PARTY)
    if not level or level == before or level not in LEVEL_PREFIXES or not after.startswith(level):
        return False
    rest = after[len(level) :]
    government = next((g for g in JOINT_OFFICE_GOVERNMENTS if rest.startswith(g)), None)
    return government is not None and len(rest) - len(government) >= 2 and _ends_like_organ(rest)


def _has_open_paren(s: str, a: int, b: int) -> bool:
    return s.find("（", a, b) >= 0 or s.find("(", a, b) >= 0


def _split_at_spaces(text: str, view: CompactView, a: int, b: int) -> list[tuple[int, int]]:
    """Names separated only by spaces (PDF and table exports):
    "市发展改革委 市财政局" is two units. A line break is no separator (a
    name broken over lines is closed up) unless a group starts the next line
    (a table cell's paragraphs: 街道综合行政执法局⏎各社区（村）; PLACE_GROUP_HEADS); and both sides
    must be whole names of four characters or more, so "市委 宣传部" stays one; a whole name may close
    with an aside (区属国有企业（某城投集团） 各园区办事处)."""
    if view.offsets[b - 1] - view.offsets[a] == b - 1 - a:
        return [(a, b)]  # no white space inside: nothing to split at
    out, start = [], a
    for i in range(a + 1, b):
        gap = text[view.offsets[i - 1] + 1 : view.offsets[i]]
        if gap and i - start >= 4 and _whole_name(view.compact, start, i):
            if "\n" in gap:
                if b - i >= 3 and view.compact.startswith(PLACE_GROUP_HEADS, i):
                    out.append((start, i))
                    start = i
                continue
            nxt = _next_space(text, view, i, b)
            if nxt - i >= 4 and _whole_name(view.compact, i, nxt):
                out.append((start, i))
                start = i
    out.append((start, b))
    return out


def _whole_name(compact: str, a: int, b: int) -> bool:
    """Does ``compact[a:b]`` end like a unit: an organ's suffix, or an aside after a name that ends so
    (区属国有企业（某城投集团）, 市发改委（市营商办）)?"""
    if compact.endswith(ORGAN_SUFFIXES, a, b):
        return True
    if b - a < 4 or compact[b - 1] not in "）)":
        return False
    k = max(compact.rfind("（", a, b), compact.rfind("(", a, b))
    return k - a >= 2 and compact.endswith(ORGAN_SUFFIXES, a, k)


def _next_space(text: str, view: CompactView, i: int, b: int) -> int:
    for k in range(i + 1, b):
        if view.offsets[k] != view.offsets[k - 1] + 1:
            return k
    return b


def _clean(compact: str, a: int, b: int) -> tuple[int, int]:
    if compact.startswith(UNIT_PREFIX_NOISE, a):  # one test for the common case: no noise
        for p in UNIT_PREFIX_NOISE:
            if compact.startswith(p, a) and b - a > len(p) + 1:
                a += len(p)
                break
    if compact.endswith(UNIT_SUFFIX_NOISE, a, b):
        for s in UNIT_SUFFIX_NOISE:
            if compact.endswith(s, a, b) and b - a > len(s) + 1:
                b -= len(s)
                break
    while a < b and compact[a] in '。．.，,：:“”"':
        a += 1
    while b > a and compact[b - 1] in "。．.，,：:":
        b -= 1
    if b > a and compact[b - 1] in _NOTE_MARK_ENDS:
        b = _without_note_mark(compact, a, b)
    return a, b


#: the last character of a footnote reference after a name (区城运中心[^1] in Markdown, [1] of a page's <sup>, ¹)
_NOTE_MARK_ENDS = "]］¹²³⁴⁵⁶⁷⁸⁹⁰"


def _without_note_mark(compact: str, a: int, b: int) -> int:
    """Where a name ends before the footnote reference that closes it (区城运中心[^1], 区城运中心[^城运], 区商务局[2],
    区商务局［1］, 区商务局¹): a Markdown [^label], a bracketed number, or superscript digits; ``b`` when none."""
    k = b
    while k > a and compact[k - 1] in "¹²³⁴⁵⁶⁷⁸⁹⁰":
        k -= 1
    if k < b:
        return k if k - a >= 2 else b
    opening = max(compact.rfind("[", a, b), compact.rfind("［", a, b))
    if opening - a < 2 or b - opening > 14:
        return b
    label = compact[opening + 1 : b - 1]
    if (label.startswith("^") and len(label) > 1) or (label.isdigit() and len(label) <= 3):
        return opening
    return b


#: a place name and the place suffix written after it (秦州区, 秦安县)
#: (not a suffix of a combination before an organ: 涟源县市人民政府 writes neither 涟源县 nor 涟源市)
_PLACE_WRITTEN = regex_compile(
    r"(\p{Han}{2,4}?)(" + "|".join(PLACE_SUFFIXES) + r")(?=[、，,和及\p{Han}])"
    r"(?!(?:" + "|".join(PLACE_SUFFIXES) + r")(?:" + "|".join(PLACE_ORGANS) + r"))"
)
#: the tables, longest first (sorted once, not on every call)
_SUFFIXES_LONGEST_FIRST = tuple(sorted(PLACE_SUFFIXES, key=len, reverse=True))
_ORGANS_LONGEST_FIRST = tuple(sorted(PLACE_ORGANS, key=len, reverse=True))
_ZONES_LONGEST_FIRST = tuple(sorted(ZONE_WORDS, key=len, reverse=True))
_LEVELS_LONGEST_FIRST = tuple(sorted(LEVEL_PREFIXES, key=len, reverse=True))
_LEVELS_BY_FIRST = {c: tuple(p for p in _LEVELS_LONGEST_FIRST if p[0] == c) for c in {p[0] for p in LEVEL_PREFIXES}}


@cache  # compiled on first use (0.4 ms): only a name that holds the etc word reads it
def _etc_group() -> regex.Pattern[str]:
    """ "X等有关部门": the group after 等 is a unit of its own."""
    return regex_compile(ETC_WORD + r"(" + "|".join(GROUP_TAILS) + r")$")


def _gazetteer(text: str) -> dict[str, set[str]]:
    """place name → the place suffixes the document writes after it."""
    out: dict[str, set[str]] = {}
    for m in _PLACE_WRITTEN.finditer(text):
        out.setdefault(m.group(1), set()).add(m.group(2))
    return out


#: what ``_PLACE_WRITTEN``'s group 1 can be: a place looked up that is not this is written nowhere
_PLACE_STEM = regex_compile(r"\p{Han}{2,4}")
#: the edges of a run of Han characters (searched forwards, and backwards from an offset)
_NON_HAN = regex_compile(r"\P{Han}")
_NON_HAN_BEFORE = regex_compile(r"\P{Han}", regex.REVERSE)
#: places looked up one by one before the whole document is read at once (keeps a long list linear)
_LAZY_PLACES = 8


def _split_suffix_combo(combo: str) -> list[str]:
    """'县区' → ['县', '区'] using the suffix table (longest first)."""
    out, i = [], 0
    ordered = _SUFFIXES_LONGEST_FIRST
    while i < len(combo):
        for s in ordered:
            if combo.startswith(s, i):
                out.append(s)
                i += len(s)
                break
        else:
            return [combo]
    return out


def _place_organ(name: str) -> tuple[str, str, str] | None:
    """Split a place organ into (place, place suffixes, organ).

    >>> _place_organ("麦积区委")
    ('麦积', '区', '委')
    >>> _place_organ("张家川县区政府")
    ('张家川', '县区', '政府')
    >>> _place_organ("市环保局") is None
    True
    """
    for organ in _ORGANS_LONGEST_FIRST:
        if not name.endswith(organ):
            continue
        rest = name[: -len(organ)]
        suffix = ""
        peeled = True
        while peeled:
            peeled = False
            for s in _SUFFIXES_LONGEST_FIRST:
                if rest.endswith(s) and len(rest) - len(s) >= 2:
                    rest, suffix = rest[: -len(s)], s + suffix
                    peeled = True
                    break
        if suffix:
            return rest, suffix, organ
        return None
    return None


@cache  # compiled on first use: only a list with a bare organ after an organ reads it
def _level_group_organ() -> re.Pattern[str]:
    """A group of places of one or more levels and its organ: 各县（市、区）党委, 各县市区委, 各乡镇党委,
    县（区）政府, 市委; the levels in hexagonal brackets as a clause in round ones writes them (各县〔市、区〕党委). The
    places are levels only (county-level bodies of every kind), each level as written."""
    level = alternation(PLACE_SUFFIXES)
    return re_compile(
        rf"^(?P<place>(?:{alternation(SHARED_GROUP_PREFIXES)})?(?:{level})+级?"
        rf"(?:[（(〔](?:{level})(?:、(?:{level}))*[）)〕])?)(?P<organ>{alternation(PLACE_ORGANS)})$"
    )


def _organ_over(doc: _DocumentNames, pieces: list[_Piece], bare: re.Match[str], at: _Piece) -> list[_Piece] | None:
    """A bare organ (区政府, 政府) after 和 or 、 distributed over the place organs before it, one unit
    per place (秦州、麦积区委和区政府 → 秦州区政府, 麦积区政府; 秦州区委、区政府 → 秦州区政府); a group of
    levels keeps its places as written and takes an organ with no place of its own (各县（市、区）党委和政府
    → 各县（市、区）政府; 各县市区党委、政府 → 各县市区政府; 各市、县（区）党委和政府 → 各市政府,
    各县（区）政府). None when a piece before it is neither."""
    out = []
    for p in pieces:
        group = _level_group_organ().match(p.name)
        if group is not None:
            if bare.group("suffix"):
                return None  # (各县区委和县区政府 shares its 各 instead; 市委、区政府 are two levels)
            if bare.group("organ") in ZONE_ORGANS and not group.group("place").endswith(ZONE_WORDS):
                return None  # 各县（市、区）政府、管委会: a zone's organ, not the counties'
            out.append(_Piece(at.i, at.j, group.group("place") + bare.group("organ")))
            continue
        found = _place_organ(p.name)
        if found is None:
            return None
        place, combo, _ = found
        suffix = bare.group("suffix") or combo
        out.append(_Piece(at.i, at.j, place + _with_suffix(doc, place, suffix) + bare.group("organ")))
    return out


def _with_suffix(doc: _DocumentNames, place: str, suffix_combo: str) -> str:
    options = _split_suffix_combo(suffix_combo)
    if len(options) == 1:
        return options[0]
    known = doc.suffixes(place)
    for s in options:
        if s in known:
            return s
    # the document does not write the place: the division table decides (秦安 → 县, 麦积 → 区)
    from ..divisions import county_suffix

    table = county_suffix(place)
    if table in options:
        return table
    return options[-1]


def _is_bare_place(name: str) -> bool:
    """A list item with no organ of its own: 秦州, 甲县, 各市, 城关区, 县（市、区）."""
    return 1 <= len(name) <= 8 and not _ends_like_organ(name)


def _shares_place(doc: _DocumentNames, name: str) -> bool:
    """A bare list item that may share the place suffix or organ written after the run (秦州, 三水, 梁徐),
    unless it is a department's field or another body written short (公安、城管、东城街道: 公安, 城管 are no
    streets; 县公安 too; 消防、交警、供电、团委: SHORT_BODY_NAMES) and the document never writes it as a place
    (公安县 makes 公安 a place again)."""
    if not _is_bare_place(name):
        return False
    level = next((p for p in _LEVELS_LONGEST_FIRST if name.startswith(p) and len(name) > len(p)), "")
    body = name[len(level) :]  # (市监 starts with a level)
    field = name in _SHORT_BODIES or body in _SHORT_BODIES
    return not field or bool(doc.suffixes(name))


#: what a 、-run's bare item may be written as without being a place (_shares_place)
_SHORT_BODIES = frozenset((*DEPARTMENT_FIELDS, *SHORT_BODY_NAMES))


def _peel_place(head: str) -> tuple[str, str]:
    """Split a place into (stem, place suffixes): 张家川县区 → (张家川, 县区);
    县（市、区） → ('', 县（市、区）); a stem keeps two characters at least."""
    if head.endswith(("）", ")", "〕")):
        k = max(head.rfind("（"), head.rfind("("), head.rfind("〔"))
        if k > 0:
            stem, combo = _peel_place(head[:k])
            return stem, combo + head[k:]
    stem, combo = head, ""
    peeled = True
    while peeled:
        peeled = False
        for s in _SUFFIXES_LONGEST_FIRST:
            if stem.endswith(s) and (len(stem) - len(s) >= 2 or len(stem) == len(s) or _one_character_place(stem, s)):
                stem, combo = stem[: -len(s)], s + combo
                peeled = True
                break
    return stem, combo


def _one_character_place(name: str, suffix: str) -> bool:
    """A county of one character (浚县, 淇县, 滑县, 沛县): a suffix after one character is a place's
    only where the division table knows the name (城区, 郊区 are words too, so only 县)."""
    return suffix in ONE_CHARACTER_PLACE_SUFFIXES and len(name) == 1 + len(suffix) and bool(lookup_full(name))


def _zone_tail(name: str) -> str | None:
    """片区开发管理局 of 澳前片区开发管理局: a zone word after a place of two to
    four characters, and the organ after it."""
    for z in _ZONES_LONGEST_FIRST:
        k = name.find(z)
        if 2 <= k <= 4 and len(name) > k + len(z) and _ends_like_organ(name):
            return name[k:]
    return None


def _expand_run(doc: _DocumentNames, run: list[_Piece]) -> list[_Piece]:
    """Items of a 、-run share the organ (and, for bare names, the place
    suffix) written once after the last item:

    [秦州, 麦积区委] → [秦州区委, 麦积区委]; [各市, 县人民政府] → [各市人民政府,
    各县人民政府]; [城关区, 七里河区政府] → [城关区政府, 七里河区政府].
    """
    if len(run) < 2:
        return run
    last = run[-1].name
    fields = _field_run(run) or _level_word_run(run)
    if fields is not None:
        return fields
    if last.endswith(RUN_BRANCH_WORDS):
        return _branch_run(doc, run)
    if all(p.name in LEVEL_PREFIXES for p in run[:-1]) and _tier_group(last):
        # 市、县两级政府: the levels and their tier word make one group
        return [_Piece(run[0].i, run[-1].j, "、".join(p.name for p in run[:-1]) + "、" + last)]
    if not all(_shares_place(doc, p.name) for p in run[:-1]):
        return _expand_segments(doc, run)
    zone = _zone_tail(last)
    if zone and all(len(p.name) <= 4 and not _peel_place(p.name)[1] for p in run[:-1]):
        # 金井、澳前片区开发管理局 → 金井片区开发管理局, 澳前片区开发管理局
        return [_Piece(p.i, p.j, p.name + zone) for p in run[:-1]] + [run[-1]]
    organ = next((o for o in _RUN_ORGANS if last.endswith(o) and len(last) > len(o)), None)
    if organ is None:
        return _town_run(doc, run)
    stem, combo = _peel_place(last[: -len(organ)])
    if not combo:
        return run  # "县两级政府", "市经信委": the item before the organ is no place
    if organ in RUN_OFFICE_ORGANS and not any(combo.endswith(w) for w in SUB_COUNTY_WORDS):
        return run  # 办事处 is a town's office only after 街道 (市政府驻京办事处 is no place's)
    shared = next((w for w in SHARED_GROUP_PREFIXES if run[0].name.startswith(w)), "")
    # a zone's organ (恒口示范区管委会) is no county's or district's: 汉滨区、汉阴县、恒口示范区管委会 keeps 汉滨区, 汉阴县
    zone_organ = organ in ZONE_ORGANS and last[: -len(organ)].endswith(ZONE_WORDS)
    out = []
    for p in run[:-1]:
        p_stem, p_combo = _peel_place(p.name.removeprefix(shared) if shared else p.name)
        if zone_organ and p_combo and not p.name.endswith(ZONE_WORDS):
            name = p.name
        elif organ in RUN_OFFICE_ORGANS and p_combo and not p_combo.endswith(SUB_COUNTY_WORDS):
            name = p.name  # 城关镇、新城街道办事处: a town written whole is no street's office
        elif p_combo:
            name = p.name + organ  # 城关区 → 城关区政府
        else:
            name = p.name + _with_suffix(doc, p.name, combo) + organ  # 秦州 → 秦州区委
        if shared and not p_stem and not name.startswith(shared):
            name = shared + name
        out.append(_Piece(p.i, p.j, name))
    if stem:
        name = stem + _with_suffix(doc, stem, combo) + organ
    else:
        name = shared + last if not last.startswith(shared) else last
    out.append(_Piece(run[-1].i, run[-1].j, name))
    return out


#: what a 、-run's last item may write once for all: a place's organ, or a sub-county office's (办事处)
_RUN_ORGANS = tuple(sorted((*PLACE_ORGANS, *RUN_OFFICE_ORGANS), key=len, reverse=True))


def _split_level(name: str) -> tuple[str, str]:
    """(level, rest) of a name that starts with a level (县发改 → 县, 发改) or with the scope of a run of fields
    (本地区发展改革 → 本地区, 发展改革; RUN_SCOPES), else ("", name); a word made with a level character
    (市场监管部门) starts with none."""
    if name.startswith(RUN_SCOPES):
        scope = next(p for p in RUN_SCOPES if name.startswith(p))
        return (scope, name[len(scope) :]) if len(name) > len(scope) else ("", name)
    if name.startswith(LEVEL_CHAR_WORDS):
        return "", name
    level = next((p for p in _LEVELS_LONGEST_FIRST if name.startswith(p) and len(name) > len(p)), "")
    return level, name[len(level) :]


def _field_run(run: list[_Piece]) -> list[_Piece] | None:
    """A 、-run of department fields written short before a department of a field shares that department's
    ending, and the level written once on its first or last item: 商务、教育、卫生健康、民政部门 → 商务部门 …
    民政部门; 县发改、财政、住建局 → 县发改局, 县财政局, 县住建局. None when it is no such run."""
    level, rest = _split_level(run[-1].name)
    ending = next((e for e in FIELD_RUN_ENDINGS if rest.endswith(e) and len(rest) > len(e)), None)
    if ending is None or rest[: -len(ending)] not in _FIELDS:
        return None
    bodies = [_split_level(p.name) for p in run[:-1]]
    if not all(body in _FIELDS for _, body in bodies):
        return None
    level = level or bodies[0][0]
    out = [_Piece(p.i, p.j, (own or level) + body + ending) for p, (own, body) in zip(run, bodies, strict=False)]
    return [*out, _Piece(run[-1].i, run[-1].j, level + rest)]


def _level_word_run(run: list[_Piece]) -> list[_Piece] | None:
    """A 、-run of levels written as words before a body of the last one shares it: 设区市、县级燃气主管部门 →
    设区市燃气主管部门, 县级燃气主管部门. None when it is no such run."""
    if not all(p.name in RUN_LEVEL_WORDS for p in run[:-1]):
        return None
    level = next((w for w in RUN_LEVEL_WORDS if run[-1].name.startswith(w) and len(run[-1].name) > len(w) + 1), None)
    if level is None:
        return None
    body = run[-1].name[len(level) :]
    return [_Piece(p.i, p.j, p.name + body) for p in run[:-1]] + [run[-1]]


#: the department fields a 、-run may write short (_field_run)
_FIELDS = frozenset(DEPARTMENT_FIELDS)


def _expand_segments(doc: _DocumentNames, run: list[_Piece]) -> list[_Piece]:
    """Bare places share what the first whole name after them writes: 三水、罗塘街道办事处、娄庄镇人民政府
    → [三水, 罗塘街道办事处] + [娄庄镇人民政府]; 省政府、各市、县政府 → [省政府] + [各市, 县政府]."""
    out: list[_Piece] = []
    segment: list[_Piece] = []
    for p in run:
        segment.append(p)
        if not _shares_place(doc, p.name):
            out += _expand_run(doc, segment)
            segment = []
    return out + segment


def _tier_group(name: str) -> bool:
    """县两级政府, 县三级财政部门: a level, a tier word (LEVEL_TIER_WORDS) and a body after it."""
    level = next((p for p in _LEVELS_LONGEST_FIRST if name.startswith(p)), None)
    return level is not None and name.startswith(LEVEL_TIER_WORDS, len(level)) and len(name) > len(level) + 2


def _town_run(doc: _DocumentNames, run: list[_Piece]) -> list[_Piece]:
    """A 、-run of bare place names before a town or a street with no organ shares its suffix:
    [三水, 罗塘街道] → 三水街道, 罗塘街道; [梁徐, 娄庄镇] → 梁徐镇, 娄庄镇 (a sub-county place written
    alone names its office). Only these levels: 区 or 县 after a name may be a zone's (示范区)."""
    stem, combo = _peel_place(run[-1].name)
    if len(stem) < 2 or combo not in RUN_TOWN_SUFFIXES:
        return run
    if any(not 2 <= len(p.name) <= 4 or _peel_place(p.name)[1] or p.name.startswith(EACH_WORD) for p in run[:-1]):
        return run
    return [_Piece(p.i, p.j, p.name + combo) for p in run[:-1]] + [run[-1]]


def _branch_run(doc: _DocumentNames, run: list[_Piece]) -> list[_Piece]:
    """The company names of a 、-run before a branch named by its place share the place and the branch
    word: [电信, 移动, 联通姜堰分公司] → 电信姜堰分公司, 移动姜堰分公司, 联通姜堰分公司, where 姜堰 is a
    place (the document writes it with a place suffix, or the division table knows it). The items that
    share are the short bare ones (no organ, no place suffix) right before the branch; others stay."""
    last = run[-1].name
    branch = next(w for w in RUN_BRANCH_WORDS if last.endswith(w))
    k = len(run) - 1
    while k > 0 and 2 <= len(run[k - 1].name) <= 6 and _is_bare_place(run[k - 1].name):
        if _peel_place(run[k - 1].name)[1]:
            break
        k -= 1
    if k == len(run) - 1:
        return run
    head = last[: -len(branch)]
    for n in range(2, min(4, len(head) - 2) + 1):  # the place: 2-4 characters, after a name of 2 at least
        place = head[-n:]
        if doc.suffixes(place) or _known_place(place):
            return run[:k] + [_Piece(p.i, p.j, p.name + place + branch) for p in run[k:-1]] + [run[-1]]
    return run


def _known_place(name: str) -> bool:
    """Does the division table know ``name`` as a place's short name (姜堰, 邢台)?"""
    return bool(lookup_short(name))


def _names_organ(name: str) -> bool:
    """A place's or a group of levels' organ (秦州区委, 各乡镇党委), or a bare organ (政府: a chain of them)."""
    return (
        _BARE_ORGAN.match(name) is not None
        or _level_group_organ().match(name) is not None
        or _place_organ(name) is not None
    )


def _expand(doc: _DocumentNames, pieces: list[_Piece], links: list[str]) -> list[_Piece]:
    """Expand elliptical coordination.

    ``links[k]`` says how piece k+1 follows piece k: ``"dun"`` (、),
    ``"comma"`` (，；) or ``"conj"`` (和/及). Runs of 、-linked pieces share a
    suffix; a piece after 和 may be a bare organ (区政府) that is distributed
    over the run before it, or share that run's 各.
    """
    runs: list[tuple[str, list[_Piece]]] = []  # (link before the run, pieces)
    for k, p in enumerate(pieces):
        link = links[k - 1] if k else "comma"
        if link == "dun" and runs and _BARE_ORGAN.match(p.name) and _names_organ(runs[-1][1][-1].name):
            link = "conj"  # 秦州区委、区政府, 各乡镇党委、政府: the bare organ is read as after 和
        if link == "dun" and runs:
            runs[-1][1].append(p)
        else:
            runs.append((link, [p]))
    out: list[_Piece] = []
    prev: list[_Piece] = []  # what a bare organ after 和 distributes over
    for link, run in runs:
        tail = run  # the 、-run whose pieces may share a suffix
        expanded = _expand_run(doc, run)
        if link == "conj" and prev:
            p, rest = run[0], run[1:]
            before = prev[-1].name
            bare = _BARE_ORGAN.match(p.name)
            head = [p]
            if before.startswith(EACH_WORD) and not p.name.startswith(EACH_WORD) and p.name[:1] == before[1:2]:
                head = [_Piece(p.i, p.j, EACH_WORD + p.name)]
            elif bare and (over := _organ_over(doc, prev, bare, p)) is not None:
                head = over
            if head != [p]:
                tail = rest
                expanded = head + _expand_run(doc, rest)
        out.extend(expanded)
        # "秦州、麦积区委和区政府": 和 joins the whole elliptical run; in
        # "秦州区委和区政府、麦积区委和区政府" it joins the last piece only
        tail_expanded = expanded[len(expanded) - len(tail) :] if tail else []
        elliptical = len(tail) > 1 and [q.name for q in tail_expanded] != [q.name for q in tail]
        prev = tail_expanded if elliptical else expanded[-1:]
    return out


def _level_prefix(name: str) -> str | None:
    """The level prefix a name starts with (区 of 区教育局), or None when it
    starts with none, or with a word (市场监管局) or a party organ (市委…)."""
    if name.startswith(LEVEL_CHAR_WORDS):
        return None
    for p in _LEVELS_BY_FIRST.get(name[:1], ()):  # (those that start with its first character, longest first)
        if name.startswith(p) and len(name) > len(p) + 1:
            return None if name.startswith("委", len(p)) else p
    return None


_FIELD_DEPARTMENT = re_compile(
    r"^(?:" + "|".join(map(re.escape, sorted(DEPARTMENT_FIELDS, key=len, reverse=True))) + r")"
    r"(?:" + alternation(DEPARTMENT_FIELD_LINKS) + r")?(?:" + "|".join(map(re.escape, DEPARTMENT_ENDINGS)) + r")$"
)


def _is_bare_department(name: str, endings: tuple[str, ...] = DEPARTMENT_ENDINGS) -> bool:
    """A department written without its level (卫生健康局, 工业和信息化厅):
    no level character outside ordinary words, no own place or owner
    (厦门海关, 各区政府, 国家税务总局…, a company), a department ending (or one of ``endings``)."""
    if not 2 <= len(name) <= 12 or name.startswith(STANDALONE_MARKS) or not name.endswith(endings):
        return False
    return _LEVEL_OR_SUB_COUNTY.search(_without_level_words(name)) is None


#: the words ``_is_bare_department`` and ``_is_level_group`` look for (one search, not a test per word)
#: (run by re, the note in notice_parser.lexicon: each is searched in a name of at most 12 characters,
#: and the first's branches all start with a plain character)
_LEVEL_CHAR_WORD = re_compile(alternation(LEVEL_CHAR_WORDS))
_LEVEL_WORD = re_compile(alternation(LEVEL_PREFIXES))
_LEVEL_OR_SUB_COUNTY = re_compile(alternation((*LEVEL_PREFIXES, *SUB_COUNTY_WORDS)))


def _without_level_words(name: str) -> str:
    """``name`` without the ordinary words that hold a level character (城乡, 市场 …),
    removed one table word after the other."""
    if _LEVEL_CHAR_WORD.search(name) is None:
        return name  # (the common case: nothing to remove)
    for w in LEVEL_CHAR_WORDS:
        name = name.replace(w, "")
    return name


def _given_level(doc: _DocumentNames, prefix: str | None, name: str) -> str:
    """The level a bare name in a list is given back, or ``""`` (ANNOTATE: only where the list or the
    document makes it plain). One rule for every level: the level the document writes the name with in a
    list (``_written_level``: the list's own level ``prefix`` when the list writes one, any level when it
    writes none); and a level a list may lend (not one of WRITTEN_LEVEL_PREFIXES: 街道 lends nothing,
    街道办事处、应急管理局 is the district's 应急管理局) also to a name ``_lends_to`` accepts."""
    if prefix and doc.lends(prefix, name) and _lends_to(prefix, name):
        return prefix  # (asked first: it reads the name only, the document's writing reads the text)
    return _written_level(doc, name, (prefix,) if prefix else _WRITTEN_LEVELS)


def _lends_to(prefix: str, name: str) -> bool:
    """Does a list's level reach a bare name the document does not write with it? A bare department
    whose name is a known field (卫生健康局) or a short department name that names no province or
    city (商贸局, 环土局; not 山东银保监局); a 有关/相关 group (市…局及相关行业主管部门 →
    市相关行业主管部门); a people's body (妇联, 团委) and, below the county, an office (镇…、财政所 →
    镇财政所)."""
    if prefix.endswith("委"):
        return name in PARTY_DEPARTMENTS  # (市委 of 市委组织部: its own departments only)
    if prefix in INTERNAL_OWNERS:
        return _is_internal_section(name)  # (市局 of 市局安全生产科: its own sections only)
    if _is_level_group(name) or name in MASS_BODIES:
        return True
    if prefix in SUB_COUNTY_LEVELS and _is_sub_county_office(name):
        return True
    return _is_bare_department(name) and (
        _FIELD_DEPARTMENT.match(name) is not None
        or (len(name) <= SHORT_DEPARTMENT_MAX and not names_place(name) and _STANDALONE_OFFICE.search(name) is None)
    )


def _is_internal_section(name: str) -> bool:
    """A department's own section written bare (市容环卫科, 办公室, 安全生产科): an internal ending, no level, no
    place, no owner of its own."""
    return (
        2 <= len(name) <= 12
        and name.endswith(INTERNAL_SECTION_ENDINGS)
        and not name.startswith(INTERNAL_OWNERS)
        and _level_prefix(name) is None
        and _LEVEL_OR_SUB_COUNTY.search(_without_level_words(name)) is None
        and not names_place(name)
    )


def _internal_owner(name: str) -> str | None:
    """The owner a section's name starts with (市局 of 市局垃圾分类办, 厅 of 厅自然生态保护处), or None."""
    owner = next((o for o in INTERNAL_OWNERS if name.startswith(o)), None)
    return owner if owner is not None and _is_internal_section(name[len(owner) :]) else None


def _is_sub_county_office(name: str) -> bool:
    """财政所, 社会事务综合服务中心: a bare department with an office's ending that names no place."""
    return (
        _is_bare_department(name, SUB_COUNTY_OFFICE_ENDINGS)
        and _STANDALONE_OFFICE.search(name) is None
        and not names_place(name)
    )


#: the last characters of the levels and places a name may be written after (区财政局, 开发区党政办公室, 街道办):
#: an occurrence after one is no bare one (_DocumentNames.bare_count)
_LEVEL_LAST_CHARACTERS = frozenset(p[-1] for p in (*LEVEL_PREFIXES, *WRITTEN_LEVEL_PREFIXES, *PLACE_SUFFIXES))
#: the levels the document's writing may give back to a bare name in a list that writes none
_WRITTEN_LEVELS = (*LEVEL_PREFIXES, *WRITTEN_LEVEL_PREFIXES)
#: the words made with a level character that start with it (市场, 市政公用, 区域, 县级; not 城市, 城乡, 社区)
_LEVEL_OWN_WORDS = tuple(w for w in LEVEL_CHAR_WORDS if w.startswith(_WRITTEN_LEVELS))

#: a company's, a brand's or a vertically managed office's word (国网供电所, 派出所): it stands alone
_STANDALONE_OFFICE = re_compile(alternation(STANDALONE_OFFICE_WORDS))


def _written_level(doc: _DocumentNames, name: str, levels: tuple[str, ...] = _WRITTEN_LEVELS) -> str:
    """The one level of ``levels`` the document writes in a list before a bare department (教育局
    where it writes 市教育局、…, and no 区教育局; 社会事业局 where it writes 街道社会事业局), or ``""``.
    A level written once in prose (根据市教育局《…》) is no such evidence, and a name that starts with a
    level character (市场监管局: _LEVEL_OWN_WORDS) may be that level's own, and is left; a word that holds one
    further on (城市管理局, 城乡规划局) is no such name. A level a list does not lend (WRITTEN_LEVEL_PREFIXES)
    needs the name itself in a list: a street office's own notice writes 街道 in prose everywhere (，街道组织…;
    报街道城市管理办公室。) and its clauses name its offices bare (城市管理办公室牵头), as written."""
    if name.startswith(_LEVEL_OWN_WORDS) or not _is_bare_department(name):
        return ""
    found = [p for p in levels if doc.writes(p + name) and not doc.zone_only(p, name)]
    if len(found) != 1:
        return ""
    level = found[0]
    if doc.lists(level + name) or (doc.own_level(level) and doc.lists_level(level)):
        return level
    return ""


def _is_level_group(name: str) -> bool:
    """有关部门, 相关行业主管部门: a group with no level of its own."""
    if not name.startswith(LEVELLESS_GROUP_HEADS) or not name.endswith(GENERIC_BODIES) or len(name) > 12:
        return False
    return _LEVEL_WORD.search(_without_level_words(name)) is None


@cache
def _list_name(name: str) -> re.Pattern[str]:
    """``name`` (whitespace allowed between its characters) with a list mark before or after it."""
    body = r"\s*".join(re.escape(ch) for ch in name)
    return re_compile(rf"(?:{alternation(LIST_MARKS_BEFORE)})\s*{body}|{body}\s*(?:{alternation(LIST_MARKS_AFTER)})")


@cache
def _list_level(level: str) -> re.Pattern[str]:
    """``level`` after a list mark, not the start of a word made with it (市场)."""
    words = [w[len(level) :] for w in LEVEL_CHAR_WORDS if w.startswith(level) and len(w) > len(level)]
    not_word = rf"(?!{alternation(words)})" if words else ""
    return re_compile(rf"(?:{alternation(LIST_MARKS_BEFORE)})\s*{re.escape(level)}{not_word}[^\W\d_]")


class _DocumentNames:
    """What the unit rules look up in the whole document, computed on first
    need and kept on the parse's Context while units are split (release_names;
    never in a module cache keyed by whole texts): the place suffixes it writes after each place name, and
    whether it writes a name anywhere (whitespace closed up; a long list
    repeats its names, so each answer is kept); and the units each stretch
    read so far names (they depend on the stretch and these answers only)."""

    KEY = "units.document_names"

    def __init__(self, text: str) -> None:
        self.text = text
        self._gazetteer: dict[str, set[str]] | None = None
        self._places: dict[str, set[str]] = {}
        self._runs: dict[int, list[tuple[str, str]]] = {}
        self._squeezed: str | None = None
        self._seen: dict[str, bool] = {}
        self._counts: dict[str, int] = {}
        self._owners: dict[str, str] = {}
        self._all_owners: set[str] | None = None
        #: stretch → the units it names, (name, start, end) in the stretch
        self.units: dict[str, list[tuple[str, str, int, int]]] = {}
        #: the notice's issuers (note_issuers), when the pipeline has read them
        self.issuers: tuple[str, ...] = ()

    @classmethod
    def of(cls, ctx: Context) -> _DocumentNames:
        found = ctx.views.get(cls.KEY)
        if not isinstance(found, cls):
            found = ctx.views[cls.KEY] = cls(ctx.text)
            issuers = ctx.views.get(ISSUERS_KEY)
            if isinstance(issuers, tuple):
                found.issuers = issuers
        return found

    def suffixes(self, place: str) -> set[str]:
        """The place suffixes the document writes after ``place`` (what
        ``_gazetteer`` of the whole text gives for it). A document asks for a
        few places: each is read in the Han runs that hold it (a match of
        ``_PLACE_WRITTEN`` never leaves a run, and the scan starts afresh at
        each run's start); past ``_LAZY_PLACES`` places the whole text is read once."""
        if self._gazetteer is not None:
            return self._gazetteer.get(place, set())
        found = self._places.get(place)
        if found is None:
            if len(self._places) >= _LAZY_PLACES:
                self._gazetteer = _gazetteer(self.text)
                return self._gazetteer.get(place, set())
            found = self._places[place] = self._read_place(place)
        return found

    def _read_place(self, place: str) -> set[str]:
        out: set[str] = set()
        if not _PLACE_STEM.fullmatch(place):
            return out
        text = self.text
        q = text.find(place)
        while q >= 0:
            before = _NON_HAN_BEFORE.search(text, 0, q)
            after = _NON_HAN.search(text, q)
            r0 = before.end() if before else 0
            r1 = after.start() if after else len(text)
            out.update(suffix for stem, suffix in self._run(r0, r1) if stem == place)
            q = text.find(place, r1)
        return out

    def _run(self, r0: int, r1: int) -> list[tuple[str, str]]:
        """(place, suffix) of every match in the Han run ``[r0, r1)`` (its look-ahead sees the character after it)."""
        found = self._runs.get(r0)
        if found is None:
            found = self._runs[r0] = [(m.group(1), m.group(2)) for m in _PLACE_WRITTEN.finditer(self.text, r0, r1 + 1)]
        return found

    def own_level(self, level: str) -> bool:
        """Is ``level`` one a list may lend to a bare name of this document? Not 街道 (WRITTEN_LEVEL_PREFIXES),
        and not 区 in a notice a zone's body issued (石湾经济技术开发区管理委员会: its own bureaus are written
        bare, 经济发展局, 科技创新局, and a 区数据局 beside them is the district's: redteam12 shiwan, redteam9
        qingxi), where it is given back only to a name the document lists with it."""
        if level in WRITTEN_LEVEL_PREFIXES:
            return False
        return not (level in ZONE_LEVELS and self.zone_issued)

    def lends(self, level: str, name: str) -> bool:
        """May a list or a clause that writes ``level`` on one unit give it to the bare ``name`` beside it? Not
        街道 (own_level); and in a zone's notice, not 区 to a name the document writes bare elsewhere too (twice
        or more with no level before it: shiwan's 规划建设局, 经济发展局 are the zone's own, written bare in
        clause after clause), while a bureau written bare only in that list is the district's as the list says
        (（区经发局、财政局、市场监管局负责） → 区财政局, 区市场监管局)."""
        if level in WRITTEN_LEVEL_PREFIXES:
            return False
        return not (level in ZONE_LEVELS and self.zone_issued and self.bare_count(name) >= 2)

    def bare_count(self, name: str) -> int:
        """How often the document writes ``name`` (whitespace closed up) with no level or place before it
        (开发区党政办公室, 区财政局, 市财政局 are not bare)? (Each answer kept.)"""
        key = "\0\0\0" + name
        found = self._counts.get(key)
        if found is None:
            if self._squeezed is None:
                self._squeezed = squeeze(self.text)
            t, found, q = self._squeezed, 0, self._squeezed.find(name)
            while q >= 0:
                found += q == 0 or t[q - 1] not in _LEVEL_LAST_CHARACTERS
                q = t.find(name, q + len(name))
            self._counts[key] = found
        return found

    def zone_only(self, level: str, name: str) -> bool:
        """Is every ``level`` + ``name`` the document writes the end of a zone's name (新区经济发展局: the zone's
        own bureau, 区 closing 新区), so that it writes ``name`` with no level of its own? (Each answer kept.)"""
        if level not in ZONE_LEVELS:
            return False
        key = "\0\0\0\0" + level + name
        found = self._seen.get(key)
        if found is None:
            if self._squeezed is None:
                self._squeezed = squeeze(self.text)
            t, whole, found = self._squeezed, level + name, True
            q = t.find(whole)
            while q >= 0 and found:
                found = any(t.startswith(z, q + len(level) - len(z)) for z in _ZONES_LONGEST_FIRST if len(z) <= q + 1)
                q = t.find(whole, q + len(whole))
            self._seen[key] = found
        return found

    @property
    def zone_issued(self) -> bool:
        """Did a zone's body issue the notice (an issuer that names a zone and closes with its organ)?"""
        return any(_ZONE_ISSUER.search(i) for i in self.issuers)

    def section_owner(self, name: str) -> str:
        """The department a bare internal section (基础教育科, 督导室, 人事科) belongs to, or ``""``: the one
        department (a level and a field: 市教育局) the document writes it right after in a list elsewhere (（市教育局
        督导室牵头，基础教育科…配合）: 市教育局基础教育科; not a cover's 报省商务厅流通发展处, a 版记, nor two
        table cells side by side); else, for a section word a department's own office takes
        (OWNED_SECTION_ENDINGS: 科, 股, 处, 室, not 办公室, 中心, 所), the one department the document writes any
        of its sections after (a bureau's task table names its 人事科 bare beside 市教育局发展规划科 of the text).
        Two departments, or none, give nothing: the name stays as written (a street office's 党建工作办公室).
        (Each answer kept.)"""
        key = "\0\0\0\0\0" + name
        found = self._owners.get(key)
        if found is None:
            t = self.text
            owners = {d for q in _occurrences(t, name) if (d := _department_before(t, q)) and self.lists(d + name)}
            if not owners and name.endswith(OWNED_SECTION_ENDINGS) and not name.endswith(NOT_OWNED_SECTION_ENDINGS):
                owners = self._section_owners()
            found = self._owners[key] = next(iter(owners)) if len(owners) == 1 else ""
        return found

    def _section_owners(self) -> set[str]:
        """Every department the document writes an internal section after (市教育局 of 市教育局发展规划科)."""
        if self._all_owners is None:
            t = self.text
            self._all_owners = set()
            for m in _department_section().finditer(t):
                q = m.end(1)
                section = t[q : m.end()]
                if (d := _department_before(t, q)) and _is_internal_section(section) and self.lists(d + section):
                    self._all_owners.add(d)
        return self._all_owners

    def writes(self, name: str) -> bool:
        """Is ``name`` in ``squeeze(text)``? (Each answer kept: a long list repeats its names.)"""
        found = self._seen.get(name)
        if found is None:
            found = self._seen[name] = self._holds(name)
        return found

    def lists(self, name: str) -> bool:
        """Does the document write ``name`` in a list (市教育局、…; （责任单位：市教育局）), not only in prose
        (根据市教育局《…》)? A mark of LIST_MARKS_BEFORE before it or of LIST_MARKS_AFTER after it, whitespace
        closed up."""
        return self._found("\0" + name, _list_name(name))

    def lists_level(self, level: str) -> bool:
        """Does the document write a unit of ``level`` in a list (（市人社局牵头, 、区民政局): its
        jurisdiction's level, or one its lists name)? Not a word made with the level character (（市场监管局)."""
        return self._found("\0\0" + level, _list_level(level))

    def _found(self, key: str, pattern: re.Pattern[str]) -> bool:
        """Does ``pattern`` match the text? (kept under ``key``)"""
        found = self._seen.get(key)
        if found is None:
            found = self._seen[key] = pattern.search(self.text) is not None
        return found

    def _holds(self, name: str) -> bool:
        """``name in squeeze(self.text)``. Until a name is missed the text itself is asked (a name
        with no whitespace that it writes as it is is in the squeezed text too); the first miss
        makes a whitespace-free copy of the text and every later name is looked for in it, one
        scan. The copy (3.4 MB of a 5 MB notice) lives as long as this record: see release_names."""
        if self._squeezed is None:
            if name in self.text and squeeze(name) == name:
                return True
            self._squeezed = squeeze(self.text)
        return name in self._squeezed


#: the section words a department's own office ends in, which a bare section takes its department back by
#: (人事科, 督导室, 法规处, 财务股; not 办公室, which many a body has: 领导小组办公室)
OWNED_SECTION_ENDINGS = ("科", "股", "处", "室")
NOT_OWNED_SECTION_ENDINGS = ("办公室",)
#: the longest department (level and field) read before a section (市住房和城乡建设局, 4 to 12 characters)
_DEPARTMENT_MAX = 12


def _occurrences(t: str, name: str) -> Iterator[int]:
    q = t.find(name)
    while q >= 0:
        yield q
        q = t.find(name, q + len(name))


def _department_before(t: str, q: int) -> str:
    """The department of a level written right before ``t[q:]`` (市教育局 before 基础教育科), or ``""``: the
    longest stretch that is a level (市, 区, 县, 省 …) and a field's department (教育局, 农业农村局, 卫生健康委)."""
    run = 0  # (the Han characters right before q, at most _DEPARTMENT_MAX)
    while run < min(_DEPARTMENT_MAX, q) and "\u4e00" <= t[q - run - 1] <= "\u9fff":
        run += 1
    for k in range(run, 2, -1):
        d = t[q - k : q]
        level = _level_prefix(d)
        if level and _FIELD_DEPARTMENT.match(d[len(level) :]) is not None:
            return d
    return ""


@cache
def _department_section() -> re.Pattern[str]:
    """A department's ending and the section word after it (局…科, 委…处; compiled on first use)."""
    return re_compile(
        "("
        + alternation(DEPARTMENT_ENDINGS)
        + r")[\u4e00-\u9fff]{1,8}?"
        + "(?:"
        + alternation(OWNED_SECTION_ENDINGS)
        + ")"
    )


#: where the pipeline leaves the notice's issuers for the unit rules (note_issuers)
ISSUERS_KEY = "units.issuers"
#: a zone's body among the issuers: 石湾经济技术开发区管理委员会, 青溪经开区管委会, 高新区党工委
_ZONE_ISSUER = re_compile(rf"(?:{alternation(ZONE_WORDS)})(?:管理委员会|{alternation(ZONE_ORGANS)})")


def note_issuers(ctx: Context, issuers: list[str]) -> None:
    """Keep the notice's issuers for the unit rules of this parse (a zone's notice lends no 区)."""
    ctx.views[ISSUERS_KEY] = tuple(issuers)


def release_names(ctx: Context) -> None:
    """Let go of what the unit rules looked up in the whole document (a whitespace-free copy of
    it among them): the pipeline calls this when the units of the sections are split, before the
    region rules, and again after the tables' (which make their own record if they need one)."""
    ctx.views.pop(_DocumentNames.KEY, None)


@cache  # compiled on first use: only a list whose item starts with 各 or two levels reads it
def _level_group_head() -> re.Pattern[str]:
    """The group of places a department's name starts with: 各县（市、区）, 各县市区, 各区, 县（市、区）."""
    level = alternation(PLACE_SUFFIXES)
    return re_compile(
        rf"(?P<shared>{alternation(SHARED_GROUP_PREFIXES)})?(?:{level})+(?:[（(〔](?:{level})(?:、(?:{level}))*[）)〕])?"
    )


def _own_prefix(name: str) -> str | None:
    """What an item of a list writes before its department, for the bare items after it to take back
    (``_given_level``): its group of places (各县（市、区）of 各县（市、区）教育局, 各县市区 of
    各县市区卫生健康局, 县（市、区）; a group of one level needs its 各), its level (区 of 区教育局; 街道), or
    its party committee (市委 of 市委组织部: only a party department takes it, PARTY_DEPARTMENTS); else None."""
    if name.startswith(INTERNAL_OWNERS) and (owner := _internal_owner(name)):
        return owner  # 市局 of 市局垃圾分类办 (before its level: 市局 is no 市 of a bureau)
    if name.startswith(_GROUP_HEAD_STARTS) and (group := _group_prefix(name)):
        return group
    own = _level_prefix(name) or (
        next(w for w in WRITTEN_LEVEL_PREFIXES if name.startswith(w))
        if name.startswith(WRITTEN_LEVEL_PREFIXES)
        else None
    )
    if own:
        return own
    for level in _LEVELS_BY_FIRST.get(name[:1], ()):
        if name.startswith("委", len(level)) and name[len(level) + 1 :] in PARTY_DEPARTMENTS:
            return level + "委"
    return None


#: what a group of places (_group_prefix) starts with (one tuple, not one built per name)
_GROUP_HEAD_STARTS = (*SHARED_GROUP_PREFIXES, *PLACE_SUFFIXES)


def _group_prefix(name: str) -> str | None:
    """The group of places before a department (or a people's body): more than one level, or one after 各."""
    head = _level_group_head().match(name)
    if head is None:
        return None
    shared = head.group("shared")
    if not shared:  # (start 0)
        one_level = next((p for p in _LEVELS_BY_FIRST.get(name[:1], ()) if name.startswith(p)), "")
        if head.end() == len(one_level):
            return None  # one level alone: _level_prefix's
    start = len(shared or "")
    if any(name.startswith(LEVEL_CHAR_WORDS, k) for k in range(start, head.end())):
        return None  # 各市场监管所, 省市场监管局: a word made with a level character
    rest = name[head.end() :]
    return name[: head.end()] if rest in MASS_BODIES or _is_bare_department(rest) else None


def _restore_prefix(doc: _DocumentNames, pieces: list[_Piece], links: list[str]) -> list[_Piece]:
    """A list that writes the level once (区教育局、卫生健康局、民政局) gives
    it back to the bare departments after it (区卫生健康局, 区民政局); a
    comma starts a new group."""
    out, prefix = [], None
    for k, p in enumerate(pieces):
        if k and links[k - 1] == "comma":
            prefix = None
        own = _own_prefix(p.name)
        if own:
            prefix = own
        elif level := _given_level(doc, prefix, p.name):
            p = _Piece(p.i, p.j, level + p.name)  # (the list's level is not changed: the items after it keep theirs)
        elif not (_is_bare_department(p.name) or _is_level_group(p.name) or _STANDALONE_OFFICE.search(p.name)):
            prefix = None  # (a standalone office is passed over: 镇农业农村办、派出所、财政所 → 镇财政所)
        out.append(p)
    return out


_EACH_SHARING_KINDS = frozenset(EACH_SHARING_KINDS)
_EACH_SHARING_BODIES = frozenset(level + organ for level in EACH_SHARING_LEVELS for organ in ("", *EACH_SHARING_ORGANS))


def _each_group(name: str) -> bool:
    """A 各 group that names its organ (各镇人民政府, 各乡镇), not a bare place a 、-run shares an organ
    with (各乡、镇人民政府 → 各乡人民政府)."""
    return name.startswith(EACH_WORD) and _ends_like_organ(name)


def _shares_each(before: str, name: str) -> bool:
    """Does the 各 of ``before`` reach ``name``, a bare sub-county body after it? A 各 group that names
    its organ (各镇人民政府、街道办事处), or a bare 各-level before a bare level (各镇、街道 → 各街道)."""
    if _each_group(before):
        return True
    level = before.removeprefix(EACH_WORD)
    return level != before and level in EACH_SHARING_LEVELS and level != name and name in EACH_SHARING_LEVELS


def _each_head(name: str) -> str:
    """The 各 head of a group of a kind of institution (辖区各 of 辖区各中小学, 各 of 各幼儿园), or ``""``
    (各社区居委会 is no kind's: 各社区居委会、物业服务企业 keeps 物业服务企业 bare)."""
    head = next((h for h in EACH_SHARING_HEADS if name.startswith(h)), "")
    return head if head and name[len(head) :] in _EACH_SHARING_KINDS else ""


def _share_each(pieces: list[_Piece], links: list[str]) -> list[_Piece]:
    """A bare body of a level below the county (街道办事处, 街道) after a 各 group in a 、 or 和
    list shares its 各: 各镇人民政府、街道办事处 → 各镇人民政府, 各街道办事处; so does a bare kind of
    institution (EACH_SHARING_KINDS) after a group of another kind, with the group's whole head: 辖区各中小学、
    幼儿园 → 辖区各幼儿园.
    A comma starts a new group."""
    out: list[_Piece] = []
    for k, p in enumerate(pieces):
        before = out[-1].name if k else ""
        if links[k - 1 : k] != ["comma"] and k:
            if p.name in _EACH_SHARING_BODIES and _shares_each(before, p.name):
                p = _Piece(p.i, p.j, EACH_WORD + p.name)
            elif p.name in _EACH_SHARING_KINDS and (head := _each_head(before)):
                p = _Piece(p.i, p.j, head + p.name)
        out.append(p)
    return out


def _owned_bodies(pieces: list[_Piece], links: list[str]) -> list[_Piece]:
    """A body written after 和/及 or 、 that belongs to the unit before it: one after 其 (its:
    市自然资源和规划局及其派出机构 → 市自然资源和规划局派出机构, 各县（市、区）政府及其有关部门 →
    各县（市、区）政府有关部门), or a subordinate body after 各 (and a group of places)
    (SUBORDINATE_BODIES: 市公安局及各分局 → 市公安局各分局, 市生态环境局及各县（市、区）分局 →
    市生态环境局各县（市、区）分局). A comma starts a new group, and a 各 body after a 各 group is a
    group of its own, not that group's (各处室、各直属单位: a department's sections and its bodies)."""
    out: list[_Piece] = []
    for k, p in enumerate(pieces):
        before = out[-1].name if k else ""
        if k and links[k - 1] != "comma" and _ends_like_organ(before) and (body := _owned_body(p.name)):
            if body == p.name and before.startswith(EACH_WORD):
                out.append(p)
                continue
            p = _Piece(p.i, p.j, before + body)
        out.append(p)
    return out


def _owned_body(name: str) -> str:
    """What a body owned by the unit before it adds to that unit's name, or ``""`` (see ``_owned_bodies``)."""
    if name.startswith(SUBORDINATE_POINTERS[0]):  # 其
        rest = name[len(SUBORDINATE_POINTERS[0]) :]
        return rest if len(rest) >= 2 and (_ends_like_organ(rest) or rest in SUBORDINATE_BODIES) else ""
    if name.startswith(EACH_WORD) and name.endswith(SUBORDINATE_BODIES):
        places = name[len(EACH_WORD) :]
        body = next(b for b in SUBORDINATE_BODIES if name.endswith(b))
        places = places[: len(places) - len(body)]
        if not places or ((head := _level_group_head().match(places)) is not None and head.end() == len(places)):
            return name
    return ""


def share_clause_level(ctx: Context, roles: dict[str, list[Unit]]) -> dict[str, list[Unit]]:
    """A clause that writes one level on its units gives it back to the bare departments of its other
    parts that a list of that level reaches (``_lends_to``: a field or a short department name):
    （市人社局牵头，教育局、民政局配合） → 市教育局, 市民政局, as a list that writes the level once does
    (ANNOTATE: the prefix is plain from the document's lists). None is given by a clause of two levels
    (市教育局牵头，区财政局配合), to a name that stands alone (山东银保监局, 江门供电局), to one that starts
    with a level character (市场监管局: maybe that level's own) or to one the document writes with
    another level (教育局 where it writes 区教育局)."""
    levels = {_level_prefix(squeeze(u.raw)) for units in roles.values() for u in units}  # (as written in the clause)
    levels.discard(None)
    if len(levels) != 1:
        return roles
    level = levels.pop()
    assert level is not None
    doc = _DocumentNames.of(ctx)

    def takes(name: str) -> bool:
        if _level_prefix(name) is not None or name.startswith(LEVEL_CHAR_WORDS) or not _is_bare_department(name):
            return False
        if not doc.lends(level, name):
            return False  # (a zone's notice: its own bureaus, written bare elsewhere, beside the district's 区数据局)
        if not _lends_to(level, name):
            return False
        return not any(doc.writes(p + name) for p in LEVEL_PREFIXES if p != level)

    return {
        role: [u.model_copy(update={"name": level + u.name}) if takes(u.name) else u for u in units]
        for role, units in roles.items()
    }


#: the marks around a page number (— 4 —, - 4 -, · 4 ·): the dashes and dots, with ― and ・, what a GB2312 text
#: decoded otherwise than as GBK gives for — and · (readers/html.py)
PAGE_NUMBER_MARKS = "—―－\\-–─·•・"
#: a page break of a text extracted from a PDF, inside a paragraph: the blank lines at a page's foot, its
#: page number (— 4 —, - 4 -, 第4页), the form feed and the next page's running header (黔府办发〔2025〕8号), which a
#: gazette writes on two lines, its name and its issue (江临省人民政府公报 ⏎ 2025年第7期, either way round)
PAGE_BREAK = (
    rf"\n(?:[ \t\u3000]*\n)*[ \t\u3000]*(?:[{PAGE_NUMBER_MARKS}]*[ \t]*\d{{1,4}}[ \t]*[{PAGE_NUMBER_MARKS}]*"
    r"|第\d{1,4}页(?:[,，/／]?共\d{1,4}页)?)"
    r"[ \t\u3000]*\n?\f[ \t\u3000]*[^\n\f]{0,60}\n"
    r"(?:[ \t\u3000]*(?:[^\n\f]{0,30}公报|(?:\d{4}[ \t]*年[ \t]*)?第[ \t]*\d{1,4}[ \t]*期[^\n\f]{0,12})[ \t\u3000]*\n)?"
    r"(?:[ \t\u3000]*\n)*"
    # a text saved without form feeds keeps the page's foot alone: a marked page number between blank lines
    # (相关社区居 ⏎⏎ — 1 — ⏎⏎ 委会: redteam12 wugang; ― 1 ―, ・1・ of a GB2312 text)
    rf"|\n(?:[ \t\u3000]*\n)+[ \t\u3000]*[{PAGE_NUMBER_MARKS}]+[ \t]*\d{{1,4}}[ \t]*[{PAGE_NUMBER_MARKS}]+[ \t\u3000]*\n"
    r"(?:[ \t\u3000]*\n)+"
)
#: the characters a page break holds one of at least (a form feed, a page number's mark)
PAGE_BREAK_MARKS = "\f" + PAGE_NUMBER_MARKS.replace("\\", "")


@cache  # compiled on first use: only a unit list or a clause that holds a form feed or a dash reads it
def page_break() -> regex.Pattern[str]:
    return regex_compile(PAGE_BREAK)


def may_hold_page_break(text: str, start: int = 0, end: int | None = None) -> bool:
    """Does ``text[start:end]`` hold a character every page break holds (PAGE_BREAK_MARKS)? (bounded
    searches: no copy of the stretch; in a long text, asked at every line of a label run, a bisection
    of where the marks are, found once per text: ``_marks_in``)"""
    if len(text) < _MARKS_INDEXED_FROM or start < 0 or (end is not None and end < 0):
        return any(text.find(c, start, end) >= 0 for c in PAGE_BREAK_MARKS)
    marks = _marks_in(text)
    k = bisect.bisect_left(marks, start)
    return k < len(marks) and marks[k] < (len(text) if end is None else end)


#: a text this long keeps where its page-break marks are (``_marks_in``); a shorter one is searched each time
_MARKS_INDEXED_FROM = 4096
#: (the text, where its PAGE_BREAK_MARKS characters are): the last long text asked about (the parse's whole text)
_MARKS_OF: list = [None, []]


def _marks_in(text: str) -> list[int]:
    """The sorted offsets of the PAGE_BREAK_MARKS characters in ``text``, found once for the text at hand."""
    if _MARKS_OF[0] is not text:
        _MARKS_OF[0], _MARKS_OF[1] = text, [m.start() for m in _page_break_mark().finditer(text)]
    return _MARKS_OF[1]


@cache  # compiled on first use: only a long text with a unit list or a label run asks
def _page_break_mark() -> re.Pattern[str]:
    return re_compile("[" + re.escape(PAGE_BREAK_MARKS) + "]")


def without_page_breaks(text: str) -> str:
    """``text`` with the page breaks inside it (PAGE_BREAK) blanked: same length, same offsets."""
    if "\n" not in text or not may_hold_page_break(text):
        return text
    return page_break().sub(lambda m: " " * len(m.group()), text)


def split_units(ctx: Context, start: int, end: int) -> list[Unit]:
    """Units named in ``ctx.text[start:end]``, in order, expanded. What a
    stretch names depends on the stretch and the document only, so each
    stretch is read once per parse (a notice repeats its unit lists). A page
    break inside it (PAGE_BREAK) is read as blank space: 省人力资源 ⏎ - 4 - ⏎ 黔府办发〔2025〕8号 ⏎ 社会保障厅."""
    doc = _DocumentNames.of(ctx)
    stretch = ctx.text[start:end]
    found = doc.units.get(stretch)
    if found is None:  # (the raws cut once: a stretch read again gives the same string objects)
        found = doc.units[stretch] = [
            (n, stretch[a:b], a, b) for n, a, b in _read_units(doc, without_page_breaks(stretch))
        ]
    # every field given: the units share one set of field names (with_canonical sets the last three)
    # (model.built: names and raws are strings cut here, every span is ordered (CompactView.to_span))
    return [
        built(Unit, {"name": n, "raw": raw, "span": (start + a, start + b), **_UNRESOLVED}) for n, raw, a, b in found
    ]


_UNRESOLVED = {"canonical": None, "group": False, "adcode": None}


def _read_units(doc: _DocumentNames, text: str) -> list[tuple[str, int, int]]:
    """(name, start, end) of the units ``text`` names, in order, expanded."""
    view = CompactView.of(text, 0, len(text))
    compact = view.compact
    spans = [
        cut
        for a, b in _split_compact(compact)
        for piece in _split_at_spaces(text, view, a, b)
        for cut in _split_concatenated(compact, *piece)
    ]
    pieces: list[_Piece] = []
    links: list[str] = []
    for a, b in spans:
        a, b = _clean(compact, a, b)
        if b <= a:
            continue
        name = compact[a:b]
        if pieces:
            gap = compact[pieces[-1].j : a]
            links.append(
                "dun"
                if gap.strip("。，,") in ("、",)
                else "comma"
                if any(c in gap for c in "，,；;")
                else "conj"
                if gap
                else "dun"
            )
        # "X等有关部门": the group after 等 is a unit of its own
        m = _etc_group().search(name) if ETC_WORD in name else None
        if m and m.start() > 0:
            pieces.append(_Piece(a, a + m.start(), name[: m.start()]))
            links.append("comma")
            pieces.append(_Piece(a + m.start(1), b, m.group(1)))
        else:
            pieces.append(_Piece(a, b, name))
    pieces = _owned_bodies(_share_each(_restore_prefix(doc, pieces, links), links), links)
    pieces = _sibling_place(doc, pieces, links)
    units = []
    for p in _expand(doc, pieces, links):
        name = p.name
        if _names_person(name):
            continue  # 分管副县长, 县委常委、常务副县长周立新: a person, no unit
        if (
            name.endswith(("）", ")"))
            and (k := max(name.rfind("（"), name.rfind("("))) > 0
            and _names_person(name[k + 1 : -1])
        ):
            name = name[:k]  # 县住建局（局长李四）: the aside names the person who answers for the unit
        if (
            _is_internal_section(name)
            and _STANDALONE_OFFICE.search(name) is None
            and (owner := doc.section_owner(name))
        ):
            name = owner + name  # 基础教育科 of a notice that writes 市教育局基础教育科: ANNOTATE's dropped prefix
        if any(c.isalnum() for c in name):  # (not empty, nor a placeholder: a table cell's —, ／, -- names no unit)
            units.append((name, *view.to_span(p.i, p.j)))
    return units


def _sibling_place(doc: _DocumentNames, pieces: list[_Piece], links: list[str]) -> list[_Piece]:
    """A department written with its level alone after a 、 gives back the place the unit before it writes with
    that level (磐城区人民政府、区住建局 → 磐城区住建局; 祁岭县市场监管局、县公安局 → 祁岭县公安局), as a bare organ
    does (秦州区委、区政府: ``_organ_over``), when the place is below the issuer's own (the issuer's place written
    with its level, 天水市人民政府、市环保局, is the jurisdiction every unit is in: the name stays as written)."""
    out: list[_Piece] = []
    for k, p in enumerate(pieces):
        if k and links[k - 1] == "dun" and (place := _place_before(doc, out[-1].name, p.name)):
            p = _Piece(p.i, p.j, place + p.name)
        out.append(p)
    return out


def _place_before(doc: _DocumentNames, before: str, name: str) -> str:
    """The place (磐城 of 磐城区人民政府) ``before`` writes before the one-character level ``name`` starts with, or ``""``."""
    level = name[:1]
    if _level_prefix(name) != level or level not in SIBLING_PLACE_LEVELS or _BARE_ORGAN.match(name):
        return ""
    if not _is_bare_department(name[1:]) or before.startswith((EACH_WORD, *LEVEL_PREFIXES)):
        return ""
    if _STANDALONE_OFFICE.search(before) is not None or _names_person(before):
        return ""  # 国网德清县供电公司、县经信局: a company's name holds the place (常务副县长周立新: a post's)
    for k in range(2, 5):
        if before[k : k + 1] == level and len(before) > k + 1:
            place = before[:k]
            if (place + level).endswith(ZONE_WORDS):
                return ""  # 高新区管委会、区财政局: a zone's organ, whose bureaus the rule does not name
            if level in doc.suffixes(place) and not any(place + level in i for i in doc.issuers):
                return place
            return ""
    return ""


def _names_person(name: str) -> bool:
    """Is ``name`` a person: a post (PERSON_POSTS: 分管副县长, 县委常委, 办公室主任), or a post a person's name of
    two or three characters follows (常务副县长周立新, 局长李四; not 市长热线, nor a place that starts with the post's
    长: 西安市长安区, 湖南省长沙市)? A body's name (…委员会, …常委会, 领导小组) is none, nor is a group of cadres
    assigned to places (CADRE_GROUP_HEADS: 各包村领导)."""
    if len(name) > 16 or name.startswith(CADRE_GROUP_HEADS):
        return False
    if name.endswith(PERSON_POSTS):
        return True
    if _ends_like_organ(name):
        return False
    for n in (2, 3):
        head, tail = name[:-n], name[-n:]
        if len(name) > n + 1 and head.endswith(PERSON_NAMED_POSTS) and tail not in NOT_PERSON_NAMES:
            if tail.endswith(PERSON_NAME_PLACE_ENDINGS) or lookup_short(head[-1] + tail):
                return False  # 西安市长安区, 某县长岭乡, 湖南省长株潭: a place whose name starts with the post's 长
            return all("\u4e00" <= c <= "\u9fff" for c in tail)
    return False
