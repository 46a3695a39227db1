"""Byte-range blocks: read block by block, every row comes back once, in order, same numbers."""

import csv
import io
import json

import pytest

from inviteslint.bulk import blocks
from inviteslint.bulk import classify as engine
from inviteslint.bulk.memo import Memo
from inviteslint.bulk.read import ReadOptions, open_sources
from inviteslint.bulk.write import Encoder
from inviteslint.engine import Analyzer

from .conftest import EXPORT


def _csv_file(path, rows=300):
    buffer = io.StringIO(newline="")
    buffer.write("\ufeffNotes:\nexported for a test\n\n")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(["From", "To", "Sent At", "Message", "Direction"])
    for i in range(rows):
        message = f'Hi, line one of note {i}\nline two, with "quotes" and, commas' if i % 3 else ""
        writer.writerow([f"Sender {i}, PhD 🚀", "Jordan", "4/6/26, 2:12 PM", message, "INCOMING"])
        if i % 50 == 0:
            buffer.write("\r\n")  # a blank line between records is not a row
    path.write_text(buffer.getvalue(), encoding="utf-8")
    return path


def _rows(source):
    return [(r.row, r.fields, r.text, r.error) for r in source.rows()]


@pytest.mark.parametrize("size", [200, 1000, 1 << 20])
def test_csv_blocks_cover_every_row_once_with_multiline_quoted_fields(tmp_path, size):
    (source,) = open_sources([str(_csv_file(tmp_path / "Invitations.csv"))], ReadOptions())
    assert blocks.splittable(source)
    planned = list(blocks.plan(source, size))
    if size < 1000:
        assert len(planned) > 10
    read = [(r.row, r.fields, r.text, r.error) for b in planned for r in blocks.read_block(b)]
    assert read == _rows(source)
    assert [r[0] for r in read] == list(range(1, 301))


@pytest.mark.parametrize("size", [16, 64, 300, 1 << 20])
def test_csv_blocks_number_rows_as_the_reader_does(tmp_path, size):
    records = [
        b'1,"Hi,\r\n\r\nline after a blank line, ""quoted"" words"\r\n',
        b"2,plain\r\n",
        b'3,"' + b"long " * 40 + b'"\r\n',  # longer than the smallest blocks
        b"4,a lone\rCR ends a record for the reader\r\n",
        b"\r\n",  # a blank line is not a record
        b'5,""\r\n',
        b'"6","every field quoted"\r\n',
    ]
    path = tmp_path / "notes.csv"
    path.write_bytes(b"id,text\r\n" + b"".join(records * 5) + b"7,last without a newline")
    (source,) = open_sources([str(path)], ReadOptions())
    read = [(r.row, r.fields, r.error) for b in blocks.plan(source, size) for r in blocks.read_block(b)]
    assert read == [(r.row, r.fields, r.error) for r in source.rows()]
    assert len(read) == 5 * 7 + 1  # the lone CR makes two records of one; the blank line none


def test_semicolon_csv_blocks(tmp_path):
    path = tmp_path / "notes.csv"
    path.write_text("id;text\n" + "".join(f'{i};"note {i}; with; semicolons"\n' for i in range(300)))
    (source,) = open_sources([str(path)], ReadOptions())
    assert source.delimiter == ";"
    read = [(r.row, r.fields) for b in blocks.plan(source, 500) for r in blocks.read_block(b)]
    assert read == [(r.row, r.fields) for r in source.rows()] and len(read) == 300


