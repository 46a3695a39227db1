"""Sellers to people who hire and to people looking for work, and thanks after an interview: an
interim placement offered, a price cut in half or by a share "this week", and help that got the
sender a job, in the other languages too."""

import pytest


def test_interim_staff_placed_are_a_staffing_offer(analyzer):
    report = analyzer.analyze("Hi Una, we place interim payroll managers within 48 hours. Any open roles?")
    assert "PIT003" in report.all_codes(), report.all_codes()
    assert report.label == "sales", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Hi Una, our bookkeeping course is half price until Sunday.",
        "Bonjour Una, notre formation en comptabilité est à moitié prix jusqu'à dimanche.",
        "Hallo Una, unser Buchhaltungskurs gibt es diese Woche zum halben Preis.",
        "Hi Una, all our bookkeeping courses are 30% off this week.",
    ],
)
def test_a_price_cut_is_an_offer_whatever_time_follows(analyzer, text):
    report = analyzer.analyze(text)
    assert "PIT004" in report.all_codes(), report.all_codes()
    assert report.label == "sales", report.reason


def test_words_quoted_are_still_no_price_quote(analyzer):
    report = analyzer.analyze("Hi Una, could I quote this in my article on payroll errors?")
    assert "PIT004" not in report.all_codes(), report.all_codes()


@pytest.mark.parametrize(
    "text",
    [
        "Bonjour Una, merci pour votre retour après mon entretien chez Michelin à Clermont : vos conseils "
        "sur mon dossier m'ont aidé à obtenir un poste chez Valeo.",
        "Hola Una, gracias por tu feedback tras mi entrevista en Inditex en Arteixo: tus consejos sobre mi "
        "presentación me ayudaron a conseguir un puesto en Mango.",
    ],
)
def test_help_that_got_the_sender_a_job_is_a_reason_in_other_languages(analyzer, text):
    report = analyzer.analyze(text)
    assert "SPC105" in report.all_codes(), report.signals
    assert report.label == "personalized", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Hi Una, ask about our club discount for new teams.",
        "Hi Una, parking discounts available for all our conference delegates.",
    ],
)
def test_a_discount_after_a_word_for_fees_already_paid_is_still_an_offer(analyzer, text):
    assert "PIT004" in analyzer.analyze(text).all_codes()


@pytest.mark.parametrize(
    "text",
    [
        "Hi Una, how you handled the match fees at the club was brilliant.",
        "Hi Una, you're great at closing enterprise deals - congrats on the promotion.",
    ],
)
def test_fees_already_paid_and_a_salespersons_deals_are_no_offer(analyzer, text):
    assert "PIT004" not in analyzer.analyze(text).all_codes()
