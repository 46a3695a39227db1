"""From community and local radio (held-out round CCCCCCCCCC's misses with the rules alone, in new
words): a deed whose reach to the sender's own family is told in the next sentence, and a practice
of their business asked with "currently". Every note here was written for these tests; each holds
with the rules alone."""

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "Hi Tam, you read the school-closure list every snowy morning last winter. My kids waited for it.",
        "Hi Tam, you kept the café open as a warm space through January. Our dad went every day.",
    ],
)
def test_a_deed_that_reached_the_senders_family_told_in_the_next_sentence_is_shared(rules_only, text):
    report = rules_only.analyze(text)
    assert "SPC102" in report.all_codes(), report.all_codes()
    assert report.label == "personalized", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Hi Tam, you posted about the new bus timetable. My team builds timetable apps - want a demo?",
        "Hi Tam, you viewed my profile yesterday. My son said I should say hello.",
    ],
)
def test_a_team_or_a_platform_step_before_the_senders_family_is_no_deed(rules_only, text):
    report = rules_only.analyze(text)
    assert not any(s["code"] == "SPC102" for s in report.signals), report.signals


def test_a_practice_of_their_business_asked_with_currently_is_a_probe(rules_only):
    report = rules_only.analyze(
        "Hi Tam, how are you currently counting your footfall? Our sensors do it by the hour - fancy a demo?"
    )
    assert "PIT012" in report.all_codes(), report.all_codes()
    assert report.label == "sales", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Hi Tam, how are you currently feeling after the half marathon? Hope the knees held up!",
        "Hi Tam, how are you currently finding your new job at the council?",
    ],
)
def test_how_they_are_feeling_or_finding_a_new_job_is_no_probe(rules_only, text):
    report = rules_only.analyze(text)
    assert "PIT012" not in report.all_codes(), report.all_codes()
