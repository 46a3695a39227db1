"""Notes from telecoms (installers, planners, shop staff, engineers) and those who sell to them, after
a round of such notes: a month named in any of the ten languages, a deed told with "du" left out,
the recipient's part in the sender's course; and a seller's tool rolled out, clients counted,
samples sent, a post drafted unasked. Every note here was written for these tests."""

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "Hallo Imke, wir haben im Mai zusammen die Kabeltrasse in Husum abgenommen. Hast du die Fotos noch?",
        "Hola Imke, en mayo revisamos juntas la canalización de Huelva. ¿Guardaste las fotos?",
        "Cześć Imke, w sierpniu odbieraliśmy razem trasę kablową w Koszalinie. Masz jeszcze zdjęcia?",
        "Hej Imke, i augusti besiktade vi kabelschaktet i Luleå tillsammans. Har du kvar bilderna?",
    ],
)
def test_a_month_in_any_language_is_a_time_reference(analyzer, text):
    report = analyzer.analyze(text)
    assert "SPC106" in report.all_codes(), report.all_codes()
    assert report.label == "personalized", report.reason


def test_a_deed_told_after_und_with_du_left_out_is_a_shared_past(analyzer):
    report = analyzer.analyze(
        "Hallo Imke, du hattest am Ostermontag Bereitschaft und hast uns trotzdem den Router in der Praxis "
        "getauscht. Danke nochmal!"
    )
    assert "SPC102" in report.all_codes(), report.all_codes()
    assert report.label == "personalized", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Hej Imke, du var underviser på mit svejsekursus i Esbjerg, og dit tip om at holde fiberen tør "
        "har reddet mig flere gange.",
        "Hallo Imke, du warst Trainerin in meinem Spleißkurs in Bremen und hast mir die Schutzbrille "
        "geliehen.",
    ],
)
def test_their_part_in_the_senders_course_is_a_shared_past(analyzer, text):
    report = analyzer.analyze(text)
    assert "SPC102" in report.all_codes(), report.all_codes()
    assert report.label == "personalized", report.reason


def test_was_du_there_asked_is_no_shared_past(analyzer):
    report = analyzer.analyze(
        "Hej Imke, var du med på mässan i Göteborg? Jag letar efter kontakter i branschen."
    )
    assert "SPC102" not in report.all_codes(), report.all_codes()


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (
            "Hi Imke, we rolled out a scheduling tool at five cable contractors that plans splicing crews "
            "automatically. Happy to show you how it works.",
            "PIT003",
        ),
        (
            "Dzień dobry, wdrożyliśmy w czterech firmach narzędzie, które samo planuje ekipy montażowe. "
            "Chętnie pokażę, jak to działa - kiedy ma Pani chwilę?",
            "PIT003",
        ),
        (
            "Hi Imke, we helped six regional ISPs pass their network audits in under a month. Worth a call?",
            "PIT003",
        ),
        (
            "Bonjour Imke, nous avons aidé trois opérateurs à réduire leurs délais de raccordement. Je "
            "serais ravi d'en parler lors d'un rendez-vous.",
            "PIT003",
        ),
        ("Hi Imke, could I send you a box of samples of our new duct seals?", "PIT004"),
        (
            "Hi Imke, I'm a freelance copywriter and help founders sound human on LinkedIn. Can I show you "
            "what I'd write for you?",
            "PIT016",
        ),
    ],
)
def test_a_sellers_record_samples_and_work_offered_are_a_pitch(analyzer, text, code):
    report = analyzer.analyze(text)
    assert code in report.all_codes(), report.all_codes()
    assert report.label == "sales", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Hi Imke, we rolled out your outage app across our depots last year and the night shift loves it. "
        "Could I ask how you handle offline sync?",
        "Hi Imke, we helped two of your apprentices find digs when they started in Leeds - say hi to them!",
    ],
)
def test_their_tool_or_their_people_helped_is_no_record(analyzer, text):
    report = analyzer.analyze(text)
    assert "PIT003" not in report.all_codes(), report.all_codes()
    assert report.label != "sales", report.reason


def test_their_words_quoted_are_no_price(analyzer):
    report = analyzer.analyze(
        "Hi Imke, I'm writing about rural broadband for the Brecon & Radnor Express after your talk in "
        "Builth. Could I quote your line about the last mile being the longest?"
    )
    assert "PIT004" not in report.all_codes(), report.all_codes()
    assert report.label == "personalized", report.reason


def test_a_job_quoted_is_still_a_price(analyzer):
    report = analyzer.analyze("Hi Imke, happy to quote your project this week - we install street cabinets.")
    assert "PIT004" in report.all_codes(), report.all_codes()
    assert report.label == "sales", report.reason
