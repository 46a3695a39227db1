"""Reading notes in bulk: CSV, JSONL, plain text, the platform's export files and its zip.

Every reader streams and yields one ``Row`` per input row, in order. A row that cannot be read
cleanly (bad bytes, wrong number of fields, bad JSON) still yields a Row, with ``error`` set.
Problems that make a whole input unusable (no such file, no text column) raise ``InputError``
before any row is read.
"""

from __future__ import annotations

import codecs
import csv
import io
import json
import re
import sys
import zipfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from functools import lru_cache
from html.parser import HTMLParser
from pathlib import Path
from typing import IO, Any

from ..rules.base import counted
from .layouts import Layout, detect, norm

# Large enough for any field; the analyser turns absurdly long notes into error rows itself.
csv.field_size_limit(2**31 - 1)

BAD_BYTES = re.compile("[\udc80-\udcff]")
# How many rows may precede a header (a "Notes:" preamble) before we give up looking for it.
HEADER_SEARCH_ROWS = 50
EXPORT_MEMBERS = {"invitations.csv", "messages.csv"}
CONTACTS_MEMBER = "connections.csv"


class InputError(Exception):
    """An input that cannot be read at all: one line for the user, exit 2."""


@dataclass(frozen=True)
class ReadOptions:
    input_format: str = "auto"
    text_column: str | None = None
    text_field: str | None = None
    split: str = "line"  # or "blank-line", for plain text
    encoding: str = "utf-8-sig"
    # A generic file's sender and date (CSV column or JSONL field); an export's own otherwise.
    sender_column: str | None = None
    date_column: str | None = None

    @property
    def jsonl_text(self) -> str:
        """JSONL's note field: --text-field, else the --text-column name (as --sender-column names a
        CSV column or a JSONL field), else "text"."""
        return self.text_field or self.text_column or "text"


