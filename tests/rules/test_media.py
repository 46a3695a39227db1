"""Notes between journalists, writers and creators, and from those who sell to them: an
investigation as a piece of their work, the platform's suggestions as no shared past, a session
presented in Dutch, an outcome guaranteed. Every note here was written for these tests."""

import pytest


def test_an_investigation_into_fees_is_their_work_not_a_price(analyzer):
    report = analyzer.analyze(
        "Hi Ade, your investigation into nursery fees in Leeds was brilliant - the FOI trail was clever."
    )
    codes = report.all_codes()
    assert "SPC101" in codes and "PIT004" not in codes, codes
    assert report.label == "personalized", report.reason


def test_the_platforms_suggestions_are_no_shared_past(analyzer):
    report = analyzer.analyze("Hi Ruth, you appeared in my suggestions and we both write books. Connecting!")
    assert "SPC102" not in report.all_codes(), report.all_codes()
    assert report.label == "default", report.reason


def test_a_session_presented_in_dutch_is_their_work(analyzer):
    report = analyzer.analyze(
        "Hoi Mila, jij presenteerde de slotsessie op het podcastfestival in Gent - je tips over interviews "
        "pas ik elke week toe."
    )
    assert "SPC101" in report.all_codes(), report.all_codes()
    assert report.label == "personalized", report.reason


def test_an_outcome_guaranteed_beside_a_price_is_sales(analyzer):
    report = analyzer.analyze(
        "Hi Lou, love your newsletter on urban cycling! We guarantee 5,000 new subscribers in 60 days. "
        "Packages from £199."
    )
    assert "PIT010" in report.all_codes(), report.all_codes()
    assert report.label == "sales", report.reason


def test_a_polish_photo_story_of_theirs_is_their_work(analyzer):
    report = analyzer.analyze(
        "Pani Marto, Pani reportaż o remoncie dworca w Przemyślu pokazał mojego dziadka przy kasie. Czy "
        "mogłabym prosić o odbitkę tego zdjęcia?"
    )
    assert "SPC101" in report.all_codes(), report.all_codes()
    assert report.label == "personalized", report.reason


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (
            "Hi Marta, we represent forty voice actors and would love to be on your casting list. Can I send "
            "our showreel?",
            "PIT015",
        ),
        ("Hi Marta, we print film posters in any size. Could I send over our price sheet?", "PIT013"),
        ("Hi Marta, I'm a lender offering bridge loans to documentary producers. Shall we talk?", "PIT005"),
    ],
)
def test_a_place_on_their_list_material_or_a_loan_offered_is_a_pitch(analyzer, text, code):
    report = analyzer.analyze(text)
    assert code in report.all_codes(), report.all_codes()
    assert report.label == "sales", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Hi Rita, I've followed your coverage of the rail strikes at the Herald - would be glad to connect.",
        "Hallo Rita, ich folge Ihrer Berichterstattung über die Bahnreform im Tagesspiegel.",
    ],
)
def test_a_reporters_coverage_of_a_topic_is_their_work(analyzer, text):
    report = analyzer.analyze(text)
    assert any(s["code"] == "SPC101" for s in report.signals), report.signals
    assert report.label == "personalized", report.reason


def test_coverage_with_nothing_it_is_about_is_no_work(analyzer):
    report = analyzer.analyze("Hi Rita, happy to review your coverage whenever suits you.")
    assert not any(s["code"] == "SPC101" for s in report.signals), report.signals
