"""Many notices at once: inputs expanded from directories and globs, parsed in
a process pool, results in input order.

>>> import notice_parser
>>> [type(r).__name__ for r in notice_parser.parse_many(["corpora/tianshui-2017-30.txt", "nope.txt"], workers=1)]
['NoticeDocument', 'ErrorRecord']

The command line (``parse-notice DIR -o OUT --jobs N --jsonl FILE --resume``)
runs :func:`run_batch`. Workers only parse and render; the parent process
writes every file (atomically), so an interrupt leaves nothing half-written.
"""

from __future__ import annotations

import gc
import glob
import hashlib
import json
import os
import signal
import sys
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path, PurePath
from typing import TYPE_CHECKING, Any, cast

from .readers import _ALIASES, FORMATS, SURROGATE

if TYPE_CHECKING:
    from multiprocessing.connection import Connection

#: file suffixes a directory walk picks up: the formats the readers know and their aliases
READABLE_SUFFIXES = frozenset(f".{f}" for f in (*FORMATS, *_ALIASES, "shtml"))

EXIT_OK, EXIT_USAGE, EXIT_UNREADABLE, EXIT_INTERRUPTED = 0, 2, 3, 130


@dataclass(frozen=True)
class ErrorRecord:
    """An input that gave no result: ``{"source": …, "error": {"code", "message"}}``."""

    source: str
    code: str
    message: str
    #: the CLI exit code this error stands for (2 usage/I-O, 3 unreadable document)
    exit_code: int = EXIT_UNREADABLE

    def to_dict(self) -> dict:
        return {"source": self.source, "error": {"code": self.code, "message": self.message}}

    def __str__(self) -> str:
        return f"{self.source}: {self.message}"


@dataclass(frozen=True)
class Input:
    """One input: its name (a path or ``-``) and where its output goes,
    relative to the output directory and without suffix. ``out`` is None for
    an argument that names nothing (a missing file, a glob matching nothing)."""

    name: str
    out: PurePath | None
    data: bytes | None = None  # standard input, read once by the parent
    missing: str = ""


@dataclass
class Options:
    format: str | None = None
    encoding: str | None = None
    max_bytes: int | None = None
    strict: bool = False
    pretty: bool = False
    #: render the JSONL record (compact JSON) as well as the file output
    record: bool = False
    #: render the file output at all (False when only a JSONL stream is wanted)
    file: bool = True
    resume: bool = False
    extra: dict = field(default_factory=dict)


# ---------------------------------------------------------------- inputs


def _has_magic(s: str) -> bool:
    return any(c in s for c in "*?[")


def _walk(root: str) -> list[str]:
    found = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for f in sorted(filenames):
            suffix = os.path.splitext(f)[1].lower()
            if not f.startswith(".") and suffix in READABLE_SUFFIXES:
                if suffix in _JSON_SUFFIXES and not _record_file(os.path.join(dirpath, f)):
                    continue  # our own outputs, a .meta.json, any other JSON: only a crawler's notice record is read
                if suffix in (".csv", ".xlsx") and _own_sheet(os.path.join(dirpath, f)):
                    continue  # a ledger parse-notice wrote (--to csv / --to xlsx)
                found.append(os.path.join(dirpath, f))
    return found


_JSON_SUFFIXES = frozenset((".json", ".jsonl", ".ndjson"))


def _own_sheet(path: str) -> bool:
    from .readers.sheet import own_output_file

    return own_output_file(path)


def _record_file(path: str) -> bool:
    """Whether a JSON file found in a directory is a notice record (readers.record), not an output."""
    from .readers.record import looks_like_record

    try:
        with open(path, "rb") as f:
            return looks_like_record(f.read(65536))
    except OSError:
        return False


