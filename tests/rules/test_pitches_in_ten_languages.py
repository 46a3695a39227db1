"""A check of the same few pitches across the languages the rules know (a clientele helped, a
product's saving, a price list sent, a free trial, a demo) found these unread where English read
them. Every note here was written for these tests; each holds with the rules alone."""

import pytest


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Bonjour Rita, puis-je vous envoyer notre grille tarifaire pour les cantines ?", "PIT016"),
        ("Ciao Rita, vorrei mostrarti una demo del nostro gestionale per mense.", "PIT016"),
        ("Hei Rita, verktøyet vårt kutter tiden på vaktplaner med en tredjedel.", "PIT016"),
        ("Hei Rita, kan jeg sende deg prislisten vår for kantiner?", "PIT016"),
    ],
)
def test_a_product_or_price_list_of_the_senders_is_a_pitch(analyzer, text, code):
    report = analyzer.analyze(text)
    assert code in report.all_codes(), report.all_codes()
    assert report.label == "sales", report.reason


def test_thanks_for_connecting_in_the_nordic_past_is_a_formula_not_a_deed(analyzer):
    report = analyzer.analyze(
        "Takk for at du koblet deg på, Rita! Vi hjelper frisører med å fylle ledige timer. En prat?"
    )
    assert "SPC102" not in report.all_codes(), report.all_codes()
    assert report.label == "sales", report.reason


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # Typed without å and ø, as some sending tools write Norwegian.
        (
            "Hei Rita, vi har allerede kandidater i nettverket vaart som kan vaere aktuelle. En rask prat?",
            "PIT003",
        ),
        ("Hei Rita, vaare kunder fyller stillinger 50% raskere. Skal vi ta en kort samtale?", "PIT003"),
        ("Hej Rita, vore kunder sparer to timer om ugen på vagtplanen. Skal jeg sende en pris?", "PIT003"),
    ],
)
def test_candidates_on_offer_and_the_senders_clients_in_the_nordic_languages(analyzer, text, code):
    report = analyzer.analyze(text)
    assert code in report.all_codes(), report.all_codes()
    assert report.label == "sales", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Cześć Rita, robimy menu z kodami QR dla kawiarni. Czy chcielibyście przetestować?",
        "Hi Rita, our rota app is in beta for bakeries. Would you like to test it?",
    ],
)
def test_a_trial_asked_after_is_an_offer_question(analyzer, text):
    assert "PIT013" in analyzer.analyze(text).all_codes()


@pytest.mark.parametrize(
    "text",
    [
        "Olá Rita, lançámos um curso de Git para equipas de dados. Queres saber mais?",
        "Hola Rita, abrimos plazas en nuestro taller de Kubernetes. ¿Quieres saber más?",
        "Ciao Rita, organizziamo corsi di Rust per aziende. Vuoi saperne di più?",
        "Hallo Rita, wir bieten Terraform-Schulungen für Teams an. Möchtest du mehr erfahren?",
    ],
)
def test_want_to_know_more_in_other_languages_is_an_offer_question(analyzer, text):
    assert "PIT013" in analyzer.analyze(text).all_codes()


@pytest.mark.parametrize(
    "text",
    [
        "Hola Rita, nuestra consultora prepara subvenciones europeas para ayuntamientos pequeños.",
        "Olá Rita, temos estágios remunerados na nossa empresa de consultoria. Queres saber mais?",
        "Buongiorno Rita, il nostro servizio di traduzione giurata consegna in 48 ore.",
    ],
)
def test_the_senders_offering_in_other_languages_is_a_company_offering(analyzer, text):
    report = analyzer.analyze(text)
    assert "PIT016" in report.all_codes(), report.all_codes()
    assert report.label == "sales", report.reason


def test_a_course_of_the_senders_own_in_italian_is_no_product(analyzer):
    report = analyzer.analyze(
        "Ciao Rita, il mio corso di laurea a Bologna ha studiato il tuo progetto sulle mense scolastiche."
    )
    assert "PIT011" not in report.all_codes(), report.all_codes()


