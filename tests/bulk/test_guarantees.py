"""Nothing lost: one output row per input row, errors included; atomic output; safe CSV."""

import csv
import io
import json
import os
import signal
import subprocess
import sys
import time

import pytest

from inviteslint.bulk import classify as bulk
from inviteslint.bulk.write import safe_cell
from inviteslint.engine import Analyzer

from .conftest import EXPORT


def _jsonl(path):
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_every_row_yields_a_row_even_bad_bytes_empty_and_huge(classify, tmp_path):
    source = tmp_path / "notes.csv"
    good = "Hi Ana, loved your talk at PyCon on packaging. Would you share the slides?"
    body = (
        b"id,note\r\n"
        + b'1,"'
        + good.encode()
        + b'"\r\n'
        + b"2,Caf\xe9 owners: book a 15 minute demo of our POS today!\r\n"  # Latin-1, not UTF-8
        + b"3,\r\n"
        + b'4,"'
        + b"spam " * 1_000_000
        + b'"\r\n'  # 5 MB in one cell
        + b"5,too,many,fields\r\n"
        + b"6,I'd like to add you to my professional network on LinkedIn.\r\n"
    )
    source.write_bytes(body)
    out = tmp_path / "out.jsonl"
    summary = tmp_path / "summary.json"
    result, _ = classify(source, "--text-column", "note", "-o", out, "--summary", summary)
    assert result.exit_code == 0, result.output
    rows = _jsonl(out)
    assert [r["id"] for r in rows] == ["1", "2", "3", "4", "5", "6"]
    errors = {r["id"]: r["error"] for r in rows if r["error"]}
    assert set(errors) == {"2", "4", "5"}
    assert "not valid" in errors["2"] and "\ufffd" in rows[1]["note"]
    assert "too long" in errors["4"]
    assert "fields" in errors["5"] and rows[4]["other_fields"]["extra_values"] == ["many", "fields"]
    assert rows[0]["label"] == "personalized"
    assert rows[2]["label"] == "default" and rows[2]["codes"] == ["DEF001"]
    counts = json.loads(summary.read_text())["rows"]
    assert counts == {"read": 6, "written": 6, "errored": 3, "skipped": 0, "undecodable": 1}


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_rows_in_another_encoding_are_counted_with_a_hint_and_read_with_encoding(runner, tmp_path, jobs):
    from inviteslint.cli import app

    source = tmp_path / "saved-by-a-spreadsheet.csv"
    note = "Hi Ana — loved your talk at PyCon on typing. Could I ask about your benchmarks?"
    source.write_bytes(f"name,note\r\nJosé,{note}\r\nBob,Book a demo now\r\n".encode("cp1252"))
    args = ["classify", str(source), "--text-column", "note", "--jobs", jobs, "-o", str(tmp_path / "o.jsonl")]
    result = runner.invoke(app, args)
    assert "2 rows read, 2 written, 1 with errors" in result.stderr
    assert "Rows with bytes the input encoding cannot read: 1. Give the file's encoding" in result.stderr
    result = runner.invoke(app, [*args, "--encoding", "cp1252"])
    assert "0 with errors" in result.stderr and "encoding cannot read" not in result.stderr
    assert _jsonl(tmp_path / "o.jsonl")[0]["name"] == "José"


def test_short_row_error_counts_its_fields(tmp_path, classify):
    source = tmp_path / "notes.csv"
    source.write_text("id,note\n1\n2,Loved your PyCon talk.\n", encoding="utf-8")
    result, rows = classify(source, "--text-column", "note")
    assert result.exit_code == 0, result.output
    assert [r["error"] for r in rows] == ["row has 1 field, the header has 2 fields", None]


def test_injected_analysis_failures_are_contained_to_their_rows(monkeypatch, tmp_path, classify):
    real_analyze = Analyzer.analyze

    def broken_each(self, items):
        raise RuntimeError("batch failed")

    def flaky(self, text, facts=None, limit=None):
        if "BOOM" in text:
            raise RuntimeError("injected")
        return real_analyze(self, text, facts, limit)

    monkeypatch.setattr(Analyzer, "analyze_each", broken_each)
    monkeypatch.setattr(Analyzer, "analyze", flaky)
    monkeypatch.setattr(bulk, "_worker", None)
    notes = [f"note {i} about your talk at PyCon" if i % 7 else f"BOOM {i}" for i in range(1, 51)]
    # Repeated texts in one chunk share the first one's answer, a failure included.
    notes += ["BOOM again", "note about your talk", "BOOM again", "note about your talk"]
    source = tmp_path / "notes.txt"
    source.write_text("\n".join(notes) + "\n", encoding="utf-8")
    summary = tmp_path / "s.json"
    result, rows = classify(source, "--summary", summary)
    monkeypatch.setattr(bulk, "_worker", None)
    assert result.exit_code == 0, result.output
    assert [r["text"] for r in rows] == notes
    failed = [r["text"] for r in rows if r["error"]]
    assert failed == [n for n in notes if n.startswith("BOOM")]
    assert all("injected" in r["error"] for r in rows if r["error"])
    assert all(r["label"] for r in rows if not r["error"])
    counts = json.loads(summary.read_text())["rows"]
    assert counts["read"] == counts["written"] == len(notes) and counts["errored"] == len(failed)


