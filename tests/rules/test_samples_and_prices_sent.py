"""Samples and prices offered in the other languages, asked as an offer or as a wish ("vuoi che ti
mandi…?"). Every note here was written for these tests."""

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "Olá Inês, fabricamos velas de soja para lojas de decoração. Posso enviar-lhe amostras?",
        "Hola Inés, hacemos jabones artesanales para hoteles. ¿Le envío muestras esta semana?",
        "Ciao Ines, organizziamo weekend di yoga in Umbria. Vuoi che ti mandi il programma con i prezzi?",
        "Hola Inés, organizamos viajes de esquí para colegios. ¿Quieres que te mande las tarifas?",
    ],
)
def test_samples_or_prices_offered_are_an_offer(rules_only, text):
    report = rules_only.analyze(text)
    assert "PIT004" in report.all_codes()
    assert report.label == "sales", report.reason


def test_a_friend_sending_the_programme_of_their_wedding_is_none(rules_only):
    report = rules_only.analyze(
        "Ciao Ines, eravamo compagne di classe al liceo Tasso. Mi sposo a maggio! Vuoi che ti mandi il "
        "programma della giornata?"
    )
    assert "PIT004" not in report.all_codes()
