"""The pattern cache (notice_parser.compiled): a pattern built from the cached constructor
arguments is the pattern a fresh compile makes, for every pattern the package compiles; the
file is read once, written atomically and only after misses, and anything wrong with it (or
with the engines' private steps) falls back to an ordinary compile."""

from __future__ import annotations

import ast
import importlib
import inspect
import marshal
import os
import pkgutil
import re
import re._compiler
import subprocess
import sys
from pathlib import Path

import pytest
import regex
import regex._main

import notice_parser
from notice_parser import compiled
from notice_parser.compiled import PatternCache, read_entries, write_entries
from notice_parser.extract import wordcut

CORPORA = Path(__file__).resolve().parent.parent / "corpora"
HEAD = 6000  # characters of each corpus text the patterns are run over


def _package_keys() -> list[compiled.Key]:
    """Every (engine, pattern, flags, version) the package compiles: all its modules imported
    and every cached pattern builder (a cached function of no argument) called."""
    for info in pkgutil.walk_packages(notice_parser.__path__, "notice_parser."):
        if info.name.endswith("__main__"):
            continue
        module = importlib.import_module(info.name)
        for value in list(vars(module).values()):
            if getattr(value, "__module__", None) == info.name and hasattr(value, "cache_info"):
                if not inspect.signature(value).parameters:
                    value()
    return list(compiled._PATTERNS._built)


@pytest.fixture(scope="module")
def keys() -> list[compiled.Key]:
    return _package_keys()


@pytest.fixture(scope="module")
def from_file(keys, tmp_path_factory):
    """(path, {key: Pattern}): the package's patterns compiled into an empty file, saved, then
    built by a second cache from that file."""
    path = tmp_path_factory.mktemp("patterns") / "p.bin"
    first = PatternCache(path)
    for engine, pattern, flags, _ in keys:
        first.compile(engine, pattern, flags)
    assert len(first._new) == len(keys)
    first.save()
    second = PatternCache(path)
    built = {key: second.compile(key[0], key[1], key[2]) for key in keys}
    assert (second._new, second._entries) == ({}, {})  # every one built from the file, and dropped
    return path, built


def _fresh(key: compiled.Key):
    engine, pattern, flags, _ = key
    if engine == "re":
        return re._compiler.compile(pattern, flags)  # past re's own cache
    return regex.compile(pattern, flags, cache_pattern=False)


def _texts() -> tuple[list[str], list[bytes]]:
    files = sorted(p for p in CORPORA.iterdir() if p.suffix in (".txt", ".md", ".html"))
    return [p.read_text(encoding="utf-8")[:HEAD] for p in files], [p.read_bytes()[:HEAD] for p in files]


def test_the_package_compiles_its_patterns_through_the_cache(keys):
    assert len(keys) >= 250
    assert {engine for engine, *_ in keys} == {"re", "regex"}
    assert {type(pattern) for _, pattern, *_ in keys} == {str, bytes}


def test_a_cached_pattern_is_the_pattern_a_fresh_compile_makes(keys, from_file):
    _, built = from_file
    texts, raw = _texts()
    assert len(texts) == 46
    differ = []
    for key in keys:
        fresh, cached = _fresh(key), built[key]
        same = (cached.pattern, cached.flags, cached.groups, dict(cached.groupindex)) == (
            fresh.pattern,
            fresh.flags,
            fresh.groups,
            dict(fresh.groupindex),
        )
        if key[0] == "re":  # re's Patterns compare their flags, code and pattern
            same = same and cached == fresh
        for text in texts if isinstance(key[1], str) else raw:
            if not same:
                break
            same = [(m.span(), m.groups()) for m in cached.finditer(text)] == [
                (m.span(), m.groups()) for m in fresh.finditer(text)
            ]
        if not same:
            differ.append(key)
    assert differ == []


class _Spy:
    """Stands for an engine's C module in a test: records what its ``compile`` is given."""

    def __init__(self, engine) -> None:
        self.engine, self.args = engine, None

    def compile(self, *args):
        self.args = args
        return self.engine.compile(*args)

    def __getattr__(self, name):
        return getattr(self.engine, name)


