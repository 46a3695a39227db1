"""Notes to and from people who answer the phone and the chat: what they sorted out for the
sender's own, said in German and Italian with the participles those languages use, and what is
sold to their teams. Every note here was written for these tests."""

import pytest


@pytest.mark.parametrize(
    "text",
    [
        # German participles without "ge-": "verlängert", "entsperrt", "erstattet".
        "Guten Tag Herr Lenz, Sie haben den Vertrag meiner Oma noch am Freitag verlängert, damit sie "
        "über Weihnachten Internet hatte. Danke!",
        "Hallo Jana, du hast am Telefon das Konto meines Vaters entsperrt, als er im Urlaub war.",
        # Italian participles that end in "-olto", "-elto", "-erto", and "tu" after the verb.
        "Ciao Marta, hai risolto tu il guasto alla caldaia di mia nonna prima di Natale. Grazie!",
        "Ciao Marta, hai scelto il racconto di mia figlia per l'antologia della biblioteca.",
        "Ciao Marta, hai offerto un passaggio a mia madre quando il treno è stato cancellato.",
    ],
)
def test_a_deed_for_the_senders_own_with_these_participles_is_a_shared_past(analyzer, text):
    report = analyzer.analyze(text)
    assert "SPC102" in report.all_codes(), report.all_codes()
    assert report.label == "personalized", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Guten Tag Herr Lenz, ich hoffe, Sie haben meine Unterlagen inzwischen bekommen.",
        "Ciao Marta, hai risposto al mio messaggio in un lampo, grazie!",
    ],
)
def test_what_they_received_or_answered_is_no_deed(analyzer, text):
    assert "SPC102" not in analyzer.analyze(text).all_codes()


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Hi Tom, we're a Lagos-based BPO with 200 agents ready for your overflow calls.", "PIT003"),
        (
            "Hi Tom, I'm a freelance copywriter - I can rewrite your help centre in a month. Interested in a "
            "proposal?",
            "PIT004",
        ),
        ("Hi Tom, I'm a bookkeeper available on an hourly basis for small charities.", "PIT004"),
    ],
)
def test_an_outsourcer_a_proposal_asked_about_and_hourly_billing_are_a_pitch(analyzer, text, code):
    report = analyzer.analyze(text)
    assert code in report.all_codes(), report.all_codes()
    assert report.label == "sales", report.reason


def test_a_proposal_for_a_talk_asked_about_is_no_offer(analyzer):
    report = analyzer.analyze("Hi Tom, would you be interested in a proposal for a talk at our CX meetup?")
    assert "PIT004" not in report.all_codes(), report.all_codes()
