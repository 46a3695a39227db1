"""Notes between founders, investors and those who sell to them: the sender's milestones and things
the recipient judged are no offer; a clientele's outcome with the sender's product, a trial asked
about and a wealth team offered after an exit are. Every note here was written for these tests;
each holds with the rules alone."""

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "Hi Ade, your sales workshop at Tech Nation worked - we closed our first five customers in May.",
        "Hi Ade, at the Leeds demo day you told me our pricing page was far too long. You were right!",
    ],
)
def test_the_senders_milestone_or_their_thing_judged_is_no_offer(analyzer, text):
    report = analyzer.analyze(text)
    assert "PIT016" not in report.all_codes(), report.all_codes()
    assert report.label == "personalized", report.reason


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Hi Ade, law firms are cutting intake time in half with our chatbot.", "PIT016"),
        ("Hi Ade, we make grant-writing software for charities. Interested in a trial?", "PIT004"),
        ("Hi Ade, congratulations on the exit! Our wealth team works with founders after a sale.", "PIT016"),
    ],
)
def test_what_sellers_to_founders_say_is_a_pitch(analyzer, text, code):
    report = analyzer.analyze(text)
    assert code in report.all_codes(), report.all_codes()
    assert report.label == "sales", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Hi Ade, your talk at SaaStock on annual plans stuck with me - we just hit £30k MRR last week.",
        "Hi Ade, after your Leeds workshop we rewrote our sales deck around the customer's problem.",
    ],
)
def test_a_figure_the_sender_reached_or_their_own_thing_reworked_is_no_offer(analyzer, text):
    report = analyzer.analyze(text)
    assert not {"PIT004", "PIT016"} & report.all_codes(), report.all_codes()
    assert report.label == "personalized", report.reason


def test_a_figure_a_clientele_reached_is_still_a_sellers_claim(analyzer):
    report = analyzer.analyze(
        "Hi Ade, I'm a growth consultant who helped 3 startups hit $1M ARR. One slot left."
    )
    assert report.label == "sales", report.reason


def test_the_senders_pricing_as_the_recipient_judged_it_is_no_offer(analyzer):
    report = analyzer.analyze(
        "Hi, Tom here - at the Leeds demo day you told me our pricing was far too complicated."
    )
    assert "PIT004" not in report.all_codes(), report.all_codes()
