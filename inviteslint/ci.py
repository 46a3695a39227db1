"""Output for CI systems: GitHub workflow annotations and SARIF 2.1.0."""

from __future__ import annotations

import json
from collections.abc import Sequence
from urllib.parse import quote

from . import __version__
from .formats import Checked, line_col
from .rules.base import registry

GITHUB_LEVEL = {"error": "error", "warning": "warning", "info": "notice"}
SARIF_LEVEL = {"error": "error", "warning": "warning", "info": "note"}
SARIF_SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def render_github(results: Sequence[Checked]) -> str:
    """One ``::error file=…,line=…,col=…::CODE message`` line per finding."""
    lines = []
    for item in results:
        for f in item.findings:
            line, col = line_col(item.text, f.start)
            end_line, end_col = line_col(item.text, f.end)
            props = ",".join(
                [
                    f"file={_escape_property(item.file or item.path)}",
                    f"line={line}",
                    f"col={col}",
                    f"endLine={end_line}",
                    f"endColumn={end_col}",
                    f"title={_escape_property(f'{f.code} {f.name}')}",
                ]
            )
            message = _escape_data(f"{f.code} {f.message} Suggestion: {f.suggestion}")
            lines.append(f"::{GITHUB_LEVEL[f.severity]} {props}::{message}")
    return "".join(line + "\n" for line in lines)


def render_sarif(results: Sequence[Checked]) -> str:
    rules = list(registry().values())
    index = {rule.code: i for i, rule in enumerate(rules)}
    driver = {
        "name": "inviteslint",
        "version": __version__,
        "rules": [
            {
                "id": rule.code,
                "name": rule.name,
                "shortDescription": {"text": " ".join(rule.what.split())},
                "fullDescription": {"text": " ".join(rule.what.split())},
                "help": {"text": " ".join(rule.why.split())},
                "defaultConfiguration": {
                    "level": SARIF_LEVEL[rule.severity.value],
                    "enabled": rule.kind == "check",
                },
                "properties": {"family": rule.family, "kind": rule.kind},
            }
            for rule in rules
        ],
    }
    findings = []
    for item in results:
        uri = quote((item.file or item.path).replace("\\", "/"))
        for f in item.findings:
            line, col = line_col(item.text, f.start)
            end_line, end_col = line_col(item.text, f.end)
            findings.append(
                {
                    "ruleId": f.code,
                    "ruleIndex": index[f.code],
                    "level": SARIF_LEVEL[f.severity],
                    "message": {"text": f"{f.message} Suggestion: {f.suggestion}"},
                    "locations": [
                        {
                            "physicalLocation": {
                                "artifactLocation": {"uri": uri},
                                "region": {
                                    "startLine": line,
                                    "startColumn": col,
                                    "endLine": end_line,
                                    "endColumn": end_col,
                                    "charOffset": f.start,
                                    "charLength": f.end - f.start,
                                },
                            }
                        }
                    ],
                    "properties": {"label": item.report.label, "suggestion": f.suggestion},
                }
            )
    log = {
        "$schema": SARIF_SCHEMA,
        "version": "2.1.0",
        "runs": [{"tool": {"driver": driver}, "columnKind": "unicodeCodePoints", "results": findings}],
    }
    return json.dumps(log, indent=2, ensure_ascii=False) + "\n"
