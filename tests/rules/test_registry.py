"""Meta-tests on the rule registry: unique well-formed codes, every rule documented and exemplified."""

import re

import pytest

from inviteslint.rules.base import RULE_FAMILIES, Severity, family_data, registry, resolve_codes

RULES = list(registry().values())
PREFIX = {
    "default_template": "DEF",
    "pitch": "PIT",
    "claims": "CLM",
    "specificity": "SPC",
    "length": "LEN",
    "style": "STY",
    "templates": "TPL",
    # The model's codes weigh in with the families they belong to: its pitch and its specificity.
    "model": ("PIT", "SPC"),
}


def test_registry_codes_are_unique_across_families():
    codes = [raw["code"] for family in RULE_FAMILIES for raw in family_data(family)["rule"]]
    assert len(codes) == len(set(codes))


@pytest.mark.parametrize("rule", RULES, ids=[r.code for r in RULES])
def test_registry_rule_is_documented(rule):
    assert re.fullmatch(r"[A-Z]{3}\d{3}", rule.code)
    assert rule.code.startswith(PREFIX[rule.family])
    assert re.fullmatch(r"[a-z]+(-[a-z]+)*", rule.name)
    assert rule.kind in {"check", "signal"}
    assert isinstance(rule.severity, Severity)
    assert len(rule.what.strip()) > 20 and len(rule.why.strip()) > 20
    assert rule.fail, "every rule needs an example it flags"
    assert rule.passes, "every rule needs an example it does not flag"
    docs = rule.docs()
    for section in ("## What it does", "## Why it matters", "## Example"):
        assert section in docs
    if rule.kind == "check":
        assert rule.message and rule.suggestion
    elif rule.code == "PIT018":  # evidence against a pitch: a negative weight
        assert rule.weight < 0
    elif rule.code != "PIT022":  # an invitation to speak changes how a call is read, weighs nothing
        assert rule.weight > 0


def test_registry_names_are_unique():
    names = [r.name for r in RULES]
    assert len(names) == len(set(names))


def test_registry_pitch_rules_all_carry_weights():
    assert all(r.weight > 0 for r in RULES if r.family == "pitch" and r.kind == "check")
    signals = {r.code: r.weight for r in RULES if r.family == "pitch" and r.kind == "signal"}
    assert signals.keys() == {"PIT018", "PIT022"}
    assert signals["PIT018"] < 0 and signals["PIT022"] == 0


def test_registry_resolve_codes_accepts_prefixes_and_rejects_unknown():
    assert resolve_codes(["PIT00"]) == {r.code for r in RULES if r.code.startswith("PIT00")}
    assert "DEF002" in resolve_codes(["def002"])
    with pytest.raises(KeyError):
        resolve_codes(["XYZ"])


@pytest.mark.parametrize("family", RULE_FAMILIES)
def test_phrase_groups_hold_only_their_own_keys(family):
    # A [[rule.phrase_then]] table written in the middle of a rule takes every key after it: the
    # rule's own lists would silently stop applying.
    for rule in family_data(family)["rule"]:
        for group in rule.get("phrase_then", ()):
            # A group without `then` counts its phrases alone, and has no `within` either.
            assert ("then" in group) == ("within" in group), (rule["code"], sorted(group))
            assert (
                {"phrases"}
                <= set(group)
                <= {
                    "phrases",
                    "then",
                    "then_endings",
                    "within",
                    "not_after",
                    "not_before",
                    "heads",
                    "commas",
                    "not_within",
                    "unless_then",
                    "one_ask",
                    "next_sentence",
                    "with_offer",
                    "with_ask",
                    "with_pitch",
                }
            ), (
                rule["code"],
                sorted(group),
            )
