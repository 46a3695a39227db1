"""Childminders, nannies and nursery staff: who they were to one of the sender's own in Italian,
Spanish and Portuguese, and a deed told with the verb in the second person after "foste tu que".
Every note here was written for these tests."""

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "Ciao Vera, eri la tata dei miei gemelli a Monza e gli hai insegnato a nuotare.",
        "Hola Vera, eras la monitora del campamento de mi hija en Jaca, ¡qué alegría encontrarte!",
        "Olá Vera, foste a ama do meu sobrinho em Aveiro durante três anos.",
        "Olá Vera, foste tu que reparaste que o meu pai coxeava e chamaste o médico.",
        "Hola Vera, fuiste tú la que notaste que mi padre cojeaba.",
    ],
)
def test_who_they_were_to_the_senders_own_or_what_they_did_is_shared_context(rules_only, text):
    report = rules_only.analyze(text)
    assert "SPC102" in report.all_codes(), report.signals
    assert report.label == "personalized", report.reason


def test_a_question_about_who_was_first_is_no_shared_past(rules_only):
    report = rules_only.analyze("Ciao Vera, eri la prima della mia classe? Non ricordo.")
    assert "SPC102" not in report.all_codes(), report.signals
