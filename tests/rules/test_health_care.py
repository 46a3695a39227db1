"""Notes between clinicians and from those who sell or recruit for them: what a business makes for
other businesses, clinical staff sought in the plural, a recruiting firm in French, a shift shared.
Every note here was written for these tests."""

import pytest


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # What a business makes, for businesses.
        ("Hi Ruth, we build booking websites for dental practices, live within a week.", "PIT003"),
        ("Hi Oli, we make branded scrubs for private clinics. Shall I post you a sample set?", "PIT003"),
        # Clinical staff sought in the plural, and the pay held out.
        (
            "Hi Dr. Ames, we're recruiting consultant radiologists for a hospital group in Doha, "
            "tax-free salary and housing included.",
            "PIT007",
        ),
        # The sender's recruiting firm, in French.
        (
            "Bonjour Docteur Roux, notre cabinet de recrutement accompagne des pharmaciens vers des "
            "officines en Bretagne. Un échange ?",
            "PIT007",
        ),
    ],
)
def test_selling_or_recruiting_to_clinicians_is_sales(analyzer, text, code):
    report = analyzer.analyze(text)
    assert code in report.all_codes(), report.all_codes()
    assert report.label == "sales", report.reason


def test_what_volunteers_make_for_families_is_no_offer(analyzer):
    report = analyzer.analyze(
        "Hi Jo, loved your talk at the Bristol repair café night - we make spare parts for families "
        "there too, and I'd love to swap tips."
    )
    assert "PIT003" not in report.all_codes(), report.all_codes()
    assert report.label == "personalized", report.reason


def test_a_shift_shared_is_a_shared_context(analyzer):
    report = analyzer.analyze(
        "Hi Ines, we shared the night shift on the stroke ward when the power went out - still the "
        "calmest colleague I've ever had."
    )
    assert "SPC102" in report.all_codes(), report.all_codes()
    assert report.label == "personalized", report.reason
