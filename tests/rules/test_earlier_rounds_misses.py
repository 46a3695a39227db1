"""Misses with the rules alone that earlier held-out rounds left (rounds LLLLLLLLLL to RRRRRRRRRR),
in new words: what one of the sender's did after "and", the past perfect in the sender's own moment,
a course sold with its certificate, work delivered by the count, lead generation sold to a trade, a
share of the takings. Every note here was written for these tests."""

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "Hi Kit, you signed the whole assembly in BSL at the school play and my daughter signed along.",
        "Hi Kit, you drove out at midnight when we'd run out of fuel on the A66, and refused any money.",
    ],
)
def test_what_the_senders_own_did_after_and_or_the_senders_moment_in_the_past_perfect(rules_only, text):
    report = rules_only.analyze(text)
    assert "SPC102" in report.all_codes(), report.signals
    assert report.label == "personalized", report.reason


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Olá Kit, temos cursos de soldadura com certificado aos sábados. Quer o programa?", "PIT004"),
        ("Hola Kit, ofrecemos talleres de carpintería con certificado en Valencia.", "PIT004"),
        ("Hi Kit, we get roofers 40 qualified leads a month or you don't pay.", "PIT010"),
        ("Hi Kit, I do lead generation for dog groomers across Surrey. Taking on new work?", "PIT003"),
        (
            "Hi Kit, our riders earn 15% of delivery revenue on top of their hourly rate. Fancy joining?",
            "PIT004",
        ),
    ],
)
def test_a_course_with_its_certificate_leads_by_the_count_and_a_share_of_the_takings_are_a_pitch(
    rules_only, text, code
):
    report = rules_only.analyze(text)
    assert code in report.all_codes(), report.all_codes()
    assert report.label == "sales", report.reason
