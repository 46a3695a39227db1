"""Rows per second on Dask with 1 and 2 workers against the local --jobs pool, same corpus, one run.

    python bench/dask.py [--size 100000] [--workdir DIR]

Writes the corpus of bench/classify.py, then times `inviteslint classify` (separate processes,
start-up included) with --jobs 1 and 2, and with --engine dask on a local cluster of 1 and 2
workers (started and stopped by classify itself), and checks that the Dask part files, put
together, are the local output. Needs the dask extra: pip install 'inviteslint[dask]'.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from classify import write_corpus  # noqa: E402


def timed(command: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=100_000)
    parser.add_argument("--workdir", type=Path)
    args = parser.parse_args()
    folder = args.workdir or Path(tempfile.mkdtemp(prefix="inviteslint-dask-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    files = [str(f) for f in write_corpus(folder, args.size)]
    base = [sys.executable, "-m", "inviteslint", "classify", "--quiet", *files]
    results = {}
    for jobs in (1, 2):
        results[f"local --jobs {jobs}"] = timed(
            [*base, "--jobs", str(jobs), "-o", str(folder / f"local{jobs}.jsonl")]
        )
    for workers in (1, 2):
        out = folder / f"dask{workers}"
        command = [
            *base,
            "--engine",
            "dask",
            "--jobs",
            str(workers),
            "-o",
            str(out),
            "--block-bytes",
            str(4 << 20),
        ]
        results[f"dask, {workers} worker{'s' * (workers > 1)}"] = timed(command)
    local = (folder / "local1.jsonl").read_text(encoding="utf-8")
    parts = "".join(p.read_text(encoding="utf-8") for p in sorted((folder / "dask2").glob("*.jsonl")))
    print(f"corpus: {args.size:,} messages in {folder}")
    for name, seconds in results.items():
        print(f"{name:<22} {args.size / seconds:>9,.0f} rows/s {1e6 * seconds / args.size:>8.1f} µs/row")
    print(f"dask output equals local output: {parts == local}")


if __name__ == "__main__":
    main()
