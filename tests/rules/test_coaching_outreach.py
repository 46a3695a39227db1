"""Coaches' and trainers' direct messages: the clients they count, a client of theirs told about,
and the disclaimer that the message is no sales pitch. Every note here was written for these
tests."""

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "Hoi Mark, ik ben voedingscoach en heb ruim 300 klanten begeleid. Zin in een gratis kennismaking?",
        "Hallo Mark, ich bin Laufcoach und habe mehr als 150 Kunden zum ersten Marathon gebracht.",
        "Hola Marcos, soy entrenadora y he ayudado a más de 200 clientes a correr sin lesiones.",
        "Hi Mark, I'm a running coach with over 150 clients across Bristol.",
    ],
)
def test_the_senders_clients_counted_are_a_self_pitch(analyzer, text):
    report = analyzer.analyze(text)
    assert "PIT003" in report.all_codes(), report.all_codes()
    assert report.label == "sales", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Hoi Mark, je doet me denken aan een klant van me die hetzelfde had. Wil je weten wat hem hielp?",
        "Hi Mark, a client of mine had exactly your knee problem last spring. Want to hear what fixed it?",
    ],
)
def test_a_client_of_the_senders_told_about_is_a_self_pitch(analyzer, text):
    report = analyzer.analyze(text)
    assert "PIT003" in report.all_codes(), report.all_codes()
    assert report.label == "sales", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Hoi Mark, ik denk dat ik je kan helpen met je rugklachten. Geen harde sales, gewoon een gesprek. "
        "Interesse?",
        "Hi Mark, I can help with your back pain. No hard sell, just a chat to see if it clicks. Interested?",
    ],
)
def test_a_disclaimer_that_it_is_no_sales_pitch_is_an_offer(analyzer, text):
    report = analyzer.analyze(text)
    assert "PIT004" in report.all_codes(), report.all_codes()
    assert report.label == "sales", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Hallo Mark, ich habe viel über Ihre Kunden in der Pflege gelesen - spannende Arbeit!",
        "Hi Mark, you took over the clients' choir when Sue retired - thank you for keeping it going.",
    ],
)
def test_clients_named_without_a_count_are_no_record(analyzer, text):
    assert "PIT003" not in analyzer.analyze(text).all_codes()


@pytest.mark.parametrize(
    "text",
    [
        "Hallo Jana, ich spezialisiere mich darauf, die Website von Physiotherapie-Praxen komplett zu "
        "betreuen. Wäre das etwas für Sie?",
        "Hi Jana, I specialise in running newsletters for yoga studios and independent coaches.",
    ],
)
def test_a_specialty_done_for_a_clientele_is_a_self_pitch(rules_only, text):
    report = rules_only.analyze(text)
    assert "PIT003" in report.all_codes(), report.signals
    assert report.label == "sales", report.reason


def test_a_specialty_without_a_clientele_is_no_pitch(rules_only):
    report = rules_only.analyze("Hi Jana, I specialise in paediatric physiotherapy and I'm new to Leeds.")
    assert "PIT003" not in report.all_codes(), report.signals


@pytest.mark.parametrize(
    "text",
    [
        "Hi Jana, ich arbeite mit Coaches zusammen, die mehr Kundinnen über Instagram gewinnen wollen.",
        "Hi Jana, I played in the Bundesliga myself and now help players like you get a trial in Spain.",
        "Hey Jana, gleich kommt eine Sprachnachricht, es geht um eine Idee, die ich für dich habe.",
        "Hey Jana! Deine Rezepte sind mega! Bist du offen für neue Kooperationen?",
        "Hey Jana, ich habe dir ein kurzes Video zu deinem Profil aufgenommen. Soll ich den Link schicken?",
    ],
)
def test_a_coach_agencys_openers_are_pitches(rules_only, text):
    assert rules_only.analyze(text).label == "sales"


def test_the_sender_open_to_collaborations_asks_nothing(rules_only):
    report = rules_only.analyze(
        "Hi Jana, I'm an illustrator, always open to new collaborations. Let's connect!"
    )
    assert "PIT015" not in report.all_codes(), report.signals


def test_feedback_looked_forward_to_is_the_reply_not_their_work(rules_only):
    report = rules_only.analyze("Hey Jana, das Angebot hängt an. Freu mich auf dein Feedback!")
    assert "SPC101" not in report.all_codes(), report.signals


@pytest.mark.parametrize(
    "text",
    [
        "Hej Ola, vi är specialiserade på lönehantering för restauranger i Umeå.",
        "Bonjour Ola, je me spécialise dans la refonte de sites internet pour les cabinets d'architectes.",
        "Ciao Ola, mi occupo dei social per coach e nutrizionisti. Ti va di sentirci?",
    ],
)
def test_a_specialty_for_a_clientele_in_other_languages_is_a_self_pitch(rules_only, text):
    assert "PIT003" in rules_only.analyze(text).all_codes()


def test_a_swedish_specialty_alone_is_a_self_introduction(rules_only):
    report = rules_only.analyze("Hej Ola, jag är specialiserad på barnfoto och flyttade nyss till Umeå.")
    assert "PIT003" not in report.all_codes(), report.signals
    assert report.label == "default", report.reason


@pytest.mark.parametrize(
    "text, code",
    [
        ("Olá Ola, tenho uma ideia para você que pode encher a sua agenda. Posso explicar?", "PIT019"),
        ("Hi Ola, just a nudge on my last message - my offer still stands.", "PIT004"),
        ("Hoi Ola, ik neem je hele boekhouding uit handen, van bonnetjes tot btw-aangifte.", "PIT003"),
        ("Hei Ola, vi er et jazzband og har noen ledige helger i høst. Interessert?", "PIT013"),
    ],
)
def test_a_sellers_follow_ups_and_closes_in_other_words(rules_only, text, code):
    assert code in rules_only.analyze(text).all_codes()


def test_a_dutch_invitation_to_bring_the_whole_family_takes_no_job_off_them(rules_only):
    assert "PIT003" not in rules_only.analyze("Hoi Ola, neem je hele gezin mee naar de open dag!").all_codes()
