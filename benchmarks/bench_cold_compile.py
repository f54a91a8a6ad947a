"""What a cold Tianshui parse spends compiling patterns and building the division table, by
module, this code against a baseline commit, as ratios measured in one run of this script.

    python benchmarks/bench_cold_compile.py [--baseline COMMIT] [--rounds N] [--top K]

Each round starts a fresh ``python`` per side (the baseline's ``src`` extracted with ``git
archive`` and put first on PYTHONPATH, as ``bench_scale.py`` does), the sides alternating. The
child wraps ``regex``'s and ``re``'s compile, imports ``notice_parser.pipeline`` and the CLI,
parses Tianshui once and writes its JSON, and reports every compile (the module and line that
asked for it, the time, at import or during the parse) and the time of the division table's
build. A module's figure is its least disturbed round. Byte code is cached (as an installed
package has it), so what is left of an import is the module's own work.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

from bench_scale import TIANSHUI, extract_baseline

_CHILD = r"""
import json, sys, time
import re, regex, regex._main as rm
log = []
phase = ["import"]
depth = [0]

def caller():
    f = sys._getframe(2)
    while f is not None and ("/regex/" in f.f_code.co_filename or "/re/" in f.f_code.co_filename
                             or "functools" in f.f_code.co_filename):
        f = f.f_back
    if f is None:
        return "?"
    name = f.f_code.co_filename
    name = name.split("notice_parser/")[-1] if "notice_parser/" in name else name.rsplit("/", 1)[-1]
    return name

def wrap(orig, cache):
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


def _env(src: Path | None) -> dict:
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    if src is not None:
        env["PYTHONPATH"] = str(src) + os.pathsep + env.get("PYTHONPATH", "")
    return env


def _round(src: Path | None) -> dict:
    out = subprocess.run(
        [sys.executable, "-c", _CHILD, str(TIANSHUI)], env=_env(src), capture_output=True, text=True, check=True
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def _by_module(run: dict) -> dict[str, list[float]]:
    """module -> [compiles at import, ms at import, compiles in the parse, ms in the parse]"""
    out: dict[str, list[float]] = defaultdict(lambda: [0, 0.0, 0, 0.0])
    for module, phase, dt in run["log"]:
        k = 0 if phase == "import" else 2
        out[module][k] += 1
        out[module][k + 1] += 1000 * dt
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--baseline", default="e674e74", help="commit to compare with ('' for none)")
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--top", type=int, default=16, help="modules listed")
    args = ap.parse_args()
    sides = {"current": None, **({"baseline": extract_baseline(args.baseline)} if args.baseline else {})}
    best: dict[str, dict] = {name: {} for name in sides}
    totals: dict[str, dict[str, float]] = {name: defaultdict(lambda: float("inf")) for name in sides}
    for round_ in range(args.rounds + 1):  # round 0 writes the .pyc files and is not counted
        for name, src in sides.items():
            run = _round(src)
            if not round_:
                continue
            mods = _by_module(run)
            for module, figures in mods.items():
                if module not in best[name] or figures[1] + figures[3] < sum(best[name][module][1::2]):
                    best[name][module] = figures
            t = totals[name]
            t["compile ms"] = min(t["compile ms"], 1000 * sum(dt for _, _, dt in run["log"]))
            t["compiles"] = min(t["compiles"], len(run["log"]))
            t["division table ms"] = min(t["division table ms"], 1000 * run["divisions"])
            t["import s"] = min(t["import s"], run["import"])
            t["first parse s"] = min(t["first parse s"], run["parse"])
    cur, base = best["current"], best.get("baseline")
    print(
        f"cold Tianshui parse, best of {args.rounds} rounds per side" + (f" (baseline {args.baseline})" if base else "")
    )
    for key in totals["current"]:
        line = f"  {key:18s} {totals['current'][key]:9.3f}"
        if base:
            b = totals["baseline"][key]
            line += f"   baseline {b:9.3f}   ratio {totals['current'][key] / b:.2f}"
        print(line)
    print("  by module: compiles and ms at import + in the parse (current | baseline)")
    modules = sorted(set(cur) | set(base or {}), key=lambda m: -sum((base or cur).get(m, [0, 0, 0, 0])[1::2]))
    for module in modules[: args.top]:
        c = cur.get(module, [0, 0.0, 0, 0.0])
        line = f"    {module:34s} {c[0]:3.0f} {c[1]:6.2f} + {c[2]:2.0f} {c[3]:5.2f}"
        if base:
            b = base.get(module, [0, 0.0, 0, 0.0])
            line += f"  |  {b[0]:3.0f} {b[1]:6.2f} + {b[2]:2.0f} {b[3]:5.2f}"
        print(line)


if __name__ == "__main__":
    main()
