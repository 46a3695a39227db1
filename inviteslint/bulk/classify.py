"""Bulk classification: one partition function, run in-process, on a pool of processes or on Dask.

``classify_rows`` turns a list of input Rows into Results, one per row, in order, and is the only
function that touches the engine. ``classify_block`` reads one block of a file and runs it in
chunks: it is the unit of work of the ``--jobs`` pool and of the Dask engine. Each process builds
its Analyzer once.
"""

from __future__ import annotations

import gc
import itertools
import multiprocessing
import os
import signal
import tempfile
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from functools import lru_cache, partial
from typing import TYPE_CHECKING, Any

from ..engine import MAX_CHARS, Analyzer, lasting
from ..facts import Facts, same_person
from ..report import Report
from ..rules.context import greeting
from .blocks import Block, plan, read_block, splittable
from .contacts import Contacts, profile_key
from .exchange import Exchange
from .memo import Memo
from .policy import Policy
from .read import Row, Source, keep

if TYPE_CHECKING:
    from .summary import Summary
    from .write import Encoder

CHUNK_ROWS = 500
# spaCy's vocabulary and tokenizer cache grow with every new word; a fresh pipeline after this
# many distinct strings keeps memory flat on inputs of any size.
MAX_STRINGS = 400_000
# A bulk run makes millions of short-lived objects, and with the default thresholds (700, 10, 10)
# the collector spent about 5% of a run looking at them; set for the run and its workers, then
# restored. Peak memory did not change (docs/performance.md).
BULK_GC_THRESHOLD = (50_000, 20, 20)
MEMO_SIZE = 20_000
# Blocks a pool worker reads: small enough that what one worker finds reaches the others before
# the same texts come up again (see _pooled_block), large enough that sending one costs little.
POOL_BLOCK_BYTES = 1 << 18


@dataclass(frozen=True)
class Settings:
    model: str | None = None
    limit: int = 300
    policy: Policy | None = None
    contacts: Contacts | None = None


@dataclass(slots=True)
class Result:
    """One output row: the input row, what the engine said, and what the summary needs."""

    row: Row
    label: str = ""
    confidence: float | None = None
    scores: dict[str, int] | None = None
    codes: tuple[str, ...] = ()
    reason: str = ""
    in_contacts: bool | None = None
    action: str = ""
    action_reason: str = ""
    claims: int = 0


_NUMBERS = itertools.count()


class _Worker:
    """Per-process state: the Analyzer, and answers for texts seen before (platform default notes
    and mass templates repeat verbatim, and analysing them again gives the same report)."""

    def __init__(self, settings: Settings):
        self.settings = settings
        self.builds = 0  # pipelines built in this process: once, unless the vocabulary outgrew one
        self.build()
        self.memo = Memo(MEMO_SIZE)
        # Answers found, and hashes of answers reused, since the last trade, for the other workers
        # of a pool (None: not kept). Without the reuses, an answer two workers share would be
        # kept fresh in each memo by only that worker's half of its uses, and forgotten sooner.
        self.learned: list[tuple[tuple, tuple]] | None = None
        self.reused: list[int] | None = None
        self.number = next(_NUMBERS)
        self.exchange: Exchange | None = None  # a pool's answers (exchange.py)

    def build(self) -> None:
        with lasting():
            self.analyzer = Analyzer(self.settings.model, self.settings.limit)
            self.builds += 1

    def trade(self, folder: str) -> None:
        """Publish what this worker found since the last trade; learn what the others found."""
        if self.exchange is None or self.exchange.folder != folder:
            # Forked workers share this object but not their pid.
            self.exchange = Exchange(folder, f"{os.getpid()}-{self.number}-")
        learned, self.learned = self.learned, []
        reused, self.reused = self.reused, []
        if self.exchange.broken:
            return
        try:
            if learned or reused:
                self.exchange.publish((learned, reused))
            memo = self.memo
            for answers, uses in self.exchange.learn():
                for key, value in answers:
                    memo.put(key, value)
                # Forked workers share the hash seed; under spawn a hash names nothing here, or
                # by chance another answer, which only keeps that one longer.
                for number in uses:
                    memo.use_hash(number)
        except OSError:
            # Trading only saves work: with the folder full or gone, each worker answers alone.
            self.exchange.broken = True

    def use(self, settings: Settings) -> None:
        rebuild = (settings.model, settings.limit) != (self.settings.model, self.settings.limit)
        if settings is not self.settings:
            self.memo.clear()
        self.settings = settings
        if rebuild:
            self.build()

    def refresh(self) -> None:
        if len(self.analyzer.nlp.vocab.strings) > MAX_STRINGS:
            self.build()


