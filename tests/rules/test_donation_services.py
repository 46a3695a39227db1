"""What a held-out round from blood and organ donation services showed the rules missing, said again
in other words: an employer as wide as a field ("we both work in the NHS"), a hyphenated deed for
the sender's own ("you cross-matched…"), a deed tied to the time of the sender's own need ("the night
my niece needed…"), and courses given to a clientele in Spanish. Every note here was written for
these tests."""

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "Hi Gwen, we both work at the NHS. Happy to connect.",
        "Hi Gwen, we're both in the NHS, nice to meet you!",
    ],
)
def test_an_employer_as_wide_as_a_field_fits_anyone(rules_only, text):
    report = rules_only.analyze(text)
    assert "SPC102" not in report.all_codes(), report.all_codes()
    assert report.label == "default", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Hi Gwen, you cross-matched two units for my dad in twenty minutes when his op went wrong at "
        "Morriston.",
        "Hi Gwen, you drove the spare insulin out to the farm the evening my son's pump failed in the snow.",
    ],
)
def test_a_deed_for_the_senders_own_is_shared(rules_only, text):
    report = rules_only.analyze(text)
    assert "SPC102" in report.all_codes(), report.all_codes()
    assert report.label == "personalized", report.reason


def test_courses_given_to_a_clientele_in_spanish_are_a_self_pitch(rules_only):
    report = rules_only.analyze(
        "Hola Marta, impartimos cursos de primeros auxilios para monitores de campamento. ¿Te envío el "
        "programa?"
    )
    assert "PIT003" in report.all_codes(), report.all_codes()
    assert report.label == "sales", report.reason


def test_a_workshop_given_together_is_no_self_pitch(rules_only):
    report = rules_only.analyze("Hola Marta, impartimos un taller juntos en Zaragoza en 2019, ¿te acuerdas?")
    assert "PIT003" not in report.all_codes(), report.all_codes()
