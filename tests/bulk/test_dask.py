"""The Dask engine against a real `dask scheduler` and two `dask worker` processes on 127.0.0.1."""

import json
import os
import shutil
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

distributed = pytest.importorskip("distributed", reason="the dask extra is not installed")

from .conftest import EXPORT  # noqa: E402

DASK = Path(sys.executable).parent / "dask"


def _start(args, log):
    return subprocess.Popen([str(DASK), *args], stdout=log, stderr=subprocess.STDOUT, start_new_session=True)


@pytest.fixture(scope="module")
def cluster(tmp_path_factory):
    if not DASK.exists():
        pytest.skip("the dask command is not installed")
    folder = tmp_path_factory.mktemp("dask")
    log = (folder / "cluster.log").open("w")
    info = folder / "scheduler.json"
    processes = [
        _start(
            [
                "scheduler",
                "--host",
                "127.0.0.1",
                "--port",
                "0",
                "--no-dashboard",
                "--scheduler-file",
                str(info),
            ],
            log,
        )
    ]
    try:
        deadline = time.monotonic() + 60
        while not info.exists() and time.monotonic() < deadline:
            time.sleep(0.2)
        address = json.loads(info.read_text())["address"]
        workers = [
            _start(
                [
                    "worker",
                    address,
                    "--nthreads",
                    "1",
                    "--nworkers",
                    "1",
                    "--no-dashboard",
                    "--name",
                    f"w{i}",
                ],
                log,
            )
            for i in (1, 2)
        ]
        processes += workers
        with distributed.Client(address, timeout="30s") as client:
            client.wait_for_workers(2, timeout=120)
        yield {"address": address, "workers": workers}
    finally:
        for process in reversed(processes):
            if process.poll() is None:
                os.killpg(process.pid, signal.SIGTERM)
        for process in processes:
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
        log.close()


def _corpus(folder: Path, rows: int) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copy(EXPORT / "Invitations.csv", folder / "Invitations.csv")
    shutil.copy(EXPORT / "messages.csv", folder / "messages.csv")
    notes = folder / "notes.jsonl"
    kinds = [
        "I'd like to add you to my professional network on LinkedIn.",
        "Hi {n}, your talk at DataConf on incident reviews changed how we run ours. Could I ask about it?",
        "We help teams like yours cut cloud costs by {n}%. Book a 15 minute call: calendly.com/x/15min",
        "",
    ]
    lines = [json.dumps({"id": i, "text": kinds[i % 4].format(n=i)}) for i in range(rows)]
    notes.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return [folder / "Invitations.csv", folder / "messages.csv", notes]


def _parts(folder: Path) -> list[str]:
    return [line for part in sorted(folder.glob("*.jsonl")) for line in part.read_text().splitlines()]


def test_dask_output_equals_the_local_run(cluster, classify, tmp_path):
    inputs = _corpus(tmp_path / "in", 3000)
    local = tmp_path / "local.jsonl"
    assert classify(*inputs, "-o", local)[0].exit_code == 0
    out = tmp_path / "out"
    result, _ = classify(
        str(tmp_path / "in" / "*.csv"),
        inputs[2],
        "--engine",
        "dask",
        "--scheduler",
        cluster["address"],
        "--block-bytes",
        "8192",
        "-o",
        out,
    )
    assert result.exit_code == 0, result.output
    parts = list(out.glob("003-notes.jsonl-*.jsonl"))
    assert len(parts) > 5, "the large file was split into blocks"
    from inviteslint.bulk.classify import pipeline_builds

    with distributed.Client(cluster["address"]) as client:
        builds = client.run(pipeline_builds)
    # Each worker built its pipeline once for all its partitions (0 if it got none).
    assert set(builds.values()) <= {0, 1} and 1 in builds.values(), builds
    assert _parts(out) == local.read_text().splitlines()
    summary = json.loads((out / "summary.json").read_text())
    assert summary["rows"]["written"] == 3000 + 10 + 4 and summary["failed_partitions"] == []


def test_fsspec_url_globs(cluster, classify, tmp_path):
    inputs = _corpus(tmp_path / "in", 100)
    local = tmp_path / "local.jsonl"
    assert classify(*inputs[:2], "-o", local)[0].exit_code == 0
    out = tmp_path / "out"
    pattern = f"file://{(tmp_path / 'in').as_posix()}/*.csv"
    result, _ = classify(pattern, "--engine", "dask", "--scheduler", cluster["address"], "-o", out)
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in _parts(out)]
    expected = [json.loads(line) for line in local.read_text().splitlines()]
    assert [(r["row"], r["label"], r["codes"]) for r in rows] == [
        (r["row"], r["label"], r["codes"]) for r in expected
    ]
    assert all(r["source"].startswith("file://") for r in rows)