def _constructor_args(key: compiled.Key, monkeypatch) -> tuple:
    """What the engine's own compile hands its C constructor for ``key`` (the oracle)."""
    engine, pattern, *_ = key
    module, name = (re._compiler, "_sre") if engine == "re" else (regex._main, "_regex")
    spy = _Spy(getattr(module, name))
    with monkeypatch.context() as patch:
        patch.setattr(module, name, spy)
        _fresh(key)
    assert spy.args is not None and spy.args[0] is pattern
    return spy.args[1:]


def test_the_file_holds_the_arguments_the_engines_own_compile_gives(keys, from_file, monkeypatch):
    path, _ = from_file
    entries = read_entries(path)
    assert sorted(entries, key=repr) == sorted(keys, key=repr)
    differ = [key for key in keys if marshal.loads(entries[key]) != _constructor_args(key, monkeypatch)]
    assert differ == []


def test_the_captured_arguments_are_the_constructor_s():
    parts = compiled._capture_re(r"a(?P<x>b)c", re.IGNORECASE)
    assert parts[0] == re.IGNORECASE | re.UNICODE
    assert parts[2:] == (1, {"x": 1}, (None, "x"))
    parts = compiled._capture_regex(r"(?P<y>甲)乙", 0)
    assert parts[0] == regex.UNICODE | regex.VERSION0
    assert parts[2:4] == ({"y": 1}, {1: "y"})
    assert parts[-1] == 1  # group count
    assert regex._main._regex is regex._regex  # no module global swapped


def test_the_same_pattern_asked_twice_is_one_pattern(tmp_path):
    cache = PatternCache(tmp_path / "p.bin")
    first = cache.compile("regex", r"\p{Han}+", 0)
    assert cache.compile("regex", r"\p{Han}+", 0) is first
    assert cache.compile("regex", r"\p{Han}+", regex.IGNORECASE) is not first
    assert len(cache._new) == 2
    cache.save()


def test_written_only_after_misses(tmp_path, monkeypatch):
    path = tmp_path / "p.bin"
    first = PatternCache(path)
    first.compile("re", r"x+", 0)
    first.save()
    written = []
    monkeypatch.setattr(compiled, "write_entries", lambda *a: written.append(a))
    second = PatternCache(path)
    assert second.compile("re", r"x+", 0).findall("axxb") == ["xx"]
    second.save()
    assert written == []
    second.compile("re", r"y+", 0)
    second.save()
    assert [sorted(entries) for _, entries in written] == [[("re", "x+", 0, 0), ("re", "y+", 0, 0)]]


def test_over_the_bound_a_writer_keeps_what_its_process_asked_for(tmp_path, monkeypatch):
    path = tmp_path / "p.bin"
    first = PatternCache(path)
    for pattern in ("a", "b", "c"):
        first.compile("re", pattern, 0)
    first.save()
    monkeypatch.setattr(compiled, "_MAX_ENTRIES", 3)
    second = PatternCache(path)
    second.compile("re", "b", 0)
    second.compile("re", "d", 0)
    second.save()
    assert sorted(read_entries(path)) == [("re", "b", 0, 0), ("re", "d", 0, 0)]


def test_a_second_writer_keeps_what_the_first_wrote(tmp_path):
    path = tmp_path / "p.bin"
    one, two = PatternCache(path), PatternCache(path)
    one.compile("re", "a", 0)
    two.compile("regex", "b", 0)
    one.save()
    two.save()
    assert sorted(read_entries(path)) == [("re", "a", 0, 0), ("regex", "b", 0, int(regex.DEFAULT_VERSION))]


