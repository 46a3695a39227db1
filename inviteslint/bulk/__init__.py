"""Bulk classification of received notes: read, classify (``classify.py``), write, summarise."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from ..config import ConfigError
from ..config import load as load_config
from .blocks import BLOCK_BYTES
from .read import InputError, ReadOptions, Row, export_contacts, open_sources

__all__ = ["Row", "run_classify"]


@contextmanager
def _progress_bar(quiet: bool) -> Iterator[Callable[[int, str | None], None]]:
    """A live line on stderr while the run lasts, when stderr is a terminal; yields
    ``show(rows, rate)``, which does nothing otherwise. A rate of None shows rows per second."""
    if quiet or not sys.stderr.isatty():
        yield lambda rows, rate=None: None
        return
    from rich.console import Console
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    progress = Progress(
        SpinnerColumn(),
        TextColumn("{task.completed:,} rows"),
        TextColumn("{task.fields[rate]}"),
        TimeElapsedColumn(),
        console=Console(stderr=True),
        transient=True,
    )
    progress.start()
    task = progress.add_task("classify", total=None, rate="")

    def show(rows: int, rate: str | None = None) -> None:
        if rate is None:
            speed = progress.tasks[0].speed
            rate = f"{speed:,.0f} rows/s" if speed else ""
        progress.update(task, completed=rows, rate=rate)

    try:
        yield show
    finally:
        progress.stop()


def run_classify(
    *,
    inputs: list[str],
    output: str | None,
    output_format: str | None,
    input_format: str,
    text_column: str | None,
    text_field: str | None,
    sender_column: str | None = None,
    date_column: str | None = None,
    split: str,
    encoding: str,
    direction: str,
    contacts: Path | None,
    policy: str | None,
    jobs: int,
    engine: str = "local",
    scheduler: str | None = None,
    block_bytes: int | None = None,
    summary_path: Path | None = None,
    report_path: Path | None = None,
    quiet: bool = False,
    limit: int = 300,
    model: str | None = None,
    usage_error: type[Exception] = ValueError,
) -> None:
    """The classify command: everything the CLI does, with its errors as ``usage_error``."""
    import codecs

    from . import policy as policies
    from .contacts import load_contacts
    from .summary import Summary
    from .write import Encoder, Writer
    from .write import output_format as pick_format

    try:
        codecs.lookup(encoding)
    except LookupError:
        raise usage_error(f"--encoding: unknown encoding {encoding!r}") from None
    read = [Path(i).resolve() for i in inputs if i != "-"] + ([contacts.resolve()] if contacts else [])
    written: dict[Path, str] = {}
    for flag, path in (("--output", output), ("--summary", summary_path), ("--report", report_path)):
        if not path or path == "-":
            continue
        if Path(path).resolve() in read:
            raise usage_error(f"{path}: is also an input; choose another output file")
        if Path(path).resolve() in written:  # the last one written would replace the others
            raise usage_error(
                f"{path}: given to {written[Path(path).resolve()]} and {flag}; choose another file"
            )
        written[Path(path).resolve()] = flag
    for path in (summary_path, report_path):  # written last: found unwritable before the run, not after
        problem = path and _unwritable(Path(path))
        if problem:
            raise usage_error(f"{path}: cannot write ({problem})")
    try:
        config = load_config()
        policy = policy or config.get("policy")
        chosen = policies.load(policy, config) if policy else None
        book = None
        if contacts is not None:
            if not contacts.is_file():
                raise InputError(f"{contacts}: no such file")
            book = load_contacts(str(contacts), lambda: contacts.open("rb"))
        elif found := export_contacts(inputs):
            book = load_contacts(*found)
        options = ReadOptions(
            input_format, text_column, text_field, split, encoding, sender_column, date_column
        )
        if engine == "dask":
            from .dask_engine import open_inputs

            opened = open_inputs(inputs, options)  # an unreadable one becomes an error partition
            sources = [source for entry in opened for source in entry.sources]
        else:
            sources = open_sources(inputs, options)
    except (InputError, ConfigError) as err:
        raise usage_error(str(err)) from None

    if book is not None and not quiet:
        for source in sources:
            if problem := _no_sender(source):
                sys.stderr.write(f"{source.name}: {problem}\n")

    # The engine (spaCy) is imported once the inputs have been found readable: a mistyped path or
    # column is reported in a fraction of a second.
    from .classify import POOL_BLOCK_BYTES, LocalEngine, Settings

    settings = Settings(model=model, limit=limit, policy=chosen, contacts=book)
    summary = Summary(policy)
    columns = [c for source in sources for c in source.columns]
    if engine == "dask":
        from . import dask_engine
        from .classify import job_count

        encoder = Encoder(output_format or "jsonl", columns, book is not None, chosen is not None)

        def start(folder: Path, show) -> Summary:
            return dask_engine.run(
                opened,
                options,
                settings,
                encoder,
                policy,
                direction,
                folder,
                scheduler,
                job_count(jobs),  # local workers to start; unused with --scheduler
                block_bytes or BLOCK_BYTES,
                show,
            )

        summary = _run_dask(start, output, quiet, usage_error)
        _finish(summary, summary_path or Path(output) / "summary.json", report_path, quiet)
        return
    encoder = Encoder(pick_format(output, output_format), columns, book is not None, chosen is not None)
    try:
        writer = Writer(output, sys.stdout)
    except OSError as err:
        raise usage_error(f"{output}: cannot write ({err.strerror})") from None

    ok = False
    try:
        # The pool forks when entered: before the progress bar starts its thread.
        with (
            LocalEngine(settings, jobs, block_bytes or POOL_BLOCK_BYTES) as local,
            _progress_bar(quiet) as show,
        ):
            writer.write(encoder.header())
            for data, part in local.run(sources, direction, encoder, policy, summary):
                writer.write(data)
                summary.merge(part)
                show(summary.written)
        ok = True
    except InputError as err:
        raise usage_error(str(err)) from None
    finally:
        writer.close(ok)

    _finish(summary, summary_path, report_path, quiet)


def _no_sender(source) -> str | None:
    """Why --contacts cannot be used on ``source``'s rows, or None."""
    if source.kind == "text":
        return "plain text has no sender, so --contacts cannot be used"
    if source.layout is None and not source.options.sender_column:
        return "no sender column, so --contacts cannot be used (name one with --sender-column)"
    return None


