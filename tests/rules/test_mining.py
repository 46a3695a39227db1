"""Notes from mining, quarrying and geology, after a round of such notes: French "revenue" that is
come back, a deed told in the French pluperfect; a seller's needs sounded out in the Nordic
languages and Dutch, a call asked in Norwegian, goods sold or distributed in French, German and
Italian. Every note here was written for these tests."""

import pytest


def test_french_revenue_after_etre_is_come_back_not_money(analyzer):
    report = analyzer.analyze(
        "Bonjour Inès, vous étiez revenue au collège de Thiers pour montrer les carottes de forage aux "
        "élèves de quatrième. Merci encore !"
    )
    assert "PIT010" not in report.all_codes(), report.all_codes()


def test_revenue_promised_is_still_a_promise(analyzer):
    report = analyzer.analyze("Hi Inès, we add 20% revenue to quarries in the first year. Quick call?")
    assert "PIT010" in report.all_codes(), report.all_codes()


def test_a_deed_in_the_french_pluperfect_is_a_shared_past(analyzer):
    report = analyzer.analyze(
        "Bonjour Inès, vous aviez fait le relevé du terrain pour le nouveau gymnase de notre commune et "
        "vous aviez tout expliqué au maire. Il est ouvert depuis lundi !"
    )
    assert "SPC102" in report.all_codes(), report.all_codes()
    assert report.label == "personalized", report.reason


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (
            "Hei Inès, vi er forhandler av vernesko for gruvearbeidere. Passer det med en prat om deres "
            "behov?",
            "PIT012",
        ),
        ("Hej Inès, vi säljer hörselskydd till gruvor. Passar det med ett samtal om era behov?", "PIT012"),
        (
            "Bonjour Inès, nous commercialisons des lampes frontales rechargeables pour mineurs. Puis-je "
            "vous envoyer notre catalogue ?",
            "PIT003",
        ),
        (
            "Hallo Inès, wir vertreiben Staubschutzmasken für Steinbrüche. Darf ich dir ein Angebot "
            "schicken?",
            "PIT003",
        ),
    ],
)
def test_needs_sounded_out_and_goods_distributed_are_a_pitch(analyzer, text, code):
    report = analyzer.analyze(text)
    assert code in report.all_codes(), report.all_codes()
    assert report.label == "sales", report.reason