def expand_inputs(args: Iterable[str]) -> list[Input]:
    """Directories are walked (sorted, hidden entries skipped) for the formats
    the readers know, and their outputs mirror the tree below the directory;
    a pattern that names no file is expanded as a glob (``**`` recurses);
    anything else is one input whose output is named after its stem."""
    out: list[Input] = []
    for arg in args:
        if arg == "-":
            out.append(Input("-", PurePath("stdin")))
        elif os.path.isdir(arg):
            for p in _walk(arg):
                rel = PurePath(os.path.relpath(p, arg))
                out.append(Input(p, rel.with_name(PurePath(rel.name).stem)))
        elif not os.path.exists(arg) and _has_magic(arg):
            matches = sorted(m for m in glob.glob(arg, recursive=True) if os.path.isfile(m))
            if not matches:
                out.append(Input(arg, None, missing="no file matches this pattern"))
            out.extend(Input(m, PurePath(PurePath(m).stem)) for m in matches)
        elif not os.path.exists(arg):
            out.append(Input(arg, None, missing="no such file"))
        else:
            out.append(Input(arg, PurePath(PurePath(arg).stem)))
    return out


def assign_outputs(
    inputs: list[Input], suffix: str = ".json", out_dir: Path | None = None
) -> tuple[list[PurePath | None], list[str]]:
    """The output path of each input (relative to the output directory).

    Two inputs that would write the same file (``a/x.txt`` and ``b/x.txt``,
    or ``x.doc`` and ``x.docx``) never overwrite each other: the later one
    gets ``x-2.json`` and a note says so. No output is written over an input
    (a crawler's record ``x.json`` parsed into its own directory)."""
    taken: dict[str, str] = _inputs_in(inputs, out_dir) if out_dir is not None else {}
    own = set(taken)
    paths: list[PurePath | None] = []
    notes: list[str] = []
    for inp in inputs:
        if inp.out is None:
            paths.append(None)
            continue
        path = PurePath(str(inp.out) + suffix)
        k = 1
        while str(path).casefold() in taken:
            k += 1
            path = PurePath(f"{inp.out}-{k}{suffix}")
        if k > 1:
            clash = (str(inp.out) + suffix).casefold()
            first = taken[clash]
            what = f"the output would replace the input {first}" if clash in own else f"same output name as {first}"
            notes.append(f"{inp.name}: {what}; written to {path}")
        taken[str(path).casefold()] = inp.name
        paths.append(path)
    return paths, notes


def _inputs_in(inputs: list[Input], out_dir: Path) -> dict[str, str]:
    """The inputs that lie in ``out_dir``: their paths relative to it (casefolded) → their names."""
    root = os.path.realpath(out_dir)
    found: dict[str, str] = {}
    for inp in inputs:
        if inp.out is not None and inp.data is None and inp.name != "-":
            rel = os.path.relpath(os.path.realpath(inp.name), root)
            if not rel.startswith(os.pardir):
                found[str(PurePath(rel)).casefold()] = inp.name
    return found


# ---------------------------------------------------------------- workers


def error_record(name: str, exc: BaseException) -> ErrorRecord:
    """The error record of a failed parse: a code for the kind of failure
    and the one-line message the CLI prints after the file name."""
    from .errors import (
        DecodeError,
        DocumentTooLarge,
        EncryptedDocument,
        NoticeParserError,
        ReaderError,
        StrictModeError,
        UnsupportedFormat,
    )

    kinds = [
        (EncryptedDocument, "encrypted"),
        (DocumentTooLarge, "too_large"),
        (DecodeError, "undecodable"),
        (UnsupportedFormat, "unsupported_format"),
        (ReaderError, "unreadable"),
        (StrictModeError, "strict"),
        (NoticeParserError, "parse_error"),
    ]
    for cls, code in kinds:
        if isinstance(exc, cls):
            message = exc.problem if isinstance(exc, ReaderError) else str(exc)
            return ErrorRecord(name, code, message)
    return ErrorRecord(name, "internal_error", f"internal error: {type(exc).__name__}: {exc}")


def _parse(inp: Input, opts: Options):
    from . import parse

    kw: dict[str, Any] = {"format": opts.format, "encoding": opts.encoding, "strict": opts.strict}
    if opts.max_bytes is not None:
        kw["max_bytes"] = opts.max_bytes
    if inp.data is not None:
        return parse(inp.data, name=inp.name, **kw)
    return parse(inp.name, **kw)


def _parse_doc(inp: Input, opts: Options):
    """Worker of :func:`parse_many`: the document, or an error record."""
    if inp.missing:
        return ErrorRecord(inp.name, "not_found", inp.missing, EXIT_USAGE)
    try:
        return _parse(inp, opts)
    except Exception as exc:
        return error_record(inp.name, exc)


_SHA_RE = None


