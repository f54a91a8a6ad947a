"""parse-notice ends its own process without the interpreter's teardown (cli.script, cli._end): the
output, the exit codes and the atexit functions are those of a normal exit; under a profiler (or any
program below the script's top level) the process exits as usual. Each case is a process of its own."""

from __future__ import annotations

import json
import subprocess
import sys

from conftest import CORPORA

from notice_parser import parse, to_json

TIANSHUI = CORPORA / "tianshui-2017-30.txt"

# a program whose top level is script()'s caller, as notice_parser.__main__ is, with an atexit function;
# run with -v, the interpreter says "# cleanup[…" on stderr as it tears its modules down
_MAIN = """
import atexit, sys

atexit.register(lambda: sys.stderr.write("atexit ran\\n"))
from notice_parser.cli import script

script()
"""
TEARDOWN = "# cleanup["


def _run(args, **kw) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, *map(str, args)], capture_output=True, text=True, timeout=120, **kw)


def test_standard_output_is_whole_and_the_exit_codes_are_as_before(tmp_path):
    done = _run(["-m", "notice_parser", TIANSHUI])
    assert done.returncode == 0
    assert done.stdout == to_json(parse(str(TIANSHUI)))
    (tmp_path / "empty.txt").write_bytes(b"")
    done = _run(["-m", "notice_parser", tmp_path / "empty.txt"])
    assert done.returncode == 3 and "empty" in done.stderr
    done = _run(["-m", "notice_parser", TIANSHUI, "--bogus"])
    assert done.returncode == 2 and "--bogus" in done.stderr
    done = _run(["-m", "notice_parser", tmp_path / "empty.txt", TIANSHUI, "-o", tmp_path / "out", "--jobs", "2", "-q"])
    assert done.returncode == 3
    assert (tmp_path / "out" / "tianshui-2017-30.json").read_text(encoding="utf-8") == to_json(parse(str(TIANSHUI)))


def test_as_the_program_it_runs_the_atexit_functions_and_skips_the_teardown(tmp_path):
    (tmp_path / "prog").mkdir()
    (tmp_path / "prog" / "__main__.py").write_text(_MAIN, encoding="utf-8")
    done = _run(["-v", "-m", "prog", TIANSHUI, "-o", tmp_path / "t.json"], cwd=tmp_path)
    assert done.returncode == 0
    assert "atexit ran" in done.stderr.splitlines() and TEARDOWN not in done.stderr
    assert json.loads((tmp_path / "t.json").read_text(encoding="utf-8"))["source"]["format"] == "txt"


def test_the_pattern_cache_is_still_written_at_exit(tmp_path):
    # compiled's atexit function writes the patterns the run compiled into an empty cache directory
    env = {k: v for k, v in __import__("os").environ.items() if k != "XDG_CACHE_HOME"}
    env["XDG_CACHE_HOME"] = str(tmp_path / "cache")
    done = _run(["-m", "notice_parser", TIANSHUI, "-o", tmp_path / "t.json"], env=env)
    assert done.returncode == 0, done.stderr
    assert len(list((tmp_path / "cache" / "notice_parser").glob("patterns-*.bin"))) == 1


def test_below_a_profiler_the_process_exits_as_usual(tmp_path):
    (tmp_path / "prog").mkdir()
    (tmp_path / "prog" / "__main__.py").write_text(_MAIN, encoding="utf-8")
    done = _run(["-v", "-m", "cProfile", "-m", "prog", TIANSHUI, "-o", tmp_path / "t.json"], cwd=tmp_path)
    assert done.returncode == 0
    assert "function calls" in done.stdout  # cProfile's report, printed after the program
    assert "atexit ran" in done.stderr.splitlines() and TEARDOWN in done.stderr
    done = _run(["-m", "cProfile", "-m", "notice_parser", TIANSHUI, "-o", tmp_path / "u.json"])
    assert done.returncode == 0 and "function calls" in done.stdout


def test_with_another_thread_running_the_process_exits_as_usual(tmp_path):
    (tmp_path / "prog").mkdir()
    (tmp_path / "prog" / "__main__.py").write_text(
        "import threading\nstop = threading.Event()\nthreading.Thread(target=stop.wait, daemon=True).start()\n" + _MAIN,
        encoding="utf-8",
    )
    done = _run(["-v", "-m", "prog", TIANSHUI, "-o", tmp_path / "t.json"], cwd=tmp_path)
    assert done.returncode == 0
    assert "atexit ran" in done.stderr.splitlines() and TEARDOWN in done.stderr
