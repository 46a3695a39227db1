"""Generic inputs: CSV with a chosen column, JSONL, plain text, stdin; clear errors, exit 2."""

import csv
import json

from inviteslint.bulk.read import strip_html

from .conftest import EXPORT

PITCH = "We help agencies double revenue in 90 days. Book a free strategy call: calendly.com/x/30min"
PERSONAL = "Hi Ana, your PyCon talk on packaging fixed our release process. Could I ask how you pin builds?"


def test_csv_missing_text_column_lists_the_columns_found(classify, tmp_path):
    source = tmp_path / "notes.csv"
    source.write_text("id,body,sender\n1,hello,x\n", encoding="utf-8")
    result, _ = classify(source)
    assert result.exit_code == 2
    assert result.stderr.count("\n") == 1
    assert "no column 'text'" in result.stderr and "columns found: id, body, sender" in result.stderr
    assert "--text-column" in result.stderr
    result, _ = classify(source, "--text-column", "note")
    assert result.exit_code == 2 and "no column 'note'" in result.stderr


def test_a_binary_file_given_as_csv_is_named_as_such_not_listed_as_columns(classify, tmp_path):
    source = tmp_path / "photo.csv"
    source.write_bytes(bytes(range(256)) * 4)
    result, _ = classify(source)
    assert result.exit_code == 2
    assert result.stderr.count("\n") == 1
    assert "photo.csv: not a text file in utf-8" in result.stderr and "columns found" not in result.stderr


def test_an_export_without_the_text_column_asked_for_lists_its_columns(classify):
    result, _ = classify(EXPORT / "Invitations.csv", "--text-column", "Note")
    assert result.exit_code == 2, result.output
    assert result.stderr.count("\n") == 1
    assert "no column 'note'" in result.stderr
    assert "columns found: From, To, Sent At, Message" in result.stderr


def test_csv_with_text_column_keeps_every_field_and_renames_clashes(classify, tmp_path):
    source = tmp_path / "notes.csv"
    source.write_text(f'id,label,body\n1,mine,"{PITCH}"\n2,mine,"{PERSONAL}"\n', encoding="utf-8")
    result, rows = classify(source, "--text-column", "BODY")
    assert result.exit_code == 0, result.output
    assert [r["label"] for r in rows] == ["sales", "personalized"]
    assert rows[0]["input_label"] == "mine" and rows[0]["body"] == PITCH


def test_repeated_and_empty_column_names_lose_no_value(classify, tmp_path):
    # A spreadsheet export with two "amount" columns and trailing unnamed ones.
    source = tmp_path / "notes.csv"
    source.write_text(f'amount,amount,text,,\n10,20,"{PERSONAL}",x,y\n', encoding="utf-8")
    result, rows = classify(source)
    assert result.exit_code == 0, result.output
    out = tmp_path / "out.csv"
    result, _ = classify(source, "-o", out)
    assert result.exit_code == 0, result.output
    with open(out, encoding="utf-8", newline="") as file:
        rows.append(next(csv.DictReader(file)))
    for row in rows:
        assert (row["amount"], row["amount_2"], row["column_4"], row["column_5"]) == ("10", "20", "x", "y")
        assert row["label"] == "personalized"


def test_semicolon_csv_as_spreadsheets_save_it(classify, tmp_path):
    source = tmp_path / "notes.csv"
    source.write_text(f'Name;Note\r\nAna;"{PERSONAL}"\r\nBob;{PITCH}\r\n', encoding="utf-8-sig")
    result, rows = classify(source, "--text-column", "note")
    assert result.exit_code == 0, result.output
    assert [(r["Name"], r["label"]) for r in rows] == [("Ana", "personalized"), ("Bob", "sales")]


