"""The look-ahead the rules use to find a word or a phrase of several words after a match ("we
put together a <white paper>"), tested on the Context directly."""

import pytest
import spacy
from spacy.matcher import PhraseMatcher

from inviteslint import Facts
from inviteslint.rules.context import Context

TARGETS = (("white", "paper"), ("case", "study"))


@pytest.fixture(scope="module")
def nlp():
    return spacy.blank("en")


def _context(nlp, text):
    return Context.build(nlp(text), text, PhraseMatcher(nlp.vocab), Facts(), 300)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("We wrote a white paper on it.", "white paper"),
        ("We wrote a white label case study on it.", "case study"),
        ("We wrote a white, glossy white paper.", None),  # punctuation ends the look-ahead
        ("We wrote a short white and very blue white paper.", None),  # starts beyond six words
        ("We wrote a white table and a white paper.", "white paper"),
    ],
)
def test_a_phrase_of_several_words_is_found_wherever_it_starts_in_the_window(nlp, text, found):
    ctx = _context(nlp, text)
    start = text.index("wrote") + len("wrote")
    end = ctx.followed_by_words(start, TARGETS, 6)
    assert (text[end - len(found) : end] if end else None) == found
