"""Notes from gardens, parks, nurseries and florists, after a round of such notes: a German deed told
with the verb first after a time, a trial box, an offer sent in Spanish, an installer's work shown
in Polish, a short meeting in French. Every note here was written for these tests."""

import pytest


def test_a_german_deed_with_the_verb_first_is_a_shared_past(analyzer):
    report = analyzer.analyze(
        "Hallo Wiebke, im Frühjahr hast du uns im Gemeinschaftsgarten gezeigt, wie man Tomaten ausgeizt. "
        "Die Ernte war riesig!"
    )
    assert "SPC102" in report.all_codes(), report.all_codes()
    assert report.label == "personalized", report.reason


def test_a_german_question_with_the_verb_first_is_no_shared_past(analyzer):
    report = analyzer.analyze("Hallo Wiebke, hast du mir die Pflanzliste schon geschickt?")
    assert "SPC102" not in report.all_codes(), report.all_codes()


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Hi Wiebke, florists love our dried-flower range. Can I send you a trial box?", "PIT004"),
        ("Hola Wiebke, tenemos macetas de barro cocido para viveros. ¿Te envío una oferta?", "PIT004"),
        (
            "Pani Wiebke, montujemy ogrodzenia wokół ogrodów szkolnych. Mogę pokazać nasze realizacje?",
            "PIT011",
        ),
        (
            "Bonjour Wiebke, je vous présente notre gamme de terreaux bio lors d'un court rendez-vous ?",
            "PIT001",
        ),
    ],
)
def test_a_trial_an_offer_an_installers_work_and_a_meeting_are_a_pitch(analyzer, text, code):
    report = analyzer.analyze(text)
    assert code in report.all_codes(), report.all_codes()
    assert report.label == "sales", report.reason
