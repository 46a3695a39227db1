"""Notes to lifeguards, swim teachers and pool managers, and from those who sell or recruit for
them: something done together in the same group or event, a role by its title being recruited for,
and a budget asked about. Every note here was written for these tests; each holds with the rules
alone."""

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "Hi Ana, we swam in the same relay at the county championships.",
        "Hi Ana, we camped on the same pitch at Glastonbury.",
    ],
)
def test_something_done_together_in_the_same_group_is_a_shared_past(rules_only, text):
    report = rules_only.analyze(text)
    assert "SPC102" in report.all_codes(), report.all_codes()
    assert report.label == "personalized", report.reason


@pytest.mark.parametrize(
    "text", ["Hi Ana, we worked in the same industry for years.", "Hi Ana, we started at the same time."]
)
def test_a_field_or_a_time_in_common_is_no_shared_past(rules_only, text):
    assert "SPC102" not in rules_only.analyze(text).all_codes()


def test_a_role_by_its_title_being_recruited_for_is_a_blast(rules_only):
    report = rules_only.analyze(
        "Hi Ana, we're recruiting a Pool Operations Manager for our Leeds site. Interested?"
    )
    assert "PIT007" in report.all_codes(), report.all_codes()
    assert report.label == "sales", report.reason


def test_their_budget_asked_about_is_a_probe(rules_only):
    report = rules_only.analyze("Hi Ana, do you have budget for new pool covers this year?")
    assert "PIT012" in report.all_codes(), report.all_codes()
