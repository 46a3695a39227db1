"""A recruiter's stock opener: an opportunity to talk about with no word for it, the question whether
they are open to one, a vacancy held out or said to fit their profile, candidates sought "like you",
an income opportunity; against a gallery's opening, an opportunity that is named and a job seeker's
own openness. And a piece of their work congratulated with what it is about, in the other
languages as in English. Every note here was written for these tests."""

import pytest


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Hi Odette, I'm a recruiter at Harbourline. I'd like to talk about an opportunity.", "PIT019"),
        ("Hi Odette, I'm a recruiter at Harbourline. Are you open to opportunities?", "PIT007"),
        ("Hi Odette, I recruit for Harbourline. We have a Site Reliability Engineer opening.", "PIT007"),
        (
            "Bom dia Odete! Sou recrutadora da Lumen e temos uma vaga de analista de dados sênior. "
            "Podemos conversar?",
            "PIT007",
        ),
        ("Olá Odete, vi seu perfil e ele se encaixa perfeitamente na vaga de designer na Lumen.", "PIT007"),
        ("Oi Odete, surgiu uma nova vaga de enfermeira na Lumen. Posso te mandar os detalhes?", "PIT007"),
        (
            "Bonjour Odette, je suis recruteuse chez Lumen et je cherche des candidats motivés comme vous.",
            "PIT007",
        ),
        ("Oi Odete! Quer conhecer uma oportunidade de ganhos trabalhando pelo celular?", "PIT006"),
        # A recruiter who says so and is looking for someone; people sought with their profile; a
        # vacancy to tell of.
        ("Hallo Jonas, ich bin Recruiterin und suche eine Teamleitung Disposition in Bremen.", "PIT007"),
        (
            "Hola Jonás, soy reclutador y estoy buscando una jefa de cocina para un hotel en Sevilla.",
            "PIT007",
        ),
        ("Hola Jonás, te escribo de Brisa Foods. Buscamos cocineros con tu perfil para el verano.", "PIT007"),
        (
            "Hola Jonás, me gustaría contarte sobre una vacante de jefe de sala que tenemos en Málaga.",
            "PIT007",
        ),
    ],
)
def test_a_recruiters_stock_opener_is_a_blast(analyzer, text, code):
    report = analyzer.analyze(text)
    assert code in report.all_codes(), report.all_codes()
    assert report.label == "sales", report.reason


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Hi Odette, we have a gallery opening on Friday - would love to see you there!", "PIT007"),
        ("Hi Odette, I have an opening in my diary on Thursday if you want to grab a coffee.", "PIT007"),
        ("Hi Odette, I'd love to talk about an opportunity to speak at our meetup in May.", "PIT019"),
        ("Hi Odette, thanks for sharing an opportunity with my class - three students applied.", "PIT019"),
        # A recruiter looking for their own next job.
        ("Hi Odette, I'm a recruiter and I'm looking for my next role in Leeds.", "PIT007"),
        ("Hallo Odette, ich bin Recruiterin und suche eine neue Stelle in Köln.", "PIT007"),
    ],
)
def test_an_opening_or_an_opportunity_that_says_what_it_is_is_no_blast(analyzer, text, code):
    assert code not in analyzer.analyze(text).all_codes()


@pytest.mark.parametrize(
    "text",
    [
        "Parabéns pelo artigo sobre filas no Postgres! Fiquei com uma dúvida sobre os índices parciais.",
        "Félicitations pour la conférence sur l'accessibilité à Lyon ! J'ai une question sur les lecteurs "
        "d'écran.",
        "Felicidades por la charla sobre huertos urbanos en Valencia, me quedé con ganas de saber más.",
    ],
)
def test_a_piece_of_their_work_congratulated_with_its_subject_is_theirs(analyzer, text):
    report = analyzer.analyze(text)
    assert "SPC101" in report.all_codes(), report.all_codes()
    assert report.label == "personalized", report.reason


def test_the_post_about_their_new_role_is_platform_news(analyzer):
    assert "SPC101" not in analyzer.analyze("Congrats on the post about your new role at Acme!").all_codes()


@pytest.mark.parametrize(
    "text",
    [
        "Hi Priya, I have nine open audit mandates in Leeds this month. Reply with your CV and salary "
        "expectations.",
        "Hallo Priya, wir haben derzeit drei offene Stellen für Elektroniker in Ulm. Interesse?",
        "Hej Priya, vi har just nu flera lediga tjänster för sjuksköterskor i Umeå. Vill du veta mer?",
        "Hei Priya, vi har to ledige stillinger for sveisere i Stavanger. Kan jeg sende detaljene?",
    ],
)
def test_vacancies_held_out_and_a_cv_asked_for_with_the_salary_are_a_blast(analyzer, text):
    report = analyzer.analyze(text)
    assert "PIT007" in report.all_codes(), report.all_codes()
    assert report.label == "sales", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Hallo Priya, ich habe mich auf zwei offene Stellen bei Bosch beworben.",
        "Hallo Priya, ich habe zwei offene Stellen bei euch gesehen und würde gern mehr erfahren.",
    ],
)
def test_vacancies_of_theirs_applied_for_or_seen_are_no_blast(analyzer, text):
    assert "PIT007" not in analyzer.analyze(text).all_codes()


def test_open_to_work_as_a_job_is_the_senders_own_status(analyzer):
    report = analyzer.analyze("Hi Priya, open to work as a site manager. Thanks for connecting.")
    assert "PIT018" in report.all_codes(), report.all_codes()
    assert report.label == "default", report.reason


def test_a_committee_sat_on_together_is_a_shared_context(analyzer):
    report = analyzer.analyze(
        "Hej Priya, vi sad i samme bedømmelsesudvalg på DTU sidste år - godt at være forbundet."
    )
    assert "SPC102" in report.all_codes(), report.all_codes()
    assert report.label == "personalized", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Bom dia Rita! Vi que vocês estão contratando para analista de dados. Meu perfil se encaixa "
        "perfeitamente na vaga.",
        "Hola Rita, vi que están contratando recepcionistas en el hotel. Les dejo mi resumen.",
    ],
)
def test_a_candidates_own_fit_and_cv_in_the_romance_languages_are_their_own_career_ask(analyzer, text):
    report = analyzer.analyze(text)
    assert "PIT018" in report.all_codes() and "PIT007" not in report.all_codes(), report.all_codes()
    assert report.label == "default", report.reason


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (
            "Hola Rita, vi que están contratando. ¿Conversamos 15 minutos sobre cómo escalar el equipo?",
            "PIT012",
        ),
        ("Hi Rita, our first-aid courses for nurseries are open for registration. Interested?", "PIT004"),
        (
            "Olá Rita, consigo simular planos de saúde para a sua equipa. Quer que eu te mande uma "
            "simulação?",
            "PIT004",
        ),
        ("Olá Rita! Temos cursos que podem acelerar a sua carreira em dados. Quer saber mais?", "PIT004"),
    ],
)
def test_hiring_seen_registrations_a_quote_worked_out_and_courses_held_out(analyzer, text, code):
    report = analyzer.analyze(text)
    assert code in report.all_codes(), report.all_codes()
    assert report.label == "sales", report.reason
