"""Work made unasked for the recipient's company, to be looked at ("built Fernway a working demo of
the onboarding fix"), against things built for family or a club; and "demo" naming a thing, not a
demo asked for. Every note here was written for these tests."""

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "hey lena — built Fernway a working demo of the onboarding fix, link below. worth a look?",
        "Hi Omar, I built your team a quick mockup of the new returns page. Want me to send it over?",
    ],
)
def test_work_made_for_their_company_unasked_is_sales(analyzer, text):
    report = analyzer.analyze(text)
    assert "PIT016" in report.all_codes(), report.all_codes()
    assert report.label == "sales", report.reason


def test_a_prototype_built_for_family_is_no_offering(analyzer):
    report = analyzer.analyze(
        "Hi Ana, I built my son a little prototype of your weather station from the Make magazine "
        "article - it works!"
    )
    assert "PIT016" not in report.all_codes(), report.all_codes()
    assert report.label == "personalized", report.reason


def test_a_demo_robot_is_no_demo_asked_for(analyzer):
    report = analyzer.analyze("Hey Tom, we built the kids a demo robot at code club with your kit, thanks!")
    assert "PIT001" not in report.all_codes(), report.all_codes()
    assert report.label != "sales", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Hey Marco, I made a new website with your menu and photos for you. Want the link? If you like "
        "it, we can talk.",
        "Hi Marco, I designed a one-page site for your bike hire business over the weekend. Shall I send it?",
    ],
)
def test_a_website_made_for_them_unasked_is_sales(rules_only, text):
    report = rules_only.analyze(text)
    assert "PIT016" in report.all_codes(), report.all_codes()
    assert report.label == "sales", report.reason


def test_a_website_made_for_family_is_no_offering(rules_only):
    report = rules_only.analyze(
        "Hi Marco, I built a website for my mum's bakery using your Hugo theme - thank you for the docs!"
    )
    assert "PIT016" not in report.all_codes(), report.all_codes()
