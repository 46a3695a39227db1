"""Messages sent once an invitation is accepted that fit anyone: a door left open to talk, the
sender's own openness, synergy as a value, pieces not made yet, a profile that "resonated", and the
greetings they open with. Every note here was written for these tests."""

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "Hi Joss, thanks for accepting! If you ever want to bounce ideas around, just message me.\n\n"
        "Best,\nKit",
        "Hi Joss, thanks for connecting! I'm always open to exploring mutual synergies. Have a great week!",
        "Hi Joss, thanks for the connect. I am always open to exploring ways to support one another.",
        "Hi Joss, thanks for connecting! I'd love to keep up with your future posts.",
        "Hi Joss, thanks for adding me! Your background resonated with me and I wanted to connect.",
        "Hi Joss, thanks for connecting! If you ever want to chat about the industry, my inbox is open.",
    ],
)
def test_an_open_door_after_accepting_is_generic(rules_only, text):
    report = rules_only.analyze(text)
    assert report.label == "default", (report.reason, report.all_codes())


@pytest.mark.parametrize(
    "text, code",
    [
        ("Hi Joss, I see real synergies between our platforms. Open to a call?", "PIT015"),
        ("Hi Joss, if you ever want a destination wedding planned, we do those.", "PIT012"),
        ("Hi Joss, are you open to exploring a Head of Data role in Leeds?", "PIT007"),
    ],
)
def test_a_sellers_synergy_need_or_role_still_reads(rules_only, text, code):
    assert code in rules_only.analyze(text).all_codes()


@pytest.mark.parametrize(
    "text",
    [
        "Greetings Joss, thank you for connecting!",
        "Hello there Joss, many thanks for accepting my request!",
        "Hey there Joss, thanks for adding me as a connection!",
    ],
)
def test_a_greeting_with_there_or_greetings_names_the_recipient(rules_only, text):
    report = rules_only.analyze(text)
    named = [s for s in report.signals if s["code"] == "SPC104"]
    assert named and named[0]["text"] == "Joss", report.signals
    assert "SPC103" not in report.all_codes()


@pytest.mark.parametrize("text", ["Greetings from Lagos, everyone!", "Hi from Lagos!", "Hi there, thanks!"])
def test_a_greeting_from_a_place_names_nobody(rules_only, text):
    assert "SPC104" not in rules_only.analyze(text).all_codes()


@pytest.mark.parametrize(
    "text",
    [
        "Bonjour Joss, merci d'avoir accepté ! Je cherche un stage de six mois en data dès janvier. Puis-je "
        "vous envoyer mon CV ?",
        "Bonjour Joss,\n\nMerci d'avoir accepté mon invitation. J'entre en octobre en master à Nantes et je "
        "recherche une alternance en cybersécurité. Je peux vous transmettre mon CV.",
    ],
)
def test_a_french_job_seekers_message_is_their_own_career_ask(rules_only, text):
    report = rules_only.analyze(text)
    codes = report.all_codes()
    assert "PIT018" in codes and "PIT013" not in codes and "SPC106" not in codes, codes
    assert report.label == "default", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Bonjour Joss, merci d'avoir accepté ! Je travaille avec des DAF sur la clôture mensuelle, est-ce un "
        "sujet pertinent chez Leroy ?",
        "Hallo Joss, danke fürs Vernetzen! Wir automatisieren die Eingangsrechnungen. Ist das bei Ihnen "
        "ein Thema?",
    ],
)
def test_whether_the_senders_subject_is_one_at_their_company_is_a_probe(rules_only, text):
    assert "PIT012" in rules_only.analyze(text).all_codes()


def test_a_time_beside_a_career_ask_still_counts_where_it_is_theirs(rules_only):
    report = rules_only.analyze(
        "Hi Joss, you interviewed me at the Leeds fair last week and I'm still looking for my first role. "
        "Could I send you my CV?"
    )
    assert "SPC106" in report.all_codes(), report.signals


@pytest.mark.parametrize(
    "text, code",
    [
        (
            "Thanks for connecting, Joss. Different from what I emailed about: worth a quick thought?",
            "PIT013",
        ),
        (
            "Danke fürs Vernetzen, Joss. Heute ein anderer Blickwinkel als in meiner Mail: passt das zu "
            "Ihren Themen?",
            "PIT012",
        ),
    ],
)
def test_a_question_after_the_senders_earlier_email_is_read(rules_only, text, code):
    codes = rules_only.analyze(text).all_codes()
    assert {code, "PIT008"} <= codes, codes


@pytest.mark.parametrize(
    "text",
    [
        "Thanks for connecting, Joss! Worth a quick thought: the allotment society meets on Sunday.",
        "Danke fürs Vernetzen, Joss! Ich wollte kurz Hallo sagen.",
    ],
)
def test_thanks_for_accepting_alone_or_with_a_thought_sells_nothing(rules_only, text):
    assert rules_only.analyze(text).label != "sales"


