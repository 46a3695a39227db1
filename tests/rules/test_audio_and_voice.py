"""Podcasters, voice actors and audio producers: a field shared, services on their episodes, a firm's
work for companies and rates sent; shared pasts told in five languages. Every note here was written
for these tests."""

import pytest


def test_a_field_like_broadcasting_fits_anyone(rules_only):
    report = rules_only.analyze("Hi Ravi, noticed we're both in broadcasting. Would be nice to connect.")
    assert "SPC102" not in report.all_codes(), report.signals
    assert report.label == "default", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Hi Ravi, we caption your webinars within a day for $12 a month. Want a sample?",
        "Hallo Ravi, wir untertiteln Ihre Schulungsvideos in 12 Sprachen. Interesse?",
        "Bonjour Ravi, nous réalisons des vidéos pédagogiques pour les entreprises de la région.",
        "Hoi Ravi, wij nemen audioboeken op voor uitgeverijen. Zal ik de tarieven sturen?",
        "Hi Ravi, we record audiobooks for small publishers. Shall I send you the rates?",
    ],
)
def test_a_service_on_their_work_or_for_companies_is_a_pitch(rules_only, text):
    report = rules_only.analyze(text)
    assert report.label == "sales", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Hi Ravi, we co-ran the student radio station for a year - our quiz show with the brass band "
        "was chaos.",
        "Hola Ravi, eras la presentadora del concurso que organizamos en Cádiz. ¡Qué nervios pasé!",
        "Olá Ravi, montámos juntos a feira do livro em Évora em 2019. Que saudades!",
        "Bonjour Ravi, vous avez réalisé le documentaire sur les dockers du Havre. Mon grand-père y "
        "témoignait.",
        "Hoi Ravi, jij presenteerde de quizavond in het buurthuis waar mijn vader won. Dank je!",
    ],
)
def test_something_two_made_or_they_made_for_the_sender_is_a_shared_past(rules_only, text):
    report = rules_only.analyze(text)
    assert report.label == "personalized", report.reason


def test_a_question_about_a_video_they_made_is_no_shared_past(rules_only):
    report = rules_only.analyze("Bonjour Ravi, tu as monté une vidéo sur ton entreprise ?")
    assert report.label == "default", report.reason
