"""Linting files for `check`: a draft is one note; a template file holds one or more templates.

Settings come, most specific last, from the defaults, the project configuration, the file's
front matter (templates) and the command line; see ``Options``.
"""

from __future__ import annotations

import fnmatch
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from . import templates as tpl
from .config import Config
from .engine import Analyzer
from .facts import Facts
from .formats import Checked
from .pipeline import DEFAULT_LIMIT
from .rules.base import Finding, registry, resolve_codes


@dataclass(frozen=True)
class Options:
    """What one file is checked with. ``None`` means: not set at this level."""

    limit: int | None = None  # from the command line: wins over everything
    config_limit: int | None = None
    facts: Facts = Facts()
    select: frozenset[str] | None = None
    ignore: frozenset[str] = frozenset()
    placeholders: dict[str, int] = field(default_factory=dict)
    syntax: str | None = None

    @property
    def draft_limit(self) -> int:
        """The limit for a draft: the command line's, else the configuration's, else the default."""
        return self.limit or self.config_limit or DEFAULT_LIMIT

    def keeps(self, code: str) -> bool:
        return (self.select is None or code in self.select) and code not in self.ignore


def options_for(path: str | None, config: Config, cli: dict[str, Any]) -> Options:
    """Config, then command line: limit, select, extend-select, ignore, per-file-ignores."""
    values = config.values
    select = set(resolve_codes(values["select"])) if "select" in values else None
    if cli.get("select") is not None:
        select = set(cli["select"])
    extend = set(resolve_codes(values.get("extend-select", []))) | set(cli.get("extend_select") or ())
    if select is not None:
        select |= extend
    ignore = set(resolve_codes(values.get("ignore", [])))
    if cli.get("ignore") is not None:
        ignore = set(cli["ignore"])
    if path and config.path:
        ignore |= per_file_ignores(Path(path), config)
    return Options(
        limit=cli.get("limit"),
        config_limit=values.get("limit"),
        facts=cli.get("facts") or Facts(),
        select=frozenset(select) if select is not None else None,
        ignore=frozenset(ignore),
        placeholders=dict(values.get("placeholders", {})),
        syntax=values.get("placeholder-syntax"),
    )


def per_file_ignores(path: Path, config: Config) -> set[str]:
    """Codes ignored for this file by ``per-file-ignores`` globs, relative to the config's folder.
    A glob without a slash also matches the file's name alone."""
    root = config.path.parent
    try:
        relative = path.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        relative = path.as_posix()
    codes: set[str] = set()
    for glob, selectors in config.values.get("per-file-ignores", {}).items():
        if fnmatch.fnmatch(relative, glob) or ("/" not in glob and fnmatch.fnmatch(path.name, glob)):
            codes |= resolve_codes(selectors)
    return codes


def lint_draft(analyzer: Analyzer, name: str, text: str, options: Options) -> list[Checked]:
    report = analyzer.analyze(text, options.facts, options.draft_limit)
    return [Checked(name, report, [f for f in report.findings if options.keeps(f.code)])]


