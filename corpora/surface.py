"""How labels hold when a note's surface changes and its meaning does not.

    python corpora/surface.py [FILE.jsonl ...]

Analyses the dev split of invites.jsonl and tryouts.jsonl (or the labeled files given) as
written, then again after each change below, and prints per change how many notes it altered
and how many of those changed label (to the right label, to a wrong one). The test split is not
used. docs/accuracy.md holds the figures.
"""

from __future__ import annotations

import json
import re
import sys
import textwrap
import unicodedata
from pathlib import Path

from inviteslint import Analyzer

ROOT = Path(__file__).resolve().parent.parent
SOURCES = (ROOT / "corpora" / "dev.jsonl", ROOT / "corpora" / "tryouts.jsonl")


def _one_gap(gap: str):
    """The first space after the middle of the note replaced by `gap`."""

    def change(text: str) -> str:
        i = text.find(" ", len(text) // 2)
        return text if i < 0 else text[:i] + gap + text[i + 1 :]

    return change


def bold(text: str) -> str:
    """Letters in the "mathematical sans-serif bold" people paste to make LinkedIn text bold."""
    return "".join(
        chr(0x1D5D4 + ord(c) - 65)
        if "A" <= c <= "Z"
        else chr(0x1D5EE + ord(c) - 97)
        if "a" <= c <= "z"
        else c
        for c in text
    )


# German typed where a keyboard has no umlauts: "Gespräch über" as "Gespraech ueber".
UMLAUTS_SPELLED = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ß": "ss"})
# Any language typed without accents ("développer" as "developper"); letters with no mark to strip.
UNMARKED = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O"})
# As Danish and Norwegian are typed without their letters: "på" as "paa".
NORDIC_SPELLED = str.maketrans({"å": "aa", "ø": "oe", "æ": "ae", "Å": "Aa", "Ø": "Oe", "Æ": "Ae"})

CHANGES = {
    "curly apostrophes": lambda t: t.replace("'", "\u2019"),
    "no apostrophes": lambda t: t.replace("'", "").replace("\u2019", ""),
    "lower case": str.lower,
    "every space doubled": lambda t: t.replace(" ", "  "),
    "two spaces after each sentence": lambda t: re.sub(r"([.!?]) ", r"\1  ", t),
    "one double space mid-note": _one_gap("  "),
    "every space a no-break space": lambda t: t.replace(" ", "\u00a0"),
    "one tab mid-note": _one_gap("\t"),
    "a line break after each sentence": lambda t: re.sub(r"([.!?]) ", r"\1\n", t),
    "no final punctuation": lambda t: t.rstrip().rstrip(".!?"),
    "no commas": lambda t: t.replace(",", ""),
    "spaced hyphens as em dashes": lambda t: t.replace(" - ", " \u2014 "),
    '"Hi Ana," as "Good morning Ana,"': lambda t: re.sub(
        r"^(?:Hi|Hello|Hey) ([A-Z][a-z]+),", r"Good morning \1,", t
    ),
    "a sign-off with a full name": lambda t: t.rstrip() + "\n\nBest,\nTom Baker",
    "a signature block": lambda t: (
        t.rstrip() + "\n\nKind regards,\nTom Baker\nHead of Operations | Northwind Logistics\n+44 7700 900123"
    ),
    "hard-wrapped at 72 columns": lambda t: "\n".join(
        "\n".join(textwrap.wrap(line, 72)) if line.strip() else line for line in t.split("\n")
    ),
    "a blank line and an indent before it": lambda t: "\n  " + t,
    "a line break at the end (a saved draft)": lambda t: t + "\n",
    "every letter in LinkedIn bold": bold,
    "a zero-width space after each space": lambda t: t.replace(" ", " \u200b"),
    "soft hyphens inside long words": lambda t: re.sub(r"(\w{3})(\w{3,})", "\\1\u00ad\\2", t),
    "hyphens inside words as non-breaking hyphens": lambda t: re.sub(r"(?<=\w)-(?=\w)", "\u2011", t),
    "fullwidth ! , ?": lambda t: t.replace("!", "\uff01").replace(",", "\uff0c").replace("?", "\uff1f"),
    "accents as combining marks (NFD)": lambda t: unicodedata.normalize("NFD", t),
    "German umlauts as ae, oe, ue, ss": lambda t: t.translate(UMLAUTS_SPELLED),
    "accents left out": lambda t: "".join(
        c for c in unicodedata.normalize("NFD", t.translate(UNMARKED)) if not unicodedata.combining(c)
    ),
    "Danish and Norwegian å, ø, æ as aa, oe, ae": lambda t: t.translate(NORDIC_SPELLED),
    "an emoji mid-note": lambda t: (lambda i: t if i < 0 else t[:i] + " \U0001f525" + t[i:])(
        t.find(" ", len(t) // 2)
    ),
}


def main() -> None:
    sources = [Path(arg) for arg in sys.argv[1:]] or SOURCES
    rows = [json.loads(line) for path in sources for line in path.read_text(encoding="utf-8").splitlines()]
    rows = [r for r in rows if r["text"].strip()]
    analyzer = Analyzer()
    base = [report.label for report, _ in analyzer.analyze_many((r["text"], None) for r in rows)]
    print(f"{len(rows)} notes ({', '.join(p.name for p in sources)})")
    print(f"{'change':<38} {'notes altered':>14} {'label changed':>14} {'to right':>9} {'to wrong':>9}")
    for name, change in CHANGES.items():
        texts = [change(r["text"]) for r in rows]
        labels = [report.label for report, _ in analyzer.analyze_many((t, None) for t in texts)]
        altered = [i for i, (t, r) in enumerate(zip(texts, rows, strict=True)) if t != r["text"]]
        moved = [i for i in altered if labels[i] != base[i]]
        right = sum(labels[i] == rows[i]["label"] for i in moved)
        wrong = sum(base[i] == rows[i]["label"] for i in moved)
        print(f"{name:<38} {len(altered):>14} {len(moved):>14} {right:>9} {wrong:>9}")


if __name__ == "__main__":
    main()
