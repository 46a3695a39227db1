"""Answers traded between the workers of one ``--jobs`` pool, through small files in a folder.

Each worker answers a repeated text once and remembers it, but a pool's workers remember apart:
without trading, each would analyse every text repeated across the input for itself. Before and
after each block a worker publishes, as one file, the answers it found and the hashes of those it
reused (so that the others keep them fresh too), and reads what the others published since.
Files are the simplest channel every worker can reach at any moment, under any start method,
without the main process in the way. A lost or late file costs an analysis, never a wrong
answer: an answer depends only on its key.
"""

from __future__ import annotations

import contextlib
import os
import pickle
from collections import deque
from collections.abc import Iterator

KEEP = 16  # files each worker leaves for the others; older ones are removed


class Exchange:
    def __init__(self, folder: str, tag: str):
        self.folder = folder
        self.tag = tag  # starts the names of this worker's files
        self.count = 0
        self.mine: deque[str] = deque()
        self.seen: set[str] = set()
        self.broken = False  # set by the worker when the folder failed it

    def publish(self, answers) -> None:
        if not answers:
            return
        self.count += 1
        name = f"{self.tag}{self.count}"
        path = os.path.join(self.folder, name)
        hidden = os.path.join(self.folder, "." + name)  # written whole, then renamed into sight
        with open(hidden, "wb") as file:
            pickle.dump(answers, file, pickle.HIGHEST_PROTOCOL)
        os.replace(hidden, path)
        self.mine.append(path)
        if len(self.mine) > KEEP:
            _remove(self.mine.popleft())

    def learn(self) -> Iterator:
        """What the other workers published since the last call, one item per file."""
        present = set()
        with os.scandir(self.folder) as entries:
            for entry in entries:
                name = entry.name
                if name.startswith((".", self.tag)):
                    continue
                present.add(name)
                if name in self.seen:
                    continue
                try:
                    with open(entry.path, "rb") as file:
                        answers = pickle.load(file)
                except (OSError, EOFError, pickle.UnpicklingError):
                    continue  # removed by its writer meanwhile
                yield answers
        self.seen = present


def _remove(path: str) -> None:
    with contextlib.suppress(OSError):  # the folder may be going away with the pool
        os.remove(path)
