"""The pitch detector's regexes, grouped by what a note must contain for each to match (a digit,
a word, a character), so that a note is searched once for those needles and only the patterns it
can match are run."""

from __future__ import annotations

import re

from .context import DIGIT

# A regex is tried only on notes that contain what it cannot match without: a digit, a word,
# a character. Testing for a substring is much cheaper than a regex scan, above all for
# patterns that start with \b or are case-insensitive, which the regex engine tries at every
# position. (tests/rules/test_pitch_patterns.py checks that the guards never skip a match.)
LOOKBEHINDS = r"^(?:\(\?<[!=](?:[^()\\]|\\.)*\))*(?:\\b)?"
# A word may follow a run of letters ("\w+rabatt", a German compound): the word is still needed.
LEADING_WORD = re.compile(LOOKBEHINDS + r"(?:\\w\+)?([a-z]{3,})(?![a-z?*+{])")
LEADING_WORDS = re.compile(LOOKBEHINDS + r"\(\?:([A-Za-z_]+(?:\|[A-Za-z_]+)+)\)")
LEADING_CHAR = re.compile(r"^(?:\\([{\[<%$])|([<%]))")
LEADING_SET = re.compile(r"^\[([^\]\\^-]+)\]")

Need = tuple  # ("digit",) or ("any", needles, case_insensitive)


def guard_of(pattern: str, ignore_case: bool) -> tuple[Need, ...]:
    """What a note must contain for the pattern to have a chance to match."""
    needs: list[Need] = []
    body = pattern[re.match(LOOKBEHINDS, pattern).end() :]  # after leading lookbehinds and \b
    if body.startswith(r"\d"):
        needs.append(("digit",))
    if pattern.endswith("%") and not pattern.endswith(r"\%"):
        needs.append(("any", ("%",), False))
    words = LEADING_WORDS.match(pattern)
    word = LEADING_WORD.match(pattern)
    char = LEADING_CHAR.match(pattern)
    chars = LEADING_SET.match(pattern)
    if words:
        found = words.group(1).split("|")
        needs.append(("any", tuple(w.lower() for w in found) if ignore_case else tuple(found), ignore_case))
    elif word:
        needs.append(("any", (word.group(1),), ignore_case))
    elif char:
        needs.append(("any", (char.group(1) or char.group(2),), False))
    elif chars:
        needs.append(("any", tuple(chars.group(1)), False))
    return tuple(dict.fromkeys(needs))


class Guards:
    """The patterns grouped by their guard (`guard_of`). A note is searched once for every needle the
    guards name, and the groups its needles call for are looked up: testing group by group, with
    needles that several groups share searched again each time, took most of the detector's time."""

    def __init__(self) -> None:
        self.groups: dict[tuple[Need, ...], list[tuple[str, re.Pattern]]] = {}

    def add(self, code: str, pattern: str, ignore_case: bool) -> None:
        compiled = re.compile(faster(pattern), re.IGNORECASE if ignore_case else 0)
        self.groups.setdefault(guard_of(pattern, ignore_case), []).append((code, compiled))

    def freeze(self) -> None:
        """Index the guards' needs by needle, once every pattern is added."""
        needs = list(dict.fromkeys(need for guard in self.groups for need in guard))
        self.guards = [frozenset(needs.index(need) for need in guard) for guard in self.groups]
        self.patterns = list(self.groups.values())
        self.always = [n for n, guard in enumerate(self.guards) if not guard]
        self.digit = needs.index(("digit",)) if ("digit",) in needs else None
        self.by_needle: dict[tuple[bool, str], set[int]] = {}
        for n, need in enumerate(needs):
            for needle in need[1] if need[0] == "any" else ():
                self.by_needle.setdefault((need[2], needle), set()).add(n)
        self.low_needles = tuple(needle for low, needle in self.by_needle if low)
        self.needles = tuple(needle for low, needle in self.by_needle if not low)
        self.by_need = [{g for g, guard in enumerate(self.guards) if n in guard} for n in range(len(needs))]

    def called(self, text: str, low: str) -> list[tuple[str, re.Pattern]]:
        """The patterns whose guard the note passes, in the order they were added."""
        met = set()
        for needle in self.low_needles:
            if needle in low:
                met |= self.by_needle[True, needle]
        for needle in self.needles:
            if needle in text:
                met |= self.by_needle[False, needle]
        if self.digit is not None and DIGIT.search(text):
            met.add(self.digit)
        groups = {g for n in met for g in self.by_need[n] if self.guards[g] <= met}
        return [pattern for g in sorted(groups.union(self.always)) for pattern in self.patterns[g]]


def faster(pattern: str) -> str:
    """'\\b' before a digit, written as a lookbehind after it: the same matches, but the regex
    engine can then skip ahead to digits instead of trying every position."""
    if not pattern.startswith(r"\b\d"):
        return pattern
    rest = pattern[4:]
    counted = re.match(r"\{(\d+),(\d+)\}", rest)
    if counted:  # \d{1,3} becomes \d, the lookbehind, then \d{0,2}
        low, high = int(counted.group(1)), int(counted.group(2))
        return rf"\d(?<!\w\d)\d{{{max(low - 1, 0)},{high - 1}}}" + rest[counted.end() :]
    if rest[:1] in {"{", "*", "+", "?"}:
        return pattern
    return r"\d(?<!\w\d)" + rest