@pytest.mark.parametrize(
    "text",
    [
        "Bonjour Rita, Cantino peut vous aider à réduire le gaspillage de votre cantine. On en parle ?",
        "Hola Rita, Cantino puede ayudarte a reducir el desperdicio en tu comedor. ¿Lo vemos?",
        "Ciao Rita, Cantino può aiutarti a ridurre gli sprechi della tua mensa. Ne parliamo?",
        "Olá Rita, o Cantino pode te ajudar a reduzir o desperdício na sua cantina. Vamos falar?",
        "Hallo Frau Roth, Cantino kann Ihnen helfen, Abfall in Ihrer Kantine zu senken. Kurzer Call?",
        "Bonjour Rita, Cantino automatise ce que vous faites encore sur papier. On en parle ?",
        "Hi Rita, Cantino automates your canteen's stock counts. Worth a chat?",
    ],
)
def test_something_that_can_help_them_or_does_their_work_is_a_pitch_in_every_language(analyzer, text):
    """ "Can help you", said of anything, is a pitch in English; so it is in the other languages
    (formal "you"), and so is anything that does the recipient's work for them."""
    report = analyzer.analyze(text)
    assert "PIT003" in report.all_codes(), report.all_codes()
    assert report.label == "sales", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Hola Rita, hicimos juntas el máster en Salamanca en 2018. Mi primo puede ayudarte a encontrar piso "
        "en Bilbao.",
        "Bonjour Rita, on chantait ensemble à la chorale de Lille en 2019 ! Ma sœur peut vous aider "
        "à trouver une salle.",
        "Hi Rita, your script automates my backups now - thanks again for the workshop at PyCon Lille!",
    ],
)
def test_help_between_people_who_share_a_past_or_their_work_praised_stays_personal(analyzer, text):
    report = analyzer.analyze(text)
    assert report.label == "personalized", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Ciao Rita, vorrei presentarti alcune soluzioni di leasing per le mense scolastiche.",
        "Bonjour Rita, je voudrais vous présenter nos services de nettoyage pour cantines.",
        "Hola Rita, me gustaría presentarte nuestra plataforma de pedidos para comedores.",
        "Hi Rita, I'd like to present you our catering services for schools in Leeds.",
    ],
)
def test_products_or_services_presented_are_a_pitch(analyzer, text):
    report = analyzer.analyze(text)
    assert "PIT003" in report.all_codes(), report.all_codes()
    assert report.label == "sales", report.reason


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Olá Rita, gostaria de propor uma parceria entre a sua cantina e a nossa cozinha.", "PIT015"),
        ("Bonjour Rita, je souhaiterais vous proposer un partenariat pour vos cantines scolaires.", "PIT015"),
        ("Hola Rita, trabajo con panaderías y comedores de toda la provincia. ¿Hablamos?", "PIT003"),
        ("Olá Rita, temos condições realmente exclusivas para cantinas neste mês. Posso ligar?", "PIT004"),
        ("Olá Rita, temos cases de sucesso em cantinas de todo o país. Vamos conversar?", "PIT016"),
        ("Hola Rita, si quieres, puedo ayudarte a renovar el menú de la cantina este trimestre.", "PIT003"),
    ],
)
def test_partnerships_clienteles_terms_and_help_offered_are_a_pitch_in_every_language(analyzer, text, code):
    report = analyzer.analyze(text)
    assert code in report.all_codes(), report.all_codes()
    assert report.label == "sales", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Hola Rita, ¿te acuerdas del taller de Cádiz en 2019? Si puedo ayudarte a preparar la charla, dime.",
        "Olá Rita, fizemos o mestrado juntas em Coimbra. Se posso te ajudar a encontrar casa em Lisboa, diz!",
    ],
)
def test_help_offered_if_it_is_wanted_stays_a_favour(analyzer, text):
    report = analyzer.analyze(text)
    assert "PIT003" not in report.all_codes(), report.all_codes()
    assert report.label == "personalized", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Hej Rita, kantiner får 20 % på vores opvaskemaskiner hele foråret. Skal jeg ringe i næste uge?",
        "Hallo Rita, Kantinen bekommen 20 % auf unsere Spülmaschinen bis Ostern. Soll ich anrufen?",
    ],
)
def test_a_share_off_the_senders_goods_is_a_price_in_every_language(analyzer, text):
    report = analyzer.analyze(text)
    assert "PIT004" in report.all_codes(), report.all_codes()
    assert report.label == "sales", report.reason


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Ciao Rita, credo di poter aiutarti a riempire la mensa il venerdì. Ti va una chiamata?", "PIT003"),
        ("Ciao Rita, lavoro con cuoche come te per ridurre gli sprechi. 15 minuti per parlarne?", "PIT003"),
        ("Hi Rita, I work with school cooks like you to cut food waste. 15 minutes this week?", "PIT003"),
        ("Bonjour Rita, nous sommes un fabricant de fours mixtes pour cantines. Un catalogue ?", "PIT003"),
        ("Ciao Rita, Cantino è una piattaforma per le mense che riduce gli sprechi. Ne parliamo?", "PIT003"),
        ("Hi Rita, Cantino is a stock-control platform for school kitchens. Worth a look?", "PIT003"),
        ("Bonjour Rita, votre profil correspondrait à la mission de cheffe de cuisine à Lyon.", "PIT007"),
        ("Ciao Rita, abbiamo delle novità che potrebbero interessarti. Quando ci sentiamo?", "PIT019"),
    ],
)
def test_sellers_words_read_in_english_are_read_in_the_other_languages_too(analyzer, text, code):
    report = analyzer.analyze(text)
    assert code in report.all_codes(), report.all_codes()
    assert report.label == "sales", report.reason


