"""PIT: notes whose purpose is to sell or solicit; weighted rules and a threshold."""

from __future__ import annotations

import re

from .base import Hit, family_data, longest_first
from .context import Context, add_phrases

# Regexes that must begin with a digit, or with an upper-case word, are tried only on notes that
# have one: a pattern starting with \b is tried at every position, which costs more than this test.
DIGIT = re.compile(r"\d")
UPPER_WORD = re.compile(r"[A-Z]{4}")


# A word the pattern cannot match without, after any lookbehinds and a word boundary.
LEADING_WORD = re.compile(r"^(?:\(\?<!(?:[^()\\]|\\.)*\))*(?:\\b)?([a-z]{3,})(?![a-z?*+{])")


def _guard(pattern: str, ignore_case: bool) -> re.Pattern | None:
    if pattern.startswith((r"\b\d", r"\d")):
        return DIGIT
    if pattern.startswith(r"\b(?:") and pattern[6:7].isupper() and not ignore_case:
        return UPPER_WORD
    word = LEADING_WORD.match(pattern)
    if word:
        return re.compile(re.escape(word.group(1)), re.IGNORECASE)
    return None


def _faster(pattern: str) -> str:
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


class Detector:
    def __init__(self, nlp, matcher):
        data = family_data("pitch")
        self.domains = tuple(d.lower() for d in data["scheduling_domains"])
        self.patterns: list[tuple[str, re.Pattern, re.Pattern | None]] = []
        for rule in data["rule"]:
            if rule.get("phrases"):
                add_phrases(nlp, matcher, rule["code"], rule["phrases"])
            for pattern in rule.get("patterns", ()):
                compiled = re.compile(_faster(pattern), re.IGNORECASE)
                self.patterns.append((rule["code"], compiled, _guard(pattern, True)))
            for pattern in rule.get("patterns_case_sensitive", ()):
                self.patterns.append((rule["code"], re.compile(_faster(pattern)), _guard(pattern, False)))
        self.codes = [rule["code"] for rule in data["rule"] if rule.get("phrases")]
        self.owned = [
            (rule["code"], set(rule["owned_heads"]), set(rule["owned_nouns"]))
            for rule in data["rule"]
            if rule.get("owned_heads")
        ]

    def detect(self, ctx: Context) -> list[Hit]:
        hits = []
        for code in self.codes:
            hits += ctx.phrase_hits(code)
        for code, heads, nouns in self.owned:
            hits += ctx.lookahead_hits(heads, nouns, code)
        text = ctx.text
        urls = ctx.urls
        passed: dict[re.Pattern, bool] = {}
        for code, pattern, guard in self.patterns:
            if guard is not None:
                if guard not in passed:
                    passed[guard] = guard.search(text) is not None
                if not passed[guard]:
                    continue
            for match in pattern.finditer(text):
                # "15min" inside a booking link is the link's business, not a second finding.
                if not any(s <= match.start() and match.end() <= e for s, e in urls):
                    hits.append(Hit(code, match.start(), match.end(), {"phrase": match.group()}))
        for start, end in urls:
            if any(d in text[start:end].lower() for d in self.domains):
                hits.append(Hit("PIT002", start, end, {"phrase": text[start:end]}))
        return _dedupe(hits)


def _dedupe(hits: list[Hit]) -> list[Hit]:
    """One hit per code and overlapping span: a phrase and a pattern may find the same words."""
    by_code: dict[str, list[Hit]] = {}
    for hit in hits:
        by_code.setdefault(hit.code, []).append(hit)
    return [h for code in sorted(by_code) for h in longest_first(by_code[code], lambda h: (h.start, h.end))]
