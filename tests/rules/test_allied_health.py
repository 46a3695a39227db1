"""Notes to and from therapists, radiographers, paramedics and clinic teams: recruiters' grades and
clinics seeking staff, a call offered, an offer kept for a kind of buyer, a deed done by the
recipient and a colleague, and their method tried with the sender's own clients. Every note here
was written for these tests."""

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "Hi Ffion, we're recruiting band 5 and band 6 staff nurses for our new ward in Bangor. Relocation "
        "paid. Interested, or know someone?",
        "Olá Ffion, a nossa clínica procura fisioterapeutas para o turno da tarde em Coimbra.",
        "Bonjour Ffion, notre cabinet recherche des kinésithérapeutes pour l'été à Annecy.",
        "Hallo Ffion, unsere Praxis sucht Logopäden in Teilzeit. Melden Sie sich gern!",
    ],
)
def test_staff_sought_by_grade_or_by_the_senders_clinic_is_recruiting(rules_only, text):
    report = rules_only.analyze(text)
    assert "PIT007" in report.all_codes() and report.label == "sales", report.reason


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (
            "Hi Ffion, we supply scanning gloves to community physio teams. Can I call you on Friday?",
            "PIT001",
        ),
        (
            "Ciao Ffion, abbiamo un'offerta riservata ai fisioterapisti fino a marzo. Ti posso chiamare?",
            "PIT004",
        ),
    ],
)
def test_a_call_offered_and_an_offer_kept_for_a_kind_of_buyer_are_a_pitch(rules_only, text, code):
    report = rules_only.analyze(text)
    assert code in report.all_codes() and report.label == "sales", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Ffion, can I call you a legend? Your gait clinic was brilliant.",
        "Ffion, can I call you by your nickname from the ward?",
    ],
)
def test_calling_them_a_name_is_no_call(rules_only, text):
    assert "PIT001" not in rules_only.analyze(text).all_codes()


@pytest.mark.parametrize(
    "text",
    [
        "Ffion, we trained together on the stroke unit at Morriston in 2018. I'm setting up a falls "
        "clinic in Llanelli and would love your view - can I call you one evening next week?",
        "Olá Ffion, fizemos o estágio juntas em Coimbra. Vou abrir uma clínica de fisioterapia "
        "pediátrica em Viseu e queria a tua opinião, posso ligar-te?",
    ],
)
def test_a_call_a_peer_asks_for_with_nothing_sold_is_no_pitch(rules_only, text):
    report = rules_only.analyze(text)
    assert not any(c.startswith("PIT") for c in report.all_codes()), report.all_codes()
    assert report.label == "personalized", report.reason


def test_an_insurance_consultant_by_their_title_offering_a_call_is_a_pitch(rules_only):
    text = "Olá Ffion, sou consultora de seguros e consigo baixar a tua mensalidade. Posso ligar-te amanhã?"
    report = rules_only.analyze(text)
    assert {"PIT001", "PIT005"} <= set(report.all_codes())
    assert report.label == "sales", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Ffion, you and your crewmate came out to my gran after her fall on Christmas Eve and stayed "
        "until her neighbour arrived. Thank you.",
        "Ffion, you were first at our door when my husband collapsed in the garden in May. He is "
        "gardening again now.",
    ],
)
def test_a_deed_done_with_a_colleague_or_being_first_there_is_a_shared_context(rules_only, text):
    report = rules_only.analyze(text)
    assert "SPC102" in report.all_codes() and report.label == "personalized", report.reason


def test_praise_for_them_and_their_team_is_no_deed_for_the_sender(rules_only):
    report = rules_only.analyze("Ffion, you and your team were great at the open day, thanks.")
    assert "SPC102" not in report.all_codes(), report.signals


def test_their_method_tried_with_the_senders_own_clients_is_no_self_pitch(rules_only):
    text = (
        "Ffion, you ran the pacing workshop at the Long Covid forum in Leeds. I tried your pacing plan "
        "with two of my clients and both are back at work part-time. Thank you!"
    )
    report = rules_only.analyze(text)
    assert not {"PIT003", "PIT011"} & report.all_codes() and report.label == "personalized", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Hi Ffion, you were the first to like my post about the new clinic!",
        "Ffion, you were the first person to comment on my article about night shifts. Let's connect.",
    ],
)
def test_being_first_to_like_or_comment_on_a_post_is_no_shared_context(rules_only, text):
    report = rules_only.analyze(text)
    assert "SPC102" not in report.all_codes() and report.label == "default", report.signals


def test_a_placement_asked_about_for_the_senders_family_is_no_recruiting(rules_only):
    text = (
        "Ffion, we shared a clinic room at Singleton for two years. My niece starts physio at Cardiff "
        "and would love to ask you about student placements - could I pass on your email?"
    )
    report = rules_only.analyze(text)
    assert "PIT007" not in report.all_codes()
    assert report.label == "personalized", report.reason
