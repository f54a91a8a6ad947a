"""This code against a baseline commit, side by side in one process: whole
warm parses and single stages, as ratios (current / baseline).

    python benchmarks/bench_ab.py [--baseline COMMIT] [--on tianshui|corpus|HOSTILE ...] [--rounds N]

The baseline's ``src/notice_parser`` is extracted with ``git archive`` and
imported under another name (``notice_parser_baseline``: the package imports
itself only relatively), so both run in the same interpreter, round after
round, on the same machine state. Each figure is the least disturbed round
(process time: less sensitive to the other processes of a shared machine).
``--on`` takes ``tianshui``, ``corpus`` (the 46 documents) or a substring of
a hostile input's name in ``bench_scale.hostile_inputs()``. Every ``lru_cache``
of the rules (``extract/``, ``numerals``: memos keyed by pieces of text) is
emptied before each timed call (not a pattern compiled on first use: a cached function of no
arguments), so that a memo does not make the second parse of
the same document look faster; ``--keep-caches`` keeps them. Caches of compiled
word tables (``lexicon/``) stay warm, as in any long-running process.
"""

from __future__ import annotations

import argparse
import importlib
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from bench_scale import CORPORA, TIANSHUI, hostile_inputs

ROOT = Path(__file__).resolve().parent.parent
BASELINE = "notice_parser_baseline"


def import_baseline(commit: str):
    """The package at ``commit``, imported as ``notice_parser_baseline``."""
    tmp = Path(tempfile.mkdtemp(prefix="notice-parser-ab-"))
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", commit, "src/notice_parser"], capture_output=True)
    if archive.returncode:
        sys.exit(f"bench_ab: cannot extract {commit}: {archive.stderr.decode().strip()}")
    subprocess.run(["tar", "-x", "-C", str(tmp)], input=archive.stdout, check=True)
    (tmp / "src" / "notice_parser").rename(tmp / BASELINE)
    sys.path.insert(0, str(tmp))
    return importlib.import_module(BASELINE)


def stages(pkg: str, texts: list[str]) -> dict[str, Callable[[], object]]:
    """Whole parses, and the region rules and measures on each text's own segmentation."""
    top = importlib.import_module(pkg)
    pipeline = importlib.import_module(f"{pkg}.pipeline")
    measures = importlib.import_module(f"{pkg}.extract.measures")
    seen = []
    original = pipeline.extract

    def capture(ctx, seg, tables):
        seen.append((ctx, seg))
        return original(ctx, seg, tables)

    pipeline.extract = capture
    try:
        for t in texts:
            top.parse_text(t)
    finally:
        pipeline.extract = original
    rules = dict(pipeline.REGION_RULES)
    return {
        "parse": lambda: [top.parse_text(t) for t in texts],
        "deadlines": lambda: [pipeline.region_items(c, s, rules["deadlines"]) for c, s in seen],
        "targets": lambda: [pipeline.region_items(c, s, rules["targets"]) for c, s in seen],
        "measures": lambda: [
            measures.build_measures(c, list(s.regions), dict(s.headings), dict(s.markers)) for c, s in seen
        ],
    }


def texts_of(name: str) -> list[str]:
    if name == "tianshui":
        return [TIANSHUI.read_text(encoding="utf-8")]
    if name == "corpus":
        return [p.read_text(encoding="utf-8") for p in sorted(CORPORA.glob("*.txt"))]
    found = [text for label, text in hostile_inputs().items() if name in label]
    if not found:
        sys.exit(f"bench_ab: no hostile input's name holds {name!r}")
    return found[:1]


def caches(pkg: str) -> list:
    """Every ``functools.lru_cache`` of the rule modules (``extract/``, ``numerals``) of the package."""
    found = []
    for name, mod in list(sys.modules.items()):
        if name.startswith((f"{pkg}.extract", f"{pkg}.numerals")):
            found += [f for f in vars(mod).values() if callable(getattr(f, "cache_clear", None)) and _memo(f)]
    return found


def _memo(f) -> bool:
    """A cache keyed by arguments (a memo of pieces of text), not a pattern compiled on first use
    (a cached function of no arguments: in a long-running process it is compiled once)."""
    code = getattr(getattr(f, "__wrapped__", None), "__code__", None)
    return code is None or code.co_argcount + code.co_kwonlyargcount > 0 or bool(code.co_flags & 0x0C)


def best(fn: Callable[[], object], rounds: int, other: Callable[[], object], clear: list) -> tuple[float, float]:
    """(best time of fn, best time of other), the two run in turns (each first every other round),
    the caches in ``clear`` emptied before each call."""
    times = {fn: float("inf"), other: float("inf")}
    for k in range(rounds):
        for f in (fn, other) if k % 2 == 0 else (other, fn):  # each goes first every other round
            for c in clear:
                c.cache_clear()
            t = time.process_time()
            f()
            times[f] = min(times[f], time.process_time() - t)
    return times[fn], times[other]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--baseline", default="HEAD", help="the commit to compare with (default: the last commit)")
    ap.add_argument("--on", nargs="*", default=["tianshui", "corpus"])
    ap.add_argument("--rounds", type=int, default=7)
    ap.add_argument("--keep-caches", action="store_true", help="do not empty the lru caches between calls")
    args = ap.parse_args()
    import_baseline(args.baseline)
    print(f"current / baseline {args.baseline}, in one process (process time, best of {args.rounds} rounds)")
    for name in args.on:
        texts = texts_of(name)
        cur, base = stages("notice_parser", texts), stages(BASELINE, texts)
        clear = [] if args.keep_caches else caches("notice_parser") + caches(BASELINE)
        for stage in cur:
            c, b = best(cur[stage], args.rounds, base[stage], clear)
            print(f"  {name[:30]:30} {stage:10} {c * 1e3:9.2f} ms / {b * 1e3:9.2f} ms = {c / b:5.2f}")


if __name__ == "__main__":
    main()
