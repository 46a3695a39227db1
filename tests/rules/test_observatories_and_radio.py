"""Observatories, radio amateurs and weather watchers: the sender's family with a thing of theirs,
an evening they gave in Dutch, a product counted by its clients, a demonstration booked. Every note
here was written for these tests."""

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "Ines, my son rode your old pony at the Appleby show last June and hasn't stopped drawing horses.",
        "Ines, my grandad slept in your bothy during the storm in March and still talks about the stove.",
        (
            "Joris, je gaf de proefavond in de oude stoomgemaalbrouwerij van Weesp waar mijn vader zijn "
            "bier proefde."
        ),
        "Lola, fuiste tú quien me guio por los pasillos del hospital la noche del parto. ¡Gracias!",
    ],
)
def test_the_senders_own_with_a_thing_of_theirs_or_an_evening_they_gave_is_personal(rules_only, text):
    report = rules_only.analyze(text)
    assert {"SPC101", "SPC102"} & report.all_codes(), report.all_codes()
    assert report.label == "personalized", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Ines, my wife saw your profile and told me to connect.",
        "Joris, je gaf de indruk dat je van bier houdt.",
    ],
)
def test_the_platform_and_an_idiom_are_no_tie(rules_only, text):
    assert not {"SPC101", "SPC102"} & rules_only.analyze(text).all_codes()


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Hi Ines, our booking software is used by over 300 climbing walls. Worth a look?", "PIT003"),
        ("Hola Ines, nuestro software es utilizado por más de 150 clubes de montaña.", "PIT003"),
        ("Bonjour Ines, notre application est choisie par plus de 80 mairies.", "PIT003"),
        ("Hi Ines, may I arrange a demonstration at your office next week?", "PIT001"),
        ("Ciao Ines, posso mandarti una proposta per il nuovo impianto?", "PIT004"),
    ],
)
def test_a_product_counted_by_its_clients_a_demonstration_and_a_proposal_are_pitch_signals(
    rules_only, text, code
):
    assert code in rules_only.analyze(text).all_codes()


@pytest.mark.parametrize(
    "text",
    [
        "Ciao Ines, il tuo libro è stato scelto da oltre 200 scuole, complimenti!",
        "Ines, our kids are in 2 different schools now but still talk about your class.",
    ],
)
def test_their_work_counted_or_the_senders_family_is_no_product(rules_only, text):
    assert "PIT003" not in rules_only.analyze(text).all_codes()