DEFAULT_ENCODING = ReadOptions.encoding
# Spreadsheets save "Unicode text" as UTF-16 with a byte-order mark: read by it unless told.
BOMS = (
    (b"\xff\xfe\x00\x00", "utf-32"),
    (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)


def refuse_binary(name: str, head: bytes, options: ReadOptions) -> None:
    """Text in an 8-bit encoding or UTF-8 has no NUL bytes; a file with many in its first 8 KiB
    is something else. (A stray one in a damaged file only makes its row an error row.)"""
    head = head[: 1 << 13]
    if head.count(b"\x00") > max(len(head) // 100, 4) and not codecs.lookup(options.encoding).name.startswith(
        ("utf-16", "utf-32")
    ):
        raise InputError(
            f"{name}: not a text file (it holds NUL bytes; if it is UTF-16, pass --encoding utf-16)"
        )


def by_bom(head: bytes, options: ReadOptions) -> ReadOptions:
    """The options with the encoding a UTF-16 or UTF-32 byte-order mark names, when --encoding
    was left at its default."""
    if options.encoding != DEFAULT_ENCODING:
        return options
    for mark, encoding in BOMS:
        if head.startswith(mark):
            return replace(options, encoding=encoding)
    return options


@dataclass(slots=True)
class Row:
    source: str
    row: int
    fields: dict[str, Any]
    text: str = ""
    sender: str = ""
    sender_url: str = ""
    recipient: str = ""
    date: str = ""
    direction: str = ""
    layout: str = ""
    has_profile_urls: bool = False
    error: str = ""
    other: dict[str, Any] = field(default_factory=dict)
    undecodable: bool = False  # holds bytes the input encoding cannot read (--encoding may help)
    sender_named: bool = False  # the user named the column holding the sender (--sender-column)


@dataclass
class Source:
    """One input: a file, a member of an export zip, or stdin."""

    name: str
    kind: str  # csv | tsv | jsonl | text
    opener: Callable[[], IO[bytes]]
    options: ReadOptions
    columns: list[str] = field(default_factory=list)
    layout: Layout | None = None
    _stdin: IO[bytes] | None = None
    # A plain file on disk, which workers can open and read a byte range of.
    path: str | None = None
    # Lines before the first row (a preamble, the header): where a block reader starts.
    header_lines: int = 0
    delimiter: str = ","
    # For stdin, which cannot be read twice: the CSV reader left just after the header.
    _live: Any = None

    def rows(self) -> Iterator[Row]:
        reader = {
            "csv": _csv_rows,
            "tsv": _csv_rows,
            "jsonl": _jsonl_rows,
            "json": _json_array_rows,
            "text": _text_rows,
        }[self.kind]
        stream = self._stdin or self.opener()
        try:
            yield from reader(self, stream)
        finally:
            if self._stdin is None:
                stream.close()


def open_sources(paths: list[str], options: ReadOptions, stdin: IO[bytes] | None = None) -> list[Source]:
    """Resolve the inputs, detect their formats and read their headers; fail early and clearly."""
    sources: list[Source] = []
    for path in paths:
        if path == "-":
            stream = io.BufferedReader(stdin or sys.stdin.buffer, buffer_size=1 << 16)
            head = stream.peek(1 << 16)
            found = by_bom(head, options)
            refuse_binary("<stdin>", head, found)
            kind = found.input_format if found.input_format != "auto" else _sniff(head, found)
            source = Source("<stdin>", kind, lambda stream=stream: stream, found, _stdin=stream)
        elif is_url(path):
            source = _url_source(path, options)
        else:
            file = Path(path)
            if not file.exists():
                raise InputError(f"{path}: no such file")
            if file.is_dir():
                raise InputError(f"{path}: is a directory; name the files to classify")
            if file.suffix.lower() == ".zip" and options.input_format == "auto":
                sources += _zip_sources(file, options)
                continue
            with open_path(str(file)) as stream:
                head = stream.read(1 << 16)
            found = by_bom(head, options)
            refuse_binary(str(file), head, found)
            kind = _kind(file, found, head)
            source = Source(str(file), kind, lambda file=file: open_path(str(file)), found, path=str(file))
        _read_header(source)
        sources.append(source)
    return sources


def export_contacts(paths: list[str]) -> tuple[str, Callable[[], IO[bytes]]] | None:
    """The Connections.csv inside the first export zip among the inputs, if any."""
    for path in paths:
        if path.lower().endswith(".zip") and Path(path).is_file():
            with _zip(Path(path)) as archive:
                for member in archive.namelist():
                    if Path(member).name.casefold() == CONTACTS_MEMBER:
                        name = f"{path}:{member}"
                        return name, ZipMember(path, member)
    return None


def is_url(path: str) -> bool:
    return "://" in path


def open_path(path: str) -> IO[bytes]:
    """A local file, or any URL an installed fsspec filesystem can open (s3://, gcs://, ...)."""
    if not is_url(path):
        try:
            return open(path, "rb")  # noqa: SIM115 -- the caller closes it
        except OSError as err:
            raise InputError(f"{path}: cannot read ({err.strerror})") from None
    try:
        import fsspec
    except ImportError:
        raise InputError(f"{path}: reading URLs needs fsspec: pip install 'inviteslint[dask]'") from None
    try:
        return fsspec.open(path, "rb").open()
    except (OSError, ValueError, ImportError) as err:
        raise InputError(f"{path}: cannot open ({type(err).__name__}: {err})") from None


def _url_source(url: str, options: ReadOptions) -> Source:
    suffix = Path(url.split("?")[0]).suffix.lower()
    kind = options.input_format if options.input_format != "auto" else None
    kind = kind or {".csv": "csv", ".tsv": "tsv", ".jsonl": "jsonl", ".ndjson": "jsonl", ".txt": "text"}.get(
        suffix
    )
    with open_path(url) as stream:
        head = stream.read(4 if kind else 1 << 16)
    options = by_bom(head, options)
    return Source(url, kind or _sniff(head, options), lambda: open_path(url), options, path=url)


def keep(row: Row, direction: str) -> bool:
    """Whether --direction keeps this row (rows without a direction are always kept)."""
    return direction == "all" or not row.direction.strip() or row.direction.strip().lower() == direction


@dataclass(frozen=True)
class ZipMember:
    """Opens one member of a zip on disk: a source's opener that can be sent to another process."""

    path: str
    member: str

    def __call__(self) -> IO[bytes]:
        return _zip(Path(self.path)).open(self.member)


def _zip(file: Path) -> zipfile.ZipFile:
    try:
        return zipfile.ZipFile(file)
    except (zipfile.BadZipFile, OSError) as err:
        raise InputError(f"{file}: not a readable zip file ({err})") from None


def _zip_sources(file: Path, options: ReadOptions) -> list[Source]:
    with _zip(file) as archive:
        members = [m for m in archive.namelist() if Path(m).name.casefold() in EXPORT_MEMBERS]
    if not members:
        raise InputError(f"{file}: no Invitations.csv or messages.csv inside; is it a data export?")
    sources = []
    for member in sorted(members):
        source = Source(f"{file}:{member}", "csv", ZipMember(str(file), member), options)
        _read_header(source)
        sources.append(source)
    return sources


def _kind(file: Path, options: ReadOptions, head: bytes) -> str:
    if options.input_format != "auto":
        return options.input_format
    suffix = file.suffix.lower()
    if suffix in {".csv", ".tsv"}:
        return suffix[1:]
    if suffix in {".jsonl", ".ndjson"}:
        return "jsonl"
    if suffix == ".json":  # one array, or one object per line as many tools write it
        return "json" if _array_of_objects(head.decode("utf-8", errors="replace")) else "jsonl"
    if suffix == ".txt":
        return "text"
    return _sniff(head, options)


def _array_of_objects(head: str) -> bool:
    """Whether the data starts as a JSON array of objects (or an empty one); a note that starts
    with a bracket ("[First name], ...") does not."""
    text = head.lstrip("\ufeff \t\r\n")
    return text.startswith("[") and text[1:].lstrip()[:1] in {"{", "]"}


def _sniff(head: bytes, options: ReadOptions) -> str:
    """JSONL if it starts with an object, CSV if the first line is a known header, else text."""
    text = head.decode(options.encoding, errors="replace")
    if text.lstrip().startswith("{"):
        return "jsonl"
    if _array_of_objects(text):
        return "json"
    first = text.splitlines()[0] if text else ""
    header = next(csv_reader([first], ","), [])
    if len(header) > 1 and detect(header):
        return "csv"
    return "text"


def _text_stream(stream: IO[bytes], options: ReadOptions, newline: str | None = "") -> IO[str]:
    # Bad bytes become lone surrogates, found per row, so one bad row does not stop the file.
    return io.TextIOWrapper(stream, encoding=options.encoding, errors="surrogateescape", newline=newline)


def delimiter_of(head: bytes, kind: str, encoding: str = DEFAULT_ENCODING) -> str:
    """A comma, unless the first line has none and is divided by semicolons, tabs or bars:
    spreadsheets in many locales save CSV with semicolons."""
    if kind == "tsv":
        return "\t"
    first = next((line for line in head.decode(encoding, errors="replace").splitlines() if line.strip()), "")
    if "," in first:
        return ","
    counts = {candidate: first.count(candidate) for candidate in ";\t|"}
    best = max(counts, key=counts.__getitem__)
    return best if counts[best] else ","


def _csv_reader(source: Source, stream: IO[bytes]):
    return csv_reader(_text_stream(stream, source.options), source.delimiter)


def csv_reader(text: Iterable[str], delimiter: str):
    """A CSV reader over text whose NUL characters read as U+FFFD: Python 3.10's csv module
    stops the whole file at the first one ("line contains NUL"), later ones keep it."""
    return csv.reader((line.replace("\x00", "\ufffd") for line in text), delimiter=delimiter)


def _find_header(source: Source, reader) -> list[str]:
    """Read rows until the header: a known layout, or the row naming the text column."""
    wanted = norm(source.options.text_column or "text")
    first: list[str] | None = None
    for count, row in enumerate(reader):
        if not any(cell.strip() for cell in row):
            continue
        first = first or row
        layout = detect(row)
        named = wanted in {norm(c) for c in row}
        if layout and source.options.text_column and not named:
            first = row  # an export's header without the column asked for: list its columns
            break
        if layout or named:
            source.layout = layout if not source.options.text_column else None
            source.header_lines = reader.line_num
            names = unique_names([BAD_BYTES.sub("\ufffd", c.lstrip("\ufeff").strip()) for c in row])
            _check_named_columns(source, names)
            return names
        if count >= HEADER_SEARCH_ROWS:
            break
    if first is None:
        raise InputError(f"{source.name}: empty file, no header row")
    found = ", ".join(BAD_BYTES.sub("\ufffd", c.strip().lstrip("\ufeff")) for c in first)
    if _unreadable(found):  # a picture or an archive given by mistake: its "columns" are noise
        encoding = source.options.encoding.removesuffix("-sig")
        raise InputError(
            f"{source.name}: not a text file in {encoding} (its first line is not readable text); "
            "give a CSV, JSONL or text file, or --encoding"
        )
    hint = "" if source.options.text_column else " (choose one with --text-column)"
    raise InputError(f"{source.name}: no column {wanted!r}{hint}; columns found: {found}")


def _check_named_columns(source: Source, names: list[str]) -> None:
    have = {norm(name) for name in names}
    for option, wanted in (
        ("--sender-column", source.options.sender_column),
        ("--date-column", source.options.date_column),
    ):
        if wanted and norm(wanted) not in have:
            raise InputError(
                f"{source.name}: no column {norm(wanted)!r} ({option}); columns found: {', '.join(names)}"
            )


def _unreadable(line: str) -> bool:
    """Undecodable bytes or control characters in a tenth of a line or more."""
    bad = sum(1 for ch in line if ch == "\ufffd" or (ch < " " and ch not in "\t"))
    return bad >= 3 and bad * 10 >= len(line)


def unique_names(names: list[str]) -> list[str]:
    """Header names made unique, so that no column's values are lost: a repeated name gets its
    position ("amount", "amount_3"), an empty one is named by it ("column_4")."""
    seen = {name for name in names if name}
    out: list[str] = []
    for position, name in enumerate(names, 1):
        if name and name not in out:
            out.append(name)
            continue
        fresh = f"{name}_{position}" if name else f"column_{position}"
        while fresh in seen or fresh in out:
            fresh += "_"
        out.append(fresh)
    return out


def _read_header(source: Source) -> None:
    if source.kind in {"csv", "tsv"}:
        if source._stdin is not None:
            source.delimiter = delimiter_of(source._stdin.peek(1 << 16), source.kind, source.options.encoding)
            source._live = _csv_reader(source, source._stdin)
            source.columns = _find_header(source, source._live)
            return
        with source.opener() as stream:
            source.delimiter = delimiter_of(stream.read(1 << 16), source.kind, source.options.encoding)
            stream.seek(0)  # files, zip members and fsspec files all seek
            source.columns = _find_header(source, _csv_reader(source, stream))
    elif source.kind in {"jsonl", "json"}:
        if source.options.encoding in {"utf-16", "utf-32"}:
            encoding = source.options.encoding
            raise InputError(f"{source.name}: {encoding} text; JSON is UTF-8 (save it as UTF-8)")
        source.columns = _first_keys(source)
    else:
        source.columns = ["text"]


def _first_keys(source: Source) -> list[str]:
    """The keys of the first JSON object: the output columns; the text field must be one."""
    if source.kind == "json":
        if source._stdin is not None:
            head = source._stdin.peek(1 << 20)
        else:
            with source.opener() as stream:
                head = stream.read(1 << 20)
        lines = [_first_element(head)]
    elif source._stdin is not None:
        lines = source._stdin.peek(1 << 20).splitlines()
    else:
        with source.opener() as stream:
            lines = [stream.readline() for _ in range(HEADER_SEARCH_ROWS)]
    for line in lines:
        try:
            value = json.loads(line)
        except (ValueError, UnicodeDecodeError):
            continue
        if isinstance(value, dict):
            keys = list(value)
            if source.options.jsonl_text not in value:
                raise InputError(
                    f"{source.name}: no field {source.options.jsonl_text!r} (choose one with "
                    f"--text-field); fields found: {', '.join(keys) or 'none'}"
                )
            return keys
    return [source.options.jsonl_text]


def _first_element(head: bytes) -> str:
    """The text of a JSON array's first element, if the head holds all of it."""
    text = head.decode("utf-8-sig", errors="replace")
    start = _SPACE.match(text, _SPACE.match(text).end() + 1).end()
    try:
        return text[start : _DECODER.raw_decode(text, start)[1]]
    except ValueError:
        return ""


def _clean(value: str) -> tuple[str, bool]:
    if BAD_BYTES.search(value):
        return BAD_BYTES.sub("\ufffd", value), True
    return value, False


def _csv_rows(source: Source, stream: IO[bytes]) -> Iterator[Row]:
    reader = source._live
    if reader is None:
        reader = _csv_reader(source, stream)
        _find_header(source, reader)  # skip a preamble again; the header is already known
    yield from csv_records(source.name, source.columns, source.layout, source.options, reader, 1)


def csv_records(
    source_name: str, header: list[str], layout: Layout | None, options: ReadOptions, reader, first: int
) -> Iterator[Row]:
    """Rows from parsed CSV records, numbered from ``first``."""
    index = {norm(c): c for c in header}
    text_column = index[norm(options.text_column or (layout.text if layout else "text"))]

    def column(name: str | None) -> str | None:
        return index.get(name) if name else None

    sender, sender_url, recipient, date, direction = (
        column(getattr(layout, attr) if layout else None)
        for attr in ("sender", "sender_url", "recipient", "date", "direction")
    )
    if options.sender_column:  # the layout's profile URL is its own sender's, not this column's
        sender, sender_url = column(norm(options.sender_column)), None
    if options.date_column:
        date = column(norm(options.date_column))
    named = bool(options.sender_column)
    folder = column(layout.folder if layout else None)
    layout_name = layout.name if layout else "csv"
    html = bool(layout and layout.html)
    width = len(header)
    number = first - 1
    for values in reader:
        if not values:  # a blank line between rows is not a row
            continue
        number += 1
        fields = dict(zip(header, values, strict=False))
        error, other = "", {}
        if len(values) != width:
            fields.update((name, "") for name in header[len(values) :])
            error = f"row has {counted(len(values), 'field')}, the header has {counted(width, 'field')}"
            if len(values) > width:
                other["extra_values"] = [_clean(v)[0] for v in values[width:]]
        bad = []
        if BAD_BYTES.search("".join(values)):  # rare: look field by field only then
            for name, value in zip(header, values, strict=False):
                fields[name], was_bad = _clean(value)
                if was_bad:
                    bad.append(name)
            if bad and not error:
                error = f"not valid {options.encoding} text in {', '.join(bad)}"
        get = fields.get
        text = fields[text_column]
        row = Row(
            source_name,
            number,
            fields,
            strip_html(text) if html else text,
            get(sender, "") if sender else "",
            get(sender_url, "") if sender_url else "",
            get(recipient, "") if recipient else "",
            get(date, "") if date else "",
            get(direction, "") if direction else "",
            layout_name,
            sender_url is not None,
            error,
            other,
            bool(bad),
            named,
        )
        if folder and not row.direction:
            row.direction = "OUTGOING" if get(folder, "").strip().upper() == "SENT" else "INCOMING"
        yield row


def _jsonl_rows(source: Source, stream: IO[bytes]) -> Iterator[Row]:
    yield from jsonl_lines(source.name, source.options, stream, 1)


def jsonl_lines(name: str, options: ReadOptions, stream, first: int) -> Iterator[Row]:
    """Rows from JSONL lines (bytes), numbered from ``first``; blank lines are not rows."""
    number = first - 1
    for raw in stream:
        if not raw.strip():
            continue
        number += 1
        row = Row(name, number, {}, layout="jsonl")
        try:
            value = json.loads(raw.decode("utf-8-sig"))
        except UnicodeDecodeError as err:
            row.error = f"not valid UTF-8 (byte {raw[err.start]:#04x} at offset {err.start})"
            row.other["raw"] = raw.decode("utf-8", errors="replace").rstrip("\r\n")
            yield row
            continue
        except ValueError as err:
            row.error = f"not valid JSON ({err})"
            row.other["raw"] = raw.decode("utf-8", errors="replace").rstrip("\r\n")
            yield row
            continue
        yield _object_row(row, value, options)


def _json_array_rows(source: Source, stream: IO[bytes]) -> Iterator[Row]:
    yield from json_array_items(source.name, source.options, stream)


# A JSON array is parsed one element at a time, so a large file streams like JSONL does.
ARRAY_CHUNK = 1 << 16
_SPACE = re.compile(r"[ \t\n\r]*")
_DECODER = json.JSONDecoder()


def json_array_items(name: str, options: ReadOptions, stream: IO[bytes]) -> Iterator[Row]:
    """Rows from a JSON array of objects (a ``.json`` file), one per element, numbered from 1.
    Past a syntax error the elements cannot be told apart: that place is one error row, the last."""
    text = io.TextIOWrapper(stream, encoding="utf-8-sig", errors="surrogateescape")
    buffer, at, ended, number = "", 0, False, 0

    def more() -> bool:
        nonlocal buffer, at, ended
        chunk = text.read(max(ARRAY_CHUNK, len(buffer) - at))  # doubles for a long element
        ended = not chunk
        buffer, at = buffer[at:] + chunk, 0
        return not ended

    def skip() -> str:
        """The next character that is not white space ("" at the end of the file)."""
        nonlocal at
        while True:
            at = _SPACE.match(buffer, at).end()
            if at < len(buffer) or not more():
                return buffer[at : at + 1]

    def failed(what: str) -> Row:
        row = Row(name, number + 1, {}, layout="json", error=f"not valid JSON ({what})")
        row.other["raw"] = buffer[at : at + 200]
        return row

    if skip() != "[":
        yield failed("a .json file must hold one array of objects; JSON Lines go in a .jsonl file")
        return
    at += 1
    if skip() == "]":
        return
    while True:
        if not skip():
            yield failed("the array is not closed")
            return
        while True:
            try:
                value, end = _DECODER.raw_decode(buffer, at)
            except ValueError as err:
                if not ended and more():
                    continue
                yield failed(getattr(err, "msg", str(err)))  # its position is the buffer's, not the file's
                return
            if end < len(buffer) or ended:  # a number at the buffer's end may go on in the next read
                break
            more()
        number += 1
        row = Row(name, number, {}, layout="json")
        raw = buffer[at:end]
        at = end
        if BAD_BYTES.search(raw):
            row.error = "not valid UTF-8"  # as in JSON Lines: JSON has no other encoding
            row.other["raw"] = _clean(raw)[0]
            yield row
        else:
            yield _object_row(row, value, options)
        mark = skip()
        at += 1
        if mark == "]":
            return
        if mark != ",":
            at -= 1
            yield failed(f"expected ',' or ']' after element {number}")
            return


def _object_row(row: Row, value: Any, options: ReadOptions) -> Row:
    """A row from one parsed JSON value: its fields, sender, date and note, or its error."""
    if not isinstance(value, dict):
        row.error = f"not a JSON object ({type(value).__name__})"
        row.other["raw"] = value
        return row
    row.fields = value
    if options.sender_column:
        row.sender_named = True
        row.sender = _text_field(value, options.sender_column)
    if options.date_column:
        row.date = _text_field(value, options.date_column)
    wanted = options.jsonl_text
    text = value.get(wanted)
    if wanted not in value:
        row.error = f"no field {wanted!r}"
    elif text is None:
        row.text = ""
    elif not isinstance(text, str):
        row.error = f"field {wanted!r} is not text ({type(text).__name__})"
    else:
        row.text = text
    return row


def _text_field(value: dict, name: str) -> str:
    """An optional field: text, else nothing (a number or null is no sender or date)."""
    found = value.get(name)
    return found if isinstance(found, str) else ""


def _text_rows(source: Source, stream: IO[bytes]) -> Iterator[Row]:
    yield from text_lines(source.name, source.options, stream, 1)


def text_lines(name: str, options: ReadOptions, stream: IO[bytes], first: int) -> Iterator[Row]:
    """Rows from plain text: one per line, or per blank-line block; numbered from ``first``."""
    lines = _text_stream(stream, options, newline=None)
    blocks = _blocks(lines) if options.split == "blank-line" else (line.rstrip("\n") for line in lines)
    for number, text in enumerate(blocks, start=first):
        clean, bad = _clean(text)
        row = Row(name, number, {"text": clean}, text=clean, layout="text")
        if bad:
            row.error = f"not valid {options.encoding} text"
            row.undecodable = True
        yield row


def _blocks(lines: IO[str]) -> Iterator[str]:
    block: list[str] = []
    for line in lines:
        if line.strip():
            block.append(line)
        elif block:
            yield "".join(block).rstrip("\n")
            block = []
    if block:
        yield "".join(block).rstrip("\n")


class _TextOnly(HTMLParser):
    BREAKS = {"br", "p", "div", "li", "tr", "h1", "h2", "h3", "blockquote"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []

    def handle_starttag(self, tag, attrs) -> None:
        if tag in self.BREAKS:
            self.parts.append("\n")

    def handle_endtag(self, tag) -> None:
        if tag in {"p", "div", "li", "blockquote"}:
            self.parts.append("\n")

    def handle_data(self, data) -> None:
        self.parts.append(data)


MULTI_NEWLINE = re.compile(r"\n{3,}")
HTML_HINT = re.compile(r"<[A-Za-z/!]|&(?:#\d+|#x[0-9A-Fa-f]+|[A-Za-z]+);")


def strip_html(text: str) -> str:
    """Message text as a person reads it: tags removed, entities decoded, breaks as newlines."""
    return _strip_markup(text) if HTML_HINT.search(text) else text


# Messages repeat (mass templates, a note quoted in each export), and parsing is the slow part.
@lru_cache(maxsize=4096)
def _strip_markup(text: str) -> str:
    parser = _TextOnly()
    parser.feed(text)
    parser.close()
    return MULTI_NEWLINE.sub("\n\n", "".join(parser.parts)).strip()
