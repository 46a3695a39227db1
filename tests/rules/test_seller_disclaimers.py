"""A seller's "no pitch" and a case study handed over: what outreach sequences say once a call has
been asked for. Every note here was written for these tests."""

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "Hi Tomasz, we make shift-planning software for clinics. Worth a quick call? No pitch, just curious.",
        "Hi Tomasz, I'm not pitching anything - just thought a 15-minute chat about rotas could help.",
        "Hi Tomasz, we run a small dev studio. No pitch here, would a short call next week work?",
    ],
)
def test_a_seller_saying_it_is_no_pitch_is_an_offer(rules_only, text):
    report = rules_only.analyze(text)
    assert "PIT004" in report.all_codes(), report.all_codes()
    assert report.label == "sales", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Hi Tomasz, there's no pitch deck yet, but your talk on seed rounds helped me write the first one.",
        "Tomasz, your lecture on pitch accent in Polish dialects was great - no pitch perfect ear here!",
    ],
)
def test_a_pitch_deck_or_a_voice_is_no_disclaimer(rules_only, text):
    assert "PIT004" not in rules_only.analyze(text).all_codes()


@pytest.mark.parametrize(
    "text",
    [
        "Hi Tomasz, no rush on the call. Meanwhile, here's a quick case study that may be relevant: {{link}}",
        "Hi Tomasz, here is a short case study from a clinic group like yours.",
    ],
)
def test_a_case_study_handed_over_is_an_offer(rules_only, text):
    report = rules_only.analyze(text)
    assert "PIT004" in report.all_codes(), report.all_codes()
    assert report.label == "sales", report.reason


def test_a_case_study_they_wrote_is_their_work(rules_only):
    text = "Tomasz, your case study on the Gdańsk tram depot is the best thing I read in my master's year."
    assert rules_only.analyze(text).label == "personalized"


@pytest.mark.parametrize(
    "text",
    [
        "Por si te sirve la guía de turnos para clínicas, son 10 minutos de lectura. ¿Te la envío por aquí?",
        "Hola Tomasz, tengo una plantilla de turnos que usan otras clínicas. ¿Te lo mando?",
    ],
)
def test_a_resource_sent_in_spanish_is_an_offer_question(rules_only, text):
    assert "PIT013" in rules_only.analyze(text).all_codes()


@pytest.mark.parametrize(
    "text",
    [
        "Hi Tomasz, it was cool to chat after the meetup. Let's chat more some time!",
        "Tomasz, lovely to talk at the allotment open day. Let's talk again soon.",
    ],
)
def test_hoping_to_talk_again_is_no_call_asked_for(rules_only, text):
    assert "PIT001" not in rules_only.analyze(text).all_codes()


def test_a_chat_about_the_senders_platform_is_still_a_call(rules_only):
    text = "Hi Tomasz, let's chat more about how our platform could help your clinic."
    assert "PIT001" in rules_only.analyze(text).all_codes()


@pytest.mark.parametrize(
    "text",
    [
        "Olá Tomasz, o nosso escritório trata de indemnizações sem custos iniciais. Posso ligar-lhe?",
        "Hola Tomasz, gestionamos herencias con tarifa cerrada. ¿Le envío información?",
        "Hi Tomasz, we're a roofing contractor with charity rates for village halls. Could we visit?",
    ],
)
def test_terms_held_out_in_the_other_languages_and_for_a_kind_of_buyer_are_offers(rules_only, text):
    report = rules_only.analyze(text)
    assert "PIT004" in report.all_codes(), report.all_codes()
    assert report.label == "sales", report.reason


def test_thanks_for_a_charity_rate_given_is_no_offer(rules_only):
    text = "Tomasz, thank you for giving our village hall your charity rates when the roof blew off in March."
    assert rules_only.analyze(text).label != "sales"


def test_a_response_time_held_out_is_an_offer(rules_only):
    text = "Hi Tomasz, we do commercial flood restoration with 24-hour response. Can I send a surveyor today?"
    report = rules_only.analyze(text)
    assert "PIT004" in report.all_codes(), report.all_codes()
    assert report.label == "sales", report.reason


def test_a_call_out_thanked_for_is_no_offer(rules_only):
    text = "Tomasz, thank you for the 24-hour call-out when our cellar flooded before the wedding."
    assert "PIT004" not in rules_only.analyze(text).all_codes()


@pytest.mark.parametrize(
    "text",
    [
        "Thanks for connecting, Ines! I noticed your piece on tidal lagoons. How did the Swansea trial "
        "go? No pitch here, genuinely interested in your view.",
        "Hi Ines, not pitching anything, I just wanted to say hello. Enjoy the conference!",
        "Ciao Ines, nessuna vendita: volevo solo dirti che il tuo intervento sul porto di Trieste mi "
        "è piaciuto molto.",
    ],
)
def test_a_disclaimer_with_nothing_offered_or_asked_beside_it_is_no_offer(rules_only, text):
    report = rules_only.analyze(text)
    assert "PIT004" not in report.all_codes() and report.label != "sales", report.reason
