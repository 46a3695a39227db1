"""Network marketing's openers: a teaser that will not say what it holds out, a discount written as
one German word, a checklist made to be sent; and the personal notes that use the same words.
Every note here was written for these tests."""

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "Hi Bea! Your sister Ana says you've been into running lately. I've got something exciting for "
        "you - free for a quick chat?",
        "Hi Bea, I have to show you something that changed my life. No spam, promise - got ten minutes?",
        "Hi Bea, loved your career story on the alumni page. I have an idea that could fit your skills "
        "really well. Coffee this week?",
        "Hallo Bea! Deine Schwester hat erzählt, dass du gerne läufst. Ich hab da was Spannendes - kurz "
        "telefonieren?",
        "Hallo Bea, ich muss dir etwas zeigen, das mein Leben verändert hat. Hast du kurz Zeit?",
        "Hallo Bea, ich habe eine spannende Möglichkeit, die zu deinem Profil passt. Zehn Minuten diese "
        "Woche?",
        "Hola Bea, tengo algo interesante para ti. ¿Hablamos diez minutos?",
    ],
)
def test_a_teaser_that_will_not_say_what_it_holds_out_is_a_pitch(analyzer, text):
    report = analyzer.analyze(text)
    assert "PIT019" in report.all_codes(), report.all_codes()
    assert report.label == "sales", report.reason


def test_their_work_that_changed_the_senders_life_is_no_teaser(analyzer):
    report = analyzer.analyze(
        "Hi Bea, your talk on grief at the Leeds hospice conference changed my life. I went back to "
        "volunteering the week after. Thank you."
    )
    assert "PIT019" not in report.all_codes(), report.all_codes()
    assert report.label == "personalized", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Hallo Bea, kurze Info: der Sommerrabatt auf unsere Vitaminboxen gilt nur noch bis Freitag.",
        "Hallo Bea, mit dem Treuerabatt bekommst du jede dritte Box umsonst. Soll ich dir mehr erzählen?",
    ],
)
def test_a_german_discount_written_as_one_word_is_an_offer(analyzer, text):
    report = analyzer.analyze(text)
    assert "PIT004" in report.all_codes(), report.all_codes()
    assert report.label == "sales", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Hallo Bea, ich hab eine Checkliste für gesunde Snacks im Büro erstellt. Soll ich sie dir schicken?",
        "Hola Bea, hice una guía de desayunos rápidos para gente que entrena. ¿Te la paso?",
    ],
)
def test_a_resource_made_to_be_sent_is_an_offer_in_german_and_spanish(analyzer, text):
    report = analyzer.analyze(text)
    assert "PIT004" in report.all_codes(), report.all_codes()
    assert report.label == "sales", report.reason


def test_a_question_about_their_checklist_is_no_offer(analyzer):
    report = analyzer.analyze(
        "Hallo Bea, ich habe eine Frage zu deiner Checkliste vom Lauftreff am Sonntag: gilt Punkt 4 auch "
        "für Anfänger?"
    )
    assert "PIT004" not in report.all_codes(), report.all_codes()
    assert report.label == "personalized", report.reason


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (
            "Hi Bea, I work with a skincare company and I'm looking for people with your background. Up "
            "for a chat?",
            "PIT007",
        ),
        (
            "Ciao Bea, collaboro con un'azienda di integratori e cerco persone con la tua esperienza. Ti va "
            "una chiacchierata?",
            "PIT007",
        ),
        (
            "Ciao Bea, sto aiutando alcuni negozi di Torino a vendere di più online. Ti farebbe piacere "
            "saperne di più?",
            "PIT003",
        ),
        ("Hi Bea! I have something that might interest you, can I send you the details?", "PIT019"),
    ],
)
def test_people_sought_clients_helped_and_a_teaser_are_a_pitch(analyzer, text, code):
    report = analyzer.analyze(text)
    assert code in report.all_codes(), report.all_codes()
    assert report.label == "sales", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Hi Bea, I found your grandfather's letters in the county archive - I have something that might "
        "interest you: his photo from the 1951 harvest.",
        "Ciao Bea, sto aiutando mia madre a traslocare a Parma: conosci una ditta seria?",
    ],
)
def test_a_find_named_or_family_helped_is_no_pitch(analyzer, text):
    report = analyzer.analyze(text)
    assert not {"PIT019", "PIT003"} & set(report.all_codes()), report.all_codes()