def test_utf16_as_spreadsheets_save_unicode_text_is_read_by_its_byte_order_mark(classify, tmp_path):
    # Excel's "Unicode Text": tab-separated UTF-16 with a byte-order mark.
    source = tmp_path / "notes.txt"
    source.write_text(f"Name\tNote\r\nAna\t{PERSONAL}\r\nBob\t{PITCH}\r\n", encoding="utf-16")
    result, rows = classify(source, "--input-format", "tsv", "--text-column", "note")
    assert result.exit_code == 0, result.output
    assert [(r["Name"], r["label"]) for r in rows] == [("Ana", "personalized"), ("Bob", "sales")]
    lines = tmp_path / "lines.txt"
    lines.write_text(f"{PERSONAL}\n{PITCH}\n", encoding="utf-16")
    result, rows = classify(lines)
    assert [r["text"] for r in rows] == [PERSONAL, PITCH]
    result, rows = classify("-", stdin=f"{PITCH}\n".encode("utf-16"))
    assert [r["label"] for r in rows] == ["sales"]
    # JSON Lines are UTF-8 by definition: a UTF-16 one is an input error, not two broken rows.
    jsonl = tmp_path / "notes.jsonl"
    jsonl.write_text(json.dumps({"text": PITCH}) + "\n", encoding="utf-16")
    result, _ = classify(jsonl)
    assert result.exit_code == 2 and "JSON is UTF-8" in result.stderr


def test_tsv_and_header_found_after_a_preamble(classify, tmp_path):
    source = tmp_path / "notes.tsv"
    source.write_text(f"exported by a CRM\n\nwho\ttext\nme\t{PITCH}\n", encoding="utf-8")
    result, rows = classify(source)
    assert result.exit_code == 0, result.output
    assert rows[0]["who"] == "me" and rows[0]["label"] == "sales"


def test_jsonl_text_field_and_bad_lines(classify, tmp_path):
    source = tmp_path / "notes.jsonl"
    lines = [
        json.dumps({"note": PITCH, "id": 1}),
        "{oops",
        json.dumps({"id": 3}),
        "",
        json.dumps({"note": None}),
    ]
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result, _ = classify(source)
    assert result.exit_code == 2 and "no field 'text'" in result.stderr and "note, id" in result.stderr
    result, rows = classify(source, "--text-field", "note")
    assert result.exit_code == 0, result.output
    assert len(rows) == 4  # the blank line is not a row
    assert rows[0]["label"] == "sales" and rows[0]["id"] == 1
    assert rows[1]["error"].startswith("not valid JSON") and rows[1]["other_fields"]["raw"] == "{oops"
    assert rows[2]["error"] == "no field 'note'"
    assert rows[3]["codes"] == ["DEF001"]


def test_jsonl_fields_of_any_json_value_come_back_unchanged(classify, tmp_path):
    # Nested values, non-ASCII text and an integer past 64 bits (which the fast encoder refuses).
    fields = {"id": 2**70, "meta": {"tags": ["a", "ü"], "score": 0.5}, "note": PITCH + " 🚀"}
    source = tmp_path / "notes.jsonl"
    source.write_text(json.dumps(fields) + "\n" + json.dumps({**fields, "id": 7}) + "\n", encoding="utf-8")
    result, rows = classify(source, "--text-field", "note")
    assert result.exit_code == 0, result.output
    assert [{k: row[k] for k in fields} for row in rows] == [fields, {**fields, "id": 7}]
    assert "🚀" in result.stdout  # written as UTF-8, not as \u escapes
    assert all(row["label"] == "sales" for row in rows)


def test_a_json_array_is_read_element_by_element_and_keeps_going_past_bad_ones(classify, tmp_path):
    # What many tools save as "notes.json": one array, pretty-printed, a note spanning the
    # reader's chunks; an element that is no object or has no note is an error row of its own.
    source = tmp_path / "notes.json"
    long = PERSONAL + " " + "It was the clearest explanation of lockfiles I know. " * 3000
    elements = [{"text": PITCH, "id": 1}, {"text": long, "id": 2}, 7, {"body": "x"}, {"text": None}]
    source.write_text(json.dumps(elements, indent=2), encoding="utf-8")
    result, rows = classify(source)
    assert result.exit_code == 0, result.output
    assert [row["row"] for row in rows] == [1, 2, 3, 4, 5]
    assert rows[0]["label"] == "sales" and rows[0]["id"] == 1
    assert rows[1]["text"] == long and rows[1]["id"] == 2
    assert rows[2]["error"] == "not a JSON object (int)"
    assert rows[3]["error"] == "no field 'text'" and rows[4]["codes"] == ["DEF001"]
    result, piped = classify("-", stdin=source.read_bytes())
    assert [row["label"] for row in piped] == [row["label"] for row in rows]


