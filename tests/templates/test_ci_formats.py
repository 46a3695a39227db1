"""CI output: GitHub annotations and SARIF 2.1.0, validated against the official schema."""

import json

import jsonschema
import pytest

from .conftest import ROOT

SCHEMA = json.loads((ROOT / "tests" / "fixtures" / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
TEMPLATE = """+++
limit = 200
+++
# outreach v2
Hi {frist_name}, we help teams like yours. Book 15 minutes: calendly.com/acme/15min
"""


@pytest.fixture
def template(tmp_path):
    path = tmp_path / "outreach.invite"
    path.write_text(TEMPLATE, encoding="utf-8")
    return path


def test_github_annotations_name_file_line_column_and_code(check, template):
    result = check("--format", "github", template)
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert lines and all(line.startswith(("::error ", "::warning ", "::notice ")) for line in lines)
    unknown = next(line for line in lines if "TPL001" in line)
    assert unknown.startswith(f"::error file={template},line=5,col=4,")
    assert "::TPL001 Unknown placeholder" in unknown


def test_sarif_validates_against_the_2_1_0_schema_with_file_positions(check, template, tmp_path):
    draft = tmp_path / "draft.txt"
    draft.write_text("Hi, I'd like to add you to my professional network on LinkedIn.\n", encoding="utf-8")
    result = check("--format", "sarif", template, draft)
    assert result.exit_code == 1
    log = json.loads(result.stdout)
    jsonschema.validate(log, SCHEMA)
    run = log["runs"][0]
    rule_ids = [r["id"] for r in run["tool"]["driver"]["rules"]]
    results = run["results"]
    assert {r["ruleId"] for r in results} >= {"TPL001", "PIT001", "DEF002"}
    for item in results:
        assert rule_ids[item["ruleIndex"]] == item["ruleId"]
    unknown = next(r for r in results if r["ruleId"] == "TPL001")
    region = unknown["locations"][0]["physicalLocation"]["region"]
    assert (region["startLine"], region["startColumn"], region["endColumn"]) == (5, 4, 16)
    assert unknown["level"] == "error"
    assert unknown["locations"][0]["physicalLocation"]["artifactLocation"]["uri"].endswith("outreach.invite")


def test_sarif_with_no_findings_is_still_valid(check, tmp_path):
    path = tmp_path / "fine.invite"
    path.write_text("Hi {first_name}, your talk at {event} on incident reviews changed how we run ours.\n")
    result = check("--format", "sarif", "--fail-on", "never", path)
    log = json.loads(result.stdout)
    jsonschema.validate(log, SCHEMA)
