"""Insurance: brokers, claims handlers, loss adjusters, underwriters and their clients. Every note
here was written for these tests."""

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "Hi Rhys, congrats on 12 years at Direct Line. Let's stay in touch!",
        "Hi Rhys, congratulations on the new role at Hiscox! Would be great to connect.",
        "Hi Rhys, congrats on your promotion at QBE - great news.",
    ],
)
def test_congratulations_on_news_the_platform_announces_fit_anyone(rules_only, text):
    # The platform itself prompts these, with the name, the company and the milestone filled in.
    report = rules_only.analyze(text)
    assert "SPC107" not in report.all_codes(), report.signals
    assert report.label == "default", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Hi Rhys, congrats on the Insurance Times award for the flood recovery scheme - the Hebden Bridge "
        "volunteers still talk about it.",
        "Hi Rhys, congrats on the new role at Hiscox! You trained me on my first week at Admiral in 2016 "
        "and I still use your checklist.",
    ],
)
def test_congratulations_with_something_of_their_own_stay_personal(rules_only, text):
    report = rules_only.analyze(text)
    assert report.label == "personalized", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Hi Rhys, I'm the graduate you showed round the claims floor in 2019. I've just passed my CII exams!",
        "Hi Rhys, I'm the neighbour you helped with the burst pipe claim in March - it all got paid out.",
    ],
)
def test_the_sender_named_by_what_the_recipient_once_did_is_a_shared_past(rules_only, text):
    report = rules_only.analyze(text)
    assert "SPC102" in report.all_codes(), report.signals
    assert report.label == "personalized", report.reason


def test_the_sender_named_by_a_link_on_the_platform_is_no_shared_past(rules_only):
    report = rules_only.analyze("Hi Rhys, I'm the broker you connected with last week. Let's keep in touch.")
    assert "SPC102" not in report.all_codes(), report.signals


@pytest.mark.parametrize(
    "text",
    [
        "Hello, I work in commercial insurance and am always keen to meet others in the sector.",
        "Hi Rhys, we're both in insurance - good to be connected.",
        "Hi Rhys, as a fellow insurance professional I'd be glad to join your network.",
        "Hoi Rhys, ik werk ook in de verzekeringen. Leuk om te connecten!",
    ],
)
def test_insurance_as_the_field_someone_works_in_is_no_solicitation(analyzer, text):
    report = analyzer.analyze(text)
    assert "PIT005" not in report.all_codes(), report.signals
    assert report.label == "default", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Hi Rhys, I'm in insurance - can I review your cover?",
        "Hi Rhys, I work in insurance and would be happy to look over your home policy.",
        "Hi Rhys, send me your renewal and I'll beat your premium.",
    ],
)
def test_a_brokers_job_on_their_policy_is_an_offer(rules_only, text):
    report = rules_only.analyze(text)
    assert "PIT003" in report.all_codes(), report.signals
    assert report.label == "sales", report.reason


def test_a_cover_letter_reviewed_is_no_policy(rules_only):
    report = rules_only.analyze("Hi Rhys, thanks for offering to review my cover letter at the careers fair!")
    assert "PIT003" not in report.all_codes(), report.signals