def test_csv_output_neutralises_formulas_and_jsonl_keeps_text(classify, tmp_path):
    out = tmp_path / "out.csv"
    result, _ = classify(EXPORT / "Invitations.csv", "-o", out)
    assert result.exit_code == 0
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    sofia = next(r for r in rows if r["From"] == "Sofia Rossi")
    assert sofia["Message"].startswith("'=HYPERLINK(")
    result, rows = classify(EXPORT / "Invitations.csv")
    assert next(r for r in rows if r["From"] == "Sofia Rossi")["Message"].startswith("=HYPERLINK(")
    for dangerous in ("=1+1", "+1", "-2", "@SUM(A1)", "\tx", "\rx"):
        assert safe_cell(dangerous) == "'" + dangerous
    assert safe_cell("Hello") == "Hello" and safe_cell(5) == 5


def test_interrupted_run_leaves_previous_output_in_place(classify, tmp_path, monkeypatch):
    out = tmp_path / "out.jsonl"
    out.write_text("previous run\n", encoding="utf-8")
    from inviteslint.bulk import write

    calls = {"n": 0}
    real = write.Writer.write

    def interrupt(self, data):
        calls["n"] += 1
        if calls["n"] == 2:  # the header, then the first chunk
            raise KeyboardInterrupt
        real(self, data)

    monkeypatch.setattr(write.Writer, "write", interrupt)
    result, _ = classify(EXPORT / "Invitations.csv", "-o", out)
    assert result.exit_code == 130
    assert out.read_text(encoding="utf-8") == "previous run\n"
    assert [p.name for p in tmp_path.iterdir()] == ["out.jsonl"], "the temporary file is removed"


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
def test_killed_process_leaves_previous_output_in_place(tmp_path):
    notes = tmp_path / "notes.txt"
    notes.write_text(
        "".join(f"Hi, note number {i} about your talk\n" for i in range(200_000)), encoding="utf-8"
    )
    out = tmp_path / "out.jsonl"
    out.write_text("previous run\n", encoding="utf-8")
    process = subprocess.Popen(
        [sys.executable, "-m", "inviteslint", "classify", "--quiet", str(notes), "-o", str(out)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    deadline = time.monotonic() + 60

    # Wait until the run is writing its temporary file, then kill it without warning.
    def writing() -> bool:
        return any(p.suffix == ".tmp" and p.stat().st_size for p in tmp_path.iterdir())

    while time.monotonic() < deadline and not writing():
        time.sleep(0.05)
    assert writing(), "the run never started writing"
    os.kill(process.pid, signal.SIGKILL)
    process.wait(timeout=30)
    assert out.read_text(encoding="utf-8") == "previous run\n"


def test_jobs_2_writes_the_same_output_as_jobs_1(classify, tmp_path):
    inputs = [EXPORT / "Invitations.csv", EXPORT / "messages.csv"]
    notes = tmp_path / "notes.txt"
    notes.write_text(
        "".join(
            f"Hi, we help teams like yours grow {i}% faster. Book a call?\n" if i % 3 else f"Note {i}\n"
            for i in range(1, 1300)
        ),
        encoding="utf-8",
    )
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    contacts = ["--contacts", EXPORT / "Connections.csv", "--policy", "checklist"]
    assert classify(*inputs, notes, *contacts, "-o", one)[0].exit_code == 0
    result, _ = classify(*inputs, notes, *contacts, "-o", two, "--jobs", "2")
    assert result.exit_code == 0, result.output
    assert one.read_bytes() == two.read_bytes()
    assert len(_jsonl(one)) == 10 + 4 + 1299


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX FIFOs")
def test_output_to_a_pipe_is_written_not_replaced(classify, tmp_path):
    import stat
    import threading

    fifo = tmp_path / "out.fifo"
    os.mkfifo(fifo)
    received = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_text(encoding="utf-8")))
    reader.start()
    result, _ = classify(EXPORT / "Invitations.csv", "-o", fifo)
    reader.join(timeout=30)
    assert result.exit_code == 0, result.output
    assert stat.S_ISFIFO(fifo.stat().st_mode), "the pipe is still a pipe"
    assert len(received[0].splitlines()) == 10


@pytest.mark.skipif(not hasattr(os, "posix_fadvise"), reason="no posix_fadvise here")
def test_output_pages_let_go_behind_the_end_change_nothing_written(classify, tmp_path, monkeypatch):
    from inviteslint.bulk import write

    advised = []
    real = os.posix_fadvise

    def fadvise(fd, offset, length, advice):
        advised.append(length)
        if len(advised) == 3:
            raise OSError("not supported here")  # a filesystem that refuses: the writer stops asking
        return real(fd, offset, length, advice)

    notes = tmp_path / "notes.txt"  # 3,000 rows: six chunks of output, six writes
    notes.write_text("".join(f"Note {i % 7}, we met at the fair\n" for i in range(3000)), encoding="utf-8")
    inputs = [EXPORT / "Invitations.csv", notes]
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    assert classify(*inputs, "-o", one)[0].exit_code == 0
    monkeypatch.setattr(write, "DROP_BYTES", 500)
    monkeypatch.setattr(write.os, "posix_fadvise", fadvise)
    result, _ = classify(*inputs, "-o", two)
    assert result.exit_code == 0, result.output
    assert one.read_bytes() == two.read_bytes()
    assert len(advised) == 3 and advised[0] > 0  # asked one step behind the end, until refused


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_run_raises_the_collectors_thresholds_and_restores_them(jobs):
    import gc

    before = gc.get_threshold()
    with bulk.LocalEngine(bulk.Settings(), jobs) as engine:
        assert gc.get_threshold() == bulk.BULK_GC_THRESHOLD
        if engine.pool is not None:  # a worker collects as seldom as this process
            assert engine.pool.submit(gc.get_threshold).result() == bulk.BULK_GC_THRESHOLD
    assert gc.get_threshold() == before