def output_sha256(path: str | os.PathLike) -> str | None:
    """The ``source.sha256`` recorded in an existing JSON output, or None.
    ``source`` precedes ``text`` in the output, so the head of the file is read."""
    global _SHA_RE
    if _SHA_RE is None:
        from .compiled import re_compile

        _SHA_RE = re_compile(rb'"sha256":\s*"([0-9a-f]{64})"')
    try:
        with open(path, "rb") as f:
            head = f.read(65536)
    except OSError:
        return None
    m = _SHA_RE.search(head)
    return m.group(1).decode() if m else None


@dataclass
class Rendered:
    """What a worker hands back for one input of the command line."""

    #: the output file: the JSON, or (JsonText) the document to render while it is written
    content: Any = None
    record: str | None = None  # the JSONL line
    skipped: bool = False  # --resume: the output is already there for these bytes


def _resumable(inp: Input, out_path: str, opts: Options) -> Rendered | None:
    """--resume: the existing output if it was made from these very bytes."""
    done = output_sha256(out_path)
    if done is None:
        return None
    with open(inp.name, "rb") as f:
        if hashlib.sha256(f.read()).hexdigest() != done:
            return None
    record = None
    if opts.record:
        with open(out_path, encoding="utf-8") as f:
            record = json.dumps(json.load(f), ensure_ascii=False) + "\n"
    return Rendered(record=record, skipped=True)


def _render_one(task: tuple[Input, str | None], opts: Options) -> Rendered | ErrorRecord:
    """Worker of the command line: parse and render one input (never raises)."""
    from .emit import JsonText, to_json

    inp, out_path = task
    if inp.missing:
        return ErrorRecord(inp.name, "not_found", inp.missing, EXIT_USAGE)
    try:
        if opts.resume and out_path and inp.data is None:
            skipped = _resumable(inp, out_path, opts)
            if skipped is not None:
                return skipped
        doc = _parse(inp, opts)
        content: str | JsonText | None = JsonText(doc, pretty=opts.pretty) if opts.file else None
        record = None
        if opts.record:
            record = to_json(doc)
            content = record if content is not None and not opts.pretty else content
        return Rendered(content=content, record=record)
    except Exception as exc:
        return error_record(inp.name, exc)


def _ignore_sigint() -> None:
    # the parent decides what an interrupt does; a worker just stops when told
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _pool_context():
    import multiprocessing  # only a pool needs it (a few ms of a cold start)

    methods = multiprocessing.get_all_start_methods()
    # fork shares the parent's imported modules: a worker starts warm
    return multiprocessing.get_context("fork" if "fork" in methods else None)


#: the pool is handed the inputs of each run of this many largest first (a slow
#: input last in the queue would leave the other workers idle), and their
#: results are put back in input order: no input is handed out while one
#: twice this many before it is unfinished, so at most that many are held back
SCHEDULE_WINDOW = 256


def _input_size(task: Input | tuple) -> int:
    """The size of a task's input in bytes (what its parse time grows with)."""
    inp = task[0] if isinstance(task, tuple) else task
    if inp.data is not None:
        return len(inp.data)
    if inp.missing:
        return 0
    try:
        return os.path.getsize(inp.name)
    except OSError:
        return 0


def schedule(tasks: list, window: int = SCHEDULE_WINDOW) -> list[int]:
    """The order in which the pool is handed ``tasks``: within each run of
    ``window`` inputs, largest first (equal sizes in input order).

    >>> schedule([Input("-", None, b"ab"), Input("-", None, b"abcd"), Input("-", None, b"a")], window=2)
    [1, 0, 2]
    """
    order: list[int] = []
    for lo in range(0, len(tasks), window):
        run = range(lo, min(lo + window, len(tasks)))
        order.extend(sorted(run, key=lambda i: -_input_size(tasks[i])))
    return order


def in_input_order(results: Iterable[tuple[int, Any]]) -> Iterator:
    """``(index, result)`` pairs as they finish → the results in index order.

    >>> list(in_input_order([(1, "b"), (2, "c"), (0, "a")]))
    ['a', 'b', 'c']
    """
    held: dict[int, Any] = {}
    ready = 0
    for i, result in results:
        held[i] = result
        while ready in held:
            yield held.pop(ready)
            ready += 1


