"""A school both went to is a tie to its thousands of alumni unless a year or a class inside it is
named; what someone campaigned for is nobody's offer."""

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "Hi Wen, looks like we went to the same college. Happy to connect!",
        "Hello Arjun, graduates of the same law school should know each other. Let's connect.",
    ],
)
def test_the_same_school_unnamed_and_undated_fits_thousands(analyzer, text):
    report = analyzer.analyze(text)
    assert "SPC102" not in report.all_codes(), report.signals
    assert report.label == "default", report.reason


def test_the_same_school_with_a_class_inside_it_named_is_a_cohort(analyzer):
    text = (
        "Hi Wen, we were at the same secondary school in Hull - Mr Okafor's form! Lovely to see you're a "
        "vet now."
    )
    report = analyzer.analyze(text)
    assert "SPC102" in report.all_codes(), report.signals
    assert report.label == "personalized", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Hi Dev, your campaign for free school meals in Oldham made a real difference to our street.",
        "Hi Dev, you fought for free parking for hospital night staff - thank you from a ward nurse.",
    ],
)
def test_what_someone_campaigned_for_is_no_offer(analyzer, text):
    assert "PIT004" not in analyzer.analyze(text).all_codes()


@pytest.mark.parametrize(
    "text",
    [
        "Hi Dev, join our campaign for free today and get three warm leads a week.",
        "Hi Dev, our loyalty campaign gives new members a month for free.",
    ],
)
def test_a_campaign_that_gives_something_for_free_is_still_an_offer(analyzer, text):
    assert "PIT004" in analyzer.analyze(text).all_codes()
