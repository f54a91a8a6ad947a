"""Responsibility clauses: find them, and read who takes which role.

A clause is a bracketed stretch ``（…）`` / ``【…】`` (full- or half-width),
or a role label that starts a line or a sentence (``责任单位：X``), whose
parts all assign roles:

* labelled parts ``牵头单位：X、Y`` run to the next label, so a comma inside
  one part separates units, not roles; neutral labels (``完成时限：``,
  ``责任领导：``) end a part and assign nothing;
* verb parts ``X、Y牵头`` / ``Z按职责分工负责`` are split on ，；; a unit list
  with no verb takes the role of the next part that has one
  (``A、B，各县人民政府按职责分工负责``);
* a part that is a time phrase or a score (``6月底完成``, ``0.5分``) is let
  through, but a clause needs at least one role part;
* ``列第一位者为牵头单位`` and ``以下均需X落实，不再列出`` are document-wide
  rules, returned for the caller to apply from here on.

Label lines that follow each other (``牵头单位：X ⏎ 配合单位：Y ⏎ 完成时限：Z``)
are one clause. A label is only a label when a colon follows it, so a unit
whose own name contains 牵头单位 ("工作专班牵头单位牵头") is a unit.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from functools import cache

import regex

from ..compiled import re_compile, regex_compile
from ..lexicon import RE_SPACE_CHARS, alternation
from ..lexicon.markers import CN_ONE_TO_TEN
from ..lexicon.roles import (
    ALTERNATIVE_WORDS,
    ANNEX_POINTER_SENTENCE,
    BY_WHOM_WORD,
    CHAIN_VERBS,
    CLAUSE_BRACKETS,
    CONJUNCTIONS,
    DIVISION_LABELS,
    DIVISION_LEAD_ANYWHERE,
    DIVISION_LEAD_START,
    DIVISION_MANNER,
    DIVISION_PENDING,
    DIVISION_SUPPORTING,
    DIVISION_VERB,
    DUTY_PERSON_NEXT,
    DUTY_PHRASE,
    DUTY_WORD,
    ETC_WORD,
    FIRST_LISTED_LEADS,
    LABEL_BRACKETS,
    LABEL_PATTERN,
    LEAD,
    NEUTRAL_LABELS,
    NEUTRAL_NOTE_STEMS,
    NEUTRAL_NOTES,
    NEUTRAL_PART_WORDS,
    OFFICE_END_CHARS,
    ORGAN_SUFFIXES,
    ORGANISATION_KINDS,
    ORGANISATION_WORD,
    PLAIN_TIME_PART_COMPLETION_WORDS,
    PLAIN_TIME_PART_DATE_CHARACTERS,
    RESPONSIBLE,
    ROLE_LABELS,
    ROLE_MANNER,
    ROLE_VERBS,
    ROLELESS_VERBS,
    SENTENCE_CLAUSE_LEADING_ADVERBS,
    SENTENCE_CLAUSE_LEADING_STOPS,
    SENTENCE_CLAUSE_STOP_NAME_WORDS,
    SENTENCE_CLAUSE_STOPS,
    SENTENCE_CLAUSE_VERB_HINTS,
    STANDING_RULE,
    SUPERVISING_VERBS,
    SUPPORT_PHRASE,
    SUPPORT_PHRASE_ENDS,
    SUPPORTING,
    TASK_SENTENCE_MARKS,
    TIME_IN_PIECE,
    WEAK_LEAD_VERBS,
    WEAK_SUPPORTING_VERBS,
)
from ..model import WarningCode
from ..spans import INDENT_CHARS, INLINE_BLANKS, NON_WHITESPACE_RUN, WHITESPACE, WHITESPACE_CHARS, squeeze
from .context import Context
from .units import may_hold_page_break, page_break

#: every label a clause may start with (a colon or a bracket always closes it, so only one can
#: fit: lexicon.roles.LABEL_PATTERN, written by the labels' grammar, compiles in 1 ms)
_LABEL_WORDS = LABEL_PATTERN
_LABEL = regex_compile(r"(?P<label>" + _LABEL_WORDS + r")\s*[：:]\s*")
_VERB_TOKEN = alternation({*ROLE_VERBS, *CHAIN_VERBS}) + "|" + ROLE_MANNER
#: a unit list's closing chain of role verbs and manner words: 牵头负责,
#: 按职能分工负责, 负责配合, 配合落实, 具体实施
_VERB_END = regex_compile(r"(?P<verb>(?:" + _VERB_TOKEN + r")+)[。.]?$")


@cache  # compiled on first use (1.2 ms): only a clause whose units end in a chain of verbs reads it
def _verb_tokens() -> regex.Pattern[str]:
    return regex_compile(_VERB_TOKEN)


_FIRST_LISTED = regex_compile(FIRST_LISTED_LEADS)
#: (patterns that start with a word, are anchored or are one class are run by ``re``: see notice_parser.lexicon)
_STANDING = re_compile(STANDING_RULE)
_PART_SPLIT = re_compile(r"[，,；;。]")
#: parts that may sit in a clause without assigning a role
_NEUTRAL_PART = re_compile(
    rf"""^(?:
        .{{0,20}}?(?:{alternation(NEUTRAL_PART_WORDS)})[^：:]{{0,16}}  # a time phrase
      | [0-9０-９.．]+分                                             # a score
      | (?:{alternation(NEUTRAL_NOTES)}) | (?:{alternation(NEUTRAL_NOTE_STEMS)})[^{RE_SPACE_CHARS}]{{0,4}}  # a note
    )$""",
    re.VERBOSE,
)
_OPEN, _CLOSE = "".join(pair[0] for pair in CLAUSE_BRACKETS), "".join(pair[1] for pair in CLAUSE_BRACKETS)
#: an aside in a unit name: 各县（市、区）政府, and in a bracketed clause, where the aside takes the other
#: bracket: 市市场监管局〔知识产权局〕, 市委组织部［市委人才办］
_ASIDE = re_compile(r"[（(〔［][^（()）〔〕［］]*[)）〕］]")
_LIST_SEPARATOR = re_compile(r"[、，,]")
#: a label the lexicon does not know, after a part separator: 适用范围：
#: (tried right after each separator by ``_any_labels``: the separators are ``_PART_SPLIT``'s)
_ANY_LABEL = regex_compile(r"\s*(?P<label>\p{Han}{2,6})\s*[：:]\s*")
#: where a label may start a clause outside brackets: after a line start or a sentence
#: end (the character before it), a label after its indent (``_label_starts``)
_INDENT = re_compile("[" + INDENT_CHARS + "]*")
_LABEL_FIRST = frozenset(w[0] for w in (*ROLE_LABELS, *NEUTRAL_LABELS) if w)
#: a line break or sentence end, its indent, and a label with its colon: where a label starts (the
#: label looked ahead for by the pattern: a Python call per place cost more on label-dense text)
_LABEL_FIRST_CLASS = "[" + re.escape("".join(sorted(_LABEL_FIRST))) + "]"
#: (a class first: run by re, regex's \s as RE_SPACE_CHARS)
_LABEL_START_AFTER = re_compile(
    r"[\n。；;]["
    + INDENT_CHARS
    + "]*(?="
    + _LABEL_FIRST_CLASS
    + r")(?=(?:"
    + _LABEL_WORDS
    + r")["
    + RE_SPACE_CHARS
    + r"]*[：:])"
)


@dataclass
class RolePart:
    role: str
    start: int  # the unit list, in text offsets
    end: int


@dataclass
class Clause:
    start: int  # the clause as a whole (brackets included)
    end: int
    parts: list[RolePart] = field(default_factory=list)
    first_listed_leads: bool = False  # 列第一位者为牵头单位 stated here
    standing: tuple[str, int, int] | None = None  # (role, start, end) of a standing rule's units
    labelled: bool = False  # written with labels (牵头单位：…), not verbs
    bare: bool = False  # a plain unit list with no role word (a lead only under 列第一位者)


class _Taken:
    """Text already read as a clause: the union of spans, kept as sorted
    disjoint stretches so that "is this offset taken?" is a bisection."""

    def __init__(self) -> None:
        self._starts: list[int] = []
        self._ends: list[int] = []

    def holds(self, pos: int) -> bool:
        if not self._ends or pos >= self._ends[-1]:
            return False  # past every stretch (the common case: text is read in order)
        k = bisect.bisect_right(self._starts, pos)
        return k > 0 and pos < self._ends[k - 1]

    def add(self, a: int, b: int) -> None:
        if b <= a:
            return
        if not self._ends or a > self._ends[-1]:  # after every stretch, not touching the last
            self._starts.append(a)
            self._ends.append(b)
            return
        lo = bisect.bisect_left(self._ends, a)  # the stretches that touch or overlap [a, b]
        hi = bisect.bisect_right(self._starts, b)
        if lo < hi:
            a, b = min(a, self._starts[lo]), max(b, self._ends[hi - 1])
        self._starts[lo:hi] = [a]
        self._ends[lo:hi] = [b]


#: what a piece of a clause does not start with, and what it does not end with
_STRIP_HEAD = WHITESPACE | frozenset("，,；;。：:")
_STRIP_TAIL = WHITESPACE | frozenset("，,；;。" + _OPEN)


def _strip(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a] in _STRIP_HEAD:
        a += 1
    while b > a and text[b - 1] in _STRIP_TAIL:
        b -= 1
    return a, b


def _has_colon(text: str, a: int, b: int) -> bool:
    """A label needs its colon: without one in ``text[a:b]`` no label pattern can match there."""
    return text.find("：", a, b) >= 0 or text.find(":", a, b) >= 0


def _is_neutral(s: str) -> bool:
    return _NEUTRAL_PART.match(squeeze(s)) is not None


_TIME_IN_PIECE = re_compile(TIME_IN_PIECE)


def _looks_like_units(s: str) -> bool:
    """A list of organisation names with no role word: 省环保厅、省发展改革委 (not a time phrase that
    ends in one: 结果于9月中旬前报市政府)"""
    plain = _ASIDE.sub("", squeeze(s))  # 各县（市、区）政府
    if _TIME_IN_PIECE.search(plain):
        return False
    items = [i for i in _LIST_SEPARATOR.split(plain) if i]
    return bool(items) and all(i.removesuffix(ETC_WORD).endswith(ORGAN_SUFFIXES) and len(i) <= 30 for i in items)


def _pieces(text: str, a: int, b: int):
    pos = a
    for sep in _PART_SPLIT.finditer(text, a, b):
        yield _strip(text, pos, sep.start())
        pos = sep.end()
    yield _strip(text, pos, b)


_WEAK_VERBS = frozenset((*WEAK_LEAD_VERBS, *WEAK_SUPPORTING_VERBS))


def chain_role(chain: str) -> str | None:
    """The role a chain of role verbs names, or None when it holds no role
    verb: a supporting verb wins (负责配合, 配合落实), then a lead verb
    (牵头负责), else responsible (具体实施, 按职责分工负责).

    >>> chain_role("负责配合"), chain_role("牵头负责"), chain_role("按职能分工负责"), chain_role("分工")
    ('supporting', 'lead', 'responsible', None)
    >>> chain_role("协同"), chain_role("协同推进"), chain_role("统筹协调")
    ('supporting', 'responsible', 'lead')
    >>> chain_role("牵头协调"), chain_role("负责协调"), chain_role("牵头负责协同"), chain_role("配合协调")
    ('lead', 'responsible', 'lead', 'supporting')
    >>> chain_role("督导"), chain_role("督促"), chain_role("负责督导"), chain_role("加强督促")
    ('lead', 'lead', 'responsible', None)
    """
    tokens = [t for t in _verb_tokens().findall(chain) if ROLE_VERBS.get(t) or CHAIN_VERBS.get(t)]
    # a weak lead verb (统筹) leads, and a weak supporting one (协同) helps, only when it closes the chain
    tokens = [t for k, t in enumerate(tokens) if t not in _WEAK_VERBS or k == len(tokens) - 1]
    if len(tokens) > 1 and tokens[-1] in WEAK_SUPPORTING_VERBS:
        tokens.pop()  # and only when it is the only role verb: 牵头协调 leads, 负责协同 is responsible
    roles = [ROLE_VERBS.get(t) or CHAIN_VERBS.get(t) for t in tokens]
    if not roles:
        return LEAD if chain in SUPERVISING_VERBS else None  # 市发展改革委督导 (alone: it oversees, as 指导)
    for role in (SUPPORTING, LEAD):
        if role in roles:
            return role
    return RESPONSIBLE


def _verb_split(text: str, pa: int, pb: int, piece: str | None = None) -> tuple[str, int] | None:
    """``(role, end of the units)`` when ``text[pa:pb]`` (``piece``: it
    compacted) ends in a role verb (a chain of them: the verb never stays in
    the unit's name)."""
    if piece is None:
        piece = squeeze(text[pa:pb])
    vm = _VERB_END.search(piece)
    if not vm or vm.start() == 0:
        return None
    chain, start = vm.group("verb"), vm.start()
    if chain.startswith(_ORGANISATION) and piece.endswith(ORGANISATION_KINDS, 0, start):
        chain, start = chain[len(_ORGANISATION) :], start + len(_ORGANISATION)  # 辖区各党组织参与: 组织 ends the name
    role = chain_role(chain) if chain else None
    if role is None:
        return None
    duty = piece.rfind(_DUTY, 0, start)
    if duty > 0 and _DUTY_TASK_MIN <= start - duty - len(_DUTY) <= _DUTY_TASK_MAX:
        task = piece[duty + len(_DUTY) : start]  # (a task word, not a unit's name: 工程 of 负责工程实施)
        if not task.endswith(ORGAN_SUFFIXES) and _division_list(piece[:duty]):
            return RESPONSIBLE, _nth_non_space(text, pa, pb, duty)  # 市水务集团负责工程实施: 负责 and its task
    return role, _nth_non_space(text, pa, pb, start)


#: 负责 before the task word a verb chain closes (负责工程实施): the units end before it (redteam12 liyang)
_DUTY, _DUTY_TASK_MIN, _DUTY_TASK_MAX = DUTY_WORD, 2, 4
#: the manner word that is also the noun closing a unit's name after ORGANISATION_KINDS (党组织, 社会组织)
_ORGANISATION = ORGANISATION_WORD


def _nth_non_space(text: str, a: int, b: int, k: int) -> int:
    """The offset of the ``k``-th (from 0) non-whitespace character of ``text[a:b]``, or ``b``."""
    for run in NON_WHITESPACE_RUN.finditer(text, a, b):
        if k < run.end() - run.start():
            return run.start() + k
        k -= run.end() - run.start()
    return b


def _compact_pieces(text: str, a: int, b: int) -> list[tuple[int, int, str]]:
    """The pieces of ``text[a:b]`` that are not empty, each with its text compacted (read by both
    the neutral and the verb tests)."""
    return [(x, y, squeeze(text[x:y])) for x, y in _pieces(text, a, b) if y > x]


def _label_part(
    text: str, role: str, a: int, b: int, pieces: list[tuple[int, int, str]] | None = None
) -> list[RolePart]:
    """A labelled unit list (``pieces``: its ``_compact_pieces`` when the caller has them); a
    piece of it that ends in a role verb takes the verb's role: 责任单位：市发展改革委牵头，市财政局
    → lead, responsible."""
    if pieces is None:
        pieces = _compact_pieces(text, a, b)
    verbs = [
        _verb_split(text, x, y, piece) or (k > 0 and _duty_split(text, x, y, piece))
        for k, (x, y, piece) in enumerate(pieces)
    ]
    if not any(verbs):
        return [RolePart(role, a, b)]
    return [RolePart(v[0], x, v[1]) if v else RolePart(role, x, y) for (x, y, _), v in zip(pieces, verbs, strict=True)]


def _duty_split(text: str, pa: int, pb: int, piece: str) -> tuple[str, int] | None:
    """``(responsible, end of the units)`` when a later piece of a label's list reads <units>负责<task>
    (配合：市国资委、市司法局，各县（市、区）人民政府负责本辖区清欠工作): its units answer for their own part."""
    duty = piece.find(DUTY_WORD)
    if duty <= 0 or piece.startswith(DUTY_PERSON_NEXT, duty + len(DUTY_WORD)):
        return None
    if not piece.endswith((*ORGAN_SUFFIXES, *OFFICE_END_CHARS), 0, duty):
        return None
    return RESPONSIBLE, _nth_non_space(text, pa, pb, duty)


def _role_units(text: str, role: str, a: int, b: int) -> list[RolePart]:
    """The units of one role label's part ``text[a:b]`` (stripped, not empty): a trailing time
    phrase inside it is not a unit, so the part ends before its first neutral piece that is no
    unit list."""
    pieces = _compact_pieces(text, a, b)
    for x, _, piece in pieces:
        if _NEUTRAL_PART.match(piece) and not _division_list(piece):
            a, b = _strip(text, a, x)
            return _label_part(text, role, a, b) if b > a else []
    return _label_part(text, role, a, b, pieces)  # (its own pieces: _strip leaves text[a:b] as it is)


def parse_clause(text: str, a: int, b: int) -> Clause | None:
    """Read the roles of ``text[a:b]`` (the inside of a bracket), or None."""
    clause = Clause(a, b)
    inner_end = _read_conventions(text, a, b, clause)
    labels = list(_LABEL.finditer(text, a, inner_end)) if _has_colon(text, a, inner_end) else []
    if labels:
        return _labelled(text, a, inner_end, labels, clause)
    return _verb_notation(text, a, inner_end, clause, helps=True)


def _read_conventions(text: str, a: int, b: int, clause: Clause) -> int:
    """Note in ``clause`` the 列第一位者为牵头单位 convention and a standing rule
    stated in ``text[a:b]``; return where the unit lists end (before them)."""
    inner_end = b
    m = _FIRST_LISTED.search(text, a, b)
    if m:
        clause.first_listed_leads = True
        inner_end = m.start()  # the convention sentence is not a unit list
    s = _STANDING.search(text, a, inner_end)
    if s:
        clause.standing = (chain_role(s.group("verb")) or RESPONSIBLE, s.start("units"), s.end("units"))
        inner_end = s.start()
    return inner_end


def _labelled(text: str, a: int, inner_end: int, labels: list, clause: Clause) -> Clause | None:
    """Label notation: each role label's part runs to the next label (any
    other "word：", such as 适用范围：, ends the part before it and assigns
    nothing); anything before the first label must be neutral."""
    known = {m.start("label") for m in labels}
    others = [m for m in _any_labels(text, labels[0].end(), inner_end) if m.start("label") not in known]
    if others:
        labels = sorted([*labels, *others], key=lambda m: m.start())
    pre_a, pre_b = _strip(text, a, labels[0].start())
    if pre_b > pre_a and not all(_is_neutral(text[x:y]) for x, y in _pieces(text, pre_a, pre_b) if y > x):
        return None
    clause.labelled = True
    for k, lm in enumerate(labels):
        end = labels[k + 1].start() if k + 1 < len(labels) else inner_end
        if lm.group("label") not in ROLE_LABELS:
            continue  # 完成时限：… — no units here
        ua, ub = _strip(text, lm.end(), end)
        if ub > ua:  # (not a label with nothing after it)
            clause.parts += _role_units(text, ROLE_LABELS[lm.group("label")], ua, ub)
    return clause if clause.parts or clause.standing else None


def _any_labels(text: str, start: int, end: int) -> Iterator[regex.Match[str]]:
    """The labels (``_ANY_LABEL``) that follow a part separator in ``[start, end)``, the separator
    maybe before ``start``: matched right after each separator (no label holds one, so no two
    overlap), not tried at every offset behind a look-behind."""
    for sep in _PART_SPLIT.finditer(text, max(start - 1, 0), end):
        m = _ANY_LABEL.match(text, sep.end(), end)
        if m is not None:
            yield m


def _time_before_verb(text: str, a: int, b: int) -> bool:
    """Whether what stands before a part's verb, ``text[a:b]``, is a time phrase and no unit list:
    time words alone (持续 of 持续推进, 长期坚持 of 长期坚持落实) or a phrase with a date in it (2025年底前 of 2025年底前落实;
    not 市日报社, whose 日 is no date)."""
    units = squeeze(text[a:b])
    if _NEUTRAL_WORDS.fullmatch(units):
        return True
    return (
        _TIME_IN_PIECE.search(units) is not None
        and _NEUTRAL_PART.match(units) is not None
        and not _division_list(units)
    )


#: time words and nothing else (持续, 长期坚持, 常态化)
_NEUTRAL_WORDS = re_compile("(?:" + alternation(NEUTRAL_PART_WORDS) + ")+")


def _verb_notation(text: str, a: int, inner_end: int, clause: Clause, *, helps: bool = False) -> Clause | None:
    """Verb notation: every part ends in a role verb, is neutral, or is a unit
    list that takes the role of the next part with a verb; in a bracket (``helps``) a part may also
    close in a phrase of help (SUPPORT_PHRASE: 党政办公室提供信息化支持 → supporting)."""
    pending: list[tuple[int, int]] = []
    for pa, pb, piece in _compact_pieces(text, a, inner_end):
        verb = _verb_split(text, pa, pb, piece) or (_phrase_split(text, pa, pb, piece) if helps else None)
        if verb and _time_before_verb(text, pa, verb[1]):
            continue  # 持续推进, 长期坚持落实: a time phrase that closes in a verb, no units
        if verb:
            role, end = verb
            for x, y in pending:
                clause.parts.append(RolePart(role, x, y))
            pending = []
            clause.parts.append(RolePart(role, pa, end))
        elif _division_list(piece):
            pending.append((pa, pb))
        elif _roleless_part(piece):
            continue  # 纪工委监督: the unit watches over the task, it takes no role in it
        elif not _NEUTRAL_PART.match(piece):  # (piece is compact already)
            return None
    if pending:
        if clause.parts:
            return None  # a unit list after the last verb: not a clause we can read
        if not clause.first_listed_leads and clause.standing is None:
            clause.bare = True  # a plain list: only a lead under 列第一位者为牵头单位
        clause.parts = [RolePart(RESPONSIBLE, x, y) for x, y in pending]
    if not clause.parts and clause.standing is None:
        return None
    return clause


@cache  # compiled on first use: only a bracket part that closes in no role verb reads it
def _role_phrases() -> tuple[tuple[regex.Pattern[str], str], ...]:
    return ((regex_compile(SUPPORT_PHRASE), SUPPORTING), (regex_compile(DUTY_PHRASE), RESPONSIBLE))


def _phrase_split(text: str, pa: int, pb: int, piece: str) -> tuple[str, int] | None:
    """``(role, end of the units)`` when the part ``piece`` is a unit list closed by a phrase of help
    (SUPPORT_PHRASE: 提供信息化支持 → supporting) or by 负责 and its task word (DUTY_PHRASE: 负责审核 →
    responsible)."""
    if DUTY_WORD not in piece and not piece.endswith(SUPPORT_PHRASE_ENDS):
        return None
    for pattern, role in _role_phrases():
        m = pattern.search(piece)
        if m is not None and m.start() > 0 and _division_list(piece[: m.start()]):
            return role, _nth_non_space(text, pa, pb, m.start())
    return None


def _roleless_part(piece: str) -> bool:
    """Is ``piece`` a unit list closed by a verb that gives it no role (ROLELESS_VERBS: 纪工委监督)?"""
    verb = next((w for w in ROLELESS_VERBS if piece.endswith(w)), None)
    return verb is not None and len(piece) > len(verb) and _division_list(piece[: -len(verb)])


#: what ``_brackets`` reads: a bracket, or a line break (one class: scanned in half the time of a
#: class or a line break before another)
_BRACKET_EVENT = re_compile("[" + re.escape(_OPEN + _CLOSE) + "\n]")


def _brackets(text: str, start: int, end: int):
    """Top-level bracket pairs in ``[start, end)``: (open, close) offsets. A bracket never spans a blank
    line, unless the blank lines are a page break of a text extracted from a PDF (units.PAGE_BREAK:
    （省卫生健康委、省人力资源 ⏎ … - 4 - ⏎ \\f黔府办发〔2025〕8号 ⏎ 社会保障厅…负责）), whose running header
    holds no bracket of the text's."""
    depth = 0
    open_at = -1
    pos = start
    while (m := _BRACKET_EVENT.search(text, pos, end)) is not None:
        i = m.start()
        pos = i + 1
        ch = text[i]
        if ch in _OPEN:
            if depth == 0:
                open_at = i
            depth += 1
        elif ch in _CLOSE:
            if depth:
                depth -= 1
                if depth == 0:
                    yield open_at, i
        elif depth and i + 1 < end and text[i + 1] == "\n":
            brk = page_break().match(text, i, end) if may_hold_page_break(text, i, i + 400) else None
            if brk is not None:
                pos = brk.end()  # on past the page's foot and the next page's head
            else:
                depth = 0  # a bracket never spans a blank line


#: an item number or heading marker glued to the end of a unit list
#: (…区教育局3.完善…, …屿南村（二）…, …屿南村三、…): it ends a bare label
@cache  # compiled on first use (0.3 ms): only a label run reads it
def _glued_marker() -> regex.Pattern[str]:
    return regex_compile(
        r"(?<=\p{Han})[" + INDENT_CHARS + "]*"
        rf"(?:[0-9０-９]{{1,2}}[.．、](?![0-9０-９])|[（(][{CN_ONE_TO_TEN}]{{1,3}}[）)]|[{CN_ONE_TO_TEN}]{{1,3}}、)"
    )


#: characters a glued marker can start with (white space before it, a digit, a bracket, a numeral)
_GLUED_FIRST = frozenset(INDENT_CHARS + "0123456789０１２３４５６７８９（(" + CN_ONE_TO_TEN)
#: the characters ``_run_end`` acts on (any other character leaves the run going)
_RUN_EVENT = re_compile("[" + re.escape("".join(sorted({"\n", "。", *_OPEN, *_CLOSE, *_GLUED_FIRST}))) + "]")


#: the indent of a line that hangs under a label's value: wider than a paragraph's (two ideographic spaces)
_HANGING_INDENT = re_compile("[ \\t\u3000]{3,}(?=\\S)")


def _hanging_line(text: str, p: int, end: int) -> int | None:
    """Where the units of the line at ``p`` start, when that line hangs under a label's value (a
    wide indent, then a unit list and nothing else: 责任单位：县生态环境分局（牵头） ⏎ 　　　　　县财政局、
    县农业农村局 ⏎ 　　　　　相关乡镇人民政府), else None."""
    m = _HANGING_INDENT.match(text, p, end)
    if m is None:
        return None
    stop = text.find("\n", m.end(), end)
    line = squeeze(text[m.end() : end if stop < 0 else stop])
    if not line or _has_colon(line, 0, len(line)) or not _division_list(line):
        return None
    return m.end()


def _split_hanging(text: str, parts: list[RolePart]) -> list[RolePart]:
    """``parts`` cut where a line that hangs under the label's value starts (its line break is the
    list's separator: 县生态环境分局（牵头） ⏎ 　　　　　县财政局、县农业农村局 → two lists)."""
    out: list[RolePart] = []
    for part in parts:
        a = part.start
        brk = text.find("\n", a, part.end)
        while brk >= 0:
            go_on = _hanging_line(text, brk + 1, part.end)
            if go_on is not None:
                x, y = _strip(text, a, brk)
                if y > x:
                    out.append(RolePart(part.role, x, y))
                a = go_on
            brk = text.find("\n", brk + 1, part.end)
        x, y = _strip(text, a, part.end)
        if y > x:
            out.append(RolePart(part.role, x, y))
    return out


def _run_end(text: str, a: int, end: int, wraps: frozenset[int] = frozenset()) -> int:
    """Where a label run that starts at ``a`` ends: the line's end (not a break where a hard-wrapped line goes
    on, ``wraps``: 牵头单位：党建⏎工作办公室), an item marker glued to its last unit, a close bracket it did not
    open, or after a 。 that no further label follows — whichever comes first."""
    depth = 0
    pos = a
    while (event := _RUN_EVENT.search(text, pos, end)) is not None:
        k = event.start()
        pos = k + 1
        ch = text[k]
        if ch == "\n":
            if k in wraps:
                continue  # a hard-wrapped line goes on
            if may_hold_page_break(text, k, k + 400) and (brk := page_break().match(text, k, end)) is not None:
                pos = brk.end()  # on past the page's foot (and the next page's head)
                continue
            go_on = _hanging_line(text, k + 1, end)
            if go_on is None:
                return k
            pos = go_on  # a unit list under the value, in line with it: the run goes on
            continue
        if ch in _GLUED_FIRST and _glued_marker().match(text, k, end):
            return k
        if ch in _OPEN:
            depth += 1
        elif ch in _CLOSE:
            if depth == 0:
                return k  # a run that started inside a bracket ends at its close
            depth -= 1
        elif ch == "。" and not _LABEL.match(text, k + 1):
            return k + 1
    return end


def _label_runs(
    text: str, start: int, end: int, taken: _Taken, wraps: frozenset[int] = frozenset()
) -> Iterator[tuple[int, int]]:
    """Role labels outside brackets, from a line start or a sentence end to
    the end of the line: 责任单位：X. The run also ends at a 。 that no
    further label follows, and at an item marker glued to its last unit.
    A label inside ``taken`` text starts no run."""
    for a in _label_starts(text, start, end):
        if not taken.holds(a):
            yield a, _run_end(text, a, end, wraps)


def _label_starts(text: str, start: int, end: int) -> Iterator[int]:
    """Where labels start in ``[start, end)``: after the indent of a line or
    of a sentence (tried only there: a pattern that scanned every offset
    for a line start was 20 times slower)."""
    if start == 0:
        q = _INDENT.match(text, 0, end).end()  # type: ignore[union-attr]  # matches the empty string
        if q < end and text[q] in _LABEL_FIRST and _LABEL.match(text, q, end):
            yield q
    for brk in _LABEL_START_AFTER.finditer(text, max(start - 1, 0), end):
        yield brk.end()


def _closes_sentence(text: str, a: int, b: int, clause: Clause) -> bool:
    """A bare unit list counts only with two or more units, standing where a
    clause stands: right before a sentence end or a line end; a lone unit only
    where it closes a paragraph after its full stop (…组织开展年度评估。（市发展改革局）⏎),
    not after a noun it names again (理事会（董事会）)."""
    if _LIST_SEPARATOR.search(text, a, b) is None:
        k = a - 1
        while k >= 0 and text[k] in INDENT_CHARS:
            k -= 1
        if k < 0 or text[k] not in "。；;":
            return False
        i = b
        while i < len(text) and text[i] in INDENT_CHARS:
            i += 1
        return i >= len(text) or text[i] == "\n"
    i = b
    while i < len(text) and text[i] in INDENT_CHARS:
        i += 1
    return i >= len(text) or text[i] in "。；;\n"


def _only_space(text: str, a: int, b: int) -> bool:
    return not text[a:b].strip(WHITESPACE_CHARS)


def _merge_adjacent(text: str, clauses: list[Clause]) -> list[Clause]:
    """Labelled clauses with only white space between them are one clause
    (牵头单位：X ⏎ 配合单位：Y), unless they give the same role twice under the same label (责任单位：X ⏎
    责任单位：Y are two items' clauses; 责任科室：X ⏎ 责任单位：各社区 is one item's offices and its units:
    redteam12 meichuan)."""
    out: list[Clause] = []
    labels: list[set[str]] = []  # the labels each clause of ``out`` opens with
    for cl in clauses:
        prev = out[-1] if out else None
        label = _opening_label(text, cl)
        if (
            prev is not None
            and prev.labelled
            and cl.labelled
            and _only_space(text, prev.end, cl.start)
            and not (
                prev.parts
                and cl.parts
                and {p.role for p in prev.parts} & {p.role for p in cl.parts}
                and (label is None or not labels[-1] or label in labels[-1])  # (a label unknown: as the same)
            )
        ):
            prev.end = cl.end
            prev.parts += cl.parts
            prev.first_listed_leads |= cl.first_listed_leads
            prev.standing = prev.standing or cl.standing
            if label is not None:
                labels[-1].add(label)
            continue
        out.append(cl)
        labels.append({label} if label is not None else set())
    return out


def _opening_label(text: str, clause: Clause) -> str | None:
    """The role label a clause written as a label run opens with (责任科室 of 责任科室：…), or None."""
    m = _LABEL.match(text, clause.start, clause.end)
    return m.group("label") if m is not None else None


def _masked(text: str, holes: list[tuple[int, int]]) -> str:
    """``text`` with the stretches in ``holes`` blanked (same length, same offsets)."""
    out = []
    pos = 0
    for x, y in sorted(holes):
        out += [text[pos:x], " " * (y - x)]
        pos = y
    out.append(text[pos:])
    return "".join(out)


def _cut_out(text: str, parts: list[RolePart], holes: list[tuple[int, int]]) -> list[RolePart]:
    """``parts`` without the stretches in ``holes`` (each part keeps its role);
    a conjunction right after a hole joins what follows to the units before it."""
    out: list[RolePart] = []
    for part in parts:
        pos = part.start
        for x, y in sorted(holes):
            if y <= pos or x >= part.end:
                continue
            a, b = _strip(text, pos, x)
            if b > a:
                out.append(RolePart(part.role, a, b))
            pos = max(pos, y)
            conj = next((c for c in CONJUNCTIONS if text.startswith(c, pos)), "")
            if pos + len(conj) < part.end:
                pos += len(conj)
        a, b = _strip(text, pos, part.end)
        if b > a:
            out.append(RolePart(part.role, a, b))
    return out


_DIVISION = regex_compile(
    r"(?:^|(?<=[。；;\s]))(?:" + "|".join(map(regex.escape, DIVISION_LABELS)) + r")\s*[：:]\s*", regex.MULTILINE
)
#: the word every division label holds (the shortest label: tests/test_clause_rewrites.py)
_DIVISION_WORD = min(DIVISION_LABELS, key=len)
_DIVISION_STOP = re_compile(r"[。\n]")


_BY_WHOM = re_compile(BY_WHOM_WORD)


@cache  # compiled on first use (0.5 ms): only a division sentence reads it, and few notices have one
def _division_verb() -> regex.Pattern[str]:
    return regex_compile(DIVISION_VERB)


@cache  # (compiled on first use, as _division_verb)
def _aside_end() -> regex.Pattern[str]:
    return regex_compile(r"[（(](?P<inner>[^（()）]{1,30})[)）]$")


def _division_units(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """The unit list(s) of one division part: a trailing aside that names a
    unit is a unit of its own (区国有资产投资集团有限公司（区森林园林公司)), one
    that offers an alternative is dropped (各片区开发管理局（或业主单位））."""
    m = _aside_end().search(text, s, e)
    if m is None:
        return [(s, e)]
    inner = squeeze(m.group("inner"))
    if inner.startswith(ALTERNATIVE_WORDS) or not inner.endswith(ORGAN_SUFFIXES):
        return [(s, m.start())]
    return [(s, m.start()), (m.start("inner"), m.end("inner"))]


def _without_manner(phrase: str) -> str:
    """The phrase without the manner words before its verb (具体业务配合 → 配合)."""
    while (word := next((w for w in DIVISION_MANNER if phrase.startswith(w)), None)) is not None:
        phrase = phrase[len(word) :]
    return phrase


def _division_list(s: str) -> bool:
    """A unit list, or an elliptical one whose short leading names share the
    last item's ending (金井、澳前片区开发管理局)."""
    if _looks_like_units(s):
        return True
    items = [i for i in _LIST_SEPARATOR.split(squeeze(s)) if i]
    return len(items) > 1 and _looks_like_units(items[-1]) and all(2 <= len(i) <= 4 for i in items[:-1])


def parse_division(text: str, a: int, b: int) -> Clause | None:
    """A sentence that divides a task among units in prose, after a
    division label (责任分工：区规划局负责开展规划编制工作，所在乡镇人民政府
    组织实施，区直有关部门配合，区交通与建设局业务检查指导): each part names
    its units before its verb, after a 由 if it has one; the verb phrase
    decides the role (指导 → lead, 配合/协助 → supporting, else responsible)."""
    clause = Clause(a, b)
    pending: list[tuple[int, int]] = []
    for pa, pb in _pieces(text, a, b):
        if pb <= pa:
            continue
        starts = [pa] + [m.end() for m in _BY_WHOM.finditer(text, pa, pb)]
        unit_span = None
        for us in reversed(starts):
            for vm in _division_verb().finditer(text, us, pb):
                if vm.start() > us and _division_list(_aside_end().sub("", text[us : vm.start()])):
                    unit_span = (us, vm.start(), vm.start())
                    break
            if unit_span:
                break
        phrase = squeeze(text[unit_span[2] if unit_span else pa : pb])
        if any(w in phrase for w in DIVISION_LEAD_ANYWHERE):
            role = LEAD
        elif _without_manner(phrase).startswith(DIVISION_SUPPORTING):
            role = SUPPORTING
        elif phrase.startswith(DIVISION_PENDING):
            role = None
        elif phrase.startswith(DIVISION_LEAD_START):
            role = LEAD
        elif _division_verb().match(phrase):
            role = RESPONSIBLE
        else:
            role = None
        if unit_span is None:
            if role is not None and pending and _division_verb().match(phrase):
                clause.parts += [RolePart(role, x, y) for x, y in pending]
                pending = []
            continue
        spans = _division_units(text, unit_span[0], unit_span[1])
        if role is None:
            pending += spans
        else:
            clause.parts += [RolePart(role, x, y) for x, y in spans]
    return clause if clause.parts else None


def _labelled_run_end(text: str, a: int, end: int, stop: re.Pattern[str]) -> int:
    """Where a labelled run from ``a`` ends: at ``stop``, or at a section marker glued to it."""
    found = stop.search(text, a, end)
    b = found.start() if found else end
    glued = _glued_marker().search(text, a, b)
    return glued.start() if glued else b


def _division_runs(text: str, start: int, end: int):
    """(label start, sentence start, sentence end) of every division sentence."""
    if text.find(_DIVISION_WORD, start, end) < 0:
        return  # (a region without it holds no division label: a word search, not a scan per line start)
    for m in _DIVISION.finditer(text, start, end):
        a = m.end()
        yield m.start(), a, _labelled_run_end(text, a, end, _DIVISION_STOP)


_LABEL_OPEN, _LABEL_CLOSE = "".join(pair[0] for pair in LABEL_BRACKETS), "".join(pair[1] for pair in LABEL_BRACKETS)


#: a label written in 【】 instead of before a colon: 【牵头单位】市发改委【配合单位】市财政局
#: (compiled on first use, 0.8 ms: it is searched only where one of its opening brackets stands)
@cache
def _bracket_label() -> regex.Pattern[str]:
    o, c = re.escape(_LABEL_OPEN), re.escape(_LABEL_CLOSE)
    return regex_compile(f"[{o}](?P<label>{_LABEL_WORDS})[{c}][{INLINE_BLANKS}]*[：:]?[{INLINE_BLANKS}]*")


_BRACKET_LABEL_OPEN = re_compile("[" + re.escape(_LABEL_OPEN) + "]")


_BRACKET_LABEL_STOP = re_compile("[" + re.escape(_LABEL_OPEN) + "\n。]")


def _bracket_label_clauses(text: str, start: int, end: int) -> list[Clause]:
    out: list[Clause] = []
    if _BRACKET_LABEL_OPEN.search(text, start, end) is None:
        return out  # (every match starts with one of these)
    for m in _bracket_label().finditer(text, start, end):
        a = m.end()
        b = _labelled_run_end(text, a, end, _BRACKET_LABEL_STOP)
        clause = Clause(m.start(), b, labelled=True)
        ua, ub = _strip(text, a, b)
        if m.group("label") in ROLE_LABELS and ub > ua:
            clause.parts = _label_part(text, ROLE_LABELS[m.group("label")], ua, ub)
        out.append(clause)
    return out


#: every clause holds one of these: a bracket (a clause, a 【label】) or a colon (a label run, a division label)
_CLAUSE_MARK = re_compile("[" + re.escape(_OPEN + "：:") + "]")


def find_clauses(ctx: Context, start: int, end: int) -> list[Clause]:
    """Responsibility clauses in ``[start, end)``, in text order."""
    text = ctx.text
    if _CLAUSE_MARK.search(text, start, end) is None:
        # (a heading, a sentence with neither bracket nor colon: only a plain closing sentence)
        return list(_sentence_clauses(text, start, end, _Taken(), _Readings.of(ctx)))
    taken = _Taken()
    brackets = _bracket_clauses(ctx, start, end)
    for cl in brackets:
        taken.add(cl.start, cl.end)
    from .targets.sentences import hard_wraps  # (its module is the targets'; read once per parse)

    runs, absorbed = _label_run_clauses(text, start, end, brackets, taken, _Readings.of(ctx), hard_wraps(ctx))
    found = [cl for cl in brackets if id(cl) not in absorbed] + runs
    for clause in _bracket_label_clauses(text, start, end):
        if not taken.holds(clause.start):
            taken.add(clause.start, clause.end)
            found.append(clause)
    for la, a, b in _division_runs(text, start, end):
        if taken.holds(a):
            continue
        division = parse_division(text, a, b)
        if division is not None:
            division.start, division.end = la, b
            taken.add(la, b)
            found.append(division)
    for clause in _sentence_clauses(text, start, end, taken, _Readings.of(ctx)):
        taken.add(clause.start, clause.end)
        found.append(clause)
    found.sort(key=lambda cl: cl.start)
    merged = _merge_adjacent(text, found)
    return [cl for cl in merged if cl.parts or cl.standing or cl.first_listed_leads]


def _sentence_clauses(text: str, start: int, end: int, taken: _Taken, readings: _Readings) -> Iterator[Clause]:
    """Clauses written as a paragraph's last sentence without brackets, in verb notation
    (…4月底前完成招标采购。市住房城乡建设局牵头，市发展改革委、市财政局配合。): every part names
    units and closes in a role verb, or is a time phrase; the units hold no word of running text
    (SENTENCE_CLAUSE_STOPS: 所需经费由市财政局负责。 is no clause). A paragraph's last sentence ends in
    a 。 at a line's end or at the region's end; it starts after the sentence before it, or (when that
    start is a heading's marker, a heading line without 。 above it) at a later line start."""
    if not any(text.find(v, start, end) >= 0 for v in SENTENCE_CLAUSE_VERB_HINTS):
        return
    for stop, after in _paragraph_ends(text, start, end):
        first = _sentence_start(text, start, stop)
        if first > start and text[first - 1] == "。" and _annex_pointer().fullmatch(squeeze(text[first : stop + 1])):
            stop, after = first - 1, first  # …配合。具体任务详见附件。: the clause is the sentence before the pointer
            first = _sentence_start(text, start, stop)
        for a in _line_starts(text, first, stop):
            a, b = _strip(text, a, stop)
            if 0 < b - a <= 120 and not (taken.holds(a) or taken.holds(b - 1) or _has_colon(text, a, b)):
                if (
                    _opens_its_paragraph(text, start, a)
                    and (k := _topic_end(text, a, b)) is not None
                    and (clause := readings.divided(text, k, b)) is not None
                ):
                    clause.start, clause.end = k, after  # 考核的具体组织实施由市住建局负责，市财政局配合。
                    yield clause
                    break
            if b > a and _PLAIN_MARKER.match(squeeze(text[a : min(b, a + 12)])):
                continue  # a heading's marker: the sentence starts on a later line
            if 0 < b - a <= 120 and not (taken.holds(a) or taken.holds(b - 1) or _has_colon(text, a, b)):
                clause = readings.plain(text, a, b, _opens_its_task(text, start, a))
                if clause is not None:
                    clause.start, clause.end = a, after
                    yield clause
            break


def _sentence_start(text: str, start: int, stop: int) -> int:
    """Where the sentence that ends at ``stop`` starts (after the sentence end before it, or at ``start``;
    the last sentence end found by the C searches, not a step back per character). The other ends are
    looked for only after the last 。 (each search stops at the sentence end before ``stop``: a search of
    each end back to ``start`` read a region of 20,000 paragraphs once per paragraph)."""
    last = text.rfind(_FULL_STOP, start, stop)
    lo = start if last < 0 else last + 1
    return max(lo, *(text.rfind(c, lo, stop) + 1 for c in _OTHER_SENTENCE_ENDS))


#: what starts a sentence: the character before it (。, then the others)
_FULL_STOP = "。"
_OTHER_SENTENCE_ENDS = "！？!?"


def _line_starts(text: str, first: int, stop: int) -> Iterator[int]:
    """``first``, then the start of every line that begins after it up to ``stop`` (asked one by one: the
    reader mostly takes the first)."""
    yield first
    k = text.find("\n", first, stop)
    while k >= 0:
        yield k + 1
        k = text.find("\n", k + 1, stop)


@cache  # compiled on first use: only a paragraph whose last sentence follows another one reads it
def _annex_pointer() -> re.Pattern[str]:
    """ANNEX_POINTER_SENTENCE (run by re: it starts with a plain character and is anchored by fullmatch)."""
    return re_compile(ANNEX_POINTER_SENTENCE)


#: a section marker at the start of a stretch (一、 （一） 1. 1、 （1） ①)
_PLAIN_MARKER = re_compile(
    rf"(?:[{CN_ONE_TO_TEN}]{{1,3}}[、.．]|[（(][{CN_ONE_TO_TEN}0-9０-９]{{1,3}}[）)]|[0-9０-９]{{1,2}}[.．、]|[①-⑳])"
)


def _paragraph_ends(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """(end of the sentence, end of the paragraph) of every paragraph of ``[start, end)`` that closes
    in a 。 at a line's end or before a paragraph's indent, and of the region's last stretch (with or
    without its 。)."""
    last = end
    while last > start and text[last - 1] in WHITESPACE:
        last -= 1
    for m in _LINE_END_STOP.finditer(text, start, last):
        yield m.start(), m.start() + 1
    if last > start and text[last - 1] != "。":
        yield last, last
    elif last > start:
        yield last - 1, last


#: a 。 that ends a line (blanks may follow it)
#: a 。 that ends a paragraph: at a line's end (blanks may follow it), or before the indent that is all a
#: crawled page kept of a paragraph break (两个全角空格, &nbsp;&nbsp;, a run of spaces), or before the next item of
#: an in-sentence enumeration, which closes the item before it (…全额清退。财政所负责。（2）每季度…: redteam12 wugang)
_LINE_END_STOP = re_compile("。(?=[" + INDENT_CHARS + "]*\n|[\u3000\u00a0]{2}| {2}|[（(][0-9０-９]{1,2}[）)])")


def _opens_with_policy_verb(units: str) -> bool:
    """Does the unit list ``units`` open with a causative or policy verb (maybe after an adverb)?

    >>> [_opens_with_policy_verb(u) for u in ("鼓励金融机构", "重点支持省级以上研发机构", "市财政局")]
    [True, True, False]
    """
    for adverb in SENTENCE_CLAUSE_LEADING_ADVERBS:
        if units.startswith(adverb):
            units = units[len(adverb) :]
            break
    return units.startswith(SENTENCE_CLAUSE_LEADING_STOPS)


def _has_stop_word(units: str) -> bool:
    """Does a plain sentence's unit list hold a word of running text (SENTENCE_CLAUSE_STOPS), not inside a word
    of a unit's name (应急 of 街道应急管理办公室: SENTENCE_CLAUSE_STOP_NAME_WORDS)?"""
    if not any(w in units for w in SENTENCE_CLAUSE_STOPS):
        return False
    for w in SENTENCE_CLAUSE_STOP_NAME_WORDS:
        units = units.replace(w, "")
    return any(w in units for w in SENTENCE_CLAUSE_STOPS)


def _opens_its_paragraph(text: str, start: int, a: int) -> bool:
    """Does the sentence at ``a`` open its paragraph (nothing but a marker before it on its line, from the region's
    ``start``)? A division sentence is a clause only as an item or a paragraph of its own (第六条's 分工 list:
    （一）项目开工、完工进度由市住建局负责核查，市城管局配合；, 以上两项由…落实，…督导。 after a list); after a
    run-in heading or another sentence of its paragraph it is running text (所需经费由市财政局负责保障。日常调度
    工作由市住建局负责，市应急局配合。: ANNOTATE, review 12 item 3)."""
    line = max(start, text.rfind("\n", start, a) + 1)
    before = squeeze(text[line:a])
    return not before or _PLAIN_MARKER.fullmatch(before) is not None


def _topic_end(text: str, a: int, b: int) -> int | None:
    """Where the 由 of a sentence that names its task first and closes in its division stands
    (项目开工、完工进度由市住建局负责核查，市城管局配合), or None: the topic before it holds no role word and no
    part separator (a task in several clauses is running text)."""
    k = text.find(BY_WHOM_WORD, a, b)
    if k <= a or _PART_SPLIT.search(text, a, k) is not None:
        return None
    topic = text[a:k]
    return None if any(v in topic for v in SENTENCE_CLAUSE_VERB_HINTS) else k


def _divided_sentence_clause(text: str, a: int, b: int) -> Clause | None:
    """The clause the division ``text[a:b]`` (from the 由 after a sentence's topic) is, or None: a plain
    sentence's clause (a part may close in 负责 and its task word, as in a bracket: 负责核查) that divides the
    task among units of two roles at least (由市住建局负责，市财政局、市审计局配合; 由市发展改革委牵头，…参与). One
    unit answering alone (所需经费由市财政局负责, 本办法由市住建局负责解释) is running text."""
    a += len(BY_WHOM_WORD)
    clause = _verb_notation(text, a, b, Clause(a, b), helps=True)
    if clause is None or clause.bare or clause.standing is not None or len({p.role for p in clause.parts}) < 2:
        return None
    for x, y, piece in _compact_pieces(text, a, b):
        if _VERB_END.search(piece) is None and _phrase_split(text, x, y, piece) is None and not _division_list(piece):
            return None  # a time part or a task: the division closes the sentence alone
    return clause if _reads_as_clause(text, a, b, clause) else None


def _carries_task(piece: str) -> bool:
    """Does a time part of a plain sentence (compact, no role verb closing it) name work of its own: a Han
    character besides its date's, its time words (NEUTRAL_PART_WORDS) and the words of a completion
    (PLAIN_TIME_PART_COMPLETION_WORDS), none of them a role verb? (2026年底前完成燃气管道改造, 每季度开展一次卫片执法
    检查 do; 2025年6月底前完成60%, 9月30日前全部建成, 长期坚持 do not.)"""
    if any(v in piece for v in SENTENCE_CLAUSE_VERB_HINTS):
        return False
    rest = _NEUTRAL_WORDS.sub("", piece)
    for w in PLAIN_TIME_PART_COMPLETION_WORDS:
        rest = rest.replace(w, "")
    return any(c not in PLAIN_TIME_PART_DATE_CHARACTERS and "\u4e00" <= c <= "\u9fff" for c in rest)


def _opens_its_task(text: str, start: int, a: int) -> bool:
    """Does the plain sentence at ``a`` open its item's text (from the region's ``start``): nothing before it but
    the item's marker and maybe a run-in title, one phrase with none of TASK_SENTENCE_MARKS (（二）加快管网改造。)?
    After the task's own sentence (…新增更新厨余垃圾专用收运车辆40辆…，杜绝“先分后混”。) it closes the task."""
    k = text.rfind("。", start, a)
    if k >= 0 and text.rfind("。", start, k) >= 0:
        return False  # two sentences before it (looked for from its end: a long region is not read once per paragraph)
    before = squeeze(text[start:a])
    m = _PLAIN_MARKER.match(before)
    if m is not None:
        before = before[m.end() :]
    before = before.removesuffix("。")
    return "。" not in before and not any(c in TASK_SENTENCE_MARKS for c in before)


def _plain_sentence_clause(text: str, a: int, b: int, opens: bool = False) -> Clause | None:
    """The clause a plain sentence ``text[a:b]`` is, or None: a leading 由 introduces its first units
    (由市住建局牵头，钦南区、钦北区人民政府负责组织实施); every unit list is one (maybe elliptical:
    灵山县、浦北县人民政府) with no word of running text; where the sentence ``opens`` its item's text, no time
    part names the work (_carries_task: the assignment would open the task, running text)."""
    if text.startswith(BY_WHOM_WORD, a):
        a += len(BY_WHOM_WORD)
    clause = _verb_notation(text, a, b, Clause(a, b))
    if clause is None or clause.bare or clause.standing is not None:
        return None
    return clause if _reads_as_clause(text, a, b, clause, opens) else None


def _reads_as_clause(text: str, a: int, b: int, clause: Clause, opens: bool = False) -> bool:
    """Is the verb notation ``clause`` of the plain sentence ``text[a:b]`` a clause, not running text? Its
    verbs are role verbs, no part carries the task where the sentence ``opens`` its item, and its units are unit
    lists that hold no word of running text and open with no policy verb."""
    for x, y, piece in _compact_pieces(text, a, b):
        vm = _VERB_END.search(piece)
        split = vm is not None and _verb_split(text, x, y, piece)
        if split and _verb_tokens().findall(vm.group("verb"))[-1] not in (*ROLE_VERBS, *SUPERVISING_VERBS):
            return False  # 有关部门共同参与实施: a verb of the task (实施, 推进) closes it, not a role verb
        if opens and not split and _carries_task(piece):
            return False  # （二）加快管网改造。市住建局牵头，各县政府负责，年底前完成年度管网改造任务: the task follows
    for part in clause.parts:
        units = squeeze(text[part.start : part.end])
        if not _division_list(units) or _has_stop_word(units):
            return False
        if _opens_with_policy_verb(units):
            return False  # 鼓励金融机构积极参与: the units the task reaches
    return True


def _bracket_clauses(ctx: Context, start: int, end: int) -> list[Clause]:
    """Bracketed clauses （牵头单位：X）, in text order; a bracket with a role
    label that cannot be read is warned about."""
    text = ctx.text
    found: list[Clause] = []
    readings = _Readings.of(ctx)
    for o, c in _brackets(text, start, end):
        if c - o > 400:
            continue
        clause = readings.parse(text, o + 1, c)
        if clause is not None and clause.bare and not _closes_sentence(text, o, c + 1, clause):
            clause = None  # 理事会（董事会）: an apposition, not a unit list
        label = _LABEL.search(text, o + 1, c) if clause is None and _has_colon(text, o + 1, c) else None
        if label is not None and label.group("label") in ROLE_LABELS:
            ctx.warn(
                WarningCode.UNREAD_CLAUSE,
                f"a bracket with a role label could not be read as a responsibility clause: {text[o : c + 1][:60]}",
                (o, c + 1),
            )
        if clause is not None:
            clause.start, clause.end = o, c + 1
            found.append(clause)
    return found


def _label_run_clauses(
    text: str,
    start: int,
    end: int,
    brackets: list[Clause],
    taken: _Taken,
    readings: _Readings,
    wraps: frozenset[int] = frozenset(),
) -> tuple[list[Clause], set[int]]:
    """Clauses written as label runs (责任单位：X), and the ids of the bracket
    clauses they absorb (责任单位：市环保局（牵头单位：市财政局）和市水务局: the
    bracket's roles join the run's, and its text is no part of the run's units)."""
    starts = [cl.start for cl in brackets]
    runs: list[Clause] = []
    absorbed: set[int] = set()
    for a, b in _label_runs(text, start, end, taken, wraps):
        taken.add(a, b)
        k = bisect.bisect_left(starts, a)
        inner = []
        while k < len(brackets) and starts[k] < b:
            if brackets[k].end <= b and id(brackets[k]) not in absorbed:
                inner.append(brackets[k])
            k += 1
        holes = [(cl.start, cl.end) for cl in inner] if inner else []
        clause = readings.parse(text, a, b, holes)
        if clause is None:
            # a neutral label line (完成时限：…) joins the clause it touches (a run
            # always starts at a label: _label_starts looks for one with its colon)
            clause = Clause(a, b, labelled=True)
        clause.start, clause.end = a, _strip(text, a, b)[1]
        clause.parts = _split_hanging(text, clause.parts)
        if holes:
            clause.parts = _cut_out(text, clause.parts, holes)
            for cl in inner:
                clause.parts += cl.parts
                absorbed.add(id(cl))
        runs.append(clause)
    return runs, absorbed


class _Readings:
    """``parse_clause`` of a stretch, read in a copy of just that stretch (no
    pattern of it looks before the stretch's start or after its end, so the
    reading is the same; offsets are the text's), each stretch read once per
    parse: a document that repeats a clause (a label line under every item,
    the same bracket after many items) reads it once. Kept on the parse's
    Context; the stored reading is never handed out, only shifted copies of it."""

    KEY = "clauses.readings"

    def __init__(self) -> None:
        self._read: dict[str, Clause | None] = {}
        self._plain: dict[str, Clause | None] = {}

    @classmethod
    def of(cls, ctx: Context) -> _Readings:
        found = ctx.views.get(cls.KEY)
        if not isinstance(found, cls):
            found = ctx.views[cls.KEY] = cls()
        return found

    def parse(self, text: str, a: int, b: int, holes: Sequence[tuple[int, int]] = ()) -> Clause | None:
        """``parse_clause(text, a, b)``, with the stretches in ``holes`` blanked (and a label a hard wrap
        splits closed up: ``_close_wrapped_labels``)."""
        stretch = text[a:b] if not holes else _masked(text[a:b], [(x - a, y - a) for x, y in holes])
        if stretch in self._read:
            clause = self._read[stretch]
        else:
            closed = _close_wrapped_labels(stretch) if "\n" in stretch else stretch
            clause = self._read[stretch] = parse_clause(closed, 0, b - a)
        return None if clause is None else _shifted(clause, a)

    def divided(self, text: str, a: int, b: int) -> Clause | None:
        """``_divided_sentence_clause(text, a, b)``, read once per stretch as ``parse``."""
        stretch = text[a:b]
        key = "\0" + stretch
        if key in self._plain:
            clause = self._plain[key]
        else:
            clause = self._plain[key] = _divided_sentence_clause(stretch, 0, b - a)
        return None if clause is None else _shifted(clause, a)

    def plain(self, text: str, a: int, b: int, opens: bool = False) -> Clause | None:
        """``_plain_sentence_clause(text, a, b, opens)``, read once per stretch as ``parse``."""
        stretch = text[a:b]
        key = "\1" + stretch if opens else stretch
        if key in self._plain:
            clause = self._plain[key]
        else:
            clause = self._plain[key] = _plain_sentence_clause(stretch, 0, b - a, opens)
        return None if clause is None else _shifted(clause, a)


@cache  # compiled on first use: only a clause with a line break inside reads it
def _wrapped_label() -> regex.Pattern[str]:
    """A label a line break splits (牵头⏎单位：, 配合单⏎位：): the Han characters before the break, the break with
    its indent, the characters after it and the colon."""
    return regex_compile(r"(?P<head>\p{Han}{1,6})(?P<gap>\n[ \t\u3000]*)(?P<tail>\p{Han}{1,6})(?P<colon>[：:])")


@cache  # (compiled on first use, as _wrapped_label)
def _whole_label() -> regex.Pattern[str]:
    return regex_compile(r"(?:" + _LABEL_WORDS + r")")


def _close_wrapped_labels(stretch: str) -> str:
    """``stretch`` with each label that a hard wrap splits (html2text's 78 columns, a PDF's text layer:
    （牵头⏎单位：省住房城乡建设厅；…）) written whole and the break moved after its colon: the same length, and
    every character after the colon (the units) at its offset."""

    def close(m: regex.Match[str]) -> str:
        head, tail = m["head"], m["tail"]
        for k in range(len(head)):
            if _whole_label().fullmatch(head[k:] + tail):
                return head + tail + m["colon"] + m["gap"]
        return m[0]

    return _wrapped_label().sub(close, stretch)


def _shifted(c: Clause, by: int) -> Clause:
    """A copy of ``c`` with every offset moved by ``by``."""
    return Clause(
        start=c.start + by,
        end=c.end + by,
        parts=[RolePart(p.role, p.start + by, p.end + by) for p in c.parts],
        first_listed_leads=c.first_listed_leads,
        standing=None if c.standing is None else (c.standing[0], c.standing[1] + by, c.standing[2] + by),
        labelled=c.labelled,
        bare=c.bare,
    )
