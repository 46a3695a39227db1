"""Notes from choirs, clubs, teams and hobby groups, and from those who sell to them: the sender in
their choir, orchestra or team in the Romance languages, an irregular past ("you cast me as…"); a
German and a Dutch discount and a brochure offered. Every note here was written for these tests;
each holds with the rules alone."""

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "Hola Rita, canto en la cuerda de sopranos de tu coro desde marzo.",
        "Bonjour Rita, je joue dans votre orchestre d'harmonie depuis la rentrée.",
        "Ciao Rita, gioco nella tua squadra di pallavolo da settembre.",
        "Hi Rita, you cast me as Bottom in your Dream at the Playhouse in Derby - my first role!",
    ],
)
def test_the_sender_in_their_group_or_cast_by_them_is_a_shared_past(analyzer, text):
    report = analyzer.analyze(text)
    assert "SPC102" in report.all_codes(), report.all_codes()
    assert report.label == "personalized", report.reason


def test_a_question_about_joining_their_choir_is_no_shared_past(analyzer):
    report = analyzer.analyze("Hola Rita, ¿canto en tu coro el sábado?")
    assert "SPC102" not in report.all_codes(), report.all_codes()


@pytest.mark.parametrize(
    "text",
    [
        "Hallo Rita, Trikots für Laufgruppen, Vereine bekommen 10 % Nachlass.",
        "Hoi Rita, wij leveren hardloopschoenen aan loopclubs. Zal ik je de folder sturen?",
    ],
)
def test_a_discount_or_brochure_offered_to_clubs_is_an_offer(analyzer, text):
    report = analyzer.analyze(text)
    assert "PIT004" in report.all_codes(), report.all_codes()
    assert report.label == "sales", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Hola Pilar, buscamos monitores de natación para campamentos de verano en Cádiz. ¿Te interesa?",
        "Bonjour Claire, nous recrutons des animateurs pour nos centres de loisirs à Rennes. Intéressée ?",
    ],
)
def test_activity_leaders_sought_in_the_plural_are_recruiting(analyzer, text):
    report = analyzer.analyze(text)
    assert "PIT007" in report.all_codes(), report.all_codes()
    assert report.label == "sales", report.reason


def test_one_leader_sought_by_a_parent_is_no_recruiting(analyzer):
    report = analyzer.analyze("Hola Pilar, buscamos un monitor de natación para mi hijo, ¿conoces a alguien?")
    assert "PIT007" not in report.all_codes(), report.all_codes()
