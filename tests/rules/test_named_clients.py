"""A seller's named clients held up ("has helped startups like Loomly…") in English, French,
Spanish, Portuguese and Italian, and a pain told to the recipient, then solved ("…is costing you
hours. Let's fix that."). Every note here was written for these tests."""

import pytest


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (
            "Hi Fran, Stackwise has helped startups like Loomly halve their cloud bill. Free for a "
            "10-minute call on Thursday?",
            "PIT003",
        ),
        (
            "Bonjour Inès, Paylio a aidé des entreprises comme Maisonnette à réduire leurs impayés de "
            "moitié. Un créneau cette semaine ?",
            "PIT003",
        ),
        (
            "Hola Nuria, Cobrify ha ayudado a empresas como Lácteos Ruiz a cobrar en la mitad de tiempo. "
            "¿Hablamos el jueves?",
            "PIT003",
        ),
        (
            "Ciao Paolo, Fattura360 ha aiutato aziende come Ferri Srl a chiudere i conti in metà tempo. "
            "Ti va una call?",
            "PIT003",
        ),
        ("Hi Ben, slow payroll runs are costing you hours every month. Let's fix that.", "PIT012"),
        ("Hi Ben, slow payroll runs are costing you hours every month. Let's fix that.", "PIT003"),
    ],
)
def test_named_clients_and_a_pain_solved_are_sales(analyzer, text, code):
    report = analyzer.analyze(text)
    assert code in report.all_codes(), report.all_codes()
    assert report.label == "sales", report.reason


@pytest.mark.parametrize(
    "text",
    [
        # Help they gave the sender's own kind, thanked for.
        "Your accelerator helped startups like ours get through the winter - thank you for the Leeds "
        "session on runway, Meg!",
        # A fix offered to do together, between people who know each other.
        "Thanks for the bug report on the CSV parser, Jo - let's fix that together at Saturday's hack night!",
    ],
)
def test_help_thanked_for_or_shared_is_no_self_pitch(analyzer, text):
    report = analyzer.analyze(text)
    assert "PIT003" not in report.all_codes(), report.all_codes()
    assert report.label == "personalized", report.reason
