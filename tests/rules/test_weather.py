"""From weather, water and the sea (held-out round RRRRRRR's misses with the rules alone, in new
words): a quote worked out in Danish, what the sender manufactures, buyers paying the sender, who
they were when the two did something, and a bulletin of theirs. Every note here was written for
these tests; each holds with the rules alone."""

import pytest


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (
            "Hej Mette, kommunerne bruger vores pumpestyring. Skal jeg regne på en pris til jer?",
            "PIT004",
        ),
        ("Bonjour Mette, nous fabriquons des anémomètres pour les stations de ski. La brochure ?", "PIT003"),
        ("Ciao Mette, fabbrichiamo pluviometri per i comuni del Trentino. Le mando il listino?", "PIT003"),
        ("Dzień dobry, produkujemy stacje pogodowe dla szkół. Czy mogę przesłać ofertę?", "PIT003"),
        ("Hi Mette, ski resorts are buying our snow-depth sensors ahead of winter. Worth a look?", "PIT003"),
        ("Hi Mette, farms pay us to text them frost warnings before dawn. Want a trial month?", "PIT003"),
    ],
)
def test_a_quote_goods_made_or_buyers_paying_the_sender_are_a_pitch(analyzer, text, code):
    report = analyzer.analyze(text)
    assert code in report.all_codes(), report.all_codes()
    assert report.label == "sales", report.reason


def test_who_they_were_when_the_two_did_something_is_a_shared_past(analyzer):
    report = analyzer.analyze(
        "Mette, you were skipper of the Hebridean when we surveyed the seagrass off Barra and you taught "
        "me to splice a line in a swell."
    )
    assert any(s["text"].startswith("you were skipper") for s in report.signals), report.signals
    assert report.label == "personalized", report.reason


def test_a_post_they_were_filling_when_the_sender_applied_is_no_shared_past(analyzer):
    report = analyzer.analyze(
        "Hi Mette, you were hiring when I applied last spring. Is the data post still open?"
    )
    assert "SPC102" not in report.all_codes(), report.all_codes()


def test_a_bulletin_of_theirs_is_their_work(analyzer):
    report = analyzer.analyze(
        "Ciao Mette, il tuo bollettino neve di lunedì ci ha fatto cambiare itinerario sul Cervino: grazie!"
    )
    assert "SPC101" in report.all_codes(), report.all_codes()
    assert report.label == "personalized", report.reason
