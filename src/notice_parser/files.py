"""Writing output files so that nothing half-written is ever left."""

from __future__ import annotations

import os
import secrets
import stat
from collections.abc import Iterable
from pathlib import Path
from typing import BinaryIO


def is_special(path: Path) -> bool:
    """An existing target that is not a regular file (``/dev/null``, a FIFO,
    a terminal): it is written to, never replaced by a regular file."""
    try:
        mode = path.stat().st_mode
    except OSError:
        return False
    return not stat.S_ISREG(mode) and not stat.S_ISDIR(mode)


def _new_temporary(path: Path) -> tuple[int, str]:
    """A new file ``.<name>.<random>.tmp`` beside ``path``, open for writing. It is made with mode 0666 and
    the kernel takes the process's umask off, so the output follows the umask as any new file does
    (mkstemp makes 0600, and Python reads the umask only by setting it: a process-wide switch that a
    library must not flip while other threads make files)."""
    parent = str(path.parent or Path("."))
    for _ in range(100):
        tmp = os.path.join(parent, f".{path.name}.{secrets.token_hex(4)}.tmp")
        try:
            return os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0), 0o666), tmp
        except FileExistsError:
            continue
    raise FileExistsError(f"no free temporary name beside {path}")


def write_atomically(path: Path, content: str | bytes | Iterable[str | bytes]) -> None:
    """Write ``content`` to ``path`` through a temporary file and a rename.

    ``content`` may come in pieces (any iterable of strings: a long JSON is
    rendered while it is written; or of bytes: a cache file's blocks); the file
    appears only once all is written.
    A target that exists and is not a regular file (``-o /dev/null``, a pipe)
    is opened and written to directly: renaming over it would replace a device
    with a regular file.
    """
    path = Path(path)
    if is_special(path):
        with open(path, "wb") as f:
            _write_pieces(f, content)
        return
    fd, tmp = _new_temporary(path)
    try:
        with os.fdopen(fd, "wb") as f:
            _write_pieces(f, content)
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


#: characters of JSON handled at a time on the streaming path: a document whose text is at
#: least this long is rendered in pieces (emit.JsonText), a longer string escaped this many
#: characters at a time (emit._string_pieces), and pieces are written this many characters at
#: a time: a failure while the first stretch is rendered (a name the JSON cannot carry is in a
#: document's first field) writes nothing, also to a target written directly (a pipe,
#: /dev/stdout), which no rename can keep whole
STRETCH = 1 << 18


def _write_pieces(f: BinaryIO, content: str | bytes | Iterable[str | bytes]) -> None:
    if isinstance(content, bytes):
        f.write(content)
    elif isinstance(content, str):
        f.write(content.encode("utf-8"))
    else:
        held: list[str] = []
        size = 0
        for piece in content:
            if isinstance(piece, bytes):  # encoded already: written as it comes, after the text held
                if held:
                    f.write("".join(held).encode("utf-8"))
                    held, size = [], 0
                f.write(piece)
                continue
            held.append(piece)
            size += len(piece)
            if size >= STRETCH:
                f.write("".join(held).encode("utf-8"))
                held, size = [], 0
        f.write("".join(held).encode("utf-8"))
