"""The user's connections (the export's Connections.csv), to tell known senders from strangers.

Names in exports are messy: accents typed or not, initials ("J. Smith"), credentials and emoji
after the name ("Ana Díaz, PhD 🚀"). Names are folded, then matched exactly, then by initials,
then fuzzily with rapidfuzz among contacts sharing a name word. Profile URLs match exactly.
"""

from __future__ import annotations

import io
import re
from collections import defaultdict
from collections.abc import Callable
from functools import lru_cache
from typing import IO

from rapidfuzz import fuzz

from ..facts import fold
from .layouts import CONNECTIONS, norm
from .read import HEADER_SEARCH_ROWS, InputError, csv_reader

# Words after a name that are not part of it: credentials and pronouns.
NOT_NAME = {
    "phd",
    "mba",
    "md",
    "cpa",
    "pmp",
    "cfa",
    "msc",
    "ma",
    "bsc",
    "jr",
    "sr",
    "ii",
    "iii",
    "he",
    "him",
    "she",
    "her",
    "they",
    "them",
    "dr",
    "mr",
    "mrs",
    "ms",
    "prof",
}
FUZZY_CUTOFF = 88.0


def name_words(name: str) -> list[str]:
    return [w for w in fold(name).split() if w not in NOT_NAME]


def profile_key(url: str) -> str:
    """'https://www.linkedin.com/in/ana-diaz/' -> 'ana-diaz'."""
    match = re.search(r"/in/([^/?#\s]+)", url or "")
    return match.group(1).casefold() if match else ""


class Contacts:
    def __init__(self, people: list[tuple[str, str]]):
        """people: (full name, profile URL) pairs."""
        self.size = len(people)
        self.exact: set[str] = set()
        self.urls: set[str] = set()
        self.by_word: dict[str, list[list[str]]] = defaultdict(list)
        for name, url in people:
            words = name_words(name)
            if words:
                self.exact.add(" ".join(words))
                for word in set(words):
                    self.by_word[word].append(words)
            if profile_key(url):
                self.urls.add(profile_key(url))
        self.knows = lru_cache(maxsize=65_536)(self._knows)

    def __getstate__(self) -> dict:  # sent to worker processes; the cache is rebuilt there
        return {k: v for k, v in self.__dict__.items() if k != "knows"}

    def __setstate__(self, state: dict) -> None:
        self.__dict__.update(state)
        self.knows = lru_cache(maxsize=65_536)(self._knows)

    def _knows(self, name: str, url: str = "") -> bool:
        if url and profile_key(url) in self.urls:
            return True
        words = name_words(name)
        if not words:
            return False
        if " ".join(words) in self.exact:
            return True
        candidates = {tuple(c) for w in words if len(w) > 1 for c in self.by_word.get(w, ())}
        return any(_same(words, list(c)) for c in candidates)


def _same(words: list[str], contact: list[str]) -> bool:
    """'j smith' ~ 'john smith', 'jose luis perez' ~ 'jose perez', typos within the cutoff."""
    if len(words) >= 2 and len(contact) >= 2 and words[-1] == contact[-1]:
        first, other = words[0], contact[0]
        if (len(first) == 1 and other.startswith(first)) or (len(other) == 1 and first.startswith(other)):
            return True
    return (
        len(words) > 1
        and len(contact) > 1
        and fuzz.token_set_ratio(" ".join(words), " ".join(contact)) >= FUZZY_CUTOFF
    )


def load_contacts(name: str, opener: Callable[[], IO[bytes]]) -> Contacts:
    """Read a Connections.csv: an optional 'Notes:' preamble, then First Name, Last Name, ..."""
    try:
        stream = opener()
    except OSError as err:
        raise InputError(f"{name}: cannot read ({err.strerror})") from None
    with stream:
        text = io.TextIOWrapper(stream, encoding="utf-8-sig", errors="replace", newline="")
        reader = csv_reader(text, ",")
        header = None
        for count, row in enumerate(reader):
            if {norm(c) for c in row} >= CONNECTIONS:
                header = [norm(c) for c in row]
                break
            if count >= HEADER_SEARCH_ROWS:
                break
        if header is None:
            raise InputError(f"{name}: not a connections export (no 'First Name,Last Name' header)")
        first, last = header.index("first name"), header.index("last name")
        url = header.index("url") if "url" in header else None
        people = []
        for row in reader:
            if len(row) <= max(first, last):
                continue
            link = row[url] if url is not None and url < len(row) else ""
            people.append((f"{row[first]} {row[last]}", link))
    return Contacts(people)
