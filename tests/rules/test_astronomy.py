"""Notes from astronomy, space and observatories, after a round of such notes: "linked with you" is
the platform's link, a Dutch deed with a place and a time before what it did for the sender, a
trade that buys up finds for cash in Polish. Every note here was written for these tests."""

import pytest


def test_to_be_linked_with_them_is_no_shared_past(analyzer):
    report = analyzer.analyze("Dear Noor, I would be delighted to be linked with you on this platform.")
    assert "SPC102" not in report.all_codes(), report.all_codes()
    assert report.label == "default", report.reason


def test_trained_with_them_is_still_a_shared_past(analyzer):
    report = analyzer.analyze("Hi Noor, I trained with you at the Jodrell Bank summer school in 2019!")
    assert "SPC102" in report.all_codes(), report.all_codes()


def test_a_dutch_deed_with_a_place_and_time_before_it_is_a_shared_past(analyzer):
    report = analyzer.analyze(
        "Hoi Noor, je hebt tijdens de publieksavond van de sterrenwacht in Dwingeloo mijn oude verrekijker "
        "weer scherp gekregen. Kom je ook naar de volgende avond?"
    )
    assert "SPC102" in report.all_codes(), report.all_codes()
    assert report.label == "personalized", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Cześć Noor, skupujemy stare teleskopy i lornetki za gotówkę. Masz coś na sprzedaż?",
        "Dzień dobry, kupię meteoryty po najlepszych cenach. Proszę o kontakt.",
    ],
)
def test_finds_bought_up_for_cash_are_a_trade(analyzer, text):
    report = analyzer.analyze(text)
    assert report.label == "sales", report.reason
