"""A seller's opener: their post named, then the sender's clients said to have the same problem.
Every note here was written for these tests."""

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "Read your post on cutting no-shows at the clinic. We work with a few practice managers tackling "
        "the same thing, so thought I'd connect.",
        "Hi Omar, liked your thread on month-end close. We work with several finance leads on exactly that. "
        "Worth connecting?",
        "Hola Omar, vi tu post sobre rotación de personal. Trabajamos con varias cadenas de hoteles que "
        "tienen el mismo problema.",
    ],
)
def test_clients_with_the_problem_of_their_post_make_a_pitch(rules_only, text):
    report = rules_only.analyze(text)
    assert "PIT012" in report.all_codes(), report.signals
    assert report.label == "sales", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Hi Omar, your post on dyslexia hit home. At school I work with a few families facing the same "
        "thing, and your reading list is now on our wall.",
        "Hi Omar, we work with the same food bank on Saturdays - I'm the one with the van!",
    ],
)
def test_people_a_teacher_or_volunteer_works_with_are_no_clientele(rules_only, text):
    report = rules_only.analyze(text)
    assert "PIT012" not in report.all_codes(), report.signals
    assert report.label == "personalized", report.reason
