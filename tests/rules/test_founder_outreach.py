"""A founder's outreach about their own product: the product said as what they are building for a
buyer or a use, a free start, a fix for their business, a fault in it diagnosed unasked, a mention
asked of a creator; and the same words from people building things for their own. Every note here
was written for these tests."""

import pytest


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (
            "Hi Lou, I'm building Tidepool, a scheduling tool for dental practices. Would love your take.",
            "PIT016",
        ),
        (
            "Hi Lou, we're building a payroll dashboard that plugs into Xero - how do you run payroll today?",
            "PIT016",
        ),
        (
            "Hi Lou, our browser plugin checks supplier invoices against purchase orders. Free to start.",
            "PIT004",
        ),
        ("Hi Lou, can I share a quick fix for your checkout page? Takes five minutes.", "PIT004"),
        (
            "Hi Lou, I don't think your Google Ads conversion tracking is set up correctly. Want a hand?",
            "PIT012",
        ),
        (
            "Hi Lou, I built something that might be worth a mention if it's useful to your audience.",
            "PIT015",
        ),
    ],
)
def test_a_founders_product_and_its_offers_are_sales(rules_only, text, code):
    report = rules_only.analyze(text)
    assert code in report.all_codes(), report.all_codes()
    assert report.label == "sales", (report.reason, report.all_codes())


@pytest.mark.parametrize(
    "text",
    [
        "Hi Lou, I'm building a birdsong app for my daughter and your recordings were perfect for it - "
        "thank you!",
        "Hi Lou, we're building a tool for our school fair raffle - any tips?",
    ],
)
def test_something_built_for_the_senders_own_is_no_product(rules_only, text):
    assert "PIT016" not in rules_only.analyze(text).all_codes()


def test_a_talk_not_recorded_is_no_fault_diagnosed(rules_only):
    report = rules_only.analyze(
        "Hi Lou, I don't think your talk at PyCon Lisbon was recorded - do you have the slides?"
    )
    assert "PIT012" not in report.all_codes(), report.all_codes()


def test_the_company_one_founded_said_as_a_tool_for_a_buyer_is_the_senders_product(rules_only):
    report = rules_only.analyze(
        "Hi Dana, I'm the co-founder of Tidepool, a scheduling tool for dental practices. Would love 15 "
        "minutes of your feedback."
    )
    assert "PIT016" in report.all_codes(), report.all_codes()
    assert "SPC101" not in report.all_codes(), report.all_codes()  # their feedback is asked for
    assert report.label == "sales", report.reason


def test_a_founder_of_a_charity_is_no_product(rules_only):
    report = rules_only.analyze(
        "Hi Dana, I'm the founder of a small charity that teaches kids to swim - loved your talk at the "
        "Leeds festival on water safety."
    )
    assert "PIT016" not in report.all_codes(), report.all_codes()
    assert report.label == "personalized", report.reason
