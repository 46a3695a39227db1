"""Notes to and from people in retirement and the clubs around them: a deed done by a group the
recipient belongs to, and a song or a title in quotes between a deed and the sender's family. Every
note here was written for these tests."""

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "Harold, you and the other volunteers at the repair shed in Wells rebuilt my granddaughter's "
        "scooter after the fete, and wouldn't take a penny.",
        'Winifred, you sang "The Parting Glass" at my aunt\'s 80th at the Legion in Newry. She still '
        "talks about it.",
        "Winifred, you read “Fern Hill” at my father's funeral in Swansea and it was exactly right.",
    ],
)
def test_a_deed_by_a_group_they_are_in_or_around_a_quoted_title_is_a_shared_context(rules_only, text):
    report = rules_only.analyze(text)
    assert "SPC102" in report.all_codes() and report.label == "personalized", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Harold, you and the team at Acme launched a great product this year.",
        'Harold, you said "retirement is a new job" in your post. So true! Let\'s connect.',
    ],
)
def test_their_team_s_launch_or_a_quote_from_their_post_is_no_deed_for_the_sender(rules_only, text):
    assert "SPC102" not in rules_only.analyze(text).all_codes()
