"""The platform's export layouts, read from realistic files, end to end through the CLI."""

import csv
import io
import json

from .conftest import EXPORT, EXPORT_2016


def test_invitations_incoming_by_default_with_bom_emoji_commas_and_empty_notes(classify):
    result, rows = classify(EXPORT / "Invitations.csv")
    assert result.exit_code == 0, result.output
    assert [r["row"] for r in rows] == [1, 2, 3, 4, 6, 7, 8, 9, 10, 12]  # 5 and 11 are OUTGOING
    assert all(r["Direction"] == "INCOMING" for r in rows)
    assert "From" in rows[0], "the BOM must not stick to the first column name"
    by_sender = {r["From"]: r for r in rows}
    empty = by_sender["Priya Raman"]
    assert empty["Message"] == "" and empty["label"] == "default" and empty["codes"] == ["DEF001"]
    assert by_sender["Marco Bianchi"]["label"] == "default"
    assert "DEF002" in by_sender["Marco Bianchi"]["codes"]
    assert by_sender["Ana Díaz, PhD 🚀"]["label"] == "personalized"
    assert by_sender["Kevin O'Brien"]["label"] == "sales"
    multiline = by_sender["Tomasz Nowak"]["Message"]
    assert multiline.count("\n") == 2 and "Initech" in multiline
    assert by_sender["Kevin O'Brien"]["inviterProfileUrl"].endswith("ACoAAB3xYz12QrS")


def test_direction_all_keeps_outgoing_rows(classify):
    result, rows = classify(EXPORT / "Invitations.csv", "--direction", "all")
    assert result.exit_code == 0
    assert len(rows) == 12
    assert sum(r["Direction"] == "OUTGOING" for r in rows) == 2


def test_messages_html_is_stripped_for_analysis_and_kept_in_output(classify):
    result, rows = classify(EXPORT / "messages.csv")
    assert result.exit_code == 0, result.output
    # The user's own message (folder SENT) is outgoing and skipped by default.
    assert [r["FROM"] for r in rows] == ["Kevin O'Brien", "Ana Díaz, PhD 🚀", "Marco Bianchi", "Sofia Rossi"]
    kevin = rows[0]
    assert kevin["CONTENT"].startswith("<p>Hi Jordan,</p>")
    assert kevin["label"] == "sales"
    assert kevin["DATE"] == "2026-04-06 16:35:35 UTC"
    # Entities were decoded before analysis: "&#39;" is an apostrophe, not a word.
    assert "&#39;" in rows[1]["CONTENT"]
    assert rows[2]["CONTENT"] == "" and rows[2]["codes"] == ["DEF001"]


def test_old_messages_layout_with_wrapper_html_and_merge_tags(classify):
    result, rows = classify(EXPORT_2016 / "Messages.csv")
    assert result.exit_code == 0, result.output
    assert [r["From"] for r in rows] == ["Helga Johansson", "Ravi Shankar", "Lead Gen Pros"]
    helga, ravi, leads = rows
    assert "DEF003" in helga["codes"] and helga["label"] == "default"
    assert ravi["label"] == "personalized"
    assert leads["label"] == "sales" and "PIT009" in leads["codes"]


def test_export_zip_classifies_invitations_and_messages_with_its_contacts(classify, export_zip):
    result, rows = classify(export_zip, "--policy", "selective")
    assert result.exit_code == 0, result.output
    sources = {r["source"].rsplit(":", 1)[1] for r in rows}
    assert sources == {"Invitations.csv", "messages.csv"}
    assert len(rows) == 10 + 4
    known = {r.get("From") or r.get("FROM"): r["in_contacts"] for r in rows}
    assert known["Ana Díaz, PhD 🚀"] is True  # matched by profile URL and by name
    assert known["Rahul Verma"] is True
    assert known["Kevin O'Brien"] is False
    assert all(r["action"] in {"accept", "ask", "ignore"} for r in rows)


def test_current_contacts_with_preamble_make_claims_plausible_or_suspect(classify):
    result, rows = classify(EXPORT / "Invitations.csv", "--contacts", EXPORT / "Connections.csv")
    assert result.exit_code == 0, result.output
    tomasz = next(r for r in rows if r["From"] == "Tomasz Nowak")
    assert tomasz["in_contacts"] is False and "CLM005" in tomasz["codes"]
    assert next(r for r in rows if r["From"] == "Priya Raman")["in_contacts"] is True


def test_old_contacts_without_preamble_or_urls(classify):
    result, rows = classify(EXPORT_2016 / "Messages.csv", "--contacts", EXPORT_2016 / "Connections.csv")
    assert result.exit_code == 0, result.output
    assert [r["in_contacts"] for r in rows] == [True, False, False]
    ravi = rows[1]
    assert "CLM005" in ravi["codes"]  # "we met at Strata", but not a connection


def test_csv_output_has_one_column_per_score_and_space_separated_codes(classify, tmp_path):
    out = tmp_path / "out.csv"
    result, _ = classify(EXPORT / "Invitations.csv", "-o", out)
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert len(rows) == 10
    kevin = next(r for r in rows if r["From"] == "Kevin O'Brien")
    assert kevin["pitch"] == "100" and kevin["label"] == "sales"
    assert "PIT001" in kevin["codes"].split(" ")
    assert set(json.loads(json.dumps(list(rows[0])))) >= {
        "specificity",
        "honesty",
        "length",
        "overall",
        "error",
    }


def test_same_note_to_the_person_it_greets_and_to_someone_else(classify, tmp_path):
    # One text, answered once for everyone it greets by name, and apart for anyone else.
    note = "Hi Maria, loved your talk at PyCon on packaging. Would you share the slides?"
    source = tmp_path / "Invitations.csv"
    lines = ["From,To,Sent At,Message,Direction"]
    recipients = ("Maria Silva", "Tom Berg", "María")
    lines += [f'Sam Lee,{to},"4/6/26, 2:12 PM","{note}",INCOMING' for to in recipients]
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result, rows = classify(source)
    assert result.exit_code == 0, result.output
    assert ["CLM004" in row["codes"] for row in rows] == [False, True, False]
    assert rows[0]["scores"] == rows[2]["scores"] and rows[1]["scores"]["honesty"] < 100
