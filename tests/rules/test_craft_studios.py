"""Craft studios: a German deed around an ordinal's dot, and makers hired in bulk. Every note here
was written for these tests."""

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "Jonas, du hast am 3. Oktober mit meiner Tochter in deiner Werkstatt einen Hocker gebaut.",
        "Frau Keller, Sie haben zum 50. Hochzeitstag meiner Eltern die Torte in Form ihres Hauses gebacken.",
    ],
)
def test_an_ordinals_dot_does_not_end_a_german_deed(rules_only, text):
    report = rules_only.analyze(text)
    assert "SPC102" in report.all_codes(), report.all_codes()
    assert report.label == "personalized", report.reason


def test_a_platform_step_around_an_ordinal_is_still_no_deed(rules_only):
    assert "SPC102" not in rules_only.analyze("Jonas, du hast am 3. Mai mein Profil angesehen.").all_codes()


@pytest.mark.parametrize(
    "text",
    [
        "Hi Jonas, we're hiring bookbinders for our new bindery in Leeds - apply by Friday.",
        "Jonas, I'm hiring potters and glaze makers for our studio shop. Interested?",
    ],
)
def test_makers_hired_in_the_plural_are_a_recruiting_blast(rules_only, text):
    report = rules_only.analyze(text)
    assert "PIT007" in report.all_codes(), report.all_codes()
    assert report.label == "sales", report.reason


def test_makers_hired_once_in_the_past_are_no_blast(rules_only):
    text = "Jonas, we hired two printers last year and they still talk about your type specimens."
    assert "PIT007" not in rules_only.analyze(text).all_codes()
