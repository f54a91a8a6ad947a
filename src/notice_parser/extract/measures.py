"""Measures: the task each responsibility clause closes.

A measure is the stretch of a section's own text from its start, or from
the end of the previous clause, up to and including its clause. Its id is
the section id when the section's own text holds one clause, else
``<section id>-<k>``. Roles come from the clause; each unit takes one role
per measure, lead winning over responsible over supporting. Document-wide
conventions are applied in text order from where they are stated:
列第一位者为牵头单位 (the first unit of a clause with no explicit lead
leads) and standing rules (以下均需X落实 adds X to every later measure).
"""

from __future__ import annotations

import re
from collections import deque
from dataclasses import dataclass, field
from functools import cache
from typing import TYPE_CHECKING, NamedTuple

from ..compiled import re_compile, regex_compile
from ..lexicon import alternation
from ..lexicon.roles import (
    CLAUSE_BRACKETS,
    FIRST_LISTED_LEADS,
    LEAD,
    RESPONSIBLE,
    ROLE_LABELS,
    ROLE_MARKS,
    SEPARATE_MARKS,
    STANDING_ABOVE,
    STANDING_CLOSE,
    STANDING_RULE_SENTENCE,
    STANDING_SUBJECT,
    SUPPORTING,
)
from ..model import Measure, Unit, WarningCode
from ..spans import WHITESPACE
from .clauses import Clause, chain_role, find_clauses
from .context import Context, Region
from .units import share_clause_level, split_units

if TYPE_CHECKING:
    from collections.abc import Iterator

    import regex

_ROLE_ORDER = (LEAD, RESPONSIBLE, SUPPORTING)
#: a role mark closing a unit's name: 市环保局（牵头）, 市教育局〔牵头〕, 市财政局（配合）
_ROLE_MARK = re_compile(
    "[" + re.escape("".join(pair[0] for pair in CLAUSE_BRACKETS)) + "]"
    f"(?P<mark>{alternation(ROLE_MARKS)})"
    "[" + re.escape("".join(pair[1] for pair in CLAUSE_BRACKETS)) + "]$"
)  # (re: see units._BARE_ORGAN)
_FIRST_LISTED = regex_compile(FIRST_LISTED_LEADS)
_STANDING_SUBJECT = regex_compile(STANDING_SUBJECT)
_STANDING_ABOVE = regex_compile(STANDING_ABOVE)
#: what both end with: a text without it states no standing sentence (one search for its words, not
#: two scans of patterns that try a lazy run of up to 40 characters at every offset)
_STANDING_CLOSE = re_compile(STANDING_CLOSE)


@dataclass
class _Conventions:
    first_listed_leads: bool = False
    #: the role 列第一位者为牵头单位 gives the others, where it says (，其余为配合单位 → supporting)
    rest: str | None = None
    #: it holds for a list of several units only (列出两个及以上部门的，第一个为牵头部门): a lone unit keeps its role
    several: bool = False
    standing: list[tuple[str, list[Unit]]] = field(default_factory=list)


def _first_sentence(text: str, start: int, end: int, skip_marker: str = "") -> str:
    i = start
    if skip_marker and text.startswith(skip_marker, i):
        i += len(skip_marker)
    while i < end and (text[i].isspace() or text[i] in "。；;）)，,\u3000"):
        i += 1
    stop = end
    for ch in "。\n":
        k = text.find(ch, i, end)
        if k >= 0:
            stop = min(stop, k)
    return "".join(c for c in text[i:stop] if not c.isspace())


def split_role_marks(
    units: list[Unit], ctx: Context | None = None, *, whole_cell: bool = False
) -> tuple[dict[str, list[Unit]], list[Unit]]:
    """Units marked inside a plain list (市环保局（牵头）, 市财政局（配合）), by the role their mark
    names, without the mark; and the units with no mark. Given the document (``ctx``), a mark that closes
    a 、-run marks the whole run unless the document marks such units one by one (SEPARATE_MARKS). Where
    the list is the ``whole_cell`` of a table's role column (a cell of one line) and the run is all of it, a
    mark on its last unit marks that unit alone: marking the run would leave the column's role to none of the
    cell's units (道路运输事业发展中心、省公安厅交警总队（配合） in a 责任单位 cell). A run a comma sets apart from
    the cell's first units is marked whole, as in a clause (市发改委（牵头），市财政局、市审计局（配合）)."""
    marked: dict[str, list[Unit]] = {r: [] for r in _ROLE_ORDER}
    rest: list[Unit] = []
    run: list[Unit] = []  # the unmarked units of the 、-run so far
    run_marked = False  # a unit of the run so far carries a mark (its marks then bind one by one)
    for k, u in enumerate(units):
        if ctx is None or not k or _link(ctx, units[k - 1], u) != "、":
            run, run_marked = [], False
        m = _ROLE_MARK.search(u.name)
        if m and m.start() > 0:
            role = ROLE_MARKS[m.group("mark")]
            after = units[k + 1 : k + 2]
            if (
                run
                and not run_marked
                and (after or not whole_cell or len(run) < k)
                and _closes_run(ctx, u, after)
                and not _marks_one_by_one(ctx)
            ):
                marked[role] += run
                rest = rest[: len(rest) - len(run)]
            marked[role].append(u.model_copy(update={"name": u.name[: m.start()]}))
            run, run_marked = [], True
        else:
            rest.append(u)
            run.append(u)
    return marked, rest