def test_a_json_array_broken_part_way_is_one_error_row_after_the_good_ones(classify, tmp_path):
    source = tmp_path / "notes.json"
    source.write_text(f'[{json.dumps({"text": PITCH})}, {{"text": "unclosed]', encoding="utf-8")
    result, rows = classify(source)
    assert result.exit_code == 0, result.output
    assert rows[0]["label"] == "sales"
    assert len(rows) == 2 and rows[1]["error"].startswith("not valid JSON")
    # A .json file of one object per line is JSON Lines, as many tools write it.
    lines = [json.dumps({"text": PITCH}), json.dumps({"text": PERSONAL})]
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result, rows = classify(source)
    assert [row["label"] for row in rows] == ["sales", "personalized"]


def test_a_json_array_element_with_bad_bytes_is_an_error_row_and_two_jobs_agree(classify, tmp_path):
    source = tmp_path / "notes.json"
    good = json.dumps({"text": PERSONAL}).encode()
    source.write_bytes(b"[" + good + b',\n{"text": "Caf\xe9 owners: book a demo"},\n' + good + b"]")
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    assert classify(source, "-o", one)[0].exit_code == 0
    assert classify(source, "-o", two, "--jobs", "2")[0].exit_code == 0
    assert one.read_bytes() == two.read_bytes()
    rows = [json.loads(line) for line in one.read_text(encoding="utf-8").splitlines()]
    assert [row["label"] for row in rows] == ["personalized", None, "personalized"]
    assert rows[1]["error"] == "not valid UTF-8" and "Caf\ufffd" in rows[1]["other_fields"]["raw"]


def test_a_json_array_without_the_note_field_lists_the_fields_found(classify, tmp_path):
    source = tmp_path / "notes.json"
    source.write_text(json.dumps([{"body": PITCH, "who": "x"}]), encoding="utf-8")
    result, _ = classify(source)
    assert result.exit_code == 2 and result.stderr.count("\n") == 1
    assert "no field 'text'" in result.stderr and "fields found: body, who" in result.stderr
    result, rows = classify(source, "--text-field", "body")
    assert result.exit_code == 0 and rows[0]["label"] == "sales"


def test_plain_text_by_line_and_by_blank_line_block(classify, tmp_path):
    source = tmp_path / "notes.txt"
    source.write_text(f"{PITCH}\n{PERSONAL}\n", encoding="utf-8")
    result, rows = classify(source)
    assert [r["label"] for r in rows] == ["sales", "personalized"]
    source.write_text(f"Hi Ana,\n{PERSONAL}\n\n\n{PITCH}\n", encoding="utf-8")
    result, rows = classify(source, "--split", "blank-line")
    assert len(rows) == 2 and rows[0]["text"].startswith("Hi Ana,\nHi Ana")


def test_stdin_is_sniffed_as_export_csv_jsonl_or_text(classify):
    data = (EXPORT / "Invitations.csv").read_bytes()
    result, rows = classify("-", stdin=data)
    assert result.exit_code == 0, result.output
    assert len(rows) == 10 and rows[0]["source"] == "<stdin>" and "Sent At" in rows[0]
    result, rows = classify("-", stdin=json.dumps({"text": PITCH}) + "\n")
    assert rows[0]["label"] == "sales"
    result, rows = classify("-", stdin=PERSONAL + "\n")
    assert rows[0]["label"] == "personalized"


