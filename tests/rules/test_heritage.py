"""Notes from museums, libraries, archives and heritage, and from those who sell to them: a deed told
in the Dutch simple past, institutions as buyers, rates sent, a product's verb in Norwegian and
Swedish, a catalogue offered in German and the Nordic "would you like to see". Every note here was
written for these tests; each holds with the rules alone."""

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "Hoi Femke, je liet mijn zoon achter de schermen van het Rijksmuseum kijken tijdens de kinderdag.",
        "Hoi Femke, jij hielp ons met de subsidieaanvraag voor het dorpsarchief in Drenthe, dank nog!",
    ],
)
def test_a_deed_in_the_dutch_simple_past_is_a_shared_past(analyzer, text):
    report = analyzer.analyze(text)
    assert "SPC102" in report.all_codes(), report.all_codes()
    assert report.label == "personalized", report.reason


def test_a_compliment_on_the_senders_profile_in_dutch_is_no_shared_past(analyzer):
    report = analyzer.analyze("Hoi Femke, je gaf me een compliment over mijn profiel, leuk!")
    assert "SPC102" not in report.all_codes(), report.all_codes()


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (
            "Hi Femke, we build audio-guide apps for museums - visitors stay 20% longer. Can I send a demo?",
            "PIT003",
        ),
        (
            "Hallo Femke, wir entwickeln Leseförderspiele für Bibliotheken. Darf ich Ihnen unseren "
            "Katalog senden?",
            "PIT003",
        ),
        (
            "Hola Femke, alquilamos vitrinas climatizadas para exposiciones temporales. ¿Te envío tarifas?",
            "PIT004",
        ),
        (
            "Hei Femke, våre sensorer overvåker fuktigheten i magasinet døgnet rundt. Vil du se en demo?",
            "PIT016",
        ),
    ],
)
def test_institutions_as_buyers_rates_and_products_in_other_languages_are_sales(analyzer, text, code):
    report = analyzer.analyze(text)
    assert code in report.all_codes(), report.all_codes()
    assert report.label == "sales", report.reason
