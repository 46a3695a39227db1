"""Generic CSV and JSONL inputs with a sender and a date: --sender-column and --date-column give
them what the export files have (contacts, thin profiles, top senders, notes per week)."""

import csv
import json

from .conftest import EXPORT

CLAIM = "Hi, we worked together at Ferrovia back in 2021. Would be great to reconnect!"
PITCH = "We help agencies double revenue in 90 days. Book a free strategy call: calendly.com/x/30min"
DEFAULT = "I'd like to add you to my professional network on LinkedIn."


def _crm_csv(path):
    # A tool's own export: its names, not the platform's.
    with path.open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(["Contact name", "Received", "Note"])
        writer.writerow(["Ana Díaz 🚀", "2026-04-06T09:12:00Z", CLAIM])
        writer.writerow(["Tomasz Nowak", "2026-04-07 10:00", CLAIM])
        writer.writerow(["Kevin O'Brien", "2026-03-31", PITCH])
        writer.writerow(["Kevin O'Brien", "2026-04-02", PITCH])
        writer.writerow(["", "not a date", DEFAULT])
    return path


def test_sender_column_lets_contacts_check_claimed_relationships(classify, tmp_path):
    source = _crm_csv(tmp_path / "crm.csv")
    args = (source, "--text-column", "Note", "--contacts", EXPORT / "Connections.csv")
    result, rows = classify(*args, "--sender-column", "contact NAME")
    assert result.exit_code == 0, result.output
    assert [r["in_contacts"] for r in rows] == [True, False, False, False, None]
    assert "CLM005" not in rows[0]["codes"] and "CLM005" in rows[1]["codes"]
    # Without it the same rows have no sender to look up.
    result, rows = classify(*args)
    assert result.exit_code == 0, result.output
    assert [r["in_contacts"] for r in rows] == [None] * 5
    assert not any("CLM005" in r["codes"] for r in rows)


def test_sender_and_date_columns_fill_the_summary(classify, tmp_path):
    source, summary = _crm_csv(tmp_path / "crm.csv"), tmp_path / "summary.json"
    args = ("--text-column", "Note", "--sender-column", "Contact name", "--date-column", "Received")
    result, rows = classify(source, *args, "--summary", summary)
    assert result.exit_code == 0, result.output
    data = json.loads(summary.read_text(encoding="utf-8"))
    assert data["top_sales_senders"] == [{"sender": "Kevin O'Brien", "count": 2}]
    # ISO dates with a time or a zone group by week too; the row whose date does not parse is left out.
    assert sorted(data["weeks"]) == ["2026-03-30", "2026-04-06"]
    assert sum(sum(week.values()) for week in data["weeks"].values()) == 4


def test_a_named_sender_column_left_empty_is_a_thin_profile(classify, tmp_path):
    source = _crm_csv(tmp_path / "crm.csv")
    args = (source, "--text-column", "Note", "--policy", "open")
    result, rows = classify(*args, "--sender-column", "Contact name")
    assert result.exit_code == 0, result.output
    assert rows[4]["action"] == "ignore" and "thin profile" in rows[4]["action_reason"]
    # Nothing is known of the sender without the column: the bare default note is not ignored.
    result, rows = classify(*args)
    assert rows[4]["action"] == "accept"


def test_jsonl_sender_and_date_fields(classify, tmp_path):
    source = tmp_path / "notes.jsonl"
    lines = [
        {"text": PITCH, "who": "Kevin O'Brien", "when": "2026-04-02"},
        {"text": CLAIM, "who": "Ana Díaz", "when": "2026-04-06T09:12:00+02:00"},
        {"text": CLAIM, "who": None, "when": 20260406},  # not text: no sender, no date
        {"text": CLAIM},
    ]
    source.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    summary = tmp_path / "summary.json"
    result, rows = classify(
        source,
        *("--sender-column", "who", "--date-column", "when", "--summary", summary),
        *("--contacts", EXPORT / "Connections.csv"),
    )
    assert result.exit_code == 0, result.output
    assert [r["in_contacts"] for r in rows] == [False, True, None, None]
    assert all(r["error"] is None for r in rows)
    data = json.loads(summary.read_text(encoding="utf-8"))
    assert sorted(data["weeks"]) == ["2026-03-30", "2026-04-06"]


def test_a_sender_or_date_column_not_in_the_file_lists_the_columns_found(classify, tmp_path):
    source = _crm_csv(tmp_path / "crm.csv")
    for option in ("--sender-column", "--date-column"):
        result, _ = classify(source, "--text-column", "Note", option, "From")
        assert result.exit_code == 2, result.output
        assert result.stderr.count("\n") == 1
        assert "no column 'from'" in result.stderr and option in result.stderr
        assert "columns found: Contact name, Received, Note" in result.stderr


def test_sender_column_overrides_an_exports_own(classify, tmp_path):
    result, rows = classify(
        EXPORT / "Invitations.csv", "--sender-column", "To", "--contacts", EXPORT / "Connections.csv"
    )
    assert result.exit_code == 0, result.output
    # Every incoming invitation is addressed to the user, who is not among their own connections.
    assert {r["in_contacts"] for r in rows} == {False}


def test_contacts_without_any_sender_says_so_once(runner, tmp_path):
    from inviteslint.cli import app

    source = _crm_csv(tmp_path / "crm.csv")
    args = ["classify", str(source), "--text-column", "Note", "--contacts", str(EXPORT / "Connections.csv")]
    result = runner.invoke(app, [*args, "-o", str(tmp_path / "out.jsonl")])
    assert result.exit_code == 0, result.output
    warnings = [line for line in result.stderr.splitlines() if "--sender-column" in line]
    expected = "no sender column, so --contacts cannot be used (name one with --sender-column)"
    assert warnings == [f"{source}: {expected}"]
    out = str(tmp_path / "out2.jsonl")
    result = runner.invoke(app, [*args, "--sender-column", "Contact name", "-o", out])
    assert "--sender-column" not in result.stderr


def test_contacts_with_plain_text_says_it_has_no_sender(runner, tmp_path):
    from inviteslint.cli import app

    source = tmp_path / "notes.txt"
    source.write_text(CLAIM + "\n", encoding="utf-8")
    args = ["classify", str(source), "--contacts", str(EXPORT / "Connections.csv"), "-o", str(tmp_path / "o")]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    assert f"{source}: plain text has no sender, so --contacts cannot be used" in result.stderr.splitlines()
