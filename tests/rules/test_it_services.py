"""Notes from IT and security people, and from those who sell to them: a client's result credited to
what the sender sells, and a trial licence offered in five languages. Every note here was written
for these tests."""

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
