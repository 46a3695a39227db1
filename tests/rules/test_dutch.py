"""Dutch notes: what a seller offers, what the recipient did or made, and the same words from a
customer, a job seeker or a volunteer; and French "je", which is "I". Every note here was written
for these tests."""

import pytest


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Hoi Joris, wij helpen tandartspraktijken aan meer patiënten via Google. Even bellen?", "PIT003"),
        ("Beste Nina, wij zijn een adviesbureau voor subsidies in de zorg. Interesse?", "PIT003"),
        ("Hallo Koen, nog 2 plekken vrij voor de training timemanagement, met 20% korting!", "PIT004"),
        ("Beste heer Visser, als financieel adviseur kijk ik graag gratis naar uw pensioen.", "PIT005"),
        ("Hoi Eline, zin in een extra inkomen naast je studie? Vanuit huis werken kan!", "PIT006"),
        ("Dag Frank, ons platform plant bezorgroutes voor webshops. Mag ik u een demo laten zien?", "PIT016"),
        ("Goedemorgen, wie is bij jullie verantwoordelijk voor de inkoop van werkkleding?", "PIT015"),
        ("Hoi Ilse, wij leveren verse lunch aan kantoren in Den Haag. Zal ik het menu sturen?", "PIT003"),
        # A recruiter's vacancy that "would suit you", held out to anyone.
        (
            "Goedemiddag, als recruiter heb ik een mooie vacature die bij jou past. Zullen we bellen?",
            "PIT007",
        ),
    ],
)
def test_a_pitch_in_dutch_is_sales(analyzer, text, code):
    report = analyzer.analyze(text)
    assert code in report.all_codes()
    assert report.label == "sales", report.reason


@pytest.mark.parametrize(
    "text",
    [
        # Their work after "je", once a verb of reading, hearing or thanking says it is "your".
        "Hoi Bas, ik heb je podcast over duurzaam bouwen beluisterd - de aflevering over vlas was top!",
        "Dag Inge, bedankt voor je heldere antwoord op mijn vraag over pandas in de Python-Slack.",
        "Beste Wim, ik las uw artikel over dijkversterking in Cobouw. Ik werk zelf bij het waterschap.",
        # A meeting, a past done together, a referrer named before what they said.
        "Hoi Mark, leuk je gisteren te ontmoeten op de meetup in Utrecht! Ik stuur je het linkje.",
        "Hoi Kim, we zaten samen in de roeiploeg van Laga in 2016. Hoe is het in Zürich?",
        "Hallo Iris, Peter Smit gaf me je naam: jij hebt de nieuwe planning in het ziekenhuis opgezet.",
    ],
)
def test_their_work_or_a_shared_past_in_dutch_is_personal(analyzer, text):
    report = analyzer.analyze(text)
    assert report.label == "personalized", report.reason


@pytest.mark.parametrize(
    "text",
    [
        # A customer's thanks for a quote, and a job seeker's questions.
        "Hallo Joris, bedankt voor de offerte voor onze keuken - de montage ging perfect, echt vakwerk!",
        "Dag Esther, ik zoek werk als verpleegkundige in Leiden. Mag ik u een paar vragen stellen?",
        # "Our report" read by them is the sender's, not their work.
        "Hoi Sanne, heb je ons rapport over energiekosten al gezien? Zullen we even bellen?",
    ],
)
def test_the_same_words_from_a_customer_a_job_seeker_or_about_our_report(analyzer, text):
    report = analyzer.analyze(text)
    assert "PIT004" not in report.all_codes() and "PIT013" not in report.all_codes()
    assert not [s for s in report.signals if s["code"] == "SPC101"]


@pytest.mark.parametrize(
    "text",
    [
        "Hoi Tom, ik zou je graag toevoegen aan mijn netwerk. Groetjes!",
        "Hallo, we hebben veel gemeenschappelijke connecties, dus laten we connecten.",
        # French "je" is "I": "je recherche un stage" names no research of theirs.
        "Bonjour, je suis étudiant et je recherche un stage. Merci d'accepter mon invitation.",
    ],
)
def test_generic_dutch_and_french_je_stay_default(analyzer, text):
    assert analyzer.analyze(text).label == "default"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # "I help X do Y", a fixed rate, earning on the side.
        ("Hoi Joost, ik help makelaars om meer woningen te verkopen met video. Even bellen?", "PIT003"),
        ("Goedemiddag, wij regelen uw loonadministratie tegen een vast tarief.", "PIT004"),
        ("Hoi Sanne, zin om naast je baan bij te verdienen? Ik zoek mensen voor mijn team.", "PIT006"),
    ],
)
def test_more_dutch_pitches_are_sales(analyzer, text, code):
    report = analyzer.analyze(text)
    assert code in report.all_codes()
    assert report.label == "sales", report.reason


def test_you_were_my_doctor_in_dutch_is_personal(analyzer):
    report = analyzer.analyze(
        "Beste Ellen, u was mijn verloskundige in Deventer. Nu ben ik zelf verpleegkundige!"
    )
    assert report.label == "personalized", report.reason


