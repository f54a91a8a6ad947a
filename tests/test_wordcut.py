"""The word-boundary segmenter: jieba reading its prefix dictionary one
first-character block at a time (extract/wordcut.py)."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from notice_parser.extract import wordcut
from notice_parser.extract.wordcut import DamagedPrefixFile, PrefixFile


def test_a_prefix_file_answers_like_the_dict_it_was_written_from(tmp_path):
    freq = {"技": 1130, "技能": 1384, "技能培": 0, "技能培训": 12, "中": 5, "中等": 77, "等": 9}
    path = tmp_path / "p.bin"
    PrefixFile.write(path, freq, 2617)
    d = PrefixFile(path)
    assert d.total == 2617
    assert [k in d for k in ("技能", "技能培", "技术", "等级", "")] == [True, True, False, False, False]
    assert (d["技能"], d["技能培"], d.get("中等"), d.get("技术"), d.get("技术", 1), d.get("")) == (
        1384,
        0,
        77,
        None,
        1,
        None,
    )
    with pytest.raises(KeyError):
        d["等级"]
    with pytest.raises(KeyError):
        d[""]


def test_a_truncated_prefix_file_is_refused(tmp_path):
    path = tmp_path / "p.bin"
    PrefixFile.write(path, {"技": 1, "技能": 2, "中": 3}, 6)
    path.write_bytes(path.read_bytes()[:-3])
    with pytest.raises(ValueError, match="truncated"):
        PrefixFile(path)


def _cuts(monkeypatch, cache) -> tuple[str, list[list[str]]]:
    monkeypatch.setenv("XDG_CACHE_HOME", str(cache))
    monkeypatch.setattr(wordcut, "_STATE", {})
    tk = wordcut._jieba()
    phrases = ["中等职业技能培训学校", "提升产能利用率", "企业要达到", "建立健全等级评定制度"]
    return type(tk.FREQ).__name__, [tk.lcut(p, HMM=True) for p in phrases]


JIEBA_CUTS = [
    ["中等", "职业技能", "培训", "学校"],
    ["提升", "产能", "利用率"],
    ["企业", "要", "达到"],
    ["建立健全", "等级", "评定", "制度"],
]


def test_the_segmenter_cuts_the_same_words_from_the_file_and_without_one(monkeypatch, tmp_path):
    # first use: jieba's own loading, the prefix file written; then read from the file
    assert _cuts(monkeypatch, tmp_path) == ("PrefixFile", JIEBA_CUTS)
    assert len(list((tmp_path / "notice_parser").glob("jieba-prefix-*.bin"))) == 1
    assert _cuts(monkeypatch, tmp_path) == ("PrefixFile", JIEBA_CUTS)
    # a damaged file is made again
    (made,) = (tmp_path / "notice_parser").glob("jieba-prefix-*.bin")
    made.write_bytes(b"garbage")
    assert _cuts(monkeypatch, tmp_path) == ("PrefixFile", JIEBA_CUTS)
    # no cache directory to write to: the whole dictionary in memory, the same cuts
    blocked = tmp_path / "a-file"
    blocked.write_text("not a directory")
    assert _cuts(monkeypatch, blocked) == ("dict", JIEBA_CUTS)


def test_a_second_process_reads_the_file_jieba_s_loading_made(tmp_path):
    # (the memory this saves is measured by benchmarks/bench_scale.py --only rss, not here)
    code = (
        "from notice_parser.extract import wordcut\n"
        "cut = wordcut.cuts_a_word('新建2所中等职业技能培训学校', 10, 11, 4, 16)\n"
        "print(type(wordcut._jieba().FREQ).__name__, cut)\n"
    )
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path)}
    run = [sys.executable, "-c", code]
    assert subprocess.run(run, capture_output=True, text=True, check=True, env=env).stdout.split() == [
        "PrefixFile",
        "True",
    ]
    assert subprocess.run(run, capture_output=True, text=True, check=True, env=env).stdout.split() == [
        "PrefixFile",
        "True",
    ]


def test_a_damaged_block_is_refused_on_reading(tmp_path):
    path = tmp_path / "p.bin"
    PrefixFile.write(path, {"技": 1, "技能": 2, "中": 3}, 6)
    base = PrefixFile(path)._base
    data = bytearray(path.read_bytes())
    data[base + 2] ^= 0x01  # one bit of the first block (中): same length, other bytes
    path.write_bytes(bytes(data))
    d = PrefixFile(path)  # the head is whole: opened
    with pytest.raises(DamagedPrefixFile):
        "中" in d  # noqa: B015


def test_a_damaged_cache_file_is_removed_and_the_cuts_stay_the_same(monkeypatch, tmp_path):
    assert _cuts(monkeypatch, tmp_path) == ("PrefixFile", JIEBA_CUTS)
    (made,) = (tmp_path / "notice_parser").glob("jieba-prefix-*.bin")
    base = PrefixFile(made)._base
    data = bytearray(made.read_bytes())
    for at in range(base, len(data), 7):  # every block damaged, the length kept
        data[at] ^= 0x5A
    made.write_bytes(bytes(data))
    monkeypatch.setattr(wordcut, "_STATE", {})
    wordcut._bounds.cache_clear()
    phrases = ["中等职业技能培训学校", "提升产能利用率", "企业要达到", "建立健全等级评定制度"]
    assert [wordcut._cut(p) for p in phrases] == JIEBA_CUTS
    assert type(wordcut._jieba().FREQ).__name__ == "dict"  # this process: jieba's whole dictionary
    assert not made.exists()  # the next process writes the file anew


def test_every_key_of_jieba_s_dictionary_reads_back_with_its_frequency(tmp_path):
    # jieba's own loading is the oracle: its FREQ (498,113 words and prefixes) against the file's answers
    import logging

    import jieba

    jieba.setLogLevel(logging.WARNING)
    tk = jieba.Tokenizer()
    tk.initialize()
    freq = tk.FREQ
    path = tmp_path / "p.bin"
    PrefixFile.write(path, freq, tk.total)
    d = PrefixFile(path)
    assert (len(freq), d.total, d._sep) == (498113, 60101967, "\x01")
    assert {key: d.get(key) for key in freq} == freq
    assert all(key in d for key in freq)
    assert [d[key] for key in ("的", "中等", "技能", "职业技能", "职业技")] == [318825, 1630, 1384, 3, 0]  # dict.txt
    # keys not in it: each tenth key with a character added after, before, or in place of its last one
    near = {k + c for k in list(freq)[::10] for c in "的等能a1\x01"}
    near |= {c + k for k in list(freq)[::10] for c in "等能\x01"} | {k[:-1] + "\x01" for k in freq if len(k) > 1}
    assert (len(near), sum(k in freq for k in near)) == (629317, 114)  # nearly all are no keys
    assert {k: d.get(k) for k in near} == {k: freq.get(k) for k in near}
    assert [k in d for k in near] == [k in freq for k in near]


def test_the_separator_is_a_character_no_key_holds(tmp_path):
    # \x01 and \x02 are in keys: the separator is \x03; a key asked with it in is no key
    freq = {"a\x01": 1, "a\x01b": 2, "a": 0, "ab\x02": 3, "b": 5, "bc": 5_000_000_000, "bcd": 6}
    path = tmp_path / "p.bin"
    PrefixFile.write(path, freq, 9)
    d = PrefixFile(path)
    assert d._sep == "\x03"
    assert [d.get(k) for k in freq] == [1, 2, 0, 3, 5, 5_000_000_000, 6]
    assert [d.get(k) for k in ("a\x03", "bc\x03d", "a\x01b\x03", "ab", "c", "bcde")] == [None] * 6
    assert (d._blocks["b"].freqs.typecode, d._blocks["a"].freqs.typecode) == ("q", "I")


def test_a_block_that_passes_its_crc_but_is_no_block_is_refused(tmp_path, monkeypatch):
    import marshal

    path = tmp_path / "p.bin"
    monkeypatch.setattr(wordcut._Block, "dumps", staticmethod(lambda block, sep: marshal.dumps(block)))
    PrefixFile.write(path, {"技": 1, "技能": 2, "中": 3}, 6)  # blocks of the previous format: dicts
    d = PrefixFile(path)
    with pytest.raises(DamagedPrefixFile):
        d.get("中")


def test_jieba_s_cache_in_the_temporary_directory_is_neither_read_nor_written(monkeypatch, tmp_path):
    # jieba's own loading reads <tmp>/jieba.cache (any local user can plant it) and writes one there.
    # A planted cache whose dictionary has no word with 等 or 能 would cut 中 / 等 / 职业 / 技能 …
    import marshal
    import tempfile

    tmp = tmp_path / "tmp"
    tmp.mkdir()
    planted = marshal.dumps(({"中": 1, "等": 1, "职业": 1, "职": 0, "技能": 1, "技": 0}, 4))
    (tmp / "jieba.cache").write_bytes(planted)
    monkeypatch.setattr(tempfile, "tempdir", str(tmp))
    # first run: the prefix file is made from jieba's dict.txt, not from the planted cache
    assert _cuts(monkeypatch, tmp_path / "cache") == ("PrefixFile", JIEBA_CUTS)
    (tmp / "jieba.cache").unlink()
    assert _cuts(monkeypatch, tmp_path / "cache") == ("PrefixFile", JIEBA_CUTS)
    # no cache directory: the whole dictionary from dict.txt, and no jieba.cache written
    blocked = tmp_path / "a-file"
    blocked.write_text("not a directory")
    assert _cuts(monkeypatch, blocked) == ("dict", JIEBA_CUTS)
    assert list(tmp.iterdir()) == []


#: a writer of the prefix file that stops half-way: its temporary made, it says so and waits for
#: a line on its stdin before it writes its content
_STOPPED_WRITER = """
import sys
from pathlib import Path
from notice_parser import files
from notice_parser.extract.wordcut import PrefixFile

