"""Triage policies: accept, ask or ignore a received note, with the reason. Policies are data:
the built-in ones in policies.toml, a user's own in the project configuration."""

from __future__ import annotations

from dataclasses import dataclass
from importlib import resources
from typing import Any

from ..config import Config, ConfigError, nearest
from ..rules.base import registry, tomllib
from ..scoring import LABELS, SCORE_NAMES

ACTIONS = ("accept", "ask", "ignore")
SCORES = (*SCORE_NAMES, "confidence")
CONDITIONS = {"label", "any_code", "in_contacts", "thin_profile", "claim"} | {
    f"{bound}_{score}" for bound in ("min", "max") for score in SCORES
}
CLAIMS = ("any", "unverified", "contradicted")


def builtin() -> dict[str, Any]:
    return tomllib.loads(resources.files(__package__).joinpath("policies.toml").read_text("utf-8"))


@dataclass(frozen=True)
class Policy:
    name: str
    summary: str
    rules: tuple[dict[str, Any], ...]

    def decide(self, view: dict[str, Any]) -> tuple[str, str]:
        """(action, reason) for one analysed note; see ``view`` in classify.py for its keys."""
        for rule in self.rules:
            if all(_holds(key, value, view) for key, value in rule.items() if key in CONDITIONS):
                return rule["action"], rule["reason"]
        raise AssertionError("a policy ends with a rule without conditions")

    def describe(self) -> str:
        """The policy as text: one line per rule, in the order they are tried."""
        lines = [f"{self.name}: {self.summary}"]
        for rule in self.rules:
            when = ", ".join(f"{k}={_show(v)}" for k, v in rule.items() if k in CONDITIONS)
            lines.append(f"  {rule['action']:<7} {'if ' + when if when else 'otherwise'}: {rule['reason']}")
        return "\n".join(lines) + "\n"


def _show(value: Any) -> str:
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, list):
        return "|".join(map(str, value))
    return str(value)


def _holds(key: str, want: Any, view: dict[str, Any]) -> bool:
    if key == "label":
        return view["label"] in ([want] if isinstance(want, str) else want)
    if key == "any_code":
        return any(code.startswith(prefix) for prefix in want for code in view["codes"])
    if key in {"in_contacts", "thin_profile"}:
        return view[key] is want
    if key == "claim":
        verdicts = view["claims"]
        return bool(verdicts) if want == "any" else want in verdicts
    bound, score = key.split("_", 1)
    value = view["confidence"] if score == "confidence" else view["scores"][score]
    return value >= want if bound == "min" else value <= want


def names(config: Config | None = None) -> list[str]:
    return sorted(set(builtin()) | set((config.get("policies") if config else None) or {}))


def load(name: str, config: Config | None = None) -> Policy:
    own = (config.get("policies") if config else None) or {}
    raw = own.get(name) or builtin().get(name)
    where = str(config.path) if config and name in own else "built-in policies"
    if raw is None:
        available = names(config)
        raise ConfigError(
            f"unknown policy {name!r}{nearest(name, available)}; available: {', '.join(available)}"
        )
    return validate(name, raw, where)


def validate(name: str, raw: dict[str, Any], where: str) -> Policy:
    def fail(message: str) -> ConfigError:
        return ConfigError(f"{where}: policy {name!r}: {message}")

    rules = raw.get("rule")
    if not rules or not isinstance(rules, list):
        raise fail("has no [[rule]] entries")
    codes = list(registry())
    for number, rule in enumerate(rules, start=1):
        for key, value in rule.items():
            if key in {"action", "reason"}:
                continue
            if key not in CONDITIONS:
                raise fail(f"rule {number}: unknown condition {key!r}{nearest(key, CONDITIONS)}")
            if key == "label":
                for label in [value] if isinstance(value, str) else value:
                    if label not in LABELS:
                        raise fail(f"rule {number}: unknown label {label!r}{nearest(label, LABELS)}")
            if key == "any_code":
                for code in value:
                    if not any(c.startswith(code.upper()) for c in codes):
                        raise fail(f"rule {number}: unknown rule code {code!r}{nearest(code, codes)}")
            if key == "claim" and value not in CLAIMS:
                raise fail(f"rule {number}: claim must be one of {', '.join(CLAIMS)}")
        if rule.get("action") not in ACTIONS:
            raise fail(f"rule {number}: action must be one of {', '.join(ACTIONS)}")
        if not rule.get("reason"):
            raise fail(f"rule {number}: has no reason")
    if any(key in CONDITIONS for key in rules[-1]):
        raise fail("the last rule must have no conditions: it is the default")
    for rule in rules:
        if "any_code" in rule:
            rule["any_code"] = [c.upper() for c in rule["any_code"]]
    return Policy(name, raw.get("summary", ""), tuple(rules))