def test_helping_a_friend_in_dutch_is_no_pitch(analyzer):
    report = analyzer.analyze("Hoi Tim, ik help je graag met je verhuizing naar Arnhem zaterdag!")
    assert "PIT003" not in report.all_codes(), report.reason


@pytest.mark.parametrize(
    "text",
    [
        # A student looking for a side job earns on the side too: that is no income offered.
        "Hoi Sanne, ik zoek een bijbaan om bij te verdienen naast mijn studie. Weet jij iets in de horeca?",
        "Hoi Sanne, ik wil graag bijverdienen naast mijn studie - heeft jullie café plek voor een barista?",
    ],
)
def test_a_student_earning_on_the_side_offers_nothing(analyzer, text):
    report = analyzer.analyze(text)
    assert "PIT006" not in report.all_codes(), report.reason
    assert report.label == "default", report.reason


def test_singing_in_their_choir_is_a_shared_past(analyzer):
    report = analyzer.analyze(
        "Beste Fenna, ik zong mee in jouw projectkoor voor de Johannes-Passion in Leiden."
    )
    assert "SPC102" in report.all_codes()


@pytest.mark.parametrize(
    "text",
    [
        "Hoi Femke, bij Bakkerij Vos in Zwolle zijn we op zoek naar een ervaren ploegleider. Gezien je "
        "ervaring zou deze rol perfect bij je passen. Zin in een gesprek?",
        "Hoi Femke, ik ben Joost van Flexwerk. Deze functie past volgens mij echt goed bij je: planner "
        "binnendienst. Lijkt het je wat?",
    ],
)
def test_a_role_fitted_to_them_in_dutch_is_recruiting(analyzer, text):
    report = analyzer.analyze(text)
    assert "PIT007" in report.all_codes(), report.all_codes()
    assert report.label == "sales", report.reason


def test_a_dutch_job_seekers_own_search_is_no_recruiting(analyzer):
    report = analyzer.analyze("Hoi Femke, ik ben op zoek naar een nieuwe baan als planner. Tips zijn welkom!")
    assert "PIT007" not in report.all_codes(), report.all_codes()


@pytest.mark.parametrize(
    "text",
    [
        "Hoi Femke, op de open dag in Assen heb je ons een uur lang de melkrobot uitgelegd. Dank je!",
        "Hoi Femke, vorig jaar in Zwolle heb je me na de lezing je aantekeningen over de dijken gegeven.",
    ],
)
def test_a_deed_of_theirs_after_a_place_or_time_put_first_is_a_shared_past(analyzer, text):
    """ "Heb je" after a fronted place or time, with the sender as its object, as "you showed us"."""
    report = analyzer.analyze(text)
    assert "SPC102" in report.all_codes(), report.signals
    assert report.label == "personalized", report.reason


def test_the_same_words_asked_are_no_shared_past(analyzer):
    report = analyzer.analyze("Hoi Femke, heb je me gisteren nog gebeld over de melkrobot?")
    assert "SPC102" not in report.all_codes(), report.signals


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # The sender's offering after "ons" or "onze".
        ("Hoi Eva, ons nieuwe platform voor kappers is live. Zal ik je een demo sturen?", "PIT016"),
        ("Hoi Eva, onze HR-specialisten staan klaar om jullie verzuim te halveren.", "PIT016"),
        # A call with its length in words.
        ("Hoi Eva, wij doen SEO voor kappers. Zullen we een keer vijftien minuten bellen?", "PIT001"),
        # A basket left, held out again.
        ("Hoi Eva, je bestelling is nog niet afgerond: je plek in de cursus staat nog klaar.", "PIT004"),
        # Taken to the next level.
        ("Hoi Eva, met onze software tillen wij jouw webshop naar een hoger niveau.", "PIT010"),
    ],
)
def test_dutch_forms_of_an_offer(analyzer, text, code):
    report = analyzer.analyze(text)
    assert code in report.all_codes(), report.all_codes()
    assert report.label == "sales", report.reason


def test_our_team_of_volunteers_is_no_offering(analyzer):
    report = analyzer.analyze(
        "Hoi Eva, ons team van vrijwilligers zoekt nog een kok voor zaterdag. Heb je zin?"
    )
    assert "PIT016" not in report.all_codes(), report.all_codes()


def test_their_code_is_their_work_in_dutch(analyzer):
    report = analyzer.analyze(
        "Hoi Gerard, ik heb even in je code gekeken: mooi opgezet en lekker veel commentaar!"
    )
    assert "SPC101" in {s["code"] for s in report.signals}, report.signals


def test_meeting_on_the_platform_itself_is_no_shared_context(analyzer):
    report = analyzer.analyze("Hoi Sanne, leuk je te ontmoeten op dit platform.")
    assert "SPC102" not in report.all_codes(), report.all_codes()
    assert report.label == "default", report.reason
