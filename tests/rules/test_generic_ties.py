"""Ties that fit anyone: a trade both have ("we're both data analysts") or a region named with
"the" ("we're both from the Netherlands"), against the same words with one place both are in.
Every note here was written for these tests."""

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "Hi Rui, we're both data analysts - always keen to connect with peers.",
        "Hi Dot, we are both clinical pharmacists. Happy to connect!",
        "Hello Bea, we are both from the Netherlands. Happy to connect!",
        "Hi Sol, we're both from the Midwest, would be great to connect.",
    ],
)
def test_a_trade_or_a_region_both_have_is_no_shared_context(analyzer, text):
    report = analyzer.analyze(text)
    assert "SPC102" not in report.all_codes(), report.all_codes()
    assert report.label == "default", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Hi Ben, we're both pharmacists at the Boots on Deansgate, I'm on the weekend shift!",
        "Hi Tom, we both work in the North West Ambulance Service - I was on the Bolton station.",
    ],
)
def test_the_same_words_with_one_place_both_are_in_are_personal(analyzer, text):
    report = analyzer.analyze(text)
    assert report.label == "personalized", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Hi Ines, I see you're also a Trinity College Dublin alum! Always nice to connect with alumni.",
        "Hi Kofi, fellow KNUST alumnus here - let's connect.",
        "Hi Maud, we both studied at Sciences Po. Would be nice to connect!",
        "Hello Arun, we both graduated from IIT Madras. Happy to connect.",
    ],
)
def test_a_school_both_went_to_with_no_year_is_no_shared_context(analyzer, text):
    report = analyzer.analyze(text)
    assert "SPC102" not in report.all_codes(), report.all_codes()
    assert report.label == "default", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Hi Maud, we both studied at Sciences Po in 2011 - you sat behind me in the public law lectures!",
        "Hi Kofi, fellow KNUST alumnus (civil engineering, class of 2009) - I think we shared a hall.",
    ],
)
def test_a_school_with_the_year_both_were_there_is_a_cohort(analyzer, text):
    report = analyzer.analyze(text)
    assert "SPC102" in report.all_codes(), report.all_codes()
    assert report.label == "personalized", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Hi Elin, I see we're both connected with Marta Nowak. Would be good to connect.",
        "Hi Jon, I noticed you're connected to Priya Raman. Let's connect!",
        "Hi Jon, I saw we both know Priya Raman. Always nice to connect with people in common!",
    ],
)
def test_a_mutual_connection_the_platform_shows_is_no_shared_context(analyzer, text):
    report = analyzer.analyze(text)
    assert "SPC102" not in report.all_codes(), report.all_codes()
    assert report.label == "default", report.reason


def test_what_both_know_that_anyone_knows_is_no_shared_context(analyzer):
    report = analyzer.analyze("Hi Jon, we both know how tough the job market is right now. Let's connect.")
    assert "SPC102" not in report.all_codes(), report.all_codes()
    assert report.label == "default", report.reason


def test_a_mutual_connection_seen_with_the_senders_own_tie_told_counts(analyzer):
    report = analyzer.analyze(
        "Hi Jon, I noticed we both know Priya Raman - she and I ran the Bradford food bank drive together."
    )
    assert "SPC102" in report.all_codes(), report.all_codes()
    assert report.label == "personalized", report.reason


def test_a_person_both_know_named_still_counts(analyzer):
    text = "Hi Elin, we both know Marta Nowak from the Gdańsk choir - she said you sing bass too!"
    report = analyzer.analyze(text)
    assert "SPC102" in report.all_codes(), report.all_codes()
    assert report.label == "personalized", report.reason


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("Hi Maud, we both studied at Sciences Po. Would be nice to connect!", "fits all its alumni"),
        ("Hi Elin, I see we're both connected with Marta Nowak. Let's connect.", "how you know them"),
        ("Hi Rui, we're both in the tech space - always keen to connect.", "fits everyone in it"),
    ],
)
def test_the_finding_says_why_the_tie_named_did_not_count(analyzer, text, said):
    finding = next(f for f in analyzer.analyze(text).findings if f.code == "SPC001")
    assert said in finding.message, finding.message


def test_a_note_with_no_tie_gets_the_plain_message(analyzer):
    findings = analyzer.analyze("Hi Rui, hope you're well! Let's connect.").findings
    finding = next(f for f in findings if f.code == "SPC001")
    assert finding.message == "Nothing in the note is specific to this recipient."


def test_joining_the_platform_is_no_group_both_are_in(analyzer):
    report = analyzer.analyze("Hi Kofi, just joined LinkedIn and adding people in hairdressing.")
    assert "SPC102" not in report.all_codes(), report.all_codes()
    assert report.label == "default", report.reason


