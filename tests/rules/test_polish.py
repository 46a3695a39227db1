"""Polish notes: what a seller offers, what the recipient did or made, and the same words from a
job seeker, a volunteer or a grateful student. Every note here was written for these tests."""

import pytest


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Dzień dobry, pomagamy firmom budowlanym liczyć kosztorysy szybciej. Porozmawiamy?", "PIT003"),
        ("Cześć Ewa, robimy sesje zdjęciowe dla restauracji w Trójmieście. Zapraszam do kontaktu!", "PIT003"),
        ("Dzień dobry, audyt SEO Pana sklepu od 490 zł. Czy mogę przesłać szczegóły?", "PIT004"),
        ("Hej, mamy jeszcze 3 wolne miejsca na kurs Excela w lutym.", "PIT004"),
        ("Dzień dobry, jestem doradcą finansowym - przygotuję bezpłatną analizę Pana emerytury.", "PIT005"),
        ("Cześć, szukam osób do współpracy - dodatkowy dochód i praca z domu!", "PIT006"),
        ("Dzień dobry, mam dla Pani propozycję pracy w banku, wynagrodzenie do 25 tys. zł.", "PIT007"),
        ("Dzień dobry, nasza aplikacja skraca fakturowanie do minuty. Umówimy demo?", "PIT016"),
        ("Dzień dobry, kto w Państwa firmie odpowiada za flotę samochodową?", "PIT015"),
        ("Dzień dobry, dostarczamy kawę ziarnistą do biur w Krakowie. Mogę zaproponować próbki?", "PIT003"),
        # A discount for regular customers, an order invited.
        ("Dzień dobry Panie Tomaszu, mamy dla Pana kwiaty z rabatem dla stałych klientów.", "PIT004"),
        ("Dzień dobry, zapraszamy do zamówienia tortów na komunię.", "PIT004"),
    ],
)
def test_a_pitch_in_polish_is_sales(analyzer, text, code):
    report = analyzer.analyze(text)
    assert code in report.all_codes()
    assert report.label == "sales", report.reason


@pytest.mark.parametrize(
    "text",
    [
        # Thanks for something they gave or did, the noun with no "your".
        "Dzień dobry, dziękuję za wykład o biogazowniach na targach w Kielcach - notatki krążą w zespole.",
        "Cześć Igor, dzięki za review mojego PR-a w projekcie Wagtail, poprawki weszły wczoraj.",
        # A meeting said by women, and "together" before the verb.
        "Hej Basia, poznałyśmy się na kursie szycia w Lublinie - to ja pożyczyłam od Ciebie nożyczki!",
        "Cześć Kamil, razem graliśmy w orkiestrze dętej w Pszczynie. Co u Ciebie słychać?",
        # A friend both have, and their work in another case.
        "Dzień dobry, nasz wspólny znajomy Piotr Lis powiedział, że zna się Pan na pompach ciepła.",
        "Hej Ola, słuchałem Twojego podcastu o budżetach domowych - odcinek o kopertach był świetny.",
        # Something "you" did for the sender, the verb saying who.
        "Cześć Ania, pomogłaś mi z portfolio na targach pracy w Gdyni - dostałam staż!",
    ],
)
def test_their_work_or_a_shared_past_in_polish_is_personal(analyzer, text):
    report = analyzer.analyze(text)
    assert report.label == "personalized", report.reason


@pytest.mark.parametrize(
    "text",
    [
        # Free, because they gave it.
        "Cześć Ania, dzięki, że poprowadziłaś za darmo warsztaty z Excela w bibliotece w Gdyni!",
        # A job seeker's job offer, a volunteers' delivery, a program their support started.
        "Dzień dobry, widziałem ofertę pracy na stanowisko analityka w Państwa firmie i aplikowałem.",
        "Hej Tomek, jako wolontariusze dostarczamy razem paczki w każdą sobotę - miło być w kontakcie.",
        "Dzień dobry, nasz program mentoringowy dla studentek ruszył dzięki Pani wsparciu. Dziękuję!",
    ],
)
def test_the_same_words_from_a_giver_a_job_seeker_or_a_volunteer_are_no_pitch(analyzer, text):
    report = analyzer.analyze(text)
    assert report.label != "sales", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Dzień dobry Pani Ewo, dziękuję za kontakt. Pozdrawiam serdecznie",
        "Hej, widzę, że mamy wielu wspólnych znajomych. Połączmy się!",
        "Cześć Michał, Twój profil wyskoczył mi w propozycjach. Dodam Cię do sieci.",
    ],
)
def test_formulas_and_counts_in_polish_stay_default(analyzer, text):
    assert analyzer.analyze(text).label == "default"