_worker: _Worker | None = None


def pipeline_builds() -> int:
    """How many pipelines this process has built (0 before its first partition)."""
    return _worker.builds if _worker is not None else 0


def _get_worker(settings: Settings | None) -> _Worker:
    """The process's worker; settings replace the current ones (a pool passes them once, to
    each process's initializer, and then sends chunks alone)."""
    global _worker
    if _worker is None:
        _worker = _Worker(settings or Settings())
    elif settings is not None:
        _worker.use(settings)
    return _worker


@lru_cache(maxsize=4096)
def _facts_of(to: str | None, known: bool | None) -> Facts:
    return Facts(to=to, known=known)


def _facts(row: Row, contacts: Contacts | None) -> tuple[Facts, bool | None]:
    known = None
    if contacts is not None and (row.sender or row.sender_url):
        known = contacts.knows(row.sender, row.sender_url)
    recipient = row.recipient.strip()
    to = recipient if recipient and "," not in recipient and ";" not in recipient else None
    if to:
        # The recipient's name only matters when a greeting names someone else (CLM004):
        # otherwise leaving it out changes nothing and lets identical notes to different people
        # share one answer.
        greeted = greeting(row.text)
        if greeted is None or _greets(greeted[0], to):
            to = None
    return _facts_of(to, known), known


@lru_cache(maxsize=4096)
def _greets(greeted: str, to: str) -> bool:
    return same_person(greeted, to)


def thin_profile(row: Row) -> bool | None:
    """No sender name, or (where the export has profile URLs) no public profile URL. Unknown for
    a generic file unless the user named its sender column."""
    if row.layout not in {"invitations", "messages", "messages-old"} and not row.sender_named:
        return None
    if not row.sender.strip():
        return True
    if row.has_profile_urls:
        key = profile_key(row.sender_url)
        # Opaque member ids ("ACoAA...") stand where a public profile name would be.
        return not key or key.startswith("acoa")
    return None


def _view(result: Result, report: Report) -> dict[str, Any]:
    return {
        "label": result.label,
        "confidence": result.confidence,
        "scores": result.scores,
        "codes": report.all_codes(),
        "claims": {c["verdict"] for c in report.claims},
        "in_contacts": result.in_contacts,
        "thin_profile": thin_profile(result.row),
    }


def _fill(result: Result, report: Report, policy: Policy | None) -> tuple:
    result.label = report.label
    result.confidence = report.confidence
    result.scores = dict(report.scores)
    result.codes = tuple(report.codes())
    result.reason = report.reason
    result.claims = len(report.claims)
    if policy is not None:
        result.action, result.action_reason = policy.decide(_view(result, report))
    return _memo_value(result)


def _memo_value(result: Result) -> tuple:
    return (
        result.label,
        result.confidence,
        result.scores,
        result.codes,
        result.reason,
        result.claims,
        result.action,
        result.action_reason,
    )


def _apply(result: Result, memo: tuple) -> None:
    (
        result.label,
        result.confidence,
        scores,
        result.codes,
        result.reason,
        result.claims,
        result.action,
        result.action_reason,
    ) = memo
    result.scores = scores  # shared between rows with the same text: never changed after analysis


