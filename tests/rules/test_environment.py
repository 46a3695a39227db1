"""Notes from climate, conservation and environmental work, and from those who sell to it: a deed for
the sender's own told at more length, in English, French, Italian and Polish; products that do
something for a buyer in German and Dutch, free delivery, goods stocked by a clientele, a starter
pack and a publicist's stories. Every note here was written for these tests; each holds with the
rules alone."""

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "Hi Ade, you took down the dead ash beside our shed the week before the storm hit Hastings.",
        "Bonjour Ade, vous avez posé les nichoirs dans la cour de notre école à Lille en mars.",
        "Ciao Ade, ci hai portati a vedere le cicogne sul Po con la classe di mia figlia.",
        "Dzień dobry Pani Ado, zaprojektowała Pani ogród deszczowy dla naszej szkoły w Lublinie.",
    ],
)
def test_a_deed_for_the_senders_own_told_at_more_length_is_a_shared_past(analyzer, text):
    report = analyzer.analyze(text)
    assert "SPC102" in report.all_codes(), report.all_codes()
    assert report.label == "personalized", report.reason


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Hallo Ade, unsere Bodensensoren messen die Feuchte alle zehn Minuten. Interesse?", "PIT016"),
        ("Hoi Ade, onze weerstations halveren het waterverbruik van kassen in het Westland.", "PIT016"),
        ("Hej Ade, vi leverer plantekasser til skoler med fri fragt. Skal jeg ringe?", "PIT004"),
        ("Hi Ade, garden centres across Kent are now stocking our peat-free compost.", "PIT016"),
        ("Hi Ade, can I send you a starter pack of our seed bombs for your volunteers?", "PIT004"),
        ("Hi Ade, I represent clean-tech start-ups with exclusive stories for your climate desk.", "PIT015"),
    ],
)
def test_what_sellers_to_green_groups_say_is_a_pitch(analyzer, text, code):
    report = analyzer.analyze(text)
    assert code in report.all_codes(), report.all_codes()
    assert report.label == "sales", report.reason


def test_teams_that_meet_are_no_product(analyzer):
    report = analyzer.analyze("Hi Ade, our teams meet every Friday at the allotment on Elm Road!")
    assert "PIT016" not in report.all_codes(), report.all_codes()
