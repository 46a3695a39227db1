"""Answers for texts seen before, kept in a bounded, scan-resistant memo (a segmented LRU).

An inbox mixes notes that repeat (empty notes, the platform's default note, templates sent
verbatim) with many that come once (personal notes, templates with a name filled in). In a plain
LRU every one-off note pushes a repeating one closer to eviction; here a new answer waits in a
probation segment and moves to the protected segment only when it is used again, so one-off notes
evict each other first.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Hashable
from typing import Any

PROTECTED_SHARE = 0.8


class Memo:
    def __init__(self, size: int):
        self.size = size
        self.protected_size = int(size * PROTECTED_SHARE)
        self.probation: OrderedDict[Hashable, Any] = OrderedDict()
        self.protected: OrderedDict[Hashable, Any] = OrderedDict()
        # Keys by hash, so that a pool's workers can name an answer they reused (classify.py).
        self.by_hash: dict[int, Hashable] = {}

    def __len__(self) -> int:
        return len(self.probation) + len(self.protected)

    def __contains__(self, key: Hashable) -> bool:
        return key in self.protected or key in self.probation

    def get(self, key: Hashable) -> Any | None:
        """The answer for `key`, or None; a use, which keeps it longer."""
        protected = self.protected
        if key in protected:
            protected.move_to_end(key)
            return protected[key]
        if key not in self.probation:
            return None
        value = protected[key] = self.probation.pop(key)
        if len(protected) > self.protected_size:
            old, old_value = protected.popitem(last=False)
            self.probation[old] = old_value  # demoted: the next to go if not used again
        return value

    def put(self, key: Hashable, value: Any) -> None:
        if key in self:
            return
        self.probation[key] = value
        self.by_hash[hash(key)] = key
        while len(self) > self.size:
            old, _ = (self.probation or self.protected).popitem(last=False)
            number = hash(old)
            if self.by_hash.get(number) == old:
                del self.by_hash[number]

    def use_hash(self, number: int) -> None:
        """Count a use named by the key's hash (a peer's reuse); unknown hashes are ignored."""
        key = self.by_hash.get(number)
        if key is not None:
            self.get(key)

    def clear(self) -> None:
        self.probation.clear()
        self.protected.clear()
        self.by_hash.clear()