def classify_rows(rows: list[Row], settings: Settings | None = None) -> list[Result]:
    """Classify one partition of rows; one Result per Row, in order. Never raises for a row.

    Without settings, uses the ones this process was started with."""
    worker = _get_worker(settings)
    worker.refresh()
    settings = worker.settings
    results = [Result(row) for row in rows]
    todo: list[tuple[str, Facts, Result, tuple]] = []
    repeats: dict[tuple, list[Result]] = {}  # rows of this chunk waiting for an earlier one's answer
    for result in results:
        row = result.row
        facts, result.in_contacts = _facts(row, settings.contacts)
        if row.error:
            continue
        if len(row.text) > MAX_CHARS:
            row.error = f"{len(row.text):,} characters is too long for a note (at most {MAX_CHARS:,})"
            continue
        # A profile's thinness only matters to a policy.
        key = (row.text, facts.to, facts.known, settings.policy and thin_profile(row))
        answer = worker.memo.get(key)
        if answer is not None:
            _apply(result, answer)
            if worker.reused is not None:
                worker.reused.append(hash(key))
        elif key in repeats:
            repeats[key].append(result)
        else:
            repeats[key] = [result]
            todo.append((row.text, facts, result, key))
    if todo:
        _analyze(worker, todo, settings.policy)
    for first, *others in repeats.values():
        for result in others:
            if first.label:
                _apply(result, _memo_value(first))
            else:
                result.row.error = first.row.error
    return results


def _analyze(worker: _Worker, todo: list, policy: Policy | None) -> None:
    try:
        pairs = worker.analyzer.analyze_each((text, facts, item) for text, facts, *item in todo)
        for report, (result, key) in pairs:
            _remember(worker, key, _fill(result, report, policy))
        return
    except Exception:  # one bad note must not fail its partition: retry one by one
        pass
    for text, facts, result, key in todo:
        if result.label:
            continue
        try:
            report = worker.analyzer.analyze(text, facts)
            _remember(worker, key, _fill(result, report, policy))
        except Exception as err:
            result.row.error = f"analysis failed: {type(err).__name__}: {err}"


def _remember(worker: _Worker, key: tuple, value: tuple) -> None:
    worker.memo.put(key, value)
    if worker.learned is not None:
        worker.learned.append((key, value))


def _pooled_block(
    block: Block, encoder: Encoder, policy: str | None, direction: str, folder: str | None
) -> tuple[bytes, Summary]:
    """``classify_block`` on a pool worker that trades answers with the others through
    ``folder`` before and after the block (exchange.py)."""
    if folder is None:
        return classify_block(block, encoder, policy, direction)
    worker = _get_worker(None)
    worker.learned, worker.reused = [], []
    try:
        return classify_block(block, encoder, policy, direction, trade=partial(worker.trade, folder))
    finally:
        worker.learned = worker.reused = None


def _kept(rows: Iterable[Row], direction: str, skipped: Summary) -> Iterator[Row]:
    """The rows --direction keeps; the others are counted as skipped."""
    for row in rows:
        if keep(row, direction):
            yield row
        else:
            skipped.skip()


def chunks(rows: Iterable[Row], size: int = CHUNK_ROWS) -> Iterator[list[Row]]:
    chunk: list[Row] = []
    for row in rows:
        chunk.append(row)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def job_count(jobs: int) -> int:
    return jobs if jobs > 0 else (os.cpu_count() or 1)


def _quiet_worker() -> None:
    # Ctrl-C goes to the whole process group; the parent handles it and stops the pool.
    signal.signal(signal.SIGINT, signal.SIG_IGN)