def _link(ctx: Context, a: Unit, b: Unit) -> str:
    """What stands between two units of a list, whitespace closed up (、, ，, 和 …)."""
    return "".join(ctx.text[a.span[1] : b.span[0]].split())


def _closes_run(ctx: Context | None, u: Unit, after: list[Unit]) -> bool:
    """Does ``u`` end its 、-run: no unit after it, or one after a ， (not a 、)?"""
    return ctx is not None and (not after or _link(ctx, u, after[0]) in _RUN_CLOSERS)


#: what ends a 、-run: a comma or a semicolon, or a line break or nothing (市应急管理局（牵头）⏎市安委会有关成员单位)
_RUN_CLOSERS = ("，", ",", "；", ";", "")


def _marks_one_by_one(ctx: Context | None) -> bool:
    """Does the document mark co-leads one by one (县教体局（牵头）、县卫健委（牵头））? (SEPARATE_MARKS)"""
    if ctx is None:
        return True
    found = ctx.views.get(_SEPARATE_MARKS_KEY)
    if found is None:
        found = ctx.views[_SEPARATE_MARKS_KEY] = _separate_marks().search(ctx.text) is not None
    return bool(found)


_SEPARATE_MARKS_KEY = "measures.separate_marks"


@cache  # compiled on first use: only a list with a marked unit after a 、 asks
def _separate_marks() -> regex.Pattern[str]:
    return regex_compile(SEPARATE_MARKS)


def clause_roles(ctx: Context, clause: Clause, *, first_listed_leads: bool = False) -> dict[str, list[Unit]]:
    """The units of one clause by role, lead winning (for table cells)."""
    roles = _roles(ctx, clause, _Conventions(first_listed_leads=first_listed_leads))
    _apply_lead_wins(roles)
    return roles


def _roles(ctx: Context, clause: Clause, conv: _Conventions) -> dict[str, list[Unit]]:
    roles: dict[str, list[Unit]] = {r: [] for r in _ROLE_ORDER}
    if clause.first_listed_leads:
        conv.first_listed_leads = True
    explicit_lead = any(p.role == LEAD for p in clause.parts)
    # a plain list (no role word) under 列第一位者为牵头单位，其余为配合单位: the others are what it says
    rest = conv.rest if conv.first_listed_leads and clause.bare else None
    for k, part in enumerate(clause.parts):
        marked, units = split_role_marks(split_units(ctx, part.start, part.end), ctx)
        for marked_role, marked_units in marked.items():
            roles[marked_role] += marked_units
        explicit_lead = explicit_lead or bool(marked[LEAD])
        role = part.role
        lone = conv.several and len(units) < 2
        if conv.first_listed_leads and not explicit_lead and k == 0 and units and role != SUPPORTING and not lone:
            roles[LEAD].append(units[0])
            units = units[1:]
        if rest and role == RESPONSIBLE:
            role = rest
        roles[role].extend(units)
    return share_clause_level(ctx, roles)


@cache  # compiled on first use: only a document that states 列第一位者为牵头单位 reads it
def _rest_words() -> tuple[regex.Pattern[str], tuple[str, ...]]:
    from ..lexicon.table_headers import NOTE_REST, NOTE_SUPPORTING_WORDS

    return regex_compile(NOTE_REST), tuple(NOTE_SUPPORTING_WORDS)


