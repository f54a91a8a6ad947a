"""Generated code from the pattern file (compiled.generated_code_cached, opened by cli.run): the
dataclasses, named tuples and forward references made inside it have the code and behaviour of those
made outside it; the code comes from the file in a second process; and nothing is left in
``dataclasses``, ``collections`` or ``typing`` after it, nor done by the library."""

from __future__ import annotations

import collections
import dataclasses
import os
import subprocess
import sys
import typing
from pathlib import Path

import pytest

from notice_parser import compiled
from notice_parser.compiled import PatternCache, generated_code_cached, read_entries

TIANSHUI = Path(__file__).resolve().parent.parent / "corpora" / "tianshui-2017-30.txt"


def _classes() -> dict[str, type]:
    """Dataclasses of every kind of generated method, and named tuples, made afresh."""

    @dataclasses.dataclass(frozen=True)
    class Frozen:
        a: int
        b: str = "x"
        c: tuple = dataclasses.field(default_factory=tuple)

    @dataclasses.dataclass(slots=True, order=True)
    class Ordered:
        a: int
        b: float = 0.5

    @dataclasses.dataclass(kw_only=True, unsafe_hash=True)
    class KwOnly:
        a: int
        b: tuple = ()

    @dataclasses.dataclass
    class Post:
        a: int
        b: int = dataclasses.field(init=False)

        def __post_init__(self) -> None:
            self.b = self.a * 2

    class Typed(typing.NamedTuple):
        start: int
        end: int = 0

    Plain = collections.namedtuple("Plain", "x y", defaults=[3])
    return {"Frozen": Frozen, "Ordered": Ordered, "KwOnly": KwOnly, "Post": Post, "Typed": Typed, "Plain": Plain}


def _codes(cls: type) -> dict[str, object]:
    """The code of each generated method of ``cls``."""
    out = {}
    for name in ("__init__", "__repr__", "__eq__", "__lt__", "__le__", "__gt__", "__ge__", "__hash__", "__new__"):
        fn = cls.__dict__.get(name)
        fn = getattr(fn, "__wrapped__", fn)  # (__repr__ is under reprlib's recursion guard)
        if hasattr(fn, "__code__"):
            out[name] = fn.__code__
    for name in ("__setattr__", "__delattr__"):
        fn = cls.__dict__.get(name)
        if hasattr(fn, "__code__") and fn.__code__.co_filename == "<string>":
            out[name] = fn.__code__
    return out


def _behaviour(classes: dict[str, type]) -> list:
    c = classes
    frozen = c["Frozen"](1)
    try:
        frozen.a = 2  # type: ignore[misc]
        refused = None
    except dataclasses.FrozenInstanceError as e:
        refused = str(e)
    return [
        repr(frozen),
        frozen == c["Frozen"](1, "x", ()),
        hash(frozen) == hash(c["Frozen"](1)),
        refused,
        repr(c["Ordered"](2)),
        c["Ordered"](1, 2.0) < c["Ordered"](2),
        sorted([c["Ordered"](3), c["Ordered"](1)]) == [c["Ordered"](1), c["Ordered"](3)],
        repr(c["KwOnly"](a=1)),
        hash(c["KwOnly"](a=1)) == hash(c["KwOnly"](a=1, b=())),
        c["Post"](4).b,
        repr(c["Typed"](1)),
        c["Typed"](1, 2)._asdict(),
        repr(c["Plain"](1)),
        [f.name for f in dataclasses.fields(c["Frozen"])],
    ]


@pytest.fixture
def cache(tmp_path, monkeypatch) -> Path:
    path = tmp_path / "p.bin"
    monkeypatch.setattr(compiled, "_PATTERNS", PatternCache(path))
    return path


def test_classes_made_from_the_file_are_those_made_from_their_source(cache):
    plain = _classes()
    with generated_code_cached():
        first = _classes()  # compiled, captured
    assert {key[0] for key in compiled._PATTERNS._new} == {"exec", "eval"}
    compiled._PATTERNS.save()
    compiled._PATTERNS = PatternCache(cache)  # (the fixture's monkeypatch puts the original back)
    with generated_code_cached():
        second = _classes()  # built from the file
    assert compiled._PATTERNS._new == {}
    assert compiled._PATTERNS._built  # (asked for, and found)
    for name in plain:
        assert _codes(first[name]) == _codes(plain[name]) == _codes(second[name]), name
        assert len(_codes(plain[name])) >= 2, name
    assert _behaviour(first) == _behaviour(plain) == _behaviour(second)
    assert _behaviour(plain)[:4] == [
        "_classes.<locals>.Frozen(a=1, b='x', c=())",
        True,
        True,
        "cannot assign to field 'a'",
    ]


