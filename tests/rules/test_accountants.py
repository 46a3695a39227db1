"""Accountants, bookkeepers, tax advisers and their clients: a job on their practice's work offered
by the sender's team, a price held against theirs, a product launched for a clientele, a sourcing
service, a trial with no card and a case study sent. Every note here was written for these tests."""

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "Hi Nia, our bookkeeping team in Cork can handle your quarter-end work at a third of the cost.",
        "Hi Nia, we met at the ICAEW conference in May. We've since launched a bookkeeping app for "
        "landlords - no credit card needed to try it.",
        "Hi Nia, we source interim payroll managers within 72 hours. Any gaps this spring? Let's talk.",
    ],
)
def test_a_practices_work_offered_is_sales(rules_only, text):
    report = rules_only.analyze(text)
    assert report.label == "sales", (report.reason, report.signals)


def test_a_case_study_sent_is_an_offer(rules_only):
    report = rules_only.analyze("Hi Nia, could I send a case study on how a firm your size cut its close?")
    assert "PIT004" in report.all_codes(), report.signals


@pytest.mark.parametrize(
    "text",
    [
        "Hi Nia, we source our beans from your farm's co-op in Huila and the customers love them.",
        "Hi Nia, we launched an app for our school fair and you helped us test the card reader. Thank you!",
        "Hi Nia, you and your team handled our club's accounts for free when the treasurer was ill.",
    ],
)
def test_the_senders_own_sourcing_or_app_or_their_help_is_no_pitch(rules_only, text):
    report = rules_only.analyze(text)
    assert not {"PIT003", "PIT004"} & report.all_codes(), report.signals


@pytest.mark.parametrize(
    "text",
    [
        "Hi Nia, your thread on fixed-fee packages for new practices got me through year one.",
        # The topic in a clause after "on".
        "Hi Nia, your thread on how you priced your first fixed-fee packages got me through year one.",
    ],
)
def test_fees_and_packages_as_the_subject_of_their_work_are_no_offer(rules_only, text):
    report = rules_only.analyze(text)
    assert "PIT004" not in report.all_codes(), report.signals


def test_a_fee_charged_is_still_an_offer(rules_only):
    report = rules_only.analyze("Hi Nia, for a one-off fee of £299 we'll tidy your books before year end.")
    assert "PIT004" in report.all_codes(), report.signals
