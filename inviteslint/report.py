"""The Report: one value object per note. Everything downstream of the engine only reads it."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from . import scoring
from .rules.base import Finding, Hit, finding_from_hit, registry

REASONS = {
    "DEF001": "no note",
    "DEF002": "platform default note",
    "DEF003": "old relationship wrapper",
    "DEF004": "generic filler",
    "SPC001": "nothing specific to the recipient",
}


@dataclass(frozen=True)
class Report:
    text: str
    label: str
    confidence: float
    scores: dict[str, int]
    findings: list[Finding]
    decided_by: list[str]
    signals: list[dict[str, Any]] = field(default_factory=list)
    claims: list[dict[str, Any]] = field(default_factory=list)
    features: dict[str, Any] = field(default_factory=dict)

    @property
    def reason(self) -> str:
        """One line a person can read: the label and what decided it."""
        names = []
        rules = registry()
        for code in self.decided_by:
            names.append(REASONS.get(code) or rules[code].name.replace("-", " "))
        line = f"{self.label}: {', '.join(names) or 'no strong signal'}"
        profile = self._profile_details()
        if profile:
            line += f"; personal only in what a profile shows ({', '.join(profile)})"
        return line

    def _profile_details(self) -> list[str]:
        """For a pitch whose signals would have been enough to call it personal, were one of them a
        strong one (their work, a shared context): names, a company, a role are what a mail merge
        fills in, so they did not count."""
        if self.label != "sales" or {"DEF002", "SPC001"} & set(self.decided_by) or not self.signals:
            return []
        codes = {s["code"] for s in self.signals}
        if not scoring.profile_only(codes):
            return []  # their work or a shared context; or just "Hi Jordan!": nothing to explain
        rules = registry()
        return [rules[code].name.replace("-", " ") for code in sorted(codes)]

    def codes(self) -> list[str]:
        return sorted({f.code for f in self.findings})

    def all_codes(self) -> set[str]:
        """The codes of the findings and of the signals: everything the rules found."""
        return {f.code for f in self.findings} | {s["code"] for s in self.signals}

    def to_dict(self) -> dict[str, Any]:
        return {
            "label": self.label,
            "confidence": self.confidence,
            "scores": dict(self.scores),
            "decided_by": list(self.decided_by),
            "reason": self.reason,
            "findings": [f.to_dict() for f in self.findings],
            "signals": list(self.signals),
            "claims": list(self.claims),
        }


def build_report(text: str, hits: list[Hit], claims: list, features: dict) -> Report:
    rules = registry()
    checks = [h for h in hits if rules[h.code].kind == "check"]
    # Two ways of finding the same words ("your talk" as a phrase and as "your <work>") are one signal.
    spans = dict.fromkeys((h.code, h.start, h.end) for h in hits if rules[h.code].kind == "signal")
    signals = [
        {"code": code, "name": rules[code].name, "start": start, "end": end, "text": text[start:end]}
        for code, start, end in spans
    ]
    codes = frozenset(h.code for h in hits)
    label, confidence, decided_by = scoring.label(hits, codes)
    findings = sorted((finding_from_hit(h) for h in checks), key=lambda f: (f.start, f.code))
    return Report(
        text=text,
        label=label,
        confidence=confidence,
        scores=scoring.scores(hits, claims, features, codes),
        findings=findings,
        decided_by=decided_by,
        signals=signals,
        claims=[c.to_dict() for c in claims],
        features=dict(features),
    )
