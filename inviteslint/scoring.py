"""Scores (0-100) and the label, from hits, claims and features. Formulas: docs/scoring.md."""

from __future__ import annotations

import math
from functools import lru_cache

from .rules.base import Hit, family_data, pitch_points, points

LABELS = ("default", "sales", "personalized")
# A style finding that is no fault of the writer's: the note is in a script the rules do not read.
NOT_STYLE_FAULTS = frozenset({"STY006"})
SCORE_NAMES = ("specificity", "honesty", "length", "pitch", "overall")  # in the order shown


def _clamp(value: float) -> int:
    return max(0, min(100, round(value)))


def _confidence(margin: float, scale: float) -> float:
    """0.5 at the decision boundary, approaching 0.99 as the margin grows."""
    return round(0.5 + 0.49 * math.tanh(abs(margin) / scale), 2)


def scores(
    hits: list[Hit], claims: list, features: dict, codes: frozenset[str] | None = None
) -> dict[str, int]:
    """The five scores; ``codes`` (the codes of ``hits``) when the caller has them already."""
    codes = frozenset(h.code for h in hits) if codes is None else codes
    specificity, pitch = _code_scores(codes)
    contradicted = sum(c.verdict == "contradicted" for c in claims) + ("CLM004" in codes)
    unverified = sum(c.verdict == "unverified" for c in claims)
    honesty = _clamp(100 - 45 * contradicted - 10 * unverified - (20 if "DEF003" in codes else 0))
    length = length_score(features)
    style_penalty = 5 * sum(1 for h in hits if h.code.startswith("STY") and h.code not in NOT_STYLE_FAULTS)
    overall = 0.4 * specificity + 0.2 * honesty + 0.15 * length + 0.25 * (100 - pitch) - style_penalty
    if "DEF001" in codes:
        overall = 0
    elif platform_default(codes):
        overall = min(overall, 20)
    return {
        "specificity": specificity,
        "honesty": honesty,
        "length": length,
        "pitch": pitch,
        "overall": _clamp(overall),
    }


# Notes share a few hundred combinations of codes: the scores and the label that depend on
# nothing else are computed once per combination.
@lru_cache(maxsize=4096)
def _code_scores(codes: frozenset[str]) -> tuple[int, int]:
    """Specificity and pitch scores."""
    threshold = float(family_data("pitch")["threshold"])
    full = float(family_data("specificity")["full_score_points"])
    specificity = (
        0 if "DEF001" in codes or platform_default(codes) else _clamp(100 * specificity_points(codes) / full)
    )
    pitch = 50 * pitch_points(codes) / threshold
    if _generic(codes):
        selling, _, generic_threshold = _selling(codes)
        pitch = max(pitch, 50 * selling / generic_threshold)
    return specificity, _clamp(pitch)


def _generic(codes: frozenset[str]) -> bool:
    """Nothing in the note is specific to the recipient that a mail merge could not fill in: the
    platform default, too few signals, or none of the strong ones (their work, a shared context)."""
    data = family_data("specificity")
    return (
        platform_default(codes)
        or specificity_points(codes) < float(data["threshold"])
        or not codes & strong_codes()
    )


@lru_cache(maxsize=1)
def strong_codes() -> frozenset[str]:
    """Their work or a shared context: the signals a mail merge could not fill in (specificity.toml).
    Read when first needed, so that commands that analyse nothing do not load the family's data."""
    return frozenset(family_data("specificity")["strong_codes"])


@lru_cache(maxsize=4096)
def platform_default(codes: frozenset[str]) -> bool:
    """The platform's default note (DEF002), with nothing beside it that only this sender could
    write: "Hi Maria, I'm a writer. I'd like to add you to my professional network." A note that
    also names their work or a shared context (`strong_codes`: "great chatting at PyData about
    your pandas talk!") is judged on that; the default sentence is still flagged."""
    return "DEF002" in codes and not codes & strong_codes()


def profile_only(codes: set[str]) -> bool:
    """Signals enough to call a note personal, but none a mail merge could not fill in: names, a
    company, a role, a date, and neither their work nor a shared context (`strong_codes`)."""
    data = family_data("specificity")
    return not codes & strong_codes() and specificity_points(codes) >= float(data["threshold"])


