"""Files that appear complete or not at all: written beside the target, then renamed over it."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import IO


class AtomicFile:
    """A file (UTF-8 text, or bytes with ``binary``) that appears under its name only on
    ``commit``."""

    def __init__(self, path: Path, binary: bool = False):
        self.path = path
        self.temp: Path | None = None
        mode, text = ("wb", {}) if binary else ("w", {"encoding": "utf-8", "newline": ""})
        if path.exists() and not path.is_file():
            # A device or a pipe (/dev/stdout, /dev/null, a FIFO): write to it, never replace it.
            self.stream: IO = path.open(mode, **text)
            return
        handle, temp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
        self.temp = Path(temp)
        self.stream = os.fdopen(handle, mode, **text)

    def commit(self) -> None:
        self.stream.flush()
        if self.temp is None:
            self.stream.close()
            return
        os.fsync(self.stream.fileno())
        self.stream.close()
        if self.path.exists():
            os.chmod(self.temp, self.path.stat().st_mode & 0o777)
        else:
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(self.temp, 0o666 & ~umask)
        os.replace(self.temp, self.path)

    def abort(self) -> None:
        self.stream.close()
        if self.temp is not None:
            self.temp.unlink(missing_ok=True)


def write_atomic(path: Path, text: str | bytes) -> None:
    target = AtomicFile(path, binary=isinstance(text, bytes))
    try:
        target.stream.write(text)
        target.commit()
    except BaseException:
        target.abort()
        raise
