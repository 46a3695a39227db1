"""Notes to and about the trades around old things (dealers, auction rooms, restorers, fairs): a
pastime both share, time given to one of the sender's own, and the ways such trades are sold to
or buy up stock. Every note here was written for these tests."""

import pytest


def test_a_pastime_both_are_into_with_nothing_named_fits_anyone(analyzer):
    report = analyzer.analyze("Hi Nora, looks like we're both into vinyl. Let's connect!")
    assert "SPC102" not in report.all_codes(), report.all_codes()
    assert report.label == "default", report.reason


def test_a_pastime_both_are_into_somewhere_named_is_a_shared_context(analyzer):
    report = analyzer.analyze(
        "Hi Nora, we're both into the Saturday record fair at Spitalfields - say hi next time!"
    )
    assert "SPC102" in report.all_codes(), report.all_codes()
    assert report.label == "personalized", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Hi Ewan, you spent the whole afternoon at the Malvern fair showing my son how to read a hallmark.",
        "Hi Ewan, you took the time after the sale to explain the buyer's premium to my mum, step by step.",
    ],
)
def test_time_given_to_one_of_the_senders_own_is_a_deed(analyzer, text):
    report = analyzer.analyze(text)
    assert "SPC102" in report.all_codes(), report.all_codes()
    assert report.label == "personalized", report.reason


def test_time_spent_elsewhere_before_a_new_clause_is_no_deed(analyzer):
    report = analyzer.analyze("Hi Ewan, you spent twenty years at Bonhams before I joined the trade.")
    assert "SPC102" not in report.all_codes(), report.all_codes()


def test_a_service_run_for_a_clientele_is_a_self_pitch(analyzer):
    report = analyzer.analyze(
        "Hi Ewan, we run email campaigns for jewellers and galleries across the Midlands."
    )
    assert "PIT003" in report.all_codes(), report.all_codes()
    assert report.label == "sales", report.reason


def test_one_thing_run_for_a_group_is_no_self_pitch(analyzer):
    report = analyzer.analyze("Hi Ewan, I run a reading group for founders at the library - come along!")
    assert "PIT003" not in report.all_codes(), report.all_codes()


def test_a_case_study_offered_by_the_sender_is_an_offer(analyzer):
    report = analyzer.analyze(
        "Hi Ewan, we help salerooms get more online bidders. Could I share a case study?"
    )
    assert "PIT013" in report.all_codes(), report.all_codes()
    assert report.label == "sales", report.reason


def test_a_case_study_asked_of_the_recipient_is_no_offer(analyzer):
    report = analyzer.analyze("Hi Ewan, could you share a case study at our conservation students' seminar?")
    assert "PIT013" not in report.all_codes(), report.all_codes()


@pytest.mark.parametrize(
    "text",
    [
        "Bonjour Madame Leroy, nous rachetons les bibliothèques complètes au meilleur prix. Puis-je passer ?",
        "Hola Inés, compramos colecciones de sellos al mejor precio y pagamos en el acto.",
        "Hoi Sanne, bij ons veilen verzamelaars hun munten voor maar 4% kosten. Zal ik je de voorwaarden "
        "sturen?",
    ],
)
def test_buying_up_stock_a_best_price_and_terms_sent_are_a_pitch(analyzer, text):
    report = analyzer.analyze(text)
    assert not {"PIT004", "PIT015"}.isdisjoint(report.all_codes()), report.all_codes()
    assert report.label == "sales", report.reason
