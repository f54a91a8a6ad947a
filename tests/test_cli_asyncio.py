"""parse-notice's start-up imports ``asyncio.coroutines`` alone, not the whole asyncio package, where
typing_extensions' ``deprecated`` asks it about the functions pydantic_core and pydantic deprecate
(cli._asyncio_deferred); the output is the same, asyncio imports whole afterwards, and the library
leaves the import as it is. Each case runs in a fresh interpreter (this one has asyncio already)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

TIANSHUI = Path(__file__).resolve().parent.parent / "corpora" / "tianshui-2017-30.txt"

# The same probe in parse-notice's process (cli.run) and in a library user's (asyncio imported first, then
# main()): what the dependencies do (which warnings pydantic_core's deprecated functions give, how
# typing_extensions wraps them) is whatever their versions do; the project's property is that run()'s
# start-up changes none of it.
_RUN = """
import inspect, json, sys, warnings
mode, out, doc = sys.argv[1:4]
from notice_parser import cli
if mode == "cli":
    sys.argv = ["parse-notice", doc, "-o", out]
    code = cli.run()
else:
    import asyncio
    code = cli.main([doc, "-o", out])
mods = {m: sys.modules[m] for m in list(sys.modules) if m == "asyncio" or m.startswith("asyncio.")}
# no bare package left, and no part of asyncio without the rest: absent, or loaded whole
whole_or_none = all(hasattr(m, "__file__") for m in mods.values()) and (not mods or "asyncio.base_events" in mods)
from pydantic_core import core_schema
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    core_schema.field_before_validator_function(lambda v, info: v, "x", core_schema.int_schema())
import asyncio
async def answer():
    return 42
print(json.dumps({
    "code": code,
    "whole_or_none": whole_or_none,
    "deprecated": sorted({type(w.message).__name__ for w in caught}),
    "run": asyncio.run(answer()),
    "one_set": asyncio.coroutines is sys.modules["asyncio.coroutines"] and asyncio.events is sys.modules["asyncio.events"],
    "iscoroutinefunction": [inspect.iscoroutinefunction(answer), asyncio.coroutines.iscoroutinefunction(answer),
                            asyncio.coroutines.iscoroutinefunction(print)],
}))
"""


def _probe(mode: str, out: Path) -> dict:
    done = subprocess.run(
        [sys.executable, "-c", _RUN, mode, str(out), str(TIANSHUI)], capture_output=True, text=True, check=True
    )
    return json.loads(done.stdout)


def test_parse_notice_start_up_changes_neither_the_output_nor_asyncio(tmp_path):
    cli_out, lib_out = tmp_path / "run.json", tmp_path / "lib.json"
    seen, lib = _probe("cli", cli_out), _probe("lib", lib_out)
    expected = {
        "code": 0,
        "whole_or_none": True,  # the bare package and what was loaded below it are gone after run()
        "run": 42,  # asyncio imported afterwards is whole
        "one_set": True,
        "iscoroutinefunction": [True, True, False],  # a coroutine function is still seen as one
    }
    assert {k: seen[k] for k in expected} == expected
    # pydantic_core's deprecated functions warn as they do where asyncio was imported first
    assert seen == lib
    assert cli_out.read_bytes() == lib_out.read_bytes()


_BARE = """
import inspect, json, sys, warnings
from notice_parser import cli
import typing_extensions

async def answer():
    return 42

def plain():
    return 42

def wrapped():
    # typing_extensions' deprecated asks asyncio.coroutines, as it does for pydantic_core's functions
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return [inspect.iscoroutinefunction(typing_extensions.deprecated("old")(f)) for f in (answer, plain)]

with cli._asyncio_bare():
    import asyncio.coroutines
    bare = sys.modules["asyncio"]
    inside = [
        type(bare.__dict__.get("run")).__name__,
        hasattr(bare, "__file__"),
        "asyncio.base_events" in sys.modules,  # asyncio.coroutines alone, not the package's __init__
        [asyncio.coroutines.iscoroutinefunction(answer), asyncio.coroutines.iscoroutinefunction(plain)],
    ]
    wrapped_inside = wrapped()
    # a name the bare package lacks: the real asyncio, imported in its place
    get_running_loop = asyncio.get_running_loop
    whole = sys.modules["asyncio"] is not asyncio and hasattr(sys.modules["asyncio"], "run")
after = "asyncio" in sys.modules
print(json.dumps([inside, get_running_loop.__name__, whole, after, wrapped_inside == wrapped()]))
"""


def test_a_name_asked_of_the_bare_package_imports_the_real_asyncio():
    done = subprocess.run([sys.executable, "-c", _BARE], capture_output=True, text=True, check=True)
    # inside: no run() on the bare package, no __file__ (a dunder is never delegated), asyncio's
    # event loops not imported, a coroutine function seen as one (and typing_extensions wraps it as it
    # does outside the block); after the delegation the real asyncio is in sys.modules, and stays
    # there after the block
    assert json.loads(done.stdout) == [["NoneType", False, False, [True, False]], "get_running_loop", True, True, True]


_ASYNCIO_LOADED = (
    "import json, sys\nimport {module}\n"
    "mods = {{m: sys.modules[m] for m in sys.modules if m == 'asyncio' or m.startswith('asyncio.')}}\n"
    "print(json.dumps([sorted(mods), all(hasattr(m, '__file__') for m in mods.values())]))"
)


def test_the_library_leaves_the_asyncio_import_as_it_is():
    # outside run()'s process no bare package is put in place: importing the models loads every asyncio
    # module that importing pydantic alone does (whatever that is for the installed version), all real
    def loaded(module: str) -> list:
        code = _ASYNCIO_LOADED.format(module=module)
        return json.loads(
            subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
        )

    (library, real), (pydantic_alone, _) = loaded("notice_parser.model"), loaded("pydantic")
    assert real is True
    assert set(pydantic_alone) <= set(library)


_HELD = """
import json, sys
from notice_parser import cli
with cli._asyncio_bare():
    import asyncio as held  # a module that imported asyncio in the block keeps the bare package
{inside}
import asyncio
first = sys.modules["asyncio"]
events = sys.modules["asyncio.events"]
policy = held.get_event_loop_policy
print(json.dumps([
    sys.modules["asyncio"] is first,
    sys.modules["asyncio.events"] is events,
    policy is first.get_event_loop_policy,
    first.get_event_loop_policy() is policy(),
]))
"""


def test_a_name_asked_of_the_bare_package_after_the_real_asyncio_was_imported_comes_from_it():
    # the reviewer's case: the real asyncio imported after the block, then a name asked of the held bare
    # package must not load a second asyncio in its place (two event-loop policies, two Future classes)
    code = _HELD.format(inside="")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert json.loads(done.stdout) == [True, True, True, True]


def test_a_second_name_asked_of_the_bare_package_inside_the_block_imports_asyncio_once():
    # inside the block the first name imports the real asyncio; the next one is taken from it
    code = _HELD.format(
        inside="    loaded = held.get_running_loop\n    assert held.Future is sys.modules['asyncio'].Future"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert json.loads(done.stdout) == [True, True, True, True]
