"""The prefix file holds at most _MAX_HELD words and prefixes of its blocks in memory, the
blocks least recently used going first (a 5 MB notice read 112 blocks, 5.5 MB, for a few cuts);
a block that went is read again, with the same answers."""

from notice_parser.extract import wordcut
from notice_parser.extract.wordcut import PrefixFile

FREQ = {"技": 1, "技能": 2, "技能培": 0, "中": 3, "中等": 4, "等": 5, "等级": 6, "能": 7}


def test_the_blocks_least_recently_used_go_when_too_many_words_are_held(tmp_path, monkeypatch):
    path = tmp_path / "p.bin"
    PrefixFile.write(path, FREQ, 28)
    d = PrefixFile(path)
    monkeypatch.setattr(wordcut, "_MAX_HELD", 5)
    assert ("技能" in d, d.get("中等"), d.get("等级")) == (True, 4, 6)  # 技 3 + 中 2 + 等 2 words: 技 goes
    assert list(d._blocks) == ["中", "等"]
    assert d.get("中") == 3  # 中 used: 等 is now the least recent
    assert (d["技能培"], d.get("能")) == (0, 7)  # 技 read again (3 words): 等 goes, then 中 for 能
    assert list(d._blocks) == ["技", "能"]
    assert [d.get(k) for k in FREQ] == list(FREQ.values())


def test_the_number_of_blocks_is_bounded_too(tmp_path, monkeypatch):
    path = tmp_path / "p.bin"
    PrefixFile.write(path, FREQ, 28)
    d = PrefixFile(path)
    monkeypatch.setattr(wordcut, "_MAX_BLOCKS", 2)
    assert [d.get(k) for k in ("技", "中", "等", "技能")] == [1, 3, 5, 2]
    assert list(d._blocks) == ["等", "技"]
