"""Notes from shops and online sellers, and from those who sell to them: a shop's returns are no
investment, a figure they achieved is no promise, a client's result credited to the sender's widget,
a workshop led in French, a job seeker asking to hear of a job. Every note here was written for these
tests."""

import pytest


def test_a_shops_returns_cut_in_their_post_are_no_pitch(analyzer):
    report = analyzer.analyze(
        "Hi Mo, your post on how you cut returns by 25% with fit videos was brilliant - we make "
        "children's shoes and have the same headache. How did you film them?"
    )
    assert {"PIT005", "PIT010"}.isdisjoint(report.all_codes()), report.all_codes()
    assert report.label == "personalized", report.reason


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Hi Jo, our fund has delivered annual returns of 12% since 2019. Shall I send the deck?", "PIT005"),
        (
            "Hi Zoe, Seasalt cut their returns by a quarter with our fit-finder widget. Free on Monday?",
            "PIT003",
        ),
    ],
)
def test_investment_returns_and_a_clients_result_are_sales(analyzer, text, code):
    report = analyzer.analyze(text)
    assert code in report.all_codes(), report.all_codes()
    assert report.label == "sales", report.reason


def test_a_workshop_led_in_french_is_their_work(analyzer):
    report = analyzer.analyze(
        "Bonjour Léa, tu as animé l'atelier sur la vitrine de Noël à la CCI de Nantes : ma boutique a "
        "doublé ses ventes en décembre !"
    )
    assert "SPC101" in report.all_codes(), report.all_codes()
    assert report.label == "personalized", report.reason


def test_a_job_seeker_asking_to_hear_of_a_job_is_not_selling(analyzer):
    report = analyzer.analyze(
        "Hi Sam, forklift driver here. If you hear of a job, could we have a 10-minute call?"
    )
    assert "PIT018" in report.all_codes(), report.all_codes()
    assert report.label != "sales", report.reason


def test_a_job_seeker_offering_themselves_is_not_on_call_for_a_service(analyzer):
    report = analyzer.analyze(
        "Hi Bo, barista between jobs - if you hear of a café job in Leith, I'm your girl!"
    )
    assert "PIT003" not in report.all_codes(), report.all_codes()
    assert report.label != "sales", report.reason


def test_a_tradesman_on_call_is_still_selling(analyzer):
    report = analyzer.analyze("Need your boiler serviced before winter? I'm your man - £70 flat.")
    assert "PIT003" in report.all_codes(), report.all_codes()
    assert report.label == "sales", report.reason
