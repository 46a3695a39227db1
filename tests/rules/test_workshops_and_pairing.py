"""Working side by side: pairing on a piece of work, the same workshop, a sketch of theirs; and a
recruiting firm's placements offered in French. Every note here was written for these tests."""

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "Noor, we paired on the checkout rewrite at the Leeds hack weekend and I still use your test names.",
        "Noor, you paired with me on my first deploy at Brightwater and talked me through the rollback.",
    ],
)
def test_pairing_on_a_piece_of_work_is_a_shared_context(rules_only, text):
    report = rules_only.analyze(text)
    assert "SPC102" in report.all_codes(), report.all_codes()
    assert report.label == "personalized", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Noor, we were in the same workshop on grant writing in Bristol last spring.",
        "Bonjour Noor, nous étions dans le même atelier d'écriture à Nantes en avril.",
        "Hola Noor, estuvimos en el mismo taller de cerámica en Valencia el año pasado.",
    ],
)
def test_the_same_workshop_is_a_shared_context(rules_only, text):
    assert "SPC102" in rules_only.analyze(text).all_codes()


def test_the_same_workshop_as_everyone_is_no_tie(rules_only):
    text = "Hi Noor, we probably attended the same online workshops like everyone in the professional world."
    assert rules_only.analyze(text).label == "default"


@pytest.mark.parametrize(
    "text",
    [
        "Bonjour Noor, notre cabinet place des ingénieurs qualité en trois semaines. Un échange rapide ?",
        "Bonjour Noor, notre cabinet accompagne les PME dans leur recrutement. Disponible mardi ?",
    ],
)
def test_a_firm_placing_or_serving_clients_in_french_is_a_company_offering(rules_only, text):
    report = rules_only.analyze(text)
    assert "PIT016" in report.all_codes(), report.all_codes()
    assert report.label == "sales", report.reason


def test_our_firm_as_the_workplace_both_share_is_no_offering(rules_only):
    text = (
        "Bonjour Noor, tu as rejoint notre cabinet à Lille la même semaine que moi, en 2019. "
        "Ravie de te retrouver ici !"
    )
    assert "PIT016" not in rules_only.analyze(text).all_codes()


def test_a_seller_from_the_same_cohort_still_sells(rules_only):
    text = (
        "Hi Noor, we were in the same accelerator cohort! My startup now offers payroll software for "
        "restaurants - happy to give your portfolio companies a discount."
    )
    report = rules_only.analyze(text)
    assert "PIT003" in report.all_codes(), report.all_codes()
    assert report.label == "sales", report.reason
