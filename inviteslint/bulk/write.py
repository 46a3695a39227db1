"""Writing results: JSONL or CSV, to stdout or atomically to a file.

A file is written to a temporary file beside it and renamed over it only when the run finishes:
an interrupted run leaves the previous file, or none, never half of one.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from pathlib import Path
from typing import IO, Any

from ..atomic import AtomicFile, write_atomic
from .classify import SCORE_NAMES, Result

__all__ = ["AtomicFile", "Writer", "output_format", "safe_cell", "write_atomic"]

OUTPUT_FORMATS = ("jsonl", "csv")
# One encoder for every row: json.dumps with options builds a new one per call.
ENCODE = json.JSONEncoder(ensure_ascii=False).encode
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


class Writer:
    """Turns Results into records of one shape and writes them; ``close(ok)`` commits or drops."""

    def __init__(
        self,
        path: str | None,
        fmt: str,
        input_columns: Iterable[str],
        with_contacts: bool,
        with_policy: bool,
        stdout: IO[str],
    ):
        self.fmt = fmt
        self.file = AtomicFile(Path(path)) if path else None
        self.stream = self.file.stream if self.file else stdout
        ours = ["source", "row", "label", "confidence", *SCORE_NAMES, "scores", "codes", "reason"]
        ours += ["in_contacts"] * with_contacts + ["action", "action_reason"] * with_policy + ["error"]
        taken = set(ours)
        # An input column named like one of ours (a labeled corpus has 'label') keeps its value
        # under 'input_<name>'.
        self.rename = {c: (f"input_{c}" if c in taken else c) for c in dict.fromkeys(input_columns)}
        self.with_contacts, self.with_policy = with_contacts, with_policy
        self.csv = None
        if fmt == "csv":
            scores = list(SCORE_NAMES)
            self.columns = ["source", "row", *self.rename.values(), "label", "confidence", *scores, "codes"]
            self.columns += ["reason"] + ["in_contacts"] * with_contacts
            self.columns += ["action", "action_reason"] * with_policy + ["error", "other_fields"]
            self.csv = csv.writer(self.stream)
            self.csv.writerow([safe_cell(c) for c in self.columns])

    def record(self, result: Result) -> dict[str, Any]:
        row = result.row
        record: dict[str, Any] = {"source": row.source, "row": row.row}
        other = dict(row.other)
        for name, value in row.fields.items():
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

    def write(self, result: Result) -> None:
        record = self.record(result)
        if self.csv is None:
            self.stream.write(ENCODE(record) + "\n")
            return
        scores = record.pop("scores") or {}
        record.update(scores)
        record["codes"] = " ".join(record["codes"])
        if "other_fields" in record:
            record["other_fields"] = ENCODE(record["other_fields"])
        self.csv.writerow([safe_cell(_cell(record.get(c))) for c in self.columns])

    def close(self, ok: bool) -> None:
        if self.file is None:
            self.stream.flush()
        elif ok:
            self.file.commit()
        else:
            self.file.abort()


def _cell(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (dict, list)):
        return ENCODE(value)
    return value
