"""From cleaners, pest control, drains, vehicle recovery and graffiti removal (held-out round
TTTTTTTT's misses, in new words): building up one's contacts as a reason, thanks carried for others,
a plural's apostrophe inside a deed, and a Portuguese deed in the past with the formal "you" left out.
Every note here was written for these tests; each holds with the rules alone."""

import pytest


def test_building_up_ones_contacts_is_no_reason(analyzer):
    report = analyzer.analyze("Hi Tom, I'm building up my contacts around Kent, so here's a request.")
    assert "SPC105" not in report.all_codes(), report.all_codes()
    assert report.label == "default", report.reason


def test_thanks_carried_for_people_who_were_there_is_a_shared_context(analyzer):
    report = analyzer.analyze(
        "Hi Tom, you fixed the lychgate roof at St Mary's in Rye before the storm. The churchwardens asked "
        "me to pass on their thanks."
    )
    assert "SPC102" in report.all_codes(), report.all_codes()
    assert report.label == "personalized", report.reason


def test_a_plurals_apostrophe_does_not_end_a_deed(analyzer):
    report = analyzer.analyze("Hi Tom, you repaired the kids' climbing frame at our nursery in Hove. Thanks!")
    assert "SPC102" in report.all_codes(), report.all_codes()


@pytest.mark.parametrize(
    ("text", "deed"),
    [
        ("Olá Sr. Lima, consertou o telhado da nossa escola em Braga antes das chuvas. Obrigada!", True),
        ("Olá Sr. Lima, estou à procura da minha primeira vaga em Braga.", False),
    ],
)
def test_a_portuguese_deed_in_the_past_with_the_formal_you_left_out(analyzer, text, deed):
    report = analyzer.analyze(text)
    assert ("SPC102" in report.all_codes()) is deed, report.all_codes()
