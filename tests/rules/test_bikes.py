"""Bike shops and cycling: one person's media trade for a clientele, and a result promised by the
count. Every note here was written for these tests."""

import pytest


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (
            "Hi Ffion, I shoot product photos for outdoor brands across Wales. Can I send my portfolio?",
            "PIT003",
        ),
        (
            "Hi Ffion, I create Instagram reels for bike shops - 500 followers guaranteed in a month.",
            "PIT010",
        ),
    ],
)
def test_one_persons_media_trade_and_a_result_by_the_count_are_a_pitch(rules_only, text, code):
    report = rules_only.analyze(text)
    assert code in report.all_codes(), report.all_codes()
    assert report.label == "sales", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Hi Ffion, I edit photos for fun on weekends - your sunset shot of Barmouth is my wallpaper.",
        "Hi Ffion, we film videos for friends' weddings sometimes, and your bridge scene inspired ours.",
    ],
)
def test_media_made_for_fun_or_for_friends_is_no_trade(rules_only, text):
    assert "PIT003" not in rules_only.analyze(text).all_codes()
