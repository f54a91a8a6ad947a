"""parse-notice: a notice file in, Notice JSON out.

Exit codes: 0 parsed; 2 usage or I/O error (bad option, unwritable output);
3 a document that cannot be read (empty, corrupt, encrypted, too large, not
text in a known encoding). Errors are one line on stderr naming the file.
Output files are written atomically: nothing half-written is ever left.
"""

from __future__ import annotations

# Only what the interpreter has loaded already is imported at the top: everything else (typing,
# argparse, the writers, the parser) is imported inside main(), whose handler turns a Ctrl-C during
# those imports into exit 130 with one line, not a traceback.
import os
import sys

TYPE_CHECKING = False
if TYPE_CHECKING:
    import argparse
    import contextlib
    import types
    from collections.abc import Callable
    from typing import NoReturn

EXIT_OK, EXIT_USAGE, EXIT_UNREADABLE, EXIT_INTERRUPTED = 0, 2, 3, 130

EPILOG = """\
examples:
  parse-notice corpora/tianshui-2017-30.txt --pretty
  parse-notice notice.docx -o notice.json
  parse-notice a.doc b.html c.txt -o out/          (one JSON file per input)
  parse-notice archive/ -o out/ --jobs 4 --jsonl all.jsonl --resume
  parse-notice 'archive/**/*.docx' -o out/         (a quoted glob)
  cat notice.txt | parse-notice - --encoding gb18030
  parse-notice --schema > notice.schema.json
  parse-notice a.docx b.txt --to xlsx -o 台账.xlsx (one workbook: 任务清单, 责任分解, …)
  parse-notice *.txt -o ledger.csv                (--to follows OUT's extension)
  parse-notice notice.docx --to html -o review.html   (a page to check the extraction in a browser)

exit codes: 0 ok, 2 usage or I/O error, 3 unreadable document (after all other inputs), 130 interrupted
"""


