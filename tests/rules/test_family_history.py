"""Family history and archives: "catalogue" as a verb, transcriptions as their work, French and Dutch
deeds told at length, and others' results held up "with our" product. Every note here was written
for these tests."""

import pytest


def test_catalogue_as_a_verb_is_nobodys_catalogue(rules_only):
    text = "Mair, you helped our museum catalogue the glass negatives from the old quarry office. Thank you!"
    report = rules_only.analyze(text)
    assert not {"PIT004", "PIT016"} & report.all_codes(), report.all_codes()
    assert "PIT004" in rules_only.analyze("Mair, can I send you our catalogue?").all_codes()


@pytest.mark.parametrize(
    "text",
    [
        "Mair, half of my family tree comes from your transcriptions of the Bromsgrove registers.",
        (
            "Bonjour Mair, vous avez retrouvé dans les registres paroissiaux de la cathédrale de Quimper "
            "l'acte de baptême de ma grand-mère. Merci infiniment !"
        ),
        (
            "Hoi Mair, je hebt in het gemeentearchief van Deventer tussen honderden dozen de trouwakte van "
            "mijn overgrootouders gevonden. Dank je wel!"
        ),
    ],
)
def test_their_transcriptions_and_deeds_told_at_length_are_personal(rules_only, text):
    report = rules_only.analyze(text)
    assert {"SPC101", "SPC102"} & report.all_codes(), report.all_codes()
    assert report.label == "personalized", report.reason


def test_others_results_with_our_product_are_a_self_pitch(rules_only):
    report = rules_only.analyze("Hi Mair, salons are seeing 30% more bookings with our app. Want a look?")
    assert "PIT003" in report.all_codes(), report.all_codes()
    assert report.label == "sales", report.reason


def test_the_senders_own_saving_with_their_own_kit_is_no_pitch(rules_only):
    text = "Thanks for fitting it, Mair - we are saving 200 pounds a year with our new heat pump!"
    assert "PIT003" not in rules_only.analyze(text).all_codes()
