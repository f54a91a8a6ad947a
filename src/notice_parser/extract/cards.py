"""Task cards (任务卡): a plan whose every task is its own small key–value table, grouped under
一、二、 headings in paragraphs::

    任务名称 | 1. 建设县级物流配送中心
    牵头单位 | 县商务局
    配合单位 | 县交通运输局、县邮政分公司
    完成时限 | 2026年9月底前
    工作目标 | 建成1个县级公共物流配送中心

A card is read as the one-row task table it is: its keys are the header (the vocabulary of
:mod:`notice_parser.lexicon.table_headers`: 任务名称, 牵头单位/牵头部门, 责任单位, 配合单位, 完成时限/时间节点,
责任领导 — a person, no unit —, 序号; and the text keys of :mod:`notice_parser.lexicon.cards`: 工作目标,
预期成效 …), its values the one data row, so :func:`~notice_parser.extract.tables.measures_from_tables` makes
its measure with the labelled units, the time limits and the targets of its cells. The shapes written:

* two columns, a key and its value per row (the card above);
* four columns, two key–value pairs per row (牵头单位 | 县商务局 | 配合单位 | 县邮政分公司), a value merged
  across the rest of a row;
* the keys in a header row over one row of values (a one-row table: read as it stands);
* flattened into text (:func:`text_cards`): a key and its value on one line (a tab, a run of spaces of a
  pdftotext layout, or a colon: 牵头单位：县商务局), or a key on its own line with its value on the lines
  after it (a table copied one cell per line, a crawled page).

A card whose task name carries its own number (1. 建设…, （三）…, 任务3：…) is a numbered item of the plan: a
section with that number under the section the card stands in (the 一、 heading before it; a number that
counts on across the groups keeps its number: 4. under 二、 is 2.4), whose measure takes the section's id
(:func:`with_card_sections`, :func:`card_measure_ids`). A card without a number (a 序号 row's bare number
labels the row, as a task table's 序号 column does) is the measure ``table<N>.row1`` of the section it
stands in.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import pairwise

import regex

from ..compiled import regex_compile
from ..context import Region
from ..lexicon.cards import CARD_FORM_KEYS, CARD_ITEM_KEY, CARD_NAME_WORD, CARD_NUMBER, CARD_TEXT_KEYS
from ..lexicon.table_headers import BODY_WORDS, TASK_WORDS, classify_header, header_key
from ..lexicon.target_words import YEARLY_WORDS
from ..model import (
    ByDeadline,
    Deadline,
    DuringDeadline,
    FromDeadline,
    Measure,
    Section,
    Target,
    update_in_place,
    walk_sections,
)
from ..numerals import parse_cn_number
from ..readers import Cell, Table
from ..segment.sections import find_candidates
from ..segment.segmentation import Segmentation
from ..segment.table_sections import outside_spans
from ..spans import WHITESPACE_CHARS, squeeze, strip_span

#: the roles a card must name one of (else it is no task's card)
_ROLES = frozenset({"lead", "responsible", "supporting"})
#: a card has at least this many keys: its task's name, a role and one more
MIN_KEYS = 3
#: a card has no more rows (a key and its value a row, a caption, a few empty rows)
MAX_CARD_ROWS = 40
#: a key is short (任务名称, 牵头单位, 牵头单位及责任人): a longer cell is a value, though it holds a header's word
#: (资金于项目验收合格后30日内拨付 holds 项目)
MAX_KEY_CHARS = 8
#: a task's name is no longer (a cell holding more, or a sentence end, holds the task's measures)
MAX_NAME_CHARS = 60
_SENTENCE_ENDS = "。；;"
#: what closes a heading's tail
_TRAILING = "；;，,.．、：:" + WHITESPACE_CHARS


@dataclass
class CardTable(Table):
    """A card as the one-row task table it is: the header row its keys, the data row its values
    (cells in the text's order within each row). ``number``/``marker``/``heading``: the number its
    task name carries, as written, and the name without it; ``section_id`` is given when the card
    became a section (:func:`with_card_sections`)."""

    number: int | None = None
    marker: str = ""
    heading: str = ""
    section_id: str | None = None
    #: no task key and no caption: the card holds the roles of the section it stands in (a numbered paragraph
    #: 1. 建设… over a table 牵头单位 | … / 完成时限 | …)
    headless: bool = False
    #: the id its measure takes: its own section's, or the section's it stands in (headless)
    measure_id: str | None = None
    #: the numbered items its text cells list (督办要求 | 1.… ⏎ 2.…): (number, marker, heading, span) each
    items: tuple[tuple[int, str, str, tuple[int, int]], ...] = ()


@lru_cache(maxsize=1)
def _item_key() -> regex.Pattern[str]:
    return regex_compile(CARD_ITEM_KEY)


@lru_cache(maxsize=4096)
def card_key(text: str) -> str | None:
    """The kind of a card's key (``task``, ``lead``, ``deadline``, ``ignore`` …, ``text`` for a
    :data:`CARD_TEXT_KEYS` key), None when ``text`` is no key."""
    key = header_key(text)
    if not key or len(key) > MAX_KEY_CHARS:
        return None
    if key in CARD_TEXT_KEYS:
        return "text"
    if key in CARD_FORM_KEYS:
        return "ignore"  # 督办类别 | …: the form's own row
    if _item_key().fullmatch(key):
        return "task"  # 事项一, 第三项: the key of an item's name
    return classify_header(key)[0]


def as_cards(text: str, tables: Sequence[Table]) -> list[Table]:
    """``tables`` with every card among them read as its one-row table (:class:`CardTable`), and every form of
    several items (a 督办通知单) as its items' cards, or as one table of a row per item (:func:`_cards_of`)."""
    out: list[Table] = []
    for t in tables:
        cards = _cards_of(text, t)
        out += cards if cards else [t]
    return out


