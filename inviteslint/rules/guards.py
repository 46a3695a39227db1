"""The pitch detector's regexes, grouped by what a note must contain for each to match (a digit,
a word, a character), so that a note is searched once for those needles and only the patterns it
can match are run; and each case-blind one run on the note's lower case, led by its word, so that
the regex engine skips ahead to where a match can start."""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator

from .casefold import CASE_ODD, Lazy, lead_moved, lower_form, reads_as_written
from .context import DIGIT

if sys.version_info >= (3, 11):
    from re import _parser as sre_parse
else:  # pragma: no cover
    import sre_parse

# The parser's repeat operators ("+", "*", "{m,n}", lazy or possessive).
REPEATS = {sre_parse.MAX_REPEAT, sre_parse.MIN_REPEAT, getattr(sre_parse, "POSSESSIVE_REPEAT", None)} - {None}

# A regex is tried only on notes that contain what it cannot match without: a digit, a word,
# a character. Testing for a substring is much cheaper than a regex scan, above all for
# patterns that start with \b or are case-insensitive, which the regex engine tries at every
# position. (tests/rules/test_pitch_patterns.py checks that the guards never skip a match.)
LOOKBEHINDS = r"^(?:\(\?<[!=](?:[^()\\]|\\.)*\))*(?:\\b)?"
# A word may follow a run of letters ("\w+rabatt", a German compound): the word is still needed.
LEADING_WORD = re.compile(LOOKBEHINDS + r"(?:\\w\+)?([a-z]{3,})(?![a-z?*+{])")
LEADING_WORDS = re.compile(LOOKBEHINDS + r"\(\?:([^\W\d]+(?:\|[^\W\d]+)+)\)")
LEADING_CHAR = re.compile(r"^(?:\\([{\[<%$])|([<%]))")
LEADING_SET = re.compile(r"^\[([^\]\\^-]+)\]")

Need = tuple  # ("digit",) or ("any", needles, case_insensitive)
# Letters a case-insensitive regex matches to an ASCII letter that lower case does not turn into
# it ("ı", "ſ", and "İ", whose lower case is "i" and a combining dot): folded so that a needle is
# never missed where its pattern matches.
FOLD = str.maketrans({"ı": "i", "ſ": "s", "\u0307": None})


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
    if words and all(map(_plain_letters, words.group(1).split("|"))):
        found = words.group(1).split("|")
        needs.append(("any", tuple(w.lower() for w in found) if ignore_case else tuple(found), ignore_case))
    elif word:
        needs.append(("any", (word.group(1),), ignore_case))
    elif char:
        needs.append(("any", (char.group(1) or char.group(2),), False))
    elif chars:
        needs.append(("any", tuple(chars.group(1)), False))
    return tuple(dict.fromkeys(needs))


def _plain_letters(word: str) -> bool:
    """A word whose letters are ASCII, or letters with one capital that lowers back to them ("é",
    "ł", "ö"): a case-blind match of it lowers to the word itself, so the note's lower case holds it.
    Not "ß" (its capital is "SS") nor the letters `casefold.CASE_ODD` names."""
    return all(
        c.isascii() or (len(c.upper()) == 1 and c.upper().lower() == c and c not in CASE_ODD) for c in word
    )


def required(pattern: str, ignore_case: bool) -> list[Need]:
    """Strings a match must contain, read from the parsed pattern: each need lists alternatives, one
    of which is in every match ("turn" and "into" in "\\b(?:we|i)\\s+turn\\s+…\\binto\\b", one of
    "saving", "cutting"… in "…(?:saving|cutting)…"). Only ASCII strings, in lower case when the
    pattern ignores case: `Guards.called` looks for those in the note's folded lower case."""
    parsed = sre_parse.parse(pattern)
    if parsed.state.flags & re.IGNORECASE:  # an inline (?i) at the start
        ignore_case = True
    needs = _needs(parsed)
    if ignore_case:
        needs = [tuple(dict.fromkeys(s.lower() for s in need)) for need in needs]
    return [("any", need, ignore_case) for need in needs if all(s.isascii() for s in need)]


def _needs(items) -> list[tuple[str, ...]]:
    """The needs of a parsed sequence, all of which hold (see `required`)."""
    needs: list[tuple[str, ...]] = []
    run: list[str] = []

    def close() -> None:
        if run:
            needs.append(("".join(run),))
            run.clear()

    for op, av in items:
        if op is sre_parse.LITERAL:
            run.append(chr(av))
            continue
        close()
        if op is sre_parse.SUBPATTERN and not av[1] and not av[2]:  # a group that keeps the flags
            needs += _needs(av[3])
        elif op in REPEATS and av[0] >= 1:
            needs += _needs(av[2])
        elif op is sre_parse.BRANCH:
            # One need per alternative, the one whose shortest string is longest; together, the
            # branch's need. An alternative that needs nothing leaves the branch with no need.
            chosen = [max(_needs(alt), key=_strength, default=None) for alt in av[1]]
            if all(chosen):
                needs.append(tuple(dict.fromkeys(s for need in chosen for s in need)))
        # Anything else (classes, anchors, lookarounds, back-references) needs no string.
    close()
    return needs