@pytest.mark.parametrize(
    "text",
    [
        "Hola Joss, gracias por aceptar. En casi todas las bodegas que visitamos el inventario sigue en "
        "papel. ¿Les pasa lo mismo en Vinos Ribera?",
        "Hola Joss, gracias por conectar. Soy de Nubo, hacemos software para clínicas dentales. Una "
        "pregunta: ¿cuántas citas se os caen cada semana?",
        "Olá Joss, obrigado por aceitar. Em todas as lojas com que trabalhamos o stock ainda é contado à "
        "mão. Acontece o mesmo com vocês?",
    ],
)
def test_a_clientele_visited_a_firms_product_and_its_question_sell(rules_only, text):
    report = rules_only.analyze(text)
    assert report.label == "sales", (report.reason, report.all_codes())


@pytest.mark.parametrize(
    "text",
    [
        "Hola Joss, gracias por aceptar. Una pregunta: ¿sigues llevando el club de lectura de Gràcia?",
        "Hola Joss, hacemos una barbacoa para el club el sábado, ¿te apuntas?",
    ],
)
def test_a_question_and_a_plan_of_ones_own_sell_nothing(rules_only, text):
    codes = rules_only.analyze(text).all_codes()
    assert "PIT003" not in codes and "PIT012" not in codes, codes


@pytest.mark.parametrize(
    "text, code",
    [
        (
            "Hi Joss, thanks for accepting! Is trimming your cloud bill something your team is looking at?",
            "PIT012",
        ),
        (
            "Hi Joss, thanks for connecting! Quick question: who looks after IT support at your firm?",
            "PIT015",
        ),
    ],
)
def test_their_plans_and_their_buyer_asked_after_accepting(rules_only, text, code):
    report = rules_only.analyze(text)
    assert code in report.all_codes(), report.all_codes()
    assert report.label == "sales", report.reason


def test_who_looks_after_children_at_their_school_is_no_buyer_sought(rules_only):
    codes = rules_only.analyze("Hi Joss, who looks after the kids at your school on Fridays?").all_codes()
    assert "PIT015" not in codes, codes


def test_when_the_senders_own_mail_went_out_is_no_time_both_knew(rules_only):
    report = rules_only.analyze("Hi Joss, following up on what I emailed about last week. Any thoughts?")
    assert "SPC106" not in report.all_codes(), report.signals


@pytest.mark.parametrize(
    "text, code",
    [
        ("Joss, vi a loja nova em Braga. Gostaria de entender os desafios dessa expansão.", "PIT012"),
        ("Joss, imagino que automatizar o estoque esteja na pauta aí também.", "PIT012"),
        ("Joss, se fizer sentido, posso compartilhar o que temos visto no setor.", "PIT003"),
    ],
)
def test_a_consultants_hooks_in_portuguese_are_read(rules_only, text, code):
    assert code in rules_only.analyze(text).all_codes()


def test_thanks_for_a_download_is_a_courtesy_that_opens_a_pitch(rules_only):
    alone = rules_only.analyze("Olá Joss, obrigado por baixar nosso e-book. Bom fim de semana!")
    assert "PIT008" not in alone.all_codes() and alone.label == "default", alone.reason
    probe = rules_only.analyze("Olá Joss, obrigado por baixar nosso e-book. Quero entender os desafios.")
    assert {"PIT008", "PIT012"} <= probe.all_codes(), probe.all_codes()


def test_thanks_for_following_ones_own_posts_is_no_courtesy_of_a_seller(rules_only):
    report = rules_only.analyze("Olá Joss, obrigado por acompanhar minhas publicações! O que achou?")
    assert "PIT008" not in report.all_codes(), report.all_codes()


@pytest.mark.parametrize(
    "text",
    [
        "Hallo Joss, vielen Dank für die Annahme meiner Vernetzungsanfrage!",
        "Bonjour Joss, merci pour l'acceptation de ma demande. Bonne journée !",
    ],
)
def test_thanks_for_the_request_accepted_as_a_noun_is_a_formula(rules_only, text):
    report = rules_only.analyze(text)
    assert "SPC102" not in report.all_codes(), report.signals
    assert report.label == "default", report.reason


@pytest.mark.parametrize(
    "text, codes",
    [
        (
            "Dzień dobry, dziękuję za przyjęcie zaproszenia. Tworzę raporty sprzedażowe. Czy mogę podesłać "
            "krótką propozycję?",
            {"PIT003", "PIT004"},
        ),
        (
            "Dzień dobry, to ostatni follow-up z mojej strony. Gdyby pojawił się temat raportów, proszę o "
            "sygnał.",
            {"PIT008", "PIT012"},
        ),
    ],
)
def test_a_polish_sellers_sequence_after_accepting_is_read(rules_only, text, codes):
    report = rules_only.analyze(text)
    assert codes <= report.all_codes(), report.all_codes()
    assert report.label == "sales", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Hi Joss, appreciate the connect. We just recovered $90K in unpaid invoices for a design studio.",
        "Hi Joss, I'm reaching out to a few clinic owners about late payments.",
    ],
)
def test_a_clients_money_recovered_and_a_clientele_written_to_are_a_pitch(rules_only, text):
    assert "PIT003" in rules_only.analyze(text).all_codes()


def test_a_dog_recovered_is_no_clients_result(rules_only):
    codes = rules_only.analyze(
        "Hi Joss, we recovered our dog from the shelter on Friday, thanks to you!"
    ).all_codes()
    assert "PIT003" not in codes, codes
