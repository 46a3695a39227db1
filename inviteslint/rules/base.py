"""Rules, hits and findings, and the registry that loads rule definitions from data files.

A rule is data: its code, name, severity, message, suggestion, docs and examples live in
``rules/data/<family>.toml``. Code in the family modules only detects hits; turning a hit
into a user-facing finding happens here, so every family reports the same way.
"""

from __future__ import annotations

import enum
import sys
import textwrap
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

# Detection order: specificity reads the default-template, pitch and model hits before it; the
# model reads the default-template and pitch hits.
FAMILIES = ("default_template", "pitch", "claims", "model", "specificity", "length", "style")
# Rules checked outside the spaCy component: on template files, by templates.py.
RULE_FAMILIES = (*FAMILIES, "templates")


FIX_NOTE = {
    "safe": "automatic (inviteslint fix, or check --fix)",
    "unsafe": "automatic with --unsafe-fixes only: it changes what the note says",
}


class Severity(str, enum.Enum):
    INFO = "info"
    WARNING = "warning"
    ERROR = "error"

    @property
    def rank(self) -> int:
        return {"info": 0, "warning": 1, "error": 2}[self.value]


@dataclass(frozen=True)
class Rule:
    """One documented rule. ``kind`` is ``check`` (reported as a finding) or ``signal``
    (positive evidence that feeds scores and labels but is never reported as a problem)."""

    code: str
    name: str
    family: str
    kind: str
    severity: Severity
    message: str
    suggestion: str
    what: str
    why: str
    fail: tuple[str, ...]
    passes: tuple[str, ...]
    weight: float = 0.0
    facts: dict[str, Any] = field(default_factory=dict)
    fix: str | None = None  # "safe", "unsafe" (applied only on request), or None

    def docs(self) -> str:
        lines = [f"# {self.code} {self.name} ({self.family}, {self.kind}, {self.severity.value})", ""]
        # The data files break lines where it suits them; the terminal gets even lines.
        lines += ["## What it does", _prose(self.what), "", "## Why it matters", _prose(self.why), ""]
        lines += ["## Example", "Flagged:"]
        lines += [f"    {text!r}" for text in self.fail]
        lines += ["Not flagged:"] + [f"    {text!r}" for text in self.passes]
        if self.kind == "check":
            lines += ["", f"Message: {self.message}", f"Suggestion: {self.suggestion}"]
        if self.fix:
            lines += [f"Fix: {FIX_NOTE[self.fix]}"]
        if self.weight:
            lines += ["", f"Weight: {self.weight:g}"]
        return "\n".join(lines) + "\n"


def _prose(text: str) -> str:
    return textwrap.fill(" ".join(text.split()), width=100)


@dataclass(slots=True)  # not frozen: frozen dataclasses are slow to build, and there are many hits
class Hit:
    """What a detector found: a rule code and a character span, with details for the message."""

    code: str
    start: int
    end: int
    detail: dict[str, str] = field(default_factory=dict)


class Finding:
    """A check that fired, as a person reads it. Message and suggestion are formatted on first
    use: bulk classification reads only codes and spans."""

    __slots__ = ("rule", "start", "end", "detail", "_text")

    def __init__(self, rule: Rule, start: int, end: int, detail: dict[str, str]):
        self.rule, self.start, self.end, self.detail = rule, start, end, detail
        self._text: tuple[str, str] | None = None

    @property
    def code(self) -> str:
        return self.rule.code

    @property
    def name(self) -> str:
        return self.rule.name

    @property
    def severity(self) -> str:
        return self.rule.severity.value

    def _format(self) -> tuple[str, str]:
        if self._text is None:
            values = _Blank(self.detail)
            self._text = (self.rule.message.format_map(values), self.rule.suggestion.format_map(values))
        return self._text

    @property
    def message(self) -> str:
        return self._format()[0]

    @property
    def suggestion(self) -> str:
        return self._format()[1]

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Finding) and self.to_dict() == other.to_dict()

    def __hash__(self) -> int:
        return hash((self.code, self.start, self.end))

    def __repr__(self) -> str:
        return f"Finding({self.code} {self.start}:{self.end} {self.message!r})"

    def to_dict(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "name": self.name,
            "severity": self.severity,
            "message": self.message,
            "suggestion": self.suggestion,
            "start": self.start,
            "end": self.end,
        }


