"""An ask is counted once, and an invitation to take part is no offer. Every note here was written
for these tests."""

import pytest


def test_an_offer_question_about_a_call_is_counted_as_the_call(analyzer):
    text = (
        "Hi Jonas, good to meet you at the Leeds product meetup on Thursday. Our talk about trial "
        "lengths stuck with me - would you be interested in a quick call to compare notes on it?"
    )
    report = analyzer.analyze(text)
    assert "PIT001" in report.all_codes()
    assert "PIT013" not in report.all_codes()
    assert report.label == "personalized", report.reason


def test_a_call_a_few_words_after_the_question_is_the_same_ask(analyzer):
    text = (
        "Hi Jonas, I'm keen to meet more people in grocery logistics. Would you be interested in a relaxed, "
        "no-agenda coffee chat some time? I'd like to hear how you got into it."
    )
    report = analyzer.analyze(text)
    assert "PIT013" not in report.all_codes(), report.all_codes()
    assert report.label == "default", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Would you be interested in a free audit of your ad account?",
        "Would you like a demo of our booking tool?",
    ],
)
def test_an_offer_question_about_a_demo_or_an_audit_is_still_an_offer(analyzer, text):
    assert "PIT013" in analyzer.analyze(text).all_codes()


@pytest.mark.parametrize(
    "text",
    [
        "Would you be interested in being a guest on our allotment podcast?",
        "Would you be interested in appearing on the show this spring?",
    ],
)
def test_asking_someone_to_be_a_guest_is_no_offer(analyzer, text):
    assert "PIT013" not in analyzer.analyze(text).all_codes()


@pytest.mark.parametrize(
    "text",
    [
        "Hi Emma, thanks for accepting! It was lovely to sit next to you at the hospice quiz night in Leeds.",
        "Hi Marek, your Grafana dashboard templates are great. Quick question: any for Postgres 16?",
    ],
)
def test_a_courtesy_with_no_pitch_after_it_is_no_bait(analyzer, text):
    report = analyzer.analyze(text)
    assert "PIT008" not in report.all_codes()
    assert report.label == "personalized", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Hi Emma, thanks for accepting! We help hospices cut agency staffing costs by 30%. Open to a call?",
        "Hi Marek, quick question: are you the person who buys monitoring software at Allegro? We sell it.",
    ],
)
def test_a_courtesy_before_a_pitch_is_still_bait(analyzer, text):
    assert "PIT008" in analyzer.analyze(text).all_codes()


def test_a_question_about_the_role_offered_is_counted_as_the_role(analyzer):
    text = (
        "Hi Mina, your write-up on sharding the billing ledger at Monzo was the clearest I've read. "
        "You'd be a great fit for our Staff Data Engineer role at Tidewater. Would you be interested "
        "in hearing more about the role?"
    )
    codes = analyzer.analyze(text).all_codes()
    assert "PIT007" in codes
    assert "PIT013" not in codes
    assert "PIT016" not in codes  # "our Staff Data Engineer role" names a role, not a product


def test_a_recruiter_who_names_nothing_is_still_sales(analyzer):
    report = analyzer.analyze(
        "Hi Mina, you'd be a great fit for our Staff Data Engineer role. Would you be interested in "
        "hearing more about the role?"
    )
    assert report.label == "sales", report.reason


def test_a_follow_up_to_the_senders_cold_email_is_bait_before_a_pitch(analyzer):
    report = analyzer.analyze(
        "Hi Tom, I just sent you an email about Brightline Dental. Let me know if you're interested in "
        "learning more."
    )
    assert "PIT008" in report.all_codes()
    assert report.label == "sales", report.reason


def test_an_email_about_something_shared_is_no_bait(analyzer):
    report = analyzer.analyze(
        "Hi Tom, I sent you an email about the alumni reunion in May, thought I'd connect here too."
    )
    assert "PIT008" not in report.all_codes()


@pytest.mark.parametrize(
    "text",
    [
        "Hi Dana, lovely to see you at the choir concert. If you're interested, I can share the recording.",
        "Hi Dana, great meeting you at the alumni dinner. If you're interested, I can send you my notes.",
    ],
)
def test_the_notes_or_a_recording_passed_on_after_an_event_are_no_buyer_probe(analyzer, text):
    assert "PIT012" not in analyzer.analyze(text).all_codes()


def test_a_deck_offered_if_they_are_interested_is_still_a_buyer_probe(analyzer):
    assert "PIT012" in analyzer.analyze("Hi Dana, if you're interested, I can share our deck.").all_codes()