def test_a_product_that_helped_the_sender_is_no_pitch(analyzer):
    report = analyzer.analyze("Hi Rita, Duolingo is an app that helped me with German before your tour!")
    assert "PIT003" not in report.all_codes(), report.all_codes()


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Olá Rita, gostaria de apresentar a plataforma Cantino, feita para cantinas escolares.", "PIT003"),
        ("Olá Rita, temos serviços especializados. Gostaria de conhecer suas necessidades?", "PIT012"),
    ],
)
def test_a_platform_presented_or_their_needs_asked_after_is_a_pitch(analyzer, text, code):
    report = analyzer.analyze(text)
    assert code in report.all_codes(), report.all_codes()
    assert report.label == "sales", report.reason


def test_a_first_order_discount_in_dutch_is_a_price(analyzer):
    report = analyzer.analyze("Hoi Rita, kantines krijgen 30% op de eerste bestelling. Mag ik bellen?")
    assert "PIT004" in report.all_codes(), report.all_codes()
    assert report.label == "sales", report.reason


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Hei Rita, jeg har et eksklusivt tilbud til deg på sykkelen du prøvde i butikken.", "PIT004"),
        ("Hallo Rita, wir haben ein exklusives Angebot für Ihre Kanzlei. Passt ein Anruf?", "PIT004"),
        ("Hej Rita, jeg tænkte på dig. Ingen forpligtelse, skriv bare hvis du har spørgsmål.", "PIT004"),
        ("Hoi Rita, ik kom graag vrijblijvend langs bij jullie kantoor in Zwolle.", "PIT004"),
        ("Hej Rita, vores klinik giver 20 % rabat på blegning i december. Vil du høre mere?", "PIT013"),
        ("Hej Rita, vi har 20 % rabatt på nya cyklar den här månaden. Vill du höra mer?", "PIT013"),
    ],
)
def test_exclusive_offers_no_obligation_and_hear_more_in_other_languages_are_a_pitch(analyzer, text, code):
    report = analyzer.analyze(text)
    assert code in report.all_codes(), report.all_codes()
    assert report.label == "sales", report.reason


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Hola Rita, el acceso beta de nuestra app de rutas se abre en marzo. ¿Te apuntamos?", "PIT004"),
        ("Hola Rita, el acceso beta de nuestra app de rutas se abre en marzo. ¿Te apuntamos?", "PIT013"),
        ("Hola Rita, te dejo 30 días gratuitos de nuestra agenda, sin costo ni compromiso.", "PIT004"),
    ],
)
def test_beta_access_a_sign_up_and_free_days_in_spanish_are_a_pitch(analyzer, text, code):
    report = analyzer.analyze(text)
    assert code in report.all_codes(), report.all_codes()
    assert report.label == "sales", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Hallo Rita, wir haben gerade eine neue Buchungs-App für Friseure gelauncht.",
        "Hoi Rita, we hebben vorige week onze nieuwe planningsapp gelanceerd.",
        "Hola Rita, acabamos de lanzar una app de reservas para peluquerías.",
        "Bonjour Rita, nous venons de lancer une appli de réservation pour les coiffeurs.",
    ],
)
def test_a_launch_announced_in_other_languages_is_the_senders_product(analyzer, text):
    assert "PIT011" in analyzer.analyze(text).all_codes()


