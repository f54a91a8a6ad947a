"""Two processes saving the pattern cache at the same moment (``--jobs`` workers ending together)
keep each other's new patterns: each save reads, merges and writes the file under an advisory
lock (compiled._exclusive: fcntl.flock on ``patterns.lock`` in the cache directory); a save that
cannot have the lock within compiled._LOCK_WAIT is skipped, never a long wait."""

from __future__ import annotations

import fcntl
import multiprocessing
import os

import regex

from notice_parser import compiled
from notice_parser.compiled import PatternCache, read_entries


def _save_meeting(path, pattern: str, mine, other) -> None:
    """Capture ``pattern``, then save; the save, once it has read the file, says so (``mine``)
    and waits (up to 3 s) until the other process's save has read it too (``other``): without a
    lock both read the file before either writes it, and the last writer drops the other's entry.
    The lock is waited for as long as it takes (the other save waits its 3 s inside it)."""
    cache = PatternCache(path)
    cache.compile("regex" if pattern.isdigit() else "re", pattern, 0)
    read = compiled.read_entries

    def meeting(p):
        entries = read(p)
        mine.set()
        other.wait(3)
        return entries

    compiled.read_entries = meeting
    compiled._LOCK_WAIT = 60.0
    cache.save()


def test_two_processes_saving_at_once_keep_both_their_patterns(tmp_path):
    path = tmp_path / "patterns-1-test.bin"
    fork = multiprocessing.get_context("fork")
    one_read, two_read = fork.Event(), fork.Event()
    one = fork.Process(target=_save_meeting, args=(path, "one", one_read, two_read))
    two = fork.Process(target=_save_meeting, args=(path, "2", two_read, one_read))
    one.start()
    two.start()
    one.join(60)
    two.join(60)
    assert (one.exitcode, two.exitcode) == (0, 0)
    assert sorted(read_entries(path)) == [("re", "one", 0, 0), ("regex", "2", 0, int(regex.DEFAULT_VERSION))]
    assert sorted(os.listdir(tmp_path)) == ["patterns-1-test.bin", "patterns.lock"]


def test_a_save_that_cannot_have_the_lock_is_skipped(tmp_path, monkeypatch):
    path = tmp_path / "patterns-1-test.bin"
    monkeypatch.setattr(compiled, "_LOCK_WAIT", 0.0)
    held = os.open(tmp_path / "patterns.lock", os.O_RDWR | os.O_CREAT, 0o600)
    try:
        fcntl.flock(held, fcntl.LOCK_EX)  # another process's save, at work
        cache = PatternCache(path)
        cache.compile("re", "a", 0)
        cache.save()
        assert sorted(os.listdir(tmp_path)) == ["patterns.lock"]  # nothing written: the next run's to do
        assert cache._new == {}
    finally:
        os.close(held)
    cache.compile("re", "b", 0)
    cache.save()
    assert list(read_entries(path)) == [("re", "b", 0, 0)]


def test_where_the_file_system_has_no_locks_the_save_writes_unlocked(tmp_path, monkeypatch):
    import errno

    def no_locks(fd, operation):
        raise OSError(errno.ENOLCK, "No locks available")  # (some NFS mounts)

    monkeypatch.setattr(fcntl, "flock", no_locks)
    path = tmp_path / "patterns-1-test.bin"
    cache = PatternCache(path)
    cache.compile("re", "a", 0)
    cache.save()
    assert list(read_entries(path)) == [("re", "a", 0, 0)]
