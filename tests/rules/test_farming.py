"""Notes from farms, orchards, vineyards and boats, and the sellers who write to them. Every note
here was written for these tests."""

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "Hi Owen, I came to your open day at the Ludlow cider farm and now press my own apples.",
        "Ciao Elena, ho partecipato alla tua vendemmia a Barolo con mio figlio: ora vuole fare il sommelier!",
    ],
)
def test_a_day_they_opened_to_visitors_is_their_work(analyzer, text):
    report = analyzer.analyze(text)
    assert any(s["code"] == "SPC101" for s in report.signals), report.signals
    assert report.label == "personalized", report.reason


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Hola Teo, montamos invernaderos llave en mano en Almería. ¿Te paso presupuesto?", "PIT004"),
        ("Hi Rhys, our sheep handling systems halve shearing days. Can I book a farm visit?", "PIT001"),
    ],
)
def test_a_quote_or_a_sales_visit_offered_is_sales(analyzer, text, code):
    report = analyzer.analyze(text)
    assert code in report.all_codes(), report.all_codes()
    assert report.label == "sales", report.reason
