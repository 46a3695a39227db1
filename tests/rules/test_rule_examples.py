"""Every rule's documented examples are its data-driven tests: each `fail` text must trigger
the rule and each `pass` text must not, with the facts the rule's data declares."""

import pytest

from inviteslint import Facts
from inviteslint.lint import Options, lint_template_file
from inviteslint.rules.base import registry

FACT_KEYS = {"to", "relationship", "met_at", "known"}


def _run(analyzer, rule, text):
    facts = Facts(**{k: v for k, v in rule.facts.items() if k in FACT_KEYS})
    if rule.family == "templates":  # template rules: the example is a template file
        checked = lint_template_file(analyzer, "example.invite", text, Options(facts=facts))
        found = [f for item in checked for f in item.findings if f.code == rule.code]
        return checked[0].report, found
    report = analyzer.analyze(text, facts, limit=rule.facts.get("limit"))
    found = [f for f in report.findings if f.code == rule.code]
    found += [s for s in report.signals if s["code"] == rule.code]
    return report, found


CASES = [(rule, text) for rule in registry().values() for text in rule.fail]
PASSES = [(rule, text) for rule in registry().values() for text in rule.passes]


@pytest.mark.parametrize(("rule", "text"), CASES, ids=[f"{r.code}-{i}" for i, (r, _) in enumerate(CASES)])
def test_rule_fires_on_its_fail_example(analyzer, rule, text):
    report, found = _run(analyzer, rule, text)
    assert found, f"{rule.code} did not fire on {text!r}; got {[f.code for f in report.findings]}"
    for item in found:
        start = item.start if hasattr(item, "start") else item["start"]
        end = item.end if hasattr(item, "end") else item["end"]
        assert 0 <= start <= end <= len(text)


@pytest.mark.parametrize(("rule", "text"), PASSES, ids=[f"{r.code}-{i}" for i, (r, _) in enumerate(PASSES)])
def test_rule_stays_quiet_on_its_pass_example(analyzer, rule, text):
    _, found = _run(analyzer, rule, text)
    assert not found, f"{rule.code} fired on {text!r}"