def test_their_own_launch_is_no_product_of_the_senders(analyzer):
    report = analyzer.analyze("Hallo Rita, du hast letzte Woche dein Kochbuch gelauncht, Glückwunsch!")
    assert "PIT011" not in report.all_codes(), report.all_codes()


@pytest.mark.parametrize(
    "text",
    [
        "Ciao Rita, ti è arrivato il catalogo dei nostri cilindri di sicurezza?",
        "Hallo Rita, anbei unser Katalog mit den neuen Schließzylindern für Schlüsseldienste.",
        "Hej Rita, har du set vores katalog over vinduesskrabere?",
    ],
)
def test_the_senders_own_catalogue_in_other_languages_is_an_offer(analyzer, text):
    assert "PIT004" in analyzer.analyze(text).all_codes()


def test_offers_presented_in_the_plural_are_a_pitch(analyzer):
    report = analyzer.analyze("Estimado cliente, le escribimos para presentarle nuestras ofertas.")
    assert "PIT003" in report.all_codes(), report.all_codes()


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Hallo Rita, wir haben gerade eine App für offene Werkstätten gelauncht.", "PIT003"),
        ("Hoi Rita, we hebben een nieuwe app voor makerspaces ontwikkeld.", "PIT003"),
        ("Hoi Rita, heb je onze prijsopgave voor de afzuiging ontvangen?", "PIT004"),
    ],
)
def test_a_product_launched_and_a_dutch_quote_are_a_pitch(analyzer, text, code):
    assert code in analyzer.analyze(text).all_codes()


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # What the firm does, in Italian and Spanish.
        ("Ciao Rita, ci occupiamo di gestione dei turni per le mense aziendali. Ci sentiamo?", "PIT003"),
        ("Hola Rita, nos dedicamos a la limpieza de cocinas industriales. ¿Hablamos?", "PIT003"),
        # Staff on offer right now, in Danish and Swedish.
        ("Hej Rita, vi har lige nu ledige kokke til kantiner i Aarhus. Skal jeg sende navne?", "PIT003"),
        ("Hej Rita, vi har just nu lediga kockar i Malmö. Vill du ha en lista?", "PIT003"),
        # Paid by use, in English and Danish.
        ("Hi Rita, our cover chefs start within a day and you only pay for the shifts they work.", "PIT004"),
        ("Hej Rita, vores vikarer starter samme dag, og I betaler kun for de vagter, de tager.", "PIT004"),
    ],
)
def test_a_firms_trade_staff_on_offer_and_pay_by_use_are_a_pitch(analyzer, text, code):
    report = analyzer.analyze(text)
    assert code in report.all_codes(), report.all_codes()
    assert report.label == "sales", report.reason


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # "Want to hear more?" and "does it make sense to…?" in Danish, beside what is sold.
        ("Hej Rita, vi tilbyder vikarkokke til kantiner i Aarhus. Har du lyst til at høre mere?", "PIT013"),
        ("Hej Rita, vi klarer alt køkkenudstyr. Giver det mening at tale 10 minutter i næste uge?", "PIT012"),
    ],
)
def test_danish_closing_questions_of_a_pitch_are_read(analyzer, text, code):
    report = analyzer.analyze(text)
    assert code in report.all_codes(), report.all_codes()
    assert report.label == "sales", report.reason


def test_a_persons_own_job_in_italian_is_no_pitch(analyzer):
    text = "Ciao Rita, mi occupo di comunicazione a Torino e ho letto il tuo articolo sulle mense."
    report = analyzer.analyze(text)
    assert "PIT003" not in report.all_codes(), report.all_codes()
    assert report.label != "sales", report.reason


