"""Mentoring: a mentor asked for is a part wished for, not a past; a scheme that paired the two is
a shared context, the platform's suggestion is not; a paid programme run by the sender is an offer."""

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "Hi Priya, would you be my mentor? I want to move into product.",
        "Hi Priya, I'd love to have you as my mentor while I learn data engineering.",
    ],
)
def test_a_mentor_asked_for_is_no_shared_past(analyzer, text):
    report = analyzer.analyze(text)
    assert "SPC102" not in report.all_codes(), report.signals
    assert report.label == "default", report.reason


def test_a_mentor_they_were_is_a_shared_past(analyzer):
    report = analyzer.analyze(
        "Hi Priya, you were my mentor on the Barclays graduate scheme in 2017 - thank you."
    )
    assert "SPC102" in report.all_codes(), report.signals
    assert report.label == "personalized", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Hi Priya, the Code Your Future mentoring scheme has paired us for the spring - I'm the learner "
        "from Glasgow. Speak on Thursday!",
        "Olá Priya, o programa de mentoria da Casa do Impacto juntou-nos este semestre - sou o estudante "
        "de Braga. Até segunda!",
    ],
)
def test_a_scheme_that_paired_the_two_is_a_shared_context(analyzer, text):
    report = analyzer.analyze(text)
    assert "SPC102" in report.all_codes(), report.signals
    assert report.label == "personalized", report.reason


def test_the_platform_that_matched_the_two_is_no_shared_context(analyzer):
    report = analyzer.analyze("Hi Priya, the LinkedIn algorithm matched us, so I thought I'd say hello!")
    assert "SPC102" not in report.all_codes(), report.signals


@pytest.mark.parametrize(
    "text",
    [
        "Hi Priya, I run a paid mentoring circle for new managers. Shall I send details?",
        "Cześć Priya, prowadzę płatny kurs dla początkujących analityków. Przesłać szczegóły?",
    ],
)
def test_a_paid_programme_the_sender_runs_is_an_offer(analyzer, text):
    report = analyzer.analyze(text)
    assert {"PIT004", "PIT013"} <= report.all_codes(), report.all_codes()
    assert report.label == "sales", report.reason