whole = files._write_pieces

def stopped(f, content):
    print("writing", flush=True)
    sys.stdin.readline()
    whole(f, content)

files._write_pieces = stopped
PrefixFile.write(Path(sys.argv[1]), {"技": 1, "技能": 2, "中": 3}, 6)
"""


def test_a_killed_writer_s_temporary_is_removed_by_the_next_write_a_working_one_s_is_not(tmp_path):
    # the temporaries are files.write_atomically's, removed by compiled.store when older than an
    # hour (compiled._STALE): a killed writer's once it is that old, never a writer's at work
    path = tmp_path / "jieba-prefix-0123456789abcdef.bin"
    run = [sys.executable, "-c", _STOPPED_WRITER, str(path)]
    killed = subprocess.Popen(run, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    assert killed.stdout.readline() == "writing\n"
    (left,) = (p.name for p in tmp_path.iterdir())
    killed.kill()
    killed.communicate()
    hours_ago = os.stat(tmp_path / left).st_mtime - 2 * 3600
    os.utime(tmp_path / left, (hours_ago, hours_ago))
    working = subprocess.Popen(run, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert working.stdout.readline() == "writing\n"
        (writing,) = {p.name for p in tmp_path.iterdir()} - {left}
        assert writing.startswith(".jieba-prefix-0123456789abcdef.bin.") and writing.endswith(".tmp")
        PrefixFile.write(path, {"技": 1, "技能": 2, "中": 3, "中等": 4}, 10)
        assert sorted(p.name for p in tmp_path.iterdir()) == sorted([path.name, writing])
        assert PrefixFile(path).get("中等") == 4
    finally:
        working.communicate("go on\n")
    assert working.returncode == 0
    assert [p.name for p in tmp_path.iterdir()] == [path.name]  # the working writer's file replaced ours
    assert PrefixFile(path).get("中等") is None