def _flip_in_code(data: bytes) -> bytes:
    """``data`` with one bit flipped inside the code of its one entry, where the entry still
    reads (marshal) as the same arguments but a changed code list: what regex's C constructor,
    which does not check its code, would be handed without the CRC."""
    (blob,) = marshal.loads(data[len(compiled._MAGIC) + 4 :])[1].values()
    args, start = marshal.loads(blob), data.index(blob)
    for at in range(len(blob) // 2, len(blob)):
        damaged = blob[:at] + bytes([blob[at] ^ 4]) + blob[at + 1 :]
        try:
            changed = marshal.loads(damaged)
        except (ValueError, EOFError, TypeError):
            continue
        if changed[1] != args[1] and (changed[0], *changed[2:]) == (args[0], *args[2:]):
            return data[:start] + damaged + data[start + len(blob) :]
    raise AssertionError("no bit of the code found")


@pytest.mark.parametrize(
    "damage",
    [
        lambda data: b"garbage",
        lambda data: data[: len(data) // 2],  # truncated
        lambda data: data[:-1] + bytes([data[-1] ^ 1]),  # one bit of marshal's end marker
        lambda data: _flip_in_code(data),  # one bit of a code int: marshal still reads the file
        lambda data: b"",
    ],
    ids=["garbage", "truncated", "bit", "code-bit", "empty"],
)
def test_a_damaged_file_is_ignored_and_rewritten(tmp_path, damage):
    path = tmp_path / "p.bin"
    first = PatternCache(path)
    first.compile("regex", r"(\d+)年", 0)
    first.save()
    path.write_bytes(damage(path.read_bytes()))
    assert read_entries(path) == {}
    second = PatternCache(path)
    assert second.compile("regex", r"(\d+)年", 0).findall("2020年") == ["2020"]
    second.save()
    assert list(read_entries(path)) == [("regex", r"(\d+)年", 0, int(regex.DEFAULT_VERSION))]


def test_a_file_of_other_versions_is_not_used(tmp_path, monkeypatch):
    path = tmp_path / "p.bin"
    write_entries(path, {("re", "a", 0, 0): marshal.dumps(compiled._capture_re("a", 0))})
    assert len(read_entries(path)) == 1
    monkeypatch.setattr(compiled, "_VERSIONS", (*compiled._VERSIONS[:-1], -1))
    assert read_entries(path) == {}


def test_another_regex_version_another_file(monkeypatch, tmp_path):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    here = compiled.cache_path()
    assert here.parent == tmp_path / "notice_parser"
    assert here.name.startswith(f"patterns-{compiled._FORMAT}-{sys.implementation.name}-")
    monkeypatch.setattr(regex, "__version__", "0.0.0")
    assert compiled.cache_path() != here


def test_one_cache_directory_for_patterns_and_jieba(monkeypatch, tmp_path):
    import jieba

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert compiled.cache_dir() == tmp_path / "notice_parser"
    assert wordcut._prefix_path(jieba).parent == tmp_path / "notice_parser"
    monkeypatch.delenv("XDG_CACHE_HOME")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert compiled.cache_dir() == tmp_path / "home" / ".cache" / "notice_parser"


def test_no_cache_directory_no_error(tmp_path):
    blocked = tmp_path / "a-file"
    blocked.write_text("not a directory")
    cache = PatternCache(blocked / "notice_parser" / "p.bin")
    assert cache.compile("re", r"\d+", 0).findall("a12b3") == ["12", "3"]
    cache.save()  # nothing raised, nothing written
    assert blocked.read_text() == "not a directory"


def test_a_failed_write_leaves_the_old_file_and_no_temporary(tmp_path, monkeypatch):
    path = tmp_path / "p.bin"
    write_entries(path, {})
    before = path.read_bytes()

    def refuse(src, dst):
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(OSError, match="disk full"):
        write_entries(path, {("re", "a", 0, 0): b"x"})
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["p.bin"]


def test_a_changed_private_step_falls_back_to_the_engine(tmp_path, monkeypatch):
    def changed(*args):
        raise TypeError("compile() takes 3 positional arguments")

    cache = PatternCache(tmp_path / "p.bin")
    monkeypatch.setitem(compiled._CAPTURE, "regex", changed)
    monkeypatch.setitem(compiled._CAPTURE, "re", changed)
    assert cache.compile("regex", r"(?P<n>\d+)个", 0).search("3个").group("n") == "3"
    assert cache.compile("re", r"(?P<n>\d+)个", 0).search("4个").group("n") == "4"
    assert cache._new == {}  # nothing to keep
    # a constructor that refuses what the file holds: captured anew
    monkeypatch.undo()
    first = PatternCache(tmp_path / "q.bin")
    first.compile("re", "z", 0)
    first.save()
    monkeypatch.setitem(compiled._BUILD, "re", changed)
    second = PatternCache(tmp_path / "q.bin")
    assert second.compile("re", "z", 0).pattern == "z"
    second.save()


def test_a_bad_pattern_raises_the_engine_s_error(tmp_path):
    cache = PatternCache(tmp_path / "p.bin")
    with pytest.raises(re.error):
        cache.compile("re", "(", 0)
    with pytest.raises(regex.error):
        cache.compile("regex", "(", 0)
    assert cache._new == {}


def test_debug_and_locale_patterns_are_not_cached(tmp_path):
    cache = PatternCache(tmp_path / "p.bin")
    assert cache.compile("re", rb"\w", re.LOCALE).pattern == rb"\w"
    assert cache._new == {}


def test_a_second_process_builds_every_pattern_from_the_file(tmp_path):
    code = (
        "import notice_parser.pipeline\n"
        "from notice_parser import compiled, parse\n"
        f"parse({str(CORPORA / 'tianshui-2017-30.txt')!r})\n"
        "p = compiled._PATTERNS\n"
        "print(len(p._built), len(p._new))\n"
    )
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path)}
    run = [sys.executable, "-c", code]
    first = subprocess.run(run, capture_output=True, text=True, check=True, env=env).stdout.split()
    (made,) = (tmp_path / "notice_parser").glob("patterns-*.bin")
    second = subprocess.run(run, capture_output=True, text=True, check=True, env=env).stdout.split()
    assert first[0] == first[1] == second[0]  # all captured, then all from the file
    assert second[1] == "0"
    assert int(first[0]) >= 150
    assert len(read_entries(made)) == int(first[0])