class LocalEngine:
    """Runs the classification in this process (jobs=1) or on a pool of worker processes.

    With a pool, this process builds the pipeline and loads the readability data first, then
    forks the workers (where the platform can fork), so they start with everything loaded
    instead of each loading it again. Blocks and chunks go out with a bounded number in flight,
    so memory stays flat however long the input, and results come back in input order. The
    workers trade answers through a temporary folder, removed on exit (exchange.py)."""

    def __init__(self, settings: Settings, jobs: int = 1, block_bytes: int = POOL_BLOCK_BYTES):
        self.settings = settings
        self.jobs = job_count(jobs)
        self.block_bytes = block_bytes
        self.pool: ProcessPoolExecutor | None = None
        self.folder: tempfile.TemporaryDirectory | None = None  # where the workers trade answers
        self.collection = ExitStack()

    def __enter__(self) -> LocalEngine:
        self.collection.enter_context(bulk_collection())  # forked workers inherit the thresholds
        if self.jobs > 1:
            _get_worker(self.settings)
            try:
                self.folder = tempfile.TemporaryDirectory(prefix="inviteslint-", ignore_cleanup_errors=True)
            except OSError:
                self.folder = None  # no scratch space: the workers do not trade answers
            methods = multiprocessing.get_all_start_methods()
            context = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
            initializer = _quiet_worker if context.get_start_method() == "fork" else _start_worker
            initargs = () if initializer is _quiet_worker else (self.settings,)
            self.pool = ProcessPoolExecutor(
                self.jobs, mp_context=context, initializer=initializer, initargs=initargs
            )
            # Start every worker now, before any other thread (a progress bar) exists.
            for future in [self.pool.submit(job_count, 1) for _ in range(self.jobs)]:
                future.result()
        return self

    def __exit__(self, *exc) -> None:
        try:
            if self.pool is not None:
                self.pool.shutdown(wait=exc[0] is None, cancel_futures=True)
            if self.folder is not None:
                self.folder.cleanup()
        finally:
            self.collection.close()

    def run(
        self, sources: list[Source], direction: str, encoder: Encoder, policy: str | None, skipped: Summary
    ) -> Iterator[tuple[bytes, Summary]]:
        """(encoded output, summary) for each chunk or block, in input order.

        In one process, rows stream from the readers in chunks. With a pool, the files on disk are
        split into blocks that each worker reads itself, so this process only plans and writes;
        other inputs (stdin, zip members) are read here and sent in chunks."""
        if self.pool is None:
            rows = (row for source in sources for row in source.rows())
            for chunk in chunks(_kept(rows, direction, skipped)):
                yield process_chunk(chunk, encoder, policy, self.settings)
            return
        pending: deque[Future] = deque()
        folder = self.folder.name if self.folder else None
        for source in sources:
            if splittable(source):
                tasks = (
                    self.pool.submit(_pooled_block, block, encoder, policy, direction, folder)
                    for block in plan(source, self.block_bytes)
                )
            else:
                tasks = (
                    self.pool.submit(process_chunk, chunk, encoder, policy)
                    for chunk in chunks(_kept(source.rows(), direction, skipped))
                )
            for task in tasks:
                pending.append(task)
                if len(pending) >= 2 * self.jobs:
                    yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()


def classify_block(
    block: Block,
    encoder: Encoder,
    policy: str | None,
    direction: str,
    settings: Settings | None = None,
    trade: Callable[[], None] | None = None,
) -> tuple[bytes, Summary]:
    """Read, classify, encode and count one block of one input: the unit of work of a pool.
    ``trade`` runs before the block and after it: since the workers also trade the answers they
    reuse, trading between chunks too saved no analyses worth its cost."""
    from .summary import Summary

    summary = Summary(policy)
    parts = []
    if trade:
        trade()
    for chunk in chunks(_kept(read_block(block), direction, summary)):
        data, part = process_chunk(chunk, encoder, policy, settings)
        parts.append(data)
        summary.merge(part)
    if trade:
        trade()
    return b"".join(parts), summary


def process_chunk(
    rows: list[Row], encoder: Encoder, policy: str | None = None, settings: Settings | None = None
) -> tuple[bytes, Summary]:
    """Classify a chunk, encode its output rows and count them: all the work but reading and
    writing, so that with a pool of workers the main process does little else."""
    from .summary import Summary

    results = classify_rows(rows, settings)
    summary = Summary(policy)
    for result in results:
        summary.add(result)
    return encoder.encode(results), summary


@contextmanager
def bulk_collection() -> Iterator[None]:
    """The bulk collector thresholds for one run or one task, then the ones before: a Dask worker
    may be someone else's process, which keeps its own settings between tasks."""
    before = gc.get_threshold()
    gc.set_threshold(*BULK_GC_THRESHOLD)
    try:
        yield
    finally:
        gc.set_threshold(*before)


def _start_worker(settings: Settings) -> None:
    _quiet_worker()
    gc.set_threshold(*BULK_GC_THRESHOLD)  # a spawned worker does not inherit it
    _get_worker(settings)


__all__ = [
    "LocalEngine",
    "Result",
    "bulk_collection",
    "Settings",
    "classify_block",
    "classify_rows",
    "process_chunk",
]
