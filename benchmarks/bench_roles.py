"""Share of the warm parse spent in the unit, role and canonical passes, in one process.

    python benchmarks/bench_roles.py [--repeat N] [--corpus]

Times ``units.split_units``, ``clauses.find_clauses`` and
``canonical.with_canonical`` inside warm parses of the Tianshui notice (and,
with ``--corpus``, of every corpus document): each pass is wrapped where the
pipeline calls it, the parse is repeated and the least disturbed round of
the whole parse and of each pass kept.
Prints each pass in ms and as a share of the parse. Timings are noisy on a
shared machine: read the shares, and compare two versions side by side in
one process (same script, two checkouts on ``sys.path``) rather than runs.
"""

from __future__ import annotations

import argparse
import gc
import sys
import time
from pathlib import Path

import notice_parser
from notice_parser import pipeline
from notice_parser.extract import measures, tables, units

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _timing import timed

CORPORA = Path(__file__).resolve().parent.parent / "corpora"
TIANSHUI = CORPORA / "tianshui-2017-30.txt"

#: (module that calls the pass, the name it calls it by, label)
CALL_SITES = [
    (measures, "split_units", "split_units"),
    (measures, "find_clauses", "find_clauses"),
    (pipeline, "with_canonical", "with_canonical"),
]


def _wrap(spent: dict[str, float]) -> None:
    for module, name, label in CALL_SITES:
        setattr(module, name, timed(getattr(module, name), label, spent))
    # the table rule takes split_units as a default argument
    rule = tables.measures_from_tables
    if rule.__kwdefaults__ and rule.__kwdefaults__.get("split_units") is units.split_units:
        rule.__kwdefaults__["split_units"] = timed(units.split_units, "split_units", spent)


def _rounds(docs: list[Path], repeat: int, spent: dict[str, float]) -> tuple[float, dict[str, float]]:
    """The least disturbed round of the whole parse, and of each pass (each its own minimum)."""
    best_total, best = float("inf"), dict.fromkeys(spent, float("inf"))
    for d in docs:
        notice_parser.parse(str(d))  # warm
    for _ in range(repeat):
        for k in spent:
            spent[k] = 0.0
        gc.collect()
        t0 = time.perf_counter()
        for d in docs:
            notice_parser.parse(str(d))
        best_total = min(best_total, time.perf_counter() - t0)
        best = {k: min(v, spent[k]) for k, v in best.items()}
    return best_total, best


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=20)
    ap.add_argument("--corpus", action="store_true", help="also every corpus document")
    args = ap.parse_args()
    spent = dict.fromkeys([label for _, _, label in CALL_SITES], 0.0)
    _wrap(spent)
    sets = [("Tianshui", [TIANSHUI])]
    if args.corpus:
        sets.append(("corpus", sorted(p for p in CORPORA.iterdir() if p.suffix in (".txt", ".html", ".md"))))
    for name, docs in sets:
        total, parts = _rounds(docs, args.repeat if len(docs) == 1 else max(2, args.repeat // 10), spent)
        shown = ", ".join(f"{k} {v * 1e3:.2f} ms ({v / total:.1%})" for k, v in parts.items())
        print(f"{name}: warm parse {total * 1e3:.1f} ms; {shown}; the three {sum(parts.values()) / total:.1%}")


if __name__ == "__main__":
    sys.exit(main())