def convention_rest(text: str, end: int) -> str | None:
    """The role 列第一位者为牵头单位 (ending at ``end``) gives the other units when
    it goes on to say: ，其余为配合单位 / 其他为协办单位 → supporting, 其余为责任单位
    → responsible; None when it does not (其他单位按职责分工负责)."""
    pattern, supporting = _rest_words()
    m = pattern.match(text, end)
    if m is None:
        return None
    return SUPPORTING if any(w in m["rest"] for w in supporting) else RESPONSIBLE


def convention_several(text: str, start: int) -> bool:
    """Does 列第一位者为牵头单位 (starting at ``start``) hold for lists of several units only, as its
    own sentence says before it (列出两个及以上部门的，第一个为牵头部门; 列有多个单位的，排在第一位的…)?"""
    from ..lexicon.table_headers import SEVERAL_UNITS_WORDS

    lo = max(text.rfind(c, 0, start) for c in "。；;\n") + 1
    return any(w in text[lo:start] for w in SEVERAL_UNITS_WORDS)


def _convention(conv: _Conventions, convention_at: list[int], clause: Clause) -> bool:
    """Is 列第一位者为牵头单位 in force for ``clause``?"""
    return conv.first_listed_leads or bool(convention_at and convention_at[0] < clause.end)


def _stands_alone(ctx: Context, clause: Clause) -> bool:
    """Does a plain unit list (no role word) stand where a clause stands, after the task's full stop
    (…达标率2027年达到100%。（市民政局、市商务局，各县〔市、区〕人民政府）)? Then its units are the task's
    responsible ones, as the golds of redteam10 jiangzhou and nanhu read it; a list inside a sentence or a
    heading (加强协调（省经济和信息化委、省发展改革委）。) is one only under 列第一位者为牵头单位."""
    k = clause.start - 1
    while k >= 0 and ctx.text[k] in WHITESPACE:
        k -= 1
    return k >= 0 and ctx.text[k] in "。；;"


def _apply_lead_wins(roles: dict[str, list[Unit]]) -> None:
    seen: set[str] = set()
    for r in _ROLE_ORDER:
        kept = []
        names_here: set[str] = set()
        for u in roles[r]:
            if u.name in seen or u.name in names_here:
                continue
            names_here.add(u.name)
            kept.append(u)
        roles[r] = kept
        seen |= names_here


class _StandingSentence(NamedTuple):
    """A standing rule written as a sentence: where it is, the role it gives,
    and the span of its units."""

    pos: int
    role: str
    start: int
    end: int


def _standing_sentences(text: str) -> tuple[deque[_StandingSentence], list[_StandingSentence]]:
    """Standing rules written as sentences: forward (…是责任主体，以下不再列出)
    and backward (以上任务…均为责任单位，不再一一列出)."""
    if _STANDING_CLOSE.search(text) is None:
        return deque(), []
    subject = [
        _StandingSentence(m.start(), RESPONSIBLE, m.start("units"), m.end("units"))
        for m in _STANDING_SUBJECT.finditer(text)
    ]
    # 以下各项任务均需X落实，不再列出 as a sentence of its own (inside a clause's bracket, the clause reads it)
    rules = [
        _StandingSentence(m.start(), chain_role(m.group("verb")) or RESPONSIBLE, m.start("units"), m.end("units"))
        for m in _rules_closed_by(text)
        if not _inside_bracket(text, m.start())
    ]
    forward = deque(sorted(subject + rules))
    backward = [
        _StandingSentence(m.start(), ROLE_LABELS.get(m.group("label"), RESPONSIBLE), m.start("units"), m.end("units"))
        for m in _STANDING_ABOVE.finditer(text)
    ]
    return forward, backward


@cache  # compiled on first use: only a text that says 不再列出 reads it
def _standing_rule_sentence() -> regex.Pattern[str]:
    return regex_compile(STANDING_RULE_SENTENCE)


#: how far before its 不再列出 a rule sentence starts, at most (以下各项任务均需 + a unit list of 40 + its verb)
_RULE_REACH = 64


def _rules_closed_by(text: str) -> Iterator[regex.Match[str]]:
    """The rule sentences (STANDING_RULE_SENTENCE), each read in the few characters before the 不再列出 that
    closes it (a search of the whole text tried a lazy unit list at every 以下)."""
    pattern = _standing_rule_sentence()
    for close in _STANDING_CLOSE.finditer(text):
        for m in pattern.finditer(text, max(0, close.start() - _RULE_REACH), close.end()):
            if m.end() == close.end():
                yield m
                break


_OPENERS = frozenset(pair[0] for pair in CLAUSE_BRACKETS)
_CLOSERS = frozenset(pair[1] for pair in CLAUSE_BRACKETS)


