"""Notes from transport, travel and logistics, and from those who sell to them: a business of theirs
that did something for the sender's family, in English and four other languages; Dutch "je" before
a piece of work; a firm introduced by its specialty or as a chain; buyers like them said to do well
with the sender's product; the product's plural verb. Every note here was written for these tests;
each holds with the rules alone."""

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "Hi Ruth, your drivers moved my gran's piano up three flights in Bristol without a scratch. Thank "
        "you!",
        "Ciao Ruth, la tua agenzia ha organizzato il trasloco dei miei nonni a Torino, tutto perfetto.",
        "Hola Ruth, tu empresa llevó la mudanza de mis padres a Valencia sin romper ni un plato.",
        "Bonjour Ruth, votre agence a organisé le déménagement de mes parents à Nantes, merci encore.",
        "Hallo Ruth, euer Team hat den Umzug meiner Eltern nach Kiel organisiert - danke!",
        "Hoi Ruth, je lezing over stadsdistributie met vrachtfietsen heb ik met mijn collega's besproken.",
    ],
)
def test_their_business_did_it_for_the_senders_family_or_a_dutch_piece_of_theirs_is_personal(analyzer, text):
    report = analyzer.analyze(text)
    assert {"SPC101", "SPC102"} & report.all_codes(), report.all_codes()
    assert report.label == "personalized", report.reason


def test_a_business_of_theirs_that_needs_the_senders_product_is_no_shared_past(analyzer):
    report = analyzer.analyze("Hallo Ruth, Ihre Spedition hat sicher Interesse an unserem Tourenplaner.")
    assert "SPC102" not in report.all_codes(), report.all_codes()


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (
            "Hallo Ruth, wir sind Spezialisten für Kühltransporte. Hätten Sie nächste Woche Zeit für ein "
            "Telefonat?",
            "PIT003",
        ),
        (
            "Olá Ruth, somos uma cadeia de armazéns refrigerados e procuramos parceiros em Lisboa. Tens "
            "interesse?",
            "PIT003",
        ),
        (
            "Hi Ruth, dispatchers like you are saving two hours a day with our route planner. Want to see "
            "how?",
            "PIT003",
        ),
        (
            "Hi Ruth, our loading sensors improve trailer fill rates by 18%. Shall I send you the Leeds "
            "pilot results?",
            "PIT016",
        ),
    ],
)
def test_a_firm_a_chain_buyers_like_them_and_what_the_product_does_are_sales(analyzer, text, code):
    report = analyzer.analyze(text)
    assert code in report.all_codes(), report.all_codes()
    assert report.label == "sales", report.reason
