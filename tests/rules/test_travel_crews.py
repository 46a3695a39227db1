"""Cabin, train and station crews: who they were told in the imperfect and by name, crews sought in
German, and a course sold with a job guaranteed. Every note here was written for these tests."""

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "Hola Ana, eras la enfermera de urgencias que cuidó a mi madre la noche de Reyes. ¡Gracias!",
        (
            "Ciao Ana, eri la guida sul sentiero Cortina-Dobbiaco che ha fatto ridere tutto il gruppo il "
            "giorno del matrimonio di mia sorella."
        ),
        "Olá Ana, a senhora era a motorista do autocarro que esperou pelo meu pai todas as manhãs.",
    ],
)
def test_who_they_were_in_the_imperfect_or_by_a_hyphenated_route_is_a_shared_context(rules_only, text):
    report = rules_only.analyze(text)
    assert "SPC102" in report.all_codes(), report.all_codes()
    assert report.label == "personalized", report.reason


def test_being_first_somewhere_is_no_deed(rules_only):
    assert "SPC102" not in rules_only.analyze("Hola Ana, eras la primera en llegar siempre.").all_codes()


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Hallo Ana, wir suchen Lokführer und Zugbegleiter für den Nahverkehr.", "PIT007"),
        ("Hallo Ana, darf ich dir die Stellenanzeige schicken?", "PIT014"),
        ("Dzień dobry, zapraszamy na kurs z gwarancją zatrudnienia w liniach lotniczych.", "PIT004"),
        ("Hi Ana, our cabin-crew course comes with a job guarantee. Want the details?", "PIT004"),
    ],
)
def test_crews_sought_in_german_and_a_course_with_a_job_guaranteed_are_pitch_signals(rules_only, text, code):
    assert code in rules_only.analyze(text).all_codes()