@cache  # compiled on first use: only a rule sentence asks
def _bracket_chars() -> re.Pattern[str]:
    return re_compile("[" + re.escape("".join(CLAUSE_BRACKETS)) + "]")


#: how far back on its line a rule's bracket is looked for (a clause is shorter)
_BRACKET_REACH = 200


def _inside_bracket(text: str, pos: int) -> bool:
    """Is ``pos`` inside a bracket opened before it on its line (within ``_BRACKET_REACH``)?"""
    depth = 0
    lo = max(0, pos - _BRACKET_REACH)
    lo = text.rfind("\n", lo, pos) + 1 or lo
    for ch in reversed(_bracket_chars().findall(text, lo, pos)):
        if ch in _CLOSERS:
            depth -= 1
        elif ch in _OPENERS:
            depth += 1
            if depth > 0:
                return True
    return False


def measure_ends(measures: list[Measure]) -> tuple[int, ...]:
    """Where the measures end, in order: the deadline rule keeps a repeated time
    limit when it is another measure's (``Context.measure_ends``)."""
    return tuple(sorted(m.span[1] for m in measures))


def build_measures(
    ctx: Context, regions: list[Region], headings: dict[str, str], markers: dict[str, str]
) -> list[Measure]:
    """One measure per clause in every section's own text, in text order."""
    conv = _Conventions()
    measures: list[Measure] = []
    # 列第一位者为牵头单位 may be stated outside any clause (a note, the preamble)
    stated = list(_FIRST_LISTED.finditer(ctx.text))
    convention_at = [m.start() for m in stated]
    if stated:
        conv.rest = convention_rest(ctx.text, stated[0].end())
        conv.several = convention_several(ctx.text, stated[0].start())
    forward, backward = _standing_sentences(ctx.text)
    for region in sorted(regions, key=lambda r: r.start):
        clauses = find_clauses(ctx, region.start, region.end)
        while forward and clauses and forward[0].pos < clauses[0].start:
            rule = forward.popleft()
            conv.standing.append((rule.role, split_units(ctx, rule.start, rule.end)))
        if not clauses:
            continue
        if region.section_id is None:
            _outside_sections(ctx, clauses, conv)
            continue
        measures += _region_measures(ctx, region, clauses, conv, convention_at, headings, markers)
    for rule in backward:
        measures = _apply_backward(ctx, measures, rule)
    clause_at = {id(m): start for m, start in zip(measures, _clause_starts(ctx.text, measures), strict=True)}
    measures = _clauses_set_back_to_their_block(ctx.text, measures, regions, headings, clause_at)
    return _blocks_closed_by_their_last_item(ctx.text, measures, regions, headings, clause_at)


def _clause_starts(text: str, measures: list[Measure]) -> list[int]:
    """Where each measure's clause starts, as near as its units tell: the start of the bracket or the label line
    before its first unit inside its span (the measure's end when it names none there)."""
    out = []
    for m in measures:
        a, b = m.span
        starts = [u.span[0] for u in (*m.lead_units, *m.responsible_units, *m.supporting_units) if a <= u.span[0] < b]
        first = min(starts, default=b)
        line = max(a, text.rfind("\n", a, first) + 1)
        k = max(text.rfind(c, line, first) for c in _CLAUSE_OPENINGS)
        out.append(k if k >= 0 else line)
    return out


#: what opens a clause before its first unit: a bracket, or a label's line start (责任单位：…)
_CLAUSE_OPENINGS = ("（", "(", "【", "〔")


def _line_start(text: str, i: int) -> int:
    return text.rfind("\n", 0, i) + 1


def _indent(text: str, line: int) -> int:
    """How many blanks open the line that starts at ``line`` (a full-width blank counts two)."""
    n, k = 0, line
    while k < len(text) and text[k] in " \t\u3000\u00a0":
        n += 2 if text[k] == "\u3000" else 4 if text[k] == "\t" else 1
        k += 1
    return n


def _stands_on_its_own_line(text: str, clause: int) -> bool:
    """Does the clause at ``clause`` open its line after a blank line (nothing but blanks before it on its line)?"""
    line = _line_start(text, clause)
    if text[line:clause].strip(" \t\u3000\u00a0"):
        return False
    if line == 0:
        return False
    previous = text.rfind("\n", 0, line - 1) + 1  # (the line before it, not a copy of all the text before it)
    return text[previous : line - 1].strip(" \t\u3000\u00a0") == ""


