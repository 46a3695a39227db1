"""Notes from a group rather than a person: a club's or a committee's thanks, the verb in the third
person, in six languages; a group's rates and catalogue. Every note here was written for these
tests."""

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "Hi Sol, the Ely cycling club thanks you for the route maps you drew for our sportive.",
        "Ciao Sol, il circolo del tennis ti ringrazia per le lezioni che hai dato ai ragazzi a luglio.",
        "Bonjour Sol, l'amicale des pompiers vous remercie pour la démonstration que vous avez faite samedi.",
        "Olá Sol, a associação de pais agradece-te as fotografias que tiraste na festa da escola.",
        "Hoi Sol, het bestuur van de toneelclub wil je bedanken voor het decor dat je voor ons bouwde.",
        "Cześć Sol, zarząd klubu dziękuje Ci za pomoc przy turnieju w Opolu!",
        "Hi Sol, thank you for your help at the Harrogate flower show - the marquee never looked better.",
    ],
)
def test_a_groups_thanks_for_a_deed_is_a_shared_past(rules_only, text):
    report = rules_only.analyze(text)
    assert report.label == "personalized", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Hi Sol, our society sells advertising in the annual programme to local firms. Could we talk rates?",
        "Ciao Sol, la nostra associazione organizza corsi per le aziende. Vuoi ricevere il catalogo?",
    ],
)
def test_a_groups_rates_or_catalogue_is_a_pitch(rules_only, text):
    report = rules_only.analyze(text)
    assert report.label == "sales", report.reason
