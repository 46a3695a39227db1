"""Automatic fixes. A fix is an edit of the text tied to the finding it resolves.

Safe fixes keep the meaning of the note: they drop the platform's boilerplate and filler
sentences, normalise whitespace, shouting and exclamation runs, repair placeholder syntax, and
trim an over-long note at a sentence boundary when that drops at most a third of it. Unsafe
fixes change what the note says (drop a call-to-book sentence or a false claim, change the greeted
name, a longer trim) and are applied only on request.
Fixing repeats until nothing changes, so fixing a fixed text changes nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from . import templates as tpl
from .engine import Analyzer
from .facts import Facts
from .report import Report
from .rules.base import Finding, family_data
from .rules.context import GREETING_NAME, split_segments

MAX_ROUNDS = 8
GREETING_LEAD = re.compile(GREETING_NAME.pattern + r"\s*[,!:]?\s*", re.IGNORECASE)
SPACES = re.compile(r"[ \t]{2,}")
TRAILING = re.compile(r"[ \t]+$", re.MULTILINE)
BLANK_LINES = re.compile(r"\n{3,}")
EXCLAIM = re.compile(r"!{2,}")
WORD = re.compile(r"[^\W\d_][\w'’-]*")
# Sentences whose removal is the fix for these codes (unsafe: what the note says changes).
SENTENCE_CODES = {"PIT001", "PIT002", "PIT020", "CLM002", "CLM003"}


@dataclass(frozen=True)
class Edit:
    start: int
    end: int
    replacement: str
    code: str
    safe: bool
    title: str


@dataclass
class Fixed:
    text: str
    applied: list[Edit] = field(default_factory=list)
    suggested: list[Edit] = field(default_factory=list)


def apply(text: str, edits: list[Edit]) -> str:
    """Apply non-overlapping edits; of two overlapping edits the earlier one wins."""
    out, cursor = [], 0
    for edit in sorted(edits, key=lambda e: (e.start, e.end)):
        if edit.start < cursor:
            continue
        out.append(text[cursor : edit.start])
        out.append(edit.replacement)
        cursor = edit.end
    out.append(text[cursor:])
    return "".join(out)


def normalise(text: str) -> str:
    """Whitespace as a person would type it: single spaces, no trailing spaces, at most one blank
    line, nothing before the first or after the last word."""
    text = text.replace("\r\n", "\n")
    text = SPACES.sub(" ", text)
    text = TRAILING.sub("", text)
    text = BLANK_LINES.sub("\n\n", text)
    return text.strip()


def _segment_of(text: str, start: int, end: int) -> tuple[int, int]:
    """The line or sentence containing a span, with the spaces after it."""
    for s, e in split_segments(text):
        if s <= start < max(e, s + 1) or (s < end <= e):
            stop = e
            while stop < len(text) and text[stop] in " \t":
                stop += 1
            return s, stop
    return start, end


def _words(text: str) -> list[str]:
    return WORD.findall(text)


# Words English writes capitalised wherever they stand: "DEAL ENDS FRIDAY" becomes "Deal ends Friday".
ALWAYS_CAPITALISED = {
    "I",
    "MONDAY",
    "TUESDAY",
    "WEDNESDAY",
    "THURSDAY",
    "FRIDAY",
    "SATURDAY",
    "SUNDAY",
    "JANUARY",
    "FEBRUARY",
    "MARCH",
    "APRIL",
    "JUNE",
    "JULY",
    "AUGUST",
    "SEPTEMBER",
    "OCTOBER",
    "NOVEMBER",
    "DECEMBER",
}


def _shouting_edits(text: str, finding: Finding, acronyms: set[str]) -> list[Edit]:
    edits = []
    starts = {s for s, _ in split_segments(text)}
    for match in WORD.finditer(text, finding.start, finding.end):
        word = match.group()
        # "HOPE TO CONNECT SOON": inside a shouted run, a two-letter word is shouted too ("TO", "AT");
        # an acronym ("AI", "HR") is not.
        if len(word) < 2 or not word.isupper() or word in acronyms:
            continue
        first = match.start() in starts or text[: match.start()].rstrip().endswith((".", "!", "?"))
        fixed = word.capitalize() if first or word in ALWAYS_CAPITALISED else word.lower()
        edits.append(Edit(match.start(), match.end(), fixed, "STY001", True, "lower-case a shouted word"))
    return edits


def _trim(text: str, limit: int) -> Edit | None:
    """Drop whole sentences from the end until the note fits; cut at a word if one is too long.
    Safe while that drops at most a third of the note: a longer cut changes what it says (and a
    message checked against a note's limit would lose most of itself)."""
    if len(text) <= limit:
        return None
    keep = 0
    for _, end in split_segments(text):
        if end <= limit:
            keep = end
    if keep == 0:
        cut = text.rfind(" ", 0, limit)
        keep = cut if cut > 0 else limit
    dropped = len(text) - keep
    if dropped <= len(text) / 3:
        return Edit(keep, len(text), "", "LEN001", True, f"trim to {limit} characters at a sentence boundary")
    title = (
        f"trim to {limit} characters, dropping {dropped:,} of {len(text):,}"
        f" (a message rather than a note? --limit {int(family_data('length')['message_limit'])})"
    )
    return Edit(keep, len(text), "", "LEN001", False, title)


def draft_edits(text: str, report: Report, facts: Facts, limit: int) -> list[Edit]:
    """Edits for a draft's findings: safe ones, and unsafe ones to suggest or apply on request."""
    edits: list[Edit] = []
    acronyms = {a.upper() for a in family_data("style")["acronyms"]}
    for f in report.findings:
        # The default sentence inside a longer one ("I came across your profile and I'd like to add
        # you…"): the rest of that sentence is the writer's to keep or drop, as a false claim's is.
        if f.code in SENTENCE_CODES or (f.code == "DEF002" and f.detail.get("inside")):
            start, end = _segment_of(text, f.start, f.end)
            greeting = GREETING_LEAD.match(text, start)  # "Hi Jon, we met at ...": keep "Hi Jon, "
            if greeting and greeting.end() <= f.start:
                start = greeting.end()
            edits.append(Edit(start, end, "", f.code, False, f"drop the sentence: {f.message}"))
        elif f.code == "DEF003" or f.code == "DEF002":
            line_end = f.end
            while line_end < len(text) and text[line_end] in " \t\n":
                line_end += 1
            title = "drop the platform's boilerplate"
            edits.append(Edit(f.start, line_end, "", f.code, True, title))
        elif f.code == "DEF004":
            start, end = _segment_of(text, f.start, f.end)
            rest = len(_words(text[start:end])) - len(_words(text[f.start : f.end]))
            if rest <= 2:  # the sentence is the filler, give or take a word
                edits.append(Edit(start, end, "", f.code, True, "drop a generic filler sentence"))
        elif f.code == "STY001":
            edits += _shouting_edits(text, f, acronyms)
        elif f.code == "STY002":
            for match in EXCLAIM.finditer(text, f.start, f.end):
                edits.append(Edit(match.start(), match.end(), "!", f.code, True, "one exclamation mark"))
        elif f.code == "CLM004" and facts.to:
            first = facts.to.split()[0]
            edits.append(Edit(f.start, f.end, first, f.code, False, f"greet {first}"))
    trim = _trim(text, limit)
    if trim:
        edits.append(trim)
    return edits


def fix_draft(
    analyzer: Analyzer, text: str, facts: Facts | None = None, limit: int = 300, unsafe: bool = False
) -> Fixed:
    """Fix a draft until nothing more can be fixed; unsafe edits are returned as suggestions."""
    facts = facts or Facts()
    result = Fixed(text)
    current = normalise(text)
    # A file's one final newline is kept by whoever writes the text back: not a change.
    if current != (text[:-1] if text.endswith("\n") else text):
        result.applied.append(Edit(0, len(text), current, "whitespace", True, "normalise whitespace"))
    for _ in range(MAX_ROUNDS):
        report = analyzer.analyze(current, facts, limit)
        edits = draft_edits(current, report, facts, limit)
        chosen = [e for e in edits if e.safe or unsafe]
        if not chosen:
            result.suggested = [e for e in edits if not e.safe]
            break
        result.applied += chosen
        following = normalise(apply(current, chosen))
        if following == current:
            result.suggested = [e for e in edits if not e.safe]
            break
        current = following
    result.text = current
    return result


def template_edits(template: tpl.Template, syntax: str | None) -> list[Edit]:
    """Placeholder repairs in one template, in file offsets."""
    edits = []
    to_file = template.to_file
    message = template.message
    for p in template.placeholders:
        target = syntax or p.syntax
        rename = p.key is None and p.suggestion is not None
        if not rename and p.syntax == target:
            continue
        if rename:
            name = p.suggestion
            safe = fuzz.ratio(tpl.fold_name(p.name), tpl.fold_name(p.suggestion)) >= 85
        else:
            name, safe = p.key or p.name, True
        written = tpl.WRITTEN[target].format(name)
        code = "TPL001" if rename else "TPL003"
        title = f"write {message[p.start : p.end]} as {written}"
        edits.append(Edit(to_file(p.start), to_file(p.end, True), written, code, safe, title))
    for start, end, kind in tpl.unbalanced(message, template.placeholders):
        fragment = message[start:end]
        name = tpl.fragment_name(fragment)
        if not name:
            continue
        written = tpl.WRITTEN[syntax or kind].format(name)
        edits.append(Edit(to_file(start), to_file(end, True), written, "TPL002", True, f"close {fragment}"))
    for start, end, title in template.headings:  # already file offsets
        separator = f"--- {title}" if title else "---"
        edits.append(Edit(start, end, separator, "TPL008", False, f"start a new template: {separator}"))
    for match in EXCLAIM.finditer(message):
        edits.append(Edit(to_file(match.start()), to_file(match.end(), True), "!", "STY002", True, "one !"))
    return edits


def fix_template_file(text: str, syntax: str | None = None, unsafe: bool = False) -> Fixed:
    """Repair placeholders (and exclamation runs) in every template of a file, front matter,
    comments and layout untouched."""
    result = Fixed(text)
    current = text
    for _ in range(MAX_ROUNDS):
        parsed = tpl.parse(current)
        edits = []
        for template in parsed.templates:
            chosen_syntax = tpl.syntax_of(template, parsed.settings.get("syntax") or syntax)
            edits += template_edits(template, chosen_syntax)
        chosen = [e for e in edits if e.safe or unsafe]
        following = apply(current, chosen)
        if not chosen or following == current:
            result.suggested = [e for e in edits if not e.safe]
            break
        result.applied += chosen
        current = following
    result.text = current
    return result
