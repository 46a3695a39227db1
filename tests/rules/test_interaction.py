"""Something the recipient once did for the sender ("you fixed my bike") is a shared context;
what anyone does on the platform ("you viewed my profile") is not. Every note here was written for
these tests."""

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "Hi Carmen, you repaired my grandmother's clock at the Saturday market years ago and it still "
        "runs. I'm training as a watchmaker now and would love to ask how you started.",
        "Hi Olu, you interviewed me for the data role at Kinetic last autumn and your feedback on my "
        "SQL test was the most useful I got. I've since taken a course on window functions - thank you.",
        "Hi Bernd, you showed us round the brewery on the open day and answered every question about "
        "the cooling tanks. I'm writing up the visit for our homebrew club and would like to quote you.",
    ],
)
def test_something_they_did_for_the_sender_is_a_shared_context(analyzer, text):
    report = analyzer.analyze(text)
    assert "SPC102" in report.all_codes()
    assert report.label == "personalized", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Hi, you viewed my profile so I thought I'd connect.",
        "Hi there, you liked my post, let's connect!",
        "Hello, you accepted my request on the other site, so here I am too.",
    ],
)
def test_what_anyone_does_on_the_platform_is_not(analyzer, text):
    report = analyzer.analyze(text)
    assert "SPC102" not in report.all_codes()
    assert report.label == "default", report.reason


def test_thanks_for_an_introduction_is_a_shared_context(analyzer):
    report = analyzer.analyze(
        "Hi Ana, Tom from the Lisbon JS meetup here - thanks again for the intro to your CTO!"
    )
    assert "SPC102" in report.all_codes()
    assert report.label == "personalized", report.reason
