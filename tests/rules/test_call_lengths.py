"""A length of time asks for a slot in the recipient's calendar, unless it is the length of a talk, of
a guest's recording or a distance. Every note here was written for these tests."""

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "Hi Tom, I'm organising a free community workshop on CV writing at Brixton Library next month. "
        "Your thread on ATS myths was great - would you speak for 15 minutes?",
        "Hi Lea, your 20-minute talk at PyCon Italia on typing legacy code was the best of the day. "
        "I'm trying your stub-first approach on our billing service.",
        "Hi Omar, I run the repair café 10 minutes from the venue where you gave your soldering class. "
        "Would you mind if I borrowed your parts checklist?",
        "Hi Ruth, your write-up on rewilding the Cheshire canal towpaths was wonderful. I run a volunteer "
        "nature podcast and would love you as a guest: a 40 min remote recording, no prep needed.",
        # A talk given from afar, asked for by someone who teaches.
        "Hi Ruth, I'm teaching a module on river restoration at Bangor this term and your Dee estuary "
        "survey is on the reading list. Any chance you'd be willing to do a 30-min remote talk?",
    ],
)
def test_the_length_of_a_talk_or_a_distance_is_not_a_call(analyzer, text):
    report = analyzer.analyze(text)
    assert "PIT001" not in report.all_codes()
    assert report.label == "personalized", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Open to a quick 15-minute call this week?",
        "Do you have 10 minutes on Thursday to see how we cut freight costs?",
        "Could I grab 20 mins with you next week?",
        "Would you take 20 minutes with me next week?",
    ],
)
def test_a_slot_of_time_is_still_a_call(analyzer, text):
    assert "PIT001" in analyzer.analyze(text).all_codes()


@pytest.mark.parametrize(
    "text",
    [
        "Hi Amal, I'm the new analyst on the pricing squad. Connecting before our intro call on Monday.",
        "Hi Amal, we met on the site visit to the Felixstowe berth last month - thanks for the tour.",
    ],
)
def test_a_call_or_a_visit_already_had_or_booked_is_not_asked_for(analyzer, text):
    assert "PIT001" not in analyzer.analyze(text).all_codes()


@pytest.mark.parametrize(
    "text",
    [
        "Hi Amal, I'm studying hospital logistics at Keele and asking nurses about ward stock. My "
        "questionnaire only takes 8 minutes, if you can spare the time.",
        "Hi Amal, we're clearing the canal on Saturday. The sign-up takes 5 minutes: link on our page.",
        "Hello Amal, I'm a PhD student at Leeds researching how nurses use rostering apps. Would you be "
        "willing to fill in a 10-minute questionnaire?",
    ],
)
def test_how_long_something_of_the_senders_takes_is_not_a_call(analyzer, text):
    assert "PIT001" not in analyzer.analyze(text).all_codes()


def test_how_long_the_call_itself_takes_is_still_a_call(analyzer):
    text = "Hi Amal, I'd love to walk you through our rota tool. It only takes 15 minutes next week."
    assert "PIT001" in analyzer.analyze(text).all_codes()


def test_teaching_oneself_is_no_reason(analyzer):
    report = analyzer.analyze(
        "Hi Ana, I'm teaching myself Python at night and would love to connect with people at Google."
    )
    assert "SPC105" not in {s["code"] for s in report.signals}
    assert report.label == "default", report.reason


def test_time_they_gave_the_sender_is_no_call_asked(analyzer):
    report = analyzer.analyze(
        "Thanks for accepting, Ade. You talked my dad through his new insulin pen for twenty minutes at the "
        "pharmacy on a busy Saturday."
    )
    assert "PIT001" not in report.all_codes()
    assert report.label == "personalized", report.reason


def test_a_mini_demo_after_something_they_did_is_still_asked(analyzer):
    report = analyzer.analyze("Hi Ana, you spoke at PyCon - can I show you a mini demo of our tool?")
    assert "PIT001" in report.all_codes()


@pytest.mark.parametrize(
    "text",
    [
        "Ciao Irene, gestiamo la contabilità di piccoli studi dentistici. Ti andrebbe una call di 20 minuti?",
        "Hola Irene, llevamos la contabilidad de clínicas dentales. ¿Tienes 20 minutos esta semana?",
    ],
)
def test_a_call_of_twenty_minutes_in_italian_and_spanish_is_asked_for(analyzer, text):
    report = analyzer.analyze(text)
    assert "PIT001" in report.all_codes(), report.all_codes()


