"""Groundskeepers, greenkeepers and club volunteers: money raised in the other languages, a figure
with spaces between its thousands, a French deed before an occasion of the sender's, a Nordic deed
whose purpose reaches the sender's own, and a firm installing kit for clubs. Every note here was
written for these tests."""

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "Bonjour Léa, grâce à ta course solidaire on a récolté 8 500 euros pour l'hôpital de Nantes.",
        "Hola Léa, con tu torneo benéfico hemos recaudado 3000 euros para el comedor social.",
    ],
)
def test_money_raised_in_the_other_languages_is_no_price(rules_only, text):
    assert "PIT004" not in rules_only.analyze(text).all_codes()


def test_a_price_with_spaces_between_its_thousands_is_still_a_price(rules_only):
    assert "PIT004" in rules_only.analyze("Bonjour Léa, nos gazons coûtent 14 500 euros posés.").all_codes()


@pytest.mark.parametrize(
    "text",
    [
        "Bonjour Léa, tu as tondu tout le terrain avant notre kermesse alors que tu étais en congé.",
        "Hej Léa, du sopade isbanan i Luleå klockan sex så att våra pojkar kunde träna före matchen.",
        "Hei Léa, du brøytet banen før seks så våre jenter kunne spille finalen.",
    ],
)
def test_a_deed_before_an_occasion_or_for_the_senders_own_purpose_is_shared_context(rules_only, text):
    report = rules_only.analyze(text)
    assert "SPC102" in report.all_codes(), report.signals
    assert report.label == "personalized", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Hej Léa, du gillade mitt inlägg så vi kan väl ses?",
        "Hej Léa, du dukkede op blandt mine forslag, så jeg sender en anmodning.",
    ],
)
def test_a_platform_step_and_the_senders_own_next_step_are_no_deed(rules_only, text):
    assert "SPC102" not in rules_only.analyze(text).all_codes()


@pytest.mark.parametrize(
    ("text", "sells"),
    [
        ("Hi Léa, we install floodlights for grassroots clubs with grant support. Case study?", True),
        ("Hi Léa, we design the programmes for clubs in our league as volunteers.", False),
    ],
)
def test_kit_installed_for_clubs_is_a_trade_unless_done_as_volunteers(rules_only, text, sells):
    assert ("PIT003" in rules_only.analyze(text).all_codes()) is sells
