"""The division table's short names: the level word off, and for an autonomous division the
nation names before it (several, 湘西土家族苗族自治州 -> 湘西), as long as two characters are left."""

from __future__ import annotations

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