@pytest.mark.parametrize(
    "text",
    [
        "Hi Omar, you walked me through the tax form for 30 minutes at the library - thank you!",
        "Ciao Omar, mi hai spiegato il modulo delle tasse per 30 minuti in biblioteca, grazie!",
        "Hola Omar, me explicaste el formulario durante 30 minutos en la biblioteca, ¡gracias!",
        "Bonjour Omar, tu m'as expliqué le formulaire pendant 30 minutes à la bibliothèque, merci !",
        "Hallo Omar, du hast mir 30 Minuten lang das Formular in der Bibliothek erklärt, danke!",
        "Olá Omar, você me explicou o formulário durante 30 minutos na biblioteca, obrigado!",
    ],
)
def test_time_they_gave_the_sender_is_no_call_asked_in_any_language(analyzer, text):
    assert "PIT001" not in analyzer.analyze(text).all_codes()


@pytest.mark.parametrize(
    "text",
    [
        "Hast du 30 Minuten Zeit für ein kurzes Gespräch?",
        "Hai 30 minuti per una call la prossima settimana?",
        # Something they did earlier in the sentence, and then a demo asked for.
        "Hi Omar, we built the fix for the backlog you described - can I show you a 10-minute demo?",
    ],
)
def test_time_asked_for_is_still_a_call(analyzer, text):
    assert "PIT001" in analyzer.analyze(text).all_codes()


@pytest.mark.parametrize(
    "text",
    [
        "Hi Ola, your bus-lane petition cut my commute to 20 minutes - thank you for pushing it through.",
        "Hi Ola, your caching tip brought our test suite down to 15 minutes. Thanks for writing it up.",
        "Hi Ola, we got the ward handover down from an hour to 20 minutes using your checklist.",
        "Hi Ola, your rota script saves me 30 minutes every morning at the depot.",
    ],
)
def test_a_length_something_was_cut_to_or_saved_is_no_call(analyzer, text):
    report = analyzer.analyze(text)
    assert "PIT001" not in report.all_codes(), report.all_codes()
    assert report.label != "sales", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Hi Ola, I'll keep it to 15 minutes, promise. Does Thursday work?",
        "Could we talk for 10 to 15 minutes this week about your depot rota?",
    ],
)
def test_a_call_kept_short_is_still_a_call(analyzer, text):
    assert "PIT001" in analyzer.analyze(text).all_codes()


def test_a_call_with_its_day_is_asked_for_and_one_had_is_not(analyzer):
    asked = analyzer.analyze("Hi Sam, we run payroll for charities. Would a call on Thursday work?")
    assert "PIT001" in asked.all_codes(), asked.all_codes()
    had = analyzer.analyze("Hi Sam, we had a call on Thursday about the Leeds grant - thanks for your time.")
    assert "PIT001" not in had.all_codes(), had.all_codes()


@pytest.mark.parametrize(
    "text",
    [
        "Hi Mika, the lighthouse puzzle stumped me for twenty minutes and I loved every one of them.",
        "Hi Mika, we talked for 20 minutes at the Nordic Game party about your water shader.",
        "Hi Mika, I queued for 40 minutes to play your demo at EGX and it was worth it.",
        "Hi Mika, I spent 30 minutes on your first level before I saw the mirror trick.",
        "Hi Eleanor, my grandmother stood in front of the Viking loom at your museum for ten minutes.",
    ],
)
def test_a_length_already_spent_is_no_call(analyzer, text):
    assert "PIT001" not in analyzer.analyze(text).all_codes()


@pytest.mark.parametrize(
    "text",
    [
        "Hi Mika, could we talk for 20 minutes next week about your porting plans?",
        "Got 15 minutes this week?",
        "Hi Mika, I'm excited to chat for 15 minutes next week about your roadmap.",
        "Hi Mika, I noticed your post and wondered if you'd chat for 15 minutes next week?",
    ],
)
def test_a_length_asked_for_is_still_a_call(analyzer, text):
    assert "PIT001" in analyzer.analyze(text).all_codes()


def test_a_length_the_sender_lived_through_is_no_call(analyzer):
    report = analyzer.analyze(
        "Hi Ines, you found our son at the lido when he wandered off and stayed with him by the kiosk. "
        "Longest ten minutes of my life - thank you."
    )
    assert "PIT001" not in report.all_codes(), report.all_codes()
    report = analyzer.analyze("Hi Ines, give me the best 30 minutes of your week: a call on Thursday?")
    assert "PIT001" in report.all_codes(), report.all_codes()


def test_a_length_watched_is_no_call(analyzer):
    report = analyzer.analyze(
        "Hi Ines, your puppet show at the Buxton Fringe had the funniest twenty minutes I've seen all year."
    )
    assert "PIT001" not in report.all_codes(), report.all_codes()
