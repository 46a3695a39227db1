"""Scams, fake profiles and off-platform moves, and the people who fight them. Every note here was
written for these tests."""

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "Hello dear, my late father left a gold deposit in Accra and I need a trustworthy foreign partner "
        "to receive it. You will get 25%.",
        "Hej Maja, vill du tjäna extra pengar hemifrån? Hör av dig så berättar jag.",
        "Cześć Maja, zarabiam 8 tys. miesięcznie z domu na inwestycjach. Chcesz wiedzieć jak?",
    ],
)
def test_schemes_in_any_language_are_sales(rules_only, text):
    report = rules_only.analyze(text)
    assert "PIT006" in report.all_codes(), report.signals
    assert report.label == "sales", report.reason


def test_a_scam_that_is_the_subject_of_their_post_is_no_scheme(rules_only):
    report = rules_only.analyze(
        "Hi Maja, we sang in the same choir at St Mary's before you moved. Saw your post about the "
        "crypto scam your dad nearly fell for - so glad he's OK."
    )
    assert "PIT006" not in report.all_codes(), report.signals
    assert report.label == "personalized", report.reason


def test_money_nearly_lost_in_a_story_is_no_price(rules_only):
    report = rules_only.analyze(
        "Hi Maja, I'm the neighbour whose grandad you stopped from sending £3,000 to a fake bank at the "
        "post office. Thank you."
    )
    assert "PIT004" not in report.all_codes(), report.signals
    assert "SPC102" in report.all_codes(), report.signals
    assert report.label == "personalized", report.reason
