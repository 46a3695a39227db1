"""Notes typed in a hurry, with typos and no accents: the signals that survive them. Every note here
was written for these tests."""

import pytest


def test_a_staffing_firms_people_ready_to_start_are_an_offer(rules_only):
    report = rules_only.analyze(
        "Hi Ines, are you hirng? We have experianced developers ready to start next week."
    )
    assert "PIT003" in report.all_codes(), report.signals
    assert report.label == "sales", report.reason


def test_a_job_seeker_ready_to_start_is_no_offer(rules_only):
    report = rules_only.analyze("Hi Ines, I'm a nurse ready to start in January - are there any openings?")
    assert "PIT003" not in report.all_codes(), report.signals


@pytest.mark.parametrize(
    "text",
    [
        "Hoi Ines, weet je nog dat we samen de kerstmarkt organiseerden in Delft? Wat een chaos was dat!",
        "Hoi Ines, wat leuk dat wij samen in het jeugdorkest speelden, jij op viool en ik op cello.",
    ],
)
def test_a_dutch_clause_with_the_verb_last_is_a_shared_past(rules_only, text):
    report = rules_only.analyze(text)
    assert "SPC102" in report.all_codes(), report.signals
    assert report.label == "personalized", report.reason


def test_others_together_in_dutch_are_none(rules_only):
    report = rules_only.analyze("Hoi Ines, jullie samen deden het heel goed op de beurs.")
    assert "SPC102" not in report.all_codes(), report.signals
