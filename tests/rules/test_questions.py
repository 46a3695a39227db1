"""Notes that are mostly a question: who they were at something the sender saw, what they still do
where the sender knew them, something left with them; and a seller's questions about the buyer's
supplier, costs and struggles. Every note here was written for these tests."""

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "Hi Oona, was it you who sold us the tandem at Bath Cycle Works? Still riding it every Sunday!",
        "Hi Oona, was that your band playing at Hebden Bridge station on Saturday? Loved the fiddle.",
        "Hi Oona, are you still coaching the under-9s at Roundhay Park? My twins miss you.",
        "Hi Oona, did the owl we brought into your sanctuary in May recover?",
        "Hoi Oona, was jij de scheidsrechter bij de bekerfinale in Deventer? Mijn dochter vond je top.",
        "Cześć Oona, czy to Ty śpiewałaś w chórze na festiwalu w Sopocie? Piękny koncert!",
        "Hola Oona, ¿sigues dando el taller de cerámica en el centro cívico de Sants?",
        "Bonjour Oona, avez-vous pu relier le vieux livre que je vous ai laissé à Rennes ?",
    ],
)
def test_a_question_that_rests_on_a_shared_past_is_personal(rules_only, text):
    report = rules_only.analyze(text)
    assert "SPC102" in report.all_codes(), report.signals
    assert report.label == "personalized", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Hi Oona, are you happy with your current cleaning contractor? Can I send a quote?",
        "Hi Oona, have you considered outsourcing your bookkeeping? Our team handles it from £99 a month.",
        "Hola Oona, ¿cuánto tiempo pierde tu equipo con los horarios? ¿Te enseño cómo lo resolvemos?",
        "Hej Oona, hur mycket lägger ni på vikarier per år? Får jag visa hur vi sänker kostnaden?",
    ],
)
def test_a_sellers_question_about_the_buyers_supplier_or_costs_is_a_pitch(rules_only, text):
    report = rules_only.analyze(text)
    assert report.label == "sales", report.reason


def test_a_seller_asking_about_tools_at_their_firm_is_no_shared_past(rules_only):
    report = rules_only.analyze(
        "Hi Oona, are you still using spreadsheets for rotas at Brightwell? We automate them."
    )
    assert "SPC102" not in report.all_codes(), report.signals