def test_pay_per_order_is_a_price_term(analyzer):
    text = "Hi Rita, our warehouse in Wigan has room for two more brands, and you only pay per parcel sent."
    report = analyzer.analyze(text)
    assert "PIT004" in report.all_codes(), report.all_codes()


@pytest.mark.parametrize(
    "text",
    [
        "Olá Rita, trabalho com tráfego pago e gostaria de mostrar como podemos ajudar vocês a vender mais.",
        "Hola Rita, hago diseño web y me gustaría enseñarte cómo podemos ayudarte a llenar la agenda.",
        "Hej Rita, jeg laver annoncer og vil gerne vise, hvordan vi kan hjælpe jer med flere bookinger.",
    ],
)
def test_how_we_can_help_you_in_other_languages_is_a_self_pitch(analyzer, text):
    report = analyzer.analyze(text)
    assert "PIT003" in report.all_codes(), report.all_codes()
    assert report.label == "sales", report.reason


def test_how_we_can_help_someone_else_is_no_self_pitch(analyzer):
    report = analyzer.analyze(
        "Hola Rita, me pregunto cómo podemos ayudar a los vecinos del bloque tras la riada."
    )
    assert "PIT003" not in report.all_codes(), report.all_codes()


@pytest.mark.parametrize(
    "text",
    [
        "Bonjour Inès, la session de mars en sophrologie approche. Places limitées : je vous envoie "
        "le programme ?",
        "Hola Marta, el taller de mindfulness para docentes empieza en mayo. Plazas limitadas, ¿te "
        "paso la info?",
        "Hallo Lena, der Achtsamkeits-Workshop startet im Juni, begrenzte Teilnehmerzahl. Soll ich "
        "Details schicken?",
        "Hoi Daan, de training rouwbegeleiding start in april en er zijn beperkte plaatsen. Zal ik de "
        "folder sturen?",
    ],
)
def test_places_said_to_be_limited_are_an_offer_in_the_other_languages(analyzer, text):
    report = analyzer.analyze(text)
    assert "PIT004" in report.all_codes(), report.all_codes()
    assert report.label == "sales", report.reason


def test_places_that_were_limited_at_their_workshop_are_no_offer(analyzer):
    report = analyzer.analyze(
        "Bonjour Paul, merci pour ton atelier au festival de Lyon : les places étaient limitées mais j'y "
        "étais, et ton exercice sur la voix m'aide tous les jours."
    )
    assert "PIT004" not in report.all_codes(), report.all_codes()
    assert report.label == "personalized", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Hola Nuria, vendemos cápsulas de café a oficinas con precio de mayorista. ¿Te mando la tarifa?",
        "Hola Nuria, somos distribuidores de papel térmico. ¿Te envío la tarifa de este año?",
    ],
)
def test_a_wholesale_price_or_the_rate_card_sent_in_spanish_is_an_offer(analyzer, text):
    report = analyzer.analyze(text)
    assert "PIT004" in report.all_codes(), report.all_codes()


@pytest.mark.parametrize(
    ("text", "code", "flagged"),
    [
        ("Ciao Marta, ho costruito un sistema che automatizza le prenotazioni dei saloni.", "PIT003", True),
        ("Ciao Marta, ho un motore AI che genera il copy delle schede prodotto.", "PIT003", True),
        ("Ciao Marta, ti lascio la presentazione qui: se ha senso, ci sentiamo giovedì.", "PIT004", True),
        ("Hola Marta, te dejo la presentación de nuestro servicio por si te interesa.", "PIT004", True),
        # A hobby built, and the slides of a talk sent to someone who was there.
        ("Ciao Marta, ho costruito un sistema di irrigazione grazie al tuo video.", "PIT003", False),
        ("Hola Marta, te envío la presentación de la charla de ayer, como te prometí.", "PIT004", False),
    ],
)
def test_a_sellers_system_and_deck_in_italian_and_spanish(analyzer, text, code, flagged):
    report = analyzer.analyze(text)
    assert (code in report.all_codes()) is flagged, report.all_codes()


