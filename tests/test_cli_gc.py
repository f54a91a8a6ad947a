"""The garbage collector: parse-notice sets it for its start-up in its own process (cli.run);
the library, and main() called inside a program, leave it as they find it."""

from __future__ import annotations

import gc
import json
import subprocess
import sys

from conftest import CORPORA

import notice_parser
from notice_parser.cli import main

TIANSHUI = CORPORA / "tianshui-2017-30.txt"


def _state():
    return gc.isenabled(), gc.get_threshold(), gc.get_freeze_count()


def test_the_library_and_main_in_a_program_leave_the_collector_as_they_find_it(tmp_path):
    before = _state()
    notice_parser.parse(TIANSHUI)
    assert _state() == before
    notice_parser.parse_text("一、目标\n到2025年，建成污水处理厂3座。\n")
    assert _state() == before
    assert main([str(TIANSHUI), "-o", str(tmp_path / "t.json")]) == 0
    assert _state() == before
    assert main([str(TIANSHUI), str(TIANSHUI), "-o", str(tmp_path / "out"), "--jobs", "1", "-q"]) == 0
    assert _state() == before


_SPY = """
import gc, json, sys

seen = {"import": None, "parses": []}


class Spy:  # the collector's settings while the CLI imports the pipeline
    def find_spec(self, name, path=None, target=None):
        if name == "notice_parser.pipeline":
            seen["import"] = [gc.isenabled(), gc.get_threshold(), gc.get_freeze_count() > 0]
        return None


sys.meta_path.insert(0, Spy())
import notice_parser

real = notice_parser.parse


def parse(*args, **kwargs):  # the collector's settings at each parse (batch calls notice_parser.parse)
    seen["parses"].append([gc.isenabled(), gc.get_threshold(), gc.get_freeze_count() > 0])
    return real(*args, **kwargs)


notice_parser.parse = parse
from notice_parser.cli import run

sys.argv = ["parse-notice", *sys.argv[1:]]
seen["code"] = run()
seen["after"] = [gc.isenabled(), gc.get_threshold()]
print(json.dumps(seen))
"""


def _run_spied(*args) -> dict:
    done = subprocess.run([sys.executable, "-c", _SPY, *map(str, args)], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.splitlines()[-1])


def test_parse_notice_collects_only_young_garbage_while_importing_then_as_usual_over_many_files(tmp_path):
    names = ["tianshui-2017-30.txt", "anhui-2021-industrial-internet.txt", "jinan-2021-kechuang-jinan.txt"]
    seen = _run_spied(*(CORPORA / n for n in names), "-o", tmp_path / "out", "--jobs", "1", "-q")
    assert seen["code"] == 0
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == sorted(n[:-4] + ".json" for n in names)
    # imports: the youngest generation every 20,000 objects, the older ones not at all, nothing frozen yet
    assert seen["import"] == [True, [20000, 1 << 30, 1 << 30], False]
    # every parse: the default thresholds back, the imported heap frozen
    assert seen["parses"] == [[True, [700, 10, 10], True]] * 3
    assert seen["after"] == [True, [700, 10, 10]]


def test_parse_notice_gives_the_collector_back_on_an_early_exit():
    seen = _run_spied("--schema")
    assert seen["code"] == 0 and seen["parses"] == []
    assert seen["after"] == [True, [700, 10, 10]]