@pytest.mark.parametrize(
    "text",
    [
        "Hi Bea, I have something that might really interest you. Could I show you in ten minutes?",
        "Cześć Beata, mam coś, co może cię zainteresować. Mogę pokazać w piątek?",
        "Hallo Bea, ich hab da was Interessantes für dich - hast du Freitag kurz Zeit?",
    ],
)
def test_a_teaser_whose_ask_opens_the_next_sentence_is_a_pitch(analyzer, text):
    report = analyzer.analyze(text)
    assert "PIT019" in report.all_codes(), report.all_codes()
    assert report.label == "sales", report.reason


def test_a_thing_named_after_the_teaser_is_not_read_past_its_sentence(analyzer):
    report = analyzer.analyze(
        "Hi Bea, I have something that might interest you: the kiln my grandad built in 1960. Could I show "
        "you photos of it?"
    )
    assert "PIT019" not in report.all_codes(), report.all_codes()


@pytest.mark.parametrize(
    "text",
    [
        "Hey Bea, I earned £900 last month in my spare time. Ask me how!",
        "Bea, my friend made $4k in two weeks from home - ask me how",
    ],
)
def test_money_made_held_out_as_the_way_in_is_a_scheme(analyzer, text):
    report = analyzer.analyze(text)
    assert "PIT006" in report.all_codes(), report.all_codes()
    assert report.label == "sales", report.reason


def test_money_a_fundraiser_made_from_home_baking_is_no_scheme(analyzer):
    report = analyzer.analyze("Hi Bea, we made £420 at the school fair from home-made jam. Thanks, all!")
    assert "PIT006" not in report.all_codes(), report.all_codes()


def test_a_threat_to_their_account_with_a_link_is_phishing_but_the_senders_own_old_account_is_news(analyzer):
    report = analyzer.analyze("Hi Bea, your account has been restricted. Verify your identity at the link.")
    assert "PIT006" in report.all_codes(), report.all_codes()
    assert report.label == "sales", report.reason
    report = analyzer.analyze("Hi Bea, my old account has been suspended, so I'm re-adding everyone.")
    assert "PIT006" not in report.all_codes(), report.all_codes()


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (
            "Hi Mo, I'm starting an exciting project and thought of you straight away. Got five minutes?",
            "PIT019",
        ),
        (
            "Hey Mo, ich starte gerade ein neues Projekt und hab dabei sofort an dich gedacht. Hast du "
            "kurz Zeit?",
            "PIT019",
        ),
        (
            "Ich suche zwei motivierte Leute, die mit mir ein Team aufbauen wollen. Keine Erfahrung nötig, "
            "ich zeig dir alles.",
            "PIT006",
        ),
        ("Buscamos gente con ganas de crecer, sin experiencia previa. ¿Te cuento cómo funciona?", "PIT006"),
    ],
)
def test_a_project_not_named_and_a_team_without_experience_are_sales(rules_only, text, code):
    report = rules_only.analyze(text)
    assert code in report.all_codes(), report.all_codes()
    assert report.label == "sales", (report.reason, report.all_codes())


def test_a_project_named_before_the_sender_thought_of_them_stays_personal(rules_only):
    report = rules_only.analyze(
        "Hi Mo, I'm starting an exciting project on swift nesting towers in Leeds, and thought of your "
        "survey of the Headingley colony - could I ask you two questions about it?"
    )
    assert "PIT019" not in report.all_codes(), report.all_codes()
    assert report.label == "personalized", report.reason
