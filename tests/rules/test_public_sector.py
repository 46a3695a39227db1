"""Notes from councils, public services and government, and from those who sell to them: an office of
theirs that helped the sender's own, a deed told in German with "gesprochen", public bodies as
buyers in Dutch, and what a product does for them in the plural. Every note here was written for
these tests; each holds with the rules alone."""

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "Ciao Marta, il tuo ufficio ci ha aiutato a ritrovare il passaporto della nostra bambina "
        "all'aeroporto.",
        "Hola Marta, tu oficina ayudó a mi padre con la pensión cuando nadie le hacía caso en Zaragoza.",
        "Hallo Marta, Sie haben nach dem Unfall so ruhig mit meinem Vater gesprochen. Danke dafür.",
    ],
)
def test_an_office_of_theirs_or_a_talk_with_the_senders_own_is_a_shared_past(analyzer, text):
    report = analyzer.analyze(text)
    assert {"SPC101", "SPC102"} & report.all_codes(), report.all_codes()
    assert report.label == "personalized", report.reason


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (
            "Hoi Marta, wij leveren slimme afvalbakken aan gemeenten en provincies. Mag ik een offerte "
            "sturen?",
            "PIT003",
        ),
        (
            "Hi Marta, our parking sensors help councils cut congestion in town centres. Shall I send "
            "the pilot data?",
            "PIT016",
        ),
    ],
)
def test_public_bodies_as_buyers_and_what_the_product_does_for_them_are_sales(analyzer, text, code):
    report = analyzer.analyze(text)
    assert code in report.all_codes(), report.all_codes()
    assert report.label == "sales", report.reason


def test_what_the_senders_volunteers_do_is_no_product(analyzer):
    report = analyzer.analyze(
        "Hi Marta, our volunteers help families in Leith with their gas bills - your talk inspired us."
    )
    assert "PIT016" not in report.all_codes(), report.all_codes()
