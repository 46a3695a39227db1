"""Around the holidays: thanks for a deed with where and when told first, a stall saved that is no
stand to visit, and calls to order before a date, in every language the rules read."""

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "Hallo Jan, frohe Weihnachten! Danke, dass Sie auf dem Stadtfest in Kiel unsere Tochter gefunden "
        "haben.",
        "Hoi Jan, fijne feestdagen! Bedankt dat je tijdens de storm in Hoorn onze schuur kwam stutten.",
    ],
)
def test_a_deed_thanked_with_where_or_when_first_is_shared(analyzer, text):
    report = analyzer.analyze(text)
    assert "SPC102" in report.all_codes(), report.signals
    assert report.label == "personalized", report.reason


def test_our_stand_saved_is_no_stand_to_visit(analyzer):
    text = "Hallo Jan, danke, dass Sie auf dem Markt in Celle unseren Stand gerettet haben, als es stürmte."
    assert "PIT001" not in analyzer.analyze(text).all_codes()


def test_our_stand_to_visit_is_still_an_invitation_to_a_booth(analyzer):
    assert (
        "PIT001"
        in analyzer.analyze("Hallo Jan, besuchen Sie unseren Stand auf der Messe in Halle 4!").all_codes()
    )


@pytest.mark.parametrize(
    "text",
    [
        "Hi Jan, order our corporate gift boxes before 12 December and we'll deliver free.",
        "Hoi Jan, verras je team met onze kerstboxen - bestel vóór 1 december.",
        "Cześć Jan, zamów u nas kosze świąteczne z 20% rabatem do końca listopada.",
    ],
)
def test_a_call_to_order_before_a_date_is_an_offer(analyzer, text):
    report = analyzer.analyze(text)
    assert "PIT004" in report.all_codes(), report.all_codes()
    assert report.label == "sales", report.reason


def test_the_senders_own_order_is_no_offer(analyzer):
    text = "Hi Jan, I'll order the new edition before Christmas - loved the first one!"
    assert "PIT004" not in analyzer.analyze(text).all_codes()
