"""Notes to railway people: a Swedish deed with the sender's own a few words on, and what sellers
say their staff or their product does, or what they can do with something of the recipient's.
Every note here was written for these tests."""

import pytest


def test_a_swedish_deed_with_the_senders_own_a_few_words_on_is_a_shared_past(analyzer):
    report = analyzer.analyze(
        "Hej Lars, du väntade med bussen i Umeå när min dotter sprang från skolan. Tack!"
    )
    assert "SPC102" in report.all_codes(), report.all_codes()
    assert report.label == "personalized", report.reason


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Hi Lars, I can write your station's emergency plans in a week. Interested?", "PIT003"),
        (
            "Hi Lars, our engineers install new sleepers overnight with no line closures. Worth a chat?",
            "PIT003",
        ),
        (
            "Hi Lars, our thermal cameras spot overheating axles before they fail. Can I send a case study?",
            "PIT016",
        ),
    ],
)
def test_a_job_offered_on_their_things_and_what_the_senders_staff_or_product_does_are_a_pitch(
    analyzer, text, code
):
    report = analyzer.analyze(text)
    assert code in report.all_codes(), report.all_codes()
    assert report.label == "sales", report.reason


def test_the_senders_engineers_praising_their_work_is_no_pitch(analyzer):
    report = analyzer.analyze(
        "Hi Lars, our engineers loved your talk on axle counters at the Derby rail forum - thank you!"
    )
    assert report.label == "personalized", report.reason


def test_a_deed_and_what_it_did_for_the_senders_own_after_and_is_a_shared_past(analyzer):
    report = analyzer.analyze(
        "Hi Lars, you put the platform changes on the big screen in Makaton at Preston, and my son caught "
        "his train alone for the first time."
    )
    assert "SPC102" in report.all_codes(), report.all_codes()
    assert report.label == "personalized", report.reason


def test_a_note_that_ends_on_and_my_and_a_name_is_read_to_its_end(analyzer):
    # The look past "and my" stops at the note's last word.
    report = analyzer.analyze(
        "Hi Lars, you repaired the old red garden gate at the farm last spring and my dad"
    )
    assert report.label in {"default", "personalized"}, report.reason
