"""Rescue teams, firefighters and paramedics: who they were to the sender told as "you're the one
who…", a product by what it gives a clientele, a proposal to receive and delivery in hours. Every
note here was written for these tests."""

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "Nia, you're the lifeguard who pulled my son out at Rhossili in July. He wants to join your club.",
        "Nia, you are the nurse that sat with our dad all night on ward 7. I never got to say thanks.",
        "Nia, tu es la secouriste qui a retrouvé notre fille sur le GR20 en juin. Comment vous aider ?",
        "Bonjour Nia, vous étiez l'ambulancière qui m'a soigné après la chute à vélo à Nantes. Merci encore.",
    ],
)
def test_who_they_were_in_the_senders_day_is_a_shared_context(rules_only, text):
    report = rules_only.analyze(text)
    assert "SPC102" in report.all_codes(), report.all_codes()
    assert report.label == "personalized", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Nia, you're the kind of leader who inspires everyone. Let's connect.",
        "Nia, you're the person who viewed my profile twice this week!",
        "Nia, tu es la consultante qui a aidé nos concurrents ?",
    ],
)
def test_a_compliment_a_platform_step_or_a_question_is_no_deed(rules_only, text):
    assert "SPC102" not in rules_only.analyze(text).all_codes()


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Hi Nia, our rope-access drones give rescue teams a view of the whole cliff in minutes.", "PIT003"),
        ("Hi Nia, our sensors let fire crews see through smoke. Shall I book you a demo?", "PIT003"),
        ("Olá Nia, quer receber a nossa proposta para o novo equipamento?", "PIT004"),
        ("Hola Nia, ¿le gustaría recibir nuestra propuesta de formación?", "PIT004"),
        ("Hi Nia, would you like to receive our proposal for the new radios?", "PIT004"),
        ("Hola Nia, botas de rescate certificadas con entrega en 24 horas a toda España.", "PIT004"),
        ("Bonjour Nia, des casques certifiés avec livraison en 48 heures dans toute la France.", "PIT004"),
        ("Hallo Nia, Einsatzjacken mit Lieferung in 48 Stunden, deutschlandweit.", "PIT004"),
    ],
)
def test_a_product_for_a_clientele_a_proposal_and_delivery_in_hours_are_a_pitch(rules_only, text, code):
    report = rules_only.analyze(text)
    assert code in report.all_codes(), report.all_codes()
    assert report.label == "sales", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Hi Nia, our volunteers give families a hot meal every Friday - thank you for the van you lent us.",
        "Thanks for chasing the courier, Nia - the delivery in 24 hours saved my daughter's birthday!",
    ],
)
def test_people_giving_and_a_delivery_that_came_are_no_pitch(rules_only, text):
    codes = rules_only.analyze(text).all_codes()
    assert not {"PIT003", "PIT004"} & codes, codes
