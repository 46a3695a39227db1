"""Notes from factories, workshops and engineering, and from those who sell to them, in the languages
the rules know: an exhibition of theirs, a family member who worked in their firm, a bill lowered
and results shown, a firm or a brand introduced, a figure their piece tells and their work applied
to the sender's own line. Every note here was written for these tests."""

import pytest


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (
            "Hej Ingrid, jeg så udstillingen din om genbrugte lamper i Aarhus - den med de gamle cykelfælge.",
            "SPC101",
        ),
        (
            "Hi Marco, my mother worked twenty years in your bakery on Leith Walk and still talks about the "
            "Christmas rush.",
            "SPC102",
        ),
        (
            "Bonjour Marco, mon père a travaillé trente ans dans votre imprimerie à Roubaix, il en parle "
            "encore avec fierté.",
            "SPC102",
        ),
        (
            "Hallo Marco, meine Mutter hat zwölf Jahre in Ihrer Schreinerei gearbeitet und schwärmt noch "
            "heute davon.",
            "SPC102",
        ),
        (
            "Hola Marco, mi abuela trabajó veinte años en tu panadería de Triana y siempre habla de ti.",
            "SPC102",
        ),
    ],
)
def test_their_exhibition_or_family_who_worked_in_their_firm_is_personal(analyzer, text, code):
    report = analyzer.analyze(text)
    assert code in report.all_codes(), report.all_codes()
    assert report.label == "personalized", report.reason


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (
            "Bonjour Marco, nos compteurs connectés font baisser la facture d'eau des boulangeries de 15 %. "
            "Je peux vous montrer un exemple à Lille ?",
            "PIT010",
        ),
        (
            "Hallo Marco, wir sind ein Planungsbüro und übernehmen Brandschutzkonzepte für Bäckereien. "
            "Sollen wir telefonieren?",
            "PIT003",
        ),
        (
            "Hoi Marco, wij zijn een merk van bakvormen en zoeken bakkers voor betaalde reviews. Interesse?",
            "PIT003",
        ),
    ],
)
def test_a_bill_lowered_and_a_firm_or_brand_introduced_are_sales(analyzer, text, code):
    report = analyzer.analyze(text)
    assert code in report.all_codes(), report.all_codes()
    assert report.label == "sales", report.reason


def test_a_figure_their_piece_tells_and_their_work_applied_to_our_line_are_no_pitch(analyzer):
    report = analyzer.analyze(
        "Hola Marco, tu artículo sobre cómo bajaron el consumo de harina un 12% me encantó. Lo aplicamos "
        "en nuestra línea de pan de molde en Jaén."
    )
    assert {"PIT010", "PIT016"}.isdisjoint(report.all_codes()), report.all_codes()
