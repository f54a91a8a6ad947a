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

_RUN = """
import json, sys, warnings
out = sys.argv[1]
sys.argv = ["parse-notice", sys.argv[2], "-o", out]
from notice_parser import cli
code = cli.run()
loaded = sorted(m for m in sys.modules if m.split(".")[0] in ("asyncio", "ssl", "concurrent", "logging"))
from pydantic_core import core_schema
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    core_schema.field_before_validator_function(lambda v, info: v, "x", core_schema.int_schema())
import asyncio
async def answer():
    return 42
print(json.dumps({
    "code": code,
    "loaded": loaded,
    "deprecated": sorted({type(w.message).__name__ for w in caught}),
    "run": asyncio.run(answer()),
    "coroutines": asyncio.coroutines is sys.modules["asyncio.coroutines"],
    "iscoroutinefunction": [asyncio.iscoroutinefunction(answer), asyncio.iscoroutinefunction(print)],
}))
"""


def test_parse_notice_leaves_asyncio_unimported_and_writes_the_same_output(tmp_path):
    out = tmp_path / "run.json"
    done = subprocess.run(
        [sys.executable, "-c", _RUN, str(out), str(TIANSHUI)], capture_output=True, text=True, check=True
    )
    seen = json.loads(done.stdout)
    assert seen == {
        "code": 0,
        "loaded": [],  # asyncio, and ssl, concurrent.futures, logging with it, were imported before
        "deprecated": ["DeprecationWarning"],  # pydantic_core's deprecation still warns
        "run": 42,  # asyncio imported afterwards is whole
        "coroutines": True,
        "iscoroutinefunction": [True, False],
    }
    # the same document from main() in a process that imported asyncio first, as any library user may
    lib = tmp_path / "lib.json"
    code = "import asyncio, sys\nfrom notice_parser.cli import main\nsys.exit(main([sys.argv[1], '-o', sys.argv[2]]))"
    subprocess.run([sys.executable, "-c", code, str(TIANSHUI), str(lib)], check=True)
    assert out.read_bytes() == lib.read_bytes()


_BARE = """
import json, sys
from notice_parser import cli
with cli._asyncio_bare():
    import asyncio.coroutines
    inside = [type(sys.modules["asyncio"].__dict__.get("run")).__name__, hasattr(sys.modules["asyncio"], "__file__")]
    # a name the bare package lacks: the real asyncio, imported in its place
    get_running_loop = asyncio.get_running_loop
    whole = sys.modules["asyncio"] is not asyncio and hasattr(sys.modules["asyncio"], "run")
after = "asyncio" in sys.modules
print(json.dumps([inside, get_running_loop.__name__, whole, after]))
"""


def test_a_name_asked_of_the_bare_package_imports_the_real_asyncio():
    done = subprocess.run([sys.executable, "-c", _BARE], capture_output=True, text=True, check=True)
    # inside: no run() on the bare package, no __file__ (a dunder is never delegated); after the
    # delegation the real asyncio is in sys.modules, and stays there after the block
    assert json.loads(done.stdout) == [["NoneType", False], "get_running_loop", True, True]


def test_the_library_imports_asyncio_as_pydantic_does():
    code = (
        "import sys\nimport notice_parser.model\nprint('asyncio' in sys.modules, 'asyncio.base_events' in sys.modules)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout == "True True\n"
