"""Sellers' openers set off by news about the recipient (a new job, a funding round): a thing of the
sender's held up against their team, a fit between their company and the sender's, and a search for
a product seen in the seller's data. Every note here was written for these tests; each holds with
the rules alone."""

import pytest


def test_a_thing_held_up_against_their_new_team_is_an_offer_question(analyzer):
    report = analyzer.analyze(
        "Hi Ola, saw you started as Head of Finance at Tessellate - congrats! I'd love to see if expense "
        "automation makes sense for your new team. 15 minutes next week?"
    )
    assert "PIT013" in report.all_codes(), report.all_codes()
    assert report.label == "sales", report.reason


def test_whether_it_makes_sense_for_their_team_names_nothing_offered(analyzer):
    report = analyzer.analyze(
        "Hi Ola, loved your talk on month-end close at the Leeds finance meetup. Have a think about "
        "whether it makes sense for your team to join our hackathon next spring."
    )
    assert "PIT013" not in report.all_codes(), report.all_codes()


def test_a_fit_between_their_company_and_the_senders_is_a_proposal(analyzer):
    report = analyzer.analyze(
        "Hi Ola, a mutual friend said there could be a strong fit between Tessellate and what we build."
    )
    assert "PIT015" in report.all_codes(), report.all_codes()
    assert report.label == "sales", report.reason


def test_a_fit_between_a_talk_and_a_panel_is_no_proposal(analyzer):
    report = analyzer.analyze(
        "Hi Ola, there's a lovely fit between your talk on audit trails and the panel Priya is chairing."
    )
    assert "PIT015" not in report.all_codes(), report.all_codes()


@pytest.mark.parametrize(
    "text",
    [
        "Bonjour Léa, j'ai vu que vous recherchiez des solutions pour automatiser votre paie. Un appel de "
        "15 minutes cette semaine ?",
        "Hi Léa, noticed you're looking for solutions to speed up supplier onboarding. Open to a "
        "15-minute call?",
    ],
)
def test_a_search_for_a_product_seen_in_the_sellers_data_is_a_buyer_sounded_out(analyzer, text):
    report = analyzer.analyze(text)
    assert "PIT012" in report.all_codes(), report.all_codes()
    assert report.label == "sales", report.reason


def test_the_senders_own_search_for_solutions_is_no_buyer_sounded_out(analyzer):
    report = analyzer.analyze(
        "Hi Léa, I'm looking for solutions to our own payroll mess and your post on month-end helped. "
        "Any advice on where to start?"
    )
    assert "PIT012" not in report.all_codes(), report.all_codes()
