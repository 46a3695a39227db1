"""Musicians, music teachers, sound engineers, venues and their suppliers: streams guaranteed by the
count, and a musician's tracks pitched to labels for a fee. Every note here was written for these
tests."""

import pytest


def test_streams_guaranteed_by_the_count_are_an_outcome_promised(rules_only):
    report = rules_only.analyze(
        "Hi Ana, we place folk artists on 40+ curated playlists - guaranteed 5k streams in a month. Keen?"
    )
    assert "PIT010" in report.all_codes(), report.signals
    assert report.label == "sales", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Hi Ana, loved your new EP! For a flat fee of £150 I'll mix your next single and pitch it to blogs.",
        "Hi Ana, your set at the Green Note was great. We'll pitch your songs to sync agencies for £40 a "
        "track.",
    ],
)
def test_their_work_pitched_to_buyers_for_a_fee_is_sales(rules_only, text):
    report = rules_only.analyze(text)
    assert "PIT003" in report.all_codes(), report.signals
    assert report.label == "sales", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Hi Ana, we played the Green Note together in March - happy to pitch in if you need a bassist.",
        "Hi Ana, your talk on touring budgets was great. Could I pitch you an idea for the next meetup?",
    ],
)
def test_pitching_in_or_an_idea_is_no_job(rules_only, text):
    assert "PIT003" not in rules_only.analyze(text).all_codes()


def test_a_clientele_placed_where_they_want_to_be_is_a_self_pitch(rules_only):
    report = rules_only.analyze("Hi Ana, we get unsigned bands onto festival line-ups in Europe. Want in?")
    assert "PIT003" in report.all_codes(), report.signals
    assert report.label == "sales", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Hi Ana, we put two bands on at the Green Note in March - you were brilliant.",
        "Hi Ana, we get bands in most Fridays at the Crown - you played our best night yet.",
    ],
)
def test_bands_booked_for_a_night_are_no_clientele(rules_only, text):
    assert "PIT003" not in rules_only.analyze(text).all_codes()
