"""A check of the same pieces of their work across the languages the rules know (an article, a
podcast episode, a talk, a book; a fair where both met) found a podcast's episode unread in five.
Every note here was written for these tests; each holds with the rules alone."""

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "Hola Rita, tu episodio sobre cooperativas de vivienda me hizo cambiar de idea.",
        "Hallo Rita, deine Podcastfolge über Genossenschaften hat mich überzeugt.",
        "Hoi Rita, je aflevering over wooncoöperaties heeft me overtuigd.",
        "Hej Rita, dit podcastafsnit om andelsboliger fik mig til at skifte mening.",
        "Hei Rita, jeg hørte på podkastepisoden din om borettslag i går.",
    ],
)
def test_a_podcast_episode_of_theirs_is_their_work(analyzer, text):
    report = analyzer.analyze(text)
    assert "SPC101" in report.all_codes(), report.all_codes()
    assert report.label == "personalized", report.reason


def test_a_german_word_ending_in_folge_is_no_episode(analyzer):
    report = analyzer.analyze("Hallo Rita, deine Reihenfolge der Fragen war etwas seltsam.")
    assert "SPC101" not in report.all_codes(), report.all_codes()


@pytest.mark.parametrize(
    "text",
    [
        "Ciao Rita, ho una domanda sul tuo studio sulle case di riposo: come hai scelto il campione?",
        "Hej Rita, jeg har et spørgsmål om din undersøgelse af plejehjem i Jylland: hvordan valgte du dem?",
        "Hei Rita, jeg har et spørsmål om studien din om sykehjem i Nordland: hvordan valgte du utvalget?",
    ],
)
def test_a_study_of_theirs_asked_about_is_their_work(analyzer, text):
    report = analyzer.analyze(text)
    assert "SPC101" in report.all_codes(), report.all_codes()
    assert report.label == "personalized", report.reason


def test_an_italian_studio_with_no_subject_is_their_office_not_a_study(analyzer):
    report = analyzer.analyze("Ciao Rita, il tuo studio dentistico a Parma è bellissimo.")
    assert "SPC101" not in report.all_codes(), report.all_codes()


@pytest.mark.parametrize(
    "text",
    [
        "Hallo Rita, dein Umstieg von der Pflege in die Datenanalyse beeindruckt mich. Ich hätte eine Frage "
        "zu den ersten Monaten: welche Kurse haben dir geholfen?",
        "Bonjour Rita, ta reconversion de la banque vers la menuiserie m'inspire. Comment as-tu trouvé ton "
        "premier atelier ?",
        "Hola Rita, tu transición de la enfermería al análisis de datos me parece admirable. ¿Cómo "
        "aprendiste SQL?",
    ],
)
def test_a_move_of_theirs_between_two_fields_is_their_role(analyzer, text):
    report = analyzer.analyze(text)
    assert "SPC107" in report.all_codes(), report.all_codes()
    assert report.label == "personalized", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Olá Rita, o Lar Bem-Estar está a fazer um trabalho notável com a teleassistência. Estou "
        "interessado em como vocês formaram os cuidadores da noite.",
        "Hola Rita, Residencia Alba lleva dos años con turnos de doce horas. Me interesa mucho saber, y "
        "estoy interesado en cómo convencieron a la plantilla.",
        "Hi Rita, Alba Care Homes moved to twelve-hour shifts last year. I'm interested in how you got the "
        "night staff on board.",
    ],
)
def test_how_they_did_something_asked_about_is_a_reason(analyzer, text):
    report = analyzer.analyze(text)
    assert "SPC105" in report.all_codes(), report.all_codes()
    assert report.label == "personalized", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Bonjour Inès, vous écriviez que vos stagiaires partent avant la fin de l'été : on a vu la même "
        "chose à Nantes. Qu'avez-vous changé ?",
        "Hola Inés, escribiste que tus voluntarios se van antes del verano; a nosotros nos pasa igual "
        "en Valencia.",
        "Ciao Inès, dicevi che i tuoi tirocinanti se ne vanno prima dell'estate: da noi è lo stesso "
        "a Torino.",
        "Hallo Inès, du hast geschrieben, dass eure Praktikanten vor dem Sommer gehen; bei uns in "
        "Leipzig auch.",
    ],
)
def test_what_they_wrote_or_said_recalled_is_their_work(analyzer, text):
    report = analyzer.analyze(text)
    assert "SPC101" in report.all_codes(), report.all_codes()
    assert report.label == "personalized", report.reason


def test_what_others_wrote_in_german_is_no_work_of_theirs(analyzer):
    # "sie haben geschrieben" is "they wrote" as often as the formal "you wrote".
    report = analyzer.analyze("Meine Kollegen sagen, sie haben geschrieben, aber nichts kam an.")
    assert "SPC101" not in report.all_codes(), report.all_codes()


@pytest.mark.parametrize(
    "text",
    [
        "Buongiorno Nell, ho letto la sua intervista sul Corriere sui porti turistici della Liguria.",
        "Hola Nell, leí tu entrevista en La Voz de Galicia sobre las lonjas de Vigo.",
        "Hi Nell, I took your tidal streams module at the sailing school in 2019 and still use it.",
    ],
)
def test_an_interview_they_gave_or_a_module_they_taught_is_their_work(analyzer, text):
    report = analyzer.analyze(text)
    assert "SPC101" in report.all_codes(), report.all_codes()
    assert report.label == "personalized", report.reason


@pytest.mark.parametrize(
    ("text", "work"),
    [
        ("Olá Rita, o teu espetáculo de fantoches em Braga fez a minha filha rir a tarde toda.", True),
        ("Hi Rita, your show about puppets at the Buxton Fringe made my daughter laugh all afternoon.", True),
        # The verb is no show of theirs.
        ("Hi Rita, your posts always show up in my feed. Thought I'd connect.", False),
    ],
)
def test_a_show_of_theirs_is_their_work(analyzer, text, work):
    assert ("SPC101" in analyzer.analyze(text).all_codes()) is work


@pytest.mark.parametrize(
    "text",
    [
        "Hi Callum, thanks for the talk on cold-water swimming safety at the Leith meetup.",
        "Hallo Frau Brandt, danke für den spannenden Vortrag über Fachkräftemangel am Industrieforum.",
        "Bonjour Inès, merci pour la conférence sur le compostage collectif à Lyon.",
        "Hola Pablo, gracias por la charla sobre riego por goteo en la feria de Lleida.",
        "Hej Erik, tack för föreläsningen om sömn och stress på personaldagen.",
    ],
)
def test_a_talk_thanked_for_is_their_work(rules_only, text):
    report = rules_only.analyze(text)
    assert "SPC101" in report.all_codes(), report.all_codes()
    assert report.label == "personalized", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Thanks for joining the webinar yesterday!",
        "Bonjour Claire, merci d'avoir accueilli notre atelier dans votre boutique.",
        "Thanks for the talk!",
    ],
)
def test_a_talk_of_the_senders_or_one_thanked_with_nothing_said_is_not_their_work(rules_only, text):
    assert "SPC101" not in rules_only.analyze(text).all_codes()