def _new_parser() -> argparse.ArgumentParser:
    """parse-notice's argument parser, with no arguments yet; an error is one line and exit 2."""
    import argparse

    class _Parser(argparse.ArgumentParser):
        def error(self, message: str) -> NoReturn:
            self.exit(EXIT_USAGE, f"parse-notice: {message} (see parse-notice --help)\n")

    return _Parser(
        prog="parse-notice",
        description="Turn Chinese government notices (.txt, .doc, .docx, .html) into source-grounded JSON.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )


def build_parser() -> argparse.ArgumentParser:
    from .readers import DEFAULT_MAX_BYTES, FORMATS

    p = _new_parser()
    p.add_argument(
        "files",
        nargs="*",
        metavar="INPUT",
        help="input file(s), directories (walked for .txt .md .html .doc .docx …) or glob patterns; '-' reads standard input",
    )
    p.add_argument(
        "-o",
        "--output",
        metavar="OUT",
        help="write JSON here (a directory when several inputs are given); default: standard output",
    )
    p.add_argument("-j", "--jobs", type=int, metavar="N", help="parse in N processes (default: the number of cores)")
    p.add_argument(
        "--jsonl",
        metavar="FILE",
        help="also stream one JSON line per input to FILE ('-' = standard output) as each one finishes; "
        'a failed input is {"source": …, "error": {"code", "message"}}',
    )
    p.add_argument(
        "--resume", action="store_true", help="skip inputs whose output in -o DIRECTORY is there for the same bytes"
    )
    p.add_argument("--pretty", action="store_true", help="indent the JSON")
    p.add_argument(
        "--to",
        choices=("json", "jsonl", "csv", "xlsx", "html"),
        help="output format (default: from OUT's extension, else json): jsonl = one JSON per line, "
        "csv = the 责任分解 ledger, xlsx = the 台账 workbook (all inputs go into one jsonl/csv/xlsx file); "
        "html = a review page showing what was extracted (one page per input)",
    )
    p.add_argument("--schema", action="store_true", help="print the JSON Schema of the output and exit")
    p.add_argument("--format", choices=FORMATS, help="input format (default: from the content; json: a crawler record)")
    p.add_argument("--encoding", help="text encoding (default: detected; e.g. gb18030, utf-16)")
    p.add_argument(
        "--max-bytes",
        type=int,
        default=DEFAULT_MAX_BYTES,
        metavar="N",
        help=f"refuse inputs larger than N bytes (default {DEFAULT_MAX_BYTES})",
    )
    p.add_argument("--strict", action="store_true", help="treat any parser warning as an error (exit 3)")
    p.add_argument(
        "--explain",
        action="store_true",
        help="instead of JSON, list every time expression and counted number: the item that holds it, "
        "or the reason it was left out",
    )
    p.add_argument("-q", "--quiet", action="store_true", help="no progress bar or progress lines on stderr")
    p.add_argument("--version", action="version", version="%(prog)s " + _version())
    return p


def _version() -> str:
    from . import __version__

    return __version__


def _utf8_streams() -> None:
    """JSON is UTF-8 whatever the locale (``PYTHONIOENCODING=latin-1``); a
    message that the terminal cannot show is escaped, never a traceback."""
    for stream, errors in ((sys.stdout, "strict"), (sys.stderr, "backslashreplace")):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            try:
                reconfigure(encoding="utf-8", errors=errors)
            except (ValueError, OSError):  # pragma: no cover - a stream already written to in another encoding
                pass


def _text_codec(name: str) -> bool:
    import codecs

    try:
        return getattr(codecs.lookup(name), "_is_text_encoding", True)
    except LookupError:
        return False


def main(argv: list[str] | None = None) -> int:
    try:
        with _code_cache():
            return _main(argv)
    except KeyboardInterrupt:  # before a batch run handles it (it says what was written)
        sys.stderr.write("parse-notice: interrupted\n")
        return EXIT_INTERRUPTED


def run() -> int:
    """What the ``parse-notice`` script and ``python -m notice_parser`` run (:func:`script`): :func:`main`
    in a process of its own, whose garbage collector it sets for the start-up (see :func:`_hold_collection`) and whose
    dataclasses and named tuples are compiled from the cache (see :func:`_code_cache`)."""
    global _own_process
    _hold_collection()
    _own_process = True
    try:
        return main()
    finally:
        _own_process = False
        _collect_again()  # (an early exit: --help, --schema, a usage error)


#: set while run() runs main(): the process is parse-notice's own
_own_process = False


def script() -> NoReturn:
    """The ``parse-notice`` script and ``python -m notice_parser``: :func:`run`, then the process
    ends with its exit code, without the interpreter's teardown when nothing can tell the difference
    (see :func:`_end`)."""
    code = run()
    _end(code)
    sys.exit(code)


def _end(code: int) -> None:
    """End the process now, through what a normal exit does that anyone can see: standard output
    and error flushed, the ``atexit`` functions run (the pattern cache's save, multiprocessing's,
    logging's …), then ``os._exit``. What is skipped is the teardown of ~330 modules and ~50,000
    objects that nothing looks at any more (~10 ms of CPU time of a cold Tianshui run, ~4 %).

    Only when :func:`script` is the program itself: called by the console script's top level (the
    bottom frame) or by ``notice_parser.__main__`` with only ``runpy`` below it (``python -m``). Under
    a profiler, a debugger or coverage (``python -m cProfile -m notice_parser``, ``coverage run``),
    whose frames lie below, or with another thread running, in development mode (``-X dev``: its
    warnings at exit), or when a flush fails (Python then reports it and exits with 120, as before),
    this returns and the process exits as usual."""
    import atexit

    run_exitfuncs = getattr(atexit, "_run_exitfuncs", None)
    threading = sys.modules.get("threading")
    if (
        run_exitfuncs is None
        or sys.flags.dev_mode
        or (threading is not None and threading.active_count() > 1)
        or not _program_is_script()
    ):
        return
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except Exception:  # (BrokenPipeError …) left to the interpreter's exit, which reports it
        return
    run_exitfuncs()
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except Exception:  # after the exit functions: what the interpreter's exit gives for a failed flush
        os._exit(120)
    os._exit(code)


def _program_is_script() -> bool:
    """Whether :func:`script`'s caller is the program's top level: a module's code run as
    ``__main__`` with no frame below it but ``runpy``'s."""
    frame = sys._getframe(3)  # _program_is_script <- _end <- script <- the caller
    if frame.f_code.co_name != "<module>" or frame.f_globals.get("__name__") != "__main__":
        return False
    below = frame.f_back
    while below is not None:
        if below.f_globals.get("__name__") != "runpy":
            return False
        below = below.f_back
    return True


def _code_cache() -> contextlib.AbstractContextManager[None]:
    """In run()'s process, :func:`notice_parser.compiled.generated_code_cached` for the whole run: the
    ~370 methods of the ~120 dataclasses and named tuples, and the ~850 forward references, that
    pydantic, pydantic_core, annotated_types and the package make while they are imported (a cold Tianshui
    run) come from the pattern file, not compiled from their source text (~25 ms of CPU time of a cold
    start; the classes are the same). Opened inside main()'s handler, so a Ctrl-C while
    ``compiled`` is imported is an interrupt like any other. Elsewhere (main() called inside another
    program) nothing: the library leaves ``dataclasses``, ``collections`` and ``typing`` as they are."""
    import contextlib

    if not _own_process:
        return contextlib.nullcontext()
    from .compiled import generated_code_cached

    return generated_code_cached()


# The garbage collector at start-up. The parse-notice command owns its process, so run() chooses the
# collector's settings there; the library (parse, parse_text, parse_many, the batch functions), and
# main() called inside another program, leave them as they are. With the default thresholds a cold run
# on Tianshui made about 100 young and 10 middle-generation collections before its first parse ended,
# the older ones going over the ~32,000 objects the imports make (modules, classes, compiled patterns,
# pydantic's validators) again and again, and a full collection at exit, though these live as long as
# the process. While they load, only the youngest generation is collected, every 20,000 new objects
# instead of 700: the garbage of the imports (0.3 MB; 2 MB on a run that compiles the patterns, their
# parse trees) dies young and is freed, so no peak RSS grows. Before the first input is parsed, what is
# left is frozen (gc.freeze: no later collection scans it, nor the one at exit) and the thresholds are
# back as they were: a run over thousands of files collects its garbage as usual.
_IMPORT_THRESHOLDS = (20_000, 1 << 30, 1 << 30)
_held: tuple[int, int, int] | None = None


def _hold_collection() -> None:
    global _held
    import gc

    if gc.isenabled() and _held is None:
        _held = gc.get_threshold()
        gc.set_threshold(*_IMPORT_THRESHOLDS)


def _collect_again() -> None:
    """After run()'s imports: their young garbage collected, the rest frozen, the thresholds as they were."""
    global _held
    import gc

    if _held is not None:
        gc.collect(0)
        gc.freeze()
        gc.set_threshold(*_held)
        _held = None


def _import_readers() -> None:
    """Import the readers, and with them the models, pydantic and its compiled core, with SIGINT held
    back in this thread: pyo3 turns a Ctrl-C in the middle of pydantic_core's import into a Rust panic
    (a traceback, exit 1), not a KeyboardInterrupt. Held back, the Ctrl-C arrives as soon as the import
    is done, as a KeyboardInterrupt main() answers. (Once imported, nothing is held.)"""
    if "notice_parser.readers" in sys.modules:
        return
    import signal

    held = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT}) if hasattr(signal, "pthread_sigmask") else None
    try:
        with _asyncio_deferred(), _plugins_deferred():
            from . import readers  # noqa: F401
    finally:
        if held is not None:
            signal.pthread_sigmask(signal.SIG_SETMASK, held)


