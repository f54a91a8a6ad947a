"""Exports for trackers: ``parse-notice FILE... --to jsonl|csv|xlsx -o OUT``.

One module per format, each a function ``write(docs, path_or_stream)``:

* ``jsonl`` — one Notice JSON per line (:mod:`.jsonl`);
* ``csv`` — the 责任分解 ledger, UTF-8 with a BOM so Excel reads Chinese (:mod:`.csv_ledger`);
* ``xlsx`` — the 台账 workbook: 任务清单, 责任分解, 时限, 目标, 单位汇总 (:mod:`.xlsx`);
* ``html`` — the review page of a notice (:mod:`.html`); several inputs need
  ``-o DIRECTORY`` and get one page each.

JSON (one file per input) stays the CLI's own default. All of them are built
on :func:`notice_parser.ledger.ledger` and :func:`~notice_parser.ledger.measure_rows`.
Several inputs go into one output file, each row carrying its 文件.
"""

from __future__ import annotations

import contextlib
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import IO

from ..model import NoticeDocument

#: --to value → the OUT extensions that imply it
EXTENSIONS = {
    "json": (".json",),
    "jsonl": (".jsonl", ".ndjson"),
    "csv": (".csv",),
    "xlsx": (".xlsx",),
    "html": (".html", ".htm"),
}
FORMATS = tuple(EXTENSIONS)


def format_for(to: str | None, output: str | None) -> str:
    """The export format: ``--to`` when given, else OUT's extension, else json.

    >>> format_for(None, "t.xlsx"), format_for("csv", "t.txt"), format_for(None, None), format_for(None, "out/")
    ('xlsx', 'csv', 'json', 'json')
    """
    if to:
        return to
    suffix = Path(output).suffix.lower() if output else ""
    for fmt, exts in EXTENSIONS.items():
        if suffix in exts:
            return fmt
    return "json"


@contextlib.contextmanager
def atomic_path(path: Path):
    """A temporary path beside ``path`` that replaces it only when the block
    succeeds: a failed export never leaves a half-written file."""
    path = Path(path)
    from ..files import is_special

    if is_special(path):  # -o /dev/null, a pipe: written to, never replaced by a regular file
        yield path
        return
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=str(path.parent))
    os.close(fd)
    try:
        yield Path(tmp)
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)  # mkstemp makes 0600; an output file follows the umask
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


#: an exporter: every parsed notice, and the file (or open text stream) to write
Writer = Callable[[list[NoticeDocument], Path | IO[str]], None]


def _writer(fmt: str) -> Writer:
    """The exporter of ``fmt``, imported only when asked for (xlsxwriter is not loaded for JSON)."""
    if fmt == "jsonl":
        from .jsonl import write as write_jsonl

        return write_jsonl
    if fmt == "csv":
        from .csv_ledger import write as write_csv

        return write_csv
    if fmt == "xlsx":
        from .xlsx import write as write_xlsx

        return write_xlsx
    if fmt == "html":
        from .html import write as write_html

        return write_html
    raise ValueError(f"unknown export format {fmt!r}")  # pragma: no cover - the CLI offers only these


def _parse_all(args) -> tuple[list, int]:
    """Parse every input (directories and globs expanded as for JSON, in
    ``--jobs`` processes); an unreadable one is reported on one line and the
    others go on (the exit status says so at the end)."""
    from functools import partial

    from ..batch import EXIT_OK, ErrorRecord, Input, Options, _parse_doc, _run, default_workers, expand_inputs

    inputs = expand_inputs(args.files)
    from ..readers.limits import read_at_most

    inputs = [
        Input(i.name, i.out, read_at_most(sys.stdin.buffer, args.max_bytes)) if i.name == "-" else i for i in inputs
    ]
    opts = Options(format=args.format, encoding=args.encoding, max_bytes=args.max_bytes, strict=args.strict)
    workers = args.jobs or default_workers()
    docs, status = [], EXIT_OK
    t0 = time.monotonic()
    total = len(inputs)
    for n, (inp, result) in enumerate(
        zip(inputs, _run(partial(_parse_doc, opts=opts), inputs, workers), strict=True), 1
    ):
        if isinstance(result, ErrorRecord):
            sys.stderr.write(f"parse-notice: {result.source}: {result.message}\n")
            status = max(status, result.exit_code)
            continue
        docs.append(result)
        if total > 1 and not args.quiet:
            sys.stderr.write(f"[{n}/{total}] {inp.name} ({time.monotonic() - t0:.1f}s)\n")
    return docs, status


def _unwritable_name(docs: list[NoticeDocument]) -> str | None:
    """The first file name UTF-8 cannot carry (not UTF-8 on disk: a lone surrogate once decoded):
    found before the file is begun (a writer, xlsxwriter's too, would fail halfway)."""
    for doc in docs:
        try:
            doc.source.name.encode("utf-8")
        except UnicodeEncodeError:
            return doc.source.name
    return None


def export_main(args, fmt: str) -> int:
    """The CLI for ``--to jsonl|csv|xlsx``: all inputs into one file (or
    standard output for jsonl and csv)."""
    from ..batch import names_several
    from ..cli import EXIT_USAGE

    out = Path(args.output) if args.output else None
    several = names_several(args.files)  # as the JSON output counts them
    if fmt == "html" and (several or (out is not None and out.is_dir())):
        return _review_pages(args, out)
    if out is not None and out.is_dir():
        sys.stderr.write(f"parse-notice: {args.output}: is a directory; --to {fmt} writes one file (-o FILE)\n")
        return EXIT_USAGE
    if out is None and fmt == "xlsx":
        sys.stderr.write("parse-notice: --to xlsx needs -o FILE.xlsx (a workbook is not written to the terminal)\n")
        return EXIT_USAGE
    if out is not None and not out.parent.is_dir():
        sys.stderr.write(f"parse-notice: {args.output}: cannot write: the directory {out.parent} does not exist\n")
        return EXIT_USAGE
    docs, status = _parse_all(args)
    if not docs:
        return status
    if (name := _unwritable_name(docs)) is not None:
        sys.stderr.write(f"parse-notice: {name}: cannot write its name in the {fmt} output: it is not UTF-8\n")
        return EXIT_USAGE
    write = _writer(fmt)
    try:
        if out is None:
            write(docs, sys.stdout)
        else:
            with atomic_path(out) as tmp:
                write(docs, tmp)
    except OSError as exc:
        sys.stderr.write(f"parse-notice: {args.output}: cannot write: {exc.strerror or exc}\n")
        return EXIT_USAGE
    return status


def _review_pages(args, out: Path | None) -> int:
    """``--to html`` with several inputs: one review page per input in -o DIRECTORY."""
    from ..cli import EXIT_USAGE
    from .html import page_name, write

    if out is None:
        sys.stderr.write("parse-notice: several inputs with --to html need -o DIRECTORY (one page each)\n")
        return EXIT_USAGE
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        sys.stderr.write(f"parse-notice: {args.output}: cannot make the output directory: {exc.strerror or exc}\n")
        return EXIT_USAGE
    docs, status = _parse_all(args)
    used: set[str] = set()
    for doc in docs:
        target = out / page_name(doc, used)
        try:
            with atomic_path(target) as tmp:
                write([doc], tmp)
        except OSError as exc:
            sys.stderr.write(f"parse-notice: {target}: cannot write: {exc.strerror or exc}\n")
            status = max(status, EXIT_USAGE)
    return status
