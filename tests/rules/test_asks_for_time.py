"""Asks for time (a call, a coffee, a chat) from students and job seekers, from people with a real
reason, and from sellers: PIT018 and the signals around a request for a meeting. Every note here
was written for these tests."""

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "Hi Rosa, I'm a final-year chemistry student. Would you have 15 minutes next week to talk "
        "about working in a QC lab?",
        "Hi Tom, I'm switching careers from retail to data analysis. Could we schedule a quick call "
        "so I can ask about your path?",
        "Hi Nia, would you be up for an informational interview sometime this month? I'm curious about "
        "roles in urban planning.",
        "Hi Ola, I'm job hunting in Porto at the moment. Would you be open to a quick call to share "
        "any tips?",
        "Hi Sam, free for a quick Zoom at some point? I'd love to hear how you got into game design.",
        "Hi Dev, I'm looking for an internship in structural engineering - would you have 10 minutes "
        "this week to tell me about your practice?",
    ],
)
def test_a_student_or_job_seeker_asking_for_time_is_not_selling(analyzer, text):
    report = analyzer.analyze(text)
    assert "PIT018" in {s["code"] for s in report.signals}
    assert not {"PIT004", "PIT017"} & report.all_codes()
    assert report.label == "default", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Hi Rosa, would you have 15 minutes next week? We help QC labs automate sample tracking and "
        "I'd love to show you a quick demo.",
        "Hi Tom, I'm a recent graduate and I've started a web agency: we build websites for small "
        "businesses. Could we schedule a quick call?",
        # Business development is a selling job, like an account executive's.
        "Hi, I'm in business development at Globex. Would you be open to a 15-min intro call this week?",
        "Hi, I lead BD at Norrvik and came across your profile. Could we do a quick intro call?",
    ],
)
def test_a_seller_asking_for_the_same_time_is_still_selling(analyzer, text):
    report = analyzer.analyze(text)
    assert report.label == "sales", report.reason


def test_a_career_ask_is_never_named_as_a_reason_for_sales(analyzer):
    report = analyzer.analyze(
        "Hi Ewan, I'm a recent graduate and I run a small SEO agency for clinics. Could we hop on a "
        "call? I have a special offer this month."
    )
    assert report.label == "sales"
    assert "PIT018" not in report.decided_by


def test_a_time_proposed_for_a_coffee_chat_is_no_shared_past(analyzer):
    report = analyzer.analyze(
        "Hi Connor, are you around for a coffee chat next Tuesday or Wednesday? Always keen to meet "
        "people in my field."
    )
    assert "SPC106" not in report.all_codes()
    assert report.label == "default", report.reason


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (
            "Hi Ray, I'm joining the renal ward at Leeds General next month and Sister Patel suggested "
            "I say hello before then. Would you have a few minutes for a chat?",
            "SPC102",
        ),
        (
            "Hi Ines, I inherited the forecasting project you left at Ocado and I'm puzzled by one of the "
            "tabs. Any chance of a quick call?",
            "SPC101",
        ),
        (
            "Hi Guy, I'm the new head buyer at Brindle Foods - you used to hold this role. Could we do "
            "a short call so I can understand the supplier history?",
            "SPC102",
        ),
    ],
)
def test_a_real_reason_for_a_call_is_personal(analyzer, text, code):
    report = analyzer.analyze(text)
    assert code in report.all_codes()
    assert report.label == "personalized", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Hi Lukas, I'd love to grab a coffee and talk about how we could support your team's move to "
        "the cloud.",
        "Hi Leila, would you be open to a brief chat about heat pumps for your office? We handle "
        "everything from the survey to the grant paperwork.",
    ],
)
def test_an_offer_of_the_senders_services_over_coffee_is_selling(analyzer, text):
    report = analyzer.analyze(text)
    assert "PIT003" in report.all_codes()
    assert report.label == "sales", report.reason


def test_a_calendar_pointed_at_is_a_call_request(analyzer):
    report = analyzer.analyze(
        "Bonjour Sol, nous aidons les cabinets comptables à automatiser la saisie. Voici mon calendrier."
    )
    assert "PIT001" in report.all_codes()


