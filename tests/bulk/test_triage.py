"""Contacts matching, triage policies (built-in and from config), summary and HTML report."""

import json
from collections import Counter

import pytest

from inviteslint.bulk.contacts import Contacts
from inviteslint.bulk.policy import load

from .conftest import EXPORT


@pytest.fixture(scope="module")
def contacts():
    return Contacts(
        [
            ("José Luis Pérez", ""),
            ("Ana Díaz, PhD 🚀", "https://www.linkedin.com/in/anadiaz/"),
            ("Wei Zhang", ""),
        ]
    )


@pytest.mark.parametrize(
    "name, url",
    [
        ("Jose Luis Perez", ""),
        ("JOSÉ LUIS PÉREZ", ""),
        ("J. Pérez", ""),
        ("Ana Díaz", ""),
        ("Ana Diaz 🚀", ""),
        ("Dr. Ana Díaz", ""),
        ("A Diaz", ""),
        ("Wei Zhang (he/him)", ""),
        ("Someone Else", "https://linkedin.com/in/anadiaz"),
    ],
)
def test_contacts_match_despite_accents_initials_emoji_and_credentials(contacts, name, url):
    assert contacts.knows(name, url)


@pytest.mark.parametrize("name", ["Ana Lopez", "José", "Wei Wang", "Peter Parker", ""])
def test_contacts_do_not_match_other_people(contacts, name):
    assert not contacts.knows(name, "")


def test_open_policy_ignores_pitches_and_bare_defaults_from_thin_profiles(classify):
    result, rows = classify(EXPORT / "Invitations.csv", "--policy", "open")
    assert result.exit_code == 0
    action = {r["From"]: r["action"] for r in rows}
    assert action["Kevin O'Brien"] == "ignore"
    assert action["Priya Raman"] == "accept"  # no note, but a real profile
    assert action["Ana Díaz, PhD 🚀"] == "accept"
    assert all(r["action_reason"] for r in rows)


def test_open_policy_keeps_a_personal_line_beside_the_default_sentence(classify, tmp_path):
    # Both senders show an opaque member id, not a public profile: thin profiles.
    thin = "https://www.linkedin.com/in/ACoAAB1x2y3z"
    export = tmp_path / "Invitations.csv"
    export.write_text(
        "From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl\n"
        f'Lena Vogt,Jordan Lee,"4/6/26, 2:12 PM","Great chatting at PyData Berlin about your pandas '
        f"talk! I'd like to add you to my professional network on LinkedIn.\",INCOMING,{thin},\n"
        f'Rob Hale,Jordan Lee,"4/6/26, 3:12 PM",I\'d like to add you to my professional network on '
        f"LinkedIn.,INCOMING,{thin},\n",
        encoding="utf-8",
    )
    result, rows = classify(export, "--policy", "open")
    assert result.exit_code == 0, result.output
    action = {r["From"]: (r["label"], r["action"]) for r in rows}
    assert action["Lena Vogt"] == ("personalized", "accept")
    assert action["Rob Hale"] == ("default", "ignore")


def test_user_policy_from_pyproject(classify, tmp_path, monkeypatch):
    (tmp_path / "pyproject.toml").write_text(
        """[tool.inviteslint.policies.strict]
summary = "Only personal notes."
[[tool.inviteslint.policies.strict.rule]]
label = "personalized"
min_specificity = 60
action = "accept"
reason = "personal and specific"
[[tool.inviteslint.policies.strict.rule]]
action = "ignore"
reason = "everything else"
""",
        encoding="utf-8",
    )
    monkeypatch.chdir(tmp_path)
    result, rows = classify(EXPORT / "Invitations.csv", "--policy", "strict")
    assert result.exit_code == 0, result.output
    accepted = {r["From"] for r in rows if r["action"] == "accept"}
    assert accepted == {
        r["From"] for r in rows if r["label"] == "personalized" and r["scores"]["specificity"] >= 60
    }
    assert "Ana Díaz, PhD 🚀" in accepted


def test_bad_user_policies_name_the_problem(tmp_path):
    from inviteslint.config import Config, ConfigError

    def config(rules):
        return Config(tmp_path / "pyproject.toml", {"policies": {"mine": {"rule": rules}}})

    cases = [
        (
            [{"lable": "sales", "action": "ignore", "reason": "x"}, {"action": "ask", "reason": "y"}],
            "'label'",
        ),
        (
            [{"label": "spam", "action": "ignore", "reason": "x"}, {"action": "ask", "reason": "y"}],
            "unknown label",
        ),
        (
            [{"any_code": ["PIT999"], "action": "ignore", "reason": "x"}, {"action": "ask", "reason": "y"}],
            "PIT999",
        ),
        ([{"label": "sales", "action": "delete", "reason": "x"}, {"action": "ask", "reason": "y"}], "action"),
        ([{"label": "sales", "action": "ignore", "reason": "x"}], "last rule"),
    ]
    for rules, expected in cases:
        with pytest.raises(ConfigError, match=expected):
            load("mine", config(rules))


