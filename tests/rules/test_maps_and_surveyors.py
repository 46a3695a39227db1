"""Map-makers, surveyors and the people who write to them: a map of theirs, a deed told as a second
verb in the Nordic languages, time they gave and what the sender did with it; and the sellers and
recruiters who write to them. Every note here was written for these tests."""

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "Hola Inés, tu mapa de las vías verdes de Asturias nos acompañó todo el verano.",
        "Ciao Inés, la tua mappa delle ciclabili di Ferrara è appesa nella nostra cucina.",
        "Hei Inés, kartet ditt over stiene rundt Bergen fikk oss trygt ned fra Ulriken.",
    ],
)
def test_a_map_of_theirs_in_other_languages_is_their_work(rules_only, text):
    report = rules_only.analyze(text)
    assert "SPC101" in report.all_codes(), report.signals
    assert report.label == "personalized", report.reason


@pytest.mark.parametrize(
    "text",
    [
        # The first verb a reply, which alone tells nothing.
        "Hej Nils, du svarade på mitt mejl om bygglovet och ritade om hela planen åt oss. Stort tack!",
        "Hei Nils, du svarte samme kveld og sendte de gamle tegningene av huset til oss. Takk!",
    ],
)
def test_a_second_deed_after_och_or_og_done_for_the_sender_is_shared_context(rules_only, text):
    report = rules_only.analyze(text)
    assert "SPC102" in report.all_codes(), report.signals
    assert report.label == "personalized", report.reason


@pytest.mark.parametrize(
    "text",
    [
        # A platform step is no deed, and a question asks rather than tells.
        "Hej Nils, du gillade mitt inlägg och delade det till oss alla, tack!",
        "Hej Nils, du svarade och skickade offerten till oss?",
    ],
)
def test_a_platform_step_or_a_question_is_no_second_deed(rules_only, text):
    assert "SPC102" not in rules_only.analyze(text).all_codes()


def test_time_they_gave_and_what_the_sender_did_next_is_shared_context(rules_only):
    report = rules_only.analyze(
        "Hi Nils, you spent an hour at the Harrogate stamp fair showing how to spot a regummed Penny "
        "Red. I went home and found two in my album."
    )
    assert "SPC102" in report.all_codes(), report.signals
    assert report.label == "personalized", report.reason


def test_years_spent_on_their_own_career_are_no_time_given(rules_only):
    report = rules_only.analyze(
        "Hi Nils, you spent years building Acme. I went to your website and would love to connect."
    )
    assert "SPC102" not in report.all_codes(), report.signals
    assert report.label == "default", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Hej Nils, vi bygger appar för snöröjning och har hjälpt många kommuner i Norrland. Ska vi "
        "ta ett samtal?",
        "Hei Nils, vi har hjulpet mange kommuner med brøyteplaner. Kan vi ta en prat?",
        "Hi Nils, we make route planners for gritting lorries and have helped several councils cut "
        "salt use. Could we talk?",
    ],
)
def test_clients_helped_in_numbers_are_the_senders_record(rules_only, text):
    report = rules_only.analyze(text)
    assert "PIT003" in report.all_codes(), report.all_codes()
    assert report.label == "sales", report.reason


def test_many_helped_by_them_is_praise_not_a_record(rules_only):
    report = rules_only.analyze("Hei Nils, vi synes du har hjulpet mange familier i Nordmarka.")
    assert "PIT003" not in report.all_codes(), report.all_codes()


@pytest.mark.parametrize(
    "text",
    [
        "Ciao Nils, sviluppiamo gestionali per editori di guide turistiche. Ti va una call?",
        "Hola Nils, desarrollamos software de padrón para ayuntamientos pequeños. ¿Hablamos?",
    ],
)
def test_what_a_firm_develops_for_publishers_or_town_halls_is_a_pitch(rules_only, text):
    report = rules_only.analyze(text)
    assert "PIT003" in report.all_codes(), report.all_codes()
    assert report.label == "sales", report.reason


def test_lets_develop_together_is_no_firms_we(rules_only):
    report = rules_only.analyze(
        "Ciao Nils, progettiamo insieme una guida per gli editori indipendenti di Torino? Mi piacerebbe."
    )
    assert "PIT003" not in report.all_codes(), report.all_codes()


@pytest.mark.parametrize(
    "text",
    [
        "Hi Nils, would you like us to update your survey report? We do it for £200.",
        "Hi Nils, can we proofread your thesis before submission? £12 per 1,000 words.",
    ],
)
def test_a_job_offered_on_a_piece_of_their_work_is_the_offers_material(rules_only, text):
    report = rules_only.analyze(text)
    assert "PIT003" in report.all_codes(), report.all_codes()
    assert report.label == "sales", report.reason


@pytest.mark.parametrize(
    ("text", "sells"),
    [
        ("Olá Nils, gostaria de atualizar o seu site? Fazemos isso por 150 euros.", True),
        ("Hola Nils, ¿podemos actualizar tu web antes del verano? Te la dejamos lista en una semana.", True),
        # Asked of them, or done for nothing between friends.
        ("Olá Nils, quer atualizar o seu perfil? Eu ajudo com as fotos, é de graça entre amigos.", False),
        ("Olá Nils, posso atualizar o seu currículo de graça, como amiga.", False),
    ],
)
def test_a_job_on_their_thing_offered_in_portuguese_or_spanish_is_a_pitch(rules_only, text, sells):
    assert ("PIT003" in rules_only.analyze(text).all_codes()) is sells