# A need beyond the leading word is worth its searches when its strings are this long at least
# and no more than this many: a note is searched for every string of every guard.
MORE_MIN_CHARS, MORE_MAX_STRINGS, MORE_NEEDS = 3, 8, 2


def more_needs(pattern: str, ignore_case: bool, guard: tuple[Need, ...] | None = None) -> tuple[Need, ...]:
    """The strongest of the strings a match must contain (`required`) beyond the leading word:
    "turn" and "into" for "\\b(?:we|i)\\s+(?:can\\s+)?turn\\s+…\\binto\\b", whose leading "we" or
    "i" is in almost every note. `guard` is the pattern's `guard_of`, when the caller has it."""
    guard = guard_of(pattern, ignore_case) if guard is None else guard
    lead = {s for need in guard if need[0] == "any" for s in need[1]}
    found = [
        need
        for need in required(pattern, ignore_case)
        if min(map(len, need[1])) >= MORE_MIN_CHARS
        and len(need[1]) <= MORE_MAX_STRINGS
        and not lead.issuperset(need[1])
    ]
    return tuple(sorted(found, key=lambda need: _strength(need[1]), reverse=True)[:MORE_NEEDS])


def _strength(need: tuple[str, ...]) -> tuple[int, int]:
    """How rarely a need is met, roughly: the longer its shortest string, and the fewer strings."""
    return min(map(len, need)), -len(need)


class Guards:
    """The patterns grouped by their guard (`guard_of`, and `more_needs` where the leading word is
    common). One scan finds the needles a note holds, and the groups they call for are looked up:
    testing group by group, with needles that several groups share searched again each time, took
    most of the detector's time."""

    def __init__(self) -> None:
        self.groups: dict[tuple[Need, ...], list[tuple[str, re.Pattern]]] = {}
        # Each case-blind pattern's `lower_form`, compiled on first use, by the pattern as written.
        self.lowered: dict[re.Pattern, Lazy] = {}

    def add(self, code: str, pattern: str, ignore_case: bool) -> None:
        # A case-sensitive pattern is led by its word as written (`lead_moved`); a case-blind one is
        # run led by its word on the note's lower case (`lowered`).
        source = faster(pattern if ignore_case else lead_moved(pattern))
        compiled = re.compile(source, re.IGNORECASE if ignore_case else 0)
        guard = guard_of(pattern, ignore_case)
        self.groups.setdefault(guard + more_needs(pattern, ignore_case, guard), []).append((code, compiled))
        if ignore_case and (lowered := lower_form(pattern)) is not None:
            self.lowered[compiled] = Lazy(faster(lowered))

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
        low_needles = [needle for low, needle in self.by_needle if low]
        # One scan finds every needle the note's lower case holds: at each position, the longest
        # needle starting there, which stands for the needles that are its prefixes too. It costs
        # the same for three hundred needles as a few dozen searches of the note, one per needle.
        self.finder = re.compile(f"(?=({_trie(low_needles)}))")
        self.met_by = {
            needle: set().union(
                *(self.by_needle[True, other] for other in low_needles if needle.startswith(other))
            )
            for needle in low_needles
        }
        self.needles = tuple(needle for low, needle in self.by_needle if not low)
        self.by_need = [{g for g, guard in enumerate(self.guards) if n in guard} for n in range(len(needs))]

    def called(self, text: str, low: str) -> list[tuple[str, re.Pattern]]:
        """The patterns whose guard the note passes, in the order they were added."""
        met = set()
        if not low.isascii():
            low = low.translate(FOLD)
        for needle in set(self.finder.findall(low)):
            met |= self.met_by[needle]
        for needle in self.needles:
            if needle in text:
                met |= self.by_needle[False, needle]
        if self.digit is not None and DIGIT.search(text):
            met.add(self.digit)
        groups = {g for n in met for g in self.by_need[n] if self.guards[g] <= met}
        return [pattern for g in sorted(groups.union(self.always)) for pattern in self.patterns[g]]

    def found(self, text: str, low: str) -> Iterator[tuple[str, int, int]]:
        """Each match of the patterns the note's guard calls: its code and its span. A case-blind
        pattern searches the note's lower case where it can (`casefold`)."""
        lowered = self.lowered if reads_as_written(text, low) else {}
        for code, pattern in self.called(text, low):
            fast = lowered.get(pattern)
            for match in fast.finditer(low) if fast is not None else pattern.finditer(text):
                yield code, match.start(), match.end()


def _trie(words: list[str]) -> str:
    """A regex matching any of `words`, shaped as a tree of their letters, so that the engine tries
    one branch per letter rather than every word; where a word ends inside a longer one, the longer
    is tried first."""
    tree: dict = {}
    for word in words:
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def branch(node: dict) -> str:
        parts = [re.escape(char) + branch(rest) for char, rest in sorted(node.items()) if char]
        if not parts:
            return ""
        body = parts[0] if len(parts) == 1 else f"(?:{'|'.join(parts)})"
        return f"(?:{body})?" if "" in node else body

    return branch(tree)


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
