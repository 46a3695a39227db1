"""What held-out rounds from ice rinks and skating clubs and from deaf clubs showed the rules
missing, said again in other words: a field that fits anyone ("we're both in sport"), a class they
taught in Spanish, a Danish deed for the sender's own with "fandt", a deed whose reach to the sender
opens the next sentence with "we were", a place of theirs opened for the sender's own, a name told
by "the … who" and reaching the sender's own, and group rates offered. Every note here was written
for these tests."""

import pytest


def test_a_field_like_sport_fits_anyone(rules_only):
    report = rules_only.analyze("Hi Nadia, I noticed we're both in fitness. Would be great to connect!")
    assert "SPC102" not in report.all_codes(), report.all_codes()
    assert report.label == "default", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Hola Nuria, gracias a tu clase de iniciación en el rocódromo de Huesca mi hermano perdió el miedo "
        "a las alturas.",
        "Hej Nadia, du fandt min søns glemte hjelm på banen i Aalborg og ringede til os samme aften.",
        "Hi Nadia, you kept the clubhouse kettle going for the marshals who stood out in the sleet at the "
        "Saturday race. We were so grateful.",
        "Hi Nadia, you opened the sports hall an hour early for our wheelchair basketball session when the "
        "school bus broke down.",
    ],
)
def test_their_class_and_deeds_for_the_senders_own_are_personal(rules_only, text):
    report = rules_only.analyze(text)
    assert {"SPC101", "SPC102"} & report.all_codes(), report.all_codes()
    assert report.label == "personalized", report.reason


def test_opening_an_email_is_no_deed(rules_only):
    report = rules_only.analyze(
        "Hi Nadia, you opened my email about the court booking yesterday, any thoughts?"
    )
    assert "SPC102" not in report.all_codes(), report.all_codes()


@pytest.mark.parametrize(
    "text",
    [
        "Ciao Nadia, organizziamo ritiri di arrampicata per le palestre a prezzi di gruppo. Ti mando il "
        "programma?",
        "Hi Nadia, we run climbing trips for school groups at group rates. Shall I send the dates?",
    ],
)
def test_group_rates_offered_are_an_offer(rules_only, text):
    report = rules_only.analyze(text)
    assert "PIT004" in report.all_codes(), report.all_codes()
    assert report.label == "sales", report.reason


def test_a_name_told_by_the_who_and_reaching_the_senders_own_is_shared(rules_only):
    report = rules_only.analyze(
        "Hi Ana, you trained Biscuit, the guide dog who now takes my dad to the shops every morning."
    )
    assert "SPC102" in report.all_codes(), report.all_codes()
    assert report.label == "personalized", report.reason


def test_a_name_told_by_the_with_nothing_of_the_senders_is_no_tie(rules_only):
    report = rules_only.analyze("Hi Ana, you beat Lisa, the champion, in the final. What a match.")
    assert "SPC102" not in report.all_codes(), report.all_codes()