def test_unusable_inputs_are_one_line_errors_with_exit_2(classify, tmp_path):
    for args, expected in (
        ([tmp_path / "missing.csv"], "no such file"),
        ([tmp_path], "is a directory"),
        ([EXPORT / "Invitations.csv", "--encoding", "klingon"], "unknown encoding"),
        ([EXPORT / "Invitations.csv", "--policy", "selectve"], "did you mean 'selective'"),
        ([EXPORT / "Invitations.csv", "-o", EXPORT / "Invitations.csv"], "is also an input"),
    ):
        result, _ = classify(*args)
        assert result.exit_code == 2, (args, result.output)
        assert expected in result.stderr and result.stderr.count("\n") == 1, result.stderr
    binary = tmp_path / "photo.csv"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8 + bytes(512))
    result, _ = classify(binary)
    assert (
        result.exit_code == 2 and "not a text file" in result.stderr and "--encoding utf-16" in result.stderr
    )
    damaged = tmp_path / "damaged.csv"  # one stray NUL byte is damage, not a binary file
    damaged.write_bytes(f'text\n"{PERSONAL}\x00"\n{PITCH}\n'.encode())
    result, rows = classify(damaged)
    assert result.exit_code == 0 and len(rows) == 2 and rows[1]["label"] == "sales"
    assert rows[0]["text"] == PERSONAL + "\ufffd"  # on every Python: 3.10's csv module stopped at a NUL
    not_zip = tmp_path / "export.zip"
    not_zip.write_bytes(b"PK but not really")
    result, _ = classify(not_zip)
    assert result.exit_code == 2 and "not a readable zip" in result.stderr


def test_strip_html_reads_like_the_message():
    html = "<p>Hi Jordan,</p><p>Our tool saves 40%&nbsp;&amp; more.<br>Free?</p>"
    assert strip_html(html) == "Hi Jordan,\n\nOur tool saves 40%\xa0& more.\nFree?"
    assert strip_html("Plain text, 3 < 4 & fine") == "Plain text, 3 < 4 & fine"


def test_no_output_may_replace_an_input_the_contacts_or_another_output(classify, tmp_path):
    contacts = tmp_path / "Connections.csv"
    contacts.write_bytes((EXPORT / "Connections.csv").read_bytes())
    notes = EXPORT / "Invitations.csv"
    out, summary = tmp_path / "out.csv", tmp_path / "summary.json"
    for args, expected in (
        (["--contacts", contacts, "-o", contacts], "Connections.csv: is also an input"),
        (["-o", out, "--summary", out], "out.csv: given to --output and --summary"),
        (
            ["--summary", summary, "--report", tmp_path / "." / "summary.json"],
            "given to --summary and --report",
        ),
    ):
        result, _ = classify(notes, *args)
        assert result.exit_code == 2, (args, result.output)
        assert expected in result.stderr and result.stderr.count("\n") == 1, result.stderr
    assert contacts.read_bytes() == (EXPORT / "Connections.csv").read_bytes() and not out.exists()


def test_an_unwritable_summary_or_report_is_refused_before_the_run(classify, tmp_path):
    source = tmp_path / "notes.txt"
    source.write_text(PERSONAL + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    for option, target, why in (
        ("--summary", tmp_path / "missing" / "s.json", "no folder"),
        ("--report", tmp_path, "it is a folder"),
    ):
        result, _ = classify(source, "-o", out, option, target)
        assert result.exit_code == 2
        assert result.stderr.count("\n") == 1 and "cannot write" in result.stderr and why in result.stderr
        assert not out.exists(), "refused before any row was classified"


def test_jsonl_note_field_named_with_text_column_as_with_sender_column(classify, tmp_path):
    source = tmp_path / "inbox.jsonl"
    lines = [json.dumps({"from": "Ann", "note": PITCH}), json.dumps({"from": "Bo", "note": None})]
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result, rows = classify(source, "--text-column", "note", "--sender-column", "from")
    assert result.exit_code == 0, result.output
    assert [r["label"] for r in rows] == ["sales", "default"] and rows[1]["codes"] == ["DEF001"]
    # --text-field still wins for JSONL.
    result, _ = classify(source, "--text-column", "note", "--text-field", "body")
    assert result.exit_code == 2 and "no field 'body'" in result.stderr