def _card_of(text: str, table: Table) -> CardTable | None:
    """``table`` as one card, or None (a form of several items included)."""
    cards = _cards_of(text, table)
    return cards[0] if len(cards) == 1 and len(cards[0].rows) == 2 else None


def _cards_of(text: str, table: Table) -> list[CardTable]:
    """The cards of a key–value table: one, or a form's several items one after another (a 督办通知单: 事项一 |
    关于… / 督办事项 | … / 承办单位 | … / 办理时限 | … / 督办要求 | …, then 事项二 …; a 任务卡 of several tasks under
    the same keys). Numbered items (事项一, 任务2, or a name that carries its number: 一、加快…) are a card each,
    so each is its numbered section; unnumbered items are one table of a row per item. Empty when no card."""
    if len(table.rows) > MAX_CARD_ROWS:
        return []  # a task table of many rows (its header failed the card's test in its first row anyway)
    caption, pairs = _pairs(text, table)
    if pairs is None:
        rows = _header_over_one_row(text, table)
        card = None if rows is None else _checked(text, CardTable(strip_span(text, *table.span), rows), caption)
        return [card] if card is not None else []
    items = _items(text, pairs)
    if items is None:
        return []
    if len(items) == 1:
        card = _checked(text, CardTable(strip_span(text, *table.span), _rows(items[0]), plain=table.plain), caption)
        return [card] if card is not None else []
    span = (items[0][0][0].span[0], items[-1][-1][1].span[1])
    cards = [_checked(text, CardTable((i[0][0].span[0], i[-1][1].span[1]), _rows(i)), None) for i in items]
    if all(c is not None and c.number is not None for c in cards):
        return [c for c in cards if c is not None]
    form = _checked(text, CardTable(span, _item_rows(text, items), plain=table.plain), None, numbered=False)
    return [form] if form is not None and all(c is not None for c in cards) else []


def _rows(pairs: list[tuple[Cell, Cell]]) -> list[list[Cell]]:
    return [[k for k, _ in pairs], [v for _, v in pairs]]