def test_processes_writing_at_once_leave_one_whole_file(tmp_path):
    # each process compiles its own patterns and the same shared one; each write is whole, and
    # the file read afterwards holds at least the last writer's patterns, all of which build
    code = (
        "import sys\n"
        "from notice_parser.compiled import re_compile, regex_compile\n"
        "n = int(sys.argv[1])\n"
        "for i in range(40):\n"
        "    regex_compile(f'(?:甲{i}|乙)+{n}')\n"
        "re_compile('shared')\n"
    )
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path)}
    runs = [subprocess.Popen([sys.executable, "-c", code, str(n)], env=env) for n in range(4)]
    assert [run.wait() for run in runs] == [0, 0, 0, 0]
    (made,) = (tmp_path / "notice_parser").glob("patterns-*")  # no temporary left
    entries = read_entries(made)
    assert ("re", "shared", 0, 0) in entries
    assert 41 <= len(entries) <= 161
    cache = PatternCache(made)
    for engine, pattern, flags, _ in entries:
        cache.compile(engine, pattern, flags)
    assert (cache._new, cache._entries) == ({}, {})


def test_regex_s_compile_under_a_wrapper(tmp_path, monkeypatch):
    import functools

    own = regex._main._compile

    def bare(*args):
        return own(*args)

    monkeypatch.setattr(regex._main, "_compile", bare)  # a wrapper that does not say what it wraps
    cache = PatternCache(tmp_path / "p.bin")
    assert cache.compile("regex", r"(?P<d>\d)日", 0).search("5日").group("d") == "5"
    assert cache._new == {}  # not captured: the engine's compile
    monkeypatch.setattr(regex._main, "_compile", functools.wraps(own)(bare))  # a profiler's, say
    assert cache.compile("regex", r"(?P<m>\d)月", 0).search("6月").group("m") == "6"
    assert list(cache._new) == [("regex", r"(?P<m>\d)月", 0, int(regex.DEFAULT_VERSION))]
    cache.save()


#: re's and regex's module functions that compile their pattern argument (through the engine's own cache)
_COMPILING = {
    "match",
    "search",
    "fullmatch",
    "prefixmatch",
    "sub",
    "subf",
    "subn",
    "subfn",
    "split",
    "splititer",
    "findall",
    "finditer",
}
#: the names that compile whatever pattern they are given (regex.Regex is regex.compile; template,
#: Scanner compile too)
_CONSTRUCTORS = {"compile", "Regex", "template", "Scanner"}


