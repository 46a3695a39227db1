"""Offers made to the recipient in words the rules used to pass over: their company's need sounded
out with "help", the sender's rates sent, what "our" product could do for them, an offer sent in
the other languages, the offer question and a resource the sender made in Spanish, Portuguese,
French and Italian, best practices shared one way; and a job seeker's own "open to work", a part to
take, ideas swapped. Every note here was written for these tests."""

import pytest


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # The buyer's need, with "help" after it.
        (
            "Hi Amara, if your practice needs help with insurance claims this quarter, I'd be glad to "
            "send you my rates.",
            "PIT012",
        ),
        ("Hi Ola, if your shop needs help with its Etsy listings, I do a full audit for £60.", "PIT012"),
        # The sender's prices, sent or stated.
        ("Hi Ruth, I edit wedding films on the side now. Happy to send you my rates!", "PIT004"),
        ("Hi Dev, I build Shopify stores for small brands. Shall I share my rates?", "PIT004"),
        # What "our" product could do, said to them.
        (
            "Hi Marek, loved your talk on warehouse robotics at ProMat. I think our routing software "
            "could streamline your picking.",
            "PIT003",
        ),
        ("Hi Lou, our booking app can easily double your salon's repeat visits.", "PIT003"),
        # An offer the sender would send or make them, in German, French, Spanish and Italian.
        ("Guten Tag Herr Lenz, wir liefern Büromöbel aus Eiche. Darf ich ein Angebot senden?", "PIT004"),
        ("Bonjour Claire, nous posons des pompes à chaleur. Puis-je vous faire une offre ?", "PIT004"),
        ("Hola Iker, vendemos software de nóminas. ¿Puedo enviarte una oferta esta semana?", "PIT004"),
        ("Ciao Sara, produciamo etichette per vini. Posso inviarti un'offerta?", "PIT004"),
        # A demo offered with words between.
        ("Hi Kofi, can I show you a 12-minute demo on Thursday?", "PIT016"),
        ("Hi Kofi, happy to give you a short live demonstration whenever suits.", "PIT016"),
    ],
)
def test_an_offer_made_to_them_is_sales(analyzer, text, code):
    report = analyzer.analyze(text)
    assert code in report.all_codes(), report.all_codes()
    assert report.label == "sales", report.reason


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # Help for their family, or help offered as a courtesy, sounds out no buyer.
        (
            "Hi Tomasz, great to see you at Ada's recital. If your daughter needs help with her "
            "conservatoire audition, I'm happy to listen to her play.",
            "PIT012",
        ),
        ("Hi Eve, if you ever need help moving the boat again, just shout!", "PIT012"),
        # Rates that are not a price offered, and an offer they were given.
        ("Hi Joan, thanks to your talk at the Leeds freelancers' meetup my rates finally doubled!", "PIT004"),
        (
            "Hallo Mia, Glückwunsch! Dein Tipp im Bewerbungskurs hat mir ein Angebot von Bosch "
            "gebracht. Danke!",
            "PIT004",
        ),
    ],
)
def test_the_same_words_that_offer_nothing_are_not_flagged(analyzer, text, code):
    assert code not in analyzer.analyze(text).all_codes()


@pytest.mark.parametrize(
    "text",
    [
        "Hi Priya, open to work! After six years in logistics I'm looking for my next role in supply "
        "planning. Any pointers welcome.",
        "Hello Dan, available immediately and looking for my next role in paralegal work. Would be "
        "glad to connect.",
    ],
)
def test_a_job_seekers_own_status_is_no_recruiting(analyzer, text):
    report = analyzer.analyze(text)
    assert "PIT007" not in report.all_codes()
    assert report.label == "default", report.reason


def test_open_to_work_asked_of_them_is_still_recruiting(analyzer):
    report = analyzer.analyze(
        "Hi Priya, are you open to work? I have two supply planning roles with a client in Leeds."
    )
    assert "PIT007" in report.all_codes()
    assert report.label == "sales", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Hi Kofi, I built a reading app for my thesis on dyslexia - could I show you a quick live demo?",
        "Hi Kofi, could I show you a short demo of the kids' robots before the school fair?",
    ],
)
def test_a_demo_of_the_senders_thesis_or_of_someone_elses_work_is_no_offering(analyzer, text):
    assert "PIT016" not in analyzer.analyze(text).all_codes()


