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


LATER_STEPS = [
    (
        "Hi Milan, we recently finished a project for a company in your sector: in three weeks we cut their "
        "cleaning complaints by 40%. Do you see a similar challenge at Schoon & Co?",
        "PIT003",
    ),
    (
        "Cześć Milan, niedawno skończyliśmy projekt dla firmy z sektora sprzątania. Czy widzisz podobne "
        "wyzwanie w Schoon & Co?",
        "PIT012",
    ),
    (
        "Hi Milan, I'm closing this thread so as not to be pushy. Here's a useful resource for cleaning "
        "firms: https://rota-guide.example/cleaning. If things change, you know where to find me.",
        "PIT004",
    ),
    (
        "Bonjour Milan, suite à mon email concernant l'audit de vos plannings, avez-vous pu y jeter un œil ?",
        "PIT015",
    ),
    (
        "Cześć Milan, sprawdzam czy oferta dotarła. Masz pytania co do zakresu lub wyceny?",
        "PIT004",
    ),
    (
        "Bonjour Milan, avant : 12 plaintes par mois. Après : 3. Ce qui a changé : un planning partagé. "
        "Curieux d'en savoir plus ?",
        "PIT013",
    ),
    ("Bonjour Milan, nos capteurs réduisent la casse de 20 %. Un échange rapide cette semaine ?", "PIT001"),
]


@pytest.mark.parametrize("text, code", LATER_STEPS)
def test_follow_ups_breakups_and_records_are_pitches(analyzer, text, code):
    report = analyzer.analyze(text)
    assert code in report.all_codes(), report.all_codes()
    assert report.label == "sales", (report.reason, report.all_codes())


@pytest.mark.parametrize(
    "text",
    [
        "Hi Milan, congrats on the move to Ghent! If you ever need a hand with the boxes, you know where to "
        "find me.",
        "Hi Milan, your piece on rota fairness for night cleaners was brilliant and I'm curious to know more "
        "about the pilot.",
    ],
)
def test_a_friends_help_or_curiosity_is_no_pitch(analyzer, text):
    report = analyzer.analyze(text)
    codes = report.all_codes()
    assert "PIT008" not in codes and "PIT013" not in codes, codes
    assert report.label != "sales", report.reason
