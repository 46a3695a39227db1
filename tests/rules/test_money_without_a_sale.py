"""Money talk without a sale, against sellers of money: a review of their pension booked, the
market's pain told to someone their age, an investment's information pack. Every note here was
written for these tests."""

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "Hi Remi, I'm a mortgage broker - most people your age overpay on their fixed rate. Shall we book "
        "a mortgage review?",
        "Hi Remi, our solar farm notes pay 9% a year, fully secured. Happy to send the information pack.",
    ],
)
def test_a_money_product_offered_is_a_pitch(rules_only, text):
    report = rules_only.analyze(text)
    assert report.label == "sales", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Hi Remi, thank you for sponsoring my Leeds 10k for the hospice - your £15 got me over the line!",
        "Hi Remi, you lent me the bus fare home from Preston when I lost my purse. Finally found you to "
        "pay it back!",
    ],
)
def test_money_in_a_story_of_theirs_is_no_pitch(rules_only, text):
    report = rules_only.analyze(text)
    assert report.label == "personalized", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Hi Joe, as a partner at Fernhold I work on high-yield investments in vineyards. Open to a short "
        "call about the benefits of investing in real assets?",
        "Beste Joost, als partner bij Fernhold werk ik aan investeringen in wijngaarden. Zin in een "
        "kennismaking over alternatief rendement?",
    ],
)
def test_a_yield_held_out_is_a_financial_solicitation(rules_only, text):
    report = rules_only.analyze(text)
    assert "PIT005" in report.all_codes() and report.label == "sales", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Hi Ana, your paper on high-yield bond defaults in 2020 changed how I teach credit risk.",
        "Hi Ana, your thread on the benefits of investing early was great for my students.",
    ],
)
def test_a_yield_as_the_subject_of_their_work_is_no_solicitation(rules_only, text):
    assert "PIT005" not in rules_only.analyze(text).all_codes()
