"""Notes from housing, property and building, and from those who sell to them: a product named by its
maker's name shown helping anyone, work on their home made unasked, websites built for a trade, a
seminar and an analysis as pieces of their work. Every note here was written for these tests."""

import pytest


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (
            "Hi Jem, happy to show you how Tenantly's repairs app is helping housing associations clear "
            "their backlogs.",
            "PIT016",
        ),
        (
            "Hi Roz, thanks for connecting! Let me show you how Quill's booking widget has helped yoga "
            "teachers fill Sunday classes.",
            "PIT016",
        ),
        ("Hi Max, I put together a quick valuation of your Hove flat. Shall I send it?", "PIT016"),
        ("Hi Tess, we build websites for architects, live in ten days. Want examples?", "PIT003"),
    ],
)
def test_selling_to_owners_and_trades_is_sales(analyzer, text, code):
    report = analyzer.analyze(text)
    assert code in report.all_codes(), report.all_codes()
    assert report.label == "sales", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Ciao Luca, ho seguito il tuo seminario sul restauro del legno a Firenze: che lezione!",
        "Hi Ivy, your analysis of the Leeds rent data was the clearest I've seen - I organise tenants.",
    ],
)
def test_a_seminar_or_an_analysis_is_their_work(analyzer, text):
    report = analyzer.analyze(text)
    assert "SPC101" in report.all_codes(), report.all_codes()
    assert report.label == "personalized", report.reason


def test_a_video_of_their_talk_for_a_class_is_no_offering(analyzer):
    report = analyzer.analyze("Hi Ana, I made a video of your talk for my Year 10 class - they loved it.")
    assert "PIT016" not in report.all_codes(), report.all_codes()


@pytest.mark.parametrize(
    "text",
    [
        "Hi Dana, open violations on a duplex are costly. We may be able to purchase it as-is, no repairs.",
        "Hi Dana, we buy houses in Polk County in any condition. Would a cash offer on Elm Street help?",
    ],
)
def test_a_house_buyers_offer_is_an_offer(analyzer, text):
    report = analyzer.analyze(text)
    assert "PIT004" in report.all_codes(), report.all_codes()
    assert report.label == "sales", report.reason


def test_a_house_sold_as_is_by_a_friend_is_no_offer(analyzer):
    report = analyzer.analyze(
        "Hi Dana, you sold us your grandmother's cottage in Hebden as is, wallpaper and all, and we still "
        "love it. Thank you for the garden notes you left."
    )
    assert "PIT004" not in report.all_codes(), report.all_codes()
