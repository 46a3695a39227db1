"""Consultants' openers in Portuguese, Spanish and English: filler that names their company, a need
or a trade tied to it, and real ties. Every note here was written for these tests."""

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "Oi Petra, sigo seus posts sobre finanças há anos. Um abraço!",
        "Hi Petra, congrats on joining Wise. All the best.",
        "Hi Petra, congrats on taking over operations at Arla.",
    ],
)
def test_a_field_followed_for_years_and_a_move_congratulated_fit_anyone(rules_only, text):
    report = rules_only.analyze(text)
    assert not {"SPC101", "SPC107"} & report.all_codes(), report.signals
    assert report.label == "default", report.reason


@pytest.mark.parametrize(
    "text, code",
    [
        ("Olá Petra, temos ajudado operadores de saúde a organizar a faturação.", "PIT003"),
        ("Olá Petra, trabalhamos com cooperativas agrícolas como a sua.", "PIT003"),
        ("Hola Petra, ¿te cuadra una llamada el martes?", "PIT001"),
    ],
)
def test_help_done_a_firm_like_theirs_and_a_call_suited_are_read(rules_only, text, code):
    assert code in rules_only.analyze(text).all_codes()
