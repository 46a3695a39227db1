"""Notes to youth workers, scout leaders and school volunteers: what they taught the sender's child
told with a Dutch double infinitive, a place on a course offered to be booked for them, and a
service that turns their material into something. Every note here was written for these tests."""

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "Hoi Ilse, jij hebt mijn zoon bij de zeilclub in Loosdrecht leren zeilen. Hij wil nooit meer van "
        "het water af!",
        "Hoi Ilse, jij hebt mijn broertje op de kinderboerderij leren melken.",
        "Hoi Ilse, jij hebt mijn zoon in het museum in Leiden de mammoetbotten laten zien.",
    ],
)
def test_a_dutch_deed_told_with_a_double_infinitive_is_a_shared_past(analyzer, text):
    report = analyzer.analyze(text)
    assert "SPC102" in report.all_codes(), report.all_codes()
    assert report.label == "personalized", report.reason


def test_a_profile_seen_and_a_wish_to_learn_are_no_deed(analyzer):
    report = analyzer.analyze("Hoi Ilse, je hebt mijn profiel bekeken, leuk! Ik wil graag leren zeilen.")
    assert "SPC102" not in report.all_codes(), report.all_codes()


def test_a_place_booked_for_them_is_booked_time(analyzer):
    report = analyzer.analyze(
        "Hi Tom, our first aid course for scout leaders runs in May. Shall I book you a place?"
    )
    assert "PIT001" in report.all_codes(), report.all_codes()


def test_a_service_that_turns_their_material_into_something_is_a_pitch(analyzer):
    report = analyzer.analyze(
        "Hi Tom, I can turn your club's match reports into a monthly newsletter. Fancy a chat?"
    )
    assert "PIT003" in report.all_codes(), report.all_codes()
    assert report.label == "sales", report.reason


def test_turning_the_senders_own_things_into_something_is_no_service(analyzer):
    report = analyzer.analyze(
        "Hi Tom, we turned our garage into a climbing wall for the cub pack - come and see!"
    )
    assert "PIT003" not in report.all_codes(), report.all_codes()
