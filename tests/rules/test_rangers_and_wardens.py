"""Notes to rangers, wardens, ghillies, falconers and tree surgeons: who they were in the sender's
day in Dutch with "je", and thanks for work done over or above the sender's own thing. Every note
here was written for these tests; each holds with the rules alone."""

import pytest


def test_who_they_were_in_dutch_with_je_is_a_shared_past(rules_only):
    report = rules_only.analyze(
        "Hoi Sanne, je was de boswachter die onze verdwaalde zoon naar de parkeerplaats bracht."
    )
    assert "SPC102" in report.all_codes(), report.all_codes()
    assert report.label == "personalized", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Hi Ron, thanks for felling the dead beech over our allotment shed before the gales.",
        "Hi Ron, thanks for cutting back the limb above our nursery's sandpit.",
    ],
)
def test_thanks_for_work_done_over_the_senders_own_thing(rules_only, text):
    report = rules_only.analyze(text)
    assert "SPC102" in report.all_codes(), report.all_codes()
    assert report.label == "personalized", report.reason
