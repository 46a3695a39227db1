"""Referees, umpires and match officials, and those who sell to them. Every note here was written for
these tests."""

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "Hi Gareth, great match at Moss Lane even if you did book me in the first half! Pint soon?",
        "Hi Gareth, you booked me twice in the derby and both were fair. Respect.",
        "Hi Gareth, you visited us at the allotment last summer - the kids still talk about it.",
    ],
)
def test_a_deed_done_to_the_sender_is_a_shared_past(rules_only, text):
    report = rules_only.analyze(text)
    assert "SPC102" in report.all_codes(), report.signals
    assert report.label == "personalized", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Hi Gareth, you booked a demo with me last month - hope the trial went well.",
        "I wondered if you booked us for the May tournament yet?",
    ],
)
def test_a_booking_on_the_platform_or_asked_after_is_no_shared_past(rules_only, text):
    report = rules_only.analyze(text)
    assert "SPC102" not in report.all_codes(), report.signals


def test_thanks_for_a_deed_at_the_time_of_the_senders_need(rules_only):
    report = rules_only.analyze(
        "Hi Gareth, thanks for running the line when our assistant went down with flu at the county cup."
    )
    assert "SPC102" in report.all_codes(), report.signals
    assert report.label == "personalized", report.reason


def test_thanks_for_a_platform_step_at_any_time_is_none(rules_only):
    report = rules_only.analyze("Hi Gareth, thanks for connecting when my request came through.")
    assert "SPC102" not in report.all_codes(), report.signals


def test_a_dutch_deed_with_a_strong_past_tense(rules_only):
    report = rules_only.analyze(
        "Hoi Gareth, jij floot vorig seizoen de finale van ons jeugdteam en nam de tijd voor de kinderen."
    )
    assert "SPC102" in report.all_codes(), report.signals
    assert report.label == "personalized", report.reason
