"""A named tuple made from a tuple of all its fields, with no Python call (a low module: the
context, the deadline rule and the targets rule build their records with it)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar, TypeVarTuple

T = TypeVar("T")
Fields = TypeVarTuple("Fields")

if TYPE_CHECKING:

    def new(cls: Callable[[*Fields], T], fields: tuple[*Fields], /) -> T:
        """``cls(*fields)`` for mypy, which checks each field's type against the class's and
        refuses a field too many. A field with a default must still be given: mypy lets it
        out, and ``tuple.__new__`` fills nothing in (tests/test_target_records.py)."""

else:
    #: a named tuple from a tuple of all its fields, with no Python call: a NamedTuple's
    #: ``__new__`` is a Python function, and the rules build one for every number, value list,
    #: clause, sentence, written point in time and skipped candidate (``Item(...)`` costs
    #: 0.49 us, ``new(Item, (...))`` 0.22; ``Skip(...)`` and ``_Point(*groups)`` made the
    #: deadline rule 3-4 % slower on 20,000 written years, bench_ab --on 2020年)
    new = tuple.__new__
