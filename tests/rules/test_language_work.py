"""Notes from translators, interpreters and language teachers, and from those who sell to them: a
deed in the Dutch simple past for the sender's own, a language school of theirs in Danish, their
subtitles; a collaboration asked about, goods made cheaper and a catalogue passed on in the other
languages. Every note here was written for these tests; each holds with the rules alone."""

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "Hoi Ade, jij vertaalde de brieven van mijn opa uit het Fries voor zijn negentigste.",
        "Hej Ade, din danskskole tog sig af min datter, da vi kom fra Polen.",
    ],
)
def test_a_deed_for_the_senders_own_is_a_shared_past(analyzer, text):
    report = analyzer.analyze(text)
    assert "SPC102" in report.all_codes(), report.all_codes()
    assert report.label == "personalized", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Hoi Ade, je stuurde me je offerte voor de vertaling.",
        "Hoi Ade, je reageerde op mijn post over tolken in de zorg.",
    ],
)
def test_a_quote_sent_or_a_reaction_in_dutch_is_no_shared_past(analyzer, text):
    report = analyzer.analyze(text)
    assert "SPC102" not in report.all_codes(), report.all_codes()


def test_their_subtitles_are_their_work(analyzer):
    report = analyzer.analyze(
        "Hi Ade, your subtitles for the Basque film 'Loreak' were so good I forgot I was reading."
    )
    assert "SPC101" in report.all_codes(), report.all_codes()
    assert report.label == "personalized", report.reason


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Ciao Ade, organizziamo viaggi studio a Malta. Ti interessa una collaborazione?", "PIT015"),
        ("Hola Ade, diccionarios para academias un 15% más baratos este mes.", "PIT004"),
        ("Hola Ade, hacemos cursos de español para empresas. ¿Te paso el catálogo?", "PIT004"),
    ],
)
def test_what_sellers_to_language_schools_say_is_a_pitch(analyzer, text, code):
    report = analyzer.analyze(text)
    assert code in report.all_codes(), report.all_codes()
    assert report.label == "sales", report.reason