def test_a_workshop_you_ran_said_by_the_verb_is_personal(analyzer):
    report = analyzer.analyze(
        "Cześć Ola, poprowadziłaś w marcu warsztaty z Figmy w Toruniu - od tamtej pory projektuję sama!"
    )
    assert report.label == "personalized", report.reason


def test_a_deed_of_theirs_where_the_senders_own_family_then_did_something_is_shared(analyzer):
    # "You ran the chess club in the community centre in Radom, where my son won his first game."
    report = analyzer.analyze(
        "Cześć Kuba, prowadziłeś w domu kultury w Radomiu klub szachowy, w którym mój syn wygrał "
        "pierwszą partię."
    )
    assert any(s["code"] == "SPC102" for s in report.signals), report.signals
    report = analyzer.analyze(
        "Cześć Kuba, prowadziłeś w domu kultury w Radomiu klub szachowy, w którym moja siostra "
        "wygrała pierwszą partię."
    )
    assert any(s["code"] == "SPC102" for s in report.signals), report.signals


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # "I help" a clientele, in the dative; "our company offers"; work abroad with pay and housing.
        ("Dzień dobry, pomagam kancelariom prawnym pozyskiwać klientów z internetu. Krótki call?", "PIT003"),
        ("Cześć Ola, nasza firma oferuje catering dla biur w Łodzi. Kiedy możemy się umówić?", "PIT003"),
        ("Cześć, szukamy magazynierów do Szwecji - atrakcyjne zarobki, zapewniamy zakwaterowanie.", "PIT007"),
    ],
)
def test_more_polish_pitches_are_sales(analyzer, text, code):
    report = analyzer.analyze(text)
    assert code in report.all_codes()
    assert report.label == "sales", report.reason


@pytest.mark.parametrize(
    "text",
    [
        # "You were my…", the same dorm or class, their remarks on the sender's work.
        "Dzień dobry Panie Karolu, był Pan moim trenerem w klubie pływackim w Olsztynie. Sam trenuję dzieci!",
        "Cześć Ewa, byłyśmy w tej samej klasie w liceum w Opolu. Miło Cię tu widzieć!",
        "Dzień dobry, dziękuję za pomoc przy moim artykule - Pani uwagi o statystyce bardzo mi pomogły.",
    ],
)
def test_more_polish_pasts_are_personal(analyzer, text):
    assert analyzer.analyze(text).label == "personalized"


@pytest.mark.parametrize(
    "text",
    [
        # Helping out, not a clientele; a friendly meet-up.
        "Cześć, pomagam w schronisku dla psów w Gdyni i chętnie poznam innych wolontariuszy.",
        "Dzień dobry, chętnie dołączę do Pani sieci kontaktów.",
    ],
)
def test_helping_out_in_polish_is_no_pitch(analyzer, text):
    report = analyzer.analyze(text)
    assert not {"PIT003", "PIT007"} & report.all_codes(), report.reason
    assert report.label == "default", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Panie Tomaszu, odbywałem praktyki na budowie mostu w Toruniu, gdzie był Pan kierownikiem. Dziękuję!",
        "Pani Anno, była Pani kierowniczką oddziału, gdy zaczynałam jako pielęgniarka. Dziękuję!",
    ],
)
def test_an_internship_where_they_were_or_who_they_were_to_the_sender_is_a_shared_past(analyzer, text):
    assert "SPC102" in analyzer.analyze(text).all_codes()


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Dzień dobry, chciałbym zaproponować Pani rozwiązania do planowania dyżurów.", "PIT003"),
        ("Cześć Ola, mamy teraz świetną ofertę na nowe regały do magazynu.", "PIT004"),
        ("Cześć Ola, chciałbym podesłać Ci spersonalizowaną propozycję dla Waszej piekarni.", "PIT015"),
        ("Hi Ola, I would like to propose that you consider AI solutions for the clinic.", "PIT003"),
    ],
)
def test_solutions_proposed_a_great_offer_and_a_tailored_proposal_in_polish(analyzer, text, code):
    assert code in analyzer.analyze(text).all_codes()


def test_a_toast_proposed_is_no_pitch(analyzer):
    report = analyzer.analyze("Hi Ola, I'd like to propose a toast to your new role!")
    assert "PIT003" not in report.all_codes(), report.all_codes()