def _clauses_set_back_to_their_block(
    text: str, measures: list[Measure], regions: list[Region], headings: dict[str, str], clause_at: dict[int, int]
) -> list[Measure]:
    """A clause set back to its block's indent after a nested list closes the block, not the list's last item: in
    Markdown (and an indented text dump) a paragraph after a blank line, indented less than the last item's text
    and no less than the block's (2. 用户端排查。 ⏎ ␣␣␣1. … ⏎ ␣␣␣2. … ⏎ ⏎ ␣␣␣（设区市…负责，商务…部门配合）: redteam12
    jiangxi-2026, a Markdown 细则), is the block's paragraph. Only where the indents show the nesting (the item's
    marker indented more than the block's): a text that indents every paragraph alike says nothing."""
    start_of = {r.section_id: r.start for r in sorted(regions, key=lambda r: r.start) if r.section_id}
    count: dict[str | None, int] = {}
    for m in measures:
        count[m.section_id] = count.get(m.section_id, 0) + 1
    out = []
    for m in measures:
        sid = m.section_id
        block = _parent_id(sid) if sid else None
        clause = clause_at[id(m)]
        if (
            sid is not None
            and block is not None
            and block in start_of
            and sid in start_of
            and count.get(sid) == 1
            and block not in count
            and _stands_on_its_own_line(text, clause)
        ):
            item_indent = _indent(text, _line_start(text, start_of[sid]))
            block_indent = _indent(text, _line_start(text, start_of[block]))
            if block_indent < item_indent and block_indent <= _indent(text, _line_start(text, clause)) <= item_indent:
                m = m.model_copy(
                    update={
                        "id": block,
                        "section_id": block,
                        "heading": headings.get(block) or None,
                        "span": (start_of[block], m.span[1]),
                    }
                )
        out.append(m)
    return out


def _parent_id(sid: str) -> str | None:
    return sid.rpartition(".")[0] or None


def _blocks_closed_by_their_last_item(
    text: str, measures: list[Measure], regions: list[Region], headings: dict[str, str], clause_at: dict[int, int]
) -> list[Measure]:
    """A clause that closes a block's last item, where the block's other items hold none, is the block's when
    the document closes its blocks so: every block of the list that holds a clause holds it in its own text or
    after its last item only, and at least two do. （八）… 1.… 2.… 3.…（责任单位：…） among （N） items that each close
    with their clause (yichang-2025), 问题（一）… 1.… 2.… ⏎ 责任单位：… in a 整改方案 whose problems all end so: the
    clause is the block's measure (``<block id>``, from the block's start). Where the other blocks hold no
    clause (（二）（1）…（2）…（县财政局负责） alone in its list) or hold them per item, it stays the item's; so it
    does where a block's last item is a paragraph of its own that its clause closes after the item's sentence
    (（3）田间道路工程：…达到90%以上。（局农田建设管理科牵头，…配合）: redteam6 qujing-2025 reads 1.2.2.1.3, and so
    its list's ⏎（责任单位：…） after （2） 1.2.2.2.2; redteam12 jiangxi-2026's 3. 重大隐患：…同意。（…负责，…指导） 3.1.3):
    the document closes its items, as a run-in list (（八）….1.…2.…3.…（责任单位：…） on one line) does not."""
    start_of = {r.section_id: r.start for r in sorted(regions, key=lambda r: r.start) if r.section_id}
    children: dict[str | None, list[str]] = {}
    for sid in start_of:  # (in text order)
        children.setdefault(_parent_id(sid), []).append(sid)
    own: dict[str, list[Measure]] = {}
    for m in measures:
        if m.section_id is not None:
            own.setdefault(m.section_id, []).append(m)

    def holds(sid: str) -> bool:
        return sid in own or any(holds(k) for k in children.get(sid, ()))

    def last_item_only(sid: str) -> bool:
        kids = children.get(sid, [])
        return sid not in own and len(own.get(kids[-1], ())) == 1 and not any(holds(k) for k in kids[:-1])

    moved: dict[int, Measure] = {}
    for blocks in children.values():
        with_clauses = [b for b in blocks if holds(b)]
        if len(with_clauses) < 2:
            continue
        if any(
            b not in own
            and last_item_only(b)
            and _closes_its_item(text, start_of[k := children[b][-1]], clause_at[id(own[k][0])])
            for b in with_clauses
        ):
            continue
        if not all(
            (b in own and not any(holds(k) for k in children.get(b, ()))) or last_item_only(b) for b in with_clauses
        ):
            continue
        for b in with_clauses:
            if b not in own:  # (then last_item_only(b))
                m = own[children[b][-1]][0]
                moved[id(m)] = m.model_copy(
                    update={
                        "id": b,
                        "section_id": b,
                        "heading": headings.get(b) or None,
                        "span": (start_of[b], m.span[1]),
                    }
                )
    return [moved.get(id(m), m) for m in measures] if moved else measures


