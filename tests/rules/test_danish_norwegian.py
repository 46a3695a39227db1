"""Danish and Norwegian notes: what a seller offers, and what the recipient did or made, with
Norwegian's "your" after the noun. Every note here was written for these tests."""

import pytest


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Hej Bo, vi hjælper tandlæger med at fylde kalenderen via Google. Har du 15 minutter?", "PIT003"),
        ("Hei Liv, bare 3 plasser igjen på excelkurset i mars - rabatt til fredag!", "PIT004"),
        ("Hej Ulla, jeg tilbyder fast pris på løn for små virksomheder. Skal jeg sende et tilbud?", "PIT004"),
        ("Hei Knut, vi leverer frukt til kontorer i Bergen. Skal jeg sende prislisten?", "PIT003"),
        ("Hej Maj, hvem hos jer står for indkøb af arbejdstøj?", "PIT015"),
    ],
)
def test_a_pitch_in_danish_or_norwegian_is_sales(analyzer, text, code):
    report = analyzer.analyze(text)
    assert code in report.all_codes()
    assert report.label == "sales", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Hej Bo, tak for dit oplæg om havvind på Energidagen i Esbjerg - meget lærerigt!",
        "Hei Liv, takk for foredraget ditt om skred på geologidagene i Tromsø!",
        "Hei Knut, jeg leste kronikken din i Aftenposten om skolebibliotekene. Jeg er bibliotekar selv.",
        "Hej Ulla, vi spillede i samme orkester i Aarhus i 2010 - vi sad ved siden af hinanden!",
        "Hei Maj, vi møttes i fjor på Arendalsuka - du fortalte om bybanen i Bergen.",
        # Danish "af" says what a review was of, as "of" does.
        "Hej Emil, tak for din review af min kode i Home Assistant.",
    ],
)
def test_their_work_or_a_shared_past_in_danish_or_norwegian_is_personal(analyzer, text):
    report = analyzer.analyze(text)
    assert report.label == "personalized", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Hej Anders, jeg vil gerne tilføje dig til mit netværk.",
        "Hei Per, jeg vil gjerne legge deg til i nettverket mitt.",
    ],
)
def test_generic_danish_and_norwegian_notes_stay_default(analyzer, text):
    assert analyzer.analyze(text).label == "default"
