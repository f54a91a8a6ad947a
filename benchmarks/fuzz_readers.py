"""Fuzz the readers through the CLI (issue 12): mutate the .doc/.docx/.html/
.pdf/.rtf/.mht/.xml fixtures, plus small documents built here, and run
``parse-notice FILE -o OUT.json`` on each, in-process, in a pool of worker
processes with a time limit per file.

    python benchmarks/fuzz_readers.py [--count 10000] [--jobs 2] [--timeout 20] [--seed 0] [--keep DIR]

Mutations: bit flips, truncation, byte splices, corrupted zip entries (the
compressed bytes, or the inflated part: broken, oversized or deeply nested
XML, a DTD, huge attributes, UTF-16/32 re-encoding, absurd numbering and
grid spans), HTML with deep nesting, huge attributes and odd encodings.

Counted per file: a traceback (an exception escaping ``main`` or
"Traceback" on stderr), an internal error (the CLI's catch-all), a hang
(over the time limit), an exit code other than 0/2/3, an error that is not
one line naming the file, and files left behind (anything but OUT.json on
success, anything at all on failure). The report is one JSON object on
standard output; with ``--keep DIR`` every file that showed a defect is
copied there. Exit status 1 when any defect was seen.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import multiprocessing
import os
import random
import resource
import shutil
import signal
import sys
import tempfile
import time
import zipfile
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
from docx_parts import document, docx_bytes, numbering
from docx_parts import para as _para

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"

LINES = [
    "关于印发某市生态环境保护工作方案的通知",
    "各区县人民政府，市直各部门：",
    "一、总体要求",
    "（一）加强组织领导。2025年底前完成。（牵头单位：市环保局；配合单位：市财政局）",
    "（二）完善工作机制。森林覆盖率达到60%以上。责任单位：市林业局、市水务局",
    "二、重点任务",
    "1.开展专项整治。每季度报送一次进展情况。（市生态环境局负责）",
    "2.强化监督检查。（市住建局牵头，各区县政府配合）",
]


def small_docx(body_extra: str = "", numbering_start: str = "1", fmt: str = "chineseCounting") -> bytes:
    rows = "".join(
        f"<w:tr><w:tc>{_para(a)}</w:tc><w:tc>{_para(b)}</w:tc></w:tr>"
        for a, b in (("整改任务", "牵头单位"), ("完善机制", "市环保局"), ("加强监管", "市水务局"))
    )
    body = "".join(_para(t, numbered=k in (2, 5)) for k, t in enumerate(LINES)) + f"<w:tbl>{rows}</w:tbl>" + body_extra
    return docx_bytes(document(body), numbering(numbering_start, fmt))


def small_html(charset: str = "utf-8") -> str:
    rows = "".join(
        f"<tr><td>{a}</td><td>{b}</td></tr>" for a, b in (("整改任务", "牵头单位"), ("完善机制", "市环保局"))
    )
    body = "".join(f"<p>{t}</p>" for t in LINES) + f"<table>{rows}</table>"
    return f'<html><head><meta charset="{charset}"><title>通知</title></head><body>{body}</body></html>'


def bases() -> list[tuple[str, bytes]]:
    """(suffix, bytes) of every document mutated: fixtures and small ones built here."""
    out: list[tuple[str, bytes]] = []
    seen = set()
    for pattern in ("*.doc", "*.docx", "html/*.html", "formats/*", "markdown/*"):
        for p in sorted(FIXTURES.glob(pattern)):
            if p.is_file() and p.stat().st_size and p.name not in seen:
                seen.add(p.name)
                out.append((p.suffix or ".bin", p.read_bytes()))
    small = [(".docx", small_docx())] * 6 + [(".html", small_html().encode())] * 6
    return out + small


# ------------------------------------------------------------------------------------- mutations


def bitflip(rng: random.Random, data: bytes) -> bytes:
    b = bytearray(data)
    for _ in range(rng.choice((1, 2, 8, 50))):
        i = rng.randrange(len(b))
        b[i] ^= 1 << rng.randrange(8)
    return bytes(b)


def truncate(rng: random.Random, data: bytes) -> bytes:
    return data[: rng.randrange(len(data))]


def splice(rng: random.Random, data: bytes) -> bytes:
    i = rng.randrange(len(data))
    n = rng.choice((1, 16, 512, 4096))
    fill = rng.choice((bytes(n), b"\xff" * n, rng.randbytes(n), b"<" * n, b"PK\x03\x04" * (n // 4 + 1)))
    return data[:i] + fill + data[i + n :]


_XML_BREAKERS = [
    lambda rng, x: x[: rng.randrange(len(x))],  # malformed: cut
    lambda rng, x: x.replace(b"</w:p>", b"", rng.randrange(1, 20)),  # unclosed elements
    lambda rng, x: x.replace(b"<w:body>", b"<w:body>" + b"<w:sdt><w:sdtContent>" * 20000, 1),  # deep nesting
    lambda rng, x: x.replace(b"<w:body>", b'<w:body><w:p w:x="' + b"A" * 3_000_000 + b'"/>', 1),  # huge attribute
    lambda rng, x: x.replace(b"<w:p>", b"<w:p " + b" ".join(b"a%d='1'" % i for i in range(20000)) + b">", 1),
    lambda rng, x: b'<?xml version="1.0"?><!DOCTYPE a [<!ENTITY e "' + b"x" * 1000 + b'">]>' + x.split(b"?>", 1)[-1],
    lambda rng, x: x.decode("utf-8", "replace").encode(rng.choice(("utf-16", "utf-32", "utf-16-be"))),
    lambda rng, x: x.replace(b"<w:body>", b"<w:body>" + _para("一、x", True).encode() * 5000, 1),
    lambda rng, x: x.replace(b'w:val="', b'w:val="' + b"9" * rng.choice((5, 20, 5000)), rng.randrange(1, 5)),
    lambda rng, x: x.replace(b"<w:tc>", b'<w:tc><w:tcPr><w:gridSpan w:val="99999999"/><w:vMerge/></w:tcPr>'),
    lambda rng, x: bytes(rng.randrange(256) for _ in range(rng.randrange(1, 64))) + x,
    lambda rng, x: x.replace(b'encoding="UTF-8"', rng.choice((b'encoding="UTF-7"', b'encoding="nosuch"', b""))),
]


def zip_entry(rng: random.Random, data: bytes) -> bytes:
    try:
        zin = zipfile.ZipFile(io.BytesIO(data))
        infos = zin.infolist()
        parts = [(i.filename, zin.read(i)) for i in infos]
    except Exception:
        return bitflip(rng, data)
    k = rng.randrange(len(parts))
    name, body = parts[k]
    for n, b in parts:
        if n == "word/document.xml" and rng.random() < 0.6:
            k, name, body = parts.index((n, b)), n, b
    if rng.random() < 0.2:
        # the compressed bytes of one entry (CRC and sizes left as they were)
        raw = bytearray(data)
        off = infos[k].header_offset + 30 + len(infos[k].filename.encode()) + len(infos[k].extra)
        for _ in range(rng.choice((1, 4, 32))):
            if infos[k].compress_size:
                j = off + rng.randrange(infos[k].compress_size)
                if j < len(raw):
                    raw[j] ^= 1 << rng.randrange(8)
        return bytes(raw)
    body = rng.choice(_XML_BREAKERS)(rng, body) if body else body
    parts[k] = (rng.choice((name, name, name.replace(".xml", ".bin"))), body)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", rng.choice((zipfile.ZIP_DEFLATED, zipfile.ZIP_STORED))) as z:
        for n, b in parts:
            z.writestr(n, b)
    return buf.getvalue()


def html_mutation(rng: random.Random, data: bytes) -> bytes:
    from notice_parser.readers import ReadOptions
    from notice_parser.readers.html import decode_html

    try:
        text = decode_html(data, ReadOptions())[0]
    except Exception:
        text = data.decode("utf-8", "replace")
    op = rng.randrange(7)
    if op == 0:
        text = text.replace("<body>", "<body>" + "<div>" * rng.choice((1000, 50000, 200000)), 1)
    elif op == 1:
        text = text.replace("<p", "<p " + " ".join(f"a{i}=1" for i in range(rng.choice((1000, 40000)))), 1)
    elif op == 2:
        text = text.replace("<p", '<p title="' + "长" * rng.choice((10000, 2_000_000)) + '"', 1)
    elif op == 3:
        text = text.replace("<td", '<td colspan="99999999" rowspan="99999999"', rng.randrange(1, 30))
    elif op == 4:
        i = rng.randrange(len(text) + 1)
        text = (
            text[:i]
            + rng.choice(("<!--", "<![CDATA[", "<script>", "&#xd800;", "&#0;", "\x00", "<table>" * 500))
            + text[i:]
        )
    elif op == 5:
        text = text.replace(
            "charset=", "charset=" + rng.choice(("undefined", "utf-7", "x-nosuch", "utf-32", "big5")), 1
        )
    enc = rng.choice(("utf-8", "utf-8", "gb18030", "big5", "utf-16", "utf-16-le", "utf-32", "utf-7", "latin-1"))
    return text.encode(enc, "replace")


def text_mutation(rng: random.Random, data: bytes) -> bytes:
    text = data.decode("utf-8", "replace")
    enc = rng.choice(("utf-16", "utf-32", "gb18030", "big5", "utf-7", "utf-16-be", "cp1252", "shift_jis"))
    return text.encode(enc, "replace")


def mutate(rng: random.Random, suffix: str, data: bytes) -> bytes:
    kinds = [bitflip, truncate, splice]
    if data[:4] == b"PK\x03\x04":
        kinds += [zip_entry] * 4
    if suffix in (".html", ".htm", ".mht") or data.lstrip()[:1] == b"<":
        kinds += [html_mutation] * 3
    if suffix in (".txt", ".md"):
        kinds += [text_mutation]
    out = data
    for _ in range(rng.choice((1, 1, 1, 2, 3))):
        if not out:
            break
        out = rng.choice(kinds)(rng, out)
    return out


# ------------------------------------------------------------------------------------------ runs


class Hang(BaseException):
    """Raised by the alarm: not an Exception, so no handler in the CLI swallows it."""


def _alarm(signum, frame):
    raise Hang()


_BASES: list[tuple[str, bytes]] = []
_OPTS: dict = {}


def _init(opts: dict) -> None:
    global _BASES, _OPTS
    _BASES, _OPTS = bases(), opts
    limit = opts["memory"]
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    signal.signal(signal.SIGALRM, _alarm)
    signal.signal(signal.SIGVTALRM, _alarm)
    import notice_parser.cli  # noqa: F401  (import once, not per file)


def run_one(index: int) -> tuple[int, str, list[str], str, bytes | None]:
    """Mutate base ``index % len(bases)`` with seed ``index`` and run the CLI on it."""
    from notice_parser.cli import main

    rng = random.Random(f"{_OPTS['seed']}:{index}")
    suffix, base = _BASES[index % len(_BASES)]
    data = mutate(rng, suffix, base)
    work = Path(tempfile.mkdtemp(prefix="fuzz-"))
    src_dir, out_dir = work / "in", work / "out"
    src_dir.mkdir()
    out_dir.mkdir()
    path = src_dir / f"case{index}{suffix}"
    path.write_bytes(data)
    out = out_dir / "out.json"
    err = io.StringIO()
    defects: list[str] = []
    kind = "ok"
    t0 = time.monotonic()
    # the limit is CPU time (a shared machine slows the wall clock), with a
    # wall-clock limit six times as long for a file that blocks
    signal.setitimer(signal.ITIMER_VIRTUAL, _OPTS["timeout"])
    signal.alarm(6 * _OPTS["timeout"])
    try:
        with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
            rc = main([str(path), "-o", str(out), "-q", "--jobs", "1"])
    except Hang:
        rc, kind = -1, "hang"
        defects.append("hang")
    except SystemExit as exc:
        rc = exc.code if isinstance(exc.code, int) else 2
    except BaseException as exc:
        rc, kind = -2, "traceback"
        defects.append(f"traceback: {type(exc).__name__}: {str(exc)[:200]}")
    finally:
        signal.setitimer(signal.ITIMER_VIRTUAL, 0)
        signal.alarm(0)
    elapsed = time.monotonic() - t0
    message = err.getvalue()
    if kind == "ok":
        kind = {0: "parsed", 2: "usage_or_io", 3: "unreadable"}.get(rc, f"exit_{rc}")
        if rc not in (0, 2, 3):
            defects.append(f"exit code {rc}")
    if "Traceback" in message:
        defects.append("traceback on stderr")
    if "internal error" in message:
        defects.append(f"internal error: {message.strip()[:200]}")
    if rc not in (0, -1, -2):
        lines = message.splitlines()
        if len(lines) != 1:
            defects.append(f"{len(lines)}-line error")
        elif not lines[0].startswith(f"parse-notice: {path}"):
            defects.append(f"error does not name the file: {lines[0][:200]}")
    left_out = sorted(p.name for p in out_dir.iterdir())
    left_in = sorted(p.name for p in src_dir.iterdir())
    if left_out != (["out.json"] if rc == 0 else []) or left_in != [path.name]:
        defects.append(f"files left: out={left_out[:5]} in={left_in[:5]}")
    shutil.rmtree(work, ignore_errors=True)
    keep = data if defects and len(data) < 20_000_000 else None
    return index, kind, defects, f"{elapsed:.2f}", keep


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--count", type=int, default=10_000)
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 2)
    ap.add_argument("--timeout", type=int, default=20, help="CPU seconds per file before it counts as a hang")
    ap.add_argument("--memory", type=int, default=3 << 30, help="address-space limit per worker, bytes")
    ap.add_argument("--seed", default="0")
    ap.add_argument("--keep", type=Path, help="copy every file that showed a defect here")
    ap.add_argument("--start", type=int, default=0, help="first case index (to resume or split a run)")
    args = ap.parse_args(argv)
    opts = {"seed": args.seed, "timeout": args.timeout, "memory": args.memory}
    kinds: Counter[str] = Counter()
    defects: Counter[str] = Counter()
    examples: dict[str, int] = {}
    slowest: list[tuple[float, int]] = []
    t0 = time.monotonic()
    if args.keep:
        args.keep.mkdir(parents=True, exist_ok=True)
    ctx = multiprocessing.get_context("fork")
    with ctx.Pool(args.jobs, initializer=_init, initargs=(opts,), maxtasksperchild=200) as pool:
        todo = range(args.start, args.start + args.count)
        for done, (index, kind, found, elapsed, keep) in enumerate(pool.imap_unordered(run_one, todo, chunksize=4), 1):
            kinds[kind] += 1
            slowest = sorted([*slowest, (float(elapsed), index)])[-5:]
            for d in found:
                key = d.split(":")[0]
                defects[key] += 1
                examples.setdefault(key, index)
                if args.keep and keep is not None:
                    (args.keep / f"case{index}.bin").write_bytes(keep)
            if done % 500 == 0:
                print(
                    f"{done}/{args.count} {time.monotonic() - t0:.0f}s {dict(kinds)} {dict(defects)}", file=sys.stderr
                )
    report = {
        "files": sum(kinds.values()),
        "outcomes": dict(kinds),
        "defects": dict(defects),
        "tracebacks": defects["traceback"] + defects["traceback on stderr"],
        "hangs": defects["hang"],
        "internal_errors": defects["internal error"],
        "multi_line_errors": sum(v for k, v in defects.items() if k.endswith("-line error")),
        "errors_not_naming_the_file": defects["error does not name the file"],
        "files_left": defects["files left"],
        "first_case_of_each_defect": examples,
        "slowest": [{"case": i, "seconds": s} for s, i in reversed(slowest)],
        "seconds": round(time.monotonic() - t0),
        "seed": args.seed,
    }
    print(json.dumps(report, ensure_ascii=False, indent=1))
    return 1 if defects else 0


if __name__ == "__main__":
    sys.exit(main())
