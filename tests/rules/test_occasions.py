"""An occasion named after a trade's word ("your retirement party") is no financial pitch, and a
tasting someone led is a piece of their work. Every note here was written for these tests."""

import pytest


def test_a_retirement_party_is_no_pension_offer(analyzer):
    report = analyzer.analyze(
        "Hi Marcus, the speeches at your retirement party in Leeds were lovely - I now lead your old team."
    )
    assert "PIT005" not in report.all_codes(), report.all_codes()
    assert report.label == "personalized", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Ciao Paolo, la tua degustazione di olio a Lucca mi ha fatto cambiare idea sull'olio. Grazie!",
        "Hola Inés, tu cata de quesos en el mercado de Ruzafa fue lo mejor del sábado. ¡Gracias!",
    ],
)
def test_a_tasting_they_led_is_their_work(analyzer, text):
    report = analyzer.analyze(text)
    assert "SPC101" in report.all_codes(), report.all_codes()
    assert report.label == "personalized", report.reason
