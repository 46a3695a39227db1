"""Notes from social care, childcare and the care of the old, and from those who sell to them: one of
the sender's family who lived or spent time in the recipient's place, in six languages; a formal
Polish deed for the sender's own; something they set up, in French; German discounts written as one
word and a device to try. Every note here was written for these tests; each holds with the rules
alone."""

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "Hi Ade, my grandmother spent her last year at your care home in Harrogate.",
        "Olá Ade, o meu avô viveu três anos no vosso lar em Viseu.",
        "Hola Ade, mi abuelo pasó sus últimos meses en vuestra residencia de Soria.",
        "Bonjour Ade, mon grand-père a passé deux hivers dans votre maison de retraite à Vannes.",
        "Hallo Ade, mein Opa wohnte vier Jahre in Ihrem Pflegeheim in Celle.",
        "Ciao Ade, mio nonno ha vissuto tre anni nella tua casa famiglia a Lecco.",
    ],
)
def test_one_of_the_senders_family_in_their_care_is_a_shared_past(analyzer, text):
    report = analyzer.analyze(text)
    assert "SPC102" in report.all_codes(), report.all_codes()
    assert report.label == "personalized", report.reason


def test_a_formal_polish_deed_for_the_senders_own_is_a_shared_past(analyzer):
    report = analyzer.analyze("Dzień dobry Pani Ado, uczyła Pani syna mojej siostry w szkole w Gdyni.")
    assert "SPC102" in report.all_codes(), report.all_codes()
    assert report.label == "personalized", report.reason


def test_something_they_set_up_in_french_is_their_work(analyzer):
    report = analyzer.analyze("Bonjour Ade, vous avez lancé le festival de contes de Rennes, bravo.")
    assert "SPC101" in report.all_codes(), report.all_codes()
    assert report.label == "personalized", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Hallo Ade, Pflegebetten für Heime, jetzt mit 10 % Neukundenrabatt.",
        "Hi Ade, our talking photo frames are loved by care homes. Can I send you a trial unit?",
    ],
)
def test_a_one_word_discount_and_a_device_to_try_are_offers(analyzer, text):
    report = analyzer.analyze(text)
    assert "PIT004" in report.all_codes(), report.all_codes()
    assert report.label == "sales", report.reason
