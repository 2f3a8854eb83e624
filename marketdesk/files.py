"""Writing output files so that a crash never leaves half a file behind."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from marketdesk.errors import InputError


def write_atomic(path: str | Path, text: str) -> None:
    """Write to a temporary file beside ``path``, then rename over it (atomic on POSIX)."""
    p = Path(path)
    if p.is_dir():
        raise InputError(str(p), "is a folder", "give a file name, e.g. evidence.json")
    try:
        p.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=p.parent, prefix=f".{p.name}.", suffix=".tmp")
    except OSError as err:
        raise InputError(str(p), f"cannot write: {err.strerror}", "choose a writable path") from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)  # mkstemp makes 0600; a draft is for colleagues to read
        os.replace(tmp, p)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