def test_jsonl_and_text_blocks(tmp_path):
    lines = [json.dumps({"text": f"note {i} 🚀"}) if i % 7 else "" for i in range(200)]
    (tmp_path / "a.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (tmp_path / "a.txt").write_text("\r\n".join(f"note {i}" for i in range(200)), encoding="utf-8")
    for source in open_sources([str(tmp_path / "a.jsonl"), str(tmp_path / "a.txt")], ReadOptions()):
        planned = list(blocks.plan(source, 300))
        assert len(planned) > 5
        assert [(r.row, r.text) for b in planned for r in blocks.read_block(b)] == [
            (r.row, r.text) for r in source.rows()
        ]


def test_what_is_not_split(tmp_path):
    (tmp_path / "mac.txt").write_bytes(b"one\rtwo\rthree\r")
    (source,) = open_sources([str(tmp_path / "mac.txt")], ReadOptions())
    assert [b.start for b in blocks.plan(source, 2)] == [0]
    (source,) = open_sources([str(tmp_path / "mac.txt")], ReadOptions(split="blank-line"))
    assert not blocks.splittable(source)


def test_jobs_2_with_small_blocks_writes_what_jobs_1_writes(classify, tmp_path):
    path = _csv_file(tmp_path / "Invitations.csv")
    one, two = tmp_path / "one.csv", tmp_path / "two.csv"
    assert classify(path, EXPORT / "messages.csv", "-o", one)[0].exit_code == 0
    result, _ = classify(path, EXPORT / "messages.csv", "-o", two, "--jobs", "2", "--block-bytes", "2000")
    assert result.exit_code == 0, result.output
    assert one.read_bytes() == two.read_bytes()


def test_pool_workers_answer_from_what_the_others_found(tmp_path, monkeypatch):
    notes = ["Hi, we build CRM software. Book a 15 minute demo!", "Loved your PyCon talk on packaging."]
    path = tmp_path / "notes.txt"
    path.write_text("\n".join(notes + notes[:1]) + "\n", encoding="utf-8")
    (source,) = open_sources([str(path)], ReadOptions())
    (block,) = blocks.plan(source)
    encoder = Encoder("jsonl", source.columns, False, False)
    folder = tmp_path / "exchange"
    folder.mkdir()
    analysed = []
    real = Analyzer.analyze_each

    def counting(self, items):
        items = list(items)
        analysed.extend(text for text, *_ in items)
        return real(self, items)

    monkeypatch.setattr(Analyzer, "analyze_each", counting)
    monkeypatch.setattr(engine, "_worker", None)
    first, _ = engine._pooled_block(block, encoder, None, "all", str(folder))
    assert analysed == notes and len(list(folder.iterdir())) == 1
    # Another worker learns what the first one found, analyses nothing and writes the same rows.
    monkeypatch.setattr(engine, "_worker", None)
    analysed.clear()
    second, summary = engine._pooled_block(block, encoder, None, "all", str(folder))
    monkeypatch.setattr(engine, "_worker", None)
    # It publishes only which answers it reused, for the first worker's memo to keep them.
    assert analysed == [] and len(list(folder.iterdir())) == 2
    assert second == first and summary.written == 3
    assert [json.loads(line)["label"] for line in second.splitlines()] == ["sales", "personalized", "sales"]


def test_exchange_reads_each_other_file_once_and_keeps_few(tmp_path):
    from inviteslint.bulk.exchange import KEEP, Exchange

    one, two = Exchange(str(tmp_path), "1-0-"), Exchange(str(tmp_path), "2-0-")
    one.publish([("a", 1)])
    one.publish([])  # nothing found: no file
    assert list(one.learn()) == [] and list(two.learn()) == [[("a", 1)]]
    assert list(two.learn()) == []  # already read
    for n in range(KEEP + 5):
        one.publish([("b", n)])
    assert len(list(tmp_path.iterdir())) == KEEP
    assert sorted(answers[0][1] for answers in two.learn()) == list(range(5, KEEP + 5))
    one.publish([("c", 0)])
    (tmp_path / "1-0-7").unlink(missing_ok=True)
    assert list(two.learn()) == [[("c", 0)]]


def test_an_answer_a_peer_reuses_is_kept_in_memo(tmp_path):
    # Each memo sees only its own worker's reuses; the peer's, traded, keep a shared answer longer.

    def worker():
        one = engine._Worker.__new__(engine._Worker)
        one.memo, one.learned, one.reused = Memo(2), [], []
        one.exchange, one.number = None, 0
        return one

    def trade(one, tag):
        one.exchange = one.exchange or engine.Exchange(str(tmp_path), tag)
        one.trade(str(tmp_path))

    a, b = worker(), worker()
    for key in ("x", "y"):
        engine._remember(a, (key,), key.upper())
    trade(a, "a-")
    trade(b, "b-")  # b learns x and y
    b.reused.append(hash(("x",)))  # b answered a row from x
    trade(b, "b-")
    trade(a, "a-")  # a learns that x was reused
    a.memo.put(("z",), "Z")  # one entry goes: y, not x
    assert [key in a.memo for key in [("x",), ("y",), ("z",)]] == [True, False, True]
    assert set(a.memo.by_hash.values()) == {("x",), ("z",)}


def test_pool_leaves_no_exchange_folder(classify, tmp_path, monkeypatch):
    import tempfile

    scratch = tmp_path / "scratch"
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    path = tmp_path / "notes.txt"
    notes = [f"Loved your talk number {n} on packaging at PyCon." for n in range(200)]
    path.write_text("\n".join(notes) + "\n", encoding="utf-8")
    result, _ = classify(path, "-o", tmp_path / "out.jsonl", "--jobs", "2", "--block-bytes", "1024")
    assert result.exit_code == 0, result.output
    assert len((tmp_path / "out.jsonl").read_text().splitlines()) == 200
    assert list(scratch.iterdir()) == []


def _publish_fails(self, answers):
    raise OSError(28, "No space left on device")


def _no_scratch_folder(*args, **kwargs):
    raise PermissionError(13, "Permission denied")


@pytest.mark.parametrize(
    "module, name, failure",
    [
        ("inviteslint.bulk.exchange.Exchange", "publish", _publish_fails),
        ("tempfile", "TemporaryDirectory", _no_scratch_folder),
    ],
)
def test_a_failing_exchange_costs_work_not_rows(tmp_path, monkeypatch, classify, module, name, failure):
    path = tmp_path / "notes.txt"
    notes = [f"Loved your talk number {n % 7} on packaging at PyCon." for n in range(120)]
    path.write_text("\n".join(notes) + "\n", encoding="utf-8")
    expected, out = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    assert classify(path, "-o", expected)[0].exit_code == 0
    monkeypatch.setattr(f"{module}.{name}", failure)
    result, _ = classify(path, "-o", out, "--jobs", "2", "--block-bytes", "1024")
    assert result.exit_code == 0, result.output
    assert out.read_bytes() == expected.read_bytes()
