"""Churches, mosques, synagogues and temples as buyers: what a firm restores or supplies for them in
the other languages, and the firm's dossier or brochure sent. Every note here was written for these
tests."""

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "Hola Inés, restauramos órganos históricos para parroquias de Castilla. ¿Hablamos?",
        "Hoi Inés, wij leveren geluidsinstallaties voor kerken in heel Gelderland.",
        "Ciao Inés, restauriamo affreschi per chiese e confraternite in tutta la Toscana.",
    ],
)
def test_what_a_firm_restores_or_supplies_for_churches_is_a_pitch(rules_only, text):
    report = rules_only.analyze(text)
    assert "PIT003" in report.all_codes(), report.all_codes()
    assert report.label == "sales", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Hola Inés, ¿le envío nuestro dosier con los últimos encargos?",
        "Hi Inés, could I send you our brochure for the spring?",
    ],
)
def test_the_firms_dossier_or_brochure_sent_is_an_offer(rules_only, text):
    assert "PIT004" in rules_only.analyze(text).all_codes()


def test_a_contribution_to_the_churches_is_no_supply(rules_only):
    report = rules_only.analyze(
        "Hoi Inés, samen met jou leveren we dit jaar soep voor de kerken in de wijk, dank je!"
    )
    assert "PIT003" not in report.all_codes(), report.all_codes()