def test_unknown_config_key_is_an_error_with_a_suggestion(classify, tmp_path, monkeypatch):
    (tmp_path / ".inviteslint.toml").write_text('polcy = "open"\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result, _ = classify(EXPORT / "Invitations.csv", "--policy", "open")
    assert result.exit_code == 2 and "did you mean 'policy'" in result.stderr


def test_summary_json_and_self_contained_html_report(classify, tmp_path):
    summary, report = tmp_path / "s.json", tmp_path / "r.html"
    result, rows = classify(
        EXPORT / "Invitations.csv", EXPORT / "messages.csv", "--summary", summary, "--report", report
    )
    assert result.exit_code == 0
    data = json.loads(summary.read_text(encoding="utf-8"))
    assert data["rows"] == {"read": 17, "written": 14, "errored": 0, "skipped": 3, "undecodable": 0}
    assert sum(data["labels"].values()) == len(rows) == 14
    assert data["labels"]["sales"] == sum(r["label"] == "sales" for r in rows)
    assert data["top_sales_senders"][0] == {"sender": "Kevin O'Brien", "count": 2}
    # Each top code counts the rows it was found in.
    found = Counter(code for row in rows for code in row["codes"])
    assert {c["code"]: c["count"] for c in data["top_codes"]} == {
        c["code"]: found[c["code"]] for c in data["top_codes"]
    }
    assert data["top_codes"][0]["count"] == max(found.values())
    assert data["weeks"], "dates from both layouts are grouped by week"
    assert "2026-03-30" in data["weeks"]  # the week of 4/2/26 and 4/4/26
    page = report.read_text(encoding="utf-8")
    assert page.startswith("<!doctype html>") and "<svg" in page and "Kevin O&#x27;Brien" in page
    for remote in ("http://", "https://", "<script", "<link", "@import"):
        assert remote not in page


def test_report_bars_start_after_their_longest_label():
    import re

    from inviteslint.bulk.html_report import bars

    labels = ["DEF001 no-note", "LEN003 word-count-outside-sweet-spot"]
    svg = bars([(label, count, "#3e7cb1") for label, count in zip(labels, (1, 3), strict=True)])
    starts = {float(x) for x in re.findall(r'<rect x="([\d.]+)"', svg)}
    # 12px text of this font is at most about 7 pixels a character.
    assert len(starts) == 1 and starts.pop() >= 7 * len(labels[1])


def test_report_counts_rows_in_another_encoding(tmp_path):
    from inviteslint.bulk.html_report import render
    from inviteslint.bulk.summary import Summary

    data = Summary().to_dict()
    data["rows"].update(read=3, written=3, errored=1, undecodable=1)
    page = render(data)
    assert "1 with errors (1 with bytes the input encoding cannot read: see --encoding)" in page


def test_summary_table_on_stderr_unless_quiet(runner):
    from inviteslint.cli import app

    result = runner.invoke(app, ["classify", str(EXPORT / "Invitations.csv")])
    assert result.exit_code == 0
    assert "10 rows" not in result.stdout
    assert "12 rows read, 10 written, 0 with errors, 2 skipped" in result.stderr
    assert "Top senders of sales notes" in result.stderr


def test_policies_doc_lists_the_builtin_policies_as_the_cli_prints_them():
    from inviteslint.bulk.policy import builtin
    from inviteslint.config import Config

    from .conftest import ROOT

    text = "\n".join(load(name, Config()).describe() for name in sorted(builtin()))
    assert text in (ROOT / "docs" / "policies.md").read_text(encoding="utf-8")


def test_default_policy_from_config(classify, tmp_path, monkeypatch):
    (tmp_path / ".inviteslint.toml").write_text('policy = "open"\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result, rows = classify(EXPORT / "Invitations.csv")
    assert result.exit_code == 0
    assert rows[0]["action"] == "accept" and "open networker" in rows[-1]["action_reason"]


def test_checklist_asks_about_a_personal_note_that_also_sells(classify, tmp_path):
    talk = "Hi Ana, loved your talk at Web Summit on KYC in Lagos."
    notes = tmp_path / "notes.jsonl"
    notes.write_text(
        json.dumps({"text": f"{talk} We help fintechs cut onboarding costs."})
        + "\n"
        + json.dumps({"text": f"{talk} Could I ask how you measured drop-off?"})
        + "\n",
        encoding="utf-8",
    )
    result, rows = classify(notes, "--policy", "checklist")
    assert result.exit_code == 0
    assert [r["label"] for r in rows] == ["personalized", "personalized"]
    assert [r["action"] for r in rows] == ["ask", "accept"]
    assert "sells" in rows[0]["action_reason"]


def test_the_checklist_ignores_a_note_that_reports_tracked_opens(classify, tmp_path):
    notes = tmp_path / "notes.jsonl"
    notes.write_text(
        json.dumps({"text": "Hi Ana, I saw you opened the email I sent on Monday. Any questions?"}) + "\n",
        encoding="utf-8",
    )
    result, rows = classify(notes, "--policy", "checklist")
    assert result.exit_code == 0
    assert rows[0]["action"] == "ignore"
    assert "mass-messaging" in rows[0]["action_reason"]
