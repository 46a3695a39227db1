"""Openers that begin with what a profile says ("vi que trabajas en…", "vi que você trabalha…") and
then sell: a tool had or being validated, buyers like them held up using it, their business helped,
a clientele like them helped; and the same opener with a wish to learn about their project, which
sells nothing. Every note here was written for these tests."""

import pytest


@pytest.mark.parametrize(
    "text, code",
    [
        (
            "Hola Rui, vi que trabajas en logística. Tenemos una herramienta que planifica rutas.",
            "PIT003",
        ),
        ("Hola Rui, estamos validando una app para talleres mecánicos. ¿Te interesaría probarla?", "PIT003"),
        ("Hola Rui, ¿te interesaría probarla? Es una agenda para peluquerías.", "PIT013"),
        ("Hi Rui, here are 3 ways other companies use Stockly to cut waste.", "PIT003"),
        ("Olá Rui, tenho uma proposta que pode ajudar o seu negócio de eventos.", "PIT003"),
        ("Olá Rui, temos ajudado profissionais como você a fechar mais contratos.", "PIT003"),
    ],
)
def test_a_profile_opener_that_sells(rules_only, text, code):
    assert code in rules_only.analyze(text).all_codes()


@pytest.mark.parametrize(
    "text",
    [
        "Hola Rui, vi que trabajas en energía solar, me gustaría conocer más sobre tu proyecto.",
        "Hallo Rui, du arbeitest in der Solarbranche, ich würde gern mehr über dein Projekt erfahren.",
    ],
)
def test_a_wish_to_learn_about_their_project_is_no_piece_of_their_work(rules_only, text):
    report = rules_only.analyze(text)
    assert "SPC101" not in report.all_codes(), report.signals
    assert report.label == "default", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Hi Rui, here are 3 ways other bike shops use Spokes to book repairs.",
        "Hej Rui, vi har ett verktyg som sorterar returer automatiskt.",
        "Hi Rui, we're validating an inventory app for bakeries - up for a pilot?",
    ],
)
def test_buyers_like_them_using_it_and_tools_had_in_other_words(rules_only, text):
    assert "PIT003" in rules_only.analyze(text).all_codes()


@pytest.mark.parametrize(
    "text, code",
    [
        ("Ciao Rui, ho visto il tuo profilo e penso possa esserci una bella sinergia tra noi.", "PIT015"),
        ("Ciao Rui, lavoriamo nel fotovoltaico. Ti va se ti mando una proposta breve?", "PIT004"),
        ("Hi Rui, we install heat pumps. Shall I send you a very short proposal?", "PIT004"),
    ],
)
def test_synergy_and_a_proposal_offered_in_other_words(rules_only, text, code):
    assert code in rules_only.analyze(text).all_codes()


def test_a_talk_proposal_offered_to_a_meetup_is_no_sellers_proposal(rules_only):
    report = rules_only.analyze("Hi Rui, could I send you a short talk proposal for the Python meetup?")
    assert "PIT004" not in report.all_codes(), report.signals
