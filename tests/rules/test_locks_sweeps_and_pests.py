"""Notes to locksmiths, chimney sweeps, window cleaners and pest controllers, and from those who
recruit them: people of a trade sought by their experience, and thanks for work done where the
sender's own thing stands. Every note here was written for these tests; each holds with the rules
alone."""

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "Hi Jo, we're recruiting experienced glaziers for hospital contracts across Kent. Keen to hear more?",
        "Hi Jo, we are hiring qualified chimney sweeps in Yorkshire - van and tools provided.",
    ],
)
def test_people_of_a_trade_sought_by_their_experience_is_a_blast(rules_only, text):
    report = rules_only.analyze(text)
    assert "PIT007" in report.all_codes(), report.all_codes()
    assert report.label == "sales", report.reason


def test_volunteers_sought_for_a_cause_is_no_blast(rules_only):
    assert (
        "PIT007"
        not in rules_only.analyze("We're recruiting experienced volunteers for the beach clean!").all_codes()
    )


def test_thanks_for_work_done_where_the_senders_thing_stands(rules_only):
    report = rules_only.analyze(
        "Hi Jo, thanks for clearing the hornets' nest behind our nursery's shed before open day."
    )
    assert "SPC102" in report.all_codes(), report.all_codes()
    assert report.label == "personalized", report.reason
