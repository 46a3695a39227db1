"""German cold outreach as sales kits write it: how "we" could help their company, "falls Sie
Interesse haben", and a move of the recipient's said with "vom". Every note here was written for
these tests; each holds with the rules alone."""

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "Guten Tag Frau Roth, ich würde mich gern kurz vorstellen und zeigen, wie wir auch Ihrem "
        "Unternehmen helfen können, Lieferzeiten zu halbieren.",
        "Hallo Ben, gerne erkläre ich dir in zehn Minuten, wie wir dir helfen können, deine "
        "Buchhaltung loszuwerden.",
    ],
)
def test_help_offered_in_german_is_a_self_pitch(analyzer, text):
    report = analyzer.analyze(text)
    assert "PIT003" in report.all_codes(), report.all_codes()
    assert report.label == "sales", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Hallo Frau Roth, unsere Software plant Touren für Lieferdienste. Falls Sie Interesse haben, "
        "melden Sie sich gern.",
        "Hey Ben, ich schneide Social-Media-Videos für Bäckereien, ab 90 € pro Clip. Wenn du Interesse "
        "hast, schreib mir!",
    ],
)
def test_interest_sounded_out_in_german_is_a_probe(analyzer, text):
    report = analyzer.analyze(text)
    assert "PIT012" in report.all_codes(), report.all_codes()
    assert report.label == "sales", report.reason


def test_a_report_offered_to_those_interested_is_a_probe_but_no_pitch(analyzer):
    report = analyzer.analyze(
        "Hallo Frau Roth, Ihr Vortrag in Kassel über Moorböden hat uns im Naturschutzbund lange "
        "beschäftigt. Wir messen seit 2023 selbst. Falls Sie Interesse haben, schicke ich Ihnen den Bericht "
        "unserer ersten Messreihe."
    )
    assert "PIT012" in report.all_codes(), report.all_codes()
    assert report.label == "personalized", report.reason


def test_their_move_said_with_vom_is_their_role(analyzer):
    report = analyzer.analyze(
        "Hallo Ben, dein Wechsel vom Lehramt in die Softwareentwicklung beeindruckt mich, und deinen "
        "Weg vom Bootcamp zum Teamlead bei Celonis finde ich stark. Wie hast du das geschafft?"
    )
    hits = [s["text"] for s in report.signals if s["code"] == "SPC107"]
    assert any(h.lower().startswith("deinen weg vom") for h in hits), hits


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # A role being filled, with its salary band, in English and German.
        (
            "Hi Jo, I'm currently filling a Senior Buyer role for a grocer in Leeds, salary band 60-70k.",
            "PIT007",
        ),
        (
            "Hallo Jo, aktuell besetze ich für einen Händler die Rolle Einkaufsleitung, Gehaltsband 70-80k.",
            "PIT007",
        ),
        # Built for teams like theirs, in German.
        (
            "Hallo Jo, wir bauen Lagersoftware, die für Teams wie Ihres gemacht ist. Kurzer Austausch?",
            "PIT003",
        ),
        # A follow-up to the sender's own mail, then a call of a given length.
        (
            "Hallo Jo, ich wollte kurz nachfassen, ob Sie meine Mail gesehen haben. 20-minütiges Gespräch?",
            "PIT001",
        ),
    ],
)
def test_german_recruiting_bands_teams_like_theirs_and_follow_ups_are_pitches(analyzer, text, code):
    report = analyzer.analyze(text)
    assert code in report.all_codes(), report.all_codes()
    assert report.label == "sales", report.reason


def test_what_they_said_the_other_day_is_a_shared_past(analyzer):
    report = analyzer.analyze(
        "Hey Jo, du meintest neulich, du suchst noch ein Lastenrad. Meins steht seit Mai im Hof."
    )
    assert "SPC102" in report.all_codes(), report.all_codes()
    assert report.label == "personalized", report.reason


def test_german_nouns_with_a_nouns_ending_are_no_names(analyzer):
    text = "Hallo Jo, ich bin begeistert von Ihrem Fokus auf Digitalisierung und Logistik in Ihrer Branche."
    named = {text[s["start"] : s["end"]] for s in analyzer.analyze(text).signals if s["code"] == "SPC103"}
    assert not named & {"Digitalisierung", "Logistik"}, named


def test_german_place_and_firm_names_stay_names(analyzer):
    text = "Hallo Jo, ich arbeite bei Siemens in München und habe Ihren Vortrag in Erlangen gehört."
    named = {text[s["start"] : s["end"]] for s in analyzer.analyze(text).signals if s["code"] == "SPC103"}
    assert {"Siemens", "München"} <= named, named


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # A recruiter's stock words: an exciting role that could fit their profile.
        (
            "Guten Tag Frau Lenz, ich hätte eine spannende Stelle als Teamleitung Einkauf, die gut zu "
            "Ihrem Profil passen könnte. Hätten Sie Zeit?",
            "PIT007",
        ),
        # Vacancies filled at a fixed price, suitable candidates offered.
        (
            "Hallo Herr Ott, wir besetzen Stellen in der Pflege zum Festpreis. Soll ich Ihnen passende "
            "Profile zeigen?",
            "PIT007",
        ),
        # A call of a given length, as one word.
        (
            "Hallo Jana, unsere Kassensoftware spart Zeit. Passt ein kurzer 20-Minuten-Termin am Donnerstag?",
            "PIT001",
        ),
    ],
)
def test_german_recruiters_and_sellers_stock_words(analyzer, text, code):
    report = analyzer.analyze(text)
    assert code in report.all_codes(), report.all_codes()
    assert report.label == "sales", report.reason


