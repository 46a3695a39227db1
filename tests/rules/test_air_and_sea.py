"""Notes from airlines, airports, ships and ports, and from those who sell to them: a piece of their
work told by what it does, a field of work that is no promise, a crew of theirs that did something
for the sender in Spanish, and a public conversation joined, which is no shared past. Every note here
was written for these tests; each holds with the rules alone."""

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "Hi Ade, your post unpacking why ferry fares to Orkney doubled this summer was brilliant.",
        "Hi Ade, your video walking through a Dash 8 pre-flight check is the best I've found.",
    ],
)
def test_a_piece_of_their_work_told_by_what_it_does_is_their_work(analyzer, text):
    report = analyzer.analyze(text)
    assert "SPC101" in report.all_codes(), report.all_codes()
    assert report.label == "personalized", report.reason


def test_a_field_of_work_is_no_promise(analyzer):
    report = analyzer.analyze(
        "Hi Ade, I'm a maths student - how did you get into revenue management at an airline?"
    )
    assert "PIT010" not in report.all_codes(), report.all_codes()
    assert report.label != "sales", report.reason


def test_a_crew_of_theirs_that_helped_the_sender_in_spanish_is_a_shared_past(analyzer):
    report = analyzer.analyze("Hola Ade, tu brigada nos sacó del barro en la carretera de Teruel en enero.")
    assert "SPC102" in report.all_codes(), report.all_codes()
    assert report.label == "personalized", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Hi Ade, aviation is changing fast and I'd love to join the conversation.",
        "Hi Ade, drones are everywhere now and I want in on the conversation.",
    ],
)
def test_a_public_conversation_joined_is_no_shared_past(analyzer, text):
    report = analyzer.analyze(text)
    assert "SPC102" not in report.all_codes(), report.all_codes()
