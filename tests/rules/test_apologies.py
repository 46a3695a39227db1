"""Apologies: for something that happened between the two, somewhere named, in seven languages;
against the formulas that open a cold note or a pitch; and an offer on now. Every note here was
written for these tests."""

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "Hi Wren, sorry again for blocking your van in at the Frome market on Saturday - thanks!",
        "Hi Wren, apologies for treading on your foot at the ceilidh in Oban. Same time next month?",
        "Hi Wren, sorry we couldn't come to your pottery sale in Totnes - the car died.",
        "Bonjour Wren, désolé d'avoir oublié mon écharpe chez vous après le dîner du club de Nantes !",
        "Hoi Wren, sorry dat ik je paraplu meenam na de lezing in Leiden. Ik breng hem terug!",
        "Hej Wren, förlåt att jag missade din vernissage i Umeå, jag var sjuk.",
        "Cześć Wren, przepraszam, że spóźniłam się na Twój koncert w Gdańsku.",
    ],
)
def test_an_apology_for_something_between_the_two_is_a_shared_past(rules_only, text):
    report = rules_only.analyze(text)
    assert report.label == "personalized", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Hi Wren, sorry for the random request - just growing my network in London.",
        "Hi Wren, apologies for the cold outreach to you at Spotify - would love to connect.",
        "Hola Wren, perdona la invitación sin más, me gustaría tenerte en mi red.",
    ],
)
def test_a_formula_apology_is_no_shared_past(rules_only, text):
    report = rules_only.analyze(text)
    assert "SPC102" not in report.all_codes(), report.signals
    assert report.label == "default", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Olá Wren, temos uma promoção de painéis solares para empresas este mês.",
        "Hej Wren, vi har ett erbjudande på kaffemaskiner till kontor just nu.",
    ],
)
def test_an_offer_on_now_is_a_pitch(rules_only, text):
    report = rules_only.analyze(text)
    assert report.label == "sales", report.reason
