"""Galleries, collectors and the trades around them: a tour or a show "you" led, told in Polish, and a
trade's job on their next show offered. Every note here was written for these tests."""

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "Cześć Ewa, prowadziłaś oprowadzanie po muzeum kolei w Chabówce. Dziękuję!",
        "Dzień dobry, byłem z córką na Pani oprowadzaniu po zamku w Malborku. Było wspaniale.",
        "Cześć Marek, zorganizowałeś koncert w bibliotece, na którym śpiewała moja mama. Dziękuję!",
    ],
)
def test_a_tour_or_a_show_they_led_in_polish_is_a_shared_past(rules_only, text):
    report = rules_only.analyze(text)
    assert report.label == "personalized", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Hi Nell, we crate and ship sculpture for museums across Europe. Could we quote your next show?",
        "Hi Nell, we cover artworks in transit with no excess. Happy to insure your next exhibition.",
    ],
)
def test_a_trades_job_on_their_next_show_is_no_piece_of_their_work(rules_only, text):
    report = rules_only.analyze(text)
    assert "SPC101" not in report.all_codes(), report.signals
    assert report.label == "sales", report.reason
