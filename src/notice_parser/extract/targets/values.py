"""Step 5: the comparator of each value, and how a value list spreads over
indicators, scopes and years (分别, 均)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from itertools import repeat

from .items import Item

#: one target's parts before it is built: (item, indicator, scope, year)
Spread = tuple[Item, str | None, str | None, int | None]


def comparator(item: Item, verb_cmp: str | None, inherited: str | None, approx_pre: bool) -> str:
    """The comparator of one value: its own word (零增长), a range, the verb's
    (or the one inherited from the list before), its suffix, else ``>=``."""
    if item.word_cmp and not item.word_cmp.startswith("skip"):
        return item.word_cmp
    if item.value_max is not None:
        return "range"
    verb_cmp = verb_cmp or inherited
    if verb_cmp in ("increase_by", "decrease_by"):
        return verb_cmp
    if item.suffix_cmp and verb_cmp not in (">", "<"):
        return item.suffix_cmp
    if verb_cmp:
        return verb_cmp
    if item.approx or approx_pre:
        return "=="
    return ">="


def _crossed(
    items: Sequence[Item], outer: Sequence[int | None], inner: Sequence[str | None]
) -> Iterator[tuple[Item, int | None, str | None]]:
    """Values written year by year, each year's values in the order of ``inner``."""
    k = 0
    for y in outer:
        for x in inner:
            yield items[k], y, x
            k += 1


#: no year, no scope: one value of None (shared, not a list built per value list)
_NONE: tuple[None] = (None,)


def distribute(
    items: Sequence[Item],
    indicators: Sequence[str | None],
    scopes: Sequence[str],
    years: Sequence[int] | None,
    share: bool,
) -> Iterable[Spread]:
    """Pair each value with its indicator, scope and year, one by one (a list of
    thousands of values is read without a tuple kept per value: ``zip`` makes them).

    >>> its = [Item(0, 1, v, None, "%") for v in (92, 83, 95, 85)]
    >>> [(i.value, s, y) for i, _, s, y in distribute(its, ["率"], ["两区", "五县"], [2017, 2020], True)]
    [(92, '两区', 2017), (83, '五县', 2017), (95, '两区', 2020), (85, '五县', 2020)]
    """
    n = len(items)
    ys: Sequence[int | None] = years or _NONE
    sc: Sequence[str | None] = scopes or _NONE
    last_year = ys[-1]
    if n == 1:
        # 均: one value for every indicator (and every scope); else the nearest scope
        if len(indicators) == 1 and not share:  # (most lists: one value, one indicator)
            return ((items[0], indicators[0], sc[-1], last_year),)
        return [(items[0], ind, s, last_year) for ind in indicators for s in (sc if share else [sc[-1]])]
    one_scope = sc[-1] if len(sc) == 1 else None
    if len(indicators) == n:
        return zip(items, indicators, repeat(one_scope), repeat(last_year))
    if len(sc) == n:
        return zip(items, repeat(indicators[0]), sc, repeat(last_year))
    if len(ys) == n:
        return zip(items, repeat(indicators[0]), repeat(one_scope), ys)
    if len(ys) * len(sc) == n and len(sc) > 1:
        return ((it, indicators[0], s, y) for it, y, s in _crossed(items, ys, sc))
    if len(ys) * len(indicators) == n and len(indicators) > 1:
        return ((it, ind, one_scope, y) for it, y, ind in _crossed(items, ys, indicators))
    return zip(items, repeat(indicators[0]), repeat(one_scope), repeat(last_year))