def test_homes_helped_to_pay_half_as_much_are_a_pitch(analyzer):
    report = analyzer.analyze(
        "Dzień dobry, pomagamy rodzinom na Śląsku płacić o połowę mniej za ogrzewanie. Mogę opowiedzieć jak?"
    )
    assert {"PIT003", "PIT010"} <= report.all_codes(), report.all_codes()
    assert report.label == "sales", report.reason


def test_their_classes_the_sender_sat_in_are_a_shared_past(analyzer):
    report = analyzer.analyze(
        "Dzień dobry Pani Ewo, prowadziła Pani zajęcia z hydrografii, kiedy byłem na drugim roku. "
        "Dziś pracuję w porcie w Gdyni."
    )
    assert "SPC102" in report.all_codes(), report.all_codes()
    assert report.label == "personalized", report.reason


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # A trade for a clientele, with the verbs "rozwijam" and "dostarczamy".
        ("Cześć Ola, rozwijam aplikacje dla klinik weterynaryjnych. Zapraszam do sieci!", "PIT003"),
        # "I help" with salons and studios in the dative.
        ("Dzień dobry, pomagam salonom fryzjerskim zapełniać grafik. Porozmawiamy?", "PIT003"),
        # A product said by what it does, in the first person.
        ("Cześć Ola, mam narzędzie, które automatyzuje przypomnienia o wizytach.", "PIT003"),
        # A resource the sender made, offered.
        ("Cześć Ola, przygotowałam krótki poradnik o rozliczaniu VAT w e-commerce. Przesłać?", "PIT004"),
        # A recruiter's project, held out.
        ("Dzień dobry, prowadzę rekrutację na stanowisko kierownika magazynu w Poznaniu.", "PIT007"),
        # Their activity watched, to chase the sender's message.
        ("Ola, widzę, że byłaś aktywna na LinkedIn. Czy zerknęłaś na moją poprzednią wiadomość?", "PIT021"),
    ],
)
def test_a_sellers_and_a_recruiters_polish_outreach_is_sales(analyzer, text, code):
    report = analyzer.analyze(text)
    assert code in report.all_codes(), report.all_codes()
    assert report.label == "sales", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Hi Ola, I've got a system that automates invoice reminders for dental practices.",
        "Hi Ola, I see you were active on LinkedIn this week. Did you read my previous message?",
        "Hi Ola, I'd like to present a recruitment project that may interest you: warehouse manager, Poznań.",
    ],
)
def test_the_same_outreach_in_english_is_sales(analyzer, text):
    assert analyzer.analyze(text).label == "sales"


def test_help_given_at_home_and_a_hobby_developed_are_no_pitch(analyzer):
    report = analyzer.analyze(
        "Cześć Ola, pomagam mamie w ogródku, a po pracy rozwijam swoje hobby: fotografię. Miło Cię poznać!"
    )
    assert report.label != "sales", report.reason


def test_venues_helped_in_the_dative_are_a_clientele(analyzer):
    report = analyzer.analyze(
        "Dzień dobry Pani Olu, pomagamy teatrom sprzedawać więcej biletów. Porozmawiamy?"
    )
    assert "PIT003" in report.all_codes(), report.all_codes()
    assert report.label == "sales", report.reason


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Dzień dobry, czy mogę rozmawiać z osobą decyzyjną w sprawie dostaw papieru do biura?", "PIT015"),
        ("Dzień dobry, jesteśmy bezpośrednim dostawcą kawy ziarnistej dla biur.", "PIT011"),
        ("Dzień dobry, chcielibyśmy zaproponować stałe dostawy kawy do Państwa biura.", "PIT003"),
        ("Dzień dobry, dostarczamy świeże pieczywo firmom w Państwa okolicy.", "PIT003"),
        ("Dzień dobry, chętnie przywiozę próbki kawy z cennikiem.", "PIT004"),
    ],
)
def test_a_suppliers_cold_openers_are_pitches(analyzer, text, code):
    assert code in analyzer.analyze(text).all_codes()


def test_something_found_for_the_sender_is_a_deed(analyzer):
    report = analyzer.analyze(
        "Cześć Ola, znalazłaś dla mnie w antykwariacie stare wydanie Tuwima dla taty. Dziękuję!"
    )
    assert "SPC102" in report.all_codes(), report.all_codes()
    assert report.label == "personalized", report.reason