def _engine_names(tree: ast.Module) -> tuple[set[str], dict[str, str]]:
    """The names the module binds to re or regex (``import regex as rx``; re and regex always)
    and to their functions (``from regex import search as find``: find → search)."""
    modules, functions = {"re", "regex"}, {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            modules.update(a.asname or a.name for a in node.names if a.name in ("re", "regex"))
        elif isinstance(node, ast.ImportFrom) and node.module in ("re", "regex") and not node.level:
            functions.update({a.asname or a.name: a.name for a in node.names})
    return modules, functions


def _written_here(node: ast.expr | None, constants: set[str]) -> bool:
    """Whether the pattern ``node`` is written in the module, wholly or in part: a literal (not the
    empty one, a sentinel: items._STALE), a module-level constant, an f-string or a concatenation
    (``+``, ``%``, ``.format``, ``.join``) one of whose parts is."""
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str | bytes) and node.value not in ("", b"")
    if isinstance(node, ast.Name):
        return node.id in constants
    if isinstance(node, ast.JoinedStr):
        return any(
            _written_here(part.value if isinstance(part, ast.FormattedValue) else part, constants)
            for part in node.values
        )
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add | ast.Mod):
        return _written_here(node.left, constants) or _written_here(node.right, constants)
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in ("format", "join"):
        return _written_here(node.func.value, constants) or any(_written_here(a, constants) for a in node.args)
    return False


def _compiles_past_the_cache(call: ast.Call, constants: set[str], names=({"re", "regex"}, {})) -> bool:
    """Whether ``call`` is re.compile / regex.compile / regex.Regex … (any pattern), or re.match,
    regex.split … on a pattern written in the module (:func:`_written_here`; a pattern worth
    keeping, compiled again in every process), as first argument or ``pattern=``; also through
    the names the module gives them (:func:`_engine_names`)."""
    modules, functions = names
    func = call.func
    if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name) and func.value.id in modules:
        name = func.attr
    elif isinstance(func, ast.Name) and func.id in functions:
        name = functions[func.id]
    else:
        return False
    if name in _CONSTRUCTORS:
        return True
    if name not in _COMPILING:
        return False
    pattern = call.args[0] if call.args else next((k.value for k in call.keywords if k.arg == "pattern"), None)
    return _written_here(pattern, constants)


def _module_constants(tree: ast.Module) -> set[str]:
    """The names a module assigns a string (or bytes) literal at its top level."""
    return {
        target.id
        for node in tree.body
        if isinstance(node, ast.Assign | ast.AnnAssign)
        and isinstance(node.value, ast.Constant)
        and isinstance(node.value.value, str | bytes)
        for target in (node.targets if isinstance(node, ast.Assign) else [node.target])
        if isinstance(target, ast.Name)
    }


def _calls_past_the_cache(source: str) -> list[int]:
    tree = ast.parse(source)
    constants, names = _module_constants(tree), _engine_names(tree)
    return [
        node.lineno
        for node in ast.walk(tree)
        if isinstance(node, ast.Call) and _compiles_past_the_cache(node, constants, names)
    ]


def test_the_scan_sees_each_form():
    source = (
        "import re, regex\n"
        "P = r'\\d+'\n"
        "A = re.compile(P)\n"  # 3
        "def f(s, pattern):\n"
        "    re.match(r'\\d+', s)\n"  # 5
        "    regex.split(P, s)\n"  # 6
        "    re.sub(b'x', b'', s)\n"  # 7
        "    regex.search(pattern, s)\n"  # an argument: the caller's pattern
        "    A.match(s); re.escape(P); re.match('', '')\n"
    )
    assert _calls_past_the_cache(source) == [3, 5, 6, 7]


def test_the_scan_sees_patterns_built_in_the_module_and_other_names_of_the_engines():
    source = (
        "import re, regex as rx\n"
        "from regex import search as find, Regex\n"
        "P = '年'\n"
        "def f(s, pattern, n):\n"
        "    re.search(rf'(\\d+){P}', s)\n"  # 5: an f-string with a literal part
        "    re.search(f'{P}', s)\n"  # 6: an f-string of a module constant
        "    rx.match(P + pattern, s)\n"  # 7: a concatenation with a constant
        "    re.split('%s+' % pattern, s)\n"  # 8
        "    re.findall('{}年'.format(n), s)\n"  # 9
        "    re.sub('|'.join(pattern), '', s)\n"  # 10
        "    regex.fullmatch(pattern=r'\\d', string=s)\n"  # 11: pattern= keyword
        "    regex.Regex(pattern)\n"  # 12: regex.compile under another name
        "    find(r'\\d', s); Regex(pattern)\n"  # 13, 13: imported functions
        "    re.search(f'{pattern}', s); rx.search(pattern + s, s); re.sub(pattern=pattern, repl='', string=s)\n"
    )
    assert _calls_past_the_cache(source) == [5, 6, 7, 8, 9, 10, 11, 12, 13, 13]


