"""A check of the same relationship claim across the languages the rules know ("we worked together
at Deloitte in 2019") found it unread in seven: European Portuguese, German and Dutch with words
between the parts of the verb, Polish said by women, Swedish, Danish and Norwegian. Every note here
was written for these tests."""

import pytest

from inviteslint import Facts, analyze


@pytest.mark.parametrize(
    "text",
    [
        "Olá Rita, trabalhámos juntas na Sonae em 2018. Que bom reencontrá-la!",
        "Hallo Rita, wir haben 2018 zusammen bei Bosch in Reutlingen gearbeitet.",
        "Hoi Rita, we hebben in 2018 samen bij Philips in Eindhoven gewerkt.",
        "Cześć Rita, pracowałyśmy razem w Orlenie w 2018 roku.",
        "Hej Rita, vi jobbade ihop på Volvo i Torslanda 2018.",
        "Hej Rita, vi arbejdede sammen hos Vestas i Ringkøbing i 2018.",
        "Hei Rita, vi jobbet sammen i Equinor i Stavanger i 2018.",
    ],
)
def test_a_colleague_claim_is_read_in_every_language(text):
    assert "CLM001" in analyze(text).codes()
    assert "CLM002" in analyze(text, Facts(relationship="none")).codes()


@pytest.mark.parametrize(
    "text",
    [
        "Hoi Rita, we hebben nooit samen gewerkt, maar je lezing in Eindhoven was sterk.",
        "Hallo Rita, wir haben noch nie zusammen gearbeitet, aber Ihr Vortrag in Ulm war stark.",
    ],
)
def test_work_together_denied_claims_nothing(text):
    assert "CLM002" not in analyze(text, Facts(relationship="none")).codes()


@pytest.mark.parametrize(
    "text",
    [
        "Hola Rita, como vieja amiga quería saludarte.",
        "Hallo Rita, als alter Freund wollte ich mich kurz melden.",
        "Hoi Rita, als oude vriend wilde ik je even gedag zeggen.",
        "Hei Rita, som gammel venn ville jeg si hei.",
    ],
)
def test_a_friend_claimed_is_read_in_every_language(text):
    assert "CLM001" in analyze(text).codes()
    assert "CLM002" in analyze(text, Facts(relationship="none")).codes()


@pytest.mark.parametrize(
    "text",
    [
        "Bonjour Rita, notre ami commun Paul Roux m'a conseillé de vous écrire.",
        "Cześć Rita, nasz wspólny znajomy Adam Nowak polecił mi do Ciebie napisać.",
        "Hej Rita, vores fælles ven Jens Holm anbefalede mig at skrive.",
    ],
)
def test_a_mutual_friend_claimed_is_read_in_every_language(text):
    assert "CLM001" in analyze(text).codes()


@pytest.mark.parametrize(
    "text",
    [
        "Hola Rita, como vieja amiga quería saludarte, aunque todavía no nos conocemos.",
        "Hallo Rita, als alter Freund melde ich mich, auch wenn wir uns noch nicht kennengelernt haben.",
        "Cześć Rita, jako stara przyjaciółka piszę, choć jeszcze się nie poznałyśmy.",
        "Hei Rita, som gammel venn sier jeg hei, selv om vi aldri har møtt hverandre.",
    ],
)
def test_a_claim_and_its_denial_in_one_note_contradict_each_other(text):
    assert "CLM003" in analyze(text).codes()


def test_a_denial_alone_is_honest(analyzer):
    report = analyzer.analyze(
        "Hola Rita, todavía no nos conocemos, pero tu charla en Valencia me ayudó mucho."
    )
    assert not {"CLM001", "CLM002", "CLM003"} & report.all_codes(), report.all_codes()


@pytest.mark.parametrize(
    "text",
    [
        "Hola Rita, nos conocimos en el congreso de Oviedo en mayo.",
        "Hej Rita, vi träffades på bokmässan i Göteborg.",
        "Bonjour Rita, nous nous sommes rencontrées au salon de l'agriculture.",
    ],
)
def test_a_meeting_placed_elsewhere_than_the_facts_say_is_contradicted(text):
    assert "CLM002" in analyze(text, Facts(met_at="Web Summit Lisbon")).codes()


@pytest.mark.parametrize(
    "text",
    [
        "Hi Rita, great meeting you in person at last!",
        "Hola Rita, un placer conocerte en persona por fin.",
    ],
)
def test_meeting_in_person_names_no_place(text):
    assert "CLM002" not in analyze(text, Facts(met_at="Web Summit Lisbon")).codes()
