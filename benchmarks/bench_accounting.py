"""The share of time expressions and counted numbers left unaccounted, over
every corpus document (issue 8, "account for everything").

    python benchmarks/bench_accounting.py [--kinds time,number] [--top N] [DIR]

An expression is accounted when an item (deadline, target) holds it, when a
rule read it and recorded why it left it out (``doc.skipped``), or when it is
in the header before the first section. Prints one line per document, the
total share, and the most frequent unaccounted phrases with their context.
Kinds are the rows of ``notice_parser.extract.accounting.KINDS``; a kind
registered there (role words) is counted here with no change.
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

import notice_parser
from notice_parser.extract.accounting import KINDS, account, unaccounted_share

CORPORA = Path(__file__).resolve().parent.parent / "corpora"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("dir", nargs="?", default=str(CORPORA))
    ap.add_argument("--kinds", default=",".join(KINDS))
    ap.add_argument("--top", type=int, default=15)
    args = ap.parse_args()
    kinds = set(args.kinds.split(","))

    totals = {k: [0, 0] for k in kinds}
    leftovers: Counter = Counter()
    for path in sorted(Path(args.dir).iterdir()):
        if path.name.endswith(".meta.json") or path.suffix in (".json", ".md") or path.is_dir():
            continue
        doc = notice_parser.parse(path)
        entries = account(doc)
        parts = []
        for k in sorted(kinds):
            n, total = unaccounted_share(entries, {k})
            totals[k][0] += n
            totals[k][1] += total
            parts.append(f"{k} {n}/{total}")
        print(f"{path.stem:60s} " + "  ".join(parts))
        for e in entries:
            if e.status == "unaccounted" and e.kind in kinds:
                leftovers[(e.kind, e.text)] += 1
    n_all = sum(n for n, _ in totals.values())
    t_all = sum(t for _, t in totals.values())
    for k, (n, t) in sorted(totals.items()):
        print(f"unaccounted {k}: {n}/{t} = {n / t if t else 0:.3f}")
    print(f"unaccounted overall: {n_all}/{t_all} = {n_all / t_all if t_all else 0:.3f}")
    if args.top:
        print("most frequent unaccounted:")
        for (k, text), c in leftovers.most_common(args.top):
            print(f"  {c:4d}  {k}  {text}")


if __name__ == "__main__":
    main()
