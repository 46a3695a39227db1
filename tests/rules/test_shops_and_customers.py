"""Small shops and their customers: a past purchase used to open a pitch, and a customer's thanks
told as "it was in your shop that I found…". Every note here was written for these tests."""

import pytest


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Hi Wyn, our new walking poles are now in stock.", "PIT011"),
        ("Hi Wyn, I think your customers would love our new gin.", "PIT003"),
        ("Hi Wyn, shall I bring one round to the shop on Friday?", "PIT004"),
        ("Bonjour Wyn, je propose maintenant aux boulangers un logiciel de caisse.", "PIT003"),
        ("Hoi Wyn, ik was klant bij je zaak en verkoop nu kassasystemen.", "PIT003"),
        ("Hej Wyn, jag var kund hos dig och säljer nu kassasystem till butiker.", "PIT003"),
        ("Hoi Wyn, zullen we eens bellen over samenwerking?", "PIT015"),
    ],
)
def test_a_former_customer_who_now_sells_shows_the_pitch(rules_only, text, code):
    assert code in rules_only.analyze(text).all_codes()


@pytest.mark.parametrize(
    "text",
    [
        "Hi Wyn, your customers would love your new breakfast menu - the queue was round the block!",
        "Bonjour Wyn, je propose aux parents de venir samedi pour ranger la bibliothèque.",
    ],
)
def test_praise_for_their_own_menu_and_a_suggestion_are_no_pitch(rules_only, text):
    assert "PIT003" not in rules_only.analyze(text).all_codes()


@pytest.mark.parametrize(
    "text",
    [
        "Olá Wyn, foi na tua loja em Braga que encontrei as botas que o meu avô usava. Obrigado!",
        "Hola Wyn, fue en tu librería de Oviedo donde encontré el cuento que me leía mi abuela.",
        "Bonjour Wyn, c'est dans ta librairie de Rennes que j'ai trouvé le livre de mon enfance.",
        "Ciao Wyn, è nella tua libreria a Bari che ho trovato il libro di mio nonno.",
    ],
)
def test_the_sender_at_their_shop_told_as_it_was_there_that_i_found_is_personal(rules_only, text):
    report = rules_only.analyze(text)
    assert "SPC102" in report.all_codes(), report.all_codes()
    assert report.label == "personalized", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Hi Jo, I now sell till systems to independent cafés - can I show you one?",
        "Hi Jo, we sell till rolls and card readers to market traders. Shall I send a price list?",
    ],
)
def test_a_cash_till_sold_is_no_swedish_till(rules_only, text):
    report = rules_only.analyze(text)
    assert "PIT003" in report.all_codes(), report.all_codes()
    assert report.label == "sales", report.reason


def test_helping_out_in_swedish_is_still_no_clientele(rules_only):
    text = "Hej Jo, vi hjälper till på matbanken i Malmö varje lördag tillsammans med din syster."
    assert "PIT003" not in rules_only.analyze(text).all_codes()
