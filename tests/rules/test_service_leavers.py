"""Veterans, service leavers, reservists and the people who sell to them: an old comrade now in a
selling trade who offers to look at their pension, a speaker pack sent, and a course sold with a job
guaranteed in the other languages. Every note here was written for these tests."""

import pytest


def test_an_old_comrade_offering_to_look_at_their_pension_is_sales(rules_only):
    report = rules_only.analyze(
        "Hi Lee, we did basic training together at Pirbright! I've moved into mortgages now - happy to "
        "look at your Forces mortgage options."
    )
    assert {"PIT001", "PIT003"} <= report.all_codes(), report.signals
    assert report.label == "sales", report.reason


def test_asking_them_to_look_at_the_senders_pension_is_no_offer(rules_only):
    report = rules_only.analyze(
        "Hi Lee, you were our unit's welfare officer in Catterick. Could you look at my pension letter? "
        "It makes no sense to me."
    )
    assert "PIT001" not in report.all_codes(), report.signals


def test_a_speaker_pack_sent_is_an_offer(rules_only):
    report = rules_only.analyze(
        "Hi Lee, our veteran speakers inspire sales teams. Could I send our speaker pack?"
    )
    assert "PIT004" in report.all_codes(), report.signals
    assert report.label == "sales", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Olá Lee, temos cursos de segurança privada com colocação garantida. Queres saber mais?",
        "Hola Lee, ofrecemos cursos de vigilante con empleo garantizado al terminar. ¿Te interesa?",
    ],
)
def test_a_course_with_a_job_guaranteed_is_an_offer(rules_only, text):
    report = rules_only.analyze(text)
    assert "PIT004" in report.all_codes(), report.signals
    assert report.label == "sales", report.reason
