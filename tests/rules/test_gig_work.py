"""Freelancers, gig workers and the customers of platforms: what "you" used to do or did now and
then for the sender, what both do in general, and riders sought. Every note here was written for
these tests."""

import pytest


@pytest.mark.parametrize(
    "text",
    [
        # A word of how often between "you" and the deed.
        "Hi Noor, I cleaned your office on Fridays for two years and you always left me a thank-you note. "
        "I've just qualified as an accountant.",
        # The imperfect of "you" with the sender before the verb, in Italian and Spanish.
        "Ciao Noor, ti consegnavo i pacchi a Bologna e mi offrivi sempre un caffè. Adesso faccio "
        "l'infermiere.",
        "Hola Noor, te llevaba la compra en Valencia y me regalabas fruta de tu huerto cada semana.",
    ],
)
def test_what_they_did_for_the_sender_now_and_then_is_a_shared_past(rules_only, text):
    report = rules_only.analyze(text)
    assert "SPC102" in report.all_codes(), report.signals
    assert report.label == "personalized", report.reason


def test_what_both_do_in_general_is_no_shared_past(rules_only):
    report = rules_only.analyze("Hi Noor, we both sell vintage clothes online - would be great to connect.")
    assert "SPC102" not in report.all_codes(), report.signals
    assert report.label == "default", report.reason


def test_what_both_do_somewhere_named_still_is(rules_only):
    report = rules_only.analyze(
        "Hi Noor, we both sell at the Frome Independent market on Sundays - good to connect!"
    )
    assert "SPC102" in report.all_codes(), report.signals


@pytest.mark.parametrize(
    "text",
    [
        "Ciao Noor, cerchiamo rider a Bologna con paga oraria garantita. Ti interessa?",
        "Hola Noor, buscamos repartidores en Valencia con contrato fijo y moto incluida.",
    ],
)
def test_riders_and_couriers_sought_are_recruiting(rules_only, text):
    report = rules_only.analyze(text)
    assert "PIT007" in report.all_codes()
    assert report.label == "sales", report.reason
