"""Ties that fit anyone: a trade both have ("we're both data analysts") or a region named with
"the" ("we're both from the Netherlands"), against the same words with one place both are in.
Every note here was written for these tests."""

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "Hi Rui, we're both data analysts - always keen to connect with peers.",
        "Hi Dot, we are both clinical pharmacists. Happy to connect!",
        "Hello Bea, we are both from the Netherlands. Happy to connect!",
        "Hi Sol, we're both from the Midwest, would be great to connect.",
    ],
)
def test_a_trade_or_a_region_both_have_is_no_shared_context(analyzer, text):
    report = analyzer.analyze(text)
    assert "SPC102" not in report.all_codes(), report.all_codes()
    assert report.label == "default", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Hi Ben, we're both pharmacists at the Boots on Deansgate, I'm on the weekend shift!",
        "Hi Tom, we both work in the North West Ambulance Service - I was on the Bolton station.",
    ],
)
def test_the_same_words_with_one_place_both_are_in_are_personal(analyzer, text):
    report = analyzer.analyze(text)
    assert report.label == "personalized", report.reason
