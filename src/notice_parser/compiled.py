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
Python side of the ~180 compiles of a cold Tianshui run cost (~60 ms on a quiet machine; the
package has ~250 patterns in all, some compiled only on first use) becomes a file read and one
``marshal.loads`` per pattern.

- The file is read once per process, at the first compile, and checked (magic, CRC, the
  versions in its head): a corrupt, truncated or foreign file is ignored and rewritten.
- An entry is dropped from memory once its pattern is built (each is a ``marshal`` blob of its
  own, so what is not asked stays bytes).
- A pattern not in the file is compiled by the engine's own steps, its constructor arguments
  captured on the way; the file is written at exit when there were such misses (atomically: a
  temporary file replaced in one step, so a reader sees the old file or the new one). The entries
  on disk then are read again and kept, under an advisory lock (``fcntl.flock`` on
  ``patterns.lock``, waited for a second at most, else the save is skipped), so two processes that
  compiled different patterns do not undo each other, even saving at the same moment. A
  multiprocessing child (a ``--jobs`` worker, a dask worker), which ends with ``os._exit``, writes
  when its multiprocessing exit handlers run; a forked child starts with a fresh lock and none of
  its parent's captures (the parent writes those). Writing also removes this file's temporaries
  that a killed writer left (older than an hour), and the package's cache files of other
  versions that no process has read for a month (:func:`_tidy`; a reader marks its file used at
  most once a day, :func:`mark_used`, and then tidies too). No cache directory (no absolute
  ``XDG_CACHE_HOME`` nor home), one that is not this user's alone (another user could write
  a file into it) or an unwritable one: every pattern is compiled as before, nothing is written.
- Warnings: the engine's warnings about a pattern (a ``FutureWarning`` for a possible set
  operation, say) are raised when it is compiled and captured, not by a later process that builds
  it from the file. The package's own patterns raise none (a test compiles each with warnings as
  errors).
- Whatever goes wrong on the cached or the capturing path (a changed private signature, a
  damaged entry) falls back to the engine's ordinary ``compile``: the user sees the same
  Pattern, or the same error for a bad pattern.
