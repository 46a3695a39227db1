"""Notes from vets, shelters, trainers, stables and zoos, and from those who sell to them: "du" who came
out to the sender's place, a deed thanked in Polish, "foi você quem…", irregular verbs in the
past, Dutch verbs with their particle; free samples, prices sent, a place reserved and early-bird
places in the other languages; money the sender got back. Every note here was written for these
tests; each holds with the rules alone."""

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "Hej Sofie, du kom ud til vores stald i Vejle, da hoppen skulle fole midt om natten.",
        "Hej Sofie, du kom ut till oss i Umeå när kalven låg fel. Tack än en gång!",
        "Cześć Ola, dziękuję, że znalazłaś dom dla tych trzech kociąt z Bałut.",
        "Olá Ada, foi você quem tratou do nosso cão depois do acidente em Aveiro.",
        "Hi Ada, you shod my daughter's pony the morning of the county show in Ludlow.",
        "Hoi Ada, u heeft in juni onze bijenkast in Amersfoort opgehaald toen de zwerm kwam.",
    ],
)
def test_a_deed_for_the_sender_is_a_shared_past(analyzer, text):
    report = analyzer.analyze(text)
    assert "SPC102" in report.all_codes(), report.all_codes()
    assert report.label == "personalized", report.reason


def test_a_dutch_verb_with_its_particle_is_no_deed_in_a_sellers_guess(analyzer):
    report = analyzer.analyze("Hoi Ada, je hebt vast gehoord van onze nieuwe app voor stallen.")
    assert "SPC102" not in report.all_codes(), report.all_codes()


@pytest.mark.parametrize(
    "text",
    [
        "Ciao Ada, produciamo crocchette per allevatori. Vuoi dei campioni omaggio?",
        "Hola Ada, fabricamos piensos para criaderos. ¿Le mando muestras gratuitas?",
        "Olá Ada, temos rações para gatis. Posso enviar-lhe o catálogo e os preços?",
        "Hi Ada, our equine first-aid course runs in March. Shall I reserve you a place?",
        "Hi Ada, our farriery conference is in May and early-bird tickets end Sunday.",
    ],
)
def test_samples_prices_and_places_offered_are_offers(analyzer, text):
    report = analyzer.analyze(text)
    assert "PIT004" in report.all_codes(), report.all_codes()
    assert report.label == "sales", report.reason


def test_money_the_sender_got_back_is_no_price(analyzer):
    report = analyzer.analyze(
        "Hi Ada, your talk on pet insurance small print paid off - we claimed back £400 for Rex's surgery."
    )
    assert "PIT004" not in report.all_codes(), report.all_codes()