@pytest.mark.parametrize(
    "text",
    [
        # A school both attended, with no year: all its alumni; a hinted past beside it names nothing.
        "Hi Ros, I see we both attended Sheffield Hallam University. Always good to meet other alumni "
        "in procurement - shall we catch up some time?",
        # A professional body both belong to: all its members.
        "Hi Ros, we're both members of the Chartered Institute of Procurement and Supply. Keen to get "
        "to know more members, so here's my invite.",
    ],
)
def test_a_school_attended_or_a_professional_body_fits_all_its_members(analyzer, text):
    report = analyzer.analyze(text)
    assert "SPC102" not in report.all_codes(), report.all_codes()
    assert report.label == "default", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Hi Ros, we both attended Sheffield Hallam University in 2012 - weren't you in the rowing club?",
        "Hi Ros, we're both members of the Hathersage fell running club - great descent on Sunday!",
        "Hi Ros, we both attended the supplier day at Meadowhall last week. Your question on tenders "
        "was spot on.",
    ],
)
def test_a_school_with_a_year_a_club_or_an_event_both_attended_stay_shared(analyzer, text):
    report = analyzer.analyze(text)
    assert "SPC102" in report.all_codes(), report.all_codes()
    assert report.label == "personalized", report.reason


def test_a_while_since_we_last_spoke_names_no_past(analyzer):
    report = analyzer.analyze(
        "Hi Ros, it's been a while since we last connected! What have you been up to lately?"
    )
    assert "SPC102" not in report.all_codes(), report.all_codes()
    assert report.label == "default", report.reason


def test_our_last_conversation_about_something_is_a_shared_past(analyzer):
    report = analyzer.analyze(
        "Hi Ros, I keep thinking about our last conversation about tendering for school meals. How did it go?"
    )
    assert "SPC102" in report.all_codes(), report.all_codes()
    assert report.label == "personalized", report.reason


def test_their_move_seen_in_an_update_is_their_news(analyzer):
    report = analyzer.analyze("Hi Ros, I saw your update about your move to Lisbon. How is the new flat?")
    assert "SPC107" in report.all_codes(), report.all_codes()


def test_found_through_the_platforms_suggestions_is_filler(analyzer):
    report = analyzer.analyze("Hello Noor, found you through the people-you-may-know list, so hello.")
    assert "DEF004" in report.all_codes(), report.all_codes()
    assert report.label == "default", report.reason


def test_back_in_the_industry_is_a_return_not_filler(analyzer):
    back = analyzer.analyze(
        "Hi Noor, you trained me at the Kendal depot in 2015. I'm back in the industry after six years away "
        "and would love your view on what's changed."
    )
    assert "DEF004" not in back.all_codes(), back.all_codes()
    stock = analyzer.analyze("Hi Noor, always good to meet new people in the industry. Let's connect.")
    assert "DEF004" in stock.all_codes(), stock.all_codes()


@pytest.mark.parametrize(
    "text",
    [
        "Hi Farid, we were both at the summit in Lisbon. Nice to connect here.",
        "Hi Mo, we were both at the conference last week!",
        "Hola Marta, estuve en el mismo congreso que tú esta semana. ¡Conectemos!",
        "Ciao Pietro, eravamo allo stesso evento ieri. Restiamo in contatto!",
        "Hallo Ole, wir waren auf derselben Konferenz in Köln.",
    ],
)
def test_an_event_anyone_could_attend_is_no_shared_context(rules_only, text):
    report = rules_only.analyze(text)
    assert "SPC102" not in report.all_codes(), report.all_codes()
    assert report.label == "default", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Hi Farid, we were both at the summit in Lisbon and shared a taxi to Alfama afterwards.",
        "Hi Sean, we were both at the Irish Network Boston mixer on Thursday.",
        "Hi Jonas, we'll be neighbours at the Ambiente fair again, next to your ceramics like last year.",
        "Hola Marta, estábamos en la misma clase de enfermería en Valencia.",
    ],
)
def test_an_event_with_more_told_a_named_one_or_neighbours_there_are_shared(rules_only, text):
    report = rules_only.analyze(text)
    assert "SPC102" in report.all_codes(), report.all_codes()
    assert report.label == "personalized", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Hola Alba, te agrego porque coincidimos en intereses profesionales. ¡Saludos!",
        "Olá Rui, coincidimos em valores e interesses. Vamos conectar?",
    ],
)
def test_interests_or_values_met_in_fit_anyone(rules_only, text):
    assert "SPC102" not in rules_only.analyze(text).all_codes()


@pytest.mark.parametrize(
    "text",
    [
        "Ciao Ilenia, abbiamo condiviso la stanza all'ostello di Lisbona durante l'Erasmus.",
        "Hej Nora, vi sjöng i samma kör i Uppsala under studietiden.",
        "Hola Marta, coincidimos en el congreso de enfermería de Valencia y hablamos de turnos.",
    ],
)
def test_a_room_or_a_choir_shared_in_other_languages_is_a_shared_context(rules_only, text):
    report = rules_only.analyze(text)
    assert "SPC102" in report.all_codes() and report.label == "personalized", report.reason
