"""SPC103 on the blank pipeline: runs of capitalised words, joined by "of", "de", "the" or "&"."""

import pytest


@pytest.mark.parametrize(
    ("note", "names"),
    [
        # A name that ends the note is a run like any other.
        ("Thanks for the intro through our mutual friend Marta Nowak", ["Marta Nowak"]),
        ("Your keynote at Bank of America on fraud models was great.", ["Bank of America"]),
        ("Congrats on the move to Procter & Gamble.", ["Procter & Gamble"]),
        ("Great to meet you at Universidad de Chile yesterday.", ["Universidad de Chile"]),
        # A connector with no capitalised word after it is not part of the name.
        ("I enjoyed the panel with Ortiz of the platform team.", ["Ortiz"]),
        # Inner capitals are names too: events, products and surnames.
        ("Great talk at PyCon DE on typing!", ["PyCon DE"]),
        ("I found your fix on GitHub while at McDonald Labs.", ["GitHub", "McDonald Labs"]),
    ],
)
def test_named_runs(analyzer, note, names):
    found = [s["text"] for s in analyzer.analyze(note).signals if s["code"] == "SPC103"]
    assert found == names
