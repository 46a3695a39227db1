"""Boatyards, marinas and sailing schools: a job advert's "full training given", buyers like them held
up for a result, a trial arranged, and an installer's trade for a clientele. Every note here was
written for these tests."""

import pytest


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Hi Cal, we need a boatyard hand in Poole - full training given. Interested?", "PIT007"),
        (
            "Hi Cal, our hull sensors spot osmosis early - boatyards like yours save thousands. Chat?",
            "PIT003",
        ),
        ("Hi Cal, our mooring app is new this season. Shall we arrange a trial at your marina?", "PIT004"),
        ("Hi Cal, we install pontoon lighting and CCTV for marinas across the south coast.", "PIT003"),
    ],
)
def test_an_advert_a_result_held_up_a_trial_and_an_installers_trade_are_a_pitch(rules_only, text, code):
    report = rules_only.analyze(text)
    assert code in report.all_codes(), report.all_codes()
    assert report.label == "sales", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Hi Cal, I'm applying to the sailing school - would you consider applying too? We could go together!",
        "Hi Cal, we fit the new bunting for our harbour festival every year - come along!",
    ],
)
def test_a_fellow_applicant_or_bunting_for_our_own_festival_is_no_pitch(rules_only, text):
    assert {"PIT003", "PIT007"}.isdisjoint(rules_only.analyze(text).all_codes())
