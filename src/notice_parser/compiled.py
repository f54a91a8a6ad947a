"""Patterns compiled once per install, the way .pyc files make byte-compiling free.

Every pattern the package compiles at import or in a cached function goes through
:func:`re_compile` or :func:`regex_compile`. Compiling a pattern is mostly Python work in the
engine's own parser and optimiser (``re._parser``/``re._compiler``, ``regex._regex_core``);
its result is a handful of plain values (the code as a list of ints, the group names …) that
the engine's C constructor turns into the Pattern (``_sre.compile`` and ``_regex.compile``).
Those constructor arguments are kept, per (engine, pattern, flags), in one file under
:func:`cache_dir`, named after the Python version and implementation, the regex version, both
engines' magic numbers and :data:`_FORMAT` (another version reads and writes another file).
A process after the first builds each pattern straight from the C constructor: what the
Python side of 218 compiles cost (~66 ms of a cold run) becomes a file read and one
``marshal.loads`` per pattern.

- The file is read once per process, at the first compile, and checked (magic, CRC, the
  versions in its head): a corrupt, truncated or foreign file is ignored and rewritten.
- An entry is dropped from memory once its pattern is built (each is a ``marshal`` blob of its
  own, so what is not asked stays bytes).
- A pattern not in the file is compiled by the engine's own steps, its constructor arguments
  captured on the way; the file is written at exit when there were such misses (atomically: a
  temporary file replaced in one step, so a reader sees the old file or the new one, and of two
  processes the last writer wins). The entries on disk then are read again and kept, so two
  processes that compiled different patterns do not undo each other. No cache directory, or an
  unwritable one: every pattern is compiled as before, nothing is written.
- Whatever goes wrong on the cached or the capturing path (a changed private signature, a
  damaged entry) falls back to the engine's ordinary ``compile``: the user sees the same
  Pattern, or the same error for a bad pattern.
"""

from __future__ import annotations

import _sre
import atexit
import marshal
import os
import re
import re._compiler as _re_compiler
import re._parser as _re_parser
import sys
import threading
import types
import zlib
from pathlib import Path
from typing import Any, AnyStr

import regex
import regex._main as _regex_main
from regex import _regex

#: bump when what an entry holds changes (the file's name changes with it)
_FORMAT = 1
_MAGIC = b"notice_parser patterns %d\n" % _FORMAT
#: everything the constructor arguments depend on besides (engine, pattern, flags); a file
#: whose head differs is not used (its name differs too)
_VERSIONS = (
    _FORMAT,
    sys.implementation.name,
    sys.hexversion,
    _sre.MAGIC,
    _sre.CODESIZE,
    _sre.MAXREPEAT,
    _sre.MAXGROUPS,
    regex.__version__,
    _regex.MAGIC,
    getattr(_regex, "CODE_SIZE", None),
)
#: entries kept in the file at most (the package compiles ~250 patterns); over that, a writer keeps
#: the ones its process asked for: a pattern edited again and again while developing leaves no trail
#: of old entries that every process reads
_MAX_ENTRIES = 1024
#: flags whose patterns are compiled as usual, never cached: DEBUG prints at compile time, a
#: LOCALE pattern depends on the locale in force, TEMPLATE warns (Python 3.13 has none)
_UNCACHED_RE = re.DEBUG | re.LOCALE | getattr(re, "TEMPLATE", 0)
_UNCACHED_REGEX = regex.DEBUG | regex.LOCALE

Key = tuple[str, str | bytes, int, int]


def cache_dir() -> Path:
    """The package's cache directory: ``$XDG_CACHE_HOME/notice_parser``, else
    ``~/.cache/notice_parser`` (the compiled patterns, jieba's prefix file)."""
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "notice_parser"


def cache_path() -> Path:
    """The file of compiled patterns for this Python, this regex and :data:`_FORMAT`."""
    impl = f"{sys.implementation.name}-{sys.hexversion:x}"
    return cache_dir() / f"patterns-{_FORMAT}-{impl}-sre{_sre.MAGIC}-regex{regex.__version__}-{_regex.MAGIC}.bin"


def read_entries(path: Path) -> dict[Key, bytes]:
    """The entries of the file at ``path``; none when it is missing, unreadable, damaged or
    written by another version."""
    try:
        with open(path, "rb") as f:
            data = f.read()
        if data[: len(_MAGIC)] != _MAGIC:
            return {}
        body = memoryview(data)[len(_MAGIC) + 4 :]
        if zlib.crc32(body) != int.from_bytes(data[len(_MAGIC) : len(_MAGIC) + 4], "little"):
            return {}
        versions, entries = marshal.loads(body)
    except (OSError, ValueError, EOFError, TypeError):
        return {}
    if versions != _VERSIONS or not isinstance(entries, dict):
        return {}
    return entries


def write_entries(path: Path, entries: dict[Key, bytes]) -> None:
    """Write ``entries`` to ``path`` (its directory made if missing) atomically
    (:func:`notice_parser.files.write_atomically`: a reader sees the old file or the new one,
    never part of one, and of two processes the last writer's file stays, whole)."""
    from .files import write_atomically

    body = marshal.dumps((_VERSIONS, entries))
    path.parent.mkdir(parents=True, exist_ok=True)
    write_atomically(path, _MAGIC + zlib.crc32(body).to_bytes(4, "little") + body)