def _worker(conn, func: Callable, parent_ends: list) -> None:
    """A pool process: ``(index, task)`` in, ``(index, func(task))`` out, until
    told to stop or its parent is gone (its pipe closed: the parent's ends a
    forked worker inherited are closed first, or it would never see that)."""
    for end in parent_ends:
        end.close()
    # What the worker inherited (modules, compiled patterns, the caller's objects) outlives its tasks:
    # the garbage collector of this process (its own: a pool process) stops scanning it, so its
    # collections no longer touch, and copy, the pages it shares with its parent
    gc.freeze()
    _ignore_sigint()
    if hasattr(signal, "pthread_sigmask"):  # blocked while it was started (see _Pool._start)
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})
    while True:
        try:
            item = conn.recv()
        except EOFError:
            return
        if item is None:
            return
        index, task = item
        try:
            _answer(conn, index, task, _result(func, task))
        except OSError:  # the parent is gone
            return


def _failed(task, exc: BaseException) -> ErrorRecord:
    return error_record((task[0] if isinstance(task, tuple) else task).name, exc)


def _result(func: Callable, task) -> Any:
    """``func(task)``, or the error record of an exception that escaped it."""
    try:
        return func(task)
    except BaseException as exc:  # the worker answers for every task
        return _failed(task, exc)


def _answer(conn, index: int, task, result) -> None:
    """Send a result; one that cannot be pickled is sent as an error record
    (pickling is done whole before anything is written to the pipe)."""
    try:
        conn.send((index, result))
    except OSError:
        raise
    except Exception as exc:  # a pickling failure: TypeError, AttributeError, PicklingError …
        conn.send((index, _failed(task, exc)))


def _died(task, process) -> ErrorRecord:
    inp = task[0] if isinstance(task, tuple) else task
    how = f"signal {-process.exitcode}" if (process.exitcode or 0) < 0 else f"exit code {process.exitcode}"
    return ErrorRecord(inp.name, "internal_error", f"internal error: the process parsing it stopped ({how})")


class _Pool:
    """Worker processes fed one task at a time through a pipe each, read by
    this thread alone. (multiprocessing.Pool's worker-handler thread also
    waits on the result queue, so it spun while results were waiting to be
    read: 0.43 s of the parent's CPU for 184 documents, taken from the two
    cores the workers need.) A worker that dies gives an error record for
    its task and is replaced."""

    def __init__(self, func: Callable, workers: int) -> None:
        self.func, self.ctx = func, _pool_context()
        self.procs: dict[Connection, Any] = {}  # connection -> process
        self.retired: set[Connection] = set()  # told to stop: every task was handed out
        for _ in range(workers):
            self._start()

    def _start(self) -> Connection:
        conn, child = self.ctx.Pipe()
        # a forked worker inherits the parent's ends of every pipe: it closes them
        ends = [*self.procs, conn] if self.ctx.get_start_method() == "fork" else []
        proc = self.ctx.Process(target=_worker, args=(child, self.func, ends), daemon=True)
        # a Ctrl-C while the worker starts waits until it ignores them (no traceback from a worker);
        # here it is delivered as soon as the start is done
        blocks = hasattr(signal, "pthread_sigmask")
        mask = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT}) if blocks else None
        try:
            proc.start()
        finally:
            if mask is not None:
                signal.pthread_sigmask(signal.SIG_SETMASK, mask)
        child.close()
        self.procs[conn] = proc
        return conn

    def run(self, tasks: list, order: Iterable[int]) -> Iterator[tuple[int, Any]]:
        """``(index, result)`` of every task named in ``order``, as they finish."""
        from multiprocessing.connection import wait

        todo, done = list(order)[::-1], _Done(len(tasks))
        busy: dict[Connection, int] = {}
        idle: list[Connection] = []

        def feed(conn: Connection) -> None:
            if not todo:  # every task is handed out: it stops now, its exit while the others finish theirs
                self._retire(conn)
                return
            if todo[-1] >= done.first + 2 * SCHEDULE_WINDOW and busy:
                idle.append(conn)  # too far ahead of the first unfinished input
                return
            i = todo.pop()
            busy[conn] = i
            try:
                conn.send((i, tasks[i]))
            except OSError:  # the worker is gone: read as such below
                pass

        for conn in list(self.procs):
            feed(conn)
        while busy:
            for conn in cast("list[Connection]", wait(list(busy))):
                i = busy.pop(conn)
                result = self._receive(conn, tasks[i])
                done.add(i)
                # (a worker that died is replaced only while tasks are left to hand out)
                for waiting in [*idle, *([conn] if conn in self.procs else [self._start()] if todo else [])]:
                    if waiting in idle:
                        idle.remove(waiting)
                    feed(waiting)
                yield i, result

    def _receive(self, conn: Connection, task) -> Any:
        """The result of ``task`` from its worker, or an error record if the worker died (it is then joined)."""
        try:
            return conn.recv()[1]
        except EOFError:
            proc = self.procs.pop(conn)
            proc.join()
            conn.close()
            return _died(task, proc)

    def _retire(self, conn: Connection) -> None:
        """Tell an idle worker to stop, for good: no task is left for it. (It exits while the others
        parse their last inputs, instead of after the last result, when :meth:`close` waits for it.)"""
        self.retired.add(conn)
        try:
            conn.send(None)
        except OSError:  # pragma: no cover - a worker already gone (joined by close)
            pass

    def close(self, finished: bool) -> None:
        """Stop the workers: told to when all is done (unless told already), terminated otherwise (an interrupt)."""
        for conn, proc in self.procs.items():
            if finished and conn in self.retired:
                continue
            if finished:
                try:
                    conn.send(None)
                except OSError:  # pragma: no cover - a worker already gone
                    pass
            else:
                proc.terminate()
        for conn, proc in self.procs.items():
            proc.join()
            conn.close()


