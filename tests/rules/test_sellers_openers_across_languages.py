"""A seller's opener in the other languages: the courtesy of connecting said before a call, a
clientele named by its likeness to the recipient or by its size, a Dutch consultant's clientele with
the verb first or "veel" between, and a product held out as the answer to the problem just named.
Against the courtesy alone, a favour and a product someone else built. Every note here was written
for these tests."""

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "Ciao Marta, grazie del collegamento. Ti andrebbe una call di 15 minuti sulla vostra pipeline?",
        "Hola Marta, un gusto conectar. ¿Tendrías 15 minutos para una llamada esta semana?",
        "Hoi Marta, leuk om te connecten. Heb je 15 minuten voor een kort gesprek over jullie werving?",
        "Bonjour Marta, ravi de nous connecter. Auriez-vous 15 minutes pour un échange jeudi ?",
    ],
)
def test_the_courtesy_of_connecting_before_a_call_is_an_after_connect_pitch(analyzer, text):
    report = analyzer.analyze(text)
    assert "PIT008" in report.all_codes(), report.all_codes()
    assert report.label == "sales", report.reason


@pytest.mark.parametrize("text", ["Ciao Marta, grazie del collegamento!", "Hoi Marta, leuk om te connecten!"])
def test_the_courtesy_alone_sells_nothing(analyzer, text):
    assert analyzer.analyze(text).label == "default"


@pytest.mark.parametrize(
    "text",
    [
        "Ciao Marta, lavoro su progetti che aiutano team come il tuo a ridurre i tempi di consegna.",
        "Ciao Marta, seguo aziende del settore moda su logistica e resi.",
        "Hoi Marta, bij organisaties van jullie omvang zie ik vaak dat de planning nog in Excel zit.",
        "Hoi Marta, ik werk veel met salesteams aan hun CRM-hygiëne.",
        "Hoi Marta, als fotograaf help ik restaurants met beelden voor hun menukaart.",
    ],
)
def test_a_clientele_like_theirs_or_named_with_the_verb_first_is_a_self_pitch(analyzer, text):
    report = analyzer.analyze(text)
    assert "PIT003" in report.all_codes(), report.all_codes()
    assert report.label == "sales", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Hoi Marta, zaterdag help ik mijn buurman met de schuur, dus ik bel je zondag.",
        "Hoi Marta, ik werk met een leuk team in Utrecht.",
    ],
)
def test_a_favour_or_a_team_of_ones_own_is_no_clientele(analyzer, text):
    assert "PIT003" not in analyzer.analyze(text).all_codes()


@pytest.mark.parametrize(
    "text",
    [
        "Hi Marta, saw your post on rota chaos. Familiar problem - we built something for that.",
        "Hoi Marta, zag je post over roosters. Herkenbaar probleem, we hebben daar iets voor gebouwd.",
    ],
)
def test_a_product_held_out_as_the_answer_to_their_problem_is_an_offering(analyzer, text):
    report = analyzer.analyze(text)
    assert "PIT016" in report.all_codes(), report.all_codes()
    assert report.label == "sales", report.reason


def test_something_someone_else_built_is_no_offering(analyzer):
    report = analyzer.analyze("Hi Marta, saw your post on rota chaos - my daughter built something for that!")
    assert "PIT016" not in report.all_codes()