def test_no_module_compiles_past_the_cache():
    # a module-level or per-call pattern compiled with re.compile / regex.compile, or by re.match,
    # regex.split … from a pattern written in the module, would be parsed again in every process
    # (the engines' own caches live one process): every such pattern goes through notice_parser.compiled
    src = Path(notice_parser.__file__).parent
    calls = []
    for path in sorted(src.rglob("*.py")):
        if path.name == "compiled.py":
            continue
        for lineno in _calls_past_the_cache(path.read_text(encoding="utf-8")):
            calls.append(f"{path.relative_to(src)}:{lineno}")
    assert calls == []


def _fork(child) -> int:
    """Run ``child()`` in a forked process (its exit status: 0 when it returned True); fails the
    test when the child has not ended within 20 s (a deadlock), after killing it."""
    import signal
    import time

    pid = os.fork()
    if pid == 0:  # the child: never back into pytest
        code = 1
        try:
            code = 0 if child() else 2
        finally:
            os._exit(code)
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        done, status = os.waitpid(pid, os.WNOHANG)
        if done:
            return os.waitstatus_to_exitcode(status)
        time.sleep(0.01)
    os.kill(pid, signal.SIGKILL)
    os.waitpid(pid, 0)
    raise AssertionError("the forked child hung")


def test_a_multiprocessing_worker_s_captures_reach_the_file(tmp_path):
    # a pool worker (batch.py's --jobs, dask's processes) ends with os._exit: no atexit handler runs
    import multiprocessing

    path = tmp_path / "p.bin"
    cache = PatternCache(path)
    cache.compile("re", "parent", 0)
    worker = multiprocessing.get_context("fork").Process(target=cache.compile, args=("regex", r"worker\d", 0))
    worker.start()
    worker.join(20)
    assert worker.exitcode == 0
    assert list(read_entries(path)) == [("regex", r"worker\d", 0, int(regex.DEFAULT_VERSION))]  # not the parent's
    cache.save()
    assert sorted(read_entries(path))[0] == ("re", "parent", 0, 0)


def test_a_forked_child_compiles_while_another_thread_held_the_lock(tmp_path):
    cache = PatternCache(tmp_path / "p.bin")
    cache.compile("re", "parent", 0)
    with cache._lock:  # as another thread reading the file at the fork would hold it
        status = _fork(lambda: cache.compile("re", "child", 0).pattern == "child" and list(cache._new) == [KEY_CHILD])
    assert status == 0
    assert list(cache._new) == [("re", "parent", 0, 0)]


def test_a_killed_writer_s_old_temporaries_are_removed(tmp_path):
    import time

    path = tmp_path / "p.bin"
    old = time.time() - 2 * 3600
    for name in (".p.bin.k1x9.tmp", ".p.bin.young.tmp", ".q.bin.k2y8.tmp", "p.bin.tmp"):
        (tmp_path / name).write_bytes(b"x" * 100)
        if name != ".p.bin.young.tmp":
            os.utime(tmp_path / name, (old, old))
    cache = PatternCache(path)
    cache.compile("re", "a", 0)
    cache.save()
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        ".p.bin.young.tmp",
        ".q.bin.k2y8.tmp",
        "p.bin",
        "p.bin.tmp",
        "patterns.lock",
    ]


def _no_passwd_entry(monkeypatch) -> None:
    import pwd

    def missing(uid):
        raise KeyError(uid)

    monkeypatch.delenv("HOME", raising=False)
    monkeypatch.setattr(pwd, "getpwuid", missing)
    assert os.path.expanduser("~") == "~"


