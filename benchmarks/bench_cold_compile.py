"""What a cold Tianshui parse spends compiling patterns and building the division table, by
module, this code against a baseline commit, as ratios measured in one run of this script;
with the pattern cache (notice_parser.compiled) warm and empty.

    python benchmarks/bench_cold_compile.py [--baseline COMMIT] [--rounds N] [--top K]

Each round starts a fresh ``python`` per side (the baseline's ``src`` extracted with ``git
archive`` and put first on PYTHONPATH, as ``bench_scale.py`` does), the sides alternating:
the baseline, this code with an empty pattern cache (the file removed first: a first run,
which captures every pattern and writes the file at exit) and this code with the cache the
run before wrote (every later run). The cache directory is a temporary one (XDG_CACHE_HOME),
never the user's. The child wraps ``regex``'s and ``re``'s compile (and the pattern cache's,
where the code has one), imports ``notice_parser.pipeline`` and the CLI, parses Tianshui once
and writes its JSON, and reports every compile (the module and line that asked for it, the
time, at import or during the parse) and the time of the division table's build; the parent
times the whole process (wall and CPU, the exit's cache write included). A module's figure is
its least disturbed round. Byte code is cached (as an installed package has it), so what is
left of an import is the module's own work.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

from bench_scale import TIANSHUI, extract_baseline

_CHILD = r"""
import functools, json, sys, time
import re, regex, regex._main as rm
log = []
phase = ["import"]
depth = [0]

def caller():
    f = sys._getframe(2)
    while f is not None and ("/regex/" in f.f_code.co_filename or "/re/" in f.f_code.co_filename
                             or "functools" in f.f_code.co_filename or "notice_parser/compiled" in f.f_code.co_filename):
        f = f.f_back
    if f is None:
        return "?"
    name = f.f_code.co_filename
    name = name.split("notice_parser/")[-1] if "notice_parser/" in name else name.rsplit("/", 1)[-1]
    return name

def wrap(orig, cache):
    @functools.wraps(orig)  # (notice_parser.compiled runs regex's own _compile from its __wrapped__)
    def compile_(*a, **k):
        if depth[0]:
            return orig(*a, **k)
        depth[0] += 1
        size = len(cache)
        t = time.perf_counter()
        try:
            return orig(*a, **k)
        finally:
            depth[0] -= 1
            if len(cache) != size:  # a pattern compiled, not one found in the module's cache
                log.append((caller(), phase[0], time.perf_counter() - t))
    return compile_

rm._compile = wrap(rm._compile, rm._cache)
re._compile = wrap(re._compile, re._cache)
try:
    from notice_parser.compiled import PatternCache  # the pattern cache: a compile is a new Pattern it gives
except ImportError:
    pass
else:
    class _Built:
        def __len__(self):
            return sum(len(c._built) for c in caches)
    caches = []
    own = PatternCache.compile
    def compile_(self, *a):
        if self not in caches:
            caches.append(self)
        return own(self, *a)
    PatternCache.compile = wrap(compile_, _Built())
t0 = time.perf_counter()
import notice_parser.pipeline, notice_parser.cli
t1 = time.perf_counter()
phase[0] = "parse"
from notice_parser import divisions
build = divisions._build_table
spent = [0.0]
def timed_build():
    t = time.perf_counter()
    try:
        return build()
    finally:
        spent[0] += time.perf_counter() - t
divisions._build_table = timed_build
from notice_parser import parse, to_json
to_json(parse(sys.argv[1]))
t2 = time.perf_counter()
print(json.dumps({"log": log, "import": t1 - t0, "parse": t2 - t1, "divisions": spent[0]}))
"""


def _env(src: Path | None, cache: Path) -> dict:
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["XDG_CACHE_HOME"] = str(cache)
    if src is not None:
        env["PYTHONPATH"] = str(src) + os.pathsep + env.get("PYTHONPATH", "")
    return env


def _timed(cmd: list[str], env: dict) -> tuple[str, float, float]:
    """(stdout, wall s, CPU s (user + sys)) of one child process, its exit included."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t = time.perf_counter()
    out = subprocess.run(cmd, env=env, capture_output=True, text=True, check=True)
    wall = time.perf_counter() - t
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return out.stdout, wall, after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime


