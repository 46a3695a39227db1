"""Notes to hairdressers, barbers, make-up artists and beauty therapists, and from those who sell,
coach or recruit for them: a live stream as a piece of their work, owners coached for a fee, places
left, and a role offered by its name. Every note here was written for these tests; each holds with
the rules alone."""

import pytest


def test_a_live_stream_they_gave_is_their_work(rules_only):
    report = rules_only.analyze(
        "Hi Bea, your Instagram live on braiding fine hair for swimmers saved my daughter's gala morning."
    )
    assert "SPC101" in report.all_codes(), report.all_codes()
    assert report.label == "personalized", report.reason


def test_owners_coached_and_places_left_are_a_pitch(rules_only):
    report = rules_only.analyze(
        "Hi Bea, well done on the award! I coach barbershop owners to double their bookings. "
        "Two spaces left this month - shall we book a discovery call?"
    )
    assert {"PIT003", "PIT004"} <= report.all_codes(), report.all_codes()
    assert report.label == "sales", report.reason


def test_a_role_offered_by_its_name_is_a_blast(rules_only):
    report = rules_only.analyze(
        "Hi Bea, we're opening six new salons in Kent. Would you consider joining us as a Senior Stylist?"
    )
    assert "PIT007" in report.all_codes(), report.all_codes()
    assert report.label == "sales", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Would you join us as a speaker at the Kent hair and beauty show in May?",
        "Thanks for joining us as a volunteer at the food bank cut-a-thon!",
    ],
)
def test_a_part_in_an_event_or_a_cause_is_no_role_offered(rules_only, text):
    assert "PIT007" not in rules_only.analyze(text).all_codes()
