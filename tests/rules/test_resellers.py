"""Resellers: discounts and a catalogue in Portuguese, as the other languages have them."""


def test_a_resellers_discounts_and_catalogue_are_an_offer(analyzer):
    text = (
        "Oi Bia, estou revendendo uma linha de chás artesanais com ótimos descontos. "
        "Posso te mandar o catálogo?"
    )
    report = analyzer.analyze(text)
    assert "PIT004" in report.all_codes(), report.all_codes()
    assert report.label == "sales", report.reason


def test_teams_helped_are_a_clientele_in_the_other_languages(analyzer):
    text = "Olá Bia, ajudamos equipas de armazém com software de inventário. Posso mostrar uma demo?"
    report = analyzer.analyze(text)
    assert "PIT003" in report.all_codes(), report.all_codes()
    assert report.label == "sales", report.reason