class _Done:
    """Which of ``n`` indexes are done, and the first that is not."""

    def __init__(self, n: int) -> None:
        self.flags, self.first = [False] * n, 0

    def add(self, i: int) -> None:
        self.flags[i] = True
        while self.first < len(self.flags) and self.flags[self.first]:
            self.first += 1


def _run(func: Callable, tasks: list, workers: int, warm: Callable[[int], None] | None = None) -> Iterator:
    """``func`` over ``tasks``, yielded in order, in a pool of ``workers``
    processes (in this process for one worker or one task). The pool takes
    the tasks largest first (:func:`schedule`) and each as soon as a worker
    is free; the results are put back in input order. ``warm(workers)`` is
    called before a pool is started (:func:`warm_up`)."""
    from . import pipeline  # noqa: F401  (the imports done before a fork)

    if workers <= 1 or len(tasks) <= 1:
        for t in tasks:
            yield func(t)
        return
    if warm is not None:
        warm(min(workers, len(tasks)))
    pool, finished = _Pool(func, min(workers, len(tasks))), False
    try:
        yield from in_input_order(pool.run(tasks, schedule(tasks)))
        finished = True
    finally:
        pool.close(finished)


#: what the parent parses before it forks a pool (:func:`warm_up`): a small notice in each way a
#: batch's files are read (plain text, Markdown, an HTML page)
_WARM_TXT = (
    "关于印发某市某工作方案的通知\n某政办发〔2024〕1号\n各县区人民政府，市直各部门：\n"
    "一、总体要求\n（一）加强组织领导。到2025年底，覆盖率达到95%以上，每年新增100家。"
    "（牵头单位：市发展改革委；责任单位：各县区人民政府）\n（二）完善工作机制。2024年6月底前建立联席会议制度"
    "（市政府办公室负责）。\n二、保障措施\n1.强化考核。每季度通报一次（市考核办牵头，各县区配合）。\n"
    "2.加强宣传。（市委宣传部负责）\n某市人民政府办公室\n2024年3月1日\n"
)


def warm_samples() -> dict[str, tuple[str, bytes]]:
    """:func:`warm_up`'s samples: kind -> (format, bytes) (made when asked: no import-time work)."""
    lines = _WARM_TXT.splitlines()
    page = "".join(f"<p>{line}</p>" for line in lines)
    return {
        "txt": ("txt", _WARM_TXT.encode()),
        "md": ("txt", ("# " + _WARM_TXT.replace("\n一、", "\n\n## 一、").replace("\n二、", "\n\n## 二、")).encode()),
        "html": (
            "html",
            (
                f"<html><head><meta charset='utf-8'><title>{lines[0]}</title></head><body>{page}"
                "<table><tr><td>序号</td><td>任务</td><td>牵头单位</td><td>完成时限</td></tr>"
                "<tr><td>1</td><td>完善制度</td><td>市司法局</td><td>2024年12月底前</td></tr></table></body></html>"
            ).encode(),
        ),
    }