def test_no_home_no_cache_directory(monkeypatch, tmp_path):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("XDG_CACHE_HOME")
    _no_passwd_entry(monkeypatch)
    assert compiled.cache_dir() is None
    assert compiled.cache_path() is None
    cache = PatternCache()
    assert cache.compile("re", r"\d+", 0).findall("a12b3") == ["12", "3"]
    cache.save()
    import jieba

    assert wordcut._prefix_path(jieba) is None
    assert list(tmp_path.iterdir()) == []  # no ./~/.cache/notice_parser


def test_a_relative_xdg_cache_home_is_ignored(monkeypatch, tmp_path):
    monkeypatch.setenv("XDG_CACHE_HOME", "relative/cache")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert compiled.cache_dir() == tmp_path / "home" / ".cache" / "notice_parser"
    _no_passwd_entry(monkeypatch)
    assert compiled.cache_dir() is None


def test_a_cache_directory_is_used_only_as_a_private_directory(monkeypatch, tmp_path):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert compiled.cache_dir() == tmp_path / "notice_parser"  # missing: made by the first writer
    cache = PatternCache()
    cache.compile("re", "a", 0)
    cache.save()
    made = tmp_path / "notice_parser"
    assert made.stat().st_mode & 0o777 == 0o700
    assert compiled.cache_dir() == made
    made.chmod(
        0o777
    )  # the user's own: put aside, made again by the next writer; another user's is refused (tests at the end)
    assert compiled.cache_dir() == made and not made.exists()
    cache = PatternCache()
    cache.compile("re", "b", 0)
    cache.save()
    assert made.stat().st_mode & 0o777 == 0o700
    (tmp_path / "link").symlink_to(made)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "link" / ".."))
    assert compiled.cache_dir() == tmp_path / "link" / ".." / "notice_parser"
    made.rename(tmp_path / "elsewhere")
    (tmp_path / "notice_parser").symlink_to(tmp_path / "elsewhere")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert compiled.cache_dir() is None  # a link, not a directory


def test_the_test_runs_cache_home_is_private(monkeypatch, tmp_path):
    import tempfile

    from conftest import _test_cache_home

    monkeypatch.setattr(tempfile, "gettempdir", lambda: str(tmp_path))
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    shared = tmp_path / f"notice_parser-tests-{os.getuid()}"
    assert _test_cache_home() == str(shared)
    assert shared.stat().st_mode & 0o777 == 0o700
    assert _test_cache_home() == str(shared)  # kept between runs
    shared.chmod(0o777)  # (the user's own here, as if made first by another user: make_private refuses it)
    other = _test_cache_home()
    assert other != str(shared) and Path(other).parent == tmp_path
    assert Path(other).stat().st_mode & 0o777 == 0o700


def test_no_package_pattern_warns(keys):
    # a cached pattern does not warn again (its compile is not run): the package's raise no warning
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("error")
        for key in keys:
            _fresh(key)
    with pytest.warns(FutureWarning):
        _fresh(("re", "[[a]x", 0, 0))  # (what the test would catch)


def test_regex_debug_and_locale_patterns_are_not_cached(tmp_path, capsys):
    cache = PatternCache(tmp_path / "p.bin")
    for flags in (regex.DEBUG, regex.LOCALE, regex.DEBUG | regex.IGNORECASE):
        assert cache.compile("regex", rb"\w+", flags).findall(b"ab c") == [b"ab", b"c"]
    assert cache._new == {}
    capsys.readouterr()
    for _ in range(2):  # re's DEBUG prints the parsed pattern at each compile
        cache.compile("re", "ab", re.DEBUG)
        assert capsys.readouterr().out.startswith("LITERAL 97\nLITERAL 98\n\n")
    assert cache._new == {}


def test_a_pattern_follows_regex_s_default_version(tmp_path, monkeypatch):
    path = tmp_path / "p.bin"
    first = PatternCache(path)
    assert first.compile("regex", r"[a-z--b]+", 0).findall("abc-") == ["abc-"]  # version 0: '-' a member
    first.save()
    monkeypatch.setattr(regex, "DEFAULT_VERSION", regex.VERSION1)
    second = PatternCache(path)
    assert second.compile("regex", r"[a-z--b]+", 0).findall("abc-") == ["a", "c"]  # version 1: a difference
    assert second.compile("regex", r"[a-z--b]+", 0) is not first.compile("regex", r"[a-z--b]+", 0)


