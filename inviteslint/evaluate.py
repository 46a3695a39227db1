"""Measure the label against a labeled corpus (JSONL, or a CSV/TSV with `text` and `label`
columns): per-label P/R/F1, macro-F1, confusion."""

from __future__ import annotations

import io
import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from .bulk.read import csv_reader
from .engine import Analyzer
from .scoring import LABELS


class CorpusError(Exception):
    pass


@dataclass
class Evaluation:
    total: int = 0
    confusion: Counter = field(default_factory=Counter)  # (gold, predicted) -> count
    misses: list[dict] = field(default_factory=list)

    def prf(self, label: str) -> tuple[float, float, float]:
        tp = self.confusion[(label, label)]
        predicted = sum(n for (_, p), n in self.confusion.items() if p == label)
        gold = sum(n for (g, _), n in self.confusion.items() if g == label)
        precision = tp / predicted if predicted else 0.0
        recall = tp / gold if gold else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return precision, recall, f1

    @property
    def macro_f1(self) -> float:
        """The mean F1 over the labels that occur, as gold or predicted: a corpus without any
        `default` notes is not marked down for the label it does not have."""
        present = [label for label in LABELS if any(label in pair for pair, n in self.confusion.items() if n)]
        return sum(self.prf(label)[2] for label in present) / len(present) if present else 0.0

    @property
    def accuracy(self) -> float:
        return sum(self.confusion[(lab, lab)] for lab in LABELS) / self.total if self.total else 0.0

    def to_dict(self) -> dict:
        return {
            "total": self.total,
            "accuracy": round(self.accuracy, 4),
            "macro_f1": round(self.macro_f1, 4),
            "labels": {
                label: dict(
                    zip(("precision", "recall", "f1"), (round(x, 4) for x in self.prf(label)), strict=True)
                )
                for label in LABELS
            },
            "confusion": {g: {p: self.confusion[(g, p)] for p in LABELS} for g in LABELS},
            "misclassified": self.misses,
        }


def read_corpus(path: Path, split: str | None = None):
    try:
        content = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as err:
        raise CorpusError(f"cannot read {path}: {err}") from err
    rows = (
        _table_rows(path, content) if path.suffix.lower() in {".csv", ".tsv"} else _jsonl_rows(path, content)
    )
    for number, row in rows:
        label = row["label"].strip().lower() if isinstance(row["label"], str) else row["label"]
        if label not in LABELS:
            raise CorpusError(
                f"{path}:{number}: unknown label {row['label']!r} (labels: {', '.join(LABELS)})"
            )
        if split and row.get("split") != split:
            continue
        yield row["text"], {**row, "label": label}


def _jsonl_rows(path: Path, content: str):
    for number, line in enumerate(content.splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as err:
            raise CorpusError(f"{path}:{number}: not valid JSON ({err.msg})") from None
        if not isinstance(row, dict):
            raise CorpusError(f"{path}:{number}: not a JSON object; a corpus row has 'text' and 'label'")
        missing = [key for key in ("text", "label") if key not in row]
        if missing:
            found = ", ".join(map(repr, row)) or "none"
            raise CorpusError(
                f"{path}:{number}: no {' or '.join(map(repr, missing))} field; fields found: {found}"
            )
        if row["text"] is None:  # as in classify: a null note is no note
            row["text"] = ""
        if not isinstance(row["text"], str):
            raise CorpusError(f"{path}:{number}: 'text' is not text ({type(row['text']).__name__})")
        yield number, row


def _table_rows(path: Path, content: str):
    """Rows of a spreadsheet export; column names are matched without case."""
    delimiter = "\t" if path.suffix.lower() == ".tsv" else ","
    reader = csv_reader(io.StringIO(content, newline=""), delimiter)
    header = [name.strip().lower() for name in next(reader, [])]
    if not {"text", "label"} <= set(header):
        raise CorpusError(f"{path}: needs 'text' and 'label' columns; columns found: {', '.join(header)}")
    for row in reader:
        if any(cell.strip() for cell in row):
            yield reader.line_num, dict(zip(header, row, strict=False))


def evaluate(path: Path, analyzer: Analyzer, split: str | None = None) -> Evaluation:
    result = Evaluation()
    for report, row in analyzer.analyze_many(read_corpus(path, split)):
        result.total += 1
        result.confusion[(row["label"], report.label)] += 1
        if report.label != row["label"]:
            result.misses.append(
                {
                    "id": row.get("id"),
                    "gold": row["label"],
                    "predicted": report.label,
                    "reason": report.reason,
                    "text": row["text"],
                }
            )
    return result