@pytest.mark.parametrize(
    ("text", "code", "flagged"),
    [
        ("Hi Rhys, our electric vans come with 0% finance over four years. Worth a look?", "PIT004", True),
        ("Hi Rhys, we make sit-on mowers for golf clubs. Can I book you a demo at the club?", "PIT016", True),
        ("Hej Rhys, vi säljer solpaneler till gårdar. Vill du ha en värdering av ditt tak?", "PIT004", True),
        ("Hei Rhys, vi kjøper traktorer. Vil du ha en verdivurdering av din traktor?", "PIT004", True),
        # A share of nothing, and a valuation the sender was given.
        ("Hi Rhys, our club had 0% dropout this season thanks to your coaching plan!", "PIT004", False),
        ("Hej Rhys, tack för en värdering av min skog i våras, den hjälpte oss mycket.", "PIT004", False),
    ],
)
def test_interest_free_finance_a_demo_booked_and_a_valuation_offered(analyzer, text, code, flagged):
    report = analyzer.analyze(text)
    assert (code in report.all_codes()) is flagged, report.all_codes()


@pytest.mark.parametrize(
    ("text", "code", "flagged"),
    [
        ("Olá Dra. Inês, somos a melhor agência de marketing odontológico de Lisboa.", "PIT003", True),
        (
            "Hi Inês, we're the best payroll firm in Leeds and we'd love to take a look at yours.",
            "PIT003",
            True,
        ),
        ("Olá Inês, temos ótimos resultados com consultórios e clínicas como a sua.", "PIT003", True),
        ("Hi Inês, I noticed you follow our stories - can I ask you a quick question?", "PIT021", True),
        ("Hola Inés, vi que sigues nuestra página. ¿Te puedo hacer una pregunta?", "PIT021", True),
        (
            "Hi Inês, no-shows are a common pain point for dental clinics. Is that true for yours?",
            "PIT012",
            True,
        ),
        # A team's boast, a person's own post liked, and a word they used.
        ("Hi Inês, we're the best five-a-side team in Leeds and you scored against us!", "PIT003", False),
        (
            "Hi Inês, thanks for liking my post about Lisbon's trams - are you a tram fan too?",
            "PIT021",
            False,
        ),
    ],
)
def test_the_best_company_clients_like_theirs_and_the_companys_content_followed(
    analyzer, text, code, flagged
):
    report = analyzer.analyze(text)
    assert (code in report.all_codes()) is flagged, report.all_codes()


@pytest.mark.parametrize(
    ("text", "code", "flagged"),
    [
        (
            "Hola Ana, compramos aceite de oliva a cooperativas. ¿Te interesa que te pasemos precio?",
            "PIT004",
            True,
        ),
        # The platform's own invitation is nothing offered.
        ("Dear Ann, may I send you an invitation to connect? We met at the Harrogate show.", "PIT013", False),
        ("Dear Ann, may I send you our seed catalogue? We supply allotment societies.", "PIT013", True),
    ],
)
def test_a_price_sent_in_spanish_and_the_invitation_itself(analyzer, text, code, flagged):
    report = analyzer.analyze(text)
    assert (code in report.all_codes()) is flagged, report.all_codes()


def test_a_demonstration_offered_is_a_demo_offered(analyzer):
    report = analyzer.analyze(
        "Dear Dr Hale, our dental scanners now fit small mouths. Would you be open to a demonstration?"
    )
    assert "PIT016" in report.all_codes(), report.all_codes()
    assert report.label == "sales", report.reason


def test_the_senders_own_proposal_sent_in_portuguese_is_an_offer(analyzer):
    report = analyzer.analyze("Olá Rui, temos roteiros de neve para escolas. Posso enviar a nossa proposta?")
    assert "PIT004" in report.all_codes(), report.all_codes()


def test_a_service_on_an_annual_contract_is_an_offer(analyzer):
    report = analyzer.analyze(
        "Morning Ed, does your school still clear its gutters by hand? We do it on an annual contract."
    )
    assert "PIT004" in report.all_codes(), report.all_codes()
    assert report.label == "sales", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Olá Rui, vi os vossos projetos de som para festivais. Desenvolvo painéis de bilheteira que "
        "agências podem revender aos seus clientes.",
        "Hola Rui, desarrollo plantillas de informes que agencias de eventos ofrecen a sus clientes.",
    ],
)
def test_tools_made_for_agencies_to_resell_are_a_self_pitch(analyzer, text):
    report = analyzer.analyze(text)
    assert "PIT003" in report.all_codes(), report.all_codes()
    assert report.label == "sales", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Olá Rui, como vocês lidam com as devoluções de bilhetes hoje?",
        "Hola Rui, ¿cómo manejan las devoluciones de entradas en temporada alta?",
    ],
)
def test_how_they_handle_something_asked_in_portuguese_and_spanish_is_a_probe(analyzer, text):
    assert "PIT012" in analyzer.analyze(text).all_codes()


