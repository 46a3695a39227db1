"""From solar installers, heat pump fitters and energy advisers (held-out round YYYYYYYYY's misses,
in new words): fitters and installers sought in the plural, a talk "you gave" told in Spanish or
Portuguese, a product's data sheet offered, and finance at 0%. Every note here was written for these
tests; each holds with the rules alone."""

import pytest


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Bonjour Inès, nous recrutons des techniciens pour nos chantiers de Lyon. Intéressée ?", "PIT007"),
        ("Cześć Ola, szukamy monterów okien do pracy w Poznaniu. Zainteresowana?", "PIT007"),
        ("Hi Inès, we make rooftop wind turbines for farms. Shall I send our spec sheet?", "PIT004"),
        ("Hi Inès, we offer loft insulation at 0% for the first year to landlords. Fancy a quote?", "PIT004"),
    ],
)
def test_installers_sought_a_data_sheet_and_zero_percent_finance_are_pitches(rules_only, text, code):
    report = rules_only.analyze(text)
    assert code in report.all_codes(), report.all_codes()
    assert report.label == "sales", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Hola Inés, diste la charla sobre aislamiento en la feria de Huesca y por ella arreglamos la casa.",
        "Olá Inês, deste a palestra sobre bombas de calor na escola do meu filho em Viseu. Ele adorou.",
    ],
)
def test_a_talk_you_gave_told_in_spanish_or_portuguese_is_their_work(rules_only, text):
    report = rules_only.analyze(text)
    assert "SPC101" in report.all_codes(), report.all_codes()
    assert report.label == "personalized", report.reason


def test_a_talk_you_saw_is_not_one_you_gave(rules_only):
    report = rules_only.analyze("Hola Inés, ¿viste la charla sobre aislamiento en la feria de Huesca?")
    assert not any(s["code"] == "SPC101" for s in report.signals), report.signals
