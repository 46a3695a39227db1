"""Messages sent once an invitation is accepted that fit anyone: a door left open to talk, the
sender's own openness, synergy as a value, pieces not made yet, a profile that "resonated", and the
greetings they open with. Every note here was written for these tests."""

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "Hi Joss, thanks for accepting! If you ever want to bounce ideas around, just message me.\n\nBest,\nKit",
        "Hi Joss, thanks for connecting! I'm always open to exploring mutual synergies. Have a great week!",
        "Hi Joss, thanks for the connect. I am always open to exploring ways to support one another.",
        "Hi Joss, thanks for connecting! I'd love to keep up with your future posts.",
        "Hi Joss, thanks for adding me! Your background resonated with me and I wanted to connect.",
        "Hi Joss, thanks for connecting! If you ever want to chat about the industry, my inbox is open.",
    ],
)
def test_an_open_door_after_accepting_is_generic(rules_only, text):
    report = rules_only.analyze(text)
    assert report.label == "default", (report.reason, report.all_codes())


@pytest.mark.parametrize(
    "text, code",
    [
        ("Hi Joss, I see real synergies between our platforms. Open to a call?", "PIT015"),
        ("Hi Joss, if you ever want a destination wedding planned, we do those.", "PIT012"),
        ("Hi Joss, are you open to exploring a Head of Data role in Leeds?", "PIT007"),
    ],
)
def test_a_sellers_synergy_need_or_role_still_reads(rules_only, text, code):
    assert code in rules_only.analyze(text).all_codes()


@pytest.mark.parametrize(
    "text",
    [
        "Greetings Joss, thank you for connecting!",
        "Hello there Joss, many thanks for accepting my request!",
        "Hey there Joss, thanks for adding me as a connection!",
    ],
)
def test_a_greeting_with_there_or_greetings_names_the_recipient(rules_only, text):
    report = rules_only.analyze(text)
    named = [s for s in report.signals if s["code"] == "SPC104"]
    assert named and named[0]["text"] == "Joss", report.signals
    assert "SPC103" not in report.all_codes()


@pytest.mark.parametrize("text", ["Greetings from Lagos, everyone!", "Hi from Lagos!", "Hi there, thanks!"])
def test_a_greeting_from_a_place_names_nobody(rules_only, text):
    assert "SPC104" not in rules_only.analyze(text).all_codes()