def _selling(codes: frozenset[str]) -> tuple[float, list[str], float]:
    """Points and codes of the rules that say what the sender sells, and the total that makes a
    generic note a pitch (pitch.toml's `generic_codes` and `generic_threshold`)."""
    data = family_data("pitch")
    selling = codes & set(data["generic_codes"])
    for pair in data["generic_pairs"]:
        if codes.issuperset(pair):
            selling |= set(pair)
    return points(selling, "PIT"), sorted(selling), float(data["generic_threshold"])


def sweet_spot(limit: int) -> tuple[int, int]:
    """The word range a note reads best in: a note's, or a message's when the limit is larger."""
    data = family_data("length")
    low, high = data["note_sweet_spot"] if limit <= data["default_limit"] else data["message_sweet_spot"]
    return int(low), int(high)


def specificity_points(codes: set[str]) -> float:
    """Signal weights, each rule once, less the filler penalty when generic filler was found."""
    penalty = float(family_data("specificity")["filler_penalty"])
    return points(codes, "SPC") - (penalty if "DEF004" in codes else 0.0)


def length_score(features: dict) -> int:
    chars, words, limit = features["chars"], features["words"], features["limit"]
    low, high = sweet_spot(limit)
    if chars == 0 or not words:
        return 0
    if chars > limit:
        return _clamp(40 * limit / chars)
    if features.get("unspaced"):  # Chinese, Japanese, Thai…: no word count, only the limit
        return 100
    if words < int(family_data("length")["min_words"]):
        return 30
    if words < low:
        return _clamp(60 + 40 * words / low)
    if words > high:
        return _clamp(100 - 30 * (words - high) / high)
    return 100


def label(hits: list[Hit], codes: frozenset[str] | None = None) -> tuple[str, float, list[str]]:
    """The label, its confidence, and the codes that decided it."""
    name, confidence, decided = _label(frozenset(h.code for h in hits) if codes is None else codes)
    return name, confidence, list(decided)


@lru_cache(maxsize=4096)
def _label(codes: frozenset[str]) -> tuple[str, float, list[str]]:
    name, confidence, decided = _decide(codes)
    # A note in a script the rules do not read (STY006) keeps its label, weakly, and says why.
    if "STY006" in codes:
        cap = float(family_data("style")["unread_script_confidence"])
        return name, min(confidence, cap), [*decided, "STY006"]
    return name, confidence, decided


# Pitch signals with a negative weight (PIT018, a sender asking for their own career): evidence
# against a pitch, never a reason given for one.
AGAINST_PITCH = frozenset(r["code"] for r in family_data("pitch")["rule"] if float(r["weight"]) < 0)

# The statistical model's codes (the rules of rules/data/model.toml): they count only where the
# rules alone do not make the note `sales`.
MODEL_CODES = frozenset(rule["code"] for rule in family_data("model")["rule"])


def _decide(codes: frozenset[str]) -> tuple[str, float, list[str]]:
    if codes & MODEL_CODES:
        by_rules = _rules_label(codes - MODEL_CODES)
        if by_rules[0] == "sales":
            return by_rules
    return _rules_label(codes)


def _rules_label(codes: frozenset[str]) -> tuple[str, float, list[str]]:
    if "DEF001" in codes:
        return "default", 0.99, ["DEF001"]
    pitch_threshold = float(family_data("pitch")["threshold"])
    spec_threshold = float(family_data("specificity")["threshold"])
    pitch = pitch_points(codes)
    if pitch >= pitch_threshold:
        decided = sorted(c for c in codes if c.startswith("PIT") and c not in AGAINST_PITCH)
        return "sales", _confidence(pitch - pitch_threshold + 1, 3.0), decided
    # A note with nothing of its own beyond what a profile shows (_generic) that says what the
    # sender sells is there to sell.
    selling, decided, generic_threshold = _selling(codes)
    if selling >= generic_threshold and _generic(codes):
        decided += [c for c in ("DEF002", "SPC001") if c in codes]  # why nothing else counts
        return "sales", _confidence(selling - generic_threshold + 1, 3.0), decided
    spec = 0.0 if platform_default(codes) else specificity_points(codes)
    if spec >= spec_threshold:
        decided = sorted(c for c in codes if c.startswith("SPC1"))
        # A pitch signal below threshold makes the call less certain.
        margin = spec - spec_threshold + 1 - pitch / 2
        return "personalized", _confidence(margin, 3.0), decided
    decided = sorted(c for c in codes if c in {"DEF002", "DEF003", "DEF004", "SPC001"})
    margin = max(spec_threshold - spec, 0.5) + (pitch_threshold - pitch) / 4
    if platform_default(codes):
        margin += 3
    return "default", _confidence(margin, 3.0), decided
