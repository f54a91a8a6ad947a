"""Word boundaries where a rule decides a cut inside running Han text.

The target rule ends a counted noun at a verb or a modal (要, 能, 将, 等 …)
and strips such words from the ends of a subject. Several of these are also
the inside of ordinary words: 等 in 中等 or 等级, 能 in 技能, 产能, 功能. A
cut is only made where the text really has a word boundary, and jieba (a
dictionary segmenter, no model download, no network) decides that.

jieba is imported lazily, the first time a cut has to be checked, so
``import notice_parser`` and documents that never need such a decision do
not pay for it. Its prefix dictionary (500,000 words and word prefixes) is
not loaded whole either: loading it took about 0.6 s and 60 MB in every
process that needed one decision. The segmenter only ever looks up strings
that start with a character of the phrase at hand, so the dictionary is
kept in a file of one block per first character (:class:`PrefixFile`, made
once from jieba's own dictionary and cached in :func:`notice_parser.compiled.cache_dir`)
and a block is read when a phrase first needs it. The segmenter sees the
same frequencies as with jieba's own loading, so it cuts the same words.
"""

from __future__ import annotations

import bisect
import hashlib
import marshal
import mmap
import os
import threading
import zlib
from array import array
from functools import lru_cache
from itertools import accumulate
from pathlib import Path

from ..compiled import cache_dir, mark_used, store

_STATE: dict[str, object] = {}
_LOCK = threading.Lock()
_FORMAT = 4
_MAGIC = b"notice_parser jieba prefix file %d\n" % _FORMAT
_HEAD = len(_MAGIC) + 8  # the magic, then the length of the marshalled head (total, firsts, ends, crcs, sep)
#: bytes of the file's blocks kept in memory at most between two phrases (PrefixFile.trim), the least
#: recently used going first. A block
#: in memory takes about what it takes in the file (~14 bytes a word: its rest in one string and a
#: 4-byte frequency; the 40 biggest blocks, 一中大不三王小马 …, 73,642 words: 1.06 MB in the file,
#: 1.00 MB in memory, where dicts took ~11 MB). The whole file is 7.8 MB; the 5 MB notice reads
#: 112 blocks, 52,910 words.
_MAX_HELD = 4 << 20
#: blocks kept in memory at most (each costs ~0.5 KB of objects besides its bytes)
_MAX_BLOCKS = 2048


class DamagedPrefixFile(ValueError):
    """A block of a prefix file does not read back as written (its CRC or its data)."""

    def __init__(self, path: str | os.PathLike) -> None:
        super().__init__(f"{path}: damaged prefix file")
        self.path = path


class _Block:
    """The words and prefixes that start with one character, without it (their rests), as
    one string: the rests sorted, each between two ``sep`` (a character no key holds), and
    their frequencies in an array, in the same order. The rests that start with the same
    character (``seconds[j]``) are a run: ``groups[2j]`` is the offset of the ``sep`` it
    starts with, ``groups[2j + 1]`` the index of its first frequency (the last pair: the
    string's last ``sep``, the number of rests). ``own`` is the frequency of the character
    alone, None if it is no key. About 14 bytes a key, where a dict took ~150."""

    __slots__ = ("freqs", "groups", "keys", "own", "seconds", "size")

    def __init__(self, own: int | None, seconds: str, keys: str, groups: array, freqs: array, size: int) -> None:
        self.own, self.seconds, self.keys, self.groups, self.freqs = own, seconds, keys, groups, freqs
        self.size = size  # its bytes in the file

    def __len__(self) -> int:
        return len(self.freqs) + (self.own is not None)

    def get(self, rest: str, sep: str) -> int | None:
        """The frequency of the key made of this block's character and ``rest``, None if no key."""
        if not rest:
            return self.own
        j = self.seconds.find(rest[0])
        if j < 0 or sep in rest:
            return None
        groups = self.groups
        lo = groups[2 * j]
        at = self.keys.find(sep + rest + sep, lo, groups[2 * j + 2] + 1)
        if at < 0:
            return None
        return self.freqs[groups[2 * j + 1] + self.keys.count(sep, lo, at)]

    @staticmethod
    def dumps(block: dict[str, int], sep: str) -> bytes:
        """The block of ``block`` (its keys all start with the same character) as written in the file."""
        first = next(iter(block))[0]
        rests = sorted(key[1:] for key in block if len(key) > 1)
        seconds: list[str] = []
        groups = array("I")
        offset = 0
        for n, rest in enumerate(rests):
            if not seconds or rest[0] != seconds[-1]:
                seconds.append(rest[0])
                groups.extend((offset, n))
            offset += 1 + len(rest)
        groups.extend((offset, len(rests)))
        values = [block[first + rest] for rest in rests]
        code = "I" if all(0 <= v < 1 << 32 for v in values) else "q"
        own = block.get(first)
        keys = sep + "".join(rest + sep for rest in rests)
        return marshal.dumps((own, "".join(seconds), keys, groups.tobytes(), code, array(code, values).tobytes()))

    @classmethod
    def loads(cls, blob: bytes, sep: str) -> _Block:
        """The block written as ``blob``; ValueError if it is not one."""
        own, seconds, keys, groups, code, freqs = marshal.loads(blob)
        groups, freqs = array("I", groups), array(code, freqs)
        if not (
            (own is None or isinstance(own, int))
            and isinstance(seconds, str)
            and isinstance(keys, str)
            and len(groups) == 2 * len(seconds) + 2
            and groups[-2] == len(keys) - 1
            and groups[-1] == len(freqs) == keys.count(sep) - 1
        ):
            raise ValueError("not a block")
        return cls(own, seconds, keys, groups, freqs, len(blob))


