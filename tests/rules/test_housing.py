"""Housing: landlords, tenants, letting and estate agents, surveyors and housing officers. An agent's
job on their home offered, a call's time asked, a seller's webinar, a meeting both were at, advice
asked and good wishes after a shared past. Every note here was written for these tests."""

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "Hi Olu, as an independent agent I'd love to show you how we could let your flat within a fortnight.",
        "Hi Olu, we'd love to sell your house this spring - we have buyers waiting in Headingley.",
    ],
)
def test_an_agents_job_on_their_home_offered_is_a_self_pitch(rules_only, text):
    report = rules_only.analyze(text)
    assert "PIT003" in report.all_codes(), report.signals
    assert report.label == "sales", report.reason


def test_selling_the_senders_own_home_is_no_offer(rules_only):
    report = rules_only.analyze(
        "Hi Olu, you valued my mum's bungalow in 2019. We could sell my flat this spring too - would you "
        "be the agent again?"
    )
    assert "PIT003" not in report.all_codes(), report.signals


def test_a_calls_time_asked_counts_beside_a_pitch(rules_only):
    report = rules_only.analyze(
        "Hi Olu, we manage 300 flats across Leeds for landlords like you. When would suit for a call?"
    )
    assert "PIT001" in report.all_codes(), report.signals


def test_a_calls_time_asked_alone_is_a_peers_ask(rules_only):
    report = rules_only.analyze(
        "Hi Olu, we shared a flat on Cardigan Road in 2012! I'm moving back to Leeds. When would suit for "
        "a call?"
    )
    assert "PIT001" not in report.all_codes(), report.signals
    assert report.label == "personalized", report.reason


def test_joining_the_senders_webinar_is_a_call_to_book(rules_only):
    report = rules_only.analyze("Hi Olu, fancy joining our next webinar on buy-to-let yields?")
    assert "PIT001" in report.all_codes(), report.signals


@pytest.mark.parametrize(
    "text",
    [
        "Hello Sue, I was at the tenants' forum on Monday where you explained the new repairs process. "
        "It was the first time anyone had.",
        "Hi Sue, we chaired the open evening at Ashfield Court where you answered every question about "
        "the heating.",
        "Hi Sue, I was in the back row at the Ashfield Court AGM when you stood up for the ground-floor "
        "tenants.",
    ],
)
def test_a_meeting_the_sender_was_at_where_they_spoke_is_a_shared_past(rules_only, text):
    report = rules_only.analyze(text)
    assert "SPC102" in report.all_codes(), report.signals
    assert report.label == "personalized", report.reason


def test_a_meeting_where_they_spoke_with_the_sender_elsewhere_is_none(rules_only):
    report = rules_only.analyze("Hi Sue, I hear the forum where you explained the repairs went well.")
    assert "SPC102" not in report.all_codes(), report.signals


@pytest.mark.parametrize(
    "text",
    [
        # Advice asked.
        "Hi Kath, you lent us your ladder in the storm when our gutter came down. Would love to pick your "
        "brain about the party wall sometime.",
        "Hallo Kath, du hast uns im Sturm deine Leiter geliehen. Ich würde dich gern um Rat fragen wegen "
        "der Brandmauer.",
        # Congratulations and good wishes after a shared past.
        "Hi Gemma, you managed our building on Kings Road for the four years I lived there. Congratulations "
        "on the move to the housing charity.",
        "Bonjour Thomas, tu as gardé notre immeuble rue Oberkampf pendant dix ans. Je voulais te souhaiter "
        "une belle retraite.",
    ],
)
def test_advice_asked_and_wishes_after_a_past_are_reasons(analyzer, text):
    report = analyzer.analyze(text)
    assert "SPC002" not in report.all_codes(), report.signals


def test_wishes_alone_are_no_reason(analyzer):
    report = analyzer.analyze("Hi Gemma, I'm a property manager in Leeds. Congratulations on the new role.")
    assert "SPC002" in report.all_codes(), report.signals


def test_the_platforms_invitation_sent_in_spanish_is_no_offer(analyzer):
    report = analyzer.analyze("Hola Marta, te mando invitación, que nunca sobran contactos en el sector.")
    assert "PIT013" not in report.all_codes(), report.signals
