"""Suppliers and customers who already work together, and the days of the week in every language:
a day past anchors a shared time, a day in a wish or a deadline does not."""

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "Bonjour Rita, merci encore pour la livraison de samedi à notre boutique de Nancy.",
        "Hallo Rita, danke nochmal für die Lieferung am Samstag in unseren Laden in Kassel.",
        "Hoi Rita, bedankt voor de levering van zaterdag in onze winkel in Gouda.",
    ],
)
def test_a_day_of_the_week_is_a_time_in_every_language(analyzer, text):
    assert "SPC106" in analyzer.analyze(text).all_codes()


@pytest.mark.parametrize(
    "text",
    [
        "Hola Rita, ¡feliz viernes! Me gustaría conectar contigo.",
        "Hallo Rita, schönen Freitag! Ich freue mich auf die Vernetzung.",
        "Hola Rita, 30% de descuento en nuestros cursos hasta el viernes.",
        "Hej Rita, gratis webbinarium på torsdag om lagerstyrning. Anmäl dig här!",
    ],
)
def test_a_day_in_a_wish_or_ahead_is_no_shared_time(analyzer, text):
    report = analyzer.analyze(text)
    assert "SPC106" not in report.all_codes(), report.signals
    assert report.label != "personalized", report.reason


def test_until_a_time_past_is_still_a_time(analyzer):
    text = "Beste Rita, onze zoon zat tot vorig jaar bij u in de klas op De Zonnewijzer. Dank voor alles."
    assert "SPC106" in analyzer.analyze(text).all_codes()


@pytest.mark.parametrize(
    "text",
    [
        "Ciao Rita, le tende che avete cucito per il nostro teatro di Lecce sono bellissime. Grazie!",
        "Bonjour Rita, Marc m'a dit combien vous l'aviez aidé pendant le déménagement de l'entrepôt.",
    ],
)
def test_a_deed_of_you_in_the_plural_or_told_by_the_one_helped_is_shared(analyzer, text):
    report = analyzer.analyze(text)
    assert "SPC102" in report.all_codes(), report.signals
    assert report.label == "personalized", report.reason


def test_a_wholesale_firm_is_the_senders_trade_not_a_price(analyzer):
    report = analyzer.analyze("Hi Rita, I manage accounts for a wholesale firm and would like to add you.")
    assert "PIT004" not in report.all_codes(), report.all_codes()


def test_rates_locked_in_for_signing_early_are_an_offer(analyzer):
    report = analyzer.analyze(
        "Hi Rita, your contract renews in June - lock in today's rates by signing early?"
    )
    assert "PIT004" in report.all_codes(), report.all_codes()
    assert report.label == "sales", report.reason
