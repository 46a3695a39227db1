"""Software developers, open-source maintainers and tech meetups: a group both were in named in
capitals, and a staffing firm's profiles offered in the other languages. Every note here was written
for these tests."""

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "Hi Joy, we were in the same Founders and Coders cohort in 2020. I've just shipped my first app!",
        "Hi Joy, we played in the same Walthamstow Sunday League team in 2018.",
    ],
)
def test_a_group_both_were_in_named_in_capitals_is_a_shared_context(rules_only, text):
    report = rules_only.analyze(text)
    assert "SPC102" in report.all_codes(), report.signals
    assert report.label == "personalized", report.reason


def test_a_group_described_at_length_is_not_named(rules_only):
    report = rules_only.analyze("Hi Joy, we were in the same big old noisy choir in 2019.")
    assert "SPC102" not in report.all_codes(), report.signals


@pytest.mark.parametrize(
    "text",
    [
        "Hoi Joy, wij detacheren ervaren testers binnen een week. Zal ik een paar profielen sturen?",
        "Hola Joy, tenemos desarrolladores senior disponibles. ¿Te envío algunos perfiles?",
    ],
)
def test_a_staffing_firms_profiles_offered_are_sales(rules_only, text):
    report = rules_only.analyze(text)
    assert "PIT003" in report.all_codes(), report.signals
    assert report.label == "sales", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Hi Joy, I'm a career coach for new team leads - first session free this month.",
        "Hi Joy, I teach beginner Spanish online and the first lesson is free this week.",
    ],
)
def test_a_first_session_given_away_is_an_offer(rules_only, text):
    report = rules_only.analyze(text)
    assert "PIT004" in report.all_codes(), report.signals
    assert report.label == "sales", report.reason


def test_being_free_this_week_is_no_offer(rules_only):
    report = rules_only.analyze(
        "Hi Joy, we met at the Leeds Python meetup - are you free this week for a coffee?"
    )
    assert "PIT004" not in report.all_codes(), report.signals


@pytest.mark.parametrize(
    "text",
    [
        "Hi Joy, I'm reaching out to connect with other women in engineering leadership.",
        "Hi Joy, I'm reaching out to say thank you for the mentoring scheme you ran at Arup.",
    ],
)
def test_reaching_out_to_connect_or_to_thank_is_no_bait(rules_only, text):
    assert "PIT008" not in rules_only.analyze(text).all_codes()


def test_reaching_out_to_tell_them_about_a_product_still_is(rules_only):
    report = rules_only.analyze("Hi Joy, I'm reaching out to tell you about our new rota platform.")
    assert "PIT008" in report.all_codes(), report.signals
