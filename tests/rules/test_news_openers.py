"""News a seller's tool watches (a funding round, a new office, hiring, a new role): congratulations
that fit anyone who saw the news, a seller's need tied to it, and a real tie told beside it. Every
note here was written for these tests."""

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "Hi Petra, congrats on the Series B at Fjordly! Big year ahead.",
        "Hi Petra, congratulations on the seed round for Mossbank - well done.",
    ],
)
def test_congratulations_on_a_funding_round_fit_anyone(rules_only, text):
    report = rules_only.analyze(text)
    assert "SPC107" not in report.all_codes(), report.signals
    assert report.label == "default", report.reason


@pytest.mark.parametrize(
    "text, code",
    [
        ("Oi Petra, vi a vaga nova na Lumo. Fazemos recrutamento tech em Lisboa.", "PIT003"),
        ("Hola Petra, tenemos una base de 800 perfiles de datos en Málaga; ¿te paso algunos?", "PIT003"),
        ("Hi Petra, we have a pool of 40 vetted Rust engineers ready next month.", "PIT003"),
        ("Hola Petra, me gustaría contarte lo que hacemos en Nubo.", "PIT008"),
        ("Hola Petra, los primeros meses suelen ser clave para revisar proveedores.", "PIT012"),
    ],
)
def test_a_trade_people_on_offer_and_a_supplier_review_are_read(rules_only, text, code):
    assert code in rules_only.analyze(text).all_codes()


@pytest.mark.parametrize(
    "text",
    [
        "Olá Petra, o novo site usa as fotos que tiramos juntas na feira do livro de Braga!",
        "Hi Petra, I love the prints from your sketchbook at the Leeds comic fair.",
        "Hi Petra, congrats on the Series A! I rowed with your brother at Durham and he told me about it.",
    ],
)
def test_a_real_tie_beside_the_news_is_personal(rules_only, text):
    report = rules_only.analyze(text)
    assert {"SPC101", "SPC102"} & report.all_codes(), report.signals
    assert report.label == "personalized", report.reason


def test_a_seller_who_knows_their_colleague_still_sells(rules_only):
    report = rules_only.analyze(
        "Hi Petra, I worked with your colleague Sam on the payroll project - happy to show you our tool."
    )
    assert report.label == "sales", report.reason
