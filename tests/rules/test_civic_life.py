"""Notes from civic, faith and community life: unions, boards, councils, choirs, theatres, referees,
and the sellers who write to them. Every note here was written for these tests."""

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "Hi Rosa, connecting with fellow volunteers. Let's connect!",
        "Sam - good to see more union people here. Greetings from a fellow member!",
    ],
)
def test_a_fellow_of_nothing_named_fits_anyone(analyzer, text):
    report = analyzer.analyze(text)
    assert "SPC102" not in report.all_codes()
    assert report.label == "default", report.reason


def test_a_fellow_of_something_named_is_a_shared_context(analyzer):
    report = analyzer.analyze("Hi Rosa, fellow volunteer at the Harrow food bank here! See you Saturday.")
    assert "SPC102" in report.all_codes()


@pytest.mark.parametrize(
    "text",
    [
        "Hi Tiago, your briefing at the Galway supplier day on framework lots got us our first "
        "council contract.",
        "Hallo Lina, ich habe eure Inszenierung von 'Woyzeck' im Theater Kiel gesehen und war begeistert.",
        "Hi Ade, you chaired the residents' forum where I presented the parking survey. Thanks for "
        "the fair hearing.",
    ],
)
def test_what_they_gave_staged_or_chaired_is_their_work(analyzer, text):
    report = analyzer.analyze(text)
    assert "SPC101" in report.all_codes(), report.signals
    assert report.label == "personalized", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Hi Ade, thank you for getting the bus shelter on Mill Lane repaired before winter.",
        "Hi Ade, thanks for organising the Hulme street party in July. My kids haven't stopped "
        "talking about it.",
    ],
)
def test_thanks_for_a_deed_named_in_its_clause_is_specific(analyzer, text):
    report = analyzer.analyze(text)
    assert "SPC102" in report.all_codes(), report.signals
    assert report.label == "personalized", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Thank you for doing what you do for the Black community. Let's connect.",
        "Thanks for supporting Black founders, let's connect.",
    ],
)
def test_thanks_that_fit_anyone_are_not(analyzer, text):
    report = analyzer.analyze(text)
    assert "SPC102" not in report.all_codes()
    assert report.label == "default", report.reason


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Ciao Marta, forniamo sedie ai teatri con finanziamento a tasso zero. Ti interessa?", "PIT004"),
        (
            "Hola Pablo, fabricamos atriles para orquestas, a 12 meses sin intereses. ¿Te envío el catálogo?",
            "PIT004",
        ),
        ("Hallo Jonas, wir drucken Vereinsfahnen in 5 Tagen. Darf ich dir Muster schicken?", "PIT004"),
        (
            "Dzień dobry Panie Adamie, prowadzimy szkolenia BHP dla szkół, teraz 20% taniej. Wysłać ofertę?",
            "PIT004",
        ),
        (
            "Hi Ade, our solar panels qualify for the council grant. Can we book a survey of your home?",
            "PIT001",
        ),
    ],
)
def test_sellers_to_community_groups_are_flagged(analyzer, text, code):
    report = analyzer.analyze(text)
    assert code in report.all_codes(), report.all_codes()
    assert report.label == "sales", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Dzień dobry Pani Ewo, pomogła mi Pani w marcu z wnioskiem o lokal socjalny. Bardzo dziękuję!",
        "Dzień dobry Panie Tomaszu, uczył mnie Pan gry na trąbce w orkiestrze dętej w Wieliczce.",
    ],
)
def test_what_they_did_for_the_sender_addressed_formally_in_polish_is_shared(analyzer, text):
    report = analyzer.analyze(text)
    assert "SPC102" in report.all_codes(), report.signals
    assert report.label == "personalized", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Hi Gwen, thank you for chairing the tenants' meeting about the damp in Block C.",
        "Hi Omar, thanks for running the parents' evening about the new reading scheme - it made sense.",
    ],
)
def test_a_deed_thanked_for_named_by_its_topic_is_shared(analyzer, text):
    report = analyzer.analyze(text)
    assert "SPC102" in report.all_codes(), report.all_codes()
    assert report.label == "personalized", report.reason


def test_thanks_for_posting_about_a_theme_is_not(analyzer):
    report = analyzer.analyze("Hi Gwen, thanks for posting about the future of work. Let's connect!")
    assert "SPC102" not in report.all_codes(), report.all_codes()
    assert report.label == "default", report.reason


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # A service of worship is not one sold.
        ("Hi Ana, I'd love to invite you to our church service this Sunday. Coffee after!", False),
        (
            "Hi Ana, come along to our carol service on the 20th - the choir has been practising for weeks.",
            False,
        ),
        # Software sold to churches still is.
        ("Hi Ana, our church management software handles giving and rotas. Free trial?", True),
    ],
)
def test_a_service_of_worship_is_no_company_offering(analyzer, text, flagged):
    assert ("PIT016" in analyzer.analyze(text).all_codes()) is flagged