def test_a_team_that_could_help_is_no_product(analyzer):
    text = (
        "Hi Uri, our platform team could help you with the Kafka upgrade you mentioned at the meetup "
        "last night."
    )
    report = analyzer.analyze(text)
    assert not any(f.code == "PIT003" and text[f.start :].startswith("our") for f in report.findings)
    assert report.label == "personalized", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Hallo Jana, wir beraten Stadtwerke bei der Wärmeplanung. Darf ich dir unsere Referenzen schicken?",
        "Bonjour Paul, nous accompagnons des mairies sur le tri des déchets. Puis-je vous envoyer nos "
        "références ?",
    ],
)
def test_the_companys_references_offered_are_its_offering(analyzer, text):
    report = analyzer.analyze(text)
    assert "PIT016" in report.all_codes(), report.all_codes()
    assert report.label == "sales", report.reason


def test_their_pilot_with_what_it_was_about_is_their_work(analyzer):
    report = analyzer.analyze(
        "Hi Uma, your Kista pilot of the cashier-less store was the talk of our regional meeting."
    )
    assert any(s["code"] == "SPC101" for s in report.signals), report.signals
    assert report.label == "personalized", report.reason


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Guten Tag Frau Kuhn, wir schulen Arztpraxen im Datenschutz. Termin nächste Woche?", "PIT003"),
        (
            "Guten Tag Frau Kuhn, darf ich Ihnen eine kurze Vorführung unseres Dienstplan-Tools zeigen?",
            "PIT016",
        ),
    ],
)
def test_what_a_firm_does_for_a_clientele_and_a_demo_offered_in_german_are_sales(analyzer, text, code):
    report = analyzer.analyze(text)
    assert code in report.all_codes(), report.all_codes()
    assert report.label == "sales", report.reason


def test_help_given_for_nothing_in_german_is_no_self_pitch(analyzer):
    report = analyzer.analyze(
        "Hallo Ben, ich unterstütze Vereine ehrenamtlich bei der Buchhaltung, dein Workshop in Kassel hat "
        "mir sehr geholfen."
    )
    assert "PIT003" not in report.all_codes()


@pytest.mark.parametrize(
    "text, code",
    [
        ("Hola Inés, ¿te interesaría ver una demo de diez minutos de nuestra app de turnos?", "PIT013"),
        ("Olá Inês, te interessaria conhecer a nossa plataforma de escalas?", "PIT013"),
        ("Bonjour Inès, ça vous intéresserait de tester notre outil de planning ?", "PIT013"),
        ("Ciao Ines, ti interesserebbe provare il nostro gestionale per i turni?", "PIT013"),
        (
            "Hola Inés, armamos un checklist para planificar turnos en clínicas. ¿Te gustaría que te lo "
            "comparta?",
            "PIT013",
        ),
        (
            "Hola Inés, preparamos una guía sobre turnos de enfermería en clínicas privadas. ¿Te la paso?",
            "PIT004",
        ),
        ("Hola Inés, te comparto un checklist práctico para ordenar los turnos de verano.", "PIT004"),
        (
            "Hi Ines, I'd like to connect and share some best practices on rota planning from the sector.",
            "PIT004",
        ),
    ],
)
def test_a_resource_or_a_demo_offered_is_an_offer(analyzer, text, code):
    report = analyzer.analyze(text)
    assert code in report.all_codes(), report.all_codes()
    assert report.label == "sales", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Hola Inés, ¿te interesaría dar una charla sobre turnos en nuestro encuentro de enfermería en Cádiz?",
        "Hi Ines, looking to connect with other ward managers to exchange ideas and best practices.",
    ],
)
def test_a_part_to_take_or_ideas_swapped_are_no_offer(analyzer, text):
    codes = analyzer.analyze(text).all_codes()
    assert "PIT013" not in codes and "PIT004" not in codes, codes


def test_an_offer_put_to_the_people_they_lead_is_an_offer_question(analyzer):
    report = analyzer.analyze(
        "Hi Noor, we run first-aid courses for learner drivers. Would any of your pupils be interested?"
    )
    assert "PIT013" in report.all_codes(), report.all_codes()
