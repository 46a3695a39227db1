"""Notes written as lists, and the pieces of work they name: a review of the sender's thing that is
done and followed, a Dutch compound ending in a piece of work, a Polish workshop in its cases."""

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "Hi Tom, fixes from your security review of our shop checkout, all live now:\n✔ rate limits\n"
        "✔ 2FA\n✔ session expiry\nThanks for the detail.",
        "Hi Tom, your usability review of my thesis app was spot on - I rebuilt the menu over the weekend.",
    ],
)
def test_their_review_of_the_senders_thing_is_a_piece_of_their_work(analyzer, text):
    report = analyzer.analyze(text)
    assert "SPC101" in report.all_codes(), report.signals
    assert report.label == "personalized", report.reason


def test_a_review_wished_for_from_a_seller_is_still_a_pitch(analyzer):
    report = analyzer.analyze("Hi Tom, we'd love your review of our new app - can I send a demo link?")
    assert report.label == "sales", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Hoi Tom, van jouw pottenbakcursus in Gouda onthoud ik:\n1. centreren\n2. geduld\n3. lachen\n"
        "Mijn eerste kom is gelukt!",
        "Cześć Tom, z Twojego warsztatu w Toruniu zapamiętałam:\n- rytm\n- oddech\n- cierpliwość\nDziękuję!",
    ],
)
def test_a_workshop_or_course_named_in_a_dutch_compound_or_a_polish_case_is_their_work(analyzer, text):
    report = analyzer.analyze(text)
    assert "SPC101" in report.all_codes(), report.signals
    assert report.label == "personalized", report.reason
