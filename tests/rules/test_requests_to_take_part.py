"""Requests to take part in research, and sellers who use a survey as a door: a whitepaper is a
seller's lead magnet when it is "ours", a piece of work when it is "yours"."""

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "Hi Noor, everyone who fills in our logistics survey gets our whitepaper on freight costs.",
        "Hallo Noor, alle Teilnehmer unserer Umfrage erhalten unser Whitepaper zur Lagerlogistik.",
    ],
)
def test_our_whitepaper_handed_out_is_an_offering(analyzer, text):
    report = analyzer.analyze(text)
    assert "PIT016" in report.all_codes(), report.all_codes()
    assert report.label == "sales", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Hi Noor, your whitepaper on bus priority lanes changed our council's plan.",
        "Hi Noor, I loved your ebook on trail running in the Peak District - it got me through my first "
        "ultra.",
    ],
)
def test_their_whitepaper_or_ebook_is_a_piece_of_their_work(analyzer, text):
    report = analyzer.analyze(text)
    assert "SPC101" in report.all_codes(), report.signals
    assert report.label == "personalized", report.reason