def _checked(text: str, card: CardTable, caption: Cell | None, *, numbered: bool = True) -> CardTable | None:
    """``card`` if its keys make a task's card (a role, and a task or a time), with its number and heading."""
    kinds = [card_key(text[slice(*c.span)]) for c in card.rows[0]]
    # (a card without a task key is read through its time column, as a task table without one is)
    if len(kinds) < MIN_KEYS or not _ROLES & set(kinds) or not ("task" in kinds or "deadline" in kinds):
        return None
    if not numbered:
        return card
    tasks = [c for c, k in enumerate(kinds) if k == "task"]
    item = _item_number(text[slice(*card.rows[0][0].span)])
    if item is not None:  # 事项一 | 关于加快推进…: the key numbers the item, its value names it
        card.number, card.marker = item, squeeze(text[slice(*card.rows[0][0].span)])
        card.heading = _heading(text[slice(*card.rows[1][0].span)])
        card.items = tuple(_cell_items(text, card))
        return card
    named = [c for c in tasks if CARD_NAME_WORD in header_key(text[slice(*card.rows[0][c].span)])]
    cells = [card.rows[1][c].span for c in named + [c for c in tasks if c not in named]]
    _number(text, card, cells + ([caption.span] if caption else []))
    card.headless = not tasks and caption is None
    if card.number is not None:
        card.items = tuple(_cell_items(text, card))
    return card


def _item_number(key: str) -> int | None:
    """The number an item's key gives it (事项一, 事项2, 任务三, 第一项), None for another key."""
    m = _item_key().fullmatch(squeeze(key))
    if m is None:
        return None
    number = m.group(1) or m.group(2)
    return int(number) if number.isdigit() else parse_cn_number(number)


def _items(text: str, pairs: list[tuple[Cell, Cell]]) -> list[list[tuple[Cell, Cell]]] | None:
    """The items of a key–value table: all its pairs when every key comes once; else a form's items, each opened
    by a numbered key (事项一, 事项二 …) or by the first key that comes again (督办事项 … 督办事项), the pairs before
    the first (督办依据 | …: the form's own) left out. None when a key comes twice within an item."""
    keys = [header_key(text[slice(*k.span)]) for k, _ in pairs]
    numbered = [i for i, (k, _) in enumerate(pairs) if _item_number(text[slice(*k.span)]) is not None]
    if len(numbered) >= 2:
        starts = numbered
    elif len(set(keys)) == len(keys):
        return [pairs]
    else:
        again = next(key for key in keys if keys.count(key) > 1)
        starts = [i for i, key in enumerate(keys) if key == again]
    items = [pairs[a:b] for a, b in zip(starts, [*starts[1:], len(pairs)], strict=True)]
    for a, b in zip(starts, [*starts[1:], len(pairs)], strict=True):
        if len(set(keys[a:b])) != b - a:
            return None
    return items


def _item_rows(text: str, items: list[list[tuple[Cell, Cell]]]) -> list[list[Cell]]:
    """Unnumbered items as one table: the keys in the order first given, a row of values per item; a key only
    some items give (督办要求 once, after the last) is blank in the others."""
    columns: dict[str, Cell] = {}
    for item in items:
        for k, _ in item:
            columns.setdefault(header_key(text[slice(*k.span)]), k)
    rows = [list(columns.values())]
    for item in items:
        values = {header_key(text[slice(*k.span)]): v for k, v in item}
        end = item[-1][1].span[1]
        rows.append([values.get(key, Cell((end, end))) for key in columns])
    return rows


def _own_cells(row: list[Cell]) -> list[Cell]:
    """A row's cells, a cell merged across several columns once."""
    out: list[Cell] = []
    for cell in row:
        if not out or cell.span != out[-1].span:
            out.append(cell)
    return out


def _pairs(text: str, table: Table) -> tuple[Cell | None, list[tuple[Cell, Cell]] | None]:
    """The (key, value) cells of a key–value table, row by row, or None: two columns, four (two pairs a row),
    or a key over sub-keys (责任单位 merged down beside 牵头单位 | … and 配合单位 | …: the innermost key is the
    value's); and the card's caption, a first row of one cell across the card (1. 建设县级物流配送中心)."""
    out: list[tuple[Cell, Cell]] = []
    caption: Cell | None = None
    for row in table.rows:
        cells = [c for c in _own_cells(row) if squeeze(text[slice(*c.span)])]
        if not cells:
            continue
        if not out and caption is None and len(cells) == 1 and card_key(text[slice(*cells[0].span)]) is None:
            caption = cells[0]
            continue
        key: Cell | None = None
        for cell in _own_cells(row):
            if card_key(text[slice(*cell.span)]) is not None:
                key = cell
            elif key is None:
                return None, None  # a value with no key before it
            else:
                out.append((Cell(key.span), Cell(cell.span)))
                key = None
        if key is not None:
            return None, None  # a key with no value: a header row
    return (caption, out) if len(out) >= MIN_KEYS else (None, None)


