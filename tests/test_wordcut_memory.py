"""The prefix file holds its blocks in memory compactly (one string of keys, an array of
frequencies: ~13 bytes a word, where a dict took ~150), at most _MAX_HELD bytes of them (their
size in the file) and _MAX_BLOCKS of them between two phrases, the least recently used going first
(never inside a phrase: it would read a block again at every position cycling back to it); a
block that went is read again, with the same answers."""

from notice_parser.extract import wordcut
from notice_parser.extract.wordcut import PrefixFile

FREQ = {"技": 1, "技能": 2, "技能培": 0, "中": 3, "中等": 4, "等": 5, "等级": 6, "能": 7}


def test_a_block_s_size_is_its_bytes_in_the_file(tmp_path):
    path = tmp_path / "p.bin"
    PrefixFile.write(path, FREQ, 28)
    d = PrefixFile(path)
    assert [d.get(k) for k in "技中等能"] == [1, 3, 5, 7]
    assert {first: block.size for first, block in d._blocks.items()} == {"技": 69, "中": 58, "等": 58, "能": 33}
    assert {first: len(block) for first, block in d._blocks.items()} == {"技": 3, "中": 2, "等": 2, "能": 1}
    assert wordcut._MAX_HELD == 4 << 20


def test_the_blocks_least_recently_used_go_when_too_many_bytes_are_held(tmp_path, monkeypatch):
    path = tmp_path / "p.bin"
    PrefixFile.write(path, FREQ, 28)
    d = PrefixFile(path)
    monkeypatch.setattr(wordcut, "_MAX_HELD", 150)
    assert ("技能" in d, d.get("中等"), d.get("等级")) == (True, 4, 6)
    assert list(d._blocks) == ["技", "中", "等"]  # inside a phrase nothing goes
    d.trim()  # 技 69 + 中 58 + 等 58 bytes: 技 goes
    assert list(d._blocks) == ["中", "等"]
    assert d.get("中") == 3  # 中 used: 等 is now the least recent
    assert (d["技能培"], d.get("能")) == (0, 7)  # 技 read again (69 bytes), 能 (33)
    d.trim()  # 等 goes, then 中
    assert list(d._blocks) == ["技", "能"]
    assert [d.get(k) for k in FREQ] == list(FREQ.values())


def test_the_number_of_blocks_is_bounded_too(tmp_path, monkeypatch):
    path = tmp_path / "p.bin"
    PrefixFile.write(path, FREQ, 28)
    d = PrefixFile(path)
    monkeypatch.setattr(wordcut, "_MAX_BLOCKS", 2)
    assert [d.get(k) for k in ("技", "中", "等", "技能")] == [1, 3, 5, 2]
    d.trim()
    assert list(d._blocks) == ["等", "技"]


def test_a_character_no_key_starts_with_holds_nothing(tmp_path):
    path = tmp_path / "p.bin"
    PrefixFile.write(path, FREQ, 28)
    d = PrefixFile(path)
    assert ("级" in d, d.get("级别"), d.get("中"), list(d._blocks)) == (False, None, 3, ["中"])


def test_a_cut_keeps_the_budget_once_its_phrase_is_cut(tmp_path, monkeypatch):
    import jieba

    path = tmp_path / "p.bin"
    PrefixFile.write(path, FREQ, 28)
    d = PrefixFile(path)
    tk = jieba.Tokenizer()
    tk.FREQ, tk.total, tk.initialized = d, 28, True
    monkeypatch.setitem(wordcut._STATE, "tokenizer", tk)
    monkeypatch.setattr(wordcut, "_MAX_HELD", 150)
    assert wordcut._cut("技能中等级") == ["技能", "中", "等级"]  # 3 x 6 > 4 x 1
    # read inside the cut: 技 69, 能 33, 中 58, 等 58 bytes (218); jieba walks the phrase backwards last,
    # so 等 and 中 are the least recent and go once the phrase is cut
    assert list(d._blocks) == ["能", "技"]
