"""From opticians, eye surgeons, audiologists and sight and hearing loss (held-out round OOOOOOOO's
misses, in new words): a care trade both are in, the sender's clients named where the recipient's
work changed the sender's practice, a name followed by whose it is, and a proposal offered. Every
note here was written for these tests; each holds with the rules alone."""

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "Hi Amir, I notice we're both in eye care. Nice to connect.",
        "Hi Amir, looks like we both work in social care. Glad to connect!",
    ],
)
def test_a_care_trade_both_are_in_fits_anyone(analyzer, text):
    report = analyzer.analyze(text)
    assert "SPC102" not in report.all_codes(), report.all_codes()
    assert report.label == "default", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Hi Amir, your workshop at the Optometry Today show on myopia control changed how I counsel my "
        "patients' parents. Could I ask which atropine dose you start with?",
        "Hi Amir, your article on loop systems changed the way we fit our clients' hearing aids at the "
        "Bristol clinic. Thanks for writing it.",
    ],
)
def test_the_senders_clients_where_their_work_changed_the_practice_are_no_offer(analyzer, text):
    report = analyzer.analyze(text)
    assert not {"PIT003", "PIT011"} & set(report.all_codes()), report.all_codes()
    assert report.label == "personalized", report.reason


def test_the_senders_clients_beside_a_tool_offered_are_still_a_pitch(analyzer):
    report = analyzer.analyze(
        "Hi Amir, your post changed how I think about recalls. My clients use our app to fill 20 more "
        "eye tests a week; want a demo?"
    )
    assert "PIT003" in report.all_codes(), report.all_codes()
    assert report.label == "sales", report.reason


def test_a_name_then_whose_it_is_is_something_done_for_the_sender(analyzer):
    report = analyzer.analyze(
        "Hi Amir, you fitted Pip, my mum's hearing dog, with the new vibrating alarm collar last spring. "
        "She sleeps soundly now. Thank you!"
    )
    assert "SPC102" in report.all_codes(), report.all_codes()
    assert report.label == "personalized", report.reason


def test_a_comma_before_my_friend_is_no_such_thing(analyzer):
    report = analyzer.analyze("Hi Amir, you nailed it, my friend. Let's connect.")
    assert "SPC102" not in report.all_codes(), report.all_codes()


@pytest.mark.parametrize(
    "text",
    [
        "Hi Amir, we screen hearing for factory staff on site. Could I send you a short proposal for your "
        "Dagenham plant?",
        "Hi Amir, could I share a proposal for your next trial? We recruit contact lens wearers fast.",
    ],
)
def test_a_proposal_offered_is_an_offer(analyzer, text):
    report = analyzer.analyze(text)
    assert "PIT004" in report.all_codes(), report.all_codes()
    assert report.label == "sales", report.reason


def test_a_proposal_for_a_talk_is_no_offer(analyzer):
    report = analyzer.analyze("Hi Amir, I'd love to share a proposal for a talk at your low-vision meetup.")
    assert "PIT004" not in report.all_codes(), report.all_codes()
