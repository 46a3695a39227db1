"""A seller's product said in passing: a solution made for the problem just named, a way shown when
asked for, "let's talk!" as a close, what "we" do with a named product, a founder's product by its
kind, in English and the other languages; and a that-clause in Swedish, which is news of the
recipient, not a piece of their work. Every note here was written for these tests."""

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "Hi Jo, saw that your practice still takes every booking by phone - working on a solution for "
        "exactly that. Would be good to connect.",
        "Hej Jo, såg att er salong tar alla bokningar per telefon. Jag jobbar med en lösning för just det. "
        "Vi hörs gärna.",
        "Hej Jo, jeg kan se, at jeres værksted mangler onlinebooking. Vi arbejder på en løsning på "
        "netop det.",
        "Hoi Jo, ik zag dat jullie praktijk nog met papieren roosters werkt. Wij bouwen een oplossing voor "
        "precies dat.",
        "Hallo Jo, Ihre Kanzlei verwaltet Fristen noch in Excel. Wir bauen gerade eine Lösung für genau das.",
    ],
)
def test_a_solution_for_the_problem_just_named_is_a_pitch(rules_only, text):
    report = rules_only.analyze(text)
    assert "PIT003" in report.all_codes(), report.signals
    assert report.label == "sales", report.reason


@pytest.mark.parametrize(
    "text",
    [
        # A peer at work on the same problem, and a problem shared, not solved.
        "Hi Jo, your post on rota gaps in community pharmacies hit home - I'm working on exactly that in "
        "my own shop. Would love to swap notes.",
        "Hej Jo, tack för ditt föredrag om vårdköer på Vårdforum i Malmö. Vi har precis samma problem på "
        "vår avdelning.",
    ],
)
def test_a_peer_at_work_on_the_same_problem_sells_nothing(rules_only, text):
    report = rules_only.analyze(text)
    assert "PIT003" not in report.all_codes(), report.signals
    assert report.label == "personalized", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Hi Alex, you juggle a lot of case files - can I show you how to keep every client in one place "
        "without spreadsheets?",
        "Dzień dobry, widzę, że prowadzicie kilka gabinetów. Mogę pokazać, jak zapisywać pacjentów bez "
        "telefonów?",
        "Hej Alex, ni har många uppdrag samtidigt. Kan jag visa hur ni slipper kalkylarken?",
    ],
)
def test_a_way_shown_when_asked_is_a_pitch(rules_only, text):
    report = rules_only.analyze(text)
    assert "PIT003" in report.all_codes(), report.signals
    assert report.label == "sales", report.reason


def test_a_peer_showing_how_their_own_thing_works_is_not_selling(rules_only):
    report = rules_only.analyze(
        "Loved your talk on home automation at the Leeds maker faire. I built a similar dashboard for my "
        "allotment - can I show you how it works?"
    )
    assert "PIT003" not in report.all_codes(), report.signals
    assert report.label == "personalized", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Bonjour Léa, vos équipes gèrent les retours à la main. Notre outil les suit en direct. Discutons !",
        "Hola Lea, sé que gestionáis las devoluciones a mano. Nuestra app lo automatiza. ¡Hablemos!",
        "Ciao Lea, gestite i resi a mano? La nostra app li traccia in automatico. Parliamone!",
    ],
)
def test_lets_talk_as_a_close_asks_for_a_call(rules_only, text):
    report = rules_only.analyze(text)
    assert "PIT001" in report.all_codes(), report.signals
    assert report.label == "sales", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Hi Lea, great point on delivery margins. With Parcelo, we automate carrier reconciliation for "
        "online shops.",
        "Bonjour Léa, très juste sur les marges. Avec Parcelo, on automatise le rapprochement des "
        "paiements transporteurs.",
        "Hallo Lea, guter Punkt zu den Margen. Mit Parcelo automatisieren wir den Abgleich der "
        "Versandkosten.",
        "Hoi Lea, goed punt over marges. Met Parcelo automatiseren we de afstemming van vrachtkosten.",
        "Hola Lea, muy buen punto sobre los márgenes. Con Parcelo, automatizamos la conciliación de cobros.",
    ],
)
def test_what_we_do_with_a_named_product_is_the_offering(rules_only, text):
    report = rules_only.analyze(text)
    assert "PIT016" in report.all_codes(), report.signals
    assert report.label == "sales", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Bonjour Léa, fondatrice de Parcelo (ERP qui relie les transporteurs et la caisse), je serais "
        "ravie d'échanger avec vous !",
        "Hola Lea, soy fundador de Ruteo, una plataforma de rutas para repartidores. Encantado de conectar.",
        "Ciao Lea, sono il fondatore di Magazzino Chiaro, un software per piccoli magazzini. Felice di "
        "collegarmi!",
    ],
)
def test_a_founders_product_said_by_its_kind_is_the_offering(rules_only, text):
    report = rules_only.analyze(text)
    assert "PIT016" in report.all_codes(), report.signals
    assert report.label == "sales", report.reason


@pytest.mark.parametrize(
    "text",
    [
        # People, and a thing for the sender's own use.
        "Hi Lea, with Anna, we ran the Brixton repair café all last winter - thank you for lending us "
        "your soldering station!",
        "Bonjour Léa, fondatrice de l'association Les Potagers du Lez, une application pour nos "
        "bénévoles ? Votre atelier au Jardin des plantes m'a donné l'idée. Merci !",
    ],
)
def test_people_and_own_tools_are_no_offering(rules_only, text):
    report = rules_only.analyze(text)
    assert "PIT016" not in report.all_codes(), report.signals


