"""A comment of theirs counts with where it was left or what it said, as a post counts with what it
is about; a sales sequence's fields for the sender's clients or a result to promise; and a search for
someone with exactly the experience just named. Every note here was written for these tests."""

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "Hi Tom, I saw your comment on this post - really made me think. Happy to connect!",
        "Bonjour Tom, j'ai lu votre commentaire sur ce post, très juste. Au plaisir d'échanger !",
        "Hola Tom, vi tu comentario en este post y me pareció muy interesante. ¡Conectemos!",
        "Hi Tom, thanks for your comment!",
    ],
)
def test_a_comment_left_anywhere_fits_anyone(rules_only, text):
    report = rules_only.analyze(text)
    assert "SPC101" not in report.all_codes(), report.signals
    assert report.label == "default", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Hi Tom, your comment under Priya's post about night-bus safety in Leeds was spot on - we added "
        "a stop at the hospital after reading it.",
        "Olá Tom, vi o teu comentário no post da Joana sobre hortas escolares em Braga. Estou a começar "
        "uma na escola do meu filho.",
        "Dzień dobry, czytałam Pana komentarz pod postem o kompostowaniu w blokach - wdrożyliśmy to u nas "
        "na osiedlu.",
        "Hi Tom, your comment about rotating the pager between teams changed how we run on-call.",
    ],
)
def test_a_comment_said_where_or_about_what_is_theirs(rules_only, text):
    report = rules_only.analyze(text)
    assert "SPC101" in report.all_codes(), report.signals
    assert report.label == "personalized", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Bonjour {{firstName}}, je travaille sur des sujets proches chez [vos clients]. Je me permets de "
        "vous ajouter.",
        "Hi {{firstName}}, I help teams like yours get [key result] in a month. Open to a chat?",
        "Hola {{firstName}}, te cuento cómo [cliente similar] redujo sus costes. ¿Hablamos?",
        "Hi {first_name}, we work with [your clients] on onboarding. Worth connecting?",
    ],
)
def test_a_field_for_the_senders_clients_or_a_promised_result_is_a_sales_field(rules_only, text):
    report = rules_only.analyze(text)
    assert "PIT023" in report.all_codes(), report.signals
    assert report.label == "sales", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Hi [Name], great meeting you at [Event]! Your point about [topic] stuck with me.",
        "Bonjour [Prénom], merci pour votre atelier sur [sujet] à [ville] !",
    ],
)
def test_a_recipients_or_events_field_is_no_sales_field(rules_only, text):
    assert "PIT023" not in rules_only.analyze(text).all_codes()


@pytest.mark.parametrize(
    "text",
    [
        "Great move from support into product ops, Dana. We're looking for someone with exactly that "
        "mix. Curious?",
        "Mooie overstap van de zorg naar data, Dana. We zoeken iemand met precies die combinatie. Zin in "
        "een gesprek?",
        "Toller Wechsel vom Vertrieb ins Produktmanagement, Dana. Wir suchen jemanden mit genau diesem "
        "Werdegang. Interesse?",
    ],
)
def test_someone_sought_with_exactly_their_experience_is_recruiting(rules_only, text):
    report = rules_only.analyze(text)
    assert "PIT007" in report.all_codes(), report.signals
    assert report.label == "sales", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Hola Tom, vi tu comentario en una publicación y quise conectar. ¡Un saludo!",
        "Hoi Tom, jouw reactie onder een bericht viel me op. Leuk om te connecten!",
        "Hej Tom, jag såg din kommentar i flödet och skickar en förfrågan.",
        "Cześć Tom, widziałam Twój komentarz pod jakimś postem i postanowiłam się odezwać.",
    ],
)
def test_a_comment_left_under_any_post_fits_anyone(rules_only, text):
    report = rules_only.analyze(text)
    assert "SPC101" not in report.all_codes(), report.signals
    assert report.label == "default", report.reason


