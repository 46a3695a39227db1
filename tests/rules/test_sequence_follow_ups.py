"""Follow-ups in a sequence: greetings that sell nothing, sellers' bumps and last messages, and
promises kept after meeting. Every note here was written for these tests."""

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "Hi Petra, I haven't heard back, so I'll leave it there. If things change, our audit team is here.",
        "Hi Petra, circling back on our open day invite - seats are almost gone. Shall I save you one?",
        "Hallo Petra, wie in meiner letzten Mail: Wir prüfen Brandschutztüren. Ist das bei euch gerade "
        "ein Thema?",
        "Hej Petra, jeg følger lige op på min besked om vores rengøringsservice. Har du 15 minutter?",
    ],
)
def test_a_sellers_bump_or_last_message_sells(rules_only, text):
    report = rules_only.analyze(text)
    assert report.label == "sales", (report.reason, report.all_codes())


@pytest.mark.parametrize(
    "text",
    [
        "Hi Petra, I won't keep pinging you - just wanted to say congrats on the busy season.",
        "Hi Petra, no agenda, just saying hello. Happy new year!",
    ],
)
def test_a_greeting_in_a_sequence_sells_nothing(rules_only, text):
    report = rules_only.analyze(text)
    assert report.label == "default", (report.reason, report.all_codes())


@pytest.mark.parametrize(
    "text",
    [
        "Oi Petra, passando para agradecer de novo pela ajuda com a mudança para Campinas.",
        "Hi Petra, circling back with the photos from your leaving do at the Crown - you looked so happy.",
    ],
)
def test_thanks_again_and_photos_from_their_occasion_are_a_shared_past(rules_only, text):
    report = rules_only.analyze(text)
    assert "SPC102" in report.all_codes(), report.signals
    assert report.label == "personalized", report.reason
