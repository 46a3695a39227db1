"""An offer word that is part of a name ("Ms. Price", "the Royal Free") is the name; the same word
in an offer, title case included, is still an offer. Every note here was written for these tests."""

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "Hi Ms. Price, I'd like to connect.",
        "Hello, I'm a staff nurse at the Royal Free and would like to connect with colleagues.",
        "Hi Tom, I work with Sam Cheap on the Ocado warehouse team. Let's connect.",
        "Hi, I studied at the Free University of Berlin and now teach there. Let's connect.",
    ],
)
def test_an_offer_word_inside_a_name_is_not_an_offer(analyzer, text):
    report = analyzer.analyze(text)
    assert "PIT004" not in report.all_codes()
    assert report.label == "default", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Hi Ana, Claim Your Free Trial of our rota app today.",
        "Free trial for your whole team this month!",
        "Hi Ana, our Free plan covers three users.",
    ],
)
def test_the_same_word_in_an_offer_still_is_one(analyzer, text):
    report = analyzer.analyze(text)
    assert "PIT004" in report.all_codes()
    assert report.label == "sales", report.reason