#: inputs per worker from which the parent loads the word segmenter before it forks (:func:`warm_up`):
#: 9 of the 46 corpus documents need it, so in a batch of this many inputs per worker (8 for two),
#: more than one worker would load it on its own (two workers, expected loads 2 x (1 - (1 - 9/46/2)^n):
#: 0.68 at 4 inputs, 1.12 at 8, 1.98 for the corpus)
WARM_SEGMENTER_PER_WORKER = 4


def warm_up(tasks: list, workers: int) -> None:
    """Done by the command line's process before it forks ``workers`` workers for ``tasks``: what a
    process does on its first input of each kind, done once here and inherited by every worker,
    instead of once in each: a small sample parsed in each reader the inputs' suffixes call for
    (their modules imported, lxml's for a page, the patterns those paths compile on first use), and
    jieba's segmenter loaded for a batch long enough that several workers would each load it
    (~23 ms of CPU; an HTML page's first parse ~10 ms, a Markdown file's ~4 ms). A failure here is
    no failure of the run: the workers do it on their own then."""
    from . import parse

    kinds = set()
    for task in tasks:
        inp = task[0] if isinstance(task, tuple) else task
        suffix = os.path.splitext(inp.name)[1].lower().lstrip(".")
        kinds.add("md" if suffix == "md" else _ALIASES.get(suffix, "html" if suffix == "shtml" else suffix))
    try:
        for kind, (fmt, sample) in warm_samples().items():
            if kind in kinds:
                parse(sample, format=fmt, name="<warm-up>")
        if len(tasks) >= WARM_SEGMENTER_PER_WORKER * workers:
            from .extract import wordcut

            wordcut.load()
    except Exception:  # pragma: no cover - the workers do it themselves then
        pass


def default_workers() -> int:
    try:
        return len(os.sched_getaffinity(0)) or 1
    except (AttributeError, OSError):  # pragma: no cover - not on Linux
        return os.cpu_count() or 1


def parse_many(
    paths: Iterable[str | os.PathLike],
    *,
    workers: int | None = None,
    format: str | None = None,
    encoding: str | None = None,
    max_bytes: int | None = None,
    strict: bool = False,
) -> Iterator:
    """Parse many files in a pool of ``workers`` processes (default: the
    number of cores); yields, in the order of ``paths``, a
    :class:`~notice_parser.model.NoticeDocument` for each input that parsed
    and an :class:`ErrorRecord` for each that did not. Paths are files;
    for directories and globs, expand them first with :func:`expand_inputs`."""
    inputs = [
        Input(str(p), None) if os.path.exists(p) else Input(str(p), None, missing="no such file")
        for p in (os.fspath(p) for p in paths)
    ]
    opts = Options(format=format, encoding=encoding, max_bytes=max_bytes, strict=strict)
    yield from _run(partial(_parse_doc, opts=opts), inputs, workers or default_workers())


# ---------------------------------------------------------------- command line


class _Interrupts:
    """Ctrl-C raises KeyboardInterrupt, except inside a write, where it waits
    until the write is complete. An interrupt raised while the interpreter
    runs a ``__del__`` is dropped by Python: it is remembered, and the next
    write raises it instead (and Python's "Exception ignored" traceback for
    it is not printed: :meth:`unraisable`)."""

    def __init__(self) -> None:
        self.depth = 0
        self.pending = False
        self.seen = False
        self.previous_hook = sys.unraisablehook  # what unraisable() hands all else to

    def handler(self, signum, frame) -> None:
        self.seen = True
        if self.depth:
            self.pending = True
        else:
            raise KeyboardInterrupt

    def unraisable(self, unraisable) -> None:
        """``sys.unraisablehook`` while installed: an interrupt dropped in a ``__del__`` is
        kept quiet (it is raised at the next write); anything else goes to Python's hook."""
        if not isinstance(unraisable.exc_value, KeyboardInterrupt):
            self.previous_hook(unraisable)

    @contextmanager
    def writing(self):
        if self.seen and not self.depth:
            raise KeyboardInterrupt
        self.depth += 1
        try:
            yield
        finally:
            self.depth -= 1
            if not self.depth and self.pending:
                self.pending = False
                raise KeyboardInterrupt


