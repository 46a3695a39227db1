"""From politics, campaigns and public affairs (held-out round SSSSSSS's misses, in new words): a
deed told as "it was you who…" in the other languages, a price sent in Danish, and a service that
turns the buyer's material into something. Every note here was written for these tests; each holds
with the rules alone."""

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "Ciao Elena, sei stata tu a portare il consiglio comunale nella nostra scuola di Lodi: i ragazzi "
        "ne parlano ancora.",
        "Olá Rui, foi o senhor que abriu a biblioteca da junta ao sábado à tarde para o nosso clube "
        "de xadrez.",
        "Hallo Elena, du warst es, die unseren Chor zum ersten Mal ins Rathaus von Kleinmachnow geholt hat.",
        "Bonjour Elena, c'est vous qui avez reçu notre classe à la mairie de Nantes en mai.",
    ],
)
def test_it_was_you_who_did_it_is_a_shared_past(analyzer, text):
    report = analyzer.analyze(text)
    clefts = ("sei stata tu", "foi o senhor que", "du warst es", "c'est vous qui")
    shared = [s["text"].lower() for s in report.signals if s["code"] == "SPC102"]
    assert any(s.startswith(clefts) for s in shared), shared
    assert report.label == "personalized", report.reason


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Hej Elena, vi laver valgvideoer til kandidater. Skal jeg sende dig en pris?", "PIT004"),
        (
            "Hi Elena, we turn council minutes into plain-English summaries for residents. Want a sample?",
            "PIT003",
        ),
    ],
)
def test_a_price_sent_or_the_buyers_material_turned_into_something_is_a_pitch(analyzer, text, code):
    report = analyzer.analyze(text)
    assert code in report.all_codes(), report.all_codes()
    assert report.label == "sales", report.reason


def test_turning_their_own_thing_into_another_is_no_pitch(analyzer):
    report = analyzer.analyze(
        "Hi Elena, every summer we turn our church hall into a polling-station museum - your talk on the "
        "1918 election gave us the idea."
    )
    assert "PIT003" not in report.all_codes(), report.all_codes()
