"""Notes written in English as a second language, and in the other languages as typed: a result for
their business promised, an investment plan, a firm without its article, on call for any job. Every
note here was written for these tests."""

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "Hi Kwame, I am SEO expert. I can increase your website traffic in 60 days. Shall we discuss?",
        "Olá Kwame, podemos aumentar suas vendas com anúncios no Instagram. Posso mandar uma proposta?",
        "Kwame, dear, I have very good investment plan with 12% monthly profit. Kindly reply.",
        "Hola Kwame, somos empresa de limpieza industrial en Quito con precios bajos.",
        "Hi Kwame, we do freight forwarding from Mombasa. Any cargo you need to move, we are ready. Call me.",
    ],
)
def test_second_language_sellers_are_read(rules_only, text):
    report = rules_only.analyze(text)
    assert report.label == "sales", (report.reason, report.signals)


@pytest.mark.parametrize(
    "text",
    [
        "Hi Kwame, your workshop at the Accra library doubled our bookings - I can increase our sales now!",
        "Hi Kwame, we are colleagues from the Kumasi office. Any help you need with the move, we are here.",
        "Hola Kwame, somos amigos desde la empresa de tu padre en Quito. ¡Qué alegría verte aquí!",
    ],
)
def test_the_same_words_about_the_sender_or_a_friend_are_no_pitch(rules_only, text):
    report = rules_only.analyze(text)
    assert report.label != "sales", (report.reason, report.signals)