class _Progress:
    """A bar on a terminal, ``[n/N] name (t s)`` lines otherwise, nothing with -q."""

    def __init__(self, total: int, quiet: bool, enabled: bool) -> None:
        self.total, self.n, self.t0 = total, 0, time.monotonic()
        self.bar = None
        self.lines = enabled and not quiet
        if self.lines and sys.stderr.isatty():
            from tqdm import tqdm

            tqdm.monitor_interval = 0  # no monitor thread
            self.bar = tqdm(total=total, unit="doc", file=sys.stderr, dynamic_ncols=True)
            self.lines = False

    def step(self, name: str, note: str = "") -> None:
        self.n += 1
        if self.bar is not None:
            self.bar.update(1)
        elif self.lines:
            extra = f", {note}" if note else ""
            sys.stderr.write(f"[{self.n}/{self.total}] {name} ({time.monotonic() - self.t0:.1f}s{extra})\n")

    def say(self, line: str) -> None:
        if self.bar is not None:
            self.bar.write(line, file=sys.stderr)
        else:
            sys.stderr.write(line + "\n")

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()


def _write_line(stream, line: str) -> None:
    """Write a JSON line; one that UTF-8 cannot carry (a lone surrogate, from a file name that is
    not UTF-8) with each surrogate as its ``\\u`` escape, which JSON reads back as the same string.
    (A text stream encodes the whole line before it writes any of it.)"""
    try:
        stream.write(line)
    except UnicodeEncodeError:
        stream.write(SURROGATE.sub(lambda m: f"\\u{ord(m[0]):04x}", line))


def _stdout():
    """Standard output; an OSError (said as a write error, never a traceback) when the process was
    started with it closed (``parse-notice FILE >&-``: Python's sys.stdout is then None)."""
    if sys.stdout is None:
        import errno

        raise OSError(errno.EBADF, "it is closed")
    return sys.stdout


def _open_stream(name: str):
    if name == "-":
        return _stdout()
    return open(name, "w", encoding="utf-8")  # closed by run_batch


def _inputs(args) -> list[Input] | None:
    """The inputs the command line names, standard input read (at most
    ``--max-bytes`` and one byte); None, said on stderr, when there is none."""
    inputs = expand_inputs(args.files)
    if not inputs:
        sys.stderr.write("parse-notice: no readable file found in the inputs given\n")
        return None
    if any(i.name == "-" for i in inputs):
        from .readers.limits import read_at_most

        stdin = read_at_most(sys.stdin.buffer, args.max_bytes)  # over the limit: refused, not read whole
        inputs = [Input(i.name, i.out, stdin) if i.name == "-" else i for i in inputs]
    return inputs


def _output_dir(args, many: bool) -> tuple[bool, Path | None]:
    """``(usable, the output directory or None)``: -o names a directory for
    several inputs (made if missing); an unusable plan is said on stderr."""
    output = args.output
    out_dir: Path | None = None
    if output and (many or Path(output).is_dir()):
        out_dir = Path(output)
        try:
            out_dir.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            sys.stderr.write(f"parse-notice: {output}: cannot make the output directory: {exc.strerror or exc}\n")
            return False, None
    elif many and not args.jsonl:
        sys.stderr.write("parse-notice: several inputs need -o DIRECTORY (or --jsonl FILE)\n")
        return False, None
    if args.resume and out_dir is None:
        sys.stderr.write("parse-notice: --resume needs -o DIRECTORY (it looks for the outputs there)\n")
        return False, None
    return True, out_dir


def _options(args) -> Options:
    to_stdout = not args.output and not args.jsonl
    return Options(
        format=args.format,
        encoding=args.encoding,
        max_bytes=args.max_bytes,
        strict=args.strict,
        pretty=args.pretty,
        record=bool(args.jsonl),
        file=bool(args.output) or to_stdout,
        resume=args.resume,
    )