def _plugins_deferred() -> contextlib.AbstractContextManager[None]:
    """In run()'s process, while the models are made (the readers imported): pydantic gives their
    validators no plugins, and ``importlib.metadata`` is not imported for it. Each model class asks
    ``pydantic.plugin._loader.get_plugins`` for the plugins installed (a plugin watches a program's own
    validations: logfire's, say); the first asking imports ``importlib.metadata`` and reads the entry
    points of every installed distribution (~8 ms of CPU time of a cold Tianshui run, ~5 %), and the
    command's own models are nothing a plugin is installed to watch. For the block, pydantic's own
    switch ``PYDANTIC_DISABLE_PLUGINS`` is ``__all__``, and ``sys.modules["importlib.metadata"]`` a
    stand-in that imports the real module the first time anyone asks it for a name
    (:func:`_real_metadata`), as pydantic's loader does after the block (a model made later, by an export
    or a dask run, gets the plugins installed, found then). Nothing is done when the variable is set
    already (the user's choice stands), when ``importlib.metadata`` or pydantic's loader is imported
    already, or outside run()'s process (the library leaves pydantic as it is)."""
    import contextlib

    if (
        not _own_process
        or "PYDANTIC_DISABLE_PLUGINS" in os.environ
        or "importlib.metadata" in sys.modules
        or "pydantic.plugin._loader" in sys.modules
    ):
        return contextlib.nullcontext()
    return _no_plugins()


