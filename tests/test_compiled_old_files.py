"""The cache directory does not fill up with the files of versions no longer used
(notice_parser.compiled._tidy): every Python, regex, jieba or format version, every division
table key names a file of its own; a file of another version that no process has read for a month
is removed by the next write of its kind, or by a reader marking its own file used (once a day).
Only names the package gives its files, only regular files."""

from __future__ import annotations

import os
import time

import pytest

from notice_parser import compiled, divisions
from notice_parser.compiled import PatternCache, cached_value, make_private, read_entries
from notice_parser.extract import wordcut
from notice_parser.extract.wordcut import PrefixFile

DAY = 86400


def _age(path, days: float) -> None:
    when = time.time() - days * DAY
    os.utime(path, (when, when), follow_symlinks=False)


@pytest.fixture
def cache(tmp_path, monkeypatch):
    """A private cache directory of the test's (XDG_CACHE_HOME pointed at it) holding, each marked
    as last read ``days`` ago: the files of every kind of other versions (the ones of this session's
    own ~/.cache/notice_parser), another writer's temporaries, and files that are none of the
    package's."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    directory = tmp_path / "notice_parser"
    make_private(directory)
    files = {
        "patterns-1-cpython-30b07f0-sre20220615-regex2026.5.9-20100116.bin": 40,
        "patterns-1-cpython-30b07f0-sre20220615-regex2025.11.3-20100116.bin": 3,  # read 3 days ago: in use
        ".patterns-1-cpython-30b07f0-sre20220615-regex2026.5.9-20100116.bin.k1x9ab_2.tmp": 0.1,  # 2.4 h
        ".patterns-1-cpython-30b07f0-sre20220615-regex2025.11.3-20100116.bin.q7p2cd_8.tmp": 0.01,  # 15 min
        "divisions-1.bin": 40,
        "divisions-1-d714d821.bin": 40,
        "jieba-prefix-1fa2ed9e5d47a582.bin": 40,
        "jieba-prefix-15c534432fc803de.bin": 2,
        "patterns.txt": 400,
        "patterns-notes.bin": 400,
        "divisions-mine.bin": 400,
        ".notes.tmp": 400,
        "README": 400,
    }
    for name, days in files.items():
        (directory / name).write_bytes(b"x")
        _age(directory / name, days)
    (directory / "patterns-2-a-directory.bin").mkdir()
    _age(directory / "patterns-2-a-directory.bin", 400)
    (directory / "jieba-prefix-0000000000000000.bin").symlink_to(tmp_path / "elsewhere")
    _age(directory / "jieba-prefix-0000000000000000.bin", 400)
    return directory


#: the names the fixture makes that are not the package's files (or not regular files): never removed
OTHERS = [
    ".notes.tmp",
    "README",
    "divisions-mine.bin",
    "jieba-prefix-0000000000000000.bin",
    "patterns-2-a-directory.bin",
    "patterns-notes.bin",
    "patterns.txt",
]


def _names(directory) -> list[str]:
    return sorted(os.listdir(directory))


def test_a_pattern_file_written_removes_the_pattern_files_of_versions_unused_for_a_month(cache):
    saved = PatternCache(cache / "patterns-1-cpython-30b07f0-sre20220615-regex2026.12.2-20100116.bin")
    saved.compile("re", "a", 0)
    saved.save()
    assert _names(cache) == sorted(
        [
            *OTHERS,
            ".patterns-1-cpython-30b07f0-sre20220615-regex2025.11.3-20100116.bin.q7p2cd_8.tmp",
            "divisions-1-d714d821.bin",
            "divisions-1.bin",
            "jieba-prefix-15c534432fc803de.bin",
            "jieba-prefix-1fa2ed9e5d47a582.bin",
            "patterns-1-cpython-30b07f0-sre20220615-regex2025.11.3-20100116.bin",
            "patterns-1-cpython-30b07f0-sre20220615-regex2026.12.2-20100116.bin",
            "patterns.lock",  # (compiled._LOCK_FILE, the save's lock)
        ]
    )
    assert list(read_entries(cache / "patterns-1-cpython-30b07f0-sre20220615-regex2026.12.2-20100116.bin")) == [
        ("re", "a", 0, 0)
    ]


def test_a_division_table_written_removes_the_tables_unused_for_a_month(cache):
    assert cached_value("divisions-1-0badcafe", (1,), lambda: ("table",), lambda v: v) == ("table",)
    assert _names(cache) == sorted(
        [
            *OTHERS,
            ".patterns-1-cpython-30b07f0-sre20220615-regex2025.11.3-20100116.bin.q7p2cd_8.tmp",
            ".patterns-1-cpython-30b07f0-sre20220615-regex2026.5.9-20100116.bin.k1x9ab_2.tmp",
            "divisions-1-0badcafe.bin",
            "jieba-prefix-15c534432fc803de.bin",
            "jieba-prefix-1fa2ed9e5d47a582.bin",
            "patterns-1-cpython-30b07f0-sre20220615-regex2025.11.3-20100116.bin",
            "patterns-1-cpython-30b07f0-sre20220615-regex2026.5.9-20100116.bin",
        ]
    )


def test_a_prefix_file_written_removes_the_prefix_files_unused_for_a_month(cache):
    PrefixFile.write(cache / "jieba-prefix-aceec728af365b22.bin", {"技": 1, "技能": 2}, 3)
    assert _names(cache) == sorted(
        [
            *OTHERS,
            ".patterns-1-cpython-30b07f0-sre20220615-regex2025.11.3-20100116.bin.q7p2cd_8.tmp",
            ".patterns-1-cpython-30b07f0-sre20220615-regex2026.5.9-20100116.bin.k1x9ab_2.tmp",
            "divisions-1-d714d821.bin",
            "divisions-1.bin",
            "jieba-prefix-15c534432fc803de.bin",
            "jieba-prefix-aceec728af365b22.bin",
            "patterns-1-cpython-30b07f0-sre20220615-regex2025.11.3-20100116.bin",
            "patterns-1-cpython-30b07f0-sre20220615-regex2026.5.9-20100116.bin",
        ]
    )


def test_a_reader_marks_its_file_used_once_a_day_and_then_tidies(cache):
    mine = cache / "divisions-1-0badcafe.bin"
    compiled.write_value(mine, b"notice_parser divisions-1-0badcafe\n", (1,), ("table",))
    for old in ("divisions-1.bin", "divisions-1-d714d821.bin"):  # (the write removed them: back, as before)
        (cache / old).write_bytes(b"x")
        _age(cache / old, 40)
    _age(mine, 0.5)  # marked 12 hours ago: read without marking it again, nothing removed
    before = _names(cache)
    assert cached_value("divisions-1-0badcafe", (1,), lambda: ("built",), lambda v: v) == ("table",)
    assert _names(cache) == before and mine.stat().st_mtime < time.time() - 0.4 * DAY
    _age(mine, 2)  # marked 2 days ago: marked now, and the old tables go
    assert cached_value("divisions-1-0badcafe", (1,), lambda: ("built",), lambda v: v) == ("table",)
    assert mine.stat().st_mtime > time.time() - 600
    assert sorted(set(before) - set(_names(cache))) == ["divisions-1-d714d821.bin", "divisions-1.bin"]
    jieba = cache / "jieba-prefix-aceec728af365b22.bin"
    PrefixFile.write(jieba, {"技": 1, "技能": 2}, 3)
    (cache / "jieba-prefix-1fa2ed9e5d47a582.bin").write_bytes(b"x")
    _age(cache / "jieba-prefix-1fa2ed9e5d47a582.bin", 40)
    _age(jieba, 2)
    assert PrefixFile(jieba).get("技能") == 2
    assert jieba.stat().st_mtime > time.time() - 600
    assert "jieba-prefix-1fa2ed9e5d47a582.bin" not in _names(cache)
    assert "jieba-prefix-15c534432fc803de.bin" in _names(cache)


def test_every_cache_file_the_package_names_is_of_a_kind_tidy_knows(monkeypatch, tmp_path):
    import fnmatch

    import jieba

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    names = [compiled.cache_path().name, wordcut._prefix_path(jieba).name]
    monkeypatch.setattr(divisions, "cached_value", lambda name, *args: names.append(f"{name}.bin"))
    divisions._build_table()
    assert [[kind for kind in compiled._KINDS if fnmatch.fnmatchcase(name, kind)] for name in names] == [
        ["patterns-[0-9]*.bin"],
        ["jieba-prefix-[0-9a-f]*.bin"],
        ["divisions-[0-9]*.bin"],
    ]
