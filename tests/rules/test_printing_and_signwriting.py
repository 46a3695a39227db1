"""Notes to printers, signwriters, engravers and bookbinders, and from those who sell or recruit for
them: a demonstration they gave as a piece of their work, in English and the other languages, and a
role named by its title by the employer who is hiring. Every note here was written for these tests;
each holds with the rules alone."""

import pytest


@pytest.mark.parametrize(
    ("text", "work"),
    [
        (
            "Hi Ada, your demonstration of gold leaf gilding at the Pump Room had the whole class silent.",
            "your demonstration",
        ),
        (
            "Hoi Ada, je demonstratie van het linodrukken in de bibliotheek van Delft was geweldig.",
            "je demonstratie",
        ),
        (
            "Bonjour Ada, votre démonstration de dorure à l'Atelier du Livre de Mariemont m'a conquis.",
            "votre démonstration",
        ),
    ],
)
def test_a_demonstration_they_gave_is_their_work(rules_only, text, work):
    report = rules_only.analyze(text)
    assert work in [s["text"] for s in report.signals if s["code"] == "SPC101"], report.signals
    assert report.label == "personalized", report.reason


def test_a_demonstration_asked_of_a_seller_is_no_work_of_theirs(rules_only):
    report = rules_only.analyze("Could we book a demonstration of your press for our studio?")
    assert "SPC101" not in report.all_codes(), report.all_codes()


@pytest.mark.parametrize(
    "text",
    [
        "Hi Sam, we're hiring a Print Production Manager in Glasgow. Open to a chat?",
        "Hi Sam, we are hiring a Senior Prepress Technician for our Leeds site - interested?",
    ],
)
def test_the_employer_hiring_a_role_by_its_title_is_a_blast(rules_only, text):
    report = rules_only.analyze(text)
    assert "PIT007" in report.all_codes(), report.all_codes()
    assert report.label == "sales", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Hi Sam, I saw you're hiring a Print Production Manager - I'd love to hear what the role involves.",
        "We're hiring a DJ for my sister's wedding - you played ours brilliantly, are you free in June?",
    ],
)
def test_a_candidate_or_a_private_hire_is_no_blast(rules_only, text):
    assert "PIT007" not in rules_only.analyze(text).all_codes()
