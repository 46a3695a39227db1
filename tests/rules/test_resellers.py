"""Resellers: discounts and a catalogue in Portuguese, as the other languages have them."""


def test_a_resellers_discounts_and_catalogue_are_an_offer(analyzer):
    text = (
        "Oi Bia, estou revendendo uma linha de chás artesanais com ótimos descontos. "
        "Posso te mandar o catálogo?"
    )
    report = analyzer.analyze(text)
    assert "PIT004" in report.all_codes(), report.all_codes()
    assert report.label == "sales", report.reason
