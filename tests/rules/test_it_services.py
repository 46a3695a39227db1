"""Notes from IT and security people, and from those who sell to them: a client's result credited to
what the sender sells, a trial licence offered in five languages, a trade for businesses in Polish.
Every note here was written for these tests."""

import pytest


def test_a_clients_result_with_our_product_is_a_self_pitch(analyzer):
    report = analyzer.analyze(
        "Hi Omar, Leeds Beckett halved its helpdesk queue with our AI triage tool. Free on Friday?"
    )
    assert "PIT003" in report.all_codes(), report.all_codes()
    assert report.label == "sales", report.reason


def test_the_senders_own_result_is_no_client_held_up(analyzer):
    report = analyzer.analyze(
        "Hi Jo, we halved the queue at the Leeds food bank with our new rota - your idea at the "
        "volunteers' meeting!"
    )
    assert "PIT003" not in report.all_codes(), report.all_codes()
    assert report.label == "personalized", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Olá Rui, backups cifrados para clínicas. Envio-lhe uma licença de teste?",
        "Hola Eva, antivirus gestionado para despachos. ¿Le mando una licencia de prueba?",
        "Hi Ken, endpoint monitoring for schools. Shall I send you a trial licence?",
    ],
)
def test_a_trial_licence_offered_is_an_offer(analyzer, text):
    report = analyzer.analyze(text)
    assert "PIT004" in report.all_codes(), report.all_codes()
    assert report.label == "sales", report.reason


def test_a_trade_for_businesses_in_polish_is_a_self_pitch(analyzer):
    report = analyzer.analyze(
        "Cześć Ola! Zajmuję się księgowością online dla firm z branży beauty. Chętnie nawiążę kontakt!"
    )
    assert "PIT003" in report.all_codes(), report.all_codes()
    assert report.label == "sales", report.reason


def test_a_chore_for_neighbours_in_polish_is_no_trade(analyzer):
    report = analyzer.analyze(
        "Cześć Ania, zajmuję się ogrodem dla sąsiadów z bloku i twój wykład o kompoście bardzo mi pomógł!"
    )
    assert "PIT003" not in report.all_codes(), report.all_codes()