def _header_over_one_row(text: str, table: Table) -> list[list[Cell]] | None:
    """A header row of keys over one row of values (a one-row table), or None."""
    rows = [r for r in table.rows if any(squeeze(text[slice(*c.span)]) for c in r)]
    if len(rows) != 2 or len(rows[0]) != len(rows[1]):
        return None
    if any(card_key(text[slice(*c.span)]) is None for c in rows[0]):
        return None
    if any(card_key(text[slice(*c.span)]) is not None for c in rows[1] if squeeze(text[slice(*c.span)])):
        return None
    return rows


_CARD_NUMBER = regex_compile(CARD_NUMBER)


def _number(text: str, card: CardTable, cells: list[tuple[int, int]]) -> None:
    """The number the card's task name carries (1. 建设… / （三）… / 任务3：…), and the name without it: the
    first of ``cells`` (its task cells, a name's first, then its caption) that reads as a name."""
    for span in cells:
        start, end = strip_span(text, *span)
        if not _name_like(text[start:end]):
            continue  # a list of measures (1.组织…；2.…) numbers its items, not the card
        found = find_candidates(text, start, end, inline=False)
        m = _CARD_NUMBER.match(text, start, end)
        if found and found[0].start == start:
            card.number, marker_end = found[0].number, found[0].end
        elif m:
            card.number = int(m.group(1)) if m.group(1).isdigit() else parse_cn_number(m.group(1))
            marker_end = m.end()
        else:
            card.heading = _heading(text[start:end])
            return
        card.marker = squeeze(text[start:marker_end])
        card.heading = _heading(text[marker_end:end])
        return


def _name_like(s: str) -> bool:
    """Does a task cell read as the task's name: one short phrase, no sentence inside?"""
    name = squeeze(s).rstrip("。")
    return 0 < len(name) <= MAX_NAME_CHARS and not any(ch in name for ch in _SENTENCE_ENDS)


def _heading(s: str) -> str:
    return squeeze(s).split("。", 1)[0].rstrip(_TRAILING)


def with_card_sections(seg: Segmentation, tables: Sequence[Table]) -> Segmentation:
    """``seg`` with every numbered card a section under the section it stands in, its span its own region."""
    by_id = {s.id: s for s in walk_sections(list(seg.sections))}
    _headless_ids(seg, tables, by_id)
    cards = [t for t in tables if isinstance(t, CardTable) and t.number]
    if not cards:
        return seg
    taken = set(by_id)
    levels: dict[str, int] = {}
    under: dict[str | None, list[Section]] = {}
    for card in cards:
        parent_id = seg.section_at(card.span[0])
        parent = by_id.get(parent_id) if parent_id else None
        if parent is not None and parent.span[1] < card.span[1]:
            continue
        sid = f"{parent_id}.{card.number}" if parent_id else str(card.number)
        if sid in taken:
            continue
        taken.add(sid)
        card.section_id = card.measure_id = sid
        level = levels[sid] = parent.level + 1 if parent else 1
        items = [
            Section(id=f"{sid}.{n}", marker=marker, level=level + 1, heading=heading, span=span)
            for n, marker, heading, span in card.items
        ]
        section = Section(id=sid, marker=card.marker, level=level, heading=card.heading, span=card.span)
        if items:
            section = section.model_copy(update={"children": items})
        under.setdefault(parent_id, []).append(section)
    if not under:
        return seg
    sections = _with_children(list(seg.sections), under.get(None, []), under)
    placed = sorted(card.span for card in cards if card.section_id)
    regions = [piece for r in seg.regions for piece in outside_spans(r, placed)]
    for sec in (s for group in under.values() for s in group):
        own = Region(sec.span[0], sec.span[1], sec.id, sec.level)
        regions += outside_spans(own, [ch.span for ch in sec.children])
        regions += [Region(ch.span[0], ch.span[1], ch.id, ch.level) for ch in sec.children]
    return replace(seg, sections=tuple(sections), regions=tuple(sorted(regions, key=lambda r: r.start)))


