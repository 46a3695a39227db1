"""Long notes near the limit, with greetings and sign-offs: their words quoted with credit, and a
trade word as the subject of a talk told at length. Every note here was written for these tests."""

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "Hi Priya, your keynote at the Leeds data meetup was brilliant. I'm writing a primer for new "
        "analysts and would love to quote your example about the leaky bucket, with credit. Best, Jo",
        "Hi Priya, could I quote your research on tenant turnover in my dissertation? Happy to share it.",
    ],
)
def test_their_words_quoted_are_no_price_quote(rules_only, text):
    report = rules_only.analyze(text)
    assert not {"PIT003", "PIT004"} & report.all_codes(), report.signals
    assert report.label == "personalized", report.reason


def test_a_price_quote_offered_stays_an_offer(rules_only):
    report = rules_only.analyze("Hi Priya, I'm a kitchen fitter in Leeds - happy to quote for your refit.")
    assert "PIT003" in report.all_codes(), report.signals
    assert report.label == "sales", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Hi Priya, your talk at the Leeds fintech meetup on explaining fees to retail investors was the "
        "clearest I've heard. I've rewritten our members' leaflet because of it.",
        "Hi Priya, your thread about helping nurses on shift work plan for retirement helped my mum a lot.",
    ],
)
def test_a_trade_word_in_the_subject_of_their_talk_is_no_solicitation(rules_only, text):
    report = rules_only.analyze(text)
    assert "PIT005" not in report.all_codes(), report.signals
    assert report.label == "personalized", report.reason
