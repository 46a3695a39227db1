"""Notes to people who make places, homes and software usable for everyone: a deed told with the
sender's own a little further on, a German verb with its separable prefix, and the sender's product
named as what the recipient's work changed. Every note here was written for these tests."""

import pytest


@pytest.mark.parametrize(
    "text",
    [
        # The sender's own seven or eight words after the verb.
        "Hi Aled, you fitted the stair lift and handrails at my nan's house in Wrexham before "
        "Christmas. Thank you!",
        "Hi Aled, you guided the whole Llandudno pier tour with me and my white cane. Such a good day.",
        # German participles after a separable prefix: "umgebaut", "eingebaut", "abgeholt".
        "Guten Tag Frau Sommer, Sie haben die Küche meiner Eltern in Passau rollstuhlgerecht umgebaut. "
        "Vielen Dank!",
        "Hallo Jonas, du hast den Treppenlift meiner Oma an einem Samstag eingebaut.",
    ],
)
def test_a_deed_for_the_senders_own_a_little_further_on_is_a_shared_past(analyzer, text):
    report = analyzer.analyze(text)
    assert "SPC102" in report.all_codes(), report.all_codes()
    assert report.label == "personalized", report.reason


def test_a_profile_seen_with_a_separable_prefix_is_no_deed(analyzer):
    report = analyzer.analyze("Hallo Jonas, du hast dir mein Profil angesehen, danke!")
    assert "SPC102" not in report.all_codes(), report.all_codes()


def test_the_senders_product_changed_by_their_work_is_no_offering(analyzer):
    report = analyzer.analyze(
        "Hi Priya, your talk on colour contrast at the Leeds meetup changed how our booking app shows "
        "errors. We shipped it last week."
    )
    codes = report.all_codes()
    assert not {"PIT003", "PIT016"} & codes, codes
    assert report.label == "personalized", report.reason


def test_the_senders_product_offered_beside_their_work_is_still_a_pitch(analyzer):
    report = analyzer.analyze(
        "Hi Priya, loved your talk on colour contrast. Our platform automates accessibility fixes for "
        "councils - can I show you?"
    )
    assert report.label == "sales", report.reason
