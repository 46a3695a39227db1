"""Renderers of Reports. A formatter never analyses; it only reads Reports."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass

from .report import Report
from .rules.base import Finding, Rule

SCORE_KEYS = ("specificity", "honesty", "length", "pitch", "overall")


@dataclass(frozen=True)
class Checked:
    """One linted input: where it came from, its report and the findings left after filtering."""

    path: str
    report: Report
    findings: list[Finding]


def line_col(text: str, offset: int) -> tuple[int, int]:
    """1-based line and column of a character offset."""
    line = text.count("\n", 0, offset) + 1
    col = offset - (text.rfind("\n", 0, offset) + 1) + 1
    return line, col


def render_text(results: Sequence[Checked]) -> str:
    out = []
    for item in results:
        report = item.report
        for f in item.findings:
            line, col = line_col(report.text, f.start)
            out.append(f"{item.path}:{line}:{col}: {f.code} [{f.severity}] {f.message}")
            out.append(f"    suggestion: {f.suggestion}")
        scores = " ".join(f"{k}={report.scores[k]}" for k in SCORE_KEYS)
        out.append(f"{item.path}: {report.label} ({report.confidence:.2f}) {scores}")
        out.append(
            f"    why: {report.reason}" + (f" [{' '.join(report.decided_by)}]" if report.decided_by else "")
        )
    return "\n".join(out) + "\n"


def check_dict(item: Checked) -> dict:
    data = item.report.to_dict()
    data["findings"] = [f.to_dict() for f in item.findings]
    for f, raw in zip(item.findings, data["findings"], strict=True):
        raw["line"], raw["column"] = line_col(item.report.text, f.start)
    return {"path": item.path, **data}


def render_json(results: Sequence[Checked]) -> str:
    return json.dumps([check_dict(item) for item in results], indent=2, ensure_ascii=False) + "\n"


def render_rules(rules: Sequence[Rule]) -> str:
    width = max(len(r.name) for r in rules)
    lines = [f"{'code':<7} {'name':<{width}} {'kind':<6} {'severity':<8} weight"]
    for r in rules:
        weight = f"{r.weight:g}" if r.weight else ""
        lines.append(f"{r.code:<7} {r.name:<{width}} {r.kind:<6} {r.severity.value:<8} {weight}")
    return "\n".join(lines) + "\n"


def rules_json(rules: Sequence[Rule]) -> str:
    return (
        json.dumps(
            [
                {
                    "code": r.code,
                    "name": r.name,
                    "family": r.family,
                    "kind": r.kind,
                    "severity": r.severity.value,
                    "weight": r.weight,
                    "message": r.message,
                    "suggestion": r.suggestion,
                    "what": r.what.strip(),
                    "why": r.why.strip(),
                    "fail": list(r.fail),
                    "pass": list(r.passes),
                }
                for r in rules
            ],
            indent=2,
            ensure_ascii=False,
        )
        + "\n"
    )
