"""From plumbers, electricians, roofers, locksmiths and other repairers (held-out round PPPPPPPP's
misses, in new words): property as a field both are in, tradespeople sought as qualified staff, a
call-out in Dutch, and a deed timed by an occasion of the sender's. Every note here was written for
these tests; each holds with the rules alone."""

import pytest


def test_property_as_a_field_both_are_in_fits_anyone(analyzer):
    report = analyzer.analyze("Hi Owen, looks like we're both in property. Good to connect.")
    assert "SPC102" not in report.all_codes(), report.all_codes()
    assert report.label == "default", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Buongiorno Marco, cerchiamo idraulici qualificati per cantieri a Milano, assunzione immediata. "
        "Le interessa?",
        "Bonjour Marc, nous recherchons des plombiers pour nos chantiers à Lille, CDI et véhicule. "
        "Intéressé ?",
    ],
)
def test_tradespeople_sought_in_the_plural_are_a_recruiting_blast(analyzer, text):
    report = analyzer.analyze(text)
    assert "PIT007" in report.all_codes(), report.all_codes()
    assert report.label == "sales", report.reason


def test_one_tradesperson_sought_by_a_customer_is_no_recruiting(analyzer):
    report = analyzer.analyze(
        "Buongiorno Marco, cerchiamo un idraulico qualificato per il bagno di casa a Monza. Ha tempo?"
    )
    assert "PIT007" not in report.all_codes(), report.all_codes()


def test_a_call_out_to_the_senders_own_in_dutch_is_a_deed_for_them(analyzer):
    report = analyzer.analyze(
        "Hoi Bram, je kwam vorige week onze wasmachine in Zwolle repareren, midden in de verhuizing. Top!"
    )
    assert "SPC102" in report.all_codes(), report.all_codes()
    assert report.label == "personalized", report.reason


def test_coming_across_a_profile_in_dutch_is_no_deed(analyzer):
    report = analyzer.analyze("Hoi Bram, je kwam mijn profiel tegen, leuk! Laten we connecten.")
    assert "SPC102" not in report.all_codes(), report.all_codes()


@pytest.mark.parametrize(
    "text",
    [
        "Hi Owen, you came round on New Year's Eve when our boiler died and had the heating back on by "
        "midnight. Thank you!",
        "Hi Owen, you rehung the church bells in Malton before our wedding in June and rang them for us "
        "too. We loved it.",
    ],
)
def test_a_deed_timed_by_an_occasion_of_the_senders_is_done_for_them(analyzer, text):
    report = analyzer.analyze(text)
    assert "SPC102" in report.all_codes(), report.all_codes()
    assert report.label == "personalized", report.reason


def test_an_occasion_after_a_full_stop_is_not_the_deeds(analyzer):
    report = analyzer.analyze(
        "Hi Owen, you fixed a boiler once. When our boiler broke we called someone else."
    )
    assert "SPC102" not in report.all_codes(), report.all_codes()
