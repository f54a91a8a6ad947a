"""Issue 10's figures, as ratios measured in one run of this script.

    python benchmarks/bench_scale.py [--baseline cb0cb9c] [--jionlp-python PATH] [--big-mb 5] [--only NAME ...]

Every timing runs in a fresh subprocess (``python -c``) so that the current
code and the baseline commit (extracted with ``git archive`` into a temporary
directory and put first on PYTHONPATH) are measured the same way, round after
round, on the same machine state. Figures:

* ``warm``     Tianshui warm parse (best of N): current / baseline, and / jionlp's
               ``extract_time`` on the same text (jionlp lives in its own venv,
               never a dependency: ``python3 -m venv /tmp/jionlp-venv &&
               /tmp/jionlp-venv/bin/pip install jionlp``, then ``--jionlp-python
               /tmp/jionlp-venv/bin/python``)
* ``big``      a text of --big-mb MB made of corpus documents / the sum of the
               parse times of its parts; and the peak RSS of that parse
* ``hostile``  each pathological input / ordinary text (corpus text) of the same length
* ``jobs``     ``parse-notice corpora -o DIR --jobs 2`` throughput / ``--jobs 1``: per run (one
               cold start each) and in the steady state of a long batch (see bench_jobs)
* ``rss``      the peak RSS of the big text's parse, broken down (also printed by ``big``)
* ``cold``     cold ``parse-notice tianshui -o /dev/null`` wall and CPU time (.pyc cached; rounds alternate
               with the baseline), the same for a document that loads the word segmenter, the floors
               (python, python -S, import regex + pydantic, + a one-field pydantic model), and the phases
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
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPORA = ROOT / "corpora"
TIANSHUI = CORPORA / "tianshui-2017-30.txt"


def hostile_inputs() -> dict[str, str]:
    """The super-linear patterns of issue 10 (and ../shared/repro/make_inputs.py's)."""
    return {
        "deadline overlap: 一、x（一）+ 2020年 x20000": "一、x\n（一）" + "2020年" * 20000,
        "targets._scan_items: 达到 + 1%、 x33000": "达到" + "1%、" * 33000,
        "targets lead year (Sentences.of): 覆盖率达到95%。⏎ x20000": "覆盖率达到95%。\n" * 20000,
        "targets._SCOPE_SPLIT: 五县和 x33000 + 两区达到30%": "五县和" * 33000 + "两区达到30%",
        "units._split_compact: 牵头单位：市环保局和…, 200k": ("牵头单位：" + "市环保局和" * 40000)[:200000],
        "clauses.find_clauses: 牵头单位：⏎ x…, 200k": ("牵头单位：\n" * 34000)[:200000],
        "layout.contents_span: 目录⏎ + . x25000 + x": "目录\n" + "." * 25000 + "x",
        "layout key-value cells: 标题：关于 + 100k spaces + 的通知⏎发布日期：…": "标题：关于"
        + " " * 100000
        + "的通知\n发布日期：2024年3月1日\n各县区人民政府：\n一、总体要求\n到2025年底完成。\n",
        "达到1个 x8000": "达到1个" * 8000,
        # a run of qualifiers (an amount, 的 and a noun, a later number): each list's subject grew with the clause
        "targets qualifier run: 达到10亿元的企业 x4000": "达到10亿元的企业" * 4000,
        "targets qualifier run: 建成1000平方米以上的厂房 x4000": "建成1000平方米以上的厂房" * 4000,
        "targets baseline run: 由10%提高到 x4000": "由10%提高到" * 4000,
        "2025年1234567890, 100k": ("2025年1234567890" * 7200)[:100000],
        "numbered lines: 1. … 20000 lines": "".join(f"{i}. 落实任务{i}。\n" for i in range(1, 20001)),
        "no line breaks: corpus text, 300k": "".join(
            p.read_text(encoding="utf-8").replace("\n", "") for p in sorted(CORPORA.glob("*.txt"))
        )[:300000],
        "crawled line: corpus sentences and site chrome, no line breaks, 300k": "".join(
            s + "。 首页 > 通知公告 > 正文 时间：2023-10-28 08:53 微信 微博 QQ空间 来源：市政府办公室 "
            for p in sorted(CORPORA.glob("*.txt"))
            for s in p.read_text(encoding="utf-8").replace("\n", "").split("。")
        )[:300000],
        # HTML pages (parsed as HTML: the row's text starts with <html>)
        "tables._cell_units: HTML task table, a 责任单位 cell of 这是一段说明文字<br> x20000": _task_table_page(
            "<br>".join(["这是一段说明文字"] * 20000)
        ),
        "layout.page_fields: HTML, 400 sidebar cells 文号：甲日期：乙 x20 around an article": _sidebar_page(400),
    }


def _task_table_page(cell: str) -> str:
    return (
        "<html><head><meta charset='utf-8'></head><body><h1>关于印发某市重点任务分工方案的通知</h1>"
        "<p>各县区人民政府：</p><p>现将任务分工印发给你们。</p><table>"
        "<tr><th>序号</th><th>重点任务</th><th>责任单位</th><th>完成时限</th></tr>"
        f"<tr><td>1</td><td>推进数字政府建设</td><td>{cell}</td><td>2025年12月底</td></tr>"
        "</table></body></html>"
    )


def _sidebar_page(cells: int) -> str:
    """An article (a TRS_Editor div) between two sidebars of records (文号：甲日期：乙 ×20 a cell)."""
    side = "".join(f"<tr><td>{'文号：甲日期：乙' * 20}</td></tr>" for _ in range(cells // 2))
    article = "<p>各县区人民政府：</p>" + "".join(
        f"<p>{i}、做好第{i}项工作，责任单位为市环保局，2025年底前完成各项任务并报送情况。</p>" for i in range(1, 600)
    )
    return (
        f"<html><head><meta charset='utf-8'></head><body><table>{side}</table><div class='TRS_Editor'>"
        f"<h1>关于做好某项工作的通知</h1>{article}</div><table>{side}</table></body></html>"
    )


def ordinary_text(n: int) -> str:
    base = "\n".join(p.read_text(encoding="utf-8") for p in sorted(CORPORA.glob("*.txt")))
    return (base * (n // len(base) + 1))[:n]


_TIME_PARSE = """
import sys, time, json, resource
import notice_parser
text = open(sys.argv[1], encoding="utf-8").read()
repeat = int(sys.argv[2])
notice_parser.parse_text(text[:2000])  # imports and lazy compiles out of the timing
run = lambda: notice_parser.parse_text(text)
if sys.argv[1].endswith(".html"):  # an HTML page, read as HTML (its warm-up too)
    notice_parser.parse(text[:2000].encode(), format="html")
    run = lambda: notice_parser.parse(text.encode(), format="html")
try:  # and the word segmenter's dictionary, which some texts load on first need (a one-off ~0.5-1 s)
    from notice_parser.extract import wordcut
    wordcut._jieba()
except (ImportError, AttributeError):  # the baseline commit has no segmenter
    pass
best = cpu = float("inf")
for _ in range(repeat):
    t, c = time.perf_counter(), time.process_time()
    run()
    best, cpu = min(best, time.perf_counter() - t), min(cpu, time.process_time() - c)
out = {"s": best, "cpu": cpu, "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
       "module": notice_parser.__file__}
if sys.argv[3:] == ["fresh"]:  # the same text as if parsed for the first time: see FRESH
    memos = []
    for name, mod in list(sys.modules.items()):
        if name.startswith(("notice_parser.extract", "notice_parser.numerals")):
            for f in vars(mod).values():
                code = getattr(getattr(f, "__wrapped__", None), "__code__", None)
                if callable(getattr(f, "cache_clear", None)) and (
                    code is None or code.co_argcount + code.co_kwonlyargcount > 0 or code.co_flags & 0x0C
                ):
                    memos.append(f)
    best = cpu = float("inf")
    for _ in range(repeat):
        for f in memos:
            f.cache_clear()
        t, c = time.perf_counter(), time.process_time()
        run()
        best, cpu = min(best, time.perf_counter() - t), min(cpu, time.process_time() - c)
    out.update(fresh_s=best, fresh_cpu=cpu, memos=len(memos))
print(json.dumps(out))
"""

#: Each timing of a parse (time_parse) is the best of N parses of one text in one process. The rule modules keep
#: memos of pieces of text for the process (functools caches keyed by a stretch, a list, a name: 56 at cb0cb9c's
#: successors, more since a04cdf9/278de5c kept clause readings and unit lists for the process), so the second
#: parse of one text finds its own stretches read already, which no document of a batch does. With ``fresh``,
#: time_parse also times N parses with those memos emptied before each (bench_ab.py's default; compiled patterns
#: and tables stay): the text as a batch meets it, once. Both are printed for the warm and hostile rows.
FRESH = "fresh"

_TIME_JIONLP = """
import sys, time, json
import jionlp
try:
    extract_time = jionlp.extract_time
except AttributeError:  # jionlp >= 1.5.2x keeps it as a class
    from jionlp.algorithm.ner.time_extractor import TimeExtractor
    extract_time = TimeExtractor()
text = open(sys.argv[1], encoding="utf-8").read()
extract_time(text[:2000])
best = float("inf")
for _ in range(int(sys.argv[2])):
    t = time.perf_counter()
    extract_time(text)
    best = min(best, time.perf_counter() - t)
print(json.dumps({"s": best}))
"""


def _env(src: Path | None) -> dict:
    env = dict(os.environ)
    if src is not None:
        env["PYTHONPATH"] = str(src) + os.pathsep + env.get("PYTHONPATH", "")
    return env


def time_parse(path: Path, repeat: int, src: Path | None = None, timeout: float = 900, fresh: bool = False) -> dict:
    out = subprocess.run(
        [sys.executable, "-c", _TIME_PARSE, str(path), str(repeat), *([FRESH] if fresh else [])],
        capture_output=True,
        text=True,
        env=_env(src),
        timeout=timeout,
        check=True,
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def extract_baseline(commit: str) -> Path:
    tmp = Path(tempfile.mkdtemp(prefix=f"notice-parser-{commit}-"))
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", commit, "src"], capture_output=True, check=True)
    subprocess.run(["tar", "-x", "-C", str(tmp)], input=archive.stdout, check=True)
    return tmp / "src"


def _write(tmpdir: Path, name: str, text: str) -> Path:
    p = tmpdir / name
    p.write_text(text, encoding="utf-8")
    return p


def bench_warm(args, tmpdir: Path, base: Path | None) -> None:
    rounds = []
    for _ in range(args.rounds):
        cur = time_parse(TIANSHUI, args.repeat, fresh=True)
        old = time_parse(TIANSHUI, args.repeat, base, fresh=True) if base else None
        rounds.append((cur, old))
    cur, fresh = min(r[0]["s"] for r in rounds), min(r[0]["fresh_s"] for r in rounds)
    print(f"warm Tianshui parse: current {cur * 1000:.1f} ms", end="")
    if base:
        old, old_fresh = min(r[1]["s"] for r in rounds), min(r[1]["fresh_s"] for r in rounds)
        print(f", baseline {args.baseline} {old * 1000:.1f} ms, ratio {cur / old:.2f} (goal <= 0.20)", end="")
    print(f"; the rule modules' memos emptied before each parse (FRESH): current {fresh * 1000:.1f} ms", end="")
    if base:
        print(f", baseline {old_fresh * 1000:.1f} ms, ratio {fresh / old_fresh:.2f}", end="")
    print()
    if args.jionlp_python:
        out = subprocess.run(
            [args.jionlp_python, "-c", _TIME_JIONLP, str(TIANSHUI), str(args.repeat)],
            capture_output=True,
            text=True,
            check=True,
        )
        jl = json.loads(out.stdout.strip().splitlines()[-1])["s"]
        print(f"  vs jionlp.extract_time on the same text: {jl * 1000:.1f} ms, ratio {cur / jl:.2f} (goal <= 0.20)")


def big_text(tmpdir: Path, mb: float) -> tuple[Path, list[Path]]:
    """A text of ``mb`` MB made of corpus documents (the .txt ones, in name order, repeated)."""
    docs = sorted(CORPORA.glob("*.txt"))
    parts: list[tuple[Path, str]] = []
    size, target = 0, int(mb * 1024 * 1024)
    while size < target:
        for p in docs:
            t = p.read_text(encoding="utf-8")
            parts.append((p, t))
            size += len(t.encode("utf-8"))
            if size >= target:
                break
    return _write(tmpdir, "big.txt", "\n".join(t for _, t in parts)), [p for p, _ in parts]


def bench_big(args, tmpdir: Path) -> None:
    big, parts = big_text(tmpdir, args.big_mb)
    whole = time_parse(big, 1, timeout=3600)
    per_doc = {p: time_parse(p, 3, fresh=True) for p in set(parts)}
    total = sum(per_doc[p]["s"] for p in parts)
    cpu, fresh = (sum(per_doc[p][k] for p in parts) for k in ("cpu", "fresh_cpu"))
    print(
        f"{args.big_mb:g} MB text ({len(parts)} corpus documents): {whole['s']:.1f} s, sum of parts {total:.1f} s, "
        f"ratio {whole['s'] / total:.2f} (goal <= 1.10); CPU {whole['cpu']:.2f} / {cpu:.2f} s = "
        f"{whole['cpu'] / cpu:.2f}, the parts with the memos emptied before each parse (FRESH) {fresh:.2f} s = "
        f"{whole['cpu'] / fresh:.2f}; peak RSS {whole['rss_mb']:.0f} MB (goal <= 100)"
    )
    bench_rss(args, tmpdir, big)


_RSS = """
import json, resource, sys
def rss():
    with open("/proc/self/status") as f:
        return next(int(line.split()[1]) for line in f if line.startswith("VmRSS")) / 1024
out = {"interpreter": rss()}
import notice_parser, notice_parser.pipeline
out["imports"] = rss()
notice_parser.parse_text("一、目标\\n到2025年，建成污水处理厂3座。\\n")
out["warm-up parse"] = rss()
if sys.argv[2] == "whole":  # what the segmenter cost when jieba loaded its whole dictionary
    import jieba
    jieba.setLogLevel(60)
    tk = jieba.Tokenizer()
    tk.initialize()
else:
    from notice_parser.extract import wordcut
    wordcut._jieba()
out["segmenter"] = rss()
text = open(sys.argv[1], encoding="utf-8").read()
out["text"] = rss()
if sys.argv[3] == "traced":  # Python allocations: what the document keeps, the parse's transient peak
    import tracemalloc
    tracemalloc.start()
doc = notice_parser.parse_text(text)
out["kept"] = rss()
if sys.argv[3] == "traced":
    out["traced"] = [m / 2**20 for m in tracemalloc.get_traced_memory()]
    import gc
    doc = None
    gc.collect()
    out["caches"] = tracemalloc.get_traced_memory()[0] / 2**20  # what outlives the document
out["peak"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps(out))
"""

_CHILD_PEAK = """
import resource, subprocess, sys
subprocess.run(sys.argv[1:], check=True)
print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024)
"""


def bench_rss(args, tmpdir: Path, big: Path | None = None) -> None:
    """Peak RSS of the parse of the big text, broken down by RSS read at each step (Linux)."""
    if big is None:
        big, _ = big_text(tmpdir, args.big_mb)

    def run(*argv: str) -> str:
        return subprocess.run([sys.executable, "-c", *argv], capture_output=True, text=True, check=True).stdout

    r = json.loads(run(_RSS, str(big), "blocks", "-"))
    whole = json.loads(run(_RSS, str(big), "whole", "-"))
    traced = json.loads(run(_RSS, str(big), "blocks", "traced"))
    (kept, transient), caches = traced["traced"], traced["caches"]
    cli = float(run(_CHILD_PEAK, sys.executable, "-m", "notice_parser", str(big), "-o", os.devnull))
    step = {k: r[k] - r[p] for p, k in zip(list(r)[:-2], list(r)[1:-1], strict=True)}
    print(
        f"peak RSS of the {args.big_mb:g} MB parse (parse_text, in one process): {r['peak']:.0f} MB (goal <= 100) = "
        f"interpreter {r['interpreter']:.0f} + imports (pydantic models, compiled patterns) {step['imports']:.0f} "
        f"+ warm-up parse {step['warm-up parse']:.0f} + word segmenter {step['segmenter']:.1f} (jieba loading "
        f"its whole dictionary: {whole['segmenter'] - whole['warm-up parse']:.0f}) + the text {step['text']:.0f} "
        f"+ parsing {r['peak'] - r['text']:.0f} (tracemalloc: the finished document keeps {kept - caches:.0f} "
        f"and the process-wide caches the parse fills (jieba prefix blocks, division table) {caches:.0f} of a "
        f"peak of {transient:.0f}; the rest is the allocator's: freed memory it does not hand back); floor "
        f"without a lighter document model: {r['text'] + kept:.0f} MB (all but the parse's transient). "
        f"`parse-notice big.txt -o /dev/null` (JSON rendered too): {cli:.0f} MB"
    )


HOSTILE_REPEAT = 3


def bench_hostile(args, tmpdir: Path) -> None:
    for k, (name, text) in enumerate(hostile_inputs().items()):
        if args.only_hostile and not any(s in name for s in args.only_hostile):
            continue
        hp = _write(tmpdir, f"hostile{k}.html" if text.startswith("<html") else f"hostile{k}.txt", text)
        op = _write(tmpdir, f"ordinary{k}.txt", ordinary_text(len(text)))
        # best of 3 for both: a single parse of the ordinary text pays the patterns compiled on first use that the
        # warm-up (the first 2000 characters) did not reach, which made it slower and the ratio look better
        # wall and process (CPU) time both: on a shared machine the wall clock swings with the load, the CPU
        # time of a one-threaded parse much less
        try:
            h = time_parse(hp, HOSTILE_REPEAT, timeout=args.hostile_timeout, fresh=True)
        except subprocess.TimeoutExpired:
            h = None
        o = time_parse(op, HOSTILE_REPEAT, fresh=True)
        if h is None:
            shown = f"> {args.hostile_timeout:.0f} s (timed out)"
        else:
            shown = (
                f"{h['s']:.2f} s, ratio {h['s'] / o['s']:.2f}; CPU ratio {h['cpu'] / o['cpu']:.2f}; memos emptied "
                f"before each parse (FRESH): CPU {h['fresh_cpu']:.2f} / {o['fresh_cpu']:.2f} s, ratio "
                f"{h['fresh_cpu'] / o['fresh_cpu']:.2f}"
            )
        print(f"  {name} ({len(text)} chars): {shown}; ordinary text {o['s']:.2f} s (goal <= 2)")


def _copies(tmpdir: Path, k: int) -> Path:
    """A directory holding ``k`` copies of the corpus documents (one subdirectory each)."""
    root = tmpdir / f"corpus-x{k}"
    for c in range(k):
        (root / f"c{c}").mkdir(parents=True)
        for p in CORPORA.iterdir():
            if p.suffix in (".txt", ".html", ".md"):
                (root / f"c{c}" / p.name).write_bytes(p.read_bytes())
    return root


_CPU: dict[tuple, list[float]] = {}


def _batch_run(src: Path, out: Path, jobs: int, key: tuple | None = None, code: Path | None = None) -> float:
    """Wall time of one run (the package from ``code``, a baseline's src, or the installed one); its CPU
    time (all its processes) is kept in _CPU[key]."""
    import resource

    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "notice_parser", str(src), "-o", str(out), "--jobs", str(jobs), "-q"],
        check=True,
        env=_cold_env(code),
    )
    wall = time.perf_counter() - t
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if key is not None:
        cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
        _CPU.setdefault(key, []).append(cpu)
    return wall


#: ``python -c`` program: parse-notice itself (cli.run, its imports where the command does them), each
#: process writing its CPU time (user + sys) to $NOTICE_BENCH_TRACE: the parent when it starts the pool
#: ("fork") and when it is done ("parent"), each worker when it stops ("worker"; a forked child's
#: count starts at zero)
_TRACED_CLI = """
import os, resource, sys
from notice_parser import cli
def cpu():
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime
log = open(os.environ["NOTICE_BENCH_TRACE"], "a")
def note(what):
    log.write(f"{what} {cpu()}\\n")
    log.flush()
collect = cli._collect_again
def patched():  # after `from . import batch, pipeline` in cli._main: patch the pool
    from notice_parser import batch
    if not getattr(batch, "_traced", False):
        batch._traced, start, work = True, batch._Pool.__init__, batch._worker
        def init(self, *a):
            note("fork")
            start(self, *a)
        def worker(*a):
            try:
                work(*a)
            finally:
                note("worker")
        batch._Pool.__init__, batch._worker = init, worker
    collect()
cli._collect_again = patched
sys.argv[0] = "parse-notice"
code = cli.run()
note("parent")
sys.exit(code)
"""


def _traced_run(src: Path, out: Path, jobs: int, code: Path | None, tmpdir: Path) -> dict[str, list[float]]:
    """One run of ``_TRACED_CLI``: the CPU times its processes wrote (``fork``, ``parent``, ``worker``)."""
    trace = tmpdir / "trace.txt"
    trace.unlink(missing_ok=True)
    env = {**_cold_env(code), "NOTICE_BENCH_TRACE": str(trace)}
    subprocess.run(
        [sys.executable, "-c", _TRACED_CLI, str(src), "-o", str(out), "--jobs", str(jobs), "-q"], check=True, env=env
    )
    found: dict[str, list[float]] = {}
    for line in trace.read_text().splitlines():
        what, value = line.split()
        found.setdefault(what, []).append(float(value))
    return found


def idle_cores_estimate(one: dict[str, list[float]], two: dict[str, list[float]]) -> tuple[float, dict[str, float]]:
    """The ``--jobs 2`` / ``--jobs 1`` throughput ratio on two idle cores, from per-process CPU times:
    ``--jobs 1`` takes its process's CPU time; ``--jobs 2`` the parent's CPU until it starts the pool
    (serial), then whichever is longer: the busiest worker, or all the workers' CPU and the parent's
    after the fork (receiving, writing) shared by two cores."""
    t1 = one["parent"][0]
    serial, after = two["fork"][0], two["parent"][0] - two["fork"][0]
    workers = two["worker"]
    t2 = serial + max(max(workers), (sum(workers) + after) / 2)
    return t1 / t2, {"t1": t1, "t2": t2, "serial": serial, "after": after, "workers": sum(workers) / len(workers)}


def _spin(n: int = 2_000_000) -> int:
    return sum(i * i for i in range(n))


def machine_ceiling() -> float:
    """The same CPU loop twice: one after the other / in two processes at once (2.0 on an idle 2-core machine)."""
    import multiprocessing

    t = time.perf_counter()
    _spin(), _spin()
    serial = time.perf_counter() - t
    t = time.perf_counter()
    with multiprocessing.get_context("fork").Pool(2) as pool:
        pool.map(_spin, [2_000_000, 2_000_000])
    return serial / (time.perf_counter() - t)


def _median(xs: list[float]) -> float:
    xs = sorted(xs)
    return (xs[(len(xs) - 1) // 2] + xs[len(xs) // 2]) / 2


def bench_jobs(args, tmpdir: Path, base: Path | None = None) -> None:
    """Each run is ``parse-notice DIR -o OUT --jobs N -q`` in a fresh process: it counts one cold
    start (interpreter, imports with their byte code cached as an installed package has it, for
    N > 1 the pool's start), reading, parsing and writing every file; both N do the same work (same inputs, same outputs, OUT written afresh each round).
    Rounds alternate N = 1 and N = 2; the ratio is taken per round and the median reported, since
    other processes on the machine slow some rounds. The corpus is also run four times over
    (four copies, 184 files): the difference of the two runs is the steady state of a long batch
    (138 files, the one-off start-up cancelled out). With a baseline, its runs are interleaved with
    the current code's in every round, and the same figures are printed for it (ratios in one run)."""
    x1, x4 = CORPORA, _copies(tmpdir, 4)
    n1 = sum(1 for p in CORPORA.iterdir() if p.suffix in (".txt", ".html", ".md"))
    sides: dict[str, Path | None] = {"current": None, **({"baseline": base} if base else {})}
    for side, code in sides.items():  # the file cache, .pyc files, the jieba prefix file if missing
        _batch_run(x1, tmpdir / f"warm-up-{side}", 1, code=code)
    load = [os.getloadavg()[0]]
    runs: dict[tuple, list[float]] = {}
    traced: dict[str, list[tuple[float, dict[str, float]]]] = {side: [] for side in sides}
    ceiling = []
    for r in range(args.rounds):
        before = machine_ceiling()
        for k, src in ((1, x1), (4, x4)):
            for jobs in (1, 2) if r % 2 == 0 else (2, 1):
                for side, code in sides.items() if r % 2 == 0 else reversed(sides.items()):
                    key = (side, k, jobs)
                    out = tmpdir / f"out-{side}-{k}-{jobs}-{r}"
                    runs.setdefault(key, []).append(_batch_run(src, out, jobs, key, code))
        for side, code in sides.items() if r % 2 == 0 else reversed(sides.items()):
            one, two = (_traced_run(x1, tmpdir / f"traced-{side}-{j}-{r}", j, code, tmpdir) for j in (1, 2))
            traced[side].append(idle_cores_estimate(one, two))
        ceiling.append(min(before, machine_ceiling()))  # what the round could get at best
        load.append(os.getloadavg()[0])
    print(
        f"--jobs, each run `python -m notice_parser DIR -o OUT --jobs N -q` with its cold start (.pyc cached) "
        f"(load average {min(load):.1f}-{max(load):.1f} over {args.rounds} rounds; what two processes get "
        f"from the machine meanwhile, a CPU loop twice, serial / in 2 processes, before and after each round: "
        f"median {_median(ceiling):.2f}, 2.0 when idle):"
    )
    for side in sides:
        _jobs_figures(side, {key[1:]: v for key, v in runs.items() if key[0] == side}, n1, ceiling, args.rounds)
        ratios = [ratio for ratio, _ in traced[side]]
        parts = {k: _median([p[k] for _, p in traced[side]]) for k in traced[side][0][1]}
        print(
            f"  per-process CPU (idle_cores_estimate), corpus: ratio median {_median(ratios):.2f} (rounds "
            f"{' '.join(f'{x:.2f}' for x in ratios)}); --jobs 1 {parts['t1']:.3f} s; --jobs 2 {parts['t2']:.3f} s = "
            f"parent before the pool {parts['serial']:.3f} + then max(busiest worker, (workers + parent "
            f"{parts['after']:.3f}) / 2), a worker {parts['workers']:.3f} s on average"
        )
    if base:
        cpu = {key: _median(v) for key, v in _CPU.items()}
        print(
            "  CPU time of a run, current / baseline: "
            + ", ".join(
                f"{'corpus' if k == 1 else 'x4'} --jobs {j} {cpu['current', k, j] / cpu['baseline', k, j]:.3f}"
                for k in (1, 4)
                for j in (1, 2)
            )
        )


def _jobs_figures(
    side: str, runs: dict[tuple[int, int], list[float]], n1: int, ceiling: list[float], rounds: int
) -> None:
    print(f" {side}:")
    ratios = [a / b for a, b in zip(runs[1, 1], runs[1, 2], strict=True)]
    print(
        f"  corpus, {n1} files, one cold start each: --jobs 1 {_median(runs[1, 1]):.2f} s, --jobs 2 "
        f"{_median(runs[1, 2]):.2f} s; ratio median {_median(ratios):.2f} "
        f"(rounds {' '.join(f'{x:.2f}' for x in ratios)}) (goal >= 1.7)"
    )
    ratios = [a / b for a, b in zip(runs[4, 1], runs[4, 2], strict=True)]
    print(
        f"  corpus x4, {4 * n1} files, one cold start each: --jobs 1 {_median(runs[4, 1]):.2f} s, --jobs 2 "
        f"{_median(runs[4, 2]):.2f} s; ratio median {_median(ratios):.2f}"
    )
    steady = {j: [b - a for a, b in zip(runs[1, j], runs[4, j], strict=True)] for j in (1, 2)}
    ratios = [a / b for a, b in zip(steady[1], steady[2], strict=True)]
    fixed = {j: _median([t - s / 3 for t, s in zip(runs[1, j], steady[j], strict=True)]) for j in (1, 2)}
    print(
        f"  steady state (x4 minus x1: {3 * n1} files, start-up cancelled): --jobs 1 "
        f"{3 * n1 / _median(steady[1]):.0f} docs/s, --jobs 2 {3 * n1 / _median(steady[2]):.0f} docs/s; "
        f"throughput ratio median {_median(ratios):.2f} (goal >= 1.7); the one-off start-up of a run "
        f"(x1 time minus its files at the steady rate): --jobs 1 {fixed[1]:.2f} s, --jobs 2 {fixed[2]:.2f} s"
    )
    cpu = {key[1:]: _median(v) for key, v in _CPU.items() if key[0] == side}
    print(
        f"  CPU time of a run, all its processes (what load does not change much): corpus --jobs 1 "
        f"{cpu[1, 1]:.2f} s, --jobs 2 {cpu[1, 2]:.2f} s; x4 --jobs 1 {cpu[4, 1]:.2f} s, --jobs 2 {cpu[4, 2]:.2f} s "
        f"(the pool's extra work: x{cpu[4, 2] / cpu[4, 1]:.2f}; on two idle cores --jobs 2 could take at best "
        f"the start-up + half the rest)"
    )
    # two idle cores, from CPU times (an estimate): --jobs 1 takes its CPU time; --jobs 2 its serial
    # start-up (at most what --jobs 1 spends besides its files at the steady per-file cost) plus
    # half of the rest
    per_file = (cpu[4, 1] - cpu[1, 1]) / (3 * n1)
    start = cpu[1, 1] - n1 * per_file
    print(
        f"  on two idle cores, estimated from these CPU times: corpus ratio "
        f"{cpu[1, 1] / (start + (cpu[1, 2] - start) / 2):.2f} (a serial start-up of {start:.2f} s CPU, then half "
        f"each), steady state {2 * (cpu[4, 1] - cpu[1, 1]) / (cpu[4, 2] - cpu[1, 2]):.2f}"
    )
    clean = [r for r, c in enumerate(ceiling) if c >= 1.8]
    if clean:
        x1r = [runs[1, 1][r] / runs[1, 2][r] for r in clean]
        st = [steady[1][r] / steady[2][r] for r in clean]
        print(
            f"  the {len(clean)} of {rounds} rounds where two processes got >= 1.8 from the machine: "
            f"corpus ratio median {_median(x1r):.2f}, steady-state ratio median {_median(st):.2f}"
        )


_COLD_PHASES = """
import gc, sys, time
counts = [0, 0, 0]  # collections of each generation, start-up and first parse
gc.callbacks.append(lambda phase, info: phase == "stop" and counts.__setitem__(info["generation"], counts[info["generation"]] + 1))
clock = time.process_time  # CPU time: what other processes on the machine change least
t0 = clock()
from notice_parser import cli
cli._hold_collection()  # the collector as parse-notice's entry (cli.run) sets it for the start-up
cli._own_process = True  # and asyncio.coroutines imported alone, as in parse-notice (cli._asyncio_deferred)
with cli._asyncio_deferred():
    import pydantic, regex
t1 = clock()
with cli._asyncio_deferred():
    import notice_parser.model
t2 = clock()
import notice_parser.pipeline, notice_parser.batch
cli._collect_again()
t3 = clock()
from notice_parser import parse, to_json
to_json(parse(sys.argv[1]))
t4 = clock()
first = list(counts)
to_json(parse(sys.argv[1]))
t5 = clock()
assert "asyncio" not in sys.modules
print(json.dumps([t1 - t0, t2 - t1, t3 - t2, t4 - t3, t5 - t4, first]))
"""


#: what any pydantic + regex program pays before its own code: the interpreter, pydantic
#: with one model (pydantic imports lazily: a model class loads its machinery), regex
_FLOOR = "import regex\nfrom pydantic import BaseModel\nclass M(BaseModel):\n    x: int\nM(x=1).model_dump_json()"

#: a corpus document that needs a word-boundary decision: its cold run loads the segmenter (jieba)
WORDCUT_DOC = CORPORA / "anhui-2021-industrial-internet.txt"


def _cold_env(src: Path | None) -> dict:
    """Byte code cached, as an installed package has it (pip writes the .pyc files); the
    first round of each side writes them and is not counted."""
    env = _env(src)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def bench_cold(args, tmpdir: Path, base: Path | None) -> None:
    """Cold runs, each a fresh process, rounds alternating the commands; the best of each by wall
    time and by CPU time (user + sys of the process, steadier than wall time on a loaded machine)."""
    wall: dict[str, float] = {}
    cpu: dict[str, float] = {}

    def run(name, cmd, src, counted=True):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        t = time.perf_counter()
        out = subprocess.run(cmd, env=_cold_env(src), check=True, capture_output=True, text=True)
        w = time.perf_counter() - t
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        c = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
        if counted:
            wall[name], cpu[name] = min(wall.get(name, w), w), min(cpu.get(name, c), c)
        return out.stdout

    py = sys.executable
    cli = [py, "-m", "notice_parser", str(TIANSHUI), "-o", os.devnull]
    cut = [py, "-m", "notice_parser", str(WORDCUT_DOC), "-o", os.devnull]
    sides = {"current": None, **({"baseline": base} if base else {})}
    plain = {
        "python": [py, "-c", "pass"],
        "python -S": [py, "-S", "-c", "pass"],
        "import regex, pydantic": [py, "-c", "import regex, pydantic"],
        "floor": [py, "-c", _FLOOR],
    }
    phases: list[list[float]] = []
    for round_ in range(args.repeat + 1):  # rounds alternate the sides; round 0 writes the .pyc files
        for side, src in sides.items():
            run(side, cli, src, counted=round_ > 0)
            run(f"{side} (word cut)", cut, src, counted=round_ > 0)
        for name, cmd in plain.items():
            run(name, cmd, None)
        out = run("phases", [py, "-c", "import json\n" + _COLD_PHASES, str(TIANSHUI)], None)
        phases.append(json.loads(out.strip().splitlines()[-1]))
    line = (
        f"cold parse-notice on Tianshui: {wall['current']:.3f} s, CPU {cpu['current']:.3f} s (goal <= 0.2; .pyc cached)"
    )
    if base:
        line += (
            f"; baseline {wall['baseline']:.3f} s, CPU {cpu['baseline']:.3f} s; ratio wall "
            f"{wall['current'] / wall['baseline']:.2f}, CPU {cpu['current'] / cpu['baseline']:.2f}"
        )
    print(line)
    line = (
        f"  a document that loads the word segmenter ({WORDCUT_DOC.name}): {wall['current (word cut)']:.3f} s, "
        f"CPU {cpu['current (word cut)']:.3f} s"
    )
    if base:
        line += f"; baseline CPU {cpu['baseline (word cut)']:.3f} s, ratio {cpu['current (word cut)'] / cpu['baseline (word cut)']:.2f}"
    print(line)
    p = [min(ph[i] for ph in phases[1:] or phases) for i in range(5)]
    gen = phases[-1][5]
    print(
        "  floor, CPU (wall): "
        + ", ".join(f"{name} {cpu[name]:.3f} ({wall[name]:.3f})" for name in plain)
        + " s (python -S: the interpreter without site, the .pth files of this environment; floor: python +"
        " regex + a one-field pydantic model)"
    )
    print(
        f"  phases in one process, CPU, the collector set as parse-notice sets it: import pydantic, regex (lazy) "
        f"{p[0]:.3f}, the model classes {p[1]:.3f}, the other modules {p[2]:.3f}, first parse {p[3]:.3f} (the "
        f"division table built in it), warm parse {p[4]:.3f} s; collections up to the end of the first parse "
        f"{gen[0]}/{gen[1]}/{gen[2]} (generation 0/1/2)"
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--baseline", default="cb0cb9c", help="commit to compare with ('' for none)")
    ap.add_argument("--jionlp-python", help="a python with jionlp installed (its own venv)")
    ap.add_argument("--big-mb", type=float, default=5.0)
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--hostile-timeout", type=float, default=120.0)
    ap.add_argument("--only", nargs="*", choices=["warm", "big", "rss", "hostile", "jobs", "cold"])
    ap.add_argument("--only-hostile", nargs="*", help="substrings of the hostile cases to run")
    args = ap.parse_args()
    only = set(args.only or ["warm", "cold", "jobs", "hostile", "big"])
    base = extract_baseline(args.baseline) if args.baseline else None
    print(f"{os.cpu_count()} cores; load average {os.getloadavg()[0]:.1f}; python {sys.version.split()[0]}")
    with tempfile.TemporaryDirectory() as tmp:
        tmpdir = Path(tmp)
        if "warm" in only:
            bench_warm(args, tmpdir, base)
        if "cold" in only:
            bench_cold(args, tmpdir, base)
        if "jobs" in only:
            bench_jobs(args, tmpdir, base)
        if "hostile" in only:
            print("hostile inputs vs ordinary text of the same length:")
            bench_hostile(args, tmpdir)
        if "big" in only:
            bench_big(args, tmpdir)
        elif "rss" in only:
            bench_rss(args, tmpdir)


if __name__ == "__main__":
    main()
