"""The steps of a sales sequence after the invitation: the mail asked after, the buyer's need asked
about "right now", the last message that takes them off the sender's list, in English, German and
Dutch; an extra income, a free strategy call and "let's talk" in German. And a friend's "did you
see my message?". Every note here was written for these tests."""

import pytest

STEPS = [
    (
        "Hey Milan, thanks for connecting! Did you get my email? Quick question: how do you currently "
        "schedule your cleaners?",
        "PIT012",
    ),
    (
        "Hey Milan, danke für die Connection! Hast du meine Mail bekommen? Kurze Frage: Wie plant ihr "
        "aktuell eure Reinigungsteams?",
        "PIT008",
    ),
    (
        "Hi Milan, I don't want to be a pest, so this is my last message: is cleaner scheduling even a "
        "topic for you right now? If not, no problem - I'll take you off my list.",
        "PIT008",
    ),
    (
        "Hallo Milan, ich möchte nicht nerven, deshalb meine letzte Nachricht: Ist Einsatzplanung "
        "aktuell überhaupt ein Thema für euch? Falls nicht, streich ich euch von meiner Liste.",
        "PIT012",
    ),
    (
        "Hoi Milan, ik wil je niet lastigvallen, maar dit is mijn laatste berichtje. Als Schoon & Co ooit "
        "hulp nodig heeft met roosters, weet je ons te vinden.",
        "PIT012",
    ),
    (
        "Hey Milan! Ich bin auf was Spannendes gestoßen und musste an dich denken. Es geht um ein "
        "Zusatzeinkommen. Hättest du 10 Minuten?",
        "PIT006",
    ),
    (
        "Hey Milan, was wäre der beste nächste Schritt? Option A: Kostenloses Strategie-Gespräch buchen. "
        "Option B: Mehr Infos per Mail.",
        "PIT004",
    ),
    ("Hi Milan, Einsatzplanung aktuell relevant für dich? Falls ja, lass uns kurz telefonieren.", "PIT001"),
]


@pytest.mark.parametrize("text, code", STEPS)
def test_a_sequences_later_steps_are_sales(analyzer, text, code):
    report = analyzer.analyze(text)
    assert code in report.all_codes(), report.all_codes()
    assert report.label == "sales", (report.reason, report.all_codes())


def test_a_friends_message_asked_after_is_no_follow_up(analyzer):
    report = analyzer.analyze(
        "Hi Milan, did you see my message about Saturday's rehearsal? The choir needs your tenor!"
    )
    assert "PIT008" not in report.all_codes(), report.all_codes()
    assert report.label != "sales", report.reason
