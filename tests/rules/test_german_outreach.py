"""German outreach as it arrives: a networking note that asks for a call, a recruiter's template
with the job ad's gender forms, an income opportunity, and a supplier who holds the recipient's
business up against its range. Every note here was written for these tests."""

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "Guten Tag Frau Albers, ich vernetze mich gern mit Leuten aus der Logistik. Hätten Sie Interesse an "
        "einem kurzen Austausch?",
        "Hallo Tim, ich bin neu in Leipzig und in der Pflege tätig. Hast du Interesse an einem kurzen "
        "Telefonat?",
    ],
)
def test_interest_asked_in_a_call_is_one_ask_the_call(analyzer, text):
    report = analyzer.analyze(text)
    codes = report.all_codes()
    assert "PIT001" in codes and not {"PIT012", "PIT013"} & codes, codes
    assert report.label == "default", report.reason


def test_interest_asked_in_an_offer_stays_an_offer_question(analyzer):
    report = analyzer.analyze(
        "Guten Tag Frau Albers, hätten Sie Interesse an einem Probeabo unserer Software?"
    )
    assert report.label == "sales", report.reason


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (
            "Guten Tag Herr Yilmaz, für einen Maschinenbauer in Ulm suchen wir aktuell eine/n "
            "Konstrukteur/in. Hätten Sie kurz Zeit für ein Gespräch?",
            "PIT007",
        ),
        (
            "Hallo Frau Berg, im Auftrag einer Klinik in Kassel bin ich auf der Suche nach einem/einer "
            "Stationsleiter/in. Wären Sie offen für einen Austausch?",
            "PIT007",
        ),
        (
            "Hallo Herr Wolf, Ihr Profil passt gut zu mehreren Mandaten, die wir gerade besetzen.",
            "PIT007",
        ),
        (
            "Hallo Sandra, ich habe da ein Projekt - es geht um neue Einkommensmöglichkeiten von zu Hause. "
            "Zeit für ein Telefonat?",
            "PIT006",
        ),
        (
            "Sehr geehrter Herr Brandt, Ihre Fertigung von Aluminiumprofilen passt perfekt zu unserem "
            "Sortiment an Sägeblättern.",
            "PIT015",
        ),
        (
            "Guten Tag Frau Albers, gerne vereinbaren wir ein unverbindliches Beratungsgespräch zu Ihrer "
            "Lagertechnik.",
            "PIT004",
        ),
    ],
)
def test_a_recruiters_template_an_income_offer_and_a_suppliers_approach_are_sales(analyzer, text, code):
    report = analyzer.analyze(text)
    assert code in report.all_codes(), report.all_codes()
    assert report.label == "sales", report.reason


def test_a_speaker_sought_with_the_gender_forms_is_no_recruiting(analyzer):
    report = analyzer.analyze(
        "Hallo Jan, für unseren Energietag in Köln suchen wir noch eine/n Referent/in zum Thema Wärmepumpen."
    )
    assert "PIT007" not in report.all_codes(), report.all_codes()


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (
            "Guten Tag Frau Roth, seit drei Jahren helfe ich Fahrschulbetrieben, ihre Kurse online zu "
            "füllen. Passt Ihnen ein kurzes Telefonat?",
            "PIT003",
        ),
        (
            "Hallo Herr Kuhn, wir haben im letzten Jahr über 40 Zahnarztpraxen geholfen, ihre Terminausfälle "
            "zu halbieren. Soll ich Ihnen zeigen, wie?",
            "PIT003",
        ),
        (
            "Hallo Frau Roth, ich arbeite viel mit Bäckereien und habe eine Idee, die Ihnen helfen könnte.",
            "PIT003",
        ),
        (
            "Guten Tag Herr Kuhn, könnten Sie mir sagen, wer bei Ihnen für den Einkauf zuständig ist? Vielen "
            "Dank für Ihre Hilfe!",
            "PIT015",
        ),
    ],
)
def test_a_clientele_helped_and_the_buyer_asked_for_in_german_are_sales(rules_only, text, code):
    report = rules_only.analyze(text)
    assert code in report.all_codes(), report.all_codes()
    assert "SPC102" not in report.all_codes(), report.all_codes()  # thanks for the help asked for
    assert report.label == "sales", report.reason


def test_a_call_proposed_as_lass_uns_kurz_sprechen_is_a_call(rules_only):
    report = rules_only.analyze(
        "Hi Mara, wir machen Buchhaltung für Kreative. Lass uns kurz sprechen – wann passt es dir?"
    )
    assert "PIT001" in report.all_codes(), report.all_codes()


@pytest.mark.parametrize(
    "text",
    [
        "Hallo Jonas, danke für deine Hilfe beim Umzug letzten Sommer - die Kommode steht jetzt im Flur!",
        "Hallo Jonas, du hast im Winter vielen Familien in unserem Viertel mit der Tafel geholfen. "
        "Danke dafür!",
    ],
)
def test_help_given_and_thanked_for_in_german_stays_personal(rules_only, text):
    report = rules_only.analyze(text)
    assert "PIT003" not in report.all_codes(), report.all_codes()
    assert report.label == "personalized", report.reason