def _left() -> list[bool]:
    return ["exec" in vars(dataclasses), "eval" in vars(collections), "compile" in vars(typing)]


def test_nothing_is_left_in_dataclasses_collections_nor_typing(cache):
    with generated_code_cached():
        assert vars(dataclasses)["exec"] is compiled._exec
        assert vars(collections)["eval"] is compiled._eval
        assert vars(typing)["compile"] is compiled._compile
    assert _left() == [False, False, False]
    with pytest.raises(KeyError), generated_code_cached():
        raise KeyError  # (an error in the block: removed too)
    assert _left() == [False, False, False]


def test_forward_references_from_the_file_are_those_compiled_from_their_text(cache):
    texts = ["int", "str | None", "list[tuple[int, int]]", "*tuple[int, str]", "dict[str, 'Any']"]
    plain = [typing.ForwardRef(t) for t in texts]
    with generated_code_cached():
        first = [typing.ForwardRef(t) for t in texts]
    compiled._PATTERNS.save()
    compiled._PATTERNS = PatternCache(cache)
    with generated_code_cached():
        second = [typing.ForwardRef(t) for t in texts]
        with pytest.raises(SyntaxError) as bad:
            typing.ForwardRef("not a type")  # (compiled, refused, as outside)
        # other calls of compile pass through, with the caller's flags (this module's `annotations`)
        code = typing.compile("def f(x: int): pass", "<test>", "exec")  # type: ignore[attr-defined]
        hints = typing.get_type_hints(_Hinted, localns={"T": int})  # (its reference compiled from its text)
    assert hints == {"a": list[int]}
    assert str(bad.value) == "Forward reference must be an expression -- got 'not a type'"
    assert (
        [r.__forward_code__ for r in first]
        == [r.__forward_code__ for r in plain]
        == [r.__forward_code__ for r in second]
    )
    assert first == plain == second
    namespace: dict = {}
    exec(code, namespace)
    assert code.co_filename == "<test>" and namespace["f"].__annotations__ == {"x": "int"}


class _Hinted:
    a: list[T]  # type: ignore[name-defined]  # noqa: F821  (a forward reference, evaluated with T given)


def test_a_string_is_compiled_with_the_caller_s_future_flags(cache):
    # this module has `from __future__ import annotations`: exec of a string here gives string annotations
    ns_plain: dict = {}
    exec("def f(x: int) -> list[int]: pass", ns_plain)
    ns_cached: dict = {}
    compiled._exec("def f(x: int) -> list[int]: pass", ns_cached)
    assert ns_cached["f"].__annotations__ == ns_plain["f"].__annotations__ == {"x": "int", "return": "list[int]"}
    assert compiled._eval("1 + 2", {}) == eval("1 + 2", {}) == 3
    assert sorted({key[0] for key in compiled._PATTERNS._new}) == ["eval", "exec"]


def test_exec_and_eval_without_namespaces_use_the_caller_s():
    x = 5
    assert compiled._eval("x + 1") == 6
    ns = {"y": 1}
    compiled._exec("z = y + 1", ns)
    assert ns["z"] == 2
    assert x == 5


def test_the_library_leaves_dataclasses_and_collections_alone():
    code = (
        "import collections, dataclasses, notice_parser\n"
        "from notice_parser.cli import main\n"
        f"notice_parser.parse({str(TIANSHUI)!r})\n"
        f"main([{str(TIANSHUI)!r}, '-o', '/dev/null'])\n"
        "from notice_parser import compiled\n"
        "import typing\n"
        "print('exec' in vars(dataclasses), 'eval' in vars(collections), 'compile' in vars(typing),\n"
        "      sorted({k[0] for k in compiled._PATTERNS._built}))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout == "False False False ['re', 'regex']\n"


def test_parse_notice_takes_its_generated_code_from_the_file_on_its_second_run(tmp_path):
    env = dict(os.environ, XDG_CACHE_HOME=str(tmp_path / "cache"))
    runs = []
    for k in range(2):
        out = tmp_path / f"t{k}.json"
        subprocess.run([sys.executable, "-m", "notice_parser", str(TIANSHUI), "-o", str(out)], env=env, check=True)
        (path,) = (tmp_path / "cache" / "notice_parser").glob("patterns-*.bin")
        runs.append((out.read_bytes(), path.stat().st_mtime_ns, read_entries(path)))
    (first, written, entries), (second, again, _) = runs
    assert first == second
    assert written == again  # nothing missed in the second run: the file was not written again
    kinds = collections.Counter(key[0] for key in entries)
    assert kinds["exec"] >= 100 and kinds["eval"] >= 100, kinds  # the package's, pydantic's, annotated_types'