def _cell_items(text: str, card: CardTable) -> list[tuple[int, str, str, tuple[int, int]]]:
    """The numbered items a card's text cell lists one a line (督办要求 | 1.牵头单位要… ⏎ 2.…; 工作要求 | （一）… ⏎
    （二）…): (number, marker, heading, span) of each, the items of a cell counting 1, 2, 3 … from its first line.
    They are the card's numbered sections, as the items of a paragraph are."""
    out: list[tuple[int, str, str, tuple[int, int]]] = []
    for key, value in zip(card.rows[0], card.rows[1], strict=True):
        if card_key(text[slice(*key.span)]) != "text":
            continue
        start, end = strip_span(text, *value.span)
        found = [c for c in find_candidates(text, start, end, inline=False) if c.strength == "line"]
        if len(found) < 2 or [c.number for c in found] != list(range(1, len(found) + 1)):
            continue
        if len({c.style for c in found}) != 1 or found[0].start != start:
            continue
        ends = [strip_span(text, a.start, b.start)[1] for a, b in pairwise(found)] + [end]
        for c, item_end in zip(found, ends, strict=True):
            marker = squeeze(text[c.start : c.end])
            out.append((c.number, marker, _heading(text[c.end : item_end]), (c.start, item_end)))
    return out


def _headless_ids(seg: Segmentation, tables: Sequence[Table], by_id: dict[str, Section]) -> None:
    """A headless card alone in a section with no children (1. 建设县级物流配送中心 over its table) holds that
    section's roles: its measure takes the section's id and heading."""
    found: dict[str, list[CardTable]] = {}
    for t in tables:
        sid = seg.section_at(t.span[0]) if isinstance(t, CardTable) and t.headless else None
        if sid is not None and isinstance(t, CardTable):
            found.setdefault(sid, []).append(t)
    for sid, cards in found.items():
        sec = by_id[sid]
        if len(cards) == 1 and not sec.children and cards[0].span[1] <= sec.span[1]:
            cards[0].measure_id, cards[0].heading = sid, sec.heading


def _with_children(
    sections: list[Section], added: list[Section], under: dict[str | None, list[Section]]
) -> list[Section]:
    out = [
        s.model_copy(update={"children": _with_children(s.children, under.get(s.id, []), under)})
        if _holds_added(s, under)
        else s
        for s in sections
    ]
    return sorted([*out, *added], key=lambda s: s.span)


def _holds_added(sec: Section, under: dict[str | None, list[Section]]) -> bool:
    return sec.id in under or any(_holds_added(ch, under) for ch in sec.children)


def card_measure_ids(measures: list[Measure], tables: Sequence[Table], taken: Sequence[Measure] = ()) -> list[Measure]:
    """The measure of a card that became a section takes the section's id and heading (not ``table<N>.row1``),
    and so does a headless card's the section's it stands in, unless a measure of ``taken`` has that id."""
    used = {m.id for m in taken}
    ids = {
        f"table{n}.row1": t
        for n, t in enumerate(tables, start=1)
        if isinstance(t, CardTable) and t.measure_id is not None and t.measure_id not in used
    }
    if not ids:
        return measures
    out = []
    for m in measures:
        card = ids.get(m.id)
        out.append(m if card is None else m.model_copy(update={"id": card.measure_id, "heading": card.heading}))
    return out


#: a card flattened into text: the lines one value may wrap over (a PDF's cell of a few lines)
MAX_VALUE_LINES = 4
#: what parts a key from its value on one line: a tab, a run of spaces (a pdftotext layout), a colon
_INLINE_KEY = regex_compile(r"([^\t \u3000：:]{2,8})(?:[\t \u3000]*[：:]|\t|[ \u3000]+)[\t \u3000]*(?=\S)")
#: a line's cells: runs of text parted by a tab or a run of spaces (a single space stays inside a cell)
_CELL = regex_compile(r"[^\t \u3000]+(?:[ \u3000][^\t \u3000]+)*")
_INDENT = (" " * 2, "\t", "\u3000")


