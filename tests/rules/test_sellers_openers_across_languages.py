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


@pytest.mark.parametrize(
    "text",
    [
        "Hej igen Karin, jag tror att Café Luna skulle ha nytta av en ny meny. Vill du se ett förslag?",
        "Hej Karin, skulle du vara öppen för att jag skickar över ett kort förslag för er butik?",
    ],
)
def test_a_proposal_to_see_or_receive_in_swedish_is_an_offer(analyzer, text):
    report = analyzer.analyze(text)
    assert "PIT004" in report.all_codes(), report.all_codes()
    assert report.label == "sales", report.reason


def test_a_proposal_for_something_shared_is_no_offer(analyzer):
    report = analyzer.analyze(
        "Hej Karin, vill du se ett förslag till nästa körkonsert? Jag har skrivit tre låtar."
    )
    assert "PIT004" not in report.all_codes(), report.all_codes()


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (
            "Hi Karin, shops with a simple site show up best. Would that be of interest to Harbour Bakes?",
            "PIT013",
        ),
        ("Hej Karin, butiker med en enkel hemsida syns bäst. Vore det intressant för Café Luna?", "PIT013"),
        (
            "Hej Karin, en tydlig hemsida gör ofta skillnaden. Är det något ni tänkt på för Café Luna?",
            "PIT012",
        ),
    ],
)
def test_their_interest_or_their_plans_asked_for_their_business(analyzer, text, code):
    assert code in analyzer.analyze(text).all_codes()


@pytest.mark.parametrize(
    "text",
    [
        "Hi Karin, I've reached out a few times - this is my last email. Our bookkeeping service is here if "
        "you need it.",
        "Hej Karin, jag har hört av mig några gånger nu, så detta är mitt sista mejl. Vi erbjuder bokföring "
        "för småföretag om det blir aktuellt.",
    ],
)
def test_a_sequences_last_message_is_a_later_step_beside_what_it_sells(analyzer, text):
    report = analyzer.analyze(text)
    assert "PIT008" in report.all_codes(), report.all_codes()
    assert report.label == "sales", report.reason


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Hoi Sem, ik heb een snelle analyse van je Instagram-account gemaakt. Zal ik die sturen?", "PIT016"),
        (
            "Hej Sem, jeg så på jeres webshop og har fire konkrete forslag til forbedringer. Vil du se dem?",
            "PIT004",
        ),
        (
            "Hej Sem, jeg følger op på min mail om vores bookingværktøj. Har du 10 minutter på fredag?",
            "PIT008",
        ),
        (
            "Hei Sem, vårt planleggingsverktøy sparer barnehager for fem timer i uka. Vil du se en demo?",
            "PIT016",
        ),
    ],
)
def test_a_review_of_their_business_a_follow_up_and_a_tool_in_dutch_and_the_nordic_languages(
    analyzer, text, code
):
    report = analyzer.analyze(text)
    assert code in report.all_codes(), report.all_codes()
    assert report.label == "sales", report.reason


def test_their_suggestions_thanked_for_are_no_review_offered(analyzer):
    report = analyzer.analyze("Hej Sem, tak for dine forslag til forbedringer af vores foreningsblad!")
    assert "PIT004" not in report.all_codes(), report.all_codes()


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Ciao Giada, ho visto che state cercando un responsabile vendite. Possiamo aiutare.", "PIT003"),
        (
            "Ciao Giada, il lancio è andato bene. Noi lavoriamo esattamente su come trasformarlo in "
            "contatti.",
            "PIT003",
        ),
    ],
)
def test_help_offered_by_a_firm_in_italian_is_a_self_pitch(analyzer, text, code):
    report = analyzer.analyze(text)
    assert code in report.all_codes(), report.all_codes()
    assert report.label == "sales", report.reason


def test_how_their_business_sets_up_a_function_the_sender_sells_is_sounded_out_in_italian(analyzer):
    assert "PIT012" in analyzer.analyze("Ciao Giada, come state impostando l'outbound in Spagna?").all_codes()


def test_a_neighbours_help_offered_in_italian_sells_nothing(analyzer):
    report = analyzer.analyze("Ciao Giada, se serve una mano per il trasloco, possiamo aiutare noi sabato!")
    assert "PIT003" not in report.all_codes(), report.all_codes()
