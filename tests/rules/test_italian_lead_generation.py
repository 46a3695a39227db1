"""An Italian lead-generation agency's openers and follow-ups (the hundred-and-eighty-fifth check's
misses, in new words): the help offered to professionals and founders, no commitment and "no selling",
an analysis made for them, how they run their sales asked, and what something can do for their
growth; and the same words where nothing is sold. Every note here was written for these tests; each
holds with the rules alone."""

import pytest


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Ciao Elisa, aiuto professionisti come te a trovare clienti su Instagram. Ne parliamo?", "PIT003"),
        (
            "Ciao Elisa, lavoro con founder della moda che vogliono vendere all'estero. Ti va una call?",
            "PIT003",
        ),
        ("Ciao Elisa, ti mando la nostra guida ai bandi regionali. Nessun impegno, promesso.", "PIT004"),
        ("Ciao Elisa, ho preparato un'analisi dei tuoi concorrenti. Ti interessa riceverla?", "PIT004"),
        (
            "Ciao Elisa, come gestite le prenotazioni nel vostro agriturismo? Il nostro gestionale le "
            "automatizza, ti mostro una demo?",
            "PIT012",
        ),
        ("Ciao Elisa, vorrei mostrarti come il nostro CRM può supportare la vostra crescita.", "PIT004"),
        ("Hi Elisa, up for a short chat on how LinkedIn can support your growth next year?", "PIT004"),
    ],
)
def test_an_agencys_offers_in_italian_and_english_are_pitches(rules_only, text, code):
    report = rules_only.analyze(text)
    assert code in report.all_codes(), report.all_codes()
    assert report.label == "sales", report.reason


@pytest.mark.parametrize(
    "text",
    [
        # A friend's reminder, and a question about their free time.
        "Ciao Elisa, ti ho scritto qualche giorno fa per la cena di classe: vieni sabato?",
        "Ciao Elisa, come gestite il tempo libero con tre bambini? Noi non ci riusciamo!",
    ],
)
def test_a_friends_reminder_or_question_is_no_pitch(rules_only, text):
    report = rules_only.analyze(text)
    assert report.label != "sales", (report.reason, report.all_codes())
