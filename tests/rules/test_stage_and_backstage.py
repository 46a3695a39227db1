"""Stage managers, theatre crews and puppeteers: a second deed after a word such as "still", after a
title with "!" in it, or after a verb that alone may be a step on the platform; and the sellers who
rent them kit, represent a maker, show a range, quote delivery or make an offer. Every note here was
written for these tests."""

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "Hi Ros, you called the show for our panto at the Lowry and still found time to find my "
        "daughter's lost shoe before the finale.",
        "Hi Ros, you ran the get-in for Annie! at the Grand and even drove us home after the tech.",
        "Hi Ros, you emailed the venue on our behalf and then sorted the parking for our minibus.",
    ],
)
def test_a_second_deed_for_the_sender_after_and_is_shared_context(rules_only, text):
    report = rules_only.analyze(text)
    assert "SPC102" in report.all_codes(), report.signals
    assert report.label == "personalized", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Hi Ros, you viewed my profile and liked my post. Let's connect!",
        "Hi Ros, you accepted my invite and shared my post with your team, thank you!",
    ],
)
def test_steps_on_the_platform_joined_by_and_are_no_deed(rules_only, text):
    report = rules_only.analyze(text)
    assert "SPC102" not in report.all_codes(), report.signals
    assert report.label == "default", report.reason


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (
            "Hi Ros, we rent moving-head lights to touring productions across the UK. Can I send our rates?",
            "PIT003",
        ),
        ("Bonjour Ros, nous louons des gradins pour les festivals de l'été. Intéressée ?", "PIT003"),
        ("Hoi Ros, wij verhuren podia aan festivals en evenementen in heel Nederland.", "PIT003"),
        ("Hi Ros, we represent a Dutch manufacturer of stage drapes. Could I show you samples?", "PIT003"),
        ("Olá Ros, representamos uma marca italiana de cadeiras de teatro. Podemos falar?", "PIT003"),
        ("Hi Ros, may I present our range of follow spots at a short meeting next week?", "PIT003"),
        ("Hi Ros, may I present our range of follow spots at a short meeting next week?", "PIT001"),
        ("Olá Ros, posso mostrar-lhe os nossos projetores numa reunião rápida?", "PIT001"),
        ("Hi Ros, our gaffer tape comes in 20 colours with next-day delivery. Want a sample roll?", "PIT004"),
        ("Bonjour Ros, puis-je vous faire une proposition pour votre saison d'hiver ?", "PIT004"),
        ("Hi Ros, we buy used lighting desks. Can I make you an offer?", "PIT004"),
    ],
)
def test_kit_rented_a_maker_represented_and_terms_held_out_are_a_pitch(rules_only, text, code):
    assert code in rules_only.analyze(text).all_codes()


@pytest.mark.parametrize(
    "text",
    [
        "Hi Ros, we rent a flat near the theatres in Leeds now - come and visit!",
        "Hi Ros, we represent 3,000 stage crew in the union branch, and your talk on fatigue was superb.",
    ],
)
def test_renting_a_home_or_representing_members_is_no_pitch(rules_only, text):
    assert "PIT003" not in rules_only.analyze(text).all_codes()


def test_a_stage_manager_recruited_for_a_tour_with_a_cv_said_to_match_is_recruiting(rules_only):
    report = rules_only.analyze(
        "Hi Ros, we're hiring a company stage manager for a 30-week tour. Your CV looks a great match - "
        "free for a call?"
    )
    assert "PIT007" in report.all_codes(), report.all_codes()
    assert report.label == "sales", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Ciao Ros, rappresento alcuni giovani attori di Torino e mi piacerebbe parlarti del vostro casting.",
        "Hola Ros, represento a varios artistas urbanos y busco salas para sus giras. ¿Hablamos?",
        "Hallo Ros, ich vertrete mehrere junge Künstler aus Leipzig und suche Bühnen für ihre Tournee.",
    ],
)
def test_an_agent_for_people_in_the_other_languages_is_a_pitch(rules_only, text):
    report = rules_only.analyze(text)
    assert "PIT003" in report.all_codes(), report.signals
    assert report.label == "sales", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Hallo Ros, ich vertrete Frau Weber diese Woche im Theaterbüro - danke für deine Hilfe beim Aufbau!",
        "Bonjour Ros, je représente la France au festival d'Avignon off cette année, merci pour ton atelier.",
    ],
)
def test_a_stand_in_or_a_country_represented_is_no_agent(rules_only, text):
    assert "PIT003" not in rules_only.analyze(text).all_codes()


@pytest.mark.parametrize(
    "text",
    [
        "Ciao Ros, rappresento alcuni giovani registi e cerco teatri per i loro spettacoli. Ti mando il "
        "dossier?",
        "Bonjour Ros, je représente plusieurs marionnettistes et je cherche des dates pour leur tournée.",
    ],
)
def test_several_people_represented_is_an_agent(rules_only, text):
    report = rules_only.analyze(text)
    assert "PIT003" in report.all_codes(), report.signals


def test_representing_oneself_is_no_agent(rules_only):
    report = rules_only.analyze(
        "Hi Ros, I represent myself these days as a freelance lighting designer and I'm widening my network."
    )
    assert "PIT003" not in report.all_codes(), report.signals
