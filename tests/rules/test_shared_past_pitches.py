"""A real shared past used to sell: the past makes the note specific, so a pitch needs two signals
of its own, and these are the second one people use. Every note here was written for these tests."""

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "Hi Morwenna, we sang in the same choir at Truro Cathedral! I run a catering company in Redruth "
        "now - could I send our corporate menu for your office lunches?",
        "Hola Morwenna, coincidimos en el coro de Truro. Tenemos condiciones especiales para colegios. "
        "¿Te paso nuestra tarifa?",
        "Ciao Morwenna, cantavamo insieme nel coro di Truro! Ora facciamo prezzi speciali per le scuole. "
        "Ti interessa ricevere il listino?",
        "Hoi Morwenna, we zongen samen in het koor in Truro! Ik doe boekhouding voor zzp'ers voor een "
        "vast bedrag. Zal ik je mijn tarieven sturen?",
        "Morwenna, great to run beside you at the Eden Project 10k! I coach runners online, 40 GBP a "
        "month. Fancy a free first session?",
    ],
)
def test_a_shared_past_then_an_offer_and_a_question_to_take_it_is_sales(rules_only, text):
    report = rules_only.analyze(text)
    assert report.label == "sales", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Morwenna, we sang in the same choir at Truro Cathedral. I run a catering company now and still "
        "hum your descant while I cook. Hope you're well!",
        "Ciao Morwenna, cantavamo insieme nel coro di Truro! Ti interessa ricevere le foto del concerto?",
    ],
)
def test_a_shared_past_with_the_senders_trade_said_in_passing_is_personal(rules_only, text):
    assert rules_only.analyze(text).label == "personalized"


def test_paid_sessions_and_interest_asked_in_the_feminine_are_read_in_french(rules_only):
    text = (
        "Bonjour Morwenna, nous chantions dans la même chorale à Truro ! J'organise des ateliers "
        "payants pour chorales amateurs. Seriez-vous intéressée par une date en juin ?"
    )
    report = rules_only.analyze(text)
    assert {"PIT004", "PIT012"} <= report.all_codes() and report.label == "sales", report.reason
