"""Splitting large input files into byte-range blocks that workers read for themselves.

A block starts and ends on a record boundary: for JSONL and text, a newline; for CSV, a newline
outside quotes (an even number of quote characters since the start of the data, which holds for
any well-formed CSV because quotes inside fields are doubled). A lone CR, which the CSV reader
also takes for a record end, makes the rest of the file one block. The planner also counts the rows
before each block, so rows keep the numbers a single reader would give them.
"""

from __future__ import annotations

import codecs
import io
from collections.abc import Iterator
from dataclasses import dataclass

from .layouts import LAYOUTS, Layout
from .read import ReadOptions, Row, Source, csv_reader, csv_records, jsonl_lines, open_path, text_lines

BLOCK_BYTES = 1 << 20


@dataclass(frozen=True)
class Block:
    """One partition of one input: enough to read it anywhere the file can be opened."""

    source: str  # the name rows carry
    path: str  # what to open
    kind: str
    start: int
    end: int  # -1: to the end of the file
    first_row: int
    columns: tuple[str, ...]
    layout: str | None
    options: ReadOptions
    index: int = 0
    error: str = ""  # an input that could not be opened or planned
    delimiter: str = ","
    # A source read whole, as it is (a member of an export zip, which has no byte ranges to split).
    whole: Source | None = None


def _ascii_compatible(encoding: str) -> bool:
    try:
        return '\n",\r'.encode(encoding) == b'\n",\r'
    except (LookupError, UnicodeError):
        return False


SPLITTABLE_ENCODINGS = {"utf-8", "utf-8-sig", "ascii", "iso8859-1", "cp1252"}


def splittable(source: Source) -> bool:
    """Files on disk, in an encoding where a newline or a quote byte is always that character."""
    return (
        source.path is not None
        and source.kind in {"csv", "tsv", "jsonl", "text"}
        and not (source.kind == "text" and source.options.split == "blank-line")
        and codecs.lookup(source.options.encoding).name in SPLITTABLE_ENCODINGS
    )


def plan(source: Source, size: int = BLOCK_BYTES) -> Iterator[Block]:
    """Blocks of about ``size`` bytes covering the source's rows, in order, found as the file is
    scanned (so the first blocks can start before the scan ends)."""
    with open_path(source.path) as stream:
        start = _data_start(source, stream)
        stream.seek(start)
        block_start, rows_before, rows_in_block, offset, quotes, index = start, 0, 0, start, 0, 0
        held: list[Block] = []  # text blocks wait for the whole scan: a lone CR anywhere means no split
        tabular = source.kind in {"csv", "tsv"}
        for line in stream:
            length = len(line)
            offset += length
            if tabular:
                # A CR before the line's last two bytes is a lone CR (the last line's own, if it
                # has no newline, ends no block). The reader takes it for a record end: the rest
                # is one block, so that the rows after it keep their numbers.
                if line.find(b"\r", 0, length - 2) >= 0:
                    yield _block(source, block_start, -1, rows_before + 1, index)
                    return
                quotes += line.count(b'"')
                if quotes % 2:
                    continue  # inside a quoted field that spans lines
                # Past the CR test, only a line of two bytes or fewer can be blank.
                rows_in_block += length > 2 or line.strip(b"\r\n") != b""
            elif source.kind == "jsonl":
                rows_in_block += bool(line.strip())
            else:
                if b"\r" in line.rstrip(b"\r\n"):  # a lone CR ends a line for the text reader
                    yield _block(source, start, -1, 1, 0)
                    return
                rows_in_block += 1
            if offset - block_start >= size:
                block = _block(source, block_start, offset, rows_before + 1, index)
                if source.kind == "text":
                    held.append(block)
                else:
                    yield block
                block_start, rows_before, rows_in_block = offset, rows_before + rows_in_block, 0
                index += 1
        yield from held
        if offset > block_start or index == 0:
            yield _block(source, block_start, -1, rows_before + 1, index)


def _block(source: Source, start: int, end: int, first_row: int, index: int) -> Block:
    layout = source.layout.name if source.layout else None
    return Block(
        source.name,
        source.path,
        source.kind,
        start,
        end,
        first_row,
        tuple(source.columns),
        layout,
        source.options,
        index,
        delimiter=source.delimiter,
    )


def _data_start(source: Source, stream) -> int:
    """The byte offset of the first row: after the lines the header search read (none for JSONL
    and text)."""
    return sum(len(stream.readline()) for _ in range(source.header_lines))


def read_block(block: Block) -> Iterator[Row]:
    """The rows of one block, numbered as in the whole file."""
    if block.whole is not None:
        yield from block.whole.rows()
        return
    with open_path(block.path) as stream:
        stream.seek(block.start)
        data = stream.read() if block.end < 0 else stream.read(block.end - block.start)
    raw = io.BytesIO(data)
    if block.kind in {"csv", "tsv"}:
        text = io.TextIOWrapper(raw, encoding=block.options.encoding, errors="surrogateescape", newline="")
        reader = csv_reader(text, block.delimiter)
        layout = _layout(block.layout)
        yield from csv_records(
            block.source, list(block.columns), layout, block.options, reader, block.first_row
        )
    elif block.kind == "jsonl":
        yield from jsonl_lines(block.source, block.options, raw, block.first_row)
    else:
        yield from text_lines(block.source, block.options, raw, block.first_row)


def _layout(name: str | None) -> Layout | None:
    return next((layout for layout in LAYOUTS if layout.name == name), None)
