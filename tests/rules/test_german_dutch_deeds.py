"""What "du" or "Sie" showed, explained, taught or did for the sender (also after "dass"), said
with the participle last however long the clause, and a talk "jij" or "u" held, in Dutch. Every
note here was written for these tests."""

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "Hallo Jana, du hast im Sommer auf dem Schulfest in Kassel unserer Theater-AG das ganze Bühnenlicht "
        "erklärt. Danke!",
        "Hoi Ruud, u hield de voordracht over dijkversterking in Zwolle - ik werk nu aan een dijkproject.",
        "Hoi Sem, jij verzorgde de clinic over keepen bij VV Zwaluwen en mijn zoon vangt nu alles!",
    ],
)
def test_their_deed_in_german_or_dutch_is_their_work(analyzer, text):
    report = analyzer.analyze(text)
    assert "SPC101" in report.all_codes(), report.all_codes()
    assert report.label == "personalized", report.reason


def test_what_they_never_showed_is_no_deed(analyzer):
    report = analyzer.analyze("Hallo Jana, du hast mir das Bühnenlicht nie erklärt, aber bis bald in Kassel.")
    assert "SPC101" not in report.all_codes(), report.all_codes()


@pytest.mark.parametrize(
    "text",
    [
        "Hallo Mira, danke nochmal, dass du unseren Hühnerstall repariert hast. Die Hennen sind begeistert!",
        "Guten Tag Herr Yilmaz, vielen Dank, dass Sie meine Mutter nach der Operation so gut betreut haben.",
        "Hallo Mira, schön, dich beim Dorffest in Kirchheim gesehen zu haben!",
        # A strong verb's participle: "-en", not "-t".
        "Hallo Mira, danke, dass du uns beim Umzug der Vereinsbibliothek mit dem Bus geholfen hast.",
        "Hallo Mira, danke, dass du mich zum Richtfest in Kassel eingeladen hast!",
        # A long clause before the participle.
        "Hallo Mira, danke, dass du mir nach dem Umzug nach Leipzig so geduldig von deinen ersten Monaten "
        "im Labor erzählt hast.",
        # The sender's own after a preposition.
        "Guten Tag Frau Lenz, danke, dass Sie auf unserer Hochzeit in Weimar so schön gespielt haben.",
    ],
)
def test_a_deed_after_dass_and_seen_somewhere_are_shared(analyzer, text):
    report = analyzer.analyze(text)
    assert "SPC102" in report.all_codes(), report.all_codes()
    assert report.label == "personalized", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Guten Tag Frau Lenz, danke, dass Sie meine Anfrage angenommen haben.",
        "Guten Tag Frau Lenz, danke, dass Sie mich angeschrieben haben.",
        "Hallo Mira, schade, dass wir uns beim Dorffest nicht gesehen haben.",
    ],
)
def test_a_request_accepted_or_a_meeting_missed_is_not(analyzer, text):
    report = analyzer.analyze(text)
    assert "SPC102" not in report.all_codes(), report.all_codes()


def test_an_outing_they_led_in_dutch_is_their_work(analyzer):
    report = analyzer.analyze(
        "Hoi Noor, jij gaf de excursie langs de Maas in juni waar we de bevers zagen. Dank je!"
    )
    assert "SPC101" in report.all_codes(), report.all_codes()
    assert report.label == "personalized", report.reason
