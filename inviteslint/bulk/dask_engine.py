"""Running classify on a Dask cluster: the partitions of the local pool, scheduled by Dask.

Each input file is planned into byte-range blocks (blocks.py) here; each block is one Dask task
that runs ``classify_block``, the same function the local ``--jobs`` pool runs, and writes its
own output file atomically. The settings (policy, contacts) are sent to every worker once; the
pipeline is built once per worker process and kept. If a worker dies, Dask runs its tasks again
elsewhere, and since a part file appears only when complete, every row is written exactly once.
"""

from __future__ import annotations

import glob
import logging
import re
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path

from ..atomic import write_atomic
from .blocks import BLOCK_BYTES, Block, plan, splittable
from .classify import Result, Settings, bulk_collection, classify_block
from .read import InputError, ReadOptions, Row, Source, ZipMember, is_url, open_sources
from .summary import Summary
from .write import Encoder

INSTALL = "the dask engine needs Dask: pip install 'inviteslint[dask]'"


class EngineMissing(Exception):
    pass


def expand(inputs: list[str]) -> list[str]:
    """Globs and URL globs expanded, in order; a pattern that matches nothing is kept as given
    (it becomes a partition that reports the problem)."""
    out: list[str] = []
    for item in inputs:
        if not any(ch in item for ch in "*?["):
            out.append(item)
            continue
        if is_url(item):
            import fsspec

            fs, _, paths = fsspec.get_fs_token_paths(item)
            protocol = item.split("://", 1)[0]
            found = [p if "://" in p else f"{protocol}://{p}" for p in sorted(paths)]
        else:
            found = sorted(glob.glob(item))
        out += found or [item]
    return out


@dataclass
class Input:
    """One input, globs expanded: its sources, opened once, or why it could not be opened."""

    item: str
    sources: list[Source] = field(default_factory=list)
    error: str = ""


def open_inputs(inputs: list[str], options: ReadOptions) -> list[Input]:
    """Every input, globs expanded, in order. An input that cannot be opened keeps its error,
    which its partition reports."""
    opened = []
    for item in expand(inputs):
        try:
            opened.append(Input(item, open_sources([item], options)))
        except (InputError, OSError, ValueError) as err:
            opened.append(Input(item, error=_message(item, err)))
    return opened


def partitions(opened: list[Input], options: ReadOptions, block_bytes: int) -> list[tuple[str, Block]]:
    """(part file stem, block) for every block of every input, in input order. An input that
    cannot be opened or planned becomes one block carrying the error."""
    planned: list[tuple[str, Block]] = []
    for number, entry in enumerate(opened, start=1):
        item = entry.item
        stem = f"{number:03d}-" + re.sub(r"[^\w.-]+", "_", Path(item.split("?")[0]).name)[:60]
        try:
            if entry.error:
                raise InputError(entry.error)
            blocks = [block for source in entry.sources for block in _blocks(source, item, block_bytes)]
        except (InputError, OSError, ValueError) as err:
            blocks = [Block(item, item, "", 0, -1, 1, (), None, options, 0, error=_message(item, err))]
        # An export zip holds two files: its blocks are numbered across both.
        planned += [
            (f"{stem}-{index:05d}", replace(block, index=index)) for index, block in enumerate(blocks)
        ]
    return planned


def _blocks(source: Source, item: str, block_bytes: int) -> list[Block]:
    if splittable(source):
        return list(plan(source, block_bytes))
    if isinstance(source.opener, ZipMember):
        # A zip member cannot be read from a byte offset: one task reads it whole, from the zip's
        # absolute path (workers need not share the client's working directory).
        opener = ZipMember(str(Path(source.opener.path).resolve()), source.opener.member)
        whole = replace(source, opener=opener)  # its header and layout come with it
        return [Block(source.name, opener.path, source.kind, 0, -1, 1, (), None, source.options, whole=whole)]
    raise InputError(f"{item}: the dask engine reads files, URLs and export zips, not stdin")


def _message(item: str, err: Exception) -> str:
    return str(err) if isinstance(err, InputError) else f"{item}: {type(err).__name__}: {err}"


def run_partition(
    block: Block,
    encoder: Encoder,
    policy: str | None,
    direction: str,
    target: str,
    settings: Settings,
) -> Summary:
    """One Dask task: classify one block and write its part file. A block that cannot be read
    gives one output row with the error; the run goes on."""
    try:
        if block.error:
            raise InputError(block.error)
        with bulk_collection():
            data, summary = classify_block(block, encoder, policy, direction, settings)
    except Exception as err:  # an unreadable partition must not fail the run
        message = f"partition {block.index} of {block.source} could not be read: {err}"
        failed = Result(Row(block.source, 0, {}, error=message))
        summary = Summary(policy)
        summary.add(failed)
        summary.failed.append({"source": block.source, "partition": block.index, "error": message})
        data = encoder.encode([failed])
    write_atomic(Path(target), encoder.header() + data)
    return summary


def run(
    opened: list[Input],
    options: ReadOptions,
    settings: Settings,
    encoder: Encoder,
    policy: str | None,
    direction: str,
    out_dir: Path,
    scheduler: str | None,
    workers: int,
    block_bytes: int = BLOCK_BYTES,
    progress: Callable[[int, int], None] | None = None,
) -> Summary:
    """Classify every input on Dask; returns the combined summary."""
    try:
        from distributed import Client, LocalCluster, as_completed
    except ImportError:
        raise EngineMissing(INSTALL) from None
    planned = partitions(opened, options, block_bytes)
    out_dir.mkdir(parents=True, exist_ok=True)
    suffix = "csv" if encoder.fmt == "csv" else "jsonl"
    if scheduler:
        cluster, client = None, Client(scheduler, timeout="30s")
    else:
        cluster = LocalCluster(
            n_workers=max(workers, 1),
            threads_per_worker=1,
            processes=True,
            dashboard_address=None,
            silence_logs=logging.CRITICAL,  # its shutdown chatter is not the user's business
        )
        client = Client(cluster)
    try:
        shared = client.scatter(settings, broadcast=True)
        run_id = uuid.uuid4().hex[:8]
        futures = [
            client.submit(
                run_partition,
                replace(block, path=_absolute(block.path)),
                encoder,
                policy,
                direction,
                str((out_dir / f"{stem}.{suffix}").resolve()),
                shared,
                key=f"inviteslint-{run_id}-{number}",
                pure=False,
            )
            for number, (stem, block) in enumerate(planned)
        ]
        total = Summary(policy)
        for done, future in enumerate(as_completed(futures), start=1):
            total.merge(future.result())
            if progress:
                progress(done, len(futures))
        return total
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def _absolute(path: str) -> str:
    return path if is_url(path) else str(Path(path).resolve())