def test_equipment_offered_on_a_lease_is_an_offer(analyzer):
    report = analyzer.analyze(
        "Morning Ed, our coffee machine leasing plan includes servicing and descaling. Worth a chat?"
    )
    assert "PIT004" in report.all_codes(), report.all_codes()
    assert report.label == "sales", report.reason


def test_the_senders_proposal_to_hear_in_italian_is_an_offer(analyzer):
    report = analyzer.analyze(
        "Ciao Rita, organizziamo tournée per teatri di figura. Ti va di sentire la nostra proposta?"
    )
    assert "PIT004" in report.all_codes(), report.all_codes()
    assert report.label == "sales", report.reason


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Ciao Rita, realizziamo siti e-commerce per librerie indipendenti.", "PIT003"),
        ("Hola Rita, distribuimos material escolar a librerías de toda España.", "PIT003"),
        ("Hola Rita, tenemos agendas para papelerías con descuentos del 40%.", "PIT004"),
    ],
)
def test_a_trade_for_bookshops_and_its_discounts_in_the_romance_languages(analyzer, text, code):
    assert code in analyzer.analyze(text).all_codes()


@pytest.mark.parametrize(
    "text",
    [
        "Bonjour Léa, nous avons conçu Tablio pour les cantines. Seriez-vous disponible pour une courte "
        "démonstration ?",
        "Hola Iker, hemos creado Ruteo para flotas pequeñas. ¿Le viene bien una breve demostración "
        "el jueves?",
        "Hi Omar, we built Shelfwise for corner shops. Free for a short demonstration this week?",
    ],
)
def test_a_short_demonstration_asked_for_is_a_demo_asked_for(rules_only, text):
    report = rules_only.analyze(text)
    assert "PIT001" in report.all_codes() and report.label == "sales", report.reason


def test_a_short_demonstration_of_their_work_watched_is_no_ask(rules_only):
    report = rules_only.analyze("Hi Ana, I watched a short demonstration of your loom at the fair.")
    codes = report.all_codes()
    assert "PIT001" not in codes, codes


def test_lets_talk_asked_in_french_is_a_call_asked_for(rules_only):
    report = rules_only.analyze(
        "Bonjour Paul, j'ai lu votre post sur la fatigue des dirigeants. En tant que coach, j'accompagne "
        "les fondateurs dans ces moments-là. Échangeons ?"
    )
    assert "PIT001" in report.all_codes() and report.label == "sales", report.reason


def test_years_of_exchanges_in_french_are_no_call_asked_for(rules_only):
    report = rules_only.analyze("Bonjour Marc, nous échangeons depuis des années sur le forum des luthiers.")
    codes = report.all_codes()
    assert "PIT001" not in codes, codes


@pytest.mark.parametrize(
    "text",
    [
        "Olá Clara, fizemos um estudo de caso sobre como uma clínica dobrou as marcações. Partilho?",
        "Hola Teo, te invito a nuestra demo en directo del nuevo software de reservas. ¿Te apunto?",
    ],
)
def test_a_case_study_made_or_a_live_demo_offered_in_other_languages_is_a_pitch(rules_only, text):
    assert rules_only.analyze(text).label == "sales"


@pytest.mark.parametrize(
    "text",
    [
        "Hola Teo, vi la demo de tu robot en la feria de Bilbao, ¡impresionante!",
        "Hoi Joost, jij leende ons een verlengsnoer toen onze demo op Gamescom uitviel.",
    ],
)
def test_their_demo_watched_or_the_senders_own_demo_told_is_no_demo_asked_for(rules_only, text):
    assert "PIT001" not in rules_only.analyze(text).all_codes()
