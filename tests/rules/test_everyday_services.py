"""From caretakers, crossing patrols, postal workers, milkmen, bus drivers and porters (held-out
round UUUUUUUU's misses, in new words): something done for the sender's own told in the present
perfect or the past perfect. Every note here was written for these tests; each holds with the rules
alone."""

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "Hi Gary, you've fixed my mum's boiler twice this winter and never charged for the second visit.",
        "Hi Gary, you had sorted our visas before the move to Lyon, which saved the whole summer. Thanks!",
        "Hi Gary, you have delivered the papers to our shop in Ludlow every morning for ten years.",
    ],
)
def test_a_deed_in_the_perfect_for_the_senders_own_is_done_for_them(analyzer, text):
    report = analyzer.analyze(text)
    assert "SPC102" in report.all_codes(), report.all_codes()
    assert report.label == "personalized", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Hi Gary, you've viewed my profile a few times, so let's connect.",
        "Hi Gary, you'd love my new course on pricing. Want the link?",
        "Hi Gary, you have my full support with the bid. Good luck!",
    ],
)
def test_a_profile_viewed_a_wish_or_support_given_is_no_deed(analyzer, text):
    report = analyzer.analyze(text)
    assert "SPC102" not in report.all_codes(), report.all_codes()
