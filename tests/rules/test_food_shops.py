"""Market traders, bakers and food shops: an evening they hosted, the sender's own among those a
deed reached ("…, even my son"), and a Dutch firm's goods for a clientele named by a compound, with a
sample copy offered. Every note here was written for these tests."""

import pytest


@pytest.mark.parametrize(
    ("text", "work"),
    [
        ("Hi Ivo, your gin-tasting evening at the deli in Ludlow got me into botanicals.", True),
        ("Hi Ivo, your quiz evenings at the bakery are the best night out in Hebden.", True),
        # An evening of anyone's, and one that says nothing of what it was.
        ("Hi Ivo, enjoy your Friday evening! Let's connect.", False),
        ("Hi Ivo, your evening at the shop was great. Let's connect.", False),
    ],
)
def test_an_evening_they_hosted_with_what_it_was_is_their_work(rules_only, text, work):
    assert ("SPC101" in rules_only.analyze(text).all_codes()) is work


@pytest.mark.parametrize(
    "text",
    [
        "Hi Ivo, you judged the village show's jam classes and had a kind word for every entry, even "
        "my mum's runny apricot.",
        "Hi Ivo, you coached every kid in the under-9s, including my daughter who had never kicked a ball.",
    ],
)
def test_the_senders_own_among_those_a_deed_reached_is_shared_context(rules_only, text):
    report = rules_only.analyze(text)
    assert "SPC102" in report.all_codes(), report.signals
    assert report.label == "personalized", report.reason


def test_everyone_even_me_fits_anyone(rules_only):
    report = rules_only.analyze("Hi Ivo, you inspire everyone, even me. Let's connect!")
    assert "SPC102" not in report.all_codes(), report.signals


def test_a_dutch_firms_goods_for_a_compound_clientele_and_a_sample_copy_are_a_pitch(rules_only):
    report = rules_only.analyze(
        "Hoi Ivo, wij maken linnen broodzakken met logo voor bakkerswinkels. Zal ik je een "
        "proefexemplaar sturen?"
    )
    assert {"PIT003", "PIT004"} <= report.all_codes(), report.all_codes()
    assert report.label == "sales", report.reason


def test_a_party_for_the_schools_is_no_clientele(rules_only):
    report = rules_only.analyze("Hoi Ivo, we maken een feestje voor de basisscholen in de wijk, kom je ook?")
    assert "PIT003" not in report.all_codes(), report.all_codes()
