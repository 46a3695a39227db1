"""Shapes from outreach kits' connection templates: a project held out unnamed, and a reason about
people like the recipient. Every note here was written for these tests."""

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "Hi Wren, your time at Halden Labs stands out. I'm working on something that might interest you. "
        "Happy to share more once we're connected.",
        "Hi Wren, I'm building something that may interest you - can I send you the details?",
    ],
)
def test_a_project_held_out_unnamed_is_a_pitch(rules_only, text):
    report = rules_only.analyze(text)
    assert "PIT019" in report.all_codes(), report.signals
    assert report.label == "sales", report.reason


def test_a_project_named_after_the_teaser_is_none(rules_only):
    report = rules_only.analyze(
        "Hi Wren, I'm working on something that might interest you: a history of the Ouseburn mill "
        "where your grandad worked."
    )
    assert "PIT019" not in report.all_codes(), report.signals


@pytest.mark.parametrize(
    "text",
    [
        "Hi Wren, your work at Halden caught my eye. I'm exploring how founders like you think about hiring.",
        "Hi Wren, I'm researching how people like yourself use budgeting apps. Would love to connect.",
    ],
)
def test_a_reason_about_people_like_them_fits_anyone(rules_only, text):
    report = rules_only.analyze(text)
    assert "SPC105" not in report.all_codes(), report.signals
    assert report.label == "default", report.reason
