"""Follow-ups and second notes: a promise kept after meeting, in the other languages, and what they
said at an event; a seller following up an offer, a quote or a case study. Every note here was
written for these tests."""

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "Hallo Mika, wie versprochen nach dem Sommerfest der Kita: hier die Fotos vom Kuchenstand!",
        "Ciao Mika, come promesso dopo la corsa di Ferrara, ti mando la foto all'arrivo.",
        "Hoi Mika, zoals beloofd na de open dag van de moestuin: hier is het zaadschema.",
        "Cześć Mika, tak jak obiecałem po meczu w Gdyni, wysyłam zdjęcia drużyny.",
        "Hi Mika, following up on what you said at the beekeepers' open day about the swarm traps - "
        "did yours work?",
        "Hi Mika, we stood next to each other at the Proms queue in July - you kept my place when I ran "
        "for coffee!",
    ],
)
def test_a_promise_kept_or_their_words_recalled_is_a_shared_past(rules_only, text):
    report = rules_only.analyze(text)
    assert report.label == "personalized", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Hallo Mika, ich wollte wegen unseres Angebots für die Dachsanierung nachhaken. Passt ein Anruf?",
        "Bonjour Mika, je me permets de vous relancer concernant notre devis d'élagage.",
        "Cześć Mika, przypominam się w sprawie oferty na monitoring. Czy mogę zadzwonić?",
        "Hi Mika, re-sharing the case study I sent on Monday - Harbour Dental halved no-shows with us.",
    ],
)
def test_a_sellers_follow_up_of_an_offer_is_a_pitch(rules_only, text):
    report = rules_only.analyze(text)
    assert report.label == "sales", report.reason
