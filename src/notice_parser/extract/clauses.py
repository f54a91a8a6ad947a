"""Responsibility clauses: find them, and read who takes which role.

A clause is a bracketed stretch ``（…）`` (full- or half-width), or a line
that starts with a role label, whose parts all assign roles:

* labelled parts ``牵头单位：X、Y`` run to the next label, so a comma inside
  one part separates units, not roles;
* verb parts ``X、Y牵头`` / ``Z按职责分工负责`` are split on ，；;
* a part that is a time phrase or a score (``6月底完成``, ``0.5分``) is let
  through, but a clause needs at least one role part;
* ``列第一位者为牵头单位`` and ``以下均需X落实，不再列出`` are document-wide
  rules, returned for the caller to apply from here on.

A label is only a label when a colon follows it (or it opens the clause), so
a unit whose own name contains 牵头单位 ("工作专班牵头单位牵头") is a unit.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import regex

from ..lexicon.roles import FIRST_LISTED_LEADS, NEUTRAL_LABELS, ROLE_LABELS, ROLE_VERBS, STANDING_RULE
from ..spans import WHITESPACE
from .context import Context

_LABEL = regex.compile(
    r"(?P<label>" + "|".join(sorted(map(regex.escape, [*ROLE_LABELS, *NEUTRAL_LABELS]), key=len, reverse=True))
    + r")\s*[：:]\s*"
)
_VERB_END = regex.compile(
    r"(?P<verb>" + "|".join(sorted(map(regex.escape, ROLE_VERBS), key=len, reverse=True)) + r")\s*[。.]?\s*$"
)
_FIRST_LISTED = regex.compile(FIRST_LISTED_LEADS)
_STANDING = regex.compile(STANDING_RULE)
_PART_SPLIT = regex.compile(r"[，,；;。]")
#: parts that may sit in a clause without assigning a role
_NEUTRAL_PART = regex.compile(
    r"""^(?:
        .{0,20}?(?:底前?|前|月|日|年|季度|长期|持续|完成|推进|坚持|取得|见效|开展|启动)[^：:]{0,16}  # time phrase
      | [0-9０-９.．]+分                                         # a score
      | 下同 | 以下同 | 下同\S{0,4}
    )$""",
    regex.VERBOSE,
)
_OPEN, _CLOSE = "（(", "）)"


@dataclass
class RolePart:
    role: str
    start: int  # the unit list, in text offsets
    end: int
    explicit: bool = True  # False: the role comes from a convention


@dataclass
class Clause:
    start: int  # the clause as a whole (brackets included)
    end: int
    parts: list[RolePart] = field(default_factory=list)
    first_listed_leads: bool = False  # 列第一位者为牵头单位 stated here
    standing: tuple[str, int, int] | None = None  # (role, start, end) of a standing rule's units


def _strip(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and (text[a] in WHITESPACE or text[a] in "，,；;。：:"):
        a += 1
    while b > a and (text[b - 1] in WHITESPACE or text[b - 1] in "，,；;。"):
        b -= 1
    return a, b


def parse_clause(text: str, a: int, b: int) -> Clause | None:
    """Read the roles of ``text[a:b]`` (the inside of a bracket), or None."""
    clause = Clause(a, b)
    inner = text[a:b]
    m = _FIRST_LISTED.search(inner)
    if m:
        clause.first_listed_leads = True
        b_conv = a + m.start()
        # the convention sentence is not a unit list
        inner_end = b_conv
    else:
        inner_end = b
    s = _STANDING.search(text, a, inner_end)
    if s:
        clause.standing = (ROLE_VERBS.get(s.group("verb"), "responsible"), s.start("units"), s.end("units"))
        inner_end = s.start()
    labels = list(_LABEL.finditer(text, a, inner_end))
    if labels:
        # anything before the first label must be neutral (a time phrase)
        pre_a, pre_b = _strip(text, a, labels[0].start())
        if pre_b > pre_a and not all(
            _NEUTRAL_PART.match(p) for p in _PART_SPLIT.split(text[pre_a:pre_b]) if p.strip()
        ):
            return None
        for k, lm in enumerate(labels):
            end = labels[k + 1].start() if k + 1 < len(labels) else inner_end
            ua, ub = _strip(text, lm.end(), end)
            if lm.group("label") not in ROLE_LABELS:
                continue  # 完成时限：… — no units here
            if ub > ua:
                clause.parts.append(RolePart(ROLE_LABELS[lm.group("label")], ua, ub))
        return clause if clause.parts else None
    # verb notation: every part ends in a role verb, or is neutral
    pos = a
    pieces = []
    for sep in _PART_SPLIT.finditer(text, a, inner_end):
        pieces.append((pos, sep.start()))
        pos = sep.end()
    pieces.append((pos, inner_end))
    for pa, pb in pieces:
        pa, pb = _strip(text, pa, pb)
        if pb <= pa:
            continue
        piece = text[pa:pb]
        vm = _VERB_END.search(piece)
        if vm and vm.start() > 0:
            clause.parts.append(RolePart(ROLE_VERBS[vm.group("verb")], pa, pa + vm.start()))
        elif _NEUTRAL_PART.match("".join(ch for ch in piece if ch not in WHITESPACE)):
            continue
        else:
            return None
    if not clause.parts and clause.standing is None:
        return None
    return clause


def _brackets(text: str, start: int, end: int):
    """Top-level bracket pairs in ``[start, end)``: (open, close) offsets."""
    depth = 0
    open_at = -1
    for i in range(start, end):
        ch = text[i]
        if ch in _OPEN:
            if depth == 0:
                open_at = i
            depth += 1
        elif ch in _CLOSE and depth:
            depth -= 1
            if depth == 0:
                yield open_at, i
        elif ch == "\n" and depth:
            # a bracket never spans a paragraph; a clause may span a line break inside a name
            nxt = text.find("\n", i + 1, end)
            if nxt == i + 1:
                depth = 0


def _label_lines(text: str, start: int, end: int):
    """Lines that start with a role label: 责任单位：X (no brackets)."""
    for m in regex.finditer(r"(?m)^[ \t\u3000\u00a0]*(?=(?:" + "|".join(ROLE_LABELS) + r")\s*[：:])", text[start:end]):
        a = start + m.end()
        nl = text.find("\n", a, end)
        yield a, (end if nl < 0 else nl)


def find_clauses(ctx: Context, start: int, end: int) -> list[Clause]:
    """Responsibility clauses in ``[start, end)``, in text order."""
    text = ctx.text
    out: list[Clause] = []
    taken: list[tuple[int, int]] = []
    for o, c in _brackets(text, start, end):
        if c - o > 400:
            continue
        clause = parse_clause(text, o + 1, c)
        if clause is not None:
            clause.start, clause.end = o, c + 1
            out.append(clause)
            taken.append((o, c + 1))
    for a, b in _label_lines(text, start, end):
        if any(x <= a < y for x, y in taken):
            continue
        clause = parse_clause(text, a, b)
        if clause is not None:
            clause.start, clause.end = a, b
            out.append(clause)
    out.sort(key=lambda cl: cl.start)
    return out
