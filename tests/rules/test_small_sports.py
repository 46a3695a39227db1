"""From archery, fencing, tennis, surfing and other clubs and coaches (held-out round SSSSSSSS's
misses, in new words): a nationality before a word for people, and "you" deeds for the sender's own
in Spanish and Portuguese. Every note here was written for these tests; each holds with the rules
alone."""

import pytest


def test_a_nationality_before_a_word_for_people_names_nothing(analyzer):
    report = analyzer.analyze("Hi Gordon, adding a few more Welsh contacts this autumn.")
    assert "SPC103" not in report.all_codes(), report.all_codes()
    assert report.label == "default", report.reason


def test_a_nationality_in_a_name_still_names_it(analyzer):
    report = analyzer.analyze("Hi Gordon, loved your speech at the Scottish Parliament on island ferries.")
    assert "SPC103" in report.all_codes(), report.all_codes()


@pytest.mark.parametrize(
    "text",
    [
        "Hola Carmen, le diste a mi hijo clases de natación en Sevilla todo el verano. ¡Ya nada solo!",
        "Olá Rita, deu as primeiras aulas de natação à minha filha em Cascais. Muito obrigado!",
    ],
)
def test_a_deed_for_the_senders_own_in_spanish_and_portuguese(analyzer, text):
    report = analyzer.analyze(text)
    assert "SPC102" in report.all_codes(), report.all_codes()
    assert report.label == "personalized", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Hola Carmen, ¿le viste a mi hermano en la feria de Sevilla?",
        "Olá Rita, o João deu a aula à minha filha ontem.",
    ],
)
def test_seeing_someone_or_a_third_persons_deed_is_no_deed_of_theirs(analyzer, text):
    report = analyzer.analyze(text)
    assert "SPC102" not in report.all_codes(), report.all_codes()
