"""Openers of a sale that look like generosity (a free guide, a seat at a webinar) and the shared
past that makes a note personal. Every note here was written for these tests."""

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "Hi Rosa, I put together a short guide on GDPR for dental practices. Happy to share it with you.",
        "Hello, we just published our yearly benchmark report on warehouse wages. Want a copy?",
        "Hi Tim, we've created a playbook for onboarding remote sales hires. Shall I send it over?",
    ],
)
def test_a_resource_offered_to_a_stranger_opens_a_sale(analyzer, text):
    report = analyzer.analyze(text)
    assert "PIT004" in report.all_codes()
    assert report.label == "sales", report.reason


def test_a_resource_promised_after_their_talk_stays_personal(analyzer):
    text = (
        "Hi Rosa, your talk at DevOpsDays Oslo on flaky tests was the best of the day. I put together a "
        "checklist from my notes on it and would love to know if I got the retry section right."
    )
    report = analyzer.analyze(text)
    assert report.label == "personalized", report.reason


@pytest.mark.parametrize(
    "text, label",
    [
        (
            "Hi Ada, we're hosting a live session on Thursday on cutting cloud bills with our platform. "
            "Can I save you a seat?",
            "sales",
        ),
        (
            "Hi Ada, I'm one of the organisers of the Leeds Rust meetup, your question about lifetimes last "
            "month started the best thread we've had. Can I save you a seat for the next one?",
            "personalized",
        ),
    ],
)
def test_a_seat_at_the_senders_webinar_is_booked_time(analyzer, text, label):
    report = analyzer.analyze(text)
    assert "PIT001" in report.all_codes()
    assert report.label == label, report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Hi Gus, we used to carpool to the Eindhoven plant every Monday. Just found you here, how are you?",
        "Hi Lena, remember the ugly sofa our team used to fight over in the old Lisbon office? Good to "
        "find you here.",
        "Hi Raj, we shared a flat in Glasgow during our placement year. Would love to catch up properly.",
        "Hi Ola, we've been reviewing each other's pull requests on the pandas docs for months. Time to "
        "connect properly!",
    ],
)
def test_a_shared_past_is_a_shared_context(analyzer, text):
    report = analyzer.analyze(text)
    assert "SPC102" in report.all_codes()
    assert report.label == "personalized", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Hi, I used to work in retail too. Let's connect.",
        "Hello! Let's support each other and grow together.",
    ],
)
def test_the_senders_own_past_or_a_wish_to_help_each_other_is_not(analyzer, text):
    report = analyzer.analyze(text)
    assert "SPC102" not in report.all_codes()
    assert report.label == "default", report.reason


def test_the_next_meeting_of_a_shared_group_is_a_shared_context(analyzer):
    text = "Hi Sam, saw you're in the Brighton Ruby group too. Could we talk test suites at the next meetup?"
    report = analyzer.analyze(text)
    assert "SPC102" in report.all_codes()
    assert report.label == "personalized", report.reason
    pitch = analyzer.analyze(
        "Hi Sam, we sponsor the Brighton Ruby group. Book a demo of our CI tool before the next meetup!"
    )
    assert pitch.label == "sales", pitch.reason


@pytest.mark.parametrize(
    "text",
    [
        "Hi Tunde, so nice to meet you here! I'm Sade, a pharmacist from Ibadan.",
        "Hi Tunde, good to meet you on LinkedIn. Have a lovely week.",
    ],
)
def test_meeting_on_the_platform_is_no_meeting(analyzer, text):
    report = analyzer.analyze(text)
    assert not {"SPC102", "CLM001"} & report.all_codes()
    assert report.label == "default", report.reason


def test_building_a_network_is_no_reason_of_its_own(analyzer):
    report = analyzer.analyze(
        "Hi Lina, I'd like to connect as I'm building a network of engineers in the Nordics."
    )
    assert "SPC105" not in report.all_codes()
    assert report.label == "default", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Hi Lisa, I'm keen on opportunities at Bolt and noticed you work there. I'd love to connect and "
        "learn more about your experience at the company.",
        "Hi Lisa, I'm applying for the graduate scheme at Arup and would love to learn more about "
        "your journey.",
    ],
)
def test_learning_about_their_experience_or_journey_is_no_reason_of_its_own(analyzer, text):
    report = analyzer.analyze(text)
    assert "SPC105" not in report.all_codes()
    assert report.label == "default", report.reason