class _Blank(dict):
    def __missing__(self, key: str) -> str:
        return ""


def finding_from_hit(hit: Hit) -> Finding:
    return Finding(registry()[hit.code], hit.start, hit.end, hit.detail)


@cache
def family_data(family: str) -> dict[str, Any]:
    """The parsed data file of one family: its rules and its phrase lists."""
    text = resources.files("inviteslint.rules").joinpath("data", f"{family}.toml").read_text("utf-8")
    return tomllib.loads(text)


@cache
def registry() -> dict[str, Rule]:
    """Every rule, by code, in family order. Duplicate codes are a packaging error."""
    rules: dict[str, Rule] = {}
    for family in RULE_FAMILIES:
        for raw in family_data(family).get("rule", []):
            if raw["code"] in rules:
                raise ValueError(f"duplicate rule code {raw['code']}")
            rules[raw["code"]] = Rule(
                code=raw["code"],
                name=raw["name"],
                family=family,
                kind=raw.get("kind", "check"),
                severity=Severity(raw.get("severity", "info")),
                message=raw.get("message", ""),
                suggestion=raw.get("suggestion", ""),
                what=raw["what"],
                why=raw["why"],
                fail=tuple(raw.get("fail", ())),
                passes=tuple(raw.get("pass", ())),
                weight=float(raw.get("weight", 0.0)),
                facts=raw.get("facts", {}),
                fix=raw.get("fix"),
            )
    return rules


def resolve_codes(selectors: list[str] | None) -> set[str]:
    """Codes matched by a list of codes or prefixes (``PIT``, ``PIT00``, ``PIT001``).

    Raises ``KeyError`` naming the first selector that matches nothing.
    """
    codes = set()
    for selector in selectors or []:
        wanted = selector.strip().upper()
        matched = {code for code in registry() if code.startswith(wanted)}
        if not wanted or not matched:
            raise KeyError(selector)
        codes |= matched
    return codes


def longest_first(items, span):
    """Drop items whose span overlaps a longer one; `span(item)` gives (start, end). Kept items
    come back in text order."""
    if len(items) < 2:
        return list(items)
    ranked = sorted(((span(item), item) for item in items), key=lambda p: (p[0][0] - p[0][1], p[0][0]))
    taken: list[tuple[int, int]] = []
    kept: list = []
    for (start, end), item in ranked:
        for s, e in taken:
            if start < e and s < end:
                break
        else:
            taken.append((start, end))
            kept.append((start, item))
    kept.sort(key=lambda p: p[0])
    return [item for _, item in kept]


class Memo(dict):
    """`fn(key)` for each key asked, each worked out once; cleared when it holds `limit` answers,
    so that a bulk run of millions of notes keeps its memory flat. A plain subscript answers a key
    already seen, at the cost of a dict lookup (faster than functools.lru_cache's call)."""

    def __init__(self, fn: Callable[[Any], Any], limit: int):
        super().__init__()
        self.fn, self.limit = fn, limit

    def __missing__(self, key):
        if len(self) >= self.limit:
            self.clear()
        value = self[key] = self.fn(key)
        return value


def counted(count: int, noun: str) -> str:
    """ "1 word", "3 words": a count in a message, in English."""
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"


def points(codes: set[str], prefix: str) -> float:
    """Sum of the weights of the rules of one family that fired; each rule counts once."""
    rules = registry()
    return sum(rules[code].weight for code in codes if code.startswith(prefix))


def pitch_points(codes: set[str]) -> float:
    """The pitch points, less a leaked merge tag's when a call request is all the note asks
    (pitch.toml's `tag_and_call`): a template asking for a call sells nothing by that alone."""
    total = points(codes, "PIT")
    tag_and_call = family_data("pitch")["tag_and_call"]
    pitches = {c for c in codes if c.startswith("PIT") and registry()[c].weight > 0}
    if tag_and_call[0] in pitches and pitches <= set(tag_and_call):
        total -= registry()[tag_and_call[0]].weight
    return total