def test_an_export_zip_on_dask_equals_the_local_run(cluster, classify, export_zip, tmp_path, monkeypatch):
    monkeypatch.chdir(export_zip.parent)  # a relative path: the workers get the zip's absolute one
    local = tmp_path / "local.jsonl"
    assert classify(export_zip.name, "-o", local)[0].exit_code == 0
    out = tmp_path / "out"
    args = ("--engine", "dask", "--scheduler", cluster["address"], "-o", out)
    result, _ = classify(export_zip.name, *args)
    assert result.exit_code == 0, result.output
    assert [p.name for p in sorted(out.glob("*.jsonl"))] == [
        f"001-{export_zip.name}-00000.jsonl",
        f"001-{export_zip.name}-00001.jsonl",
    ], "one partition per file in the zip"
    rows = _parts(out)
    assert rows == local.read_text().splitlines()
    assert any('"in_contacts":true' in row for row in rows), "Connections.csv in the zip is used"
    summary = json.loads((out / "summary.json").read_text())
    assert summary["failed_partitions"] == [] and summary["rows"]["written"] == len(rows)


def test_stdin_on_dask_is_a_clear_error_partition(cluster, classify, tmp_path):
    out = tmp_path / "out"
    result, _ = classify("-", "--engine", "dask", "--scheduler", cluster["address"], "-o", out, stdin="Hi\n")
    assert result.exit_code == 0, result.output
    (row,) = [json.loads(line) for line in _parts(out)]
    assert "reads files, URLs and export zips, not stdin" in row["error"]


def test_a_bad_partition_is_reported_while_the_others_complete(cluster, classify, tmp_path):
    import fsspec

    with fsspec.open("memory://only-the-driver-sees-this.csv", "w") as stream:
        stream.write("text\nHi, your talk on SLOs was great.\n")  # workers run in other processes
    inputs = _corpus(tmp_path / "in", 50)
    out = tmp_path / "out"
    result, _ = classify(
        inputs[0],
        "memory://only-the-driver-sees-this.csv",
        tmp_path / "missing.csv",
        inputs[2],
        "--engine",
        "dask",
        "--scheduler",
        cluster["address"],
        "-o",
        out,
    )
    assert result.exit_code == 0, result.output
    summary = json.loads((out / "summary.json").read_text())
    failed = {item["source"] for item in summary["failed_partitions"]}
    assert failed == {"memory://only-the-driver-sees-this.csv", str(tmp_path / "missing.csv")}
    rows = [json.loads(line) for line in _parts(out)]
    errors = [r for r in rows if r["error"]]
    assert len(errors) == 2 and all("could not be read" in r["error"] for r in errors)
    assert sum(1 for r in rows if r["label"]) == 10 + 50
    assert summary["rows"]["errored"] == 2


def test_every_row_exactly_once_when_a_worker_is_killed(cluster, classify, tmp_path):
    inputs = _corpus(tmp_path / "in", 12000)
    out = tmp_path / "out"
    victim = cluster["workers"][0]

    written_at_kill = []

    def kill_when_started():
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and len(list(out.glob("001-*.jsonl"))) < 3:
            time.sleep(0.05)
        written_at_kill.append(len(list(out.glob("001-*.jsonl"))))
        os.killpg(victim.pid, signal.SIGKILL)

    killer = threading.Thread(target=kill_when_started)
    killer.start()
    result, _ = classify(
        inputs[2], "--engine", "dask", "--scheduler", cluster["address"], "--block-bytes", "16384", "-o", out
    )
    killer.join()
    victim.wait(timeout=30)
    assert result.exit_code == 0, result.output
    assert written_at_kill[0] < len(list(out.glob("001-*.jsonl"))), "the worker was killed mid-run"
    ids = [json.loads(line)["id"] for line in _parts(out)]
    assert ids == list(range(12000))


def test_missing_dask_is_a_one_line_error_with_the_install_command(classify, tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "distributed", None)  # as if the extra were not installed
    result, _ = classify(EXPORT / "Invitations.csv", "--engine", "dask", "-o", tmp_path / "out")
    assert result.exit_code == 2
    assert "pip install 'inviteslint[dask]'" in result.stderr and result.stderr.count("\n") == 1


def test_dask_engine_needs_an_output_folder(classify, tmp_path):
    result, _ = classify(EXPORT / "Invitations.csv", "--engine", "dask")
    assert result.exit_code == 2 and "output folder" in result.stderr


def test_a_partition_runs_with_the_bulk_collector_settings_and_restores_the_workers(monkeypatch, tmp_path):
    import gc

    from inviteslint.bulk import dask_engine
    from inviteslint.bulk.blocks import Block
    from inviteslint.bulk.classify import BULK_GC_THRESHOLD, Settings
    from inviteslint.bulk.read import ReadOptions
    from inviteslint.bulk.summary import Summary
    from inviteslint.bulk.write import Encoder

    seen = []

    def classify_block(block, encoder, policy, direction, settings):
        seen.append(gc.get_threshold())
        return b"", Summary(policy)

    monkeypatch.setattr(dask_engine, "classify_block", classify_block)
    before = gc.get_threshold()
    block = Block("notes.txt", "notes.txt", "text", 0, -1, 1, ("text",), None, ReadOptions())
    target = tmp_path / "part.jsonl"
    dask_engine.run_partition(
        block, Encoder("jsonl", ["text"], False, False), None, "incoming", str(target), Settings()
    )
    assert seen == [BULK_GC_THRESHOLD]
    assert gc.get_threshold() == before
    assert target.exists()
