"""Notes that open on a profile: a work noun that starts a job title, a research interview that commits
to nothing, something unnamed held out by how it fits whatever they do, and what is possible shown as a
demo. Every note here was written for these tests."""

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "Hi Pascal, I noticed your profile as Project Lead Developer in Lyon and your time at INSIA.",
        "Bonjour Pascal, j'ai remarqué votre profil de Project Lead Developer basé à Lyon.",
        "Hi Mira, I came across your profile as Research Scientist in Oslo.",
    ],
)
def test_a_work_noun_that_opens_a_job_title_is_no_piece_of_work(rules_only, text):
    report = rules_only.analyze(text)
    assert "SPC101" not in report.all_codes(), report.signals
    assert report.label == "default", report.reason


def test_a_work_noun_before_a_title_word_that_names_a_product_stays_named(rules_only):
    report = rules_only.analyze(
        "Hi Dev, we've been answering each other's questions in the Home Assistant forum for a year now."
    )
    assert "SPC103" in report.all_codes(), report.signals


def test_a_work_noun_written_small_is_still_their_work(rules_only):
    report = rules_only.analyze("Hi Mira, I loved your project lead notes from the Leeds bridge retrofit.")
    assert "SPC101" in report.all_codes(), report.signals


@pytest.mark.parametrize(
    "text",
    [
        "Hi Ana, I'm researching how nurses plan night shifts for my thesis. The interview takes 20 minutes, "
        "is anonymous and there's no obligation.",
        "Hola Ana, estoy haciendo una investigación sobre turnos de noche. La charla dura 20 minutos, es "
        "anónima y sin compromiso.",
        "Hallo Ana, für meine Masterarbeit suche ich Pflegekräfte für ein Interview, anonym und "
        "unverbindlich.",
    ],
)
def test_no_obligation_in_a_research_ask_is_no_offer(rules_only, text):
    report = rules_only.analyze(text)
    assert "PIT004" not in report.all_codes(), report.signals
    assert report.label != "sales", report.reason


def test_no_obligation_from_a_seller_is_still_an_offer(rules_only):
    report = rules_only.analyze("Hi Ana, we help clinics cut no-shows. Happy to run an audit, no obligation.")
    assert "PIT004" in report.all_codes(), report.signals


@pytest.mark.parametrize(
    "text",
    [
        "Hi Luis, I came across your profile. I have an idea that could align with what you do. Chat?",
        "Hola Luis, vi tu perfil. Tengo una idea/proyecto que podría alinearse con lo que haces. ¿Hablamos?",
        "Bonjour Luis, j'ai un projet qui pourrait correspondre à ce que vous faites. On en parle ?",
    ],
)
def test_something_unnamed_held_out_by_how_it_fits_is_an_unnamed_opportunity(rules_only, text):
    report = rules_only.analyze(text)
    assert "PIT019" in report.all_codes(), report.signals
    assert report.label == "sales", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Do you have 15 minutes this week? I'll show you live what would be possible in your setup.",
        "Hätten Sie diese Woche 15 Minuten? Ich zeige Ihnen live, was in Ihrem Lager möglich wäre.",
        "Gern zeige ich dir, was mit deinem Team möglich ist.",
        "Te muestro en vivo lo que sería posible en tu clínica.",
    ],
)
def test_what_is_possible_shown_is_a_demo_of_the_offering(rules_only, text):
    report = rules_only.analyze(text)
    assert "PIT016" in report.all_codes(), report.signals
    assert report.label == "sales", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Hi Tom, your workshop at PyCon showed me what is possible with tiny models.",
        "Danke, dass du mir gezeigt hast, was mit der Drehbank möglich ist.",
    ],
)
def test_what_they_showed_the_sender_is_no_demo(rules_only, text):
    assert "PIT016" not in rules_only.analyze(text).all_codes()


def test_a_job_title_in_its_polish_case_is_a_role(rules_only):
    report = rules_only.analyze("Cześć Ola, znalazłem Twój profil Project Designera. Chętnie się połączę.")
    assert "SPC101" not in report.all_codes(), report.signals
    assert report.label == "default", report.reason


def test_no_obligation_in_a_nordic_research_ask_is_no_offer(rules_only):
    report = rules_only.analyze(
        "Hei Ola, jeg skriver masteroppgave om fjernarbeid og søker informanter. Intervjuet er uforpliktende."
    )
    assert "PIT004" not in report.all_codes(), report.signals


@pytest.mark.parametrize(
    "text",
    [
        "Hi Ola, I've got an opportunity that could fit nicely with what you're doing. Quick call?",
        "Olá Ola, tenho uma ideia que encaixa bem no que você faz. Vamos falar?",
        "Hej Ola, jeg har et forslag, der passer perfekt til det, du laver. Har du tid til en snak?",
        "Hoi Ola, ik heb een voorstel dat mooi kan aansluiten bij wat jullie doen. Even bellen?",
    ],
)
def test_something_unnamed_said_to_fit_what_they_do_is_an_unnamed_opportunity(rules_only, text):
    report = rules_only.analyze(text)
    assert "PIT019" in report.all_codes(), report.signals
    assert report.label == "sales", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Hi Ola, your project on the river clean-up is a perfect match for what you do best.",
        "Hi Ola, the project you led at the food bank fits what you do so well.",
    ],
)
def test_their_own_project_that_fits_what_they_do_is_no_offer(rules_only, text):
    assert "PIT019" not in rules_only.analyze(text).all_codes()


def test_what_is_possible_shown_in_swedish_is_a_demo(rules_only):
    report = rules_only.analyze("Hej Ola, jag visar gärna vad som är möjligt med vår bokningsapp. Fredag?")
    assert "PIT016" in report.all_codes(), report.signals


@pytest.mark.parametrize(
    "text",
    [
        "Bonjour Ola, nous étions dans le même labo à Lyon, toi sur les polymères et moi sur les capteurs.",
        "Hej Ola, vi sad ved samme bord til julefrokosten i foreningen og talte om brætspil hele aftenen.",
    ],
)
def test_a_lab_or_a_table_shared_is_a_shared_past(rules_only, text):
    report = rules_only.analyze(text)
    assert "SPC102" in report.all_codes(), report.signals
    assert report.label == "personalized", report.reason
