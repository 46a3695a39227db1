"""Dressmakers, quilters and knitters: a group of theirs that did something for the sender's own, and
a second deed that reaches the sender's own a few words on. Every note here was written for these
tests."""

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "Mari, your knitting circle at the library in Bala made the blanket for my premature twins.",
        "Mari, your sewing class at the community centre fixed the hem on our daughter's prom dress.",
        "Mari, you ran the stall at the Aberaeron fair and sewed a new strap on my mother's old handbag.",
    ],
)
def test_a_group_of_theirs_or_a_second_deed_that_reaches_the_senders_own_is_personal(rules_only, text):
    report = rules_only.analyze(text)
    assert "SPC102" in report.all_codes(), report.all_codes()
    assert report.label == "personalized", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Mari, you viewed my profile and sent a message to my inbox.",
        "Mari, did your sewing class at the community centre make the bunting for our fete?",
    ],
)
def test_a_platform_step_or_a_question_is_no_deed(rules_only, text):
    assert "SPC102" not in rules_only.analyze(text).all_codes()
