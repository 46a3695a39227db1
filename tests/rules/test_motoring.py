"""Notes from cars, garages, bikes and mobility, and from those who sell to them: a business of theirs
that did something for the sender's own in Dutch and Polish, a deed told with the verb alone in the
Portuguese or Spanish past, a firm by its trade in the plural and prices below the market's. Every
note here was written for these tests; each holds with the rules alone."""

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "Hoi Anouk, jouw garage heeft de camper van mijn schoonouders gerepareerd vlak voor hun reis naar "
        "Noorwegen.",
        "Cześć Ola, twoja pracownia naprawiła rower mojego syna dzień przed wyścigiem w Krakowie.",
        "Olá Rita, consertaste a bicicleta do meu filho no dia da corrida em Braga, sem cobrar nada.",
        "Hola Rita, arreglaste el coche de mi abuela en plena nevada de Burgos, nunca lo olvidaremos.",
    ],
)
def test_a_deed_for_the_senders_own_in_dutch_polish_portuguese_and_spanish_is_a_shared_past(analyzer, text):
    report = analyzer.analyze(text)
    assert "SPC102" in report.all_codes(), report.all_codes()
    assert report.label == "personalized", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Olá Rita, gostaste do meu perfil? Adorava ligar-me a ti.",
        "Hola Rita, ¿probaste nuestra app de aparcamiento? Te va a encantar.",
    ],
)
def test_what_they_liked_or_tried_is_no_deed(analyzer, text):
    assert "SPC102" not in analyzer.analyze(text).all_codes()


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (
            "Olá Rita, somos importadores de peças para motas com entrega em 24 horas. Posso enviar a "
            "tabela?",
            "PIT003",
        ),
        (
            "Hi Rita, we're manufacturers of roof boxes and sell to rental firms below market prices. "
            "Want a quote?",
            "PIT004",
        ),
    ],
)
def test_a_firm_by_its_trade_and_prices_below_the_market_are_sales(analyzer, text, code):
    report = analyzer.analyze(text)
    assert code in report.all_codes(), report.all_codes()
    assert report.label == "sales", report.reason
