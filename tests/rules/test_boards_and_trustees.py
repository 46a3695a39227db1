"""Trustees, boards, governors and governance: those who serve and those who sell to them. Every
note here was written for these tests."""

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "Hi Moira, we were trustees together at the Leith food bank when the van arrived. Hope all's well!",
        "Hoi Moira, jij was penningmeester toen ik bij de club kwam en hebt me de boekhouding geleerd.",
        "Dzień dobry Pani Marto, była Pani dyrektorką szkoły, kiedy moja córka zaczynała pierwszą klasę.",
    ],
)
def test_a_part_held_together_or_who_they_were_to_the_senders_own(rules_only, text):
    report = rules_only.analyze(text)
    assert "SPC102" in report.all_codes(), report.signals
    assert report.label == "personalized", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Hi Moira, we were hoping to work together on the merger - maybe next year.",
        "Dzień dobry, czy była Pani na naszym spotkaniu w piątek?",
    ],
)
def test_a_wish_or_a_question_is_no_shared_past(rules_only, text):
    report = rules_only.analyze(text)
    assert "SPC102" not in report.all_codes(), report.signals


def test_a_part_together_asked_after_is_no_shared_past(rules_only):
    report = rules_only.analyze("Hi Moira, I think we were in the same Scouts troop together? Let's connect!")
    assert report.label == "default", (report.reason, report.signals)