@dataclass(frozen=True)
class _Entry:
    key: tuple[int, int]
    value: tuple[int, int] | None  # on the key's line; None when the key stands alone
    #: the line's further (key, value) pairs (牵头单位⇥县商务局⇥配合单位⇥县邮政分公司: four columns a line)
    rest: tuple[tuple[tuple[int, int], tuple[int, int]], ...] = ()


def text_cards(text: str, known: Sequence[tuple[int, int]]) -> list[Table]:
    """The cards flattened into the text outside the ``known`` tables' spans, as :class:`CardTable`\\ s: runs
    of lines that each give a key and its value (任务名称⇥1. 建设… / 牵头单位：县商务局 / 牵头单位␣␣县商务局),
    or a key alone on its line with its value on the lines after it (a cell per line); a value that wraps goes on
    on the lines after it (a pdftotext layout indents them). A run is cut into cards where a key comes again,
    and every key of a card is written the same way (a 牵头单位：… line under a task's paragraph is its clause)."""
    if not any(w in text for w in BODY_WORDS) or not any(w in text for w in TASK_WORDS):
        return []  # no role key (牵头单位, 责任部门, 配合科室 …) or no task key (任务名称, 重点任务 …) anywhere
    lines = _lines(text)
    keyed = [_entry(text, line) for line in lines]
    out: list[Table] = []
    i = 0
    while i < len(lines):
        entries, i = _run(text, lines, keyed, i)
        for group in _cut(text, entries):
            if any(a < group[-1][1][1] and group[0][0][0] < b for a, b in known):
                continue
            table = Table((group[0][0][0], group[-1][1][1]), [[Cell(k), Cell(v)] for k, v in group], plain=True)
            card = _card_of(text, table)
            if card is not None and _opens_with_name(text, card):
                out.append(card)
    return out


def _opens_with_name(text: str, card: CardTable) -> bool:
    """A card in text opens with its task's name (after a 序号 line, if any), under a name key (任务名称) or
    numbered: a 整改 block's labelled lines (整改目标：2024年… 整改措施：1.…；2.… 责任单位：…) under a numbered
    problem are that section's text and clause."""
    for key, value in list(zip(card.rows[0], card.rows[1], strict=True))[:2]:
        kind = card_key(text[slice(*key.span)])
        if kind == "task":  # named so (任务名称), or numbered (重点任务：1. 建设…)
            named = CARD_NAME_WORD in header_key(text[slice(*key.span)])
            return _name_like(text[slice(*value.span)]) and (named or card.number is not None)
        if kind != "ignore":
            return False
    return False


def _lines(text: str) -> list[tuple[int, int]]:
    out, pos = [], 0
    while pos <= len(text):
        nl = text.find("\n", pos)
        end = len(text) if nl < 0 else nl
        out.append((pos, end))
        pos = end + 1
    return out


def _entry(text: str, line: tuple[int, int]) -> _Entry | None:
    start, end = strip_span(text, *line)
    if start == end:
        return None
    cells = [c.span() for c in _CELL.finditer(text, start, end)]
    if len(cells) >= 4 and len(cells) % 2 == 0:
        keys, values = cells[::2], cells[1::2]
        if all(card_key(text[a:b]) is not None for a, b in keys) and all(
            card_key(text[a:b]) is None for a, b in values
        ):
            return _Entry(keys[0], values[0], tuple(zip(keys[1:], values[1:], strict=True)))
    m = _INLINE_KEY.match(text, start, end)
    if m is not None and card_key(m.group(1)) is not None and card_key(text[m.end() : end]) is None:
        return _Entry(m.span(1), (m.end(), end))
    if m is None and end - start <= MAX_KEY_CHARS + 2 and card_key(text[start:end]) is not None:
        return _Entry((start, end), None)
    return None


def _numbered(text: str, line: tuple[int, int]) -> bool:
    start, end = strip_span(text, *line)
    return bool(find_candidates(text, start, end, inline=False))


