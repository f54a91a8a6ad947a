"""What a small file may make a reader allocate: the bounds every reader shares.

A Word list may say it starts at 100000000000 and a table cell that it
spans 99999999999999999999 columns; a reader clamps such values here
instead of looping or allocating in proportion to them.
"""

from __future__ import annotations

#: Word's own bounds: a list starts at 0…32767; past this a counter value is
#: written in digits (the roman and letter formatters grow with the value)
MAX_LIST_START = 32767
MAX_FORMATTED_VALUE = 100_000
#: a cell spans at most this many grid columns (as the HTML reader's colspan)
MAX_GRID_SPAN = 1000


def bounded_int(value: str | None, default: int, lo: int, hi: int) -> int:
    """An integer attribute read safely: clamped to ``[lo, hi]``; anything
    that is not a short integer is ``default``.

    >>> bounded_int("100000000000", 1, 0, 32767), bounded_int("x", 1, 0, 9), bounded_int("9" * 5000, 1, 1, 1000)
    (32767, 1, 1000)
    """
    v = (value or "").strip()
    digits = v.lstrip("+-")
    if not digits.isascii() or not digits.isdigit() or len(v) - len(digits) > 1:
        return default
    if len(digits) > 30:  # past any bound, and past Python's int digit limit
        return lo if v.startswith("-") else hi
    return max(lo, min(hi, int(v)))


#: bytes read from a file or a stream at a time
READ_CHUNK = 1 << 20


def read_at_most(stream, limit: int) -> bytes:
    """Read ``stream`` in bounded chunks, stopping after ``limit + 1`` bytes:
    a caller that gets more than ``limit`` bytes knows the input is too large
    without having read all of it (``/dev/zero``, an endless pipe).

    >>> import io
    >>> len(read_at_most(io.BytesIO(bytes(10)), 4)), len(read_at_most(io.BytesIO(bytes(3)), 4))
    (5, 3)
    """
    chunks: list[bytes] = []
    got = 0
    while got <= limit:
        chunk = stream.read(min(READ_CHUNK, limit + 1 - got))
        if not chunk:
            break
        chunks.append(chunk)
        got += len(chunk)
    return b"".join(chunks)
