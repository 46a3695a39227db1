"""Interpreters, captioners, therapists and accessibility auditors: deeds in sign language and in the
other languages, an audit of the sender's own app, and products by what they do in the Romance
languages. Every note here was written for these tests."""

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "Rhian, you signed at my wedding in Cardiff so my deaf grandparents could follow every word.",
        "Rhian, you signed for our school's nativity play and the deaf children in Year 3 could join in.",
    ],
)
def test_signing_at_an_occasion_of_the_senders_is_a_deed(rules_only, text):
    report = rules_only.analyze(text)
    assert "SPC102" in report.all_codes(), report.all_codes()
    assert report.label == "personalized", report.reason


def test_signing_up_for_the_senders_newsletter_is_no_deed(rules_only):
    assert rules_only.analyze("Rhian, you signed up for my newsletter last week, thanks!").label == "default"


def test_their_audit_of_the_senders_app_is_their_work_not_a_product(rules_only):
    text = (
        "Rhian, your accessibility review of our library's booking app found that the date picker "
        "skipped screen readers. We fixed it in May. Thank you!"
    )
    report = rules_only.analyze(text)
    assert "SPC101" in report.all_codes(), report.all_codes()
    assert "PIT016" not in report.all_codes()
    assert report.label == "personalized", report.reason


def test_a_demo_of_the_senders_app_is_still_its_product(rules_only):
    text = "Rhian, can I give you a quick demo of our booking app? It cuts no-shows by 40%."
    assert "PIT016" in rules_only.analyze(text).all_codes()


@pytest.mark.parametrize(
    "text",
    [
        (
            "Hallo Rhian, du hast als Logopädin nach meinem Schlaganfall in der Reha in Bad Aibling "
            "mit mir das Sprechen geübt."
        ),
        "Ciao Rhian, hai interpretato dal vivo il seminario sulla sordità a Padova dove parlava mio marito.",
    ],
)
def test_practice_and_live_work_in_german_and_italian_are_their_work(rules_only, text):
    assert rules_only.analyze(text).label == "personalized"


@pytest.mark.parametrize(
    "text",
    [
        "Bonjour Rhian, notre capteur connecté pour fauteuils roulants mesure la pression en temps réel.",
        "Hola Rhian, nuestro sensor para sillas de ruedas detecta caídas al instante. ¿Le envío una muestra?",
        "Ciao Rhian, il nostro software per studi medici riduce del 30% le disdette.",
    ],
)
def test_a_product_by_what_it_does_in_the_romance_languages(rules_only, text):
    report = rules_only.analyze(text)
    assert "PIT016" in report.all_codes(), report.all_codes()