class PrefixFile:
    """jieba's prefix dictionary (word or word prefix → frequency, 0 for a
    prefix that is no word) read from a file one first-character block at a
    time, held in memory as a :class:`_Block`. It answers what jieba's
    tokenizer asks of its ``FREQ`` dict: ``key in d``, ``d[key]`` and
    ``d.get(key)``."""

    def __init__(self, path: str | os.PathLike) -> None:
        self.path = path
        with open(path, "rb") as f:
            self._map = mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ)
            mtime = os.fstat(f.fileno()).st_mtime
        if self._map[: len(_MAGIC)] != _MAGIC:
            raise ValueError(f"{path}: not a prefix file")
        size = int.from_bytes(self._map[len(_MAGIC) : _HEAD], "little")
        # the first characters in order, and where each one's block ends (a block starts where
        # the one before ends): 100 KB, where a dict of 11,800 spans took 2.6 MB
        self.total, self._firsts, ends, crcs, self._sep = marshal.loads(self._map[_HEAD : _HEAD + size])
        self._ends, self._crcs = array("Q", ends), array("L", crcs)
        self._base = _HEAD + size  # where the blocks start; the ends are offsets from there
        if (
            len(self._ends) != len(self._firsts)
            or len(self._crcs) != len(self._ends)
            or self._base + (self._ends[-1] if ends else 0) != len(self._map)
        ):
            raise ValueError(f"{path}: truncated prefix file")
        mark_used(Path(path), mtime)  # (a cache file no process reads for a month is another version's)
        self._blocks: dict[str, _Block] = {}
        self._last: tuple[str, int | None] = ("", None)

    def _block(self, first: str) -> _Block | None:
        # _blocks is in the order of last use, the least recent first: a block asked for goes last
        block = self._blocks.pop(first, None)
        if block is None:
            block = self._load(first)
            if block is None:
                return None
        self._blocks[first] = block
        return block

    def _load(self, first: str) -> _Block | None:
        """The block of ``first`` read from the file (None: no key starts with it)."""
        k = bisect.bisect_left(self._firsts, first)
        if k == len(self._firsts) or self._firsts[k] != first:
            return None
        start = self._base + (self._ends[k - 1] if k else 0)
        return self._read(start, self._base + self._ends[k], self._crcs[k])

    def trim(self) -> None:
        """Let the blocks least recently used go while more than _MAX_BLOCKS, or more than
        _MAX_HELD bytes, are held. Called between two phrases (_cut), never inside one: a phrase
        whose blocks exceed the budget holds them all while it is cut, instead of reading a block
        again at every position that cycles back to it (a 9,900-character phrase over the 618
        biggest blocks took 6.8x as long when _load evicted)."""
        kept = list(self._blocks.items())  # (a copy: another thread may use the dict meanwhile)
        count, held = len(kept), sum(b.size for _, b in kept)
        for old, gone in kept:  # the least recently used first
            if count <= _MAX_BLOCKS and held <= _MAX_HELD:
                break
            self._blocks.pop(old, None)
            count, held = count - 1, held - gone.size

    def _read(self, start: int, end: int, crc: int) -> _Block:
        blob = self._map[start:end]
        try:
            if zlib.crc32(blob) != crc:
                raise ValueError("CRC")
            return _Block.loads(blob, self._sep)
        except (ValueError, EOFError, TypeError) as exc:
            raise DamagedPrefixFile(self.path) from exc

    def get(self, key: str, default: int | None = None) -> int | None:
        # the key answered last and its answer, kept: jieba asks ``key in d``, then ``d[key]``
        last = self._last
        if key != last[0]:
            if not key:
                return default
            block = self._block(key[0])
            last = self._last = (key, None if block is None else block.get(key[1:], self._sep))
        return default if last[1] is None else last[1]

    def __contains__(self, key: str) -> bool:
        return self.get(key) is not None

    def __getitem__(self, key: str) -> int:
        value = self.get(key)
        if value is None:
            raise KeyError(key)
        return value

    @staticmethod
    def write(path: Path, freq: dict[str, int], total: int) -> None:
        """Write ``freq`` (jieba's ``FREQ``) as a prefix file, atomically
        (:func:`notice_parser.compiled.store`: a killed writer's temporaries are removed by the
        next write, and the prefix files of other versions no process has read for a month)."""
        blocks: dict[str, dict[str, int]] = {}
        for key, value in freq.items():
            blocks.setdefault(key[0], {})[key] = value
        used = set().union(*freq) if freq else set()
        sep = next(chr(c) for c in range(1, 0x110000) if chr(c) not in used)  # in no key
        firsts = "".join(sorted(blocks))
        data = [_Block.dumps(blocks[first], sep) for first in firsts]
        ends = array("Q", accumulate(len(blob) for blob in data))
        crcs = array("L", (zlib.crc32(blob) for blob in data))
        head = marshal.dumps((total, firsts, ends.tobytes(), crcs.tobytes(), sep))
        # (the directory made mode 0700: a file in a directory others can write is not read)
        store(path, [_MAGIC + len(head).to_bytes(8, "little") + head, *data])


