"""Time spent at a talk is no call asked for, and the sender's own wish to try an idea is no offer to
try; against an offer to try something, made to them. Every note here was written for these tests."""

import pytest


def test_time_spent_and_an_idea_to_try_are_no_pitch(analyzer):
    report = analyzer.analyze(
        "Hi Ola, your keynote at the Leeds freight summit on electric vans was the best 30 minutes of the "
        "conference. We run 12 vans in Wakefield and want to try your charging rota - how did you pick "
        "the depots?"
    )
    assert {"PIT001", "PIT013"}.isdisjoint(report.all_codes()), report.all_codes()
    assert report.label == "personalized", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Hi Ken, our rota app is free for 30 days. Want to try it?",
        "Hi Ken, I coach sales teams in Leeds. Want to try 3 free sessions?",
    ],
)
def test_something_to_try_offered_to_them_is_sales(analyzer, text):
    report = analyzer.analyze(text)
    assert "PIT013" in report.all_codes(), report.all_codes()
    assert report.label == "sales", report.reason
