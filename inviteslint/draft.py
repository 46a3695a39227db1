"""Compose an honest invitation from the facts the user gives, in three variants.

Sentences come from the frames in data/frames.toml. A frame is used only when every fact it
names was given, and a variant is kept only when it lints clean (no finding at warning or above),
fits the limit and makes no relationship claim the facts do not support, so a draft never says
more than the user told it.
"""

from __future__ import annotations

import itertools
import re
import string
from dataclasses import dataclass
from importlib import resources

from .engine import Analyzer
from .facts import Facts
from .report import Report
from .rules.base import Severity, tomllib

VARIANTS = ("short", "warm", "direct")
SELLING = {
    "PIT001",
    "PIT002",
    "PIT003",
    "PIT004",
    "PIT005",
    "PIT006",
    "PIT007",
    "PIT010",
    "PIT011",
    "PIT012",
    "PIT016",
}
MAX_TRIES = 200


class DraftError(ValueError):
    """Facts a draft cannot honestly be written from: one line for the user."""


class Refused(DraftError):
    """The stated purpose is to sell."""


@dataclass(frozen=True)
class DraftFacts:
    to: str | None = None
    relationship: str | None = None  # not given: "met" when met_at is given, else "none"
    met_at: str | None = None
    found_via: str | None = None
    shared: str | None = None
    reason: str | None = None
    question: str | None = None
    limit: int = 300

    def __post_init__(self) -> None:
        if self.relationship is None:  # "where you met" says you met
            object.__setattr__(self, "relationship", "met" if self.met_at else "none")

    def engine_facts(self) -> Facts:
        return Facts(to=self.to, relationship=self.relationship, met_at=self.met_at)


@dataclass(frozen=True)
class Variant:
    name: str
    text: str
    report: Report
    left_out: tuple[str, ...] = ()  # facts given but not in this variant (they did not lint clean)


def frames() -> dict:
    return tomllib.loads(resources.files(__package__).joinpath("data", "frames.toml").read_text("utf-8"))


def _sentence(text: str, end: str = ".") -> str:
    text = " ".join(text.split()).rstrip(" .!?;,")
    return text[:1].upper() + text[1:] + end if text else ""


def _values(facts: DraftFacts) -> dict[str, str]:
    values = {}
    if facts.to:
        values["to"] = facts.to
        values["first_name"] = facts.to.split()[0]
    for key in ("met_at", "found_via", "shared"):
        value = getattr(facts, key)
        if value and value.strip():
            values[key] = " ".join(value.split()).rstrip(" .")
    if facts.shared:
        values["shared_sentence"] = _sentence(facts.shared)
    if facts.reason and facts.reason.strip():
        reason = " ".join(facts.reason.split()).rstrip(" .")
        values["reason_sentence"] = _sentence(reason)
        if reason.lower().startswith("to "):
            values["reason_clause"] = reason[:1].lower() + reason[1:]
    if facts.question and facts.question.strip():
        values["question_sentence"] = _sentence(facts.question, "?")
    return values


def _fields(frame: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(frame) if name}


def _options(part: str, facts: DraftFacts, bank: dict, values: dict[str, str]) -> list[str]:
    if part == "greeting":
        candidates = bank["greeting"]["named" if "first_name" in values else "anonymous"]
    elif part == "context":
        candidates = bank["context"].get(facts.relationship, [])
    elif part == "found" and facts.relationship == "none":
        candidates = []
    else:
        candidates = bank["parts"][part]
    usable = [c.format(**values) for c in candidates if _fields(c) <= set(values)]
    return [u for u in usable if u.strip()]


def check_purpose(analyzer: Analyzer, facts: DraftFacts) -> None:
    """Refuse to turn a sales purpose into an invitation."""
    stated = " ".join(x for x in (facts.reason, facts.question) if x)
    if not stated:
        return
    report = analyzer.analyze(stated)
    selling = sorted({f.code for f in report.findings} & SELLING)
    if (
        report.label == "sales"
        or len(selling) >= 2
        or {"PIT001", "PIT002", "PIT004", "PIT005"} & set(selling)
    ):
        raise Refused(
            "the stated purpose is to sell (" + ", ".join(selling or ["sales"]) + "), and an invitation "
            "is not the place: connect first with a note about them, and offer what you sell later, "
            "in a message, if the conversation calls for it"
        )


def _clean(report: Report, limit: int) -> bool:
    warning = Severity("warning").rank
    return (
        len(report.text) <= limit
        and not any(Severity(f.severity).rank >= warning for f in report.findings)
        and all(c["verdict"] == "supported" for c in report.claims)
    )


def compose(analyzer: Analyzer, facts: DraftFacts) -> list[Variant]:
    """Three variants, each clean, within the limit and honest to the facts."""
    if facts.relationship == "none" and facts.met_at:
        raise DraftError("--met-at says you met, but --relationship is none; drop one of them")
    values = _values(facts)
    if not (set(values) & {"met_at", "found_via", "shared"}):
        raise DraftError(
            "give at least one specific fact: where you met (--met-at), how you found them "
            "(--found-via, e.g. 'your post on incident reviews'), or what you share (--shared)"
        )
    if "reason_sentence" not in values:
        raise DraftError("say why you want to connect (--reason), e.g. 'to learn how your team runs reviews'")
    check_purpose(analyzer, facts)
    bank = frames()
    engine_facts = facts.engine_facts()
    out: list[Variant] = []
    problems: list[str] = []
    for name in VARIANTS:
        found = _best(analyzer, facts, bank, values, bank["variants"][name], engine_facts)
        if isinstance(found, Report):
            out.append(Variant(name, found.text, found, _left_out(facts, found.text)))
        else:
            problems.append(found)
    if not out:
        raise DraftError("no honest, clean note fits these facts: " + "; ".join(dict.fromkeys(problems)))
    return out


def _best(analyzer, facts, bank, values, parts, engine_facts) -> Report | str:
    """The first clean note among the frame choices, dropping optional parts if needed."""
    optional = [p for p in parts if p.startswith("[")]
    tries, last = 0, "nothing to write"
    for dropped in range(len(optional) + 1):
        keep = [
            p.strip("[]")
            for p in parts
            if not (p.startswith("[") and p in optional[len(optional) - dropped :])
        ]
        options = [_options(part, facts, bank, values) for part in keep]
        options = [o for o in options if o]
        for choice in itertools.product(*options):
            tries += 1
            if tries > MAX_TRIES:
                return last
            text = _join(choice)
            report = analyzer.analyze(text, engine_facts, facts.limit)
            if _clean(report, facts.limit):
                return report
            shown = [f.code for f in report.findings if Severity(f.severity).rank >= 1]
            last = f"{len(text)} characters" if len(text) > facts.limit else ", ".join(shown) or "claims"
    return last


def _left_out(facts: DraftFacts, text: str) -> tuple[str, ...]:
    low = " ".join(text.lower().split())
    given = {"met_at": facts.met_at, "found_via": facts.found_via, "shared": facts.shared}
    return tuple(
        key
        for key, value in given.items()
        if value and " ".join(value.lower().split()).rstrip(" .") not in low
    )


def _join(sentences: tuple[str, ...]) -> str:
    """The greeting on its own line, then the sentences."""
    greeting, *rest = sentences
    return greeting + "\n" + re.sub(r"\s+", " ", " ".join(rest)).strip()