"""

from __future__ import annotations
import __future__

import _sre
import atexit
import builtins
import contextlib
import marshal
import os
import re
import re._compiler as _re_compiler
import re._parser as _re_parser
import stat
import sys
import threading
import time
import types
import weakref
import zlib
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any, AnyStr, TypeVar

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
#: entries kept in the file at most (the package compiles ~250 patterns, and parse-notice's start-up adds
#: ~600 generated functions and forward references, generated_code_cached, more when it reads or writes
#: other formats); over that, a writer keeps
#: the ones its process asked for: a pattern edited again and again while developing leaves no trail
#: of old entries that every process reads
_MAX_ENTRIES = 2048
#: flags whose patterns are compiled as usual, never cached: DEBUG prints at compile time, a
#: LOCALE pattern depends on the locale in force, TEMPLATE warns (Python 3.13 has none)
_UNCACHED_RE = re.DEBUG | re.LOCALE | getattr(re, "TEMPLATE", 0)
_UNCACHED_REGEX = regex.DEBUG | regex.LOCALE

Key = tuple[str, str | bytes, int, int]
T = TypeVar("T")


def cache_dir() -> Path | None:
    """The package's cache directory: ``$XDG_CACHE_HOME/notice_parser``, else
    ``~/.cache/notice_parser`` (the compiled patterns, jieba's prefix file); always absolute.
    None, no cache, when there is no absolute base (a relative ``XDG_CACHE_HOME`` is ignored, as
    the XDG spec says; no ``HOME`` and no passwd entry leave ``~`` unexpanded) or when the
    directory exists and is not :func:`private` (another user could plant a file in it) and
    cannot be :func:`_repaired` (it is not this user's own; this user's own is put aside, and the
    name is made again, private, by the first writer)."""
    base = os.environ.get("XDG_CACHE_HOME", "")
    if not os.path.isabs(base):
        home = os.path.expanduser("~")
        if not os.path.isabs(home):
            return None
        base = os.path.join(home, ".cache")
    path = Path(base) / "notice_parser"
    try:
        if not private(path) and not _repaired(path):
            return None
    except FileNotFoundError:
        pass  # made by the first writer, mode 0700
    except OSError:
        return None
    return path


def private(path: Path) -> bool:
    """Whether the directory at ``path`` is one only this user can write to: a directory (not a
    link), owned by this user, not writable by its group or others. A file read from a directory
    another user can write to is not trusted. Raises OSError (FileNotFoundError) when missing."""
    st = os.lstat(path)
    owner = getattr(os, "getuid", None)  # (none on Windows: the directory's ACLs decide)
    mine = owner is None or (st.st_uid == owner() and not st.st_mode & 0o022)
    return stat.S_ISDIR(st.st_mode) and mine


def _repaired(path: Path) -> bool:
    """Put ``path``, a directory of this user's own (not a link) that others can write to, out of
    the way: an earlier version made it with a plain mkdir (0775 under umask 002), and refusing it
    turned every cache off. It is renamed aside in one step (``.notice_parser-unsafe-<pid>``), so
    the name holds nothing whatever happens next — the first writer makes it again, mode 0700 — and
    no file another user could have written there is ever read; then the cache files in the old
    directory (``*.bin``, temporaries ``*.tmp``, the save's ``*.lock``) are removed and it too if
    that empties it (another file of the user's stays there). An interrupted repair leaves at worst
    the old directory aside, never a private-looking directory holding others' files. False, left alone, when it is
    not this user's own directory."""
    owner = getattr(os, "getuid", None)
    st = os.lstat(path)
    if owner is None or not stat.S_ISDIR(st.st_mode) or st.st_uid != owner():
        return False
    aside = path.with_name(f".{path.name}-unsafe-{os.getpid()}")
    os.rename(path, aside)
    with os.scandir(aside) as found:
        for entry in found:
            if entry.name.endswith((".bin", ".tmp", ".lock")) and not entry.is_dir(follow_symlinks=False):
                with contextlib.suppress(OSError):  # (gone already: another process's temporary)
                    os.unlink(entry.path)
    with contextlib.suppress(OSError):  # (something else of the user's is in it: kept aside)
        os.rmdir(aside)
    return True


def make_private(path: Path) -> None:
    """Make the directory ``path`` (mode 0700; its missing parents as usual) unless it exists;
    OSError unless it is then :func:`private`."""
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        path.mkdir(mode=0o700)
    except FileExistsError:
        pass
    if not private(path):
        raise PermissionError(f"{path} is not a directory of this user's alone")


def cache_path() -> Path | None:
    """The file of compiled patterns for this Python, this regex and :data:`_FORMAT`; None when
    there is no :func:`cache_dir`."""
    impl = f"{sys.implementation.name}-{sys.hexversion:x}"
    directory = cache_dir()
    if directory is None:
        return None
    return directory / f"patterns-{_FORMAT}-{impl}-sre{_sre.MAGIC}-regex{regex.__version__}-{_regex.MAGIC}.bin"


def read_value(path: Path, magic: bytes, versions: tuple) -> Any:
    """The value the file at ``path`` holds under ``magic`` and ``versions`` (its head: the magic,
    the CRC of the rest, the versions it was written for); None when the file is missing,
    unreadable, damaged or written for other versions. A file read is marked used
    (:func:`mark_used`)."""
    try:
        with open(path, "rb") as f:
            data, mtime = f.read(), os.fstat(f.fileno()).st_mtime
        if data[: len(magic)] != magic:
            return None
        body = memoryview(data)[len(magic) + 4 :]
        if zlib.crc32(body) != int.from_bytes(data[len(magic) : len(magic) + 4], "little"):
            return None
        written_for, value = marshal.loads(body)
    except (OSError, ValueError, EOFError, TypeError):
        return None
    if written_for != versions:
        return None
    mark_used(path, mtime)
    return value


def store(path: Path, content: bytes | Iterable[bytes]) -> None:
    """Write the cache file ``path``: its directory made if missing (:func:`make_private`),
    ``content`` written atomically (:func:`notice_parser.files.write_atomically`: a reader sees the
    old file or the new one, never part of one, and of two processes the last writer's file stays,
    whole), then the directory tidied (:func:`_tidy`: the temporaries a killed writer left, the
    files of other versions no process has read for a month).
    Raises OSError when the directory is not this user's alone or cannot be written."""
    from .files import write_atomically

    make_private(path.parent)
    write_atomically(path, content)
    _tidy(path)


def write_value(path: Path, magic: bytes, versions: tuple, value: Any) -> None:
    """Write ``value`` (anything ``marshal`` takes) to ``path`` under ``magic`` and ``versions``
    (:func:`store`)."""
    body = marshal.dumps((versions, value))
    store(path, magic + zlib.crc32(body).to_bytes(4, "little") + body)


def read_entries(path: Path) -> dict[Key, bytes]:
    """The entries of the pattern file at ``path``; none when it is missing, unreadable, damaged
    or written by another version."""
    entries = read_value(path, _MAGIC, _VERSIONS)
    return entries if isinstance(entries, dict) else {}


def write_entries(path: Path, entries: dict[Key, bytes]) -> None:
    """Write ``entries`` to the pattern file at ``path`` atomically (:func:`write_value`)."""
    write_value(path, _MAGIC, _VERSIONS, entries)


def cached_value(name: str, versions: tuple, build: Callable[[], Any], use: Callable[[Any], T]) -> T:
    """``use(build())``, where what ``build`` makes (a value ``marshal`` takes) is kept in the
    file ``<name>.bin`` of :func:`cache_dir` under ``versions`` (everything the value depends on):
    a process after the first reads it instead of building it. The file is written when it is
    missing, damaged or of other versions (atomically, :func:`write_value`; a killed writer's
    temporaries are removed); no cache directory, an unwritable one, or a value read that ``use``
    rejects (raises) leave ``build`` to decide, as without a cache."""
    directory = cache_dir()
    path = None if directory is None else directory / f"{name}.bin"
    magic = b"notice_parser %s\n" % name.encode()
    if path is not None:
        value = read_value(path, magic, versions)
        if value is not None:
            try:
                return use(value)
            except Exception:  # a value of another shape: built again below
                pass
    value = build()
    if path is not None:
        try:
            write_value(path, magic, versions, value)
        except Exception:  # an unwritable directory, a full disk: the value is just not kept
            pass
    return use(value)


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


#: ``re``'s own compiler step (``re._compiler.compile``), which :func:`generated_code_cached` stands in for
_SRE_COMPILE = _re_compiler.compile


def _capture_sre(pattern: AnyStr, flags: int) -> tuple:
    """:func:`_capture_re` of a pattern another module compiles (engine "sre"), refused (ValueError: the
    engine's own compile then runs, and warns as usual) when the engine warns about it: its warning would
    be given only by the process that captures it, never by those that build it from the file."""
    import warnings

    with warnings.catch_warnings(record=True) as warned:
        warnings.simplefilter("always")
        args = _capture_re(pattern, flags)
    if warned:
        raise ValueError("the engine warns about this pattern")
    return args


def _sre_cached(p: Any, flags: int = 0) -> Any:
    """``re._compiler.compile`` inside :func:`generated_code_cached`: the Pattern of a pattern string from
    the pattern file (engine "sre"), else compiled by the engine's own step. ``re.compile`` and the
    functions that compile on the way (``re.match`` …) keep all else they do (their cache of 512
    patterns, the checks of the pattern's type and flags); a parsed pattern (``re.Scanner``'s) goes to
    the engine's own step."""
    if (type(p) is not str and type(p) is not bytes) or _PATTERNS._lock.locked():
        return _SRE_COMPILE(p, flags)  # (the lock held: a module the file's reading imports, fnmatch …)
    return _PATTERNS.compile("sre", p, flags)  # type: ignore[type-var]  # (a str or a bytes, as AnyStr is)


def _compile_code(mode: str) -> Callable[[str, int], types.CodeType]:
    """``compile`` of a generated source in ``mode`` ("exec" or "eval"), as ``exec``/``eval`` of the
    string compile it: file name ``<string>``, the given __future__ flags and no others."""
    return lambda source, flags: compile(source, "<string>", mode, flags, dont_inherit=True)


def _code_args(mode: str) -> Callable[[str, int], tuple]:
    compile_ = _compile_code(mode)
    return lambda source, flags: (compile_(source, flags),)


_BUILD: dict[str, Callable[..., Any]] = {
    "re": _sre.compile,
    "sre": _sre.compile,
    "regex": _regex.compile,
    "exec": lambda source, code: code,
    "eval": lambda source, code: code,
}
_CAPTURE: dict[str, Callable[..., Any]] = {
    "re": _capture_re,
    "sre": _capture_sre,
    "regex": _capture_regex,
    "exec": _code_args("exec"),
    "eval": _code_args("eval"),
}
_PLAIN: dict[str, Callable[..., Any]] = {
    "re": re.compile,
    "sre": _SRE_COMPILE,
    "regex": regex.compile,
    "exec": _compile_code("exec"),
    "eval": _compile_code("eval"),
}
#: the flags of an engine's patterns that are compiled as usual, never cached
_UNCACHED = {"re": _UNCACHED_RE, "sre": _UNCACHED_RE, "regex": _UNCACHED_REGEX}


class PatternCache:
    """The compiled patterns of one cache file: read at the first :meth:`compile`, written by
    :meth:`save` when a pattern was missing."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path
        self._located = path is not None  # else cache_path(), found at the first compile (None: no file)
        self._after_fork()
        self._entries: dict[Key, bytes] | None = None  # read at the first compile
        self._built: dict[Key, Any] = {}  # the Patterns given out, by key
        _CACHES.add(self)

    def _after_fork(self) -> None:
        """The state a process starts with (also a forked child's: the lock another thread of the
        parent may have held, and no captures of the parent's to write a second time)."""
        self._lock = threading.Lock()
        self._new: dict[Key, bytes] = {}  # captured in this process, for save
        self._saving = False  # save registered to run at this process's exit

    def _read(self) -> dict[Key, bytes]:
        """The entries of the file, read at the first compile (the lock held)."""
        if self._entries is None:
            if not self._located:
                self.path, self._located = cache_path(), True
            self._entries = read_entries(self.path) if self.path is not None else {}
        return self._entries

    def compile(self, engine: str, pattern: AnyStr, flags: int) -> Any:
        """``pattern`` compiled by ``engine`` ("re" or "regex"), from the file when it holds it.
        The same (engine, pattern, flags) asked again gives the same Pattern, as the engines'
        own caches do. (Engines "exec" and "eval": the code object of a generated source, ``flags``
        its __future__ flags; see :func:`generated_code_cached`.)"""
        flags = int(flags)
        if flags & _UNCACHED.get(engine, 0):
            return _PLAIN[engine](pattern, flags)
        key: Key = (engine, pattern, flags, int(regex.DEFAULT_VERSION) if engine == "regex" else 0)
        with self._lock:  # (built from the file in the lock: a thread asking the same meanwhile gets it)
            built = self._built.get(key)
            if built is not None:
                return built
            blob = self._read().pop(key, None)  # dropped: the Pattern is all that is kept
            if blob is not None:
                try:
                    built = self._built[key] = _BUILD[engine](pattern, *marshal.loads(blob))
                    return built
                except Exception:  # a damaged entry, a constructor that changed: captured anew below
                    pass
        if self.path is None:  # no cache directory: compiled as usual, nothing captured or kept
            return _PLAIN[engine](pattern, flags)
        try:
            args = _CAPTURE[engine](pattern, flags)
            built = _BUILD[engine](pattern, *args)
            blob = marshal.dumps(args)
        except Exception:  # a bad pattern, or private steps that changed: the engine's own compile decides
            return _PLAIN[engine](pattern, flags)
        with self._lock:
            self._new[key] = blob
            if self.path is not None and not self._saving:
                self._saving = True
                _save_at_exit(self.save)
            return self._built.setdefault(key, built)

    def save(self) -> None:
        """Write the file when this process captured patterns it did not hold: the entries on
        disk now, plus the new ones (only those this process asked for when over
        :data:`_MAX_ENTRIES`), through :func:`store` (which tidies the directory). Read, merged and
        written under the lock of :data:`_LOCK_FILE` (:func:`_exclusive`), so that two processes
        saving at once (``--jobs`` workers ending together) keep each other's new entries; when
        another save holds it longer than :data:`_LOCK_WAIT`, nothing is written (the next process
        that misses these patterns writes them). Nothing is raised: no cache directory, or one that
        is not this user's alone, leaves things uncached."""
        with self._lock:
            new, asked = dict(self._new), set(self._built)
            self._new.clear()
        if not new or self.path is None:
            return
        try:
            path = self.path
            make_private(path.parent)  # (for the lock file)
            with _exclusive(path.parent / _LOCK_FILE) as held:
                if not held:
                    return
                entries = read_entries(path)
                entries.update(new)
                if len(entries) > _MAX_ENTRIES:
                    entries = {key: blob for key, blob in entries.items() if key in asked}
                write_entries(path, entries)
        except Exception:  # an unwritable directory, a full disk: this process's work is just not kept
            pass


#: the file whose lock (fcntl.flock) a pattern file's save holds, in the cache directory (one for
#: every version's pattern file; never removed: a lock file removed while another process holds it,
#: and made again, would let two hold "the" lock)
_LOCK_FILE = "patterns.lock"
#: seconds a save waits at most for another process's to end (each holds it for a read and a
#: write of the ~0.9 MB file, a few ms); the save runs at exit, never during a parse
_LOCK_WAIT = 1.0


@contextlib.contextmanager
def _exclusive(path: Path) -> Iterator[bool]:
    """Hold an exclusive advisory lock (``fcntl.flock``) on the file ``path`` (made, mode 0600,
    if missing) while the ``with`` block runs: yields True, or False when another process holds
    it past :data:`_LOCK_WAIT` (tried without blocking every 10 ms). True at once, unlocked (the
    last writer wins, as before), without ``fcntl`` (Windows), when the lock file cannot be opened
    or the file system has no locks (``ENOLCK`` on some NFS mounts)."""
    try:
        import fcntl

        fd = os.open(path, os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0), 0o600)
    except (ImportError, OSError):
        yield True
        return
    try:
        deadline, go = time.monotonic() + _LOCK_WAIT, False
        while not go:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                go = True
            except BlockingIOError:  # another process's save holds it
                if time.monotonic() >= deadline:
                    break
                time.sleep(0.01)
            except OSError:  # no locks here
                go = True
        yield go
    finally:
        os.close(fd)  # (the lock goes with it)


#: a temporary of a cache file older than this (seconds) is a killed writer's, removed by store
_STALE = 3600.0
#: a cache file of another version (another Python, regex, jieba, format, table key …) that no
#: process has read for this long (seconds) is removed by :func:`_tidy`. Not at once: another
#: install sharing the directory (a pinned virtual environment beside a newer one, a cron job's)
#: reads its own file, and removing it would have the two rebuild each other's files in turn
_UNUSED = 30 * 86400.0
#: a reader marks the file it read as used (:func:`mark_used`: its mtime set to now) when the mark is
#: older than this (seconds): at most once a day per file, and that process then tidies the directory
_MARK = 86400.0
#: the names the package gives its cache files (shell patterns, one per kind): the compiled
#: patterns (:func:`cache_path`), the division table (``divisions._build_table``), jieba's prefix
#: file (``extract.wordcut._prefix_path``); :func:`_tidy` removes only files named so
_KINDS = ("patterns-[0-9]*.bin", "divisions-[0-9]*.bin", "jieba-prefix-[0-9a-f]*.bin")


def mark_used(path: Path, mtime: float) -> None:
    """Mark the cache file ``path`` (last marked or written at ``mtime``), just read, as used: its
    mtime set to now, and :func:`_tidy` run, when the mark is older than :data:`_MARK` (a day);
    else nothing. Nothing is raised (a read-only directory: not marked)."""
    if mtime >= time.time() - _MARK:
        return
    with contextlib.suppress(OSError):
        os.utime(path)
        _tidy(path)


def _tidy(path: Path) -> None:
    """Remove from the directory of the cache file ``path`` (just written or marked used), as
    regular files only: the files of its kind (:data:`_KINDS`) but another name that no process
    has read for :data:`_UNUSED` (another version's); the temporaries
    (files.write_atomically's ``.<name>.<random>.tmp``) of ``path`` or of a file of its kind older
    than :data:`_STALE` (a process killed while writing leaves one; a younger one may be another
    writer's, at work). Nothing else: a name of no kind is left alone, whatever its age."""
    from fnmatch import fnmatchcase

    kind = next((glob for glob in _KINDS if fnmatchcase(path.name, glob)), None)
    now = time.time()
    with os.scandir(path.parent) as found:
        for entry in found:
            name = entry.name
            if name.startswith(".") and name.endswith(".tmp"):
                of = name[1:].rsplit(".", 2)[0]  # the file it was to become
                limit = _STALE if of == path.name or (kind and fnmatchcase(of, kind)) else None
            else:
                limit = _UNUSED if kind and name != path.name and fnmatchcase(name, kind) else None
            if limit is None:
                continue
            try:
                st = entry.stat(follow_symlinks=False)
                if stat.S_ISREG(st.st_mode) and st.st_mtime < now - limit:
                    os.unlink(entry.path)
            except OSError:
                pass


def _save_at_exit(save: Any) -> None:
    """Run ``save`` when this process ends: at exit, and in a multiprocessing child (a pool's
    worker ends with ``os._exit``, which runs no atexit handler, after multiprocessing's own exit
    handlers; multiprocessing is imported already in such a process, so nothing is imported here
    for the others)."""
    atexit.register(save)
    util = sys.modules.get("multiprocessing.util")
    if util is not None:
        util.Finalize(None, save, exitpriority=0)


#: every PatternCache of this process, reset in a forked child (PatternCache._after_fork)
_CACHES: weakref.WeakSet[PatternCache] = weakref.WeakSet()


def _reset_in_child() -> None:
    for cache in list(_CACHES):
        cache._after_fork()


os.register_at_fork(after_in_child=_reset_in_child)

#: the package's patterns, in the file at cache_path()
_PATTERNS = PatternCache()


def re_compile(pattern: AnyStr, flags: int = 0) -> re.Pattern[AnyStr]:
    """``re.compile(pattern, flags)``, from the pattern cache when it holds the pattern."""
    return _PATTERNS.compile("re", pattern, flags)


def regex_compile(pattern: AnyStr, flags: int = 0) -> regex.Pattern[AnyStr]:
    """``regex.compile(pattern, flags)``, from the pattern cache when it holds the pattern."""
    return _PATTERNS.compile("regex", pattern, flags)


# Generated code. ``dataclasses`` writes the methods of every dataclass (__init__, __repr__, __eq__,
# __setattr__ of a frozen one …) as source text and compiles it with ``exec``, and
# ``collections.namedtuple`` its __new__ with ``eval``: a cold parse-notice run on Tianshui makes ~370 such
# functions (88 dataclasses, 28 named tuples) while it imports pydantic, annotated_types and the package,
# and compiling their text was ~20 ms of its CPU time; ``typing`` compiles each forward reference
# (``typing.ForwardRef``: the string annotations of pydantic_core's ~200 TypedDicts, of the models), ~850
# compiles of ~230 texts, 4-7 ms more. Inside :func:`generated_code_cached` those modules' ``exec``,
# ``eval`` and ``compile`` take the code from the pattern file instead (engines "exec" and "eval", keyed by
# the source text and the caller's __future__ flags): the code object ``compile`` makes of the same text,
# under the same flags, with the same file name, so each function, class and reference is what it was.

#: the compiler flags of every __future__ feature: what ``exec``/``eval`` of a string take from the code
#: that calls them
_FUTURE_FLAGS = 0
for _feature in __future__.all_feature_names:
    _FUTURE_FLAGS |= getattr(__future__, _feature).compiler_flag


def _cached_code(mode: str, source: Any, caller: types.FrameType) -> Any:
    """The code of ``source`` when it is a string (from the file when it holds it), else ``source``.
    Not while the cache's lock is held (a module imported while it reads its file that makes a named
    tuple would wait for itself), or of bytes: compiled as usual then, under the caller's __future__
    flags (builtins.exec/eval called from here would take this module's: string annotations)."""
    flags = caller.f_code.co_flags & _FUTURE_FLAGS
    if type(source) is bytes or (type(source) is str and _PATTERNS._lock.locked()):
        return _PLAIN[mode](source, flags)
    if type(source) is not str:
        return source
    return _PATTERNS.compile(mode, source, flags)


def _exec(source: Any, globals: Any = None, locals: Any = None, /, **options: Any) -> None:
    """``exec``, its string's code from the cache (:func:`generated_code_cached`)."""
    caller = sys._getframe(1)
    if globals is None:  # (exec's defaults: the caller's namespaces)
        globals, locals = caller.f_globals, caller.f_locals if locals is None else locals
    return builtins.exec(_cached_code("exec", source, caller), globals, locals, **options)


def _eval(source: Any, globals: Any = None, locals: Any = None, /) -> Any:
    """``eval``, its string's code from the cache (:func:`generated_code_cached`)."""
    caller = sys._getframe(1)
    if globals is None:
        globals, locals = caller.f_globals, caller.f_locals if locals is None else locals
    return builtins.eval(_cached_code("eval", source, caller), globals, locals)


def _compile(
    source: Any,
    filename: Any,
    mode: str,
    flags: int = 0,
    dont_inherit: bool = False,
    optimize: int = -1,
    **options: Any,
) -> Any:
    """``compile``, a string's code from the cache when it is compiled as ``exec``/``eval`` of it would be
    (file ``<string>``, no flags of its own, the caller's inherited: typing's forward references)."""
    caller = sys._getframe(1)
    inherited = 0 if dont_inherit else caller.f_code.co_flags & _FUTURE_FLAGS
    if (
        filename == "<string>"
        and mode in ("exec", "eval")
        and not (flags or dont_inherit or options)
        and optimize == -1
    ):
        code = _cached_code(mode, source, caller)
        if code is not source:
            return code
    return builtins.compile(source, filename, mode, flags | inherited, True, optimize, **options)


@contextlib.contextmanager
def generated_code_cached() -> Iterator[None]:
    """While the ``with`` block runs, the dataclasses, named tuples and forward references made in this
    process (by any module) are compiled from the pattern file: ``dataclasses``, ``collections`` and
    ``typing`` are given module globals ``exec``, ``eval`` and ``compile`` (:func:`_exec`, :func:`_eval`,
    :func:`_compile`) that hide the builtins, removed after. So are the patterns other modules compile with
    ``re`` (``re._compiler.compile`` is :func:`_sre_cached` for the block, then ``re``'s own again): ~60 in a
    run over the corpus (``platform``'s nine, which pydantic's import of ``uuid`` brings; ``email``,
    ``logging``, ``html.parser``, jieba's …), ~12 ms of CPU time compiled from their source, ~7 ms of a cold
    Tianshui run.
    For parse-notice's start-up (cli.run): the command owns its process; the library leaves them alone."""
    import collections
    import dataclasses
    import typing

    given = []
    for module, name, own in (
        (dataclasses, "exec", _exec),
        (collections, "eval", _eval),
        (typing, "compile", _compile),
    ):
        if name not in vars(module):
            setattr(module, name, own)
            given.append((module, name, own))
    swapped = _re_compiler.compile is _SRE_COMPILE
    if swapped:
        _re_compiler.compile = _sre_cached
    try:
        yield
    finally:
        for module, name, own in given:
            if vars(module).get(name) is own:
                delattr(module, name)
        if swapped and _re_compiler.compile is _sre_cached:
            _re_compiler.compile = _SRE_COMPILE
