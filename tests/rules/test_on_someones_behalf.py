"""Notes written on someone else's behalf: an assistant, a son, a colleague passing on thanks or
papers; a manager who sent the sender out to network; a seller writing for a boss. Every note here
was written for these tests."""

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "Hi Bea, I'm writing on behalf of my manager, who would love to connect with more people in retail.",
        "Hi Bea, my mentor told me to connect with five new people every Friday - you're one of them!",
    ],
)
def test_a_manager_who_sent_the_sender_out_to_network_is_no_tie(rules_only, text):
    report = rules_only.analyze(text)
    assert "SPC102" not in report.all_codes(), report.signals
    assert report.label == "default", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Hola Bea, soy el hijo de Lola. Mi madre me pidió que le agradeciera la paciencia en la farmacia.",
        "Olá Bea, sou o assistente da Dra. Reis; ela pediu-me para lhe enviar a ata da reunião de segunda.",
        "Bonjour Bea, M. Roux m'a demandé de vous transmettre le compte rendu de l'atelier de mardi.",
        "Hoi Bea, mijn moeder vroeg me je de recepten van haar kookclub te sturen. Groetjes!",
        "Hej Bea, jag är Eriks bror - han bad mig tacka dig för hjälpen med flytten.",
        "Dzień dobry, jestem córką pani Haliny, której pomogła Pani w bibliotece. Mama dziękuje.",
        "Hi Bea, I'm the new PA to Dr Khan - she asked me to follow up on your conversation at the trust "
        "board about the volunteer drivers.",
    ],
)
def test_thanks_or_papers_passed_on_for_someone_are_a_shared_past(rules_only, text):
    report = rules_only.analyze(text)
    assert report.label == "personalized", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Hej Bea, jag vill gärna visa vårt nya bokföringssystem. Passar det på torsdag?",
        "Hoi Bea, mag ik je ons nieuwe kassasysteem laten zien? Het kost maar 29 euro per maand.",
        "Hi Bea, I'm writing for our events lead: we'd like to sponsor your next meetup in exchange for "
        "a speaking slot.",
    ],
)
def test_a_product_or_a_bought_slot_offered_for_a_boss_is_a_pitch(rules_only, text):
    report = rules_only.analyze(text)
    assert report.label == "sales", report.reason
