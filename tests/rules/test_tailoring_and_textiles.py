"""Notes to tailors, dressmakers, upholsterers and costume makers, and from those who sell or
recruit for them: costumes as a piece of their work (with what they were for), roles counted by a
recruiter, and a free thing to try. Every note here was written for these tests; each holds with
the rules alone."""

import pytest


def test_costumes_with_what_they_were_for_are_their_work(rules_only):
    report = rules_only.analyze(
        "Hi Fiona, your costumes for the Lyceum's Macbeth had the whole row whispering."
    )
    assert "SPC101" in report.all_codes(), report.all_codes()
    assert report.label == "personalized", report.reason


@pytest.mark.parametrize(
    "text", ["Hi Fiona, love your costumes! Let's connect.", "Great garments, happy to connect."]
)
def test_costumes_praised_alone_fit_any_costume_maker(rules_only, text):
    report = rules_only.analyze(text)
    assert "SPC101" not in report.all_codes(), report.all_codes()
    assert report.label == "default", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Hi Rachel, I recruit for Halden Heritage and we have three conservation roles open. Keen to chat?",
        "Hi Sam, I've got two positions to fill in our Leeds workroom, both permanent. Interested?",
    ],
)
def test_roles_counted_out_by_a_recruiter_are_a_blast(rules_only, text):
    report = rules_only.analyze(text)
    assert "PIT007" in report.all_codes(), report.all_codes()
    assert report.label == "sales", report.reason


def test_two_jobs_of_the_senders_own_are_no_roles_offered(rules_only):
    report = rules_only.analyze(
        "We have two kids and two jobs, so I loved your talk on flexible hours at the Leeds meetup."
    )
    assert "PIT007" not in report.all_codes(), report.all_codes()


@pytest.mark.parametrize(
    "text",
    [
        "Hi Winston, we'd love to send you a complimentary roll of our canvas to try.",
        "Hi Winston, may we post you a complimentary tin of our leather balm to test?",
    ],
)
def test_a_complimentary_thing_to_try_is_a_sample(rules_only, text):
    assert "PIT004" in rules_only.analyze(text).all_codes()


def test_complimentary_words_are_no_sample(rules_only):
    report = rules_only.analyze(
        "Thanks for the complimentary words about my talk; I was glad to try the new format."
    )
    assert "PIT004" not in report.all_codes(), report.all_codes()


@pytest.mark.parametrize(
    "text",
    [
        "Hi Claire, thanks for recovering the armchair my grandmother left me. Best seat in the house.",
        "Hi Tom, thank you for shortening the trousers I wore to my brother's wedding.",
    ],
)
def test_thanks_for_work_on_a_thing_the_sender_names_as_theirs(rules_only, text):
    report = rules_only.analyze(text)
    assert "SPC102" in report.all_codes(), report.all_codes()
    assert report.label == "personalized", report.reason


def test_thanks_for_a_platform_step_with_the_senders_clause_is_still_a_formula(rules_only):
    report = rules_only.analyze("Thanks for accepting the request I sent last week.")
    assert "SPC102" not in report.all_codes(), report.all_codes()