def _prefix_path(jieba) -> Path | None:
    """Where the prefix file of jieba's default dictionary is cached: the name
    changes with the file format, the jieba version and the dictionary's
    content (its CRC), so every install of the same jieba shares one file of
    about 9 MB (a virtual environment or a clean clone does not add one)."""
    source = os.path.join(os.path.dirname(jieba.__file__), jieba.DEFAULT_DICT_NAME)
    with open(source, "rb") as f:
        crc = zlib.crc32(f.read())
    key = f"{_FORMAT}|{jieba.__version__}|{crc}".encode()
    directory = cache_dir()
    return None if directory is None else directory / f"jieba-prefix-{hashlib.sha256(key).hexdigest()[:16]}.bin"


def _whole(tk):
    """``tk`` with jieba's whole dictionary in memory, built from jieba's own dictionary file as
    ``tk.initialize()`` does on a cache miss. Never through jieba's cache (``jieba.cache`` in the
    temporary directory): any local user can plant that file, jieba reads it with no ownership
    check (a planted one would set the word boundaries, and those of the prefix file made from
    them), and writes a 9 MB one there. The file is opened by its path next to jieba's module, as
    :func:`_prefix_path` does: ``tk.get_dict_file()`` (with pkg_resources kept out, :func:`_import_jieba`)
    resolves it through ``os.getcwd()``, which raises when the working directory was removed."""
    import jieba

    with open(os.path.join(os.path.dirname(jieba.__file__), jieba.DEFAULT_DICT_NAME), "rb") as f:
        tk.FREQ, tk.total = tk.gen_pfdict(f)
    tk.initialized = True
    return tk


