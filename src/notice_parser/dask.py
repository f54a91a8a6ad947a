"""An archive on a cluster: Dask collections of parsed notices.

Needs the optional extra: ``pip install 'notice_parser[dask]'``.

>>> from notice_parser.dask import parse_bag
>>> bag = parse_bag(["corpora/tianshui-2017-30.txt"])
>>> [d["notice"]["doc_number"] for d in bag.compute(scheduler="sync")]
['市委发〔2017〕30号']

The paths must be readable by every worker (a shared filesystem, or the same
tree on each machine). An input that cannot be parsed is an error record
``{"source": path, "error": {"code", "message"}}`` in the bag, as in
``parse-notice --jsonl``; it never fails the computation.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable

import dask.bag as db

from .batch import expand_inputs


def _paths(paths: Iterable[str | os.PathLike] | str | os.PathLike) -> list[str]:
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    return [i.name for i in expand_inputs(os.fspath(p) for p in paths)]


def _notice_dict(path: str, options: dict) -> dict:
    from . import parse, to_json
    from .batch import error_record

    try:
        doc = parse(path, **options)
    except Exception as exc:
        return error_record(path, exc).to_dict()
    return json.loads(to_json(doc))  # exactly the JSON the CLI writes


def parse_bag(paths, *, npartitions: int | None = None, **options) -> db.Bag:
    """A Dask bag of Notice dicts (the JSON of :func:`notice_parser.to_json`
    as Python objects), one per input, in input order. ``paths`` are files,
    directories (walked like the CLI does) or glob patterns; ``options`` are
    those of :func:`notice_parser.parse` (format, encoding, max_bytes,
    strict). Call ``.compute()`` under a ``distributed.Client`` to run it on
    a cluster."""
    files = _paths(paths)
    n = npartitions or max(1, min(len(files), 256))
    return db.from_sequence(files, npartitions=n).map(_notice_dict, options=options)


def _ledger_rows(path: str, options: dict) -> list[dict]:
    from . import parse
    from .ledger import ledger

    try:
        return ledger(parse(path, **options))
    except Exception:
        return []  # an unreadable input has no ledger rows (parse_bag reports it)


def ledger_columns() -> list[str]:
    """The columns of :func:`notice_parser.ledger.ledger` rows."""
    from . import parse_text
    from .ledger import ledger

    probe = parse_text("一、任务\n（一）治理扬尘。（牵头单位：市环保局）\n")
    return list(ledger(probe)[0])


def ledger_frame(paths, *, npartitions: int | None = None, **options):
    """A Dask DataFrame of the 责任分解 ledger rows of every input (one row per
    measure, unit and role; see :func:`notice_parser.ledger.ledger`). List
    fields (deadlines, targets) are object columns."""
    import pandas as pd

    files = _paths(paths)
    n = npartitions or max(1, min(len(files), 256))
    columns = ledger_columns()
    meta = pd.DataFrame({c: pd.Series(dtype=object) for c in columns})
    rows = db.from_sequence(files, npartitions=n).map(_ledger_rows, options=options).flatten()
    return rows.to_dataframe(meta=meta)
