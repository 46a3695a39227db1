"""Which findings the linter shows on notes it reads right, per label.

    python corpora/findings.py

Analyses the labeled corpus, the tryouts and the held-out tryouts (each distinct text once) and,
for the notes whose label comes out right, counts the notes each check code appears on. On
personal notes every pitch finding is a false alarm a careful writer would be shown, and a
frequent style or reason finding is advice to read with care. docs/accuracy.md holds the figures.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from inviteslint import Analyzer
from inviteslint.rules.base import registry

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ("invites.jsonl", "tryouts.jsonl", "tryouts-heldout.jsonl")
LABELS = ("personalized", "default", "sales")


def main() -> None:
    rows: dict[str, str] = {}
    for name in SOURCES:
        for line in (ROOT / "corpora" / name).read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            if row["text"].strip():
                rows.setdefault(row["text"], row["label"])
    analyzer = Analyzer()
    right: Counter[str] = Counter()
    shown: dict[str, Counter[str]] = {label: Counter() for label in LABELS}
    for report, label in analyzer.analyze_many(rows.items()):
        if report.label != label:
            continue
        right[label] += 1
        shown[label].update({f.code for f in report.findings if registry()[f.code].kind == "check"})
    for label in LABELS:
        print(f"{label}: {right[label]:,} distinct notes read right")
        for code, count in shown[label].most_common(12):
            print(f"  {code}  {count:>6,}  {count / right[label]:6.1%}  {registry()[code].name}")


if __name__ == "__main__":
    main()
