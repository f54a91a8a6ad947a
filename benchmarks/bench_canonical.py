"""How many corpus units get a canonical name, and what resolving costs.

    python benchmarks/bench_canonical.py [--docs DIR] [--verbose]

One line per document (its jurisdiction; units, groups, resolved), then the
benchmark line: the share of the corpus's non-group units (distinct names
per document) that have a canonical name, and the time of resolving them as
a ratio to parsing the same documents (same process). ``--verbose`` lists
the names left unresolved.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

import notice_parser
from notice_parser.canonical import jurisdiction_of_notice, resolve

CORPORA = Path(__file__).resolve().parent.parent / "corpora"
ROLES = ("lead_units", "responsible_units", "supporting_units")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=Path, default=CORPORA)
    ap.add_argument("--verbose", action="store_true")
    args = ap.parse_args()
    paths = sorted(p for p in args.docs.iterdir() if p.is_file() and not p.name.endswith(".meta.json"))
    total = resolved = groups = 0
    parse_time = resolve_time = 0.0
    unresolved: list[str] = []
    for path in paths:
        t0 = time.perf_counter()
        doc = notice_parser.parse(path)
        parse_time += time.perf_counter() - t0
        units = {u.name: u for m in doc.measures for f in ROLES for u in getattr(m, f)}
        names = list(units)
        t0 = time.perf_counter()
        j = jurisdiction_of_notice(doc.notice, doc.text, names)
        for n in names:
            resolve(n, j)
        resolve_time += time.perf_counter() - t0
        g = sum(1 for u in units.values() if u.group)
        r = sum(1 for u in units.values() if u.canonical)
        total += len(units) - g
        groups += g
        resolved += r
        unresolved += [f"{path.stem}: {u.name}" for u in units.values() if not u.group and not u.canonical]
        print(f"{path.stem:60s} {j.label or '-':8s} units {len(units):3d}  groups {g:3d}  resolved {r:3d}")
    if args.verbose:
        print("\n".join(unresolved))
    share = resolved / total if total else 0.0
    ratio = resolve_time / parse_time if parse_time else 0.0
    print(
        f"canonical: {resolved}/{total} non-group units resolved ({share:.1%}), {groups} groups; "
        f"resolving takes {ratio:.2%} of the parse time"
    )


if __name__ == "__main__":
    main()