def _run(
    text: str, lines: list[tuple[int, int]], keyed: list[_Entry | None], i: int
) -> tuple[list[tuple[_Entry, tuple[int, int]]], int]:
    """The key–value entries of the run of lines from ``i`` (each with its value's span), and the line after;
    ``keyed`` holds each line's entry (None for a line that gives no key)."""
    out: list[tuple[_Entry, tuple[int, int]]] = []
    while i < len(lines):
        entry = keyed[i]
        if entry is not None and entry.value is None and (i + 1 >= len(lines) or keyed[i + 1] is not None):
            return out, i + 1  # a key with no value: no card goes on over it
        if entry is None or _numbered(text, lines[i]):  # (三、工作要求 is a heading, no key)
            return out, i + 1 if not out else i
        i += 1
        first = entry.value
        if first is None:  # the value on the lines after the key: the first one whatever it holds
            first = strip_span(text, *lines[i])
            if first[0] == first[1]:
                return out, i
            i += 1
        value_end, taken = entry.rest[-1][1][1] if entry.rest else first[1], 1
        while i < len(lines) and taken < MAX_VALUE_LINES and keyed[i] is None and _goes_on(text, lines[i], entry):
            value_end, taken, i = strip_span(text, *lines[i])[1], taken + 1, i + 1
        if not entry.rest:
            out.append((entry, (first[0], value_end)))
            continue
        pairs = [(entry.key, first), *entry.rest]
        pairs[-1] = (pairs[-1][0], (pairs[-1][1][0], value_end))  # a wrapped line goes on with the line's last value
        out += [(_Entry(k, v), v) for k, v in pairs]
    return out, i


def _goes_on(text: str, line: tuple[int, int], entry: _Entry) -> bool:
    """Does ``line`` (no key's) go on with the value before it (a wrapped cell)? Not a blank line or a
    numbered one (a heading); after a key written on the value's line, only an indented line."""
    start, end = strip_span(text, *line)
    if start == end or _numbered(text, line):
        return False
    return entry.value is None or text.startswith(_INDENT, line[0])


def _cut(
    text: str, entries: list[tuple[_Entry, tuple[int, int]]]
) -> list[list[tuple[tuple[int, int], tuple[int, int]]]]:
    """The run cut into cards where a key comes again; a card whose keys are not written one way is dropped."""
    cards: list[list[tuple[_Entry, tuple[int, int]]]] = []
    seen: set[str] = set()
    for entry, value in entries:
        key = header_key(text[slice(*entry.key)])
        if not cards or key in seen:
            cards.append([])
            seen = set()
        seen.add(key)
        cards[-1].append((entry, value))
    return [[(e.key, v) for e, v in card] for card in cards if len({e.value is None for e, _ in card}) == 1]


def card_years(text: str, tables: Sequence[Table], deadlines: Sequence[Deadline], targets: Iterable[Target]) -> None:
    """A card's time limit (完成时限 | 2026年9月底前; 2026年6月起…) dates the goals of its other cells, as a
    section's lead sentence dates its own: a target of a card with no year of its own (nor a yearly one, 每年)
    takes the latest year of the card's time cells (in place: the targets are not handed out yet)."""
    cards = [t for t in tables if isinstance(t, CardTable)]
    if not cards:
        return
    years: list[tuple[tuple[int, int], int]] = []
    for card in cards:
        cells = [
            v.span
            for k, v in zip(card.rows[0], card.rows[1], strict=True)
            if card_key(text[slice(*k.span)]) == "deadline"
        ]
        found = [
            int(d.date[:4])
            for d in deadlines
            if isinstance(d, (ByDeadline, FromDeadline, DuringDeadline))
            and any(a <= d.span[0] and d.span[1] <= b for a, b in cells)
        ]
        if found:
            years.append((card.span, max(found)))
    for t in targets:
        if t.year is not None or any(w in t.raw for w in YEARLY_WORDS):
            continue
        year = next((y for (a, b), y in years if a <= t.span[0] and t.span[1] <= b), None)
        if year is not None:
            update_in_place(t, {"year": year})
