"""Files that appear complete or not at all: written beside the target, then renamed over it."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import IO


class AtomicFile:
    """A text file that appears under its name only on ``commit``."""

    def __init__(self, path: Path):
        self.path = path
        self.temp: Path | None = None
        if path.exists() and not path.is_file():
            # A device or a pipe (/dev/stdout, /dev/null, a FIFO): write to it, never replace it.
            self.stream: IO[str] = path.open("w", encoding="utf-8", newline="")
            return
        handle, temp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
        self.temp = Path(temp)
        self.stream = os.fdopen(handle, "w", encoding="utf-8", newline="")

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


def write_atomic(path: Path, text: str) -> None:
    target = AtomicFile(path)
    try:
        target.stream.write(text)
        target.commit()
    except BaseException:
        target.abort()
        raise