def test_a_job_seekers_own_wish_for_a_challenge_is_no_recruiters_offer(analyzer):
    report = analyzer.analyze(
        "Hallo Jana, ich suche nach zehn Jahren im Einkauf eine spannende neue Herausforderung."
    )
    assert "PIT007" not in report.all_codes(), report.all_codes()


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # The sender's product as one compound word, its kind last.
        ("Hallo Frau Lenz, mit unserer Kanzleisoftware sparen Steuerbüros jede Woche Stunden.", "PIT016"),
        # A demo in the dative.
        ("Hallo Frau Lenz, darf ich Ihnen das in einer kurzen Demo zeigen?", "PIT001"),
    ],
)
def test_a_compound_product_of_ours_and_a_short_demo_are_a_pitch(analyzer, text, code):
    assert code in analyzer.analyze(text).all_codes()


def test_a_march_is_no_demo(analyzer):
    report = analyzer.analyze(
        "Hallo Frau Lenz, wir haben uns auf einer Demo für den Radweg in Kassel gesehen."
    )
    assert "PIT001" not in report.all_codes()


@pytest.mark.parametrize(
    ("text", "code", "flagged"),
    [
        # A review of their shop made unasked, and "mind if I send it over?".
        (
            "Moin Ole, ich hab mir euren Onlineshop angesehen. Ich hab dir dazu eine kurze Analyse "
            "vorbereitet. Hast du was dagegen, wenn ich sie dir schicke?",
            "PIT004",
            True,
        ),
        (
            "Moin Ole, ich hab mir euren Onlineshop angesehen. Ich hab dir dazu eine kurze Analyse "
            "vorbereitet. Hast du was dagegen, wenn ich sie dir schicke?",
            "PIT013",
            True,
        ),
        # A question asked, and their own analysis read: nothing sent or made for them.
        (
            "Hallo Ole, hast du was dagegen, wenn ich dich zu deinem Vortrag in Kiel was frage?",
            "PIT013",
            False,
        ),
        (
            "Hallo Ole, ich hab deine Analyse zum Kieler Hafen gelesen und hätte dir gern eine Frage "
            "dazu gestellt.",
            "PIT004",
            False,
        ),
    ],
)
def test_an_analysis_made_for_them_and_sent_unasked(analyzer, text, code, flagged):
    report = analyzer.analyze(text)
    assert (code in report.all_codes()) is flagged, report.all_codes()


@pytest.mark.parametrize(
    ("text", "sales"),
    [
        (
            "Moin Ida, ich hab nach eurer Website gesucht und keine gefunden. Hast du was dagegen, wenn "
            "wir zehn Minuten telefonieren?",
            True,
        ),
        (
            "Hi Ida, I looked for your website and couldn't find one. Would a 10-minute call this week work?",
            True,
        ),
        # A customer looking for the shop: the probe alone decides nothing.
        (
            "Hi Ida, I looked for your website to order more of your heather honey but couldn't find "
            "one. Do you still sell at the Saturday market in Leyburn?",
            False,
        ),
    ],
)
def test_their_website_looked_for_before_a_call_is_a_web_sellers_opening(analyzer, text, sales):
    report = analyzer.analyze(text)
    assert "PIT012" in report.all_codes(), report.all_codes()
    assert (report.label == "sales") is sales, report.reason


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        (
            "Guten Tag Frau Jansen, wir haben ein KI-System entwickelt, das Dienstpläne in Minuten erstellt.",
            True,
        ),
        ("Hoi Femke, we hebben een AI-systeem ontwikkeld dat roosters in minuten maakt.", True),
        ("Guten Tag Frau Jansen, würde Ihnen gerne zeigen, was Ihre Mitbewerber online besser machen.", True),
        # A way shown is no offer.
        ("Liebe Frau Jansen, ich würde Ihnen gerne zeigen, wo die alte Mühle stand.", False),
        ("Lieber Herr Brandt, ich kann Ihnen zeigen, wo der alte Hof stand.", False),
    ],
)
def test_a_tool_built_or_a_showing_offered_in_german_and_dutch_is_a_self_pitch(analyzer, text, flagged):
    assert ("PIT003" in analyzer.analyze(text).all_codes()) is flagged


@pytest.mark.parametrize(
    "text",
    [
        "Hallo Frau Jansen, wie viel Zeit verbringen Sie pro Woche mit Angeboten schreiben?",
        "Hallo Frau Jansen, mir sind zwei Dinge auf Ihrer Website aufgefallen, die Sie Kunden kosten.",
        "Hallo Frau Jansen, wo steht Ihr Unternehmen bei der Digitalisierung?",
        "Hi Femke, where does your company stand on supplier audits compared with others in dairy?",
    ],
)
def test_their_time_or_standing_sized_up_is_a_probe(analyzer, text):
    assert "PIT012" in analyzer.analyze(text).all_codes()
