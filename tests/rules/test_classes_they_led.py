"""Classes, groups and cafés the recipient led and the sender or theirs went to, in the tenses and
word orders the other languages tell them in; thanks said with a verb; and a seller's diary held out
as filling up. Every note here was written for these tests."""

import pytest


@pytest.mark.parametrize(
    "text",
    [
        # The French imperfect, as the perfect ("vous avez animé l'atelier") was read.
        "Bonjour Odile, vous animiez l'atelier de reliure à la maison de quartier de Nantes où j'ai relié "
        "mon premier carnet.",
        "Bonjour Odile, vous encadriez la sortie botanique du samedi à Angers, celle où mon fils a vu sa "
        "première orchidée.",
        # A café they ran, in Dutch, as a workshop or an evening they gave.
        "Hoi Odile, jij leidde het repaircafé in het buurthuis van Deventer waar ik mijn broodrooster "
        "liet maken.",
        # What "du" led, the participle last.
        "Hallo Odile, du hast im Jugendzentrum Kassel den Nähkurs geleitet, den ich im Winter besucht habe.",
    ],
)
def test_a_class_they_led_is_their_work(rules_only, text):
    report = rules_only.analyze(text)
    assert "SPC101" in report.all_codes()
    assert report.label == "personalized", report.reason


def test_a_polish_deed_reaches_the_senders_family_at_the_end_of_a_long_clause(rules_only):
    text = (
        "Cześć Odile, prowadziłaś w domu kultury na Mokotowie warsztaty introligatorskie dla dorosłych, "
        "na które chodził mój tata."
    )
    report = rules_only.analyze(text)
    assert "SPC102" in report.all_codes()
    assert report.label == "personalized", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Hoi Odile, jij hebt mijn fiets gerepareerd bij het repaircafé in Deventer. "
        "Ik wil je graag bedanken.",
        "Bonjour Odile, vous avez réparé le vélo de mon fils à l'atelier de Nantes. "
        "Je voulais vous remercier.",
        "Olá Odile, você consertou a bicicleta do meu filho na oficina de Braga. Queria agradecer o cuidado.",
    ],
)
def test_thanks_said_with_a_verb_is_the_reason_for_a_deed(rules_only, text):
    report = rules_only.analyze(text)
    assert "SPC102" in report.all_codes()
    assert "SPC002" not in report.all_codes()


@pytest.mark.parametrize(
    "text",
    [
        "Hi Odile, I run bookbinding workshops for libraries and community centres. My diary for the "
        "autumn is already filling up - would your centre like to book a date?",
        "Hi Odile, our pottery taster evenings for teams are back. Places are going fast, so shall I hold "
        "one for your office?",
    ],
)
def test_a_sellers_diary_or_places_held_out_as_scarce_is_an_offer(rules_only, text):
    report = rules_only.analyze(text)
    assert "PIT004" in report.all_codes()
    assert report.label == "sales", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Hi Odile, I hear your diary is filling up with weddings this summer - congratulations on the "
        "new studio!",
        "Hi Odile, you lent me your bookbinding press at the Nantes fair when mine broke. Thank you!",
    ],
)
def test_their_diary_or_a_deed_is_no_offer(rules_only, text):
    assert "PIT004" not in rules_only.analyze(text).all_codes()
