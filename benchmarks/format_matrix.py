"""Format invariance: the same notice converted to other formats, scored against the SAME gold.

    python benchmarks/format_matrix.py [--sets dev tests round2 ... redteam8] [--only SLUG ...]
                                       [--formats lo-pdf lo-doc lo-docx chrome-pdf] [--cache DIR] [--json OUT]
                                       [--extra DOCS_DIR GOLD_DIR] [--detail]

Every document that has a gold (corpora/ with ../shared/gold and tests/gold/{,round2,heldout,heldout2};
tests/redteamN/ with tests/gold/redteamN/) is converted by the programs a notice really passes through:

* ``lo-pdf``, ``lo-doc``, ``lo-docx``: ``soffice --headless --convert-to pdf|doc|docx`` (LibreOffice
  Writer; a .txt is imported as UTF-8 text, one paragraph per line; an .html page through Writer's
  HTML import) — for .txt, .html, .docx and .doc sources (not to the source's own format);
* ``chrome-pdf``: ``chromium --headless --print-to-pdf`` of an .html page (a browser's print).

Each converted file is parsed (in this process, with this tree's ``notice_parser``) and scored with
../shared/eval/score.py against the gold of its source; the report is the matrix document x format of
``overall`` (``--detail``: the categories that moved, too). Gold raw strings are whitespace-free,
so a conversion that only moves line breaks scores the same; what a conversion legitimately changes
is listed under the matrix (a .txt converted keeps its own line breaks: a title the .txt wraps over
two lines stays wrapped in every conversion).

Conversions are cached under ``--cache`` (default /tmp/format_matrix_cache), keyed by the source's
sha256, so a rerun after a parser change only parses. LibreOffice and chromium are needed at dev time
only (nothing under src/ or tests/ runs them); tests/test_format_fixtures.py scores a few committed
converted files.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = (ROOT / ".." / "shared").resolve()
if not SHARED.is_dir():
    SHARED = Path("/work/shared")
sys.path.insert(0, str(SHARED / "eval"))

#: conversion name -> source extensions it applies to
CONVERSIONS = {
    "lo-pdf": (".txt", ".html", ".docx", ".doc"),
    "lo-doc": (".txt", ".html", ".docx"),
    "lo-docx": (".txt", ".html", ".doc"),
    "chrome-pdf": (".html",),
}
TARGET_EXT = {"lo-pdf": "pdf", "lo-doc": "doc", "lo-docx": "docx", "chrome-pdf": "pdf"}
LO_FILTER = {"pdf": "pdf:writer_pdf_Export", "doc": "doc:MS Word 97", "docx": "docx:MS Word 2007 XML"}
LO_INFILTER = {".txt": "Text (encoded):UTF8,LF,,,", ".html": "HTML (StarWriter)"}
#: what a conversion legitimately changes, by source format (printed under the matrix)
LEGIT = {
    ".txt": "a .txt keeps its own line breaks in every conversion (one paragraph per line): wrapped titles, "
    "主送 or signature lines stay wrapped, and a PDF adds its own wraps inside long lines",
    ".html": "Writer's HTML import drops the page's <title> and <meta> (a page title outside the body is lost); "
    "a browser's print adds the page's header/footer chrome unless --no-pdf-header-footer",
    ".docx": "automatic list numbering becomes literal text in .doc/PDF (same visible numbers)",
    ".doc": "",
}


def gold_sets(extra: list[tuple[str, str]]) -> list[tuple[str, Path, Path]]:
    """(set name, documents dir, gold dir) of every gold set, as /tmp/allscores.sh lists them."""
    sets = [("dev", ROOT / "corpora", SHARED / "gold"), ("tests", ROOT / "corpora", ROOT / "tests" / "gold")]
    for name in ("round2", "heldout", "heldout2"):
        sets.append((name, ROOT / "corpora", ROOT / "tests" / "gold" / name))
    for gold in sorted((ROOT / "tests" / "gold").glob("redteam*"), key=lambda p: (len(p.name), p.name)):
        sets.append((gold.name, ROOT / "tests" / gold.name, gold))
    for docs, gold in extra:
        sets.append((Path(gold).name, Path(docs), Path(gold)))
    return [s for s in sets if s[2].is_dir()]


def documents(sets, only) -> list[tuple[str, str, Path, Path]]:
    out = []
    for name, docs, gold in sets:
        for g in sorted(gold.glob("*.gold.json")):
            slug = g.name[: -len(".gold.json")]
            if only and slug not in only:
                continue
            found = [p for p in docs.glob(slug + ".*") if not p.name.endswith(".meta.json")]
            if found:
                out.append((name, slug, found[0], g))
    return out


def _utf8(path: Path) -> bytes:
    data = path.read_bytes()
    for enc in ("utf-8-sig", "utf-16", "gb18030"):
        try:
            return data.decode(enc).encode("utf-8")
        except UnicodeDecodeError:
            continue
    return data


def convert(docs, formats: list[str], cache: Path) -> dict[tuple[str, str], Path]:
    """Convert every document to every format that applies; returns (slug, format) -> file."""
    out: dict[tuple[str, str], Path] = {}
    todo: dict[tuple[str, str], list[tuple[str, Path, Path]]] = {}  # (conversion, source ext) -> work
    for _set, slug, src, _gold in docs:
        key = hashlib.sha256(src.read_bytes()).hexdigest()[:16]
        for conv in formats:
            if src.suffix not in CONVERSIONS[conv]:
                continue
            target = cache / conv / f"{slug}-{key}.{TARGET_EXT[conv]}"
            out[(slug, conv)] = target
            if not target.exists():
                todo.setdefault((conv, src.suffix), []).append((slug, src, target))
    profile = cache / "lo-profile"
    for (conv, ext), work in sorted(todo.items()):
        (cache / conv).mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryDirectory() as tmp:
            staged = []
            for _slug, src, target in work:
                stage = Path(tmp) / "in" / f"{target.stem}{ext}"
                stage.parent.mkdir(exist_ok=True)
                stage.write_bytes(_utf8(src) if ext == ".txt" else src.read_bytes())
                staged.append((stage, target))
            t0 = time.time()
            if conv == "chrome-pdf":
                for stage, target in staged:
                    subprocess.run(
                        [
                            "chromium",
                            "--headless",
                            "--no-sandbox",
                            "--disable-gpu",
                            "--no-pdf-header-footer",
                            f"--user-data-dir={cache / 'chrome-profile'}",
                            f"--print-to-pdf={target}",
                            stage.resolve().as_uri(),
                        ],
                        capture_output=True,
                        timeout=180,
                        check=False,
                    )
            else:
                cmd = ["soffice", f"-env:UserInstallation={profile.resolve().as_uri()}", "--headless"]
                if ext in LO_INFILTER:
                    cmd.append(f"--infilter={LO_INFILTER[ext]}")
                cmd += ["--convert-to", LO_FILTER[TARGET_EXT[conv]], "--outdir", str(cache / conv)]
                cmd += [str(s) for s, _ in staged]
                subprocess.run(cmd, capture_output=True, timeout=1800, check=False)
            print(f"  converted {len(staged)} {ext} -> {conv} in {time.time() - t0:.0f}s", file=sys.stderr)
    return {k: v for k, v in out.items() if v.exists()}


def score_file(path: Path, gold: Path) -> dict | None:
    from score import score

    import notice_parser
    from notice_parser.emit import to_json

    try:
        pred = json.loads(to_json(notice_parser.parse(path)))
    except Exception as exc:  # a conversion the parser refuses is a finding, not a crash of the matrix
        return {"error": f"{type(exc).__name__}: {exc}"[:120]}
    return score(pred, json.load(open(gold, encoding="utf-8")))


def figures(rep: dict) -> dict[str, float]:
    out = {"overall": rep["overall"]}
    n = rep.get("notice")
    if n and n.get("total"):
        out["notice"] = n["correct"] / n["total"]
    for cat in ("sections", "measures", "units", "deadlines", "targets"):
        if cat in rep and isinstance(rep[cat], dict) and "f1" in rep[cat]:
            out[cat] = rep[cat]["f1"]
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sets", nargs="*", help="gold sets (dev tests round2 heldout heldout2 redteam..redteam8)")
    ap.add_argument("--only", nargs="*", help="document slugs")
    ap.add_argument("--formats", nargs="*", default=list(CONVERSIONS), choices=list(CONVERSIONS))
    ap.add_argument(
        "--cache", type=Path, default=Path(os.environ.get("FORMAT_MATRIX_CACHE", "/tmp/format_matrix_cache"))
    )
    ap.add_argument("--extra", nargs=2, action="append", default=[], metavar=("DOCS", "GOLD"))
    ap.add_argument("--json", type=Path, help="write every figure here")
    ap.add_argument("--detail", action="store_true", help="also print the categories a conversion moves")
    args = ap.parse_args(argv)
    if not shutil.which("soffice") or not shutil.which("chromium"):
        print("needs soffice (LibreOffice) and chromium on PATH", file=sys.stderr)
    sets = [s for s in gold_sets(args.extra) if not args.sets or s[0] in args.sets]
    docs = documents(sets, args.only)
    files = convert(docs, args.formats, args.cache)
    rows = []
    for set_name, slug, src, gold in docs:
        row = {"set": set_name, "slug": slug, "source": src.suffix.lstrip("."), "scores": {}}
        base = score_file(src, gold)
        row["scores"]["orig"] = base if base is None or "error" in base else figures(base)
        for conv in args.formats:
            if (slug, conv) in files:
                rep = score_file(files[(slug, conv)], gold)
                row["scores"][conv] = rep if rep is None or "error" in rep else figures(rep)
        rows.append(row)
        print(_line(row, args.formats, args.detail), flush=True)
    print(_summary(rows, args.formats))
    print("legitimately changed by a conversion:")
    for ext, what in LEGIT.items():
        if what:
            print(f"  {ext}: {what}")
    if args.json:
        args.json.write_text(json.dumps(rows, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


def _cell(s) -> str:
    if s is None:
        return "   -  "
    if "error" in s:
        return "  ERR "
    return f"{s['overall']:.3f} "


def _line(row, formats, detail) -> str:
    sc = row["scores"]
    cells = " ".join(_cell(sc.get(f)) if f in sc else "   .  " for f in ["orig", *formats])
    out = f"{row['set']:<9} {row['slug'][:44]:<44} {row['source']:<4} {cells}"
    base = sc.get("orig")
    if detail and base and "error" not in base:
        for f in formats:
            s = sc.get(f)
            if s and "error" not in s:
                moved = [
                    f"{k} {base[k]:.2f}->{s.get(k, 0):.2f}"
                    for k in base
                    if abs(base[k] - s.get(k, 0)) >= 0.005 and k != "overall"
                ]
                if moved:
                    out += f"\n{'':>14}{f}: " + ", ".join(moved)
            elif s:
                out += f"\n{'':>14}{f}: {s['error']}"
    return out


def _summary(rows, formats) -> str:
    head = f"{'':<9} {'document':<44} {'src':<4} " + " ".join(f"{f[:6]:>6}" for f in ["orig", *formats])
    lines = [head]
    for f in ["orig", *formats]:
        vals = [
            r["scores"][f]["overall"]
            for r in rows
            if f in r["scores"] and r["scores"][f] and "error" not in r["scores"][f]
        ]
        same = [
            r["scores"][f]["overall"] - r["scores"]["orig"]["overall"]
            for r in rows
            if f in r["scores"]
            and r["scores"][f]
            and "error" not in r["scores"][f]
            and "error" not in r["scores"]["orig"]
        ]
        if vals:
            lines.append(
                f"mean {f:<10}: {sum(vals) / len(vals):.3f} over {len(vals)} documents; "
                f"vs orig on the same documents {sum(same) / len(same):+.3f}; "
                f"{sum(1 for d in same if d < -0.005)} lower"
            )
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())