class _no_plugins:
    """:func:`_plugins_deferred`'s block."""

    def __enter__(self) -> None:
        import types

        os.environ["PYDANTIC_DISABLE_PLUGINS"] = "__all__"
        stand_in = types.ModuleType("importlib.metadata", "importlib.metadata, imported when a name is asked")
        vars(stand_in)["__getattr__"] = _real_metadata  # PEP 562
        sys.modules["importlib.metadata"] = self.stand_in = stand_in

    def __exit__(self, *exc: object) -> None:
        if os.environ.get("PYDANTIC_DISABLE_PLUGINS") == "__all__":
            del os.environ["PYDANTIC_DISABLE_PLUGINS"]
        if sys.modules.get("importlib.metadata") is self.stand_in:
            del sys.modules["importlib.metadata"]


def _real_metadata(name: str) -> object:
    """A name asked of :func:`_plugins_deferred`'s stand-in: that name of the real ``importlib.metadata``
    (imported now in the stand-in's place if it is still there). A dunder name that a module may lack
    (``__file__``, asked of every module by ``inspect.getmodule``) is missing."""
    if name.startswith("__") and name.endswith("__"):
        raise AttributeError(f"module 'importlib.metadata' has no attribute {name!r}")
    if name in _METADATA_FUNCTIONS:  # taken by name at import (pydantic 2.14's loader: from … import entry_points)
        return _metadata_function(name)
    return getattr(_real_metadata_module(), name)


def _real_metadata_module() -> types.ModuleType:
    """The real ``importlib.metadata``, imported now in :func:`_plugins_deferred`'s stand-in's place if the
    stand-in is still there."""
    import importlib

    current = sys.modules.get("importlib.metadata")
    if getattr(current, "__dict__", {}).get("__getattr__") is _real_metadata:  # still the stand-in
        del sys.modules["importlib.metadata"]
    return importlib.import_module("importlib.metadata")


#: the functions of ``importlib.metadata`` a module may take by name while the stand-in is there
_METADATA_FUNCTIONS = frozenset(
    (
        "entry_points",
        "version",
        "distribution",
        "distributions",
        "metadata",
        "files",
        "requires",
        "packages_distributions",
    )
)


def _metadata_function(name: str) -> Callable[..., object]:
    """A function that is ``importlib.metadata``'s function ``name`` when called: a module that imports it by
    name during :func:`_plugins_deferred`'s block (``from importlib.metadata import entry_points``, as
    pydantic's plugin loader does from 2.14 on) gets this, and the real module is imported at the first call,
    not at that import (the block's switch makes pydantic ask for no plugins while it lasts)."""

    def call(*args: object, **kwargs: object) -> object:
        return getattr(_real_metadata_module(), name)(*args, **kwargs)

    call.__name__ = call.__qualname__ = name
    return call


def _asyncio_deferred() -> contextlib.AbstractContextManager[None]:
    """In run()'s process, while the models (and pydantic) are imported: ``import asyncio.coroutines``
    loads that one module, not the whole asyncio package. typing_extensions' ``deprecated``, which
    pydantic_core and pydantic apply to ~30 functions as they are imported, imports
    ``asyncio.coroutines`` only to ask whether each is a coroutine function, and the package's
    ``__init__`` imports all of asyncio with it: its event loops, ssl, socket, subprocess, selectors,
    concurrent.futures, logging (~25 ms of CPU time of a cold Tianshui run, ~14 %; nothing the
    command uses). The answer is the same: the real ``asyncio.coroutines`` is loaded and asked.

    For the ``with`` block, ``sys.modules["asyncio"]`` is a bare package (the real one's path, so
    ``asyncio.coroutines`` is found and loaded below it); anything that asks it for another name gets
    the real asyncio, imported then (:func:`_real_asyncio`). After the block, the bare package and
    what was loaded below it are taken out of ``sys.modules``: a later ``import asyncio`` (a
    progress bar, a dask run) loads the real package whole, as in a process where nothing had
    imported it. Nothing is done when asyncio is imported already, or outside run()'s process (the
    library leaves imports as they are)."""
    import contextlib

    if not _own_process or "asyncio" in sys.modules:
        return contextlib.nullcontext()
    return _asyncio_bare()