def _unwritable(path: Path) -> str | None:
    """Why a file cannot be written at ``path``, or None."""
    import os

    if path.is_dir():
        return "it is a folder"
    folder = path.parent
    if not folder.is_dir():
        return f"no folder {str(folder)!r}"
    if not os.access(folder, os.W_OK):
        return f"folder {str(folder)!r} is not writable"
    return None


def _finish(summary, summary_path: Path | None, report_path: Path | None, quiet: bool) -> None:
    from ..atomic import write_atomic
    from . import html_report
    from .summary import render

    data = summary.to_dict()
    if summary_path:
        write_atomic(summary_path, json.dumps(data, indent=2, ensure_ascii=False) + "\n")
    if report_path:
        write_atomic(report_path, html_report.render(data))
    if not quiet:
        from rich.console import Console

        render(data, Console(stderr=True))


def _run_dask(start, output: str | None, quiet: bool, usage_error: type[Exception]):
    """Checks the output folder, then runs ``start(folder, show)`` with a progress bar and its
    errors as ``usage_error``."""
    from . import dask_engine

    if not output:
        raise usage_error("--engine dask writes one file per partition: give an output folder with -o")
    folder = Path(output)
    if folder.exists() and not folder.is_dir():
        raise usage_error(f"{output}: not a folder; --engine dask writes one file per partition into -o")
    try:
        with _progress_bar(quiet) as show:
            return start(folder, lambda done, total: show(done, f"{done}/{total} partitions"))
    except dask_engine.EngineMissing as err:
        raise usage_error(str(err)) from None
    except OSError as err:
        raise usage_error(f"dask: {type(err).__name__}: {err}") from None