def lint_template_file(analyzer: Analyzer, name: str, text: str, options: Options) -> list[Checked]:
    """Every template in the file, each with its findings mapped to the file's lines."""
    parsed = tpl.parse(text)
    if not parsed.templates:  # nothing but front matter, comments or blank lines: a note with no note
        return lint_draft(analyzer, name, "", options)
    settings = parsed.settings
    try:
        file_ignores = resolve_codes(settings.get("ignore", []))
    except KeyError as err:
        raise tpl.TemplateError(f"front matter: ignore: unknown rule code {err.args[0]!r}") from None
    limit = options.limit or settings.get("limit") or options.config_limit or DEFAULT_LIMIT
    facts = options.facts
    if settings.get("relationship") or settings.get("met_at"):
        facts = replace(
            facts,
            relationship=facts.relationship or settings.get("relationship"),
            met_at=facts.met_at or settings.get("met_at"),
        )
    own_lengths = {**options.placeholders, **settings.get("placeholders", {})}
    longest = tpl.lengths(own_lengths)
    # Names the user gave a length to are theirs: known, and read as themselves.
    declared = {tpl.fold_name(name) for name in own_lengths}
    unknown = int(tpl.family_data("templates")["unknown_length"])
    known = tpl.known_placeholders()
    results = []
    for template in parsed.templates:
        syntax = tpl.syntax_of(template, settings.get("syntax") or options.syntax)

        def stand_in(p: tpl.Placeholder) -> str:
            # A field named for a prospect or the pitch is read as a field (PIT023), not as its name.
            if tpl.sales_field(p):
                return p.text
            key = p.key or (None if tpl.fold_name(p.name) in declared else p.suggestion)
            return known[key]["stand_in"] if key else p.name.replace("_", " ")

        def longest_value(p: tpl.Placeholder) -> str:
            return "x" * longest.get(p.key or tpl.fold_name(p.name), unknown)

        rendered, to_message = tpl.render(template.message, template.placeholders, stand_in)
        worst = len(tpl.render(template.message, template.placeholders, longest_value)[0])
        # A field kept as written is the template's own, not a merge tag left in a note (TPL001
        # reports an unknown one): its span in the rendered message, where the analysis reads it.
        kept = frozenset(
            to_message.replaced(p.start, p.end) for p in template.placeholders if tpl.sales_field(p)
        )
        report = analyzer.analyze(rendered, facts, limit, kept)
        findings = [
            _moved(
                f,
                template.to_file(to_message(f.start)),
                template.to_file(to_message(f.end, True), True),
                text,
            )
            for f in report.findings
        ]
        own = tpl.template_findings(template, syntax, limit, worst, len(template.message), declared)
        # Over the limit as analysed (LEN001) says it already; the worst case would repeat it.
        over = any(f.code == "LEN001" for f in findings)
        findings += [
            _moved(f, template.to_file(f.start), template.to_file(f.end, True))
            for f in own
            if not (over and f.code == "TPL004")
        ]
        # A broken placeholder is TPL002's; the analysis sees a leaked merge tag in it (PIT009).
        broken = [(f.start, f.end) for f in findings if f.code == "TPL002"]
        findings = [
            f
            for f in findings
            if not (f.code == "PIT009" and any(s < f.end and f.start < e for s, e in broken))
        ]
        findings += [
            Finding(registry()["TPL008"], start, end, {"comment": text[start:end].strip(), "title": title})
            for start, end, title in template.headings
        ]
        findings = _suppress(template, findings)
        findings = [f for f in findings if not any(f.code.startswith(c) for c in file_ignores)]
        findings = sorted((f for f in findings if options.keeps(f.code)), key=lambda f: (f.start, f.code))
        title = f"template {template.index}" + (f" ({template.title})" if template.title else "")
        extra = {
            "template": template.index,
            "title": template.title or None,
            "syntax": syntax,
            "placeholders": [p.text for p in template.placeholders],
            "nominal_length": len(template.message),
            "worst_case_length": worst,
            "limit": limit,
        }
        label = name if len(parsed.templates) == 1 else f"{name} [{title}]"
        results.append(Checked(label, report, findings, source=text, extra=extra, file=name))
    return results


def _moved(finding: Finding, start: int, end: int, source: str | None = None) -> Finding:
    """The finding at its place in the file. A phrase it quotes from the analysed text would show
    the placeholders' stand-in values ("I work with logistics founders"): given the file, it quotes
    what is written there ("I work with {industry} founders")."""
    end = max(start, end)
    detail = finding.detail
    if source is not None and "phrase" in detail:
        detail = {**detail, "phrase": source[start:end]}
    return Finding(finding.rule, start, end, detail)


def _suppress(template: tpl.Template, findings: list[Finding]) -> list[Finding]:
    """Apply the template's inline suppressions, and report the ones that are wrong or unused."""
    rules = registry()
    kept, extra = list(findings), []
    for item in template.suppressions:
        if not item.reason:
            extra.append(Finding(rules["TPL006"], item.start, item.end, {"codes": ", ".join(item.codes)}))
        for code in item.codes:
            if not any(c.startswith(code) for c in rules):
                best = tpl.process.extractOne(code, list(rules), score_cutoff=60)
                hint = f" (did you mean {best[0]}?)" if best else ""
                fix = f": {best[0]}" if best else ""
                extra.append(
                    Finding(rules["TPL007"], item.start, item.end, {"code": code, "hint": hint, "fix": fix})
                )
                continue
            matched = [f for f in kept if f.code.startswith(code)]
            if not matched:
                extra.append(Finding(rules["TPL005"], item.start, item.end, {"code": code}))
            kept = [f for f in kept if not f.code.startswith(code)]
    return kept + extra
