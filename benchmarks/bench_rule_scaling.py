"""Growth per doubling of the extract rules on hostile inputs (issue 10 item 4), in one process.

    python benchmarks/bench_rule_scaling.py [--only NAME ...] [--sizes N N N]

Each rule is timed directly (best of 2) on a pathological input at growing
sizes; a linear rule shows about x2.0 per doubling, a quadratic one x4.0.
Then the whole parse of the same shape at the largest size is compared with
ordinary corpus text of the same length (``bench_scale.ordinary_text``).
Timings are noisy on a shared machine: read the ratios, not the seconds.

* ``units``     units._split_compact on 市环保局和 × N
* ``clauses``   clauses.find_clauses on 牵头单位：⏎ × N
* ``deadlines`` deadlines.find_deadlines on 2019年1—6月，7月底前， × N (periods and month points)
* ``tables``    flat_tables.find_text_tables + tables.measures_from_tables on
                one-cell-per-paragraph tables of 4 rows each (序号/任务/责任单位/完成时限), N rows in all
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _timing import best_of
from bench_scale import ordinary_text

import notice_parser
from notice_parser.context import Context, Region
from notice_parser.extract import flat_tables, tables
from notice_parser.extract.clauses import find_clauses
from notice_parser.extract.deadlines import find_deadlines
from notice_parser.extract.targets import find_targets
from notice_parser.extract.units import _split_compact, split_units


def task_tables(rows: int, per: int = 4) -> str:
    """``rows`` rows of flattened 序号/任务/责任单位/完成时限 tables, ``per`` rows a table."""
    out = ["关于2023年工作的通知"]
    for first in range(0, rows, per):
        out += [f"附表{first // per + 1}", "序号", "任务", "责任单位", "完成时限"]
        for i in range(1, min(per, rows - first) + 1):
            out += [str(i), f"完成第{first + i}项整改任务，建立台账", "市环保局", "2023年12月底前"]
    return "\n".join(out) + "\n"


def _tables_stage(text: str) -> None:
    ctx = Context(text, 2023)
    found = flat_tables.find_text_tables(ctx, [])
    tables.measures_from_tables(
        ctx, found, split_units=split_units, find_deadlines=find_deadlines, find_targets=find_targets
    )


#: name → (input of size n, the rule on it)
CASES: dict[str, tuple[Callable[[int], str], Callable[[str], object]]] = {
    "units": (lambda n: ("市环保局和" * n)[:n], _split_compact),
    "clauses": (lambda n: ("牵头单位：\n" * n)[:n], lambda h: find_clauses(Context(h), 0, len(h))),
    "deadlines": (
        lambda n: ("2019年1—6月，7月底前，" * n)[:n],
        lambda h: find_deadlines(Context(h, 2019), Region(0, len(h), "1.1")),
    ),
    "tables": (lambda n: task_tables(n // 40), _tables_stage),
}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--only", nargs="*", choices=sorted(CASES), help="the cases to run (default: all)")
    ap.add_argument("--sizes", nargs="*", type=int, default=[50000, 100000, 200000], help="input lengths (chars)")
    args = ap.parse_args()
    notice_parser.parse_text(ordinary_text(20000))  # imports and lazy compiles out of the timing
    for name in args.only or sorted(CASES):
        make, rule = CASES[name]
        prev = None
        for n in args.sizes:
            text = make(n)
            t = best_of(lambda text=text: rule(text), 2)
            growth = f"  x{t / prev:.2f} per doubling" if prev else ""
            print(f"{name:10s} {len(text):>8d} chars  {t:7.3f} s{growth}", flush=True)
            prev = t
        text = make(args.sizes[-1])
        whole = best_of(lambda text=text: notice_parser.parse_text(text), 2)
        plain = ordinary_text(len(text))
        ordinary = best_of(lambda: notice_parser.parse_text(plain), 2)
        print(f"{name:10s} whole parse / ordinary text of the same length: {whole / ordinary:.2f}", flush=True)


if __name__ == "__main__":
    main()