def _closes_its_item(text: str, item: int, clause: int) -> bool:
    """Is the clause at ``clause`` the end of the own paragraph of the item at ``item``, after its sentence (the item's
    marker opens its line, and a sentence of the item ends before the clause on the clause's line)?"""
    if text[_line_start(text, item) : item].strip(" \t\u3000\u00a0>*-+"):
        return False  # a run-in item: its marker follows the block's text on a line
    return any(c in text[_line_start(text, clause) : clause] for c in "。；;")


def _outside_sections(ctx: Context, clauses: list[Clause], conv: _Conventions) -> None:
    """Clauses outside every numbered section make no measure; a convention stated there holds."""
    for cl in clauses:
        if cl.first_listed_leads:
            conv.first_listed_leads = True
        ctx.warn(
            WarningCode.CLAUSE_OUTSIDE_SECTIONS,
            "a responsibility clause outside every numbered section was not made a measure",
            (cl.start, cl.end),
        )


def _region_measures(
    ctx: Context,
    region: Region,
    clauses: list[Clause],
    conv: _Conventions,
    convention_at: list[int],
    headings: dict[str, str],
    markers: dict[str, str],
) -> list[Measure]:
    """The measures of one section's own text: one per clause with parts, each
    from the end of the previous clause (a clause that only states a rule
    still closes a stretch)."""
    assert region.section_id is not None
    sid = region.section_id
    out: list[Measure] = []
    stretch_start = region.start
    clauses = _outermost(
        [
            cl
            for cl in clauses
            if not (cl.bare and not _convention(conv, convention_at, cl) and not _stands_alone(ctx, cl))
        ]
    )
    several = len([c for c in clauses if c.parts]) > 1
    for cl in clauses:
        if convention_at and convention_at[0] < cl.end:
            conv.first_listed_leads = True
        roles = _roles(ctx, cl, conv)
        for role, units in conv.standing:
            roles[role].extend(units)
        if cl.standing:
            role, a, b = cl.standing
            roles[role].extend(split_units(ctx, a, b))
            conv.standing.append((role, split_units(ctx, a, b)))
        _apply_lead_wins(roles)
        if cl.parts:
            k = len(out) + 1
            heading: str | None
            if several:
                heading = _first_sentence(ctx.text, stretch_start, cl.start, markers.get(sid, "") if k == 1 else "")
                if k == 1 and headings.get(sid) and not heading.startswith(headings[sid]):
                    heading = headings[sid]
            else:
                heading = headings.get(sid)
            out.append(
                Measure(
                    id=f"{sid}-{k}" if several else sid,
                    section_id=sid,
                    heading=heading or None,
                    span=(stretch_start, cl.end),
                    lead_units=roles[LEAD],
                    responsible_units=roles[RESPONSIBLE],
                    supporting_units=roles[SUPPORTING],
                )
            )
        stretch_start = cl.end
    return out


def _outermost(clauses: list[Clause]) -> list[Clause]:
    """The clauses (in text order) without one that ends before a clause before it: a measure runs
    from one clause's end to the next one's, and a clause inside another (a bracket inside a 分工
    sentence: 分工：市环保局，（市财政局负责）…) would end its measure before it starts. Its text is
    read with the clause around it."""
    out: list[Clause] = []
    for cl in clauses:
        if not out or cl.end >= out[-1].end:
            out.append(cl)
    return out


def _apply_backward(ctx: Context, measures: list[Measure], rule: _StandingSentence) -> list[Measure]:
    """A standing rule that reaches back adds its units to every measure before it."""
    units = split_units(ctx, rule.start, rule.end)
    out = []
    for m in measures:
        if m.span[1] <= rule.pos:
            roles = {
                LEAD: list(m.lead_units),
                RESPONSIBLE: list(m.responsible_units),
                SUPPORTING: list(m.supporting_units),
            }
            roles[rule.role] += units
            _apply_lead_wins(roles)
            m = m.model_copy(
                update={
                    "lead_units": roles[LEAD],
                    "responsible_units": roles[RESPONSIBLE],
                    "supporting_units": roles[SUPPORTING],
                }
            )
        out.append(m)
    return out
