"""Notes from sports clubs, gyms and coaches, and from those who sell to them: a club's software shown
helping clubs, a trial account offered in German, the sender's clients held up in French, Spanish
and Italian. Every note here was written for these tests."""

import pytest


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (
            "Thanks for connecting, Dee! Happy to show you how Kitbag's fixtures planner is helping "
            "junior football clubs fill every pitch slot.",
            "PIT016",
        ),
        (
            "Guten Tag Frau Lenz, Vereinsbuchhaltung ohne Papierkram. Darf ich Ihnen einen Testzugang "
            "einrichten?",
            "PIT004",
        ),
        ("Bonjour Inès, nos cabinets clients ont réduit leurs impayés de moitié. Un appel jeudi ?", "PIT003"),
        ("Hola Marta, nuestros centros clientes llenan sus clases de tarde. ¿Te cuento?", "PIT003"),
        ("Ciao Sara, i nostri clienti risparmiano sei ore a settimana. Ti va una call?", "PIT003"),
    ],
)
def test_selling_to_clubs_and_gyms_is_sales(analyzer, text, code):
    report = analyzer.analyze(text)
    assert code in report.all_codes(), report.all_codes()
    assert report.label == "sales", report.reason


def test_their_clinic_for_my_daughter_is_no_offer(analyzer):
    report = analyzer.analyze(
        "Bonjour Paul, merci pour le stage de tennis à Lyon en juillet : nos enfants en parlent encore !"
    )
    assert "PIT003" not in report.all_codes(), report.all_codes()
    assert report.label == "personalized", report.reason
