"""Notes to people who look after roads: deeds told in Norwegian, with the past in "-et" or
"hjalp" and the possessive after the noun, and in Italian with a causative "hai fatto mettere".
Every note here was written for these tests."""

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "Hei Øystein, du sørget for at veien til hytta til foreldrene mine ble brøytet før jul. Tusen takk!",
        "Hei Øystein, du hjalp moren min med bilen som sto fast i snøen ved Lillehammer.",
        "Ciao Marta, hai fatto mettere un lampione nuovo davanti al portone della scuola di mio figlio.",
    ],
)
def test_a_deed_for_the_senders_own_a_little_further_on_is_a_shared_past(analyzer, text):
    report = analyzer.analyze(text)
    assert "SPC102" in report.all_codes(), report.all_codes()
    assert report.label == "personalized", report.reason


def test_showing_up_among_the_senders_suggestions_is_no_deed(analyzer):
    report = analyzer.analyze(
        "Hei Øystein, du dukket opp blant forslagene mine, så jeg sender en forespørsel."
    )
    assert "SPC102" not in report.all_codes(), report.all_codes()
    assert report.label == "default", report.reason