def _round(src: Path | None, cache: Path, empty: bool) -> tuple[dict, float, float]:
    """The instrumented child's report, then the wall and CPU time of a plain ``parse-notice
    tianshui -o /dev/null``; ``empty``: the pattern cache's file removed before each."""
    env = _env(src, cache)
    cli = [sys.executable, "-m", "notice_parser", str(TIANSHUI), "-o", os.devnull]
    for old in cache.glob("notice_parser/patterns-*") if empty else ():
        old.unlink()
    out, _, _ = _timed([sys.executable, "-c", _CHILD, str(TIANSHUI)], env)
    for old in cache.glob("notice_parser/patterns-*") if empty else ():
        old.unlink()
    _, wall, cpu = _timed(cli, env)
    return json.loads(out.strip().splitlines()[-1]), wall, cpu


def _by_module(run: dict) -> dict[str, list[float]]:
    """module -> [compiles at import, ms at import, compiles in the parse, ms in the parse]"""
    out: dict[str, list[float]] = defaultdict(lambda: [0, 0.0, 0, 0.0])
    for module, phase, dt in run["log"]:
        k = 0 if phase == "import" else 2
        out[module][k] += 1
        out[module][k + 1] += 1000 * dt
    return out


def _table(best: dict, names: list[str], top: int) -> None:
    print("  by module: compiles and ms at import + in the parse (" + " | ".join(names) + ")")
    ref = best[names[-1]]
    modules = sorted(set().union(*(best[n] for n in names)), key=lambda m: -sum(ref.get(m, [0, 0, 0, 0])[1::2]))
    for module in modules[:top]:
        cells = []
        for name in names:
            c = best[name].get(module, [0, 0.0, 0, 0.0])
            cells.append(f"{c[0]:3.0f} {c[1]:6.2f} + {c[2]:2.0f} {c[3]:5.2f}")
        print(f"    {module:34s} " + "  |  ".join(cells))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--baseline", default="6615518", help="commit to compare with ('' for none)")
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--top", type=int, default=16, help="modules listed")
    args = ap.parse_args()
    cache = Path(tempfile.mkdtemp(prefix="notice-parser-cold-cache-"))
    sides = {"empty cache": (None, True), "warm cache": (None, False)}
    if args.baseline:
        sides["baseline"] = (extract_baseline(args.baseline), False)
    best: dict[str, dict] = {name: {} for name in sides}
    totals: dict[str, dict[str, float]] = {name: defaultdict(lambda: float("inf")) for name in sides}
    for round_ in range(args.rounds + 1):  # round 0 writes the .pyc files and is not counted
        for name, (src, empty) in sides.items():
            run, wall, cpu = _round(src, cache, empty)
            if not round_:
                continue
            for module, figures in _by_module(run).items():
                if module not in best[name] or figures[1] + figures[3] < sum(best[name][module][1::2]):
                    best[name][module] = figures
            t = totals[name]
            for key, value in (
                ("process wall s", wall),
                ("process CPU s", cpu),
                ("compile ms", 1000 * sum(dt for _, _, dt in run["log"])),
                ("compiles", len(run["log"])),
                ("division table ms", 1000 * run["divisions"]),
                ("import s", run["import"]),
                ("first parse s", run["parse"]),
            ):
                t[key] = min(t[key], value)
    names = list(sides)
    print(
        f"cold Tianshui parse, best of {args.rounds} rounds per side"
        + (f" (baseline {args.baseline}, no pattern cache)" if args.baseline else "")
    )
    print(
        f"  {'':18s} " + " ".join(f"{n:>12s}" for n in names) + ("   ratios to the baseline" if args.baseline else "")
    )
    for key in totals["warm cache"]:
        line = f"  {key:18s} " + " ".join(f"{totals[n][key]:12.3f}" for n in names)
        if args.baseline and totals["baseline"][key]:
            b = totals["baseline"][key]
            line += "   " + " ".join(f"{n} {totals[n][key] / b:.2f}" for n in names[:2])
        print(line)
    _table(best, names, args.top)


if __name__ == "__main__":
    main()