def test_threads_compiling_at_once_read_the_file_once(tmp_path, monkeypatch):
    import threading
    import time

    path = tmp_path / "p.bin"
    first = PatternCache(path)
    first.compile("re", "shared", 0)
    first.save()
    reads = []

    def slow_read(p):
        reads.append(p)
        time.sleep(0.05)  # another thread comes while the file is being read
        return read_entries(p)

    monkeypatch.setattr(compiled, "read_entries", slow_read)
    cache, start, got = PatternCache(path), threading.Barrier(8), []

    def run(n):
        start.wait()
        got.append(cache.compile("re", "shared", 0))
        cache.compile("re", f"own{n}", 0)

    threads = [threading.Thread(target=run, args=(n,)) for n in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert reads == [path]
    assert len(got) == 8 and len({id(p) for p in got}) == 1
    assert sorted(cache._new) == [("re", f"own{n}", 0, 0) for n in range(8)]


KEY_CHILD = ("re", "child", 0, 0)


def test_an_own_cache_directory_others_can_write_is_put_aside(monkeypatch, tmp_path):
    # an earlier version made it with a plain mkdir: 0775 under umask 002
    made = tmp_path / "notice_parser"
    made.mkdir()
    os.chmod(made, 0o775)
    (made / "patterns-1-x.bin").write_bytes(b"planted")
    (made / ".patterns-1-x.bin.abc.tmp").write_bytes(b"planted")
    (made / "notes.txt").write_text("the user's")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert compiled.cache_dir() == made
    assert not made.exists()  # nothing in it is ever read: the first writer makes it again, 0700
    (aside,) = tmp_path.glob(".notice_parser-unsafe-*")
    assert sorted(p.name for p in aside.iterdir()) == ["notes.txt"]  # the user's file kept, the cache files gone


def test_a_repair_that_stops_half_way_leaves_nothing_trusted(monkeypatch, tmp_path):
    # a file gone before its turn (another process's temporary), or a repair killed half way:
    # what is left is aside, never in a private-looking cache directory
    made = tmp_path / "notice_parser"
    made.mkdir()
    os.chmod(made, 0o775)
    for name in ("a.tmp", "b.bin", "patterns-planted.bin"):
        (made / name).write_bytes(b"planted")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    real = os.unlink

    def gone_then_killed(p, *a, **k):
        real(p)
        raise FileNotFoundError(p)

    monkeypatch.setattr(os, "unlink", gone_then_killed)
    assert compiled.cache_dir() == made
    monkeypatch.setattr(os, "unlink", real)
    assert not made.exists()
    assert compiled.cache_dir() == made  # the next run: a missing directory, made private by its writer
    assert not list(tmp_path.glob(".notice_parser-unsafe-*"))  # every cache file removed, then the directory


def test_a_cache_directory_of_another_user_or_a_link_stays_refused(monkeypatch, tmp_path):
    theirs = tmp_path / "notice_parser"
    theirs.mkdir()
    os.chmod(theirs, 0o775)
    (theirs / "patterns-1-x.bin").write_bytes(b"theirs")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    owner = theirs.stat().st_uid
    monkeypatch.setattr(os, "getuid", lambda: owner + 1)
    assert compiled.cache_dir() is None
    monkeypatch.undo()
    linked = tmp_path / "linked"
    linked.mkdir()
    (linked / "notice_parser").symlink_to(theirs)
    monkeypatch.setenv("XDG_CACHE_HOME", str(linked))
    assert compiled.cache_dir() is None
    assert oct(theirs.stat().st_mode & 0o777) == "0o775"
    assert [p.name for p in theirs.iterdir()] == ["patterns-1-x.bin"]


def test_no_cache_directory_nothing_captured_nor_kept(monkeypatch, tmp_path):
    blocked = tmp_path / "a-file"
    blocked.write_text("not a directory")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocked))
    cache = PatternCache()
    pattern = cache.compile("re", r"(\d+)y", 0)
    assert pattern is re.compile(r"(\d+)y", 0)  # the engine's own compile (and its cache)
    assert pattern.findall("2020y, 2021y") == ["2020", "2021"]
    assert cache.compile("regex", r"\p{Lu}+", 0).findall("aBCd") == ["BC"]
    assert cache.path is None
    assert (cache._new, cache._built) == ({}, {})
