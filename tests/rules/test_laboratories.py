"""Laboratory technicians and research support: a deed whose purpose reaches the sender's own ("to
rerun my samples"), and a maker's turnaround and capabilities sheet held out. Every note here was
written for these tests."""

import pytest


def test_a_deed_whose_purpose_reaches_the_senders_own_is_shared_context(rules_only):
    report = rules_only.analyze(
        "Hi Ros, you came in on a Sunday at the Crick institute to thaw our cell lines after the freezer "
        "alarm went off. We lost nothing."
    )
    assert "SPC102" in report.all_codes(), report.signals
    assert report.label == "personalized", report.reason


def test_going_somewhere_to_study_is_no_deed_for_the_sender(rules_only):
    report = rules_only.analyze("Hi Ros, you went to Cambridge to study and I admire that. Let's connect.")
    assert "SPC102" not in report.all_codes(), report.signals


@pytest.mark.parametrize(
    "text",
    [
        "Hi Ros, we machine custom cuvette holders with a three-day turnaround. Interested?",
        "Hi Ros, we build bespoke lab furniture. Can I send you our capabilities sheet?",
    ],
)
def test_a_turnaround_or_a_capabilities_sheet_is_an_offer(rules_only, text):
    assert "PIT004" in rules_only.analyze(text).all_codes()
