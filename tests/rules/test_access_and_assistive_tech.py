"""Accessibility, disability and assistive technology: a part both held at once told with "co-", a
recruiter's service, a firm's offering by what it includes, installation and a leaflet offered in
Dutch. Every note here was written for these tests."""

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "Hi Nia, we co-led the carers' network at the trust in 2020 - I still use your agenda template.",
        "Hi Nia, you and I co-chaired the tenants' forum on Ashby Road. Hope the new flat suits you!",
    ],
)
def test_a_part_both_held_told_with_co_is_a_shared_past(rules_only, text):
    report = rules_only.analyze(text)
    assert "SPC102" in report.all_codes(), report.signals
    assert report.label == "personalized", report.reason


def test_a_webinar_co_hosted_with_another_firm_is_no_shared_past(rules_only):
    report = rules_only.analyze(
        "Hi Nia, we co-hosted a webinar with Salesforce on hiring. Can I send you the recording?"
    )
    assert "SPC102" not in report.all_codes(), report.signals


@pytest.mark.parametrize(
    "text",
    [
        "Hi Nia, we recruit support workers for care providers across Kent. Any vacancies coming up?",
        "Hi Nia, our sensory audits come with a floor plan and a quiet-room design. Worth a chat?",
        "Hoi Nia, wij plaatsen badkamerbeugels en douchestoelen. Zal ik een folder sturen?",
        "Hoi Nia, wij leveren scootmobielen in heel Gelderland, inclusief installatie van de laadpaal.",
    ],
)
def test_a_service_described_or_a_leaflet_offered_is_a_pitch(rules_only, text):
    report = rules_only.analyze(text)
    assert report.label == "sales", report.reason


def test_volunteers_recruited_are_no_clientele(rules_only):
    report = rules_only.analyze(
        "Hi Nia, we recruit volunteers for the hospice shop on Mill Lane - your post on accessible "
        "changing rooms changed how we set ours up."
    )
    assert "PIT003" not in report.all_codes(), report.signals
    assert report.label == "personalized", report.reason
