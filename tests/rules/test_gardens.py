"""Gardeners and garden centres: a photo offered is a courtesy, a deed done with the sender's group,
goods counted by the shops that stock them. Every note here was written for these tests."""

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "Thanks for saving my nan's rose, Bryn - can I send you a photo of it in flower?",
        "Grazie per il bonsai, Bryn: posso mandarti una foto?",
    ],
)
def test_a_photo_offered_is_no_offer_question(rules_only, text):
    assert "PIT013" not in rules_only.analyze(text).all_codes()


@pytest.mark.parametrize(
    "text",
    [
        "Hi Bryn, can I send you photos of our new range?",
        "Hi Bryn, we sell reclaimed oak benches at half price. Shall I send you some photos?",
    ],
)
def test_photos_of_the_senders_goods_are_still_an_offer_question(rules_only, text):
    assert "PIT013" in rules_only.analyze(text).all_codes()


def test_a_deed_done_with_the_senders_group_is_a_shared_context(rules_only):
    text = "Bryn, you planted the orchard behind the village hall in Llandeilo with our Cubs last March."
    report = rules_only.analyze(text)
    assert "SPC102" in report.all_codes(), report.all_codes()
    assert report.label == "personalized", report.reason


def test_a_platform_step_with_the_senders_group_is_no_deed(rules_only):
    assert "SPC102" not in rules_only.analyze("Bryn, you shared the post with our club.").all_codes()


@pytest.mark.parametrize(
    "text",
    [
        "Hi Bryn, our bird feeders are stocked by 250 garden centres. Would you sell them in your shop?",
        "Hi Bryn, our seed kits are sold in 120 shops across Wales.",
    ],
)
def test_goods_counted_by_the_shops_that_stock_them_are_a_self_pitch(rules_only, text):
    report = rules_only.analyze(text)
    assert "PIT003" in report.all_codes(), report.all_codes()
    assert report.label == "sales", report.reason