@pytest.mark.parametrize(
    "text",
    [
        "Bonjour Léa, avec Parcelo, nous simplifions la facturation des petits commerces.",
        "Hallo Lea, wir automatisieren die Rechnungsprüfung für Handwerksbetriebe.",
        "Hej Lea, vi automatiserar fakturahanteringen för små butiker.",
        "Cześć Lea, automatyzujemy fakturowanie dla małych sklepów.",
    ],
)
def test_what_we_automate_is_a_product_or_service(rules_only, text):
    report = rules_only.analyze(text)
    assert "PIT011" in report.all_codes(), report.signals


def test_a_swedish_that_clause_is_news_of_them_not_their_work(rules_only):
    report = rules_only.analyze(
        "Hej Lea, jag såg att er klinik saknar hemsida. Vi har en lösning för det. Skulle gärna connecta."
    )
    assert "SPC101" not in report.all_codes(), report.signals
    assert report.label == "sales", report.reason


def test_a_swedish_visit_to_their_show_is_still_their_work(rules_only):
    report = rules_only.analyze(
        "Hej Lea, vi var på er skogsvisning i Tyresta i lördags och barnen pratar fortfarande om "
        "myrstackarna. Tack!"
    )
    assert "SPC101" in report.all_codes(), report.signals


@pytest.mark.parametrize(
    "text",
    [
        "Olá Rui, somos fundadores da Colheita, uma plataforma de encomendas para mercearias. Vamos falar?",
        "Hei Rui, jeg er gründer av Lagra, en app som teller varelager for kiosker. Kan jeg ringe deg?",
        "Hej Rui, jeg er stifter af Rengo, en platform til rengøringsfirmaer. Skal vi tage en snak?",
        "Bonjour Rui, avec Caisso on centralise les ventes de vos trois boutiques. On en parle ?",
        "Olá Rui, com o Pedidão sincronizamos os pedidos do seu restaurante com o iFood. Posso mostrar?",
    ],
)
def test_founders_and_named_products_in_more_forms(rules_only, text):
    report = rules_only.analyze(text)
    assert "PIT016" in report.all_codes(), report.signals
    assert report.label == "sales", report.reason


def test_a_company_founded_is_no_product(rules_only):
    report = rules_only.analyze(
        "Ciao Rui, sono il fondatore di una piccola software house a Torino. Felice di collegarci!"
    )
    assert "PIT016" not in report.all_codes(), report.signals
    assert report.label == "default", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Hola Rui, sé que en tu negocio apuntáis las reparaciones en papel. Tenemos un programa pensado "
        "justo para eso.",
        "Hallo Rui, viele Praxen vergeben Termine noch per Telefon - genau dafür haben wir eine App "
        "entwickelt.",
        "Hej Rui, jeg har en løsning, der fjerner papirarbejdet i jeres butik.",
    ],
)
def test_a_solution_made_for_it_in_more_forms(rules_only, text):
    report = rules_only.analyze(text)
    assert "PIT003" in report.all_codes(), report.signals
    assert report.label == "sales", report.reason


def test_a_polish_presentation_offered_is_a_demo_not_their_work(rules_only):
    report = rules_only.analyze(
        "Dzień dobry, nasz system skraca inwentaryzację o połowę. Czy mogę zaprosić Panią na krótką "
        "prezentację?"
    )
    assert "PIT001" in report.all_codes(), report.signals
    assert "SPC101" not in report.all_codes(), report.signals
    assert report.label == "sales", report.reason


def test_a_spanish_offer_to_show_it_is_a_demo(rules_only):
    report = rules_only.analyze("Hola Rui, nuestra app ordena los turnos de tu clínica. ¿Te la enseño?")
    assert "PIT001" in report.all_codes(), report.signals


@pytest.mark.parametrize(
    "text",
    [
        "Hoi Rui, jij was de trainer van het voetbalteam van onze zoon in Zwolle. Hij speelt nog elke week.",
        "Hej Rui, du var lærer for vores søn i 3. klasse og fik ham til at elske at læse. Tak!",
        "Hej Rui, du var handledare åt min dotter på sommarjobbet i Luleå. Hon pratar fortfarande om det.",
    ],
)
def test_who_they_were_to_the_senders_own_is_a_shared_context(rules_only, text):
    report = rules_only.analyze(text)
    assert "SPC102" in report.all_codes(), report.signals
    assert report.label == "personalized", report.reason


def test_being_at_a_meeting_is_no_role_in_the_senders_life(rules_only):
    report = rules_only.analyze("Hej Rui, du var med til vores møde i går. God dag!")
    assert "SPC102" not in report.all_codes(), report.signals


@pytest.mark.parametrize(
    "text",
    [
        "Olá Rui, sou da equipe Cuidar — plataforma de agendamento para clínicas de fisioterapia. Posso "
        "mostrar como funciona em 10 minutos?",
        "Hi Rui, I'm with Lagra — an app for kiosk owners that counts stock from a photo. Can I show you "
        "how it works?",
    ],
)
def test_a_product_after_a_dash_by_its_kind_and_buyers_is_the_offering(rules_only, text):
    report = rules_only.analyze(text)
    assert "PIT016" in report.all_codes(), report.signals
    assert report.label == "sales", report.reason


def test_a_dash_before_something_for_the_senders_own_use_is_no_offering(rules_only):
    report = rules_only.analyze(
        "Hi Rui, your talk on Home Assistant got me building our own thing — an app for our allotment "
        "rota. Thank you!"
    )
    assert "PIT016" not in report.all_codes(), report.signals


def test_shall_i_show_how_it_would_look_is_an_offer_question(rules_only):
    report = rules_only.analyze("Oi Rui, criei um link com os seus serviços. Quer ver como ficaria?")
    assert "PIT013" in report.all_codes(), report.signals
