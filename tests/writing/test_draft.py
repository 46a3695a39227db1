"""inviteslint draft: three variants, each clean, within the limit, and never more than the facts."""

import itertools
import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from inviteslint.cli import app
from inviteslint.draft import DraftError, DraftFacts, Refused, compose
from inviteslint.rules.base import Severity

NAMES = ["Ana Díaz", "Zoë O'Neill-Brown", "Nguyễn Thị Minh Khai", "Søren Kierkegaard-Larsen", "李娜", "Olu"]
PLACES = {
    "met": "DataConf in Lisbon",
    "friend": "Maya's birthday dinner",
    "colleague": "Vandelay International Logistics and Freight Forwarding Holdings",
    "classmate": "the Technical University of Munich",
    "business": "the Q3 warehouse migration",
    "group": "the Rust Berlin meetup group",
}
REASONS = [
    "to compare notes on feature stores",
    "I'm moving into platform engineering and would value your view",
]


def assert_clean(variant, limit):
    assert len(variant.text) <= limit, variant.text
    loud = [f.code for f in variant.report.findings if Severity(f.severity).rank >= Severity("warning").rank]
    assert not loud, (variant.name, variant.text, loud)
    assert all(c["verdict"] == "supported" for c in variant.report.claims), variant.report.claims


MATRIX = [
    (name, relationship, place, reason, question, limit)
    for (name, (relationship, place)), reason, question, limit in itertools.product(
        zip(NAMES, PLACES.items(), strict=True),
        REASONS,
        [None, "how do you run your reviews"],
        [300, 200],
    )
]


@pytest.mark.parametrize("name, relationship, place, reason, question, limit", MATRIX)
def test_every_variant_lints_clean_and_fits(analyzer, name, relationship, place, reason, question, limit):
    facts = DraftFacts(
        to=name, relationship=relationship, met_at=place, reason=reason, question=question, limit=limit
    )
    variants = compose(analyzer, facts)
    assert [v.name for v in variants] == ["short", "warm", "direct"]
    for variant in variants:
        assert_clean(variant, limit)
        assert variant.text.startswith(f"Hi {name.split()[0]},")


@pytest.mark.parametrize(
    "found_via, shared",
    [
        ("your post on incident reviews", None),
        (None, "we both maintain Kafka tooling"),
        ("your talk on SLOs", "we both run on-call rotations"),
    ],
)
def test_no_prior_contact_says_so_plainly(analyzer, found_via, shared):
    facts = DraftFacts(to="Kenji", relationship="none", found_via=found_via, shared=shared, reason=REASONS[0])
    for variant in compose(analyzer, facts):
        assert_clean(variant, 300)
        assert "haven't met" in variant.text
        assert not variant.report.claims


def test_missing_optional_facts_and_no_name(analyzer):
    variants = compose(analyzer, DraftFacts(relationship="met", met_at="PyCon US", reason=REASONS[0]))
    assert all(v.text.startswith("Hello,") for v in variants)
    for variant in variants:
        assert_clean(variant, 300)


def test_a_sales_purpose_is_refused_with_advice(analyzer):
    facts = DraftFacts(
        to="Lee",
        found_via="your talk on SLOs",
        reason="We help teams cut cloud costs by 40%. Can we book a demo?",
    )
    with pytest.raises(Refused, match="connect first"):
        compose(analyzer, facts)


@pytest.mark.parametrize(
    "facts, message",
    [
        (DraftFacts(to="Lee", reason="to learn"), "at least one specific fact"),
        (DraftFacts(to="Lee", met_at="PyCon", relationship="met"), "why you want to connect"),
        (
            DraftFacts(to="Lee", relationship="none", met_at="PyCon", reason="to learn"),
            "relationship is none",
        ),
    ],
)
def test_facts_a_draft_cannot_be_written_from(analyzer, facts, message):
    with pytest.raises(DraftError, match=message):
        compose(analyzer, facts)


PHRASES = [
    "we worked together at Initech",
    "we met at PyCon",
    "we both maintain Kafka tooling",
    "your post on incident reviews",
    "our days at Globex",
    "you were my manager",
    "the Rust Berlin group",
    "my friend Sam introduced us",
]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    relationship=st.sampled_from(["none", "met", "friend", "colleague", "classmate", "business", "group"]),
    met_at=st.sampled_from([None, "PyCon", "Initech", "the Rust Berlin group"]),
    found_via=st.sampled_from([None, *PHRASES]),
    shared=st.sampled_from([None, *PHRASES]),
    reason=st.sampled_from(
        [REASONS[0], "to stay in touch after " + PHRASES[0], "to hear how " + PHRASES[4] + " went"]
    ),
    name=st.sampled_from(NAMES),
)
def test_no_variant_claims_more_than_the_facts(
    analyzer, relationship, met_at, found_via, shared, reason, name
):
    facts = DraftFacts(
        name, relationship, met_at if relationship != "none" else None, found_via, shared, reason
    )
    try:
        variants = compose(analyzer, facts)
    except DraftError:
        return  # refusing is honest too
    for variant in variants:
        for claim in variant.report.claims:
            assert claim["verdict"] == "supported", (facts, variant.text, claim)


def test_cli_json_and_interactive_prompts():
    runner = CliRunner()
    result = runner.invoke(
        app,
        [
            "draft",
            "--to",
            "Ana",
            "--relationship",
            "met",
            "--met-at",
            "DataConf",
            "--reason",
            REASONS[0],
            "--format",
            "json",
        ],
    )
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert [v["variant"] for v in data] == ["short", "warm", "direct"]
    assert all({"text", "label", "scores", "findings"} <= set(v) for v in data)
    answers = "Ana\nnone\nyour post on incident reviews\n\n"
    answers += "to ask how you ran the review\nwhat did you change first\n"
    result = runner.invoke(app, ["draft", "--interactive"], input=answers)
    assert result.exit_code == 0, result.output
    assert "haven't met" in result.stdout and "What did you change first?" in result.stdout


def test_cli_refusal_exits_1_with_advice():
    result = CliRunner().invoke(
        app,
        ["draft", "--to", "Lee", "--found-via", "your talk", "--reason", "Book a 15 minute demo of our tool"],
    )
    assert result.exit_code == 1 and "connect first" in result.stderr


def test_cli_met_at_alone_means_you_met_and_contradicting_it_is_an_error():
    runner = CliRunner()
    args = ["draft", "--to", "Ana", "--met-at", "DataConf", "--reason", REASONS[0], "--no-interactive"]
    result = runner.invoke(app, args + ["--format", "json"])
    assert result.exit_code == 0, result.output
    assert all("DataConf" in v["text"] for v in json.loads(result.stdout))
    contradicted = runner.invoke(app, args + ["--relationship", "none"])
    assert contradicted.exit_code == 2 and "--relationship is none" in contradicted.stderr


def test_facts_with_a_meeting_place_and_no_relationship_mean_you_met(analyzer):
    facts = DraftFacts(to="Ana", met_at="DataConf", reason=REASONS[0])
    assert facts.relationship == "met"
    assert all("DataConf" in v.text for v in compose(analyzer, facts))
    assert DraftFacts(to="Ana", found_via="your post on retries").relationship == "none"
