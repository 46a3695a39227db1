"""Refuse, recycling and water: a letter is no writing trade, drivers sought in the other languages,
a product counted by its clients in Dutch and German. Every note here was written for these tests."""

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "Thanks for finding my dad's keys in the food-waste bin, Gary - can I write to your supervisor?",
        "Gary, your report on kerbside glass is the backbone of my dissertation. May I write to you?",
    ],
)
def test_writing_to_someone_is_a_letter_not_a_trade(rules_only, text):
    assert not {"PIT003", "PIT011"} & rules_only.analyze(text).all_codes()


def test_the_writing_trade_and_a_job_on_their_thing_are_still_pitch_signals(rules_only):
    codes = rules_only.analyze(
        "Gary, I write copy for SaaS brands. Can I write your next newsletter?"
    ).all_codes()
    assert {"PIT003", "PIT011"} <= codes, codes


@pytest.mark.parametrize(
    "text",
    [
        "Ciao Gary, cerchiamo autisti per le consegne notturne, mi mandi il CV?",
        "Bonjour Gary, nous recrutons des chauffeurs poids lourds pour la collecte des déchets.",
    ],
)
def test_drivers_sought_in_the_other_languages_are_a_recruiting_blast(rules_only, text):
    report = rules_only.analyze(text)
    assert "PIT007" in report.all_codes(), report.all_codes()
    assert report.label == "sales", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Hoi Gary, onze app voor afvalroutes is al in gebruik bij 30 gemeenten.",
        "Hallo Gary, unsere Plattform ist bereits bei 40 Stadtwerken im Einsatz.",
    ],
)
def test_a_product_counted_by_its_clients_in_dutch_and_german_is_a_self_pitch(rules_only, text):
    assert "PIT003" in rules_only.analyze(text).all_codes()


def test_their_own_work_counted_in_dutch_is_no_product(rules_only):
    text = "Hoi Gary, jouw lespakket is al in gebruik bij 20 scholen, gefeliciteerd!"
    assert "PIT003" not in rules_only.analyze(text).all_codes()