def _import_jieba():
    """``import jieba``, without pkg_resources when nothing has imported it yet and this is the
    process's only thread. jieba 0.42 imports pkg_resources only to open its own data files
    (``_compat.get_module_res``) and opens them with ``open`` when that import fails; importing
    pkg_resources scans every installed distribution: ~100 ms of CPU of the ~125 that
    ``import jieba`` took in a fresh process (~80 of a parse that needs a word cut, in the CLI and in
    each ``--jobs`` worker). The files are the same (this module reads jieba's dict.txt with
    ``open`` in any case, :func:`_prefix_path`). ``None`` in ``sys.modules`` is how the import
    system is told a module is missing; it is there for the time of jieba's import only, and only
    when no other thread could be importing pkg_resources meanwhile."""
    import sys

    if "jieba" in sys.modules or "pkg_resources" in sys.modules or threading.active_count() > 1:
        import jieba

        return jieba
    sys.modules["pkg_resources"] = None  # type: ignore[assignment]
    try:
        import jieba
    finally:
        if "pkg_resources" in sys.modules and sys.modules["pkg_resources"] is None:
            del sys.modules["pkg_resources"]
    return jieba


def _load():
    import logging

    jieba = _import_jieba()
    jieba.setLogLevel(logging.WARNING)
    tk = jieba.Tokenizer()
    path = _prefix_path(jieba)
    if path is None:  # no cache directory (compiled.cache_dir): the whole dictionary, in memory
        return _whole(tk)
    try:
        freq = PrefixFile(path)
    except (OSError, ValueError, EOFError, TypeError):
        _whole(tk)  # from jieba's dict.txt
        try:
            PrefixFile.write(path, tk.FREQ, tk.total)
            freq = PrefixFile(path)
        except (OSError, ValueError):
            return tk  # no cache directory to write to: the whole dictionary, in memory
    tk.FREQ, tk.total, tk.initialized = freq, freq.total, True
    return tk


def _recover(damaged: DamagedPrefixFile) -> None:
    """A damaged prefix file is removed (the next process writes it anew) and
    this process goes on with jieba's whole dictionary in memory."""
    import jieba

    with _LOCK:
        try:
            os.unlink(damaged.path)
        except OSError:
            pass
        _STATE["tokenizer"] = _whole(jieba.Tokenizer())


def _cut(phrase: str) -> list[str]:
    tk = _jieba()
    try:
        words = tk.lcut(phrase, HMM=True)
    except DamagedPrefixFile as damaged:
        _recover(damaged)
        return _jieba().lcut(phrase, HMM=True)
    if isinstance(tk.FREQ, PrefixFile):
        tk.FREQ.trim()  # the budget is kept between phrases
    return words


def _jieba():
    tk = _STATE.get("tokenizer")
    if tk is None:
        with _LOCK:
            tk = _STATE.get("tokenizer")
            if tk is None:
                tk = _STATE["tokenizer"] = _load()
    return tk


def load() -> None:
    """Load the segmenter now (a process that forks workers, each of which would load it)."""
    _jieba()


def loaded() -> bool:
    """Has the segmenter been loaded in this process?"""
    return "tokenizer" in _STATE


@lru_cache(maxsize=4096)
def _bounds(phrase: str) -> frozenset[int]:
    """Offsets in ``phrase`` where one word ends and the next begins."""
    out, pos = {0}, 0
    for w in _cut(phrase):
        pos += len(w)
        out.add(pos)
    return frozenset(out)


def is_boundary(text: str, pos: int, lo: int, hi: int) -> bool:
    """Is ``pos`` a word boundary of ``text[lo:hi]`` (``lo <= pos <= hi``)?

    >>> is_boundary("中等职业技能培训学校", 5, 0, 10), is_boundary("中等职业技能培训学校", 6, 0, 10)
    (False, True)
    """
    if pos <= lo or pos >= hi:
        return True
    return (pos - lo) in _bounds(text[lo:hi])


def cuts_a_word(text: str, start: int, end: int, lo: int, hi: int) -> bool:
    """Would cutting ``text[start:end]`` out of ``text[lo:hi]`` split a word
    (a cut word that is only part of a longer one: 能 in 技能)?

    >>> cuts_a_word("新建2所中等职业技能培训学校", 10, 11, 4, 16), cuts_a_word("企业要达到", 2, 3, 0, 5)
    (True, False)
    """
    return not (is_boundary(text, start, lo, hi) and is_boundary(text, end, lo, hi))
