"""Notes from hotels, restaurants, tours and events, and from those who sell to them: a product
named by its maker's name shown helping a clientele, what "our" thing pays back, a job seeker
naming where they want to work, a deed thanked for in a long clause. Every note here was written
for these tests."""

import pytest


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (
            "Hi Noor, thanks for connecting! Happy to show you how Tablewise's waitlist is helping "
            "busy restaurants seat 20% more covers.",
            "PIT016",
        ),
        ("Hi Ed, high gas bills? Our heat-pump retrofit pays for itself within two winters.", "PIT016"),
    ],
)
def test_a_product_shown_paying_back_is_sales(analyzer, text, code):
    report = analyzer.analyze(text)
    assert code in report.all_codes(), report.all_codes()
    assert report.label == "sales", report.reason


def test_a_job_seeker_naming_where_is_not_recruiting(analyzer):
    report = analyzer.analyze("Hi Ife, open to work! Experienced barista seeking new opportunities in Leeds.")
    assert "PIT007" not in report.all_codes(), report.all_codes()
    assert report.label == "default", report.reason


def test_a_deed_thanked_for_named_late_in_its_clause_is_a_shared_past(analyzer):
    report = analyzer.analyze(
        "Hi Rob, thank you for keeping the café open late when the coach broke down near Ullswater. "
        "Still grateful."
    )
    assert "SPC102" in report.all_codes(), report.all_codes()
    assert report.label == "personalized", report.reason


def test_what_a_festival_did_for_restaurants_is_no_product_shown(analyzer):
    report = analyzer.analyze(
        "Hi Ana, I'll show you how the festival has helped local restaurants when you visit in June - "
        "your idea for the night market made it happen!"
    )
    assert "PIT016" not in report.all_codes(), report.all_codes()
    assert report.label == "personalized", report.reason
