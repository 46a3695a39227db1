"""Notes from police, fire, ambulance, rescue and the forces, and from those who sell to them: a crew
or brigade of theirs that did something for the sender's own, in English and German; "you were the
one who…" in Spanish; a Dutch strong past with the sender's own further on; thanks for what they do
in general, in Swedish; a clientele using the sender's product, a pilot, a unit to try and a
proposal sent. Every note here was written for these tests; each holds with the rules alone."""

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "Hi Ade, your crew towed my uncle's narrowboat off the weir at Bath in March.",
        "Hallo Ade, eure freiwillige Feuerwehr hat im Mai den Garten meiner Oma in Lohr leergepumpt.",
        "Hola Ade, fuiste la bombera que sacó a mi perro del incendio de Cuenca.",
        "Hoi Ade, jij gaf de reanimatiecursus op het werk van mijn vrouw in Apeldoorn.",
    ],
)
def test_a_deed_for_the_senders_own_is_a_shared_past(analyzer, text):
    report = analyzer.analyze(text)
    assert "SPC102" in report.all_codes(), report.all_codes()
    assert report.label == "personalized", report.reason


def test_thanks_for_what_they_do_in_general_is_a_formula_in_swedish(analyzer):
    report = analyzer.analyze("Hej Ade, tack för att du gör ett så viktigt jobb. Kul att ha kontakt!")
    assert "SPC102" not in report.all_codes(), report.all_codes()
    assert report.label == "default", report.reason


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Hi Ade, fire services are using our drone kits to map wildfires.", "PIT016"),
        ("Hi Ade, our smoke hoods save lives. Would your station be open to a pilot?", "PIT004"),
        ("Hi Ade, our rescue harnesses are built for mountain teams. Can I send you one to try?", "PIT004"),
        ("Olá Ade, a nossa empresa faz manutenção de viaturas. Posso enviar-lhe uma proposta?", "PIT004"),
    ],
)
def test_what_sellers_to_emergency_services_say_is_a_pitch(analyzer, text, code):
    report = analyzer.analyze(text)
    assert code in report.all_codes(), report.all_codes()
    assert report.label == "sales", report.reason


def test_the_senders_own_teams_using_their_tools_are_no_clientele(analyzer):
    report = analyzer.analyze("Hi Ade, our teams use our own radios on the hill, but yours look better.")
    assert "PIT016" not in report.all_codes(), report.all_codes()
