"""Case-blind regexes run on the note's lower case. A case-blind pattern led by "\\b" gives Python's
regex engine no literal to skip ahead to, so it tries every position of the note; the same pattern,
case-sensitive and led by its word, on the note's lower case, jumps to where the word occurs. Used by
the pitch detector's patterns (`guards.Guards`) and by the word-guarded patterns of the other
detectors (`context.Guarded`); the pitch detector's case-sensitive patterns are led by their word the
same way, on the note as written (`lead_moved`)."""

from __future__ import annotations

import re

# Lower-case letters that a case-blind regex takes for another lower-case letter ("ı" for "i", "ſ"
# for "s", the Greek "ς" for "σ"): a note holding one is searched case-blind, not in lower case.
# (tests/rules/test_casefold.py derives the list from the Unicode tables.)
CASE_ODD = (
    "µıſ\u0345\u03c2\u03d0\u03d1\u03d5\u03d6\u03f0\u03f1\u03f5"
    "\u1c80\u1c81\u1c82\u1c83\u1c84\u1c85\u1c86\u1c87\u1c88\u1e9b\u1fbe"
)
CASE_ODD_FOUND = re.compile(f"[{CASE_ODD}]")
# A case-blind pattern is run on the note's lower case as it is when it has no upper-case letter
# (outside escapes such as \W) and no flags of its own.
ESCAPES = re.compile(r"\\.")
LEAD_BEHINDS = re.compile(r"\(\?<([!=])((?:[^()\\]|\\.)*)\)")
LEAD = re.compile(
    r"^((?:\(\?<[!=](?:[^()\\]|\\.)*\))*)\\b(?:([A-Za-z]+)(?![A-Za-z?*+{])|\(\?:([A-Za-z]+(?:\|[A-Za-z]+)+)\))"
)


def lower_form(pattern: str) -> str | None:
    """The case-blind pattern as a case-sensitive one for the note's lower case, `lead_moved`. None
    for a pattern with an upper-case letter or flags of its own."""
    bare = ESCAPES.sub("", pattern)
    if bare != bare.lower() or re.search(r"\(\?[a-zA-Z-]", bare):
        return None
    return lead_moved(pattern)


def lead_moved(pattern: str) -> str:
    """A case-sensitive pattern with its leading word (or words) moved before the `\\b` and the
    lookbehinds that precede it: "\\bour\\s+…" becomes "our(?<!\\wour)\\s+…", and a lookbehind
    "(?<!the )" becomes "(?<!the our)". The same matches, but the regex engine skips ahead to where
    the word starts, where a leading "\\b" made it try every position. The pattern as it is when it
    has no such lead."""
    lead = LEAD.match(pattern)
    if not lead:
        return pattern
    behinds = LEAD_BEHINDS.findall(lead.group(1))
    words = [lead.group(2)] if lead.group(2) else lead.group(3).split("|")
    moved = [
        word + rf"(?<!\w{word})" + "".join(f"(?<{sign}{behind}{word})" for sign, behind in behinds)
        for word in words
    ]
    return (moved[0] if len(moved) == 1 else f"(?:{'|'.join(moved)})") + pattern[lead.end() :]


def reads_as_written(text: str, low: str) -> bool:
    """Whether a note's lower case can be searched in its place: as long as the note, character for
    character ("İ" lowers to two), and with no letter a case-blind regex reads as another."""
    return len(low) == len(text) and (low.isascii() or not CASE_ODD_FOUND.search(low))


class Lazy:
    """A regex compiled on its first search. Most patterns never run in a short run (a pre-commit
    hook on a few templates, one draft checked), and compiling every pattern's lower form at start-up
    cost about 0.09 s."""

    __slots__ = ("source", "flags", "compiled")

    def __init__(self, source: str, flags: int = 0) -> None:
        self.source, self.flags, self.compiled = source, flags, None

    def finditer(self, text: str):
        if self.compiled is None:
            self.compiled = re.compile(self.source, self.flags)
        return self.compiled.finditer(text)
