"""The boundary the labels draw: thin profile details, the same details before a pitch, and small
real shared pasts. A group on the platform, a home shared in the other languages, and a habit of
buyers like them said before the sender's own is shown. Every note here was written for these
tests."""

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "Hi Ola, we're both members of the UX Leeds group on here. Let's connect.",
        "Hi Ola, we're both in the same LinkedIn group for product designers.",
    ],
)
def test_a_group_on_the_platform_is_no_shared_context(rules_only, text):
    report = rules_only.analyze(text)
    assert "SPC102" not in report.all_codes(), report.signals
    assert report.label == "default", report.reason


def test_a_group_that_meets_is_still_one(rules_only):
    report = rules_only.analyze("Hi Ola, we're both in the Leeds UX meetup group - see you on Thursday!")
    assert "SPC102" in report.all_codes(), report.signals


@pytest.mark.parametrize(
    "text",
    [
        "Hola Ola, compartimos piso en Malasaña el último año de carrera. ¿Sigues en Madrid?",
        "Olá Ola, partilhámos casa no Porto durante o mestrado. Ainda cozinhas aquele arroz?",
        "Bonjour Ola, on était colocs à Grenoble pendant la thèse. Tu es toujours dans les Alpes ?",
    ],
)
def test_a_home_shared_in_the_other_languages_is_a_shared_past(rules_only, text):
    report = rules_only.analyze(text)
    assert "SPC102" in report.all_codes(), report.signals
    assert report.label == "personalized", report.reason


def test_a_habit_of_buyers_like_them_before_the_senders_own_is_sales(rules_only):
    report = rules_only.analyze(
        "Hi Ola, congrats on the new role! New CFOs often revisit their banking partners early on - can I "
        "show you ours?"
    )
    assert {"PIT001", "PIT012"} <= report.all_codes(), report.signals
    assert report.label == "sales", report.reason


def test_showing_their_own_to_a_neighbour_is_no_demo(rules_only):
    report = rules_only.analyze("Hi Ola, your allotment looks amazing - can I show you ours some time?")
    assert "PIT001" not in report.all_codes(), report.signals
