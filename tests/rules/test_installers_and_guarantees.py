"""Installers and other trades: the trade offered for the recipient's own premises, and a service
beside an outcome promised to the buyer. Every note here was written for these tests."""

import json

import pytest
from typer.testing import CliRunner

from inviteslint.cli import app


@pytest.mark.parametrize(
    "text",
    [
        "Hi Rhian, we install smart meters. Guaranteed savings on your first bill!",
        "Hi Rhian, we install solar for Northwind - 10k savings guaranteed!",
        "Hi Rhian, we print banners and signs. Guaranteed results for every event.",
    ],
)
def test_a_service_beside_an_outcome_promised_is_a_pitch(rules_only, text):
    report = rules_only.analyze(text)
    assert {"PIT010", "PIT011"} <= report.all_codes(), report.all_codes()
    assert report.label == "sales", report.reason


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # A job seeker's portfolio, no outcome promised.
        ("Hi Rhian, I'm a junior designer seeking a first role - my portfolio is at rhian.design.", "PIT011"),
        # A club's good year, no service.
        ("Thanks for connecting! Our running club grew 30% this year, come along on Sunday.", "PIT010"),
    ],
)
def test_either_alone_does_not_make_a_generic_note_a_pitch(rules_only, text, code):
    report = rules_only.analyze(text)
    assert code in report.all_codes(), report.all_codes()
    assert report.label != "sales", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Hi Rhian, we install EV chargers for your company car park.",
        "Hi Rhian, we fit air-source heat pumps for your home and handle the grant paperwork.",
    ],
)
def test_a_trade_installed_for_their_own_business_or_home_is_a_self_pitch(rules_only, text):
    report = rules_only.analyze(text)
    assert "PIT003" in report.all_codes(), report.all_codes()
    assert report.label == "sales", report.reason


def test_a_saving_promised_by_the_count_is_an_outcome_promise(rules_only):
    report = rules_only.analyze("Hi Rhian, we fit LED lighting in warehouses - 10k savings guaranteed.")
    assert "PIT010" in report.all_codes(), report.all_codes()


def test_an_installers_template_reads_sales_unfilled_and_as_the_hook_reads_it(rules_only, tmp_path):
    template = "Hi [First Name], we install solar for [Company] - 10k savings guaranteed!"
    assert rules_only.analyze(template).label == "sales"
    path = tmp_path / "solar.invite"
    path.write_text(template + "\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["check", "--format", "json", "--template", str(path)])
    assert json.loads(result.stdout)[0]["label"] == "sales", result.stdout
