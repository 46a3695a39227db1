"""Notes that carry a link: what the sender passes on after something shared, what they sell, and
the formulas sellers borrow. Every note here was written for these tests."""

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "Hi Wen, the leaflet you handed out at the Hackney carers' fair is now pinned in our staff room: "
        "imgur.com/carers-leaflet",
        "Hi Ola, the pull request you reviewed on Friday (github.com/tinyqueue/core/pull/88) is merged. "
        "Thanks!",
        "Hi Mo, here's the reading list with the two books you recommended: bit.ly/mo-reads. Started the "
        "first one already.",
    ],
)
def test_what_they_handed_out_reviewed_or_recommended_is_their_work(analyzer, text):
    report = analyzer.analyze(text)
    assert "SPC101" in report.all_codes(), report.signals
    assert report.label == "personalized", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "As you mentioned, here is our deck: bit.ly/flowdeck",
        "As you suggested, I'm sending our pricing: flowlite.io/pricing",
    ],
)
def test_as_you_said_with_nothing_after_it_is_a_formula(analyzer, text):
    report = analyzer.analyze(text)
    assert "SPC101" not in report.all_codes()
    assert report.label != "personalized", report.reason


def test_as_you_said_with_where_still_counts(analyzer):
    report = analyzer.analyze("As you suggested at the PyCon dinner, here's the paper on RAG evaluation.")
    assert "SPC101" in report.all_codes()


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Hi Rui, book me for your next sales kickoff - packages at rui-speaks.com/booking", "PIT003"),
        ("Hi Rui, wedding films by drone, packages at skyvows.pt", "PIT004"),
    ],
)
def test_a_speaker_or_a_trade_selling_itself_by_link_is_sales(analyzer, text, code):
    report = analyzer.analyze(text)
    assert code in report.all_codes(), report.all_codes()
    assert report.label == "sales", report.reason


def test_a_coffee_booked_is_no_service(analyzer):
    assert "PIT003" not in analyzer.analyze("You can book me for a coffee any time, Sam!").all_codes()
