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
