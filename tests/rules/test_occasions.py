"""An occasion named after a trade's word ("your retirement party") is no financial pitch, a
tasting someone led is a piece of their work, and seeing them somewhere is a meeting had. Every
note here was written for these tests."""

import pytest


def test_a_retirement_party_is_no_pension_offer(analyzer):
    report = analyzer.analyze(
        "Hi Marcus, the speeches at your retirement party in Leeds were lovely - I now lead your old team."
    )
    assert "PIT005" not in report.all_codes(), report.all_codes()
    assert report.label == "personalized", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Ciao Paolo, la tua degustazione di olio a Lucca mi ha fatto cambiare idea sull'olio. Grazie!",
        "Hola Inés, tu cata de quesos en el mercado de Ruzafa fue lo mejor del sábado. ¡Gracias!",
    ],
)
def test_a_tasting_they_led_is_their_work(analyzer, text):
    report = analyzer.analyze(text)
    assert "SPC101" in report.all_codes(), report.all_codes()
    assert report.label == "personalized", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Hi Noor, it was lovely seeing you at Grace's leaving do - we must get the old team together again.",
        "Hi Tomás, great seeing you at the allotment open day on Sunday! Your chilli seedlings were a hit.",
    ],
)
def test_seen_somewhere_is_a_meeting_had(analyzer, text):
    report = analyzer.analyze(text)
    assert "SPC102" in report.all_codes(), report.all_codes()
    assert report.label == "personalized", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Hi Noor, great seeing you! Let's connect.",
        "Hi Noor, it would be great seeing you at the expo next month.",
    ],
)
def test_seeing_them_with_no_where_or_only_wished_is_no_meeting(analyzer, text):
    report = analyzer.analyze(text)
    assert "SPC102" not in report.all_codes(), report.all_codes()


@pytest.mark.parametrize(
    "text",
    [
        "Hi Noor, long time no see! Are you coming to Priya's housewarming next Saturday?",
        "Hi Noor, will you be at Tom's retirement party on Friday? I'll be the one by the cake.",
    ],
)
def test_a_friends_life_event_both_may_go_to_is_a_shared_context(analyzer, text):
    report = analyzer.analyze(text)
    assert "SPC102" in report.all_codes(), report.all_codes()
    assert report.label == "personalized", report.reason


def test_a_firms_party_said_in_lower_case_or_a_wish_is_no_shared_context(analyzer):
    for text in (
        "Hi Noor, are you going to the summer party season? Our venues still have dates.",
        "Hi Noor, see you at the party, whoever is hosting it.",
    ):
        report = analyzer.analyze(text)
        assert not any(s["code"] == "SPC102" for s in report.signals), (text, report.signals)
