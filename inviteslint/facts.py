"""What the user says is true: who the recipient is and how the sender really knows them."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from rapidfuzz import fuzz, utils

RELATIONSHIPS = ("none", "friend", "colleague", "classmate", "business", "met", "group")


@dataclass(frozen=True)
class Facts:
    to: str | None = None
    relationship: str | None = None
    met_at: str | None = None
    # Whether the sender is among the recipient's connections (from an exported contacts
    # list); None when unknown.
    known: bool | None = None

    def __post_init__(self) -> None:
        if self.relationship is not None and self.relationship not in RELATIONSHIPS:
            raise ValueError(
                f"unknown relationship {self.relationship!r}; use one of {', '.join(RELATIONSHIPS)}"
            )


def fold(text: str) -> str:
    """Lower case, accents and punctuation removed: 'José-Luis' -> 'jose luis'."""
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return utils.default_process(plain)


def same_person(greeted: str, name: str, cutoff: float = 80.0) -> bool:
    """Whether a greeting like 'Hi Jose' addresses someone called 'José Luis Pérez'.

    Accepts any part of the name, short forms ('Alex' for 'Alexander'), initials and typos."""
    greeted_words, name_words = fold(greeted).split(), fold(name).split()
    if not greeted_words or not name_words:
        return True
    for word in greeted_words:
        for part in name_words:
            if len(word) == 1 and part.startswith(word):
                return True
            if len(word) >= 3 and (part.startswith(word) or word.startswith(part)):
                return True
            if fuzz.ratio(word, part) >= cutoff:
                return True
    return False
