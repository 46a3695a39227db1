"""The run's summary: row accounting, label mix, claims, top codes and senders, notes per week."""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from ..rules.base import registry
from ..scoring import LABELS
from .layouts import DATE_FORMATS

if TYPE_CHECKING:
    from .classify import Result

TOP = 10
# Distinct sales senders counted exactly up to this many; beyond it the rarest are dropped, so
# memory stays bounded and the top of the list stays right.
MAX_SENDERS = 20_000


@lru_cache(maxsize=4096)
def week_of(date: str) -> str | None:
    """The Monday (ISO date) of the week of a date, or None if it does not parse."""
    day = _day(date.strip())
    return None if day is None else (day - dt.timedelta(days=day.weekday())).isoformat()


def _day(date: str) -> dt.date | None:
    for fmt in DATE_FORMATS:
        try:
            return dt.datetime.strptime(date, fmt).date()
        except ValueError:
            continue
    try:  # other files' ISO 8601 ("2026-04-06T09:12:00Z"); Python 3.10 does not read the Z
        return dt.datetime.fromisoformat(date.removesuffix("Z")).date()
    except ValueError:
        return None


class Summary:
    def __init__(self, policy: str | None = None):
        self.policy = policy
        self.read = self.written = self.errored = self.skipped = self.undecodable = 0
        self.labels: Counter[str] = Counter()
        self.actions: Counter[str] = Counter()
        # Rows per set of finding codes: one count a row, expanded into codes when read (`codes`).
        self.code_sets: Counter[tuple[str, ...]] = Counter()
        self.sales_senders: Counter[str] = Counter()
        self.weeks: dict[str, Counter[str]] = defaultdict(Counter)
        self.with_claims = 0
        self.known = Counter()
        self.failed: list[dict[str, Any]] = []  # partitions that could not be read (dask engine)

    def skip(self) -> None:
        self.read += 1
        self.skipped += 1

    def add(self, result: Result) -> None:
        self.read += 1
        self.written += 1
        row = result.row
        if row.error:
            self.errored += 1
            self.undecodable += row.undecodable
            return
        self.labels[result.label] += 1
        self.code_sets[result.codes] += 1
        self.with_claims += result.claims > 0
        if result.action:
            self.actions[result.action] += 1
        if result.in_contacts is not None:
            self.known[result.in_contacts] += 1
        if result.label == "sales" and row.sender.strip():
            self.sales_senders[row.sender.strip()] += 1
            if len(self.sales_senders) > MAX_SENDERS:
                self.sales_senders = Counter(dict(self.sales_senders.most_common(MAX_SENDERS // 2)))
        if row.date:
            week = week_of(row.date)
            if week:
                self.weeks[week][result.label] += 1

    def merge(self, other: Summary) -> None:
        """Add another summary's counts (a chunk's, from a worker) to this one."""
        self.read += other.read
        self.written += other.written
        self.errored += other.errored
        self.skipped += other.skipped
        self.undecodable += other.undecodable
        self.with_claims += other.with_claims
        for mine, theirs in (
            (self.labels, other.labels),
            (self.actions, other.actions),
            (self.code_sets, other.code_sets),
            (self.known, other.known),
            (self.sales_senders, other.sales_senders),
        ):
            mine.update(theirs)
        if len(self.sales_senders) > MAX_SENDERS:
            self.sales_senders = Counter(dict(self.sales_senders.most_common(MAX_SENDERS // 2)))
        for week, counts in other.weeks.items():
            self.weeks[week].update(counts)
        self.failed += other.failed

    @property
    def codes(self) -> Counter[str]:
        """Rows per finding code."""
        counts: Counter[str] = Counter()
        for codes, rows in self.code_sets.items():
            for code in codes:
                counts[code] += rows
        return counts

    @property
    def analysed(self) -> int:
        return self.written - self.errored

    def to_dict(self) -> dict[str, Any]:
        rules = registry()
        analysed = self.analysed
        return {
            "rows": {
                "read": self.read,
                "written": self.written,
                "errored": self.errored,
                "skipped": self.skipped,
                "undecodable": self.undecodable,
            },
            "labels": {label: self.labels[label] for label in LABELS},
            "label_share": {label: _share(self.labels[label], analysed) for label in LABELS},
            "with_claims": self.with_claims,
            "claims_share": _share(self.with_claims, analysed),
            "in_contacts": {"yes": self.known[True], "no": self.known[False]} if self.known else None,
            "policy": self.policy,
            "actions": dict(self.actions.most_common()) if self.policy else None,
            "top_codes": [
                {"code": code, "name": rules[code].name, "count": count}
                for code, count in self.codes.most_common(TOP)
            ],
            "top_sales_senders": [
                {"sender": sender, "count": count} for sender, count in self.sales_senders.most_common(TOP)
            ],
            "failed_partitions": list(self.failed),
            "weeks": {
                week: {label: self.weeks[week][label] for label in LABELS} for week in sorted(self.weeks)
            },
        }


def _share(part: int, whole: int) -> float:
    return round(part / whole, 4) if whole else 0.0


def _table(console, title: str, columns: list[str], rows: list[list[str]]) -> None:
    from rich.table import Table

    console.print(f"[bold]{title}[/bold]")
    table = Table()
    for column in columns:
        table.add_column(column, justify="right" if column in {"notes", "share"} else "left")
    for row in rows:
        table.add_row(*row)
    console.print(table)


def render(summary: dict[str, Any], console) -> None:
    """The summary as tables on a rich Console (stderr)."""
    rows = summary["rows"]
    line = f"{rows['read']:,} rows read, {rows['written']:,} written, {rows['errored']:,} with errors"
    if rows["skipped"]:
        line += f", {rows['skipped']:,} skipped by --direction"
    console.print(line, highlight=False)
    if rows["undecodable"]:
        console.print(
            f"Rows with bytes the input encoding cannot read: {rows['undecodable']:,}. Give the file's "
            "encoding with --encoding (spreadsheets often save cp1252).",
            highlight=False,
        )
    labels = [
        [label, f"{summary['labels'][label]:,}", f"{summary['label_share'][label]:.1%}"] for label in LABELS
    ]
    _table(console, "Labels", ["label", "notes", "share"], labels)
    claims = f"Notes claiming a relationship: {summary['with_claims']:,} ({summary['claims_share']:.1%})"
    console.print(claims, highlight=False)
    if summary["in_contacts"]:
        known = summary["in_contacts"]
        console.print(
            f"Senders in your contacts: {known['yes']:,}, not in them: {known['no']:,}", highlight=False
        )
    if summary["actions"]:
        actions = [[action, f"{count:,}"] for action, count in summary["actions"].items()]
        _table(console, f"Triage ({summary['policy']})", ["action", "notes"], actions)
    if summary["top_codes"]:
        codes = [[c["code"], c["name"], f"{c['count']:,}"] for c in summary["top_codes"]]
        _table(console, "Top findings", ["code", "rule", "notes"], codes)
    if summary["top_sales_senders"]:
        senders = [[s["sender"], f"{s['count']:,}"] for s in summary["top_sales_senders"]]
        _table(console, "Top senders of sales notes", ["sender", "notes"], senders)
