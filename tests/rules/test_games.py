"""Notes from games, esports and streaming, and from those who sell to them: a review of theirs in
the other languages, a soundtrack or a postmortem of theirs, and a piece of work they composed or
recorded, told in Portuguese. Every note here was written for these tests; each holds with the
rules alone."""

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "Bonjour Chloé, ta critique de notre jeu de cartes dans Canard PC nous a fait connaître en "
        "Belgique. Merci !",
        "Hola Chloé, tu crítica de nuestro juego de mesa en Misut Meeple nos trajo los primeros pedidos "
        "de México.",
        "Hallo Chloé, deine Rezension unseres Kartenspiels im Spielbox-Heft hat uns die ersten Händler "
        "gebracht.",
        "Hi Chloé, your postmortem on shipping a co-op game with two people is the reason we cut online "
        "play.",
        "Olá Chloé, a música que gravaste para o Lago Sombrio toca no meu estúdio todos os dias.",
        "Hi Chloé, your soundtrack for Lantern Keeper got me through my final exams. The cello theme is "
        "perfect.",
    ],
)
def test_a_review_soundtrack_or_postmortem_of_theirs_is_their_work(analyzer, text):
    report = analyzer.analyze(text)
    assert "SPC101" in report.all_codes(), report.all_codes()
    assert report.label == "personalized", report.reason


def test_tips_with_their_subject_are_their_work_and_alone_are_not(analyzer):
    told = analyzer.analyze("Hi Jo, your tips on negotiating a first salary got me 3k more at my new job.")
    assert "SPC101" in told.all_codes(), told.all_codes()
    alone = analyzer.analyze("Hi Jo, thanks for your tips! Let's connect.")
    assert "SPC101" not in alone.all_codes(), alone.all_codes()
