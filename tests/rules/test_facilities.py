"""Notes from cleaners, caretakers, security and building staff, and from those who sell to them: a
deed for the sender's own in French (the possessive after "quand"), Italian ("sei rimasto con mio…"),
Portuguese (a cooperative of theirs) and Spanish ("eres el que me…"); a study offered in French.
Every note here was written for these tests; each holds with the rules alone."""

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "Bonjour Ade, vous avez déplacé la rampe d'accès du hall quand mon père est venu en fauteuil.",
        "Ciao Ade, sei rimasto con mio figlio finché non sono arrivata in ospedale a Lecco.",
        "Olá Ade, a sua cooperativa pintou a escola do meu filho em Setúbal no verão.",
        "Hola Ade, eres el portero que me ayudó con las cajas de la mudanza en Chamberí.",
    ],
)
def test_a_deed_for_the_senders_own_is_a_shared_past(analyzer, text):
    report = analyzer.analyze(text)
    assert "SPC102" in report.all_codes(), report.all_codes()
    assert report.label == "personalized", report.reason


def test_a_study_offered_in_french_is_an_offer(analyzer):
    report = analyzer.analyze(
        "Bonjour Ade, nous isolons les toitures des copropriétés. Puis-je vous envoyer une étude ?"
    )
    assert "PIT004" in report.all_codes(), report.all_codes()
    assert report.label == "sales", report.reason
