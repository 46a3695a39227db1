"""From dry cleaners, laundrettes, cobblers and alteration tailors (held-out round WWWWWWWWW's misses
with the rules alone, in new words): a deed that answered a moment of the sender's, something of
theirs that showed or saved the sender's own, a free period offered, a service made for a clientele,
and tailors sought in the plural. Every note here was written for these tests; each holds with the
rules alone."""

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "Hi Dev, you drove over with a spare tyre after we broke down on the A64 at midnight.",
        "Hi Dev, you stayed behind the counter for an hour while I searched the bins for my ring.",
    ],
)
def test_a_deed_that_answered_a_moment_of_the_senders_is_shared(rules_only, text):
    report = rules_only.analyze(text)
    assert "SPC102" in report.all_codes(), report.all_codes()
    assert report.label == "personalized", report.reason


def test_a_moment_of_the_senders_that_is_their_own_clause_is_not_tied_to_the_deed(rules_only):
    report = rules_only.analyze("Hi Dev, you changed teams when I joined, so we never met.")
    assert not any(s["code"] == "SPC102" for s in report.signals), report.signals


@pytest.mark.parametrize(
    "text",
    [
        "Hi Dev, your bike repair evening at the Hulme library showed my daughter how to true a wheel.",
        "Hi Dev, your spare-parts swap at the allotments saved us a new lawnmower last spring.",
    ],
)
def test_something_of_theirs_that_showed_or_saved_the_senders_own_is_their_work(rules_only, text):
    report = rules_only.analyze(text)
    assert "SPC101" in report.all_codes(), report.all_codes()
    assert report.label == "personalized", report.reason


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Hi Dev, our booking app is free for the first three months for cobblers. Want a login?", "PIT004"),
        ("Hi Dev, I design loyalty apps for barbers and nail bars. Shall I send a sample?", "PIT003"),
        ("Ciao Dev, cerchiamo sarti esperti per il nostro atelier di Milano. Ti interessa?", "PIT007"),
        ("Hola Dev, buscamos costureras para nuestro taller de arreglos en Sevilla. ¿Te interesa?", "PIT007"),
    ],
)
def test_a_free_period_a_service_for_a_clientele_and_tailors_sought_are_pitches(rules_only, text, code):
    report = rules_only.analyze(text)
    assert code in report.all_codes(), report.all_codes()
    assert report.label == "sales", report.reason


def test_things_made_for_ones_own_children_are_no_service(rules_only):
    report = rules_only.analyze("Hi Dev, I make wooden toys for my grandchildren and loved your demo.")
    assert "PIT003" not in report.all_codes(), report.all_codes()


def test_what_a_firm_makes_for_a_clientele_is_a_self_pitch(rules_only):
    report = rules_only.analyze("Hi Dev, we design booking apps for climbing walls. Can I send a mock-up?")
    assert "PIT003" in report.all_codes(), report.all_codes()
    assert report.label == "sales", report.reason


@pytest.mark.parametrize(
    ("text", "made_for_own"),
    [
        ("Hoi Dev, wij bouwen websites voor fysiotherapeuten. Zal ik een voorbeeld sturen?", False),
        (
            "Hallo Dev, wir erstellen Webseiten für Physiotherapiepraxen. Darf ich ein Beispiel schicken?",
            False,
        ),
        ("Hoi Dev, we maken apps voor onze eigen kinderen in het weekend. Jouw Flutter-talk hielp!", True),
        ("Hi Dev, I build apps for my kids at weekends and loved your talk on Flutter.", True),
    ],
)
def test_what_a_firm_makes_for_a_clientele_in_dutch_and_german_but_not_for_its_own(
    rules_only, text, made_for_own
):
    report = rules_only.analyze(text)
    assert ("PIT003" in report.all_codes()) is not made_for_own, report.all_codes()
