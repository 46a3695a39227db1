"""A seller's offers as Spanish, Portuguese, French and Italian notes put them: a demo or a resource
offered as a question ("¿te interesaría ver…?", "¿te gustaría que te lo comparta?"), a guide or a
checklist the sender made ("preparamos un playbook", "te comparto un checklist"), best practices
shared one way. And the same words that offer nothing: a part to take, ideas swapped. Every note here
was written for these tests."""

import pytest


@pytest.mark.parametrize(
    "text, code",
    [
        ("Hola Inés, ¿te interesaría ver una demo de diez minutos de nuestra app de turnos?", "PIT013"),
        ("Olá Inês, te interessaria conhecer a nossa plataforma de escalas?", "PIT013"),
        ("Bonjour Inès, ça vous intéresserait de tester notre outil de planning ?", "PIT013"),
        ("Ciao Ines, ti interesserebbe provare il nostro gestionale per i turni?", "PIT013"),
        (
            "Hola Inés, armamos un checklist para planificar turnos en clínicas. ¿Te gustaría que te lo "
            "comparta?",
            "PIT013",
        ),
        (
            "Hola Inés, preparamos una guía sobre turnos de enfermería en clínicas privadas. ¿Te la paso?",
            "PIT004",
        ),
        ("Hola Inés, te comparto un checklist práctico para ordenar los turnos de verano.", "PIT004"),
        (
            "Hi Ines, I'd like to connect and share some best practices on rota planning from the sector.",
            "PIT004",
        ),
    ],
)
def test_a_resource_or_a_demo_offered_is_an_offer(analyzer, text, code):
    report = analyzer.analyze(text)
    assert code in report.all_codes(), report.all_codes()
    assert report.label == "sales", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Hola Inés, ¿te interesaría dar una charla sobre turnos en nuestro encuentro de enfermería en Cádiz?",
        "Hi Ines, looking to connect with other ward managers to exchange ideas and best practices.",
    ],
)
def test_a_part_to_take_or_ideas_swapped_are_no_offer(analyzer, text):
    codes = analyzer.analyze(text).all_codes()
    assert "PIT013" not in codes and "PIT004" not in codes, codes


def test_a_new_chapter_of_their_life_is_no_piece_of_their_work(analyzer):
    report = analyzer.analyze("Hi Ines, congrats on your new chapter! Wishing you the best.")
    assert "SPC101" not in report.all_codes(), report.all_codes()
    report = analyzer.analyze(
        "Hi Ines, your chapter on night-shift fatigue in the RCN handbook changed our rota."
    )
    assert "SPC101" in report.all_codes(), report.all_codes()