class _asyncio_bare:
    """:func:`_asyncio_deferred`'s block: the bare package in ``sys.modules`` while it runs."""

    def __enter__(self) -> None:
        import importlib.util
        import types

        self.bare = None
        spec = importlib.util.find_spec("asyncio")
        if spec is None or not spec.submodule_search_locations:  # pragma: no cover - a Python without it
            return
        bare = types.ModuleType("asyncio", "asyncio, its coroutines module alone (parse-notice's start-up)")
        bare.__path__ = list(spec.submodule_search_locations)
        vars(bare)["__getattr__"] = _real_asyncio  # PEP 562: asked for a name the bare package lacks
        sys.modules["asyncio"] = self.bare = bare

    def __exit__(self, *exc: object) -> None:
        if self.bare is not None and sys.modules.get("asyncio") is self.bare:
            _forget_asyncio()


def _forget_asyncio() -> None:
    for name in [n for n in sys.modules if n == "asyncio" or n.startswith("asyncio.")]:
        del sys.modules[name]


def _real_asyncio(name: str) -> object:
    """A name asked of the bare package: that name of the real asyncio. While the bare package is
    still ``sys.modules["asyncio"]``, the real one is imported now in its place (the modules loaded
    below the bare one are loaded again below it); once the real one is imported (by an earlier name
    asked of the bare package, or by an ``import asyncio`` after the block, while a module that
    imported asyncio in the block still holds the bare package), the name is that asyncio's: one set
    of asyncio modules, one event-loop policy. A dunder name that a module may lack (``__file__``,
    asked of every module by ``inspect.getmodule``) is missing."""
    import importlib

    if name.startswith("__") and name.endswith("__"):
        raise AttributeError(f"module 'asyncio' has no attribute {name!r}")

    current = sys.modules.get("asyncio")
    if getattr(current, "__dict__", {}).get("__getattr__") is _real_asyncio:  # still a bare package
        _forget_asyncio()
    return getattr(importlib.import_module("asyncio"), name)


def _main(argv: list[str] | None) -> int:
    _utf8_streams()
    _import_readers()
    args = build_parser().parse_args(argv)
    if args.encoding is not None and not _text_codec(args.encoding):
        sys.stderr.write(f"parse-notice: --encoding: unknown text encoding '{args.encoding}'\n")
        return EXIT_USAGE
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
    if args.jobs is not None and args.jobs < 1:
        sys.stderr.write("parse-notice: --jobs must be at least 1\n")
        return EXIT_USAGE
    from . import batch, pipeline  # noqa: F401  (every path below parses: imported while the collector is held)

    _collect_again()
    if args.explain:
        return _explain(args)
    clash = _output_is_input(args.output, args.files)
    if clash is not None:
        sys.stderr.write(f"parse-notice: {clash}: is both an input and the output; refusing to write over it\n")
        return EXIT_USAGE
    from .export import export_main, format_for

    to = format_for(args.to, args.output)
    if to != "json":
        return export_main(args, to)
    from .batch import run_batch

    return run_batch(args)


def _output_is_input(output: str | None, inputs: list[str]) -> str | None:
    """The output path when it names the same existing regular file as one of the inputs given by name
    (``parse-notice x.json -o x.json``): writing the output would destroy the input before it is read, or
    after. Directories, globs, ``-`` and devices (``-o /dev/null``) never clash."""
    if not output or output == "-" or not os.path.isfile(output):
        return None
    for name in inputs:
        if name != "-" and os.path.isfile(name):
            try:
                if os.path.samefile(name, output):
                    return output
            except OSError:
                continue
    return None


def _explain(args) -> int:
    """``--explain``: the accounting listing of each input, on stdout."""
    from . import parse
    from .errors import ReaderError
    from .extract.accounting import explain

    code = EXIT_OK
    for name in args.files:
        if not os.path.exists(name):
            sys.stderr.write(f"parse-notice: {name}: no such file\n")
            return EXIT_USAGE
        try:
            doc = parse(name, format=args.format, encoding=args.encoding, max_bytes=args.max_bytes)
        except ReaderError as e:
            sys.stderr.write(f"parse-notice: {e}\n")
            code = EXIT_UNREADABLE
            continue
        except OSError as e:
            sys.stderr.write(f"parse-notice: {name}: {e.strerror or e}\n")
            return EXIT_USAGE
        sys.stdout.write(f"# {name}\n" + explain(doc))
    return code


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
