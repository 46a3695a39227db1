"""Circus, magic and street performers: a show by its kind, the sender's grandchildren with a thing
of theirs, the Portuguese address by name, performers signed in bulk. Every note here was written
for these tests."""

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "Ruby, your street show on the harbour with the diabolo was the first time my dad laughed in weeks.",
        "Ruby, your magic show at the library had my twins doing card tricks all weekend.",
        "Hi Ruby, my granddaughter rode your pony at the Ceiriog show and hasn't stopped talking about it.",
        "Olá Rita, foi a Rita que fez de Pai Natal na festa da escola em Tomar e pôs o meu filho a cantar.",
    ],
)
def test_a_show_by_its_kind_and_deeds_for_the_senders_own_are_personal(rules_only, text):
    report = rules_only.analyze(text)
    assert {"SPC101", "SPC102"} & report.all_codes(), report.all_codes()
    assert report.label == "personalized", report.reason


def test_someone_else_named_in_portuguese_who_told_the_sender_about_them_is_no_deed(rules_only):
    assert "SPC102" not in rules_only.analyze("Olá Rita, foi a Maria que me falou de si.").all_codes()


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("Ruby, we're looking for dancers and acrobats for a summer season in Mallorca.", {"PIT007"}),
        ("Ruby, I'm signing singers for a cruise line. Send me your showreel?", {"PIT007", "PIT014"}),
    ],
)
def test_performers_sought_in_bulk_and_their_reel_asked_for_are_a_recruiting_blast(rules_only, text, codes):
    report = rules_only.analyze(text)
    assert codes <= report.all_codes(), report.all_codes()
    assert report.label == "sales", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Salut Léa ! Je suis DJ et j'adorerais venir mixer chez vous cet été, plutôt disco et funk.",
        "Hi Léa, I'm a DJ and would love to play at your bar this summer - mostly disco and funk.",
        "Bonjour Léa, je souhaiterais vous proposer mes services de photographe pour vos soirées.",
        "Bonjour Léa, je travaille régulièrement avec des salles de réception pour des mariages.",
    ],
)
def test_a_performer_or_freelancer_offering_their_services_is_a_self_pitch(rules_only, text):
    report = rules_only.analyze(text)
    assert "PIT003" in report.all_codes(), report.signals
    assert report.label == "sales", report.reason


def test_a_gig_played_at_their_venue_is_no_pitch(rules_only):
    report = rules_only.analyze("Hi Léa, we played at your festival in Ghent - thanks for having us!")
    assert "PIT003" not in report.all_codes(), report.signals


@pytest.mark.parametrize(
    "text, code",
    [
        ("Salut Léa, j'ai quelques dispos pour la saison si ça vous dit.", "PIT004"),
        ("Guten Tag, mir sind Punkte aufgefallen, mit denen Sie mehr aus Ihrem Auftritt holen.", "PIT004"),
        ("Bonjour Léa, si jamais vous avez des besoins en traduction, je reste disponible.", "PIT012"),
        ("Guten Tag, unsere Schleifwerkzeuge halten doppelt so lange.", "PIT016"),
    ],
)
def test_a_sellers_terms_and_goods_in_french_and_german(rules_only, text, code):
    assert code in rules_only.analyze(text).all_codes()


def test_a_talk_that_commits_to_nothing_for_a_thesis_is_no_offer(rules_only):
    report = rules_only.analyze(
        "Hallo Léa, für meine Masterarbeit suche ich Interviewpartner: ein unverbindliches Gespräch."
    )
    assert "PIT004" not in report.all_codes(), report.signals


@pytest.mark.parametrize(
    "text, code",
    [
        ("Hallo Léa, ich würde Ihnen gern meine Dienste für Ihr Hoffest anbieten.", "PIT003"),
        ("Hej Léa, jeg er lystekniker og arbejder fast med spillesteder i Odense.", "PIT003"),
        ("Hi Léa, I play at bars like yours all over Cardiff on weekends.", "PIT003"),
        ("Hola Léa, si necesitas montaje para tus ferias, cuenta con nuestro equipo.", "PIT003"),
        ("Hej Léa, vi är en duo och har några lediga datum i juni.", "PIT004"),
        ("Cześć Léa, gramy na weselach - mamy jeszcze wolne terminy. Podesłać ofertę?", "PIT004"),
    ],
)
def test_performers_services_and_free_dates_in_other_words(rules_only, text, code):
    assert code in rules_only.analyze(text).all_codes()


def test_a_quote_the_sender_asks_for_is_no_offer(rules_only):
    report = rules_only.analyze("Bonjour Léa, je cherche une salle pour nos noces d'or, j'aimerais un devis.")
    assert "PIT004" not in report.all_codes(), report.signals
    assert report.label == "default", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Salut Léa, tu as mixé à la fête de l'école de ma fille en juin, les enfants en parlent encore !",
        "Hi Léa, you stage-managed our village panto at the Corn Exchange and nobody missed a cue.",
    ],
)
def test_a_set_played_or_a_show_run_for_the_sender_is_their_work(rules_only, text):
    report = rules_only.analyze(text)
    assert "SPC101" in report.all_codes(), report.signals
    assert report.label == "personalized", report.reason
