"""Recruiters and sellers writing in Polish and the other languages: a background held up and
sought, a case study held out, "our" thing in the neuter, a demo shown; and the recipient's talk
recalled in its cases or as "you spoke at…". Every note here was written for these tests."""

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "Cześć Ola, widzę, że prowadzisz zespół danych w Gdańsku. Szukamy kogoś z takim backgroundem do "
        "naszego działu. Pogadamy?",
        "Dzień dobry, poszukujemy osoby z Pani doświadczeniem - poszukujemy osoby z Twoim profilem do "
        "zespołu w Łodzi.",
        "Hi Ola, we're looking for someone with that background for our platform team. Open to a chat?",
    ],
)
def test_a_background_held_up_and_sought_is_recruiting(rules_only, text):
    report = rules_only.analyze(text)
    assert "PIT007" in report.all_codes(), report.signals
    assert report.label == "sales", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Cześć Ola, mamy case study sklepu, który przeszedł z Magento na własny system. Podesłać?",
        "Hi Ola, we have a case study of a bakery chain that halved its waste. Shall I send it?",
    ],
)
def test_a_case_study_held_out_is_an_offer(rules_only, text):
    report = rules_only.analyze(text)
    assert "PIT004" in report.all_codes(), report.signals


def test_our_tool_in_the_polish_neuter_is_the_offering(rules_only):
    report = rules_only.analyze(
        "Cześć Ola, nasze narzędzie przewiduje odejścia klientów na trzy tygodnie wcześniej. Pokażę demo w "
        "20 minut?"
    )
    assert {"PIT016", "PIT001"} <= report.all_codes(), report.signals
    assert report.label == "sales", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Cześć Ola, Twój profil przykuł moją uwagę. Pozdrawiam!",
        "Cześć Ola, Twoje CV przykuło naszą uwagę w zeszłym tygodniu.",
    ],
)
def test_the_senders_attention_is_no_remark_of_theirs(rules_only, text):
    report = rules_only.analyze(text)
    assert "SPC101" not in report.all_codes(), report.signals


@pytest.mark.parametrize(
    "text",
    [
        "Cześć Ola, słuchałam wczoraj Twojej prelekcji na Confiturze o migracjach baz - właśnie zmieniamy "
        "nasz proces.",
        "Cześć Ola, widziałam, że występowałaś na Confiturze o migracjach baz danych. Świetny temat!",
        "Hola Ola, vi que hablaste en la T3chFest sobre migraciones de bases de datos. ¡Muy útil!",
        "Hoi Ola, jij sprak op de Dutch PHP Conference over databasemigraties - heel leerzaam!",
    ],
)
def test_their_talk_recalled_in_its_cases_or_as_you_spoke_is_their_work(rules_only, text):
    report = rules_only.analyze(text)
    assert "SPC101" in report.all_codes(), report.signals
    assert report.label == "personalized", report.reason


def test_a_question_of_manner_is_no_talk(rules_only):
    report = rules_only.analyze("Hola Ola, ¿hablaste en serio ayer? Un saludo.")
    assert "SPC101" not in report.all_codes(), report.signals


@pytest.mark.parametrize(
    "text",
    [
        "Hoi Ola, wij leveren planningssoftware voor thuiszorg. Zullen we bellen?",
        "Hi Ola, we run payroll for small charities. Shall we call next week?",
        "Ciao Ola, gestiamo la contabilità per piccole imprese. Ti interessa una call?",
    ],
)
def test_a_call_proposed_or_offered_is_asked_for(rules_only, text):
    assert "PIT001" in rules_only.analyze(text).all_codes()


@pytest.mark.parametrize(
    "text",
    [
        "Hola Ola, formamos equipos de datos para empresas en solo cuatro semanas. ¿Te cuento?",
        "Ciao Ola, gestiamo le prenotazioni per hotel di montagna da dieci anni. Ti interessa una call?",
        "Bonjour Ola, nous formons les équipes commerciales pour les entreprises du BTP. Je vous en dis "
        "plus ?",
    ],
)
def test_what_a_firm_does_for_a_clientele_is_a_pitch(rules_only, text):
    report = rules_only.analyze(text)
    assert "PIT003" in report.all_codes(), report.signals
    assert report.label == "sales", report.reason


def test_a_firm_made_for_its_neighbours_is_no_clientele(rules_only):
    report = rules_only.analyze(
        "Hola Ola, formamos un grupo de lectura con los vecinos después de tu charla en la biblioteca de "
        "Gijón. ¡Gracias!"
    )
    assert "PIT003" not in report.all_codes(), report.signals


def test_a_customer_case_held_out_is_an_offer(rules_only):
    report = rules_only.analyze(
        "Hei Ola, vi har en kundecase fra en barnehage som sparte ti timer i uka. Skal jeg sende den?"
    )
    assert "PIT004" in report.all_codes(), report.signals
    assert report.label == "sales", report.reason


def test_our_courses_in_the_polish_plural_are_the_offering(rules_only):
    report = rules_only.analyze(
        "Cześć Ola, nasze kursy skracają wdrożenie nowych pracowników o połowę. Pokażę program?"
    )
    assert "PIT016" in report.all_codes(), report.signals


def test_a_charitys_fundraising_helped_is_no_offering(rules_only):
    report = rules_only.analyze(
        "Hello Ola, your fundraising talk at the Leeds charity fair helped our hospice raise £8,000 in "
        "spring. Thank you!"
    )
    assert "PIT016" not in report.all_codes(), report.signals
    assert report.label == "personalized", report.reason