def _outcome(result, inp: Input, target: str | None, args, out_dir: Path | None, interrupts, progress):
    """``(JSONL record or None, progress note, exit status)`` of one finished
    input, its output written; a failure is said on stderr."""
    if isinstance(result, ErrorRecord):
        progress.say(f"parse-notice: {result}")
        return json.dumps(result.to_dict(), ensure_ascii=False) + "\n", "", result.exit_code
    if result.skipped:
        return result.record, "unchanged, skipped", EXIT_OK
    err = _write(inp.name, result.content, target, args.output, out_dir, interrupts)
    if err is None:
        return result.record, "", EXIT_OK
    progress.say(f"parse-notice: {err}")
    return json.dumps(err.to_dict(), ensure_ascii=False) + "\n", "", EXIT_USAGE


def names_several(files: Sequence[str]) -> bool:
    """Whether the command line names several inputs: more than one, a directory or a glob
    (the output is then one file per input, even if the walk finds only one)."""
    return len(files) > 1 or any(os.path.isdir(f) or (_has_magic(f) and not os.path.exists(f)) for f in files)


def run_batch(args) -> int:
    """The command line over any number of inputs (see ``parse-notice --help``)."""
    inputs = _inputs(args)
    if inputs is None:
        return EXIT_USAGE
    many = len(inputs) > 1 or names_several(args.files)
    usable, out_dir = _output_dir(args, many)
    if not usable:
        return EXIT_USAGE
    rel_paths, notes = assign_outputs(inputs, out_dir=out_dir) if out_dir is not None else ([None] * len(inputs), [])
    targets: list[Path | None] = [out_dir / r if (out_dir is not None and r is not None) else None for r in rel_paths]
    opts = _options(args)
    jobs = args.jobs or default_workers()
    progress = _Progress(len(inputs), args.quiet, enabled=many)
    for note in notes:
        progress.say(f"parse-notice: {note}")
    interrupts = _Interrupts()
    old_handler = signal.getsignal(signal.SIGINT)
    signal.signal(signal.SIGINT, interrupts.handler)
    sys.unraisablehook = interrupts.unraisable
    status, done, stream = EXIT_OK, 0, None
    tasks = [(inp, str(t) if t is not None else None) for inp, t in zip(inputs, targets, strict=True)]
    try:
        if args.jsonl:
            try:
                stream = _open_stream(args.jsonl)
            except OSError as exc:
                sys.stderr.write(f"parse-notice: {args.jsonl}: cannot write: {exc.strerror or exc}\n")
                return EXIT_USAGE
        results = _run(partial(_render_one, opts=opts), tasks, jobs, partial(warm_up, tasks))
        for (inp, target), result in zip(tasks, results, strict=True):
            record, note, code = _outcome(result, inp, target, args, out_dir, interrupts, progress)
            status = max(status, code)
            if stream is not None and record is not None:
                with interrupts.writing():
                    _write_line(stream, record)
                    stream.flush()
            done += 1
            progress.step(inp.name, note)
    except KeyboardInterrupt:
        progress.close()
        sys.stderr.write(
            f"parse-notice: interrupted after {done} of {len(inputs)} inputs; nothing is half-written"
            + ("; run again with --resume to parse the rest\n" if out_dir is not None else "\n")
        )
        return EXIT_INTERRUPTED
    finally:
        signal.signal(signal.SIGINT, old_handler)
        sys.unraisablehook = interrupts.previous_hook
        progress.close()
        if stream is not None and stream is not sys.stdout:
            stream.close()
    return status


def _write(
    name: str, content, target: str | None, output: str | None, out_dir: Path | None, interrupts
) -> ErrorRecord | None:
    """Write one output; an error record (never an exception) if it fails.
    A file gets the JSON in pieces as it is rendered (through a temporary
    file: it appears whole or not at all); standard output gets it whole."""
    from .files import write_atomically

    if content is None:
        return None
    dest = Path(target) if out_dir is not None and target is not None else (Path(output) if output else None)
    try:
        with interrupts.writing():
            if dest is None:
                out = _stdout()
                out.write(str(content))
                out.flush()
            else:
                if out_dir is not None:
                    dest.parent.mkdir(parents=True, exist_ok=True)
                write_atomically(dest, content)
    except OSError as exc:
        where = dest or "standard output"
        return ErrorRecord(name, "write_failed", f"cannot write {where}: {exc.strerror or exc}", EXIT_USAGE)
    except Exception as exc:  # rendered while written: a name the JSON cannot carry (a lone surrogate …)
        return error_record(name, exc)
    return None
