"""Invitations to speak, write, guest and sponsor, free and paid. Every note here was written for
these tests."""

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "Hi Noor, you were on the panel I chaired at Leeds Digital Festival and saved it when the slides "
        "froze. Would love you back next year.",
        "Hi Noor, your agency booked me for my first paid keynote in Hull. I've just done my fortieth!",
        "Olá Noor, você organizou o meetup em Braga onde conheci o meu sócio. Obrigado!",
    ],
)
def test_their_part_in_the_senders_own_past_is_shared(rules_only, text):
    report = rules_only.analyze(text)
    assert "SPC102" in report.all_codes(), report.signals
    assert report.label == "personalized", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Hi Noor, your agency booked a demo with our team last week - hope it was useful.",
        "Hi Noor, you were in the same industry I worked in for years.",
        "Olá Noor, você publicou o post onde vi a vaga.",
    ],
)
def test_a_buyers_step_a_field_or_a_post_is_no_shared_past(rules_only, text):
    report = rules_only.analyze(text)
    assert "SPC102" not in report.all_codes(), report.signals