@pytest.mark.parametrize(
    "text",
    [
        "Hallo Herr Brandt, ich bin gerade auf Jobsuche in der Logistik. Hätten Sie 15 Minuten für ein "
        "kurzes Telefonat, damit ich ein paar Fragen stellen kann?",
        "Bonjour Julie, je suis jeune diplômée en chimie et à la recherche d'un emploi en laboratoire. "
        "Auriez-vous 15 minutes pour un appel la semaine prochaine ?",
        "Hola Pablo, soy recién graduado en enfermería y estoy buscando empleo en Valencia. ¿Tendrías 15 "
        "minutos para una llamada?",
        "Olá Rita, sou recém-formada em arquitetura e estou procurando emprego em Lisboa. Teria 15 minutos "
        "para uma chamada rápida?",
        "Ciao Paolo, sono un neolaureato in ingegneria e vorrei dei consigli per la mia carriera. Avresti 15 "
        "minuti per una chiamata?",
    ],
)
def test_a_job_seeker_asking_for_time_in_another_language_is_not_selling(analyzer, text):
    report = analyzer.analyze(text)
    assert "PIT018" in {s["code"] for s in report.signals}
    assert "PIT017" not in report.all_codes()
    assert report.label == "default", report.reason


def test_advice_asked_for_a_project_is_no_career_ask(analyzer):
    # Only a career, a job or a first job sought makes the ask the sender's own career.
    report = analyzer.analyze(
        "Hola Inés, Carmen me dijo que montaste el banco de alimentos de Vallecas. Estoy empezando uno en "
        "Getafe y me encantaría pedirte consejo."
    )
    assert "PIT018" not in report.all_codes()


def test_help_offered_with_anything_is_a_favour_not_a_service(analyzer):
    report = analyzer.analyze(
        "Hi Ade, thanks for the chat about design systems today. If there's ever anything I can help you "
        "with, please don't hesitate to reach out."
    )
    assert "PIT003" not in report.all_codes()
    assert report.label == "personalized", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Bonjour Claire, votre article sur la logistique hospitalière m'a marqué. Votre parcours est un "
        "véritable modèle pour moi : auriez-vous 15 minutes pour un appel la semaine prochaine ?",
        "Olá Mariana, li o seu artigo sobre gestão de produto. A sua trajetória é uma grande referência "
        "para mim; teria 15 minutos para uma conversa rápida?",
        "Hola Lucía, estoy preparando mi transición hacia el diseño de servicios y tu charla sobre "
        "hospitales me inspiró. ¿Tendrías 15 minutos para una videollamada?",
    ],
)
def test_a_mentee_asking_for_time_in_another_language_is_not_selling(analyzer, text):
    report = analyzer.analyze(text)
    assert "PIT018" in {s["code"] for s in report.signals}
    assert report.label == "personalized", report.reason


def test_a_seller_borrowing_a_mentees_words_is_still_selling(analyzer):
    report = analyzer.analyze(
        "Bonjour Claire, nous aidons les équipes RH à recruter plus vite. Votre parcours est un modèle "
        "pour moi : 15 minutes pour une démo ?"
    )
    assert report.label == "sales", report.reason


def test_a_candidate_following_up_an_application_is_no_pitch(analyzer):
    text = (
        "Hi Dana,\n\nI just applied for the Warehouse Shift Manager post and wanted to say hello directly. "
        "I've run night shifts at a 3PL depot in Daventry for four years.\n\nCould we have ten minutes "
        "this week so I can make sure my experience aligns with your needs?\n\nThanks,\nKwame"
    )
    report = analyzer.analyze(text)
    assert "PIT018" in report.all_codes(), report.all_codes()
    assert report.label != "sales", report.reason


def test_a_leaked_tag_beside_a_call_request_alone_is_no_pitch(analyzer):
    report = analyzer.analyze("Hi {first_name}, would you be open to a quick call next week?")
    assert {"PIT001", "PIT009"} <= report.all_codes(), report.all_codes()
    assert report.label == "default", report.reason


def test_a_personal_note_with_its_sign_off_left_unfilled_stays_personal(analyzer):
    report = analyzer.analyze(
        "Hey Ana, so good bumping into you at the Leeds climbing wall on Sunday - you fixed my belay "
        "knot before my first lead climb! Up for a quick call next week? [Your Name]"
    )
    assert {"PIT001", "PIT009"} <= report.all_codes(), report.all_codes()
    assert report.label == "personalized", report.reason


def test_a_leaked_tag_with_a_call_and_an_offer_is_still_a_pitch(analyzer):
    report = analyzer.analyze("Hi {first_name}, our payroll app saves finance teams hours. Quick call?")
    assert report.label == "sales", report.reason


def test_a_quick_conversation_called_worth_it_is_a_call_asked_for(analyzer):
    report = analyzer.analyze("Hi Nell, our chart plotter update is out. Worth a quick conversation?")
    assert "PIT001" in report.all_codes(), report.all_codes()


def test_a_slot_booked_for_them_is_a_call_asked_for(analyzer):
    report = analyzer.analyze("Hi Nell, our chimney sweeps are in Frome next week. Shall I pencil you in?")
    assert "PIT001" in report.all_codes(), report.all_codes()
