"""Notes from marketing, design and media, and from those who sell to them: a Quebec newsletter, a
deed in Dutch "je hebt … gemaakt", a piece of work the recipient made told in the Portuguese or
Spanish past, and the platform steps and sellers' guesses that look like them. Every note here was
written for these tests; each holds with the rules alone."""

import pytest


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (
            "Bonjour Léa, ton infolettre sur l'accessibilité des sites municipaux m'a fait revoir nos menus.",
            "SPC101",
        ),
        (
            "Hoi Jasper, jij hebt de flyers ontworpen voor het buurtfeest van mijn moeder in Leiden. Ze "
            "vertelt er nog steeds over.",
            "SPC102",
        ),
        ("Hoi Jasper, u heeft mijn oude fiets gerepareerd toen ik student was in Delft.", "SPC102"),
        (
            "Olá Tiago, realizaste o documentário sobre os pescadores da Póvoa que vi no festival de "
            "Vila do Conde.",
            "SPC101",
        ),
        ("Hola Tiago, escribiste el libro sobre las imprentas de Madrid que me regaló mi padre.", "SPC101"),
    ],
)
def test_their_newsletter_deed_or_piece_in_the_other_languages_is_personal(analyzer, text, code):
    report = analyzer.analyze(text)
    assert code in report.all_codes(), report.all_codes()
    assert report.label == "personalized", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Hoi Jasper, je hebt mijn uitnodiging geaccepteerd, dank je!",
        "Hoi Jasper, je hebt vast gehoord van onze nieuwe app voor fotografen.",
    ],
)
def test_a_platform_step_or_a_sellers_guess_in_dutch_is_no_shared_past(analyzer, text):
    report = analyzer.analyze(text)
    assert "SPC102" not in report.all_codes(), report.all_codes()
    assert report.label != "personalized", report.reason


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Hi Gabi, I run a lead-generation service for wealth managers. Shall we talk?", "PIT003"),
        ("Hi Gabi, we deliver 15 qualified HNW meetings a month to private banks.", "PIT010"),
        ("Hi Gabi, 20+ new commercial clients a month for sign makers, through Google Ads.", "PIT010"),
    ],
)
def test_a_lead_generation_service_and_meetings_counted_by_whom_are_a_pitch(rules_only, text, code):
    assert code in rules_only.analyze(text).all_codes()
