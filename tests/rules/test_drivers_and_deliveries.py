"""Notes to postal workers, couriers and drivers, and from those who sell, train or film for them:
who they were in the sender's day, in the other languages ("fuiste el taxista que…", "du var
chaufføren, der…", "sei stato l'autista…"), media made and people trained for a clientele, and a
request to be put through to whoever buys. Every note here was written for these tests; each holds
with the rules alone."""

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "Hola Marta, fuiste la conductora que esperó a mi abuela en la parada de Gracia bajo la lluvia.",
        "Ciao Marta, sei stata l'autista che ha riportato mia nonna a casa dopo la neve.",
        "Bonjour Marta, vous étiez la conductrice qui a attendu ma grand-mère sous la pluie à Nantes.",
        "Hej Marta, du var chaufføren på linje 5A, der ventede på min bedstemor i regnen.",
        "Hej Marta, du var busschauffören som väntade på min mormor i regnet.",
        "Hallo Marta, du warst die Fahrerin, die meine Oma im Schnee nach Hause gebracht hat.",
    ],
)
def test_who_they_were_in_the_senders_day_is_a_shared_past(rules_only, text):
    report = rules_only.analyze(text)
    assert "SPC102" in report.all_codes(), report.all_codes()
    assert report.label == "personalized", report.reason


def test_you_were_kind_in_a_nordic_language_is_no_shared_past(rules_only):
    assert "SPC102" not in rules_only.analyze("Hej Marta, du var sød at acceptere min anmodning.").all_codes()


@pytest.mark.parametrize(
    "text",
    [
        "Hi Jo, we film safety briefing videos for bus operators. Would a sample reel be useful?",
        "Hi Jo, we train forklift drivers for their licence in two days on your own site.",
    ],
)
def test_media_made_or_people_trained_for_a_clientele_is_a_self_pitch(rules_only, text):
    assert "PIT003" in rules_only.analyze(text).all_codes()


@pytest.mark.parametrize(
    "text", ["We train every Tuesday on the towpath, come along!", "We train our dogs to sit at the kerb."]
)
def test_a_club_or_a_family_training_is_no_self_pitch(rules_only, text):
    assert "PIT003" not in rules_only.analyze(text).all_codes()


def test_asking_to_be_put_through_to_a_buyer_by_role_beside_an_offer_is_a_proposal(rules_only):
    report = rules_only.analyze(
        "Hi Jo, we film safety videos for bus depots. Could you put me in touch with your fleet manager?"
    )
    assert "PIT015" in report.all_codes(), report.all_codes()


@pytest.mark.parametrize(
    "text",
    [
        "Could you introduce me to your colleague Sam who ran the depot tour?",
        "I'm applying for the driver role - could you introduce me to your hiring manager?",
        # With no offer of the sender's, the same ask is a job seeker's as often as a seller's.
        "Hi Jo, could you introduce me to your engineering manager? I'm applying for the backend role.",
    ],
)
def test_a_colleague_or_a_manager_asked_for_with_no_offer_is_no_buyer(rules_only, text):
    assert "PIT015" not in rules_only.analyze(text).all_codes()
