"""Case-blind patterns run on the note's lower case, led by their word: they must find exactly what
the patterns as written find, for the pitch detector's patterns (tests/rules/test_pitch_patterns.py)
and for the word-guarded patterns of the other detectors (here)."""

import json
import re
import sys
from pathlib import Path

import pytest

from inviteslint.rules.base import family_data
from inviteslint.rules.casefold import CASE_ODD, lead_moved, lower_form, reads_as_written
from inviteslint.rules.guards import Guards

CORPUS = Path(__file__).resolve().parents[2] / "corpora"
TEXTS = [
    json.loads(line)["text"]
    for name in ("invites.jsonl", "tryouts.jsonl")
    for line in (CORPUS / name).read_text(encoding="utf-8").splitlines()
]


def test_lower_forms_lead_with_the_word_so_the_regex_engine_can_skip_to_it():
    assert lower_form(r"\bour\s+(?:tool|app)s?\b") == r"our(?<!\wour)\s+(?:tool|app)s?\b"
    # The lookbehinds before the word look back from its end, the word added.
    assert lower_form(r"(?<!\bthe )\b(?:delivery|shipping)\s+in\b") == (
        r"(?:delivery(?<!\wdelivery)(?<!\bthe delivery)|shipping(?<!\wshipping)(?<!\bthe shipping))\s+in\b"
    )
    # No word to lead with: the pattern as it is.
    assert lower_form(r"\b\d{1,2}\s?%") == r"\b\d{1,2}\s?%"
    # Upper case, or flags of the pattern's own, keep it case-blind.
    assert lower_form(r"\blooking for (?-i:[A-Z]\w+)") is None
    assert lower_form(r"\bHi\b") is None


def test_case_sensitive_patterns_lead_with_their_words_as_written():
    assert lead_moved(r"\b(?:With|with)\s+[A-Z]\w+") == r"(?:With(?<!\wWith)|with(?<!\wwith))\s+[A-Z]\w+"
    assert lead_moved(r"\bbeen working with [A-Z]") == r"been(?<!\wbeen) working with [A-Z]"
    # A lead the regex engine could not skip to is left alone.
    assert lead_moved(r"(?<=\bI )run [A-Z]") == r"(?<=\bI )run [A-Z]"
    assert lead_moved(r"\b[A-Z]{2,}\b") == r"\b[A-Z]{2,}\b"


def test_notes_with_a_letter_a_case_blind_regex_reads_as_another_are_not_searched_in_lower_case():
    guards = Guards()
    guards.add("PIT003", r"\bwe\s+turn\s+\w+\s+into\b", True)
    guards.freeze()
    # Lower case keeps "ı" (dotless i); the case-blind regex reads it as "i".
    text = "we turn reports ınto videos"
    assert not reads_as_written(text, text.lower())
    assert [code for code, *_ in guards.found(text, text.lower())] == ["PIT003"]
    # "İ" lowers to two characters: the spans would not line up.
    assert not reads_as_written("İstanbul", "İstanbul".lower())


def test_the_odd_letters_are_every_lower_case_letter_whose_capital_lowers_to_another():
    odd = {
        c
        for c in map(chr, range(0x80, sys.maxunicode + 1))
        if not 0xD800 <= ord(c) <= 0xDFFF
        and c.lower() == c
        and len(c.upper()) == 1
        and c.upper().lower() != c
    }
    assert odd == set(CASE_ODD)


def _guarded_entries() -> list[str]:
    spec, claims = family_data("specificity"), family_data("claims")
    german_time = spec["german_past_time"]
    entries = spec["work_patterns"] + spec["interaction_other"] + spec["shared_patterns"]
    entries += [entry for kind in claims["claim_patterns"].values() for entry in kind]
    return [entry["pattern"].replace("<GERMAN_TIME>", german_time) for entry in entries]


PATTERNS = _guarded_entries()


@pytest.mark.parametrize("pattern", PATTERNS, ids=[p[:60] for p in PATTERNS])
def test_word_guarded_patterns_find_the_same_in_lower_case(pattern):
    lowered = lower_form(pattern)
    if lowered is None:
        return
    written, fast = re.compile(pattern, re.IGNORECASE), re.compile(lowered)
    for text in TEXTS:
        expected = [m.span() for m in written.finditer(text)]
        # The note, and the note with its first match glued to a letter before it.
        glued = [text[: expected[0][0]] + "x" + text[expected[0][0] :]] if expected else []
        for note in [text, *glued]:
            if reads_as_written(note, note.lower()):
                assert [m.span() for m in fast.finditer(note.lower())] == [
                    m.span() for m in written.finditer(note)
                ], note
