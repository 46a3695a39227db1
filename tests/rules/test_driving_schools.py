"""Driving schools and road safety: a partnership asked for, a premium worked out, kit hired out to a
clientele in the Nordic passive, and a print shop's trade for schools that are businesses. Every note
here was written for these tests."""

import pytest


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (
            "Hi Dee, our speed-awareness videos halve repeat offences. Can we partner with your council?",
            "PIT015",
        ),
        (
            "Hoi Dee, onze verzekering dekt ook lesauto's in het buitenland. Mag ik een premie voor u "
            "berekenen?",
            "PIT004",
        ),
        ("Hej Dee, vår bana hyrs ut till trafikskolor på helgerna. Ska jag skicka pris?", "PIT003"),
        ("Hej Dee, vår bana hyrs ut till trafikskolor på helgerna. Ska jag skicka pris?", "PIT004"),
        ("Hi Dee, we print magnetic roof signs and L-plates for driving schools across Yorkshire.", "PIT003"),
        ("Hi Dee, we design costumes and stage sets for dance schools in the north-east.", "PIT003"),
    ],
)
def test_a_partnership_a_premium_kit_hired_out_and_a_trade_for_driving_schools_are_a_pitch(
    rules_only, text, code
):
    assert code in rules_only.analyze(text).all_codes()


@pytest.mark.parametrize(
    "text",
    [
        "Hi Dee, we print our own flyers for the school fair every year - yours were lovely.",
        "Hi Dee, it was great to partner with you on the road safety week at St Mark's.",
    ],
)
def test_a_schools_own_flyers_or_a_partnership_remembered_is_no_pitch(rules_only, text):
    assert {"PIT003", "PIT015"}.isdisjoint(rules_only.analyze(text).all_codes())