class _Capture:
    """Stands for the ``_regex`` C module inside one run of regex's own ``_compile``: its
    ``compile`` keeps the arguments it is given and hands them on; every other name is the
    real module's."""

    def __init__(self) -> None:
        self.args: tuple | None = None

    def compile(self, *args: Any) -> Any:
        self.args = args
        return _regex.compile(*args)

    def __getattr__(self, name: str) -> Any:
        return getattr(_regex, name)


def _capture_re(pattern: AnyStr, flags: int) -> tuple:
    """The arguments ``re``'s compiler (CPython 3.11, ``re._compiler.compile``) hands to
    ``_sre.compile`` for ``pattern``: its own parse and code generation, called here."""
    parsed = _re_parser.parse(pattern, flags)
    code = _re_compiler._code(parsed, flags)
    groupindex = parsed.state.groupdict
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    code = [int(op) for op in code]  # its opcodes are int subclasses, which marshal does not take
    return (int(flags | parsed.state.flags), code, parsed.state.groups - 1, groupindex, tuple(indexgroup))


def _capture_regex(pattern: AnyStr, flags: int) -> tuple:
    """The arguments regex's ``_compile`` hands to ``_regex.compile`` for ``pattern``, less
    the pattern. regex's own ``_compile`` runs, as a function made from its code object with a
    copy of its module's globals in which ``_regex`` is a :class:`_Capture`: no module global
    is swapped, so other threads compiling at the same time use the real module and are not
    captured, and nothing needs a lock. Its cache is neither read nor filled (``cache_it``
    false): a pattern regex compiled before is compiled again, so its arguments are seen."""
    capture = _Capture()
    scope = dict(vars(_regex_main), _regex=capture)
    own = _regex_main._compile
    own = getattr(own, "__wrapped__", own)  # regex's own, under a wrapper that says it wraps it (a profiler's)
    run = types.FunctionType(own.__code__, scope, own.__name__, own.__defaults__, own.__closure__)
    run(pattern, flags, False, {}, False)
    if capture.args is None or capture.args[0] is not pattern:
        raise ValueError("regex's compile did not reach its constructor")
    flags_, *rest = capture.args[1:]
    return (int(flags_), *rest)  # the flags are a RegexFlag, which marshal does not take


_BUILD = {"re": _sre.compile, "regex": _regex.compile}
_CAPTURE = {"re": _capture_re, "regex": _capture_regex}
_PLAIN = {"re": re.compile, "regex": regex.compile}


class PatternCache:
    """The compiled patterns of one cache file: read at the first :meth:`compile`, written by
    :meth:`save` when a pattern was missing."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path  # None: cache_path(), found at the first compile
        self._lock = threading.Lock()
        self._entries: dict[Key, bytes] | None = None  # read at the first compile
        self._new: dict[Key, bytes] = {}  # captured in this process, for save
        self._built: dict[Key, Any] = {}  # the Patterns given out, by key

    def compile(self, engine: str, pattern: AnyStr, flags: int) -> Any:
        """``pattern`` compiled by ``engine`` ("re" or "regex"), from the file when it holds it.
        The same (engine, pattern, flags) asked again gives the same Pattern, as the engines'
        own caches do."""
        flags = int(flags)
        if flags & (_UNCACHED_RE if engine == "re" else _UNCACHED_REGEX):
            return _PLAIN[engine](pattern, flags)
        key: Key = (engine, pattern, flags, int(regex.DEFAULT_VERSION) if engine == "regex" else 0)
        with self._lock:
            if self._entries is None:
                self.path = self.path or cache_path()
                self._entries = read_entries(self.path)
            built = self._built.get(key)
            if built is not None:
                return built
            blob = self._entries.pop(key, None)  # dropped: the Pattern is all that is kept
        if blob is not None:
            try:
                built = _BUILD[engine](pattern, *marshal.loads(blob))
            except Exception:  # a damaged entry, a constructor that changed: captured anew below
                blob = None
        if blob is None:
            try:
                args = _CAPTURE[engine](pattern, flags)
                built = _BUILD[engine](pattern, *args)
                blob = marshal.dumps(args)
            except Exception:  # a bad pattern, or private steps that changed: the engine's own compile decides
                return _PLAIN[engine](pattern, flags)
            with self._lock:
                if not self._new:
                    atexit.register(self.save)
                self._new[key] = blob
        with self._lock:
            return self._built.setdefault(key, built)

    def save(self) -> None:
        """Write the file when this process captured patterns it did not hold: the entries on
        disk now, plus the new ones (only those this process asked for when over
        :data:`_MAX_ENTRIES`). Nothing is raised: no cache directory leaves things uncached."""
        with self._lock:
            new, asked = dict(self._new), set(self._built)
            self._new.clear()
        if not new:
            return
        try:
            path = self.path or cache_path()
            entries = read_entries(path)
            entries.update(new)
            if len(entries) > _MAX_ENTRIES:
                entries = {key: blob for key, blob in entries.items() if key in asked}
            write_entries(path, entries)
        except Exception:  # an unwritable directory, a full disk: this process's work is just not kept
            pass


#: the package's patterns, in the file at cache_path()
_PATTERNS = PatternCache()


def re_compile(pattern: AnyStr, flags: int = 0) -> re.Pattern[AnyStr]:
    """``re.compile(pattern, flags)``, from the pattern cache when it holds the pattern."""
    return _PATTERNS.compile("re", pattern, flags)


def regex_compile(pattern: AnyStr, flags: int = 0) -> regex.Pattern[AnyStr]:
    """``regex.compile(pattern, flags)``, from the pattern cache when it holds the pattern."""
    return _PATTERNS.compile("regex", pattern, flags)
