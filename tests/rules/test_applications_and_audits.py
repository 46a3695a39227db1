"""Candidates writing about a job they want, told by what they did before and what they are getting
ready for, and a learner's portfolio project; against an agency's look at their online presence
offered unasked. Every note here was written for these tests."""

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "Saw the Site Reliability Engineer opening at Fennel. I ran on-call for the billing stack at a "
        "prior company and cut our pages by half. Would you be up for a quick chat about the team?",
        "Hi Maud, I noticed the Data Platform Lead role at Tessera. In my previous role I moved three "
        "warehouses onto dbt. Would you be open to a short call about what the team needs?",
        "Hi Maud, I'm preparing for product analyst roles and saw you work on growth at Tessera. Could "
        "I ask two quick questions about what the team looks for?",
        "Hello Maud, I'm currently prepping for backend interviews at a few fintechs and would value "
        "any pointers on the process. No pressure if you're busy!",
    ],
)
def test_a_candidates_past_employer_or_job_search_is_their_own_career_ask(analyzer, text):
    report = analyzer.analyze(text)
    assert "PIT018" in report.all_codes(), report.all_codes()
    assert report.label == "default", report.reason


@pytest.mark.parametrize(
    "text",
    [
        # Preparing for a meeting with them is no job search.
        "Hi Maud, preparing for your interview with our podcast next week - anything you'd like to avoid?",
        "Hi Maud, I'm preparing for the hackathon you're judging on Saturday and wanted to say hello.",
    ],
)
def test_preparing_for_something_of_theirs_is_no_job_search(analyzer, text):
    assert "PIT018" not in analyzer.analyze(text).all_codes()


def test_a_portfolio_project_is_a_learners_project_not_a_portfolio_sold(analyzer):
    report = analyzer.analyze(
        "Hi Kofi, I read your article on event sourcing in payments. I'm building something similar for "
        "my portfolio project and would love your take on the trade-offs. Could we talk for 15 minutes "
        "next week?"
    )
    assert "PIT011" not in report.all_codes(), report.all_codes()
    assert report.label == "personalized", report.reason


def test_a_sellers_portfolio_still_counts(analyzer):
    report = analyzer.analyze("Hi Kofi, have a look at my portfolio - I design landing pages for fintechs.")
    assert "PIT011" in report.all_codes(), report.all_codes()


@pytest.mark.parametrize(
    "text",
    [
        "Hi {contact}, I came across {company} while looking at dental practices in Leeds. Would love to "
        "connect and share a few observations about your online presence. No pitch, just ideas.",
        "Hi Jana, found Brightmoor Joinery while browsing builders in York. Happy to share some insights "
        "on your social media if useful.",
    ],
)
def test_observations_on_their_online_presence_offered_unasked_are_an_audits_opener(analyzer, text):
    report = analyzer.analyze(text)
    assert "PIT004" in report.all_codes(), report.all_codes()
    assert report.label == "sales", report.reason


def test_insights_about_a_piece_of_their_work_are_no_audit(analyzer):
    report = analyzer.analyze(
        "Hi Jana, your talk on timber framing at the York build show was great - I'd love to share some "
        "observations from our own barn restoration if you're curious."
    )
    assert "PIT004" not in report.all_codes(), report.all_codes()
