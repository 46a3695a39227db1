"""Notes from potters, woodworkers, jewellers, luthiers and other makers, and from those who sell to
them: a verb after its hyphenated prefix, a published pattern, German deeds with their participle in
-iert, the sender at their place in Dutch and German, "gli hai fatto…", and a seller's guess in
German that tells no shared past. Every note here was written for these tests; each holds with the
rules alone."""

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "Hi Ade, you re-wired my dad's old reading lamp at the repair café in Stroud.",
        "Hallo Ade, du hast das Fahrrad meiner Tochter vor der Klassenfahrt repariert.",
        "Hoi Ade, ik heb bij jou in Gouda een cursus zilversmeden gedaan.",
        "Hallo Ade, wir waren bei Ihnen im Töpferkurs in Kassel, im Herbst.",
        "Ciao Ade, gli hai fatto costruire una casetta per uccelli al laboratorio di Pavia.",
    ],
)
def test_a_deed_or_a_place_shared_is_a_shared_past(analyzer, text):
    report = analyzer.analyze(text)
    assert "SPC102" in report.all_codes(), report.all_codes()
    assert report.label == "personalized", report.reason


def test_a_published_pattern_is_their_work(analyzer):
    report = analyzer.analyze("Hi Ade, your pattern for the fox mittens was my first real knitting project.")
    assert "SPC101" in report.all_codes(), report.all_codes()
    assert report.label == "personalized", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Hallo Ade, ich hatte bei Ihnen angefragt, ob Sie Holz brauchen.",
        "Hallo Ade, Sie haben unsere App bestimmt schon gesehen.",
    ],
)
def test_a_request_or_a_sellers_guess_is_no_shared_past(analyzer, text):
    report = analyzer.analyze(text)
    assert "SPC102" not in report.all_codes(), report.all_codes()
