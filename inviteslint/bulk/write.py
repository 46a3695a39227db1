"""Writing results: JSONL or CSV, to stdout or atomically to a file.

Rows are encoded to UTF-8 bytes where they are made (in the workers, with a pool), so the main
process passes bytes through to the output untouched. A file is written to a temporary file
beside it and renamed over it only when the run finishes: an interrupted run leaves the previous
file, or none, never half of one.
"""

from __future__ import annotations

import csv
import io
import json
import os
from collections.abc import Iterable
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

import orjson

from ..atomic import AtomicFile, write_atomic
from ..scoring import SCORE_NAMES

if TYPE_CHECKING:
    from .classify import Result

__all__ = ["AtomicFile", "Encoder", "Writer", "output_format", "safe_cell", "write_atomic"]

# One encoder for every row (json.dumps with options builds a new one per call), in orjson's
# compact form: the fallback for what orjson refuses.
ENCODE = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode
# How far behind the end of the output its pages are let go (see Writer._drop_behind).
DROP_BYTES = 16 << 20
# Cells a spreadsheet would read as a formula (or that hide one behind a tab or CR).
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def output_format(path: str | None, chosen: str | None) -> str:
    if chosen:
        return chosen
    if path and Path(path).suffix.lower() in {".csv", ".tsv"}:
        return "csv"
    return "jsonl"


def safe_cell(value: Any) -> Any:
    """Neutralise a spreadsheet formula: a leading apostrophe makes the cell plain text."""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


class Encoder:
    """Turns Results into output rows of one shape, as text. Built once in the main process and
    sent to the workers, which encode their own chunks: the main process only writes."""

    def __init__(self, fmt: str, input_columns: Iterable[str], with_contacts: bool, with_policy: bool):
        self.fmt = fmt
        ours = ["source", "row", "label", "confidence", *SCORE_NAMES, "scores", "codes", "reason"]
        ours += ["in_contacts"] * with_contacts + ["action", "action_reason"] * with_policy + ["error"]
        taken = set(ours)
        # An input column named like one of ours (a labeled corpus has 'label') keeps its value
        # under 'input_<name>'.
        self.rename = {c: (f"input_{c}" if c in taken else c) for c in dict.fromkeys(input_columns)}
        # No input column renamed: a row with exactly the input columns is copied in one step.
        self.as_is = all(c == name for c, name in self.rename.items())
        self.with_contacts, self.with_policy = with_contacts, with_policy
        self.columns: list[str] = []
        if fmt == "csv":
            scores = list(SCORE_NAMES)
            self.columns = ["source", "row", *self.rename.values(), "label", "confidence", *scores, "codes"]
            self.columns += ["reason"] + ["in_contacts"] * with_contacts
            self.columns += ["action", "action_reason"] * with_policy + ["error", "other_fields"]

    def header(self) -> bytes:
        return self._csv([[safe_cell(c) for c in self.columns]]) if self.fmt == "csv" else b""

    def record(self, result: Result) -> dict[str, Any]:
        row = result.row
        record: dict[str, Any] = {"source": row.source, "row": row.row}
        other = dict(row.other)
        fields = row.fields
        if self.as_is and fields.keys() == self.rename.keys():
            record.update(fields)
            fields = {}
        for name, value in fields.items():
            if name in self.rename:
                record[self.rename[name]] = value
            elif self.fmt == "csv":
                other[name] = value
            else:
                record[f"input_{name}" if name in record else name] = value
        record.update(
            label=result.label or None,
            confidence=result.confidence,
            scores=result.scores,
            codes=list(result.codes),
            reason=result.reason or None,
        )
        if self.with_contacts:
            record["in_contacts"] = result.in_contacts
        if self.with_policy:
            record.update(action=result.action or None, action_reason=result.action_reason or None)
        record["error"] = row.error or None
        if other:
            record["other_fields"] = other
        return record

    def encode(self, results: Iterable[Result]) -> bytes:
        if self.fmt != "csv":
            return b"".join(_json_line(self.record(result)) for result in results)
        rows = []
        for result in results:
            record = self.record(result)
            record.update(record.pop("scores") or {})
            record["codes"] = " ".join(record["codes"])
            if "other_fields" in record:
                record["other_fields"] = ENCODE(record["other_fields"])
            rows.append([safe_cell(_cell(record.get(c))) for c in self.columns])
        return self._csv(rows)

    @staticmethod
    def _csv(rows: list[list[Any]]) -> bytes:
        buffer = io.StringIO()
        csv.writer(buffer).writerows(rows)
        return buffer.getvalue().encode("utf-8")


class Writer:
    """Where the output goes: stdout, or a file that appears only when ``close(True)``."""

    def __init__(self, path: str | None, stdout: IO[str]):
        self.file = AtomicFile(Path(path), binary=True) if path else None
        if self.file is None:
            stdout.flush()
        self.stream: IO[bytes] = self.file.stream if self.file else stdout.buffer
        self.written = self.advised = 0
        self.drop = hasattr(os, "posix_fadvise") and self.file is not None and self.file.temp is not None

    def write(self, data: bytes) -> None:
        self.stream.write(data)
        self.written += len(data)
        if self.drop and self.written - self.advised >= 2 * DROP_BYTES:
            self._drop_behind()

    def _drop_behind(self) -> None:
        # The kernel starts writing the pages of a range out when told they will not be needed,
        # and frees those already written: told one step behind, the output's pages are written
        # out while the run goes on and their memory is reused, instead of filling the page cache
        # and leaving it all to the fsync at the end.
        end = self.written - DROP_BYTES
        try:
            os.posix_fadvise(self.stream.fileno(), 0, end, os.POSIX_FADV_DONTNEED)
        except OSError:
            self.drop = False
        self.advised = end

    def close(self, ok: bool) -> None:
        if self.file is None:
            self.stream.flush()
        elif ok:
            self.file.commit()
        else:
            self.file.abort()


def _json_line(record: dict[str, Any]) -> bytes:
    try:
        return orjson.dumps(record, option=orjson.OPT_APPEND_NEWLINE)
    except TypeError:  # an integer past 64 bits in a JSONL input row
        return (ENCODE(record) + "\n").encode("utf-8")


def _cell(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (dict, list)):
        return ENCODE(value)
    return value