def test_a_dutch_comment_on_a_named_post_is_theirs(rules_only):
    report = rules_only.analyze(
        "Hoi Tom, jouw reactie op de post van Anouk over deelauto's in Zwolle heeft ons overgehaald er "
        "een te delen met de buren."
    )
    assert "SPC101" in report.all_codes(), report.signals
    assert report.label == "personalized", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Hallo Tom, kurze Frage: Wärst du offen für ein zweites Standbein neben deinem Job?",
        "Hi Tom! Bist du offen für neue Einkommensquellen, ganz flexibel von zu Hause?",
        "Hey Tom, quick one - are you open to new income streams alongside your nine-to-five?",
    ],
)
def test_a_second_income_offered_is_the_scheme_pitch(rules_only, text):
    report = rules_only.analyze(text)
    assert "PIT006" in report.all_codes(), report.signals
    assert report.label == "sales", report.reason


def test_a_financial_planners_talk_of_income_is_no_scheme(rules_only):
    report = rules_only.analyze(
        "Hi Tom, your talk at the Leeds pensions forum on drawing income in retirement was so clear - "
        "my dad finally understood his annuity. Thank you!"
    )
    assert "PIT006" not in report.all_codes(), report.signals


def test_an_honest_answer_awaited_is_no_work_of_theirs(rules_only):
    report = rules_only.analyze(
        "Hallo Tom, ich hab dein Profil gesehen. Bin gespannt auf deine ehrliche Antwort!"
    )
    assert "SPC101" not in report.all_codes(), report.signals


@pytest.mark.parametrize(
    "text",
    [
        "Hey Tom, I found your profile on TalentHub. I'm looking for someone for the role of Head of Data "
        "- your skills match looks great. Shall we talk?",
        "Hallo Tom, ich suche gerade jemanden für die Rolle Teamleitung Buchhaltung und dein Profil passt "
        "gut. Lust auf ein Gespräch?",
    ],
)
def test_one_role_searched_for_from_a_profile_match_is_recruiting(rules_only, text):
    report = rules_only.analyze(text)
    assert "PIT007" in report.all_codes(), report.signals
    assert report.label == "sales", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Bonjour Tom, un complément de revenu depuis chez vous, ça vous intéresserait ?",
        "Ciao Tom, ti interessa una seconda entrata lavorando da casa un paio d'ore al giorno?",
        "Hallo Tom, wärst du offen für ein zusätzliches Standbein neben dem Studium?",
    ],
)
def test_a_second_income_in_more_languages_is_the_scheme_pitch(rules_only, text):
    report = rules_only.analyze(text)
    assert "PIT006" in report.all_codes(), report.signals
    assert report.label == "sales", report.reason


def test_a_second_pillar_explained_to_the_sender_is_no_scheme(rules_only):
    report = rules_only.analyze(
        "Hallo Tom, du hast mir beim Gründerabend in Kassel erklärt, wie man ein zweites Standbein als "
        "Übersetzerin aufbaut - ich habe jetzt drei Verlage als Kunden. Danke!"
    )
    assert "PIT006" not in report.all_codes(), report.signals
    assert report.label == "personalized", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Hej Tom, jag letar efter någon till rollen som ekonomichef i Växjö - din profil matchar. Hörs vi?",
        "Hej Tom, vi søger en til rollen som lagerleder i Odense, og din profil passer. Må jeg ringe?",
    ],
)
def test_one_role_searched_for_in_the_nordic_languages_is_recruiting(rules_only, text):
    report = rules_only.analyze(text)
    assert "PIT007" in report.all_codes(), report.signals


def test_a_solution_held_out_with_a_word_between_is_a_pitch(rules_only):
    report = rules_only.analyze(
        "Hallo Tom, wie viel Zeit verliert dein Team mit Papierlisten? Wir haben da eine Lösung."
    )
    assert "PIT003" in report.all_codes(), report.signals
    assert report.label == "sales", report.reason


def test_a_side_business_introduced_is_no_firm_offered(rules_only):
    report = rules_only.analyze(
        "Hi Tom, I run a side business making soap and love meeting other makers. Let's connect!"
    )
    assert "PIT003" not in report.all_codes(), report.signals
    assert report.label == "default", report.reason
