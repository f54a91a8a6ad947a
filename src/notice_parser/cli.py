"""parse-notice: a notice file in, Notice JSON out.

Exit codes: 0 parsed; 2 usage or I/O error (bad option, unwritable output);
3 a document that cannot be read (empty, corrupt, encrypted, too large, not
text in a known encoding). Errors are one line on stderr naming the file.
Output files are written atomically: nothing half-written is ever left.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

EXIT_OK, EXIT_USAGE, EXIT_UNREADABLE = 0, 2, 3

EPILOG = """\
examples:
  parse-notice corpora/tianshui-2017-30.txt --pretty
  parse-notice notice.docx -o notice.json
  parse-notice a.doc b.html c.txt -o out/          (one JSON file per input)
  cat notice.txt | parse-notice - --encoding gb18030
  parse-notice --schema > notice.schema.json
  parse-notice a.docx b.txt --to xlsx -o 台账.xlsx (one workbook: 任务清单, 责任分解, …)
  parse-notice *.txt -o ledger.csv                (--to follows OUT's extension)

exit codes: 0 ok, 2 usage or I/O error, 3 unreadable document
"""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # one line, exit 2
        self.exit(EXIT_USAGE, f"parse-notice: {message} (see parse-notice --help)\n")


def build_parser() -> argparse.ArgumentParser:
    from .readers import DEFAULT_MAX_BYTES, FORMATS

    p = _Parser(
        prog="parse-notice",
        description="Turn Chinese government notices (.txt, .doc, .docx, .html) into source-grounded JSON.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("files", nargs="*", metavar="FILE", help="input file(s); '-' reads standard input")
    p.add_argument(
        "-o",
        "--output",
        metavar="OUT",
        help="write JSON here (a directory when several FILEs are given); default: standard output",
    )
    p.add_argument("--pretty", action="store_true", help="indent the JSON")
    p.add_argument(
        "--to",
        choices=("json", "jsonl", "csv", "xlsx"),
        help="output format (default: from OUT's extension, else json): jsonl = one JSON per line, "
        "csv = the 责任分解 ledger, xlsx = the 台账 workbook; all inputs go into one jsonl/csv/xlsx file",
    )
    p.add_argument("--schema", action="store_true", help="print the JSON Schema of the output and exit")
    p.add_argument("--format", choices=FORMATS, help="input format (default: detected from the content)")
    p.add_argument("--encoding", help="text encoding (default: detected; e.g. gb18030, utf-16)")
    p.add_argument(
        "--max-bytes",
        type=int,
        default=DEFAULT_MAX_BYTES,
        metavar="N",
        help=f"refuse inputs larger than N bytes (default {DEFAULT_MAX_BYTES})",
    )
    p.add_argument("--strict", action="store_true", help="treat any parser warning as an error (exit 3)")
    p.add_argument("-q", "--quiet", action="store_true", help="no progress lines on stderr")
    p.add_argument("--version", action="version", version="%(prog)s " + _version())
    return p


def _version() -> str:
    from . import __version__

    return __version__


def write_atomically(path: Path, content: str) -> None:
    """Write ``content`` to ``path`` through a temporary file and a rename."""
    path = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=str(path.parent or Path(".")))
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(content)
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)  # mkstemp makes 0600; an output file follows the umask
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def _parse_one(name: str, args) -> str:
    from . import parse, to_json

    if name == "-":
        data = sys.stdin.buffer.read()
        doc = parse(
            data, name="-", format=args.format, encoding=args.encoding, max_bytes=args.max_bytes, strict=args.strict
        )
    else:
        doc = parse(name, format=args.format, encoding=args.encoding, max_bytes=args.max_bytes, strict=args.strict)
    return to_json(doc, pretty=args.pretty)


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    from .errors import NoticeParserError, ReaderError, StrictModeError

    if args.schema:
        from .emit import schema_text

        sys.stdout.write(schema_text())
        return EXIT_OK
    if not args.files:
        sys.stderr.write("parse-notice: no input file given (see parse-notice --help)\n")
        return EXIT_USAGE
    if args.max_bytes <= 0:
        sys.stderr.write("parse-notice: --max-bytes must be positive\n")
        return EXIT_USAGE
    from .export import export_main, format_for

    to = format_for(args.to, args.output)
    if to != "json":
        return export_main(args, to)
    several = len(args.files) > 1
    out_dir = None
    if several:
        if not args.output:
            sys.stderr.write("parse-notice: several inputs need -o DIRECTORY\n")
            return EXIT_USAGE
        out_dir = Path(args.output)
        try:
            out_dir.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            sys.stderr.write(f"parse-notice: {args.output}: cannot make the output directory: {exc.strerror or exc}\n")
            return EXIT_USAGE
    elif args.output and Path(args.output).is_dir():
        out_dir = Path(args.output)
    status = EXIT_OK
    t0 = time.monotonic()
    for n, name in enumerate(args.files, 1):
        if name != "-" and not os.path.exists(name):
            sys.stderr.write(f"parse-notice: {name}: no such file\n")
            status = max(status, EXIT_USAGE)
            continue
        try:
            content = _parse_one(name, args)
        except StrictModeError as exc:
            sys.stderr.write(f"parse-notice: {name}: {exc}\n")
            status = max(status, EXIT_UNREADABLE)
            continue
        except ReaderError as exc:
            sys.stderr.write(f"parse-notice: {exc}\n")
            status = max(status, EXIT_UNREADABLE)
            continue
        except NoticeParserError as exc:
            sys.stderr.write(f"parse-notice: {name}: {exc}\n")
            status = max(status, EXIT_UNREADABLE)
            continue
        except Exception as exc:  # a bug must still be one line, naming the file
            sys.stderr.write(f"parse-notice: {name}: internal error: {type(exc).__name__}: {exc}\n")
            status = max(status, EXIT_UNREADABLE)
            continue
        try:
            if out_dir is not None:
                stem = "stdin" if name == "-" else Path(name).stem
                write_atomically(out_dir / f"{stem}.json", content)
            elif args.output:
                write_atomically(Path(args.output), content)
            else:
                sys.stdout.write(content)
        except OSError as exc:
            sys.stderr.write(f"parse-notice: {args.output}: cannot write: {exc.strerror or exc}\n")
            return EXIT_USAGE
        if several and not args.quiet:
            sys.stderr.write(f"[{n}/{len(args.files)}] {name} ({time.monotonic() - t0:.1f}s)\n")
    return status


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
