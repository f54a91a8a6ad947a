"""Moved to :mod:`notice_parser.context` (below both segment/ and extract/);
kept so that ``from .context import …`` in the rules goes on working."""

from ..context import Context, Region  # noqa: F401
