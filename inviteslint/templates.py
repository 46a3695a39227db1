"""Template files: front matter, several templates per file, comments, inline suppressions and
placeholders in the usual syntaxes. Format: docs/templates.md.

A template is analysed as the message it stands for: comments dropped, and each placeholder
replaced by a stand-in for the fact it stands for (so ``{first_name}`` reads as a name and
nothing more). Every span is mapped back to the file as written, so line and column numbers
point into the file, front matter and comments included.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from rapidfuzz import fuzz, process

from .facts import RELATIONSHIPS
from .offsets import OffsetMap, compose, rebuilt
from .rules.base import Finding, family_data, registry, tomllib

TEMPLATE_SUFFIXES = (".invite", ".invite.txt", ".invite.md")
# The rule that reads a template field named for a prospect or the pitch.
SALES_FIELD_CODE = "PIT023"
FRONT_MATTER_KEYS = {"limit", "relationship", "met_at", "syntax", "placeholders", "ignore"}
FENCE = re.compile(r"\+\+\+[ \t]*\r?\n?")
# Front matter the way static site generators write it in YAML: "---", "limit: 300", "---".
YAML_FRONT = re.compile(
    r"-{3}[ \t]*\r?\n((?:[ \t]*(?:[A-Za-z_][\w-]*[ \t]*:|- |#)[^\n]*\n)+)-{3}[ \t]*(?:\r?\n|$)"
)
YAML_KEY = re.compile(r"^[ \t]*([A-Za-z_][\w-]*)[ \t]*:", re.MULTILINE)
SEPARATOR = re.compile(r"^-{3,}[ \t]*(?P<title>[^\n]*?)[ \t]*$")
COMMENT = re.compile(r"^[ \t]*#(?:[ \t]|$)")
SUPPRESSION = re.compile(
    r"^[ \t]*#[ \t]*inviteslint:[ \t]*ignore\[(?P<codes>[^\]\n]*)\][ \t]*(?:--[ \t]*(?P<reason>[^\n]*))?$"
)

# Placeholder syntaxes, most specific first. Braces take any identifier; the other syntaxes
# also occur in ordinary text ("[link]", "<3", "100%"), so they count only for known names.
SYNTAXES: dict[str, re.Pattern] = {
    "double-braces": re.compile(r"\{\{[ \t]*(?P<name>[A-Za-z_][\w .-]{0,39}?)[ \t]*\}\}"),
    "braces": re.compile(r"(?<!\{)\{(?P<name>[A-Za-z_][\w.-]{0,39})\}(?!\})"),
    "brackets": re.compile(r"\[(?P<name>[A-Za-z][A-Za-z _-]{0,39})\]"),
    "percent": re.compile(r"%(?P<name>[A-Za-z][A-Za-z_]{1,39})%"),
    "angle": re.compile(r"<(?P<name>[A-Za-z][A-Za-z _-]{0,39})>"),
}
LOOSE = {"brackets", "percent", "angle"}
WRITTEN = {
    "double-braces": "{{{{ {} }}}}",
    "braces": "{{{}}}",
    "brackets": "[{}]",
    "percent": "%{}%",
    "angle": "<{}>",
}
# An opening with no closing, for names a loose syntax would take: "[First Name," or "%FIRSTNAME ".
# A field that offers choices ("[post/article]") is closed, whatever else it is.
UNCLOSED = {
    "brackets": re.compile(r"\[(?P<name>[A-Za-z][A-Za-z _-]{0,39})(?![A-Za-z _/-]*\])"),
    "percent": re.compile(r"(?<![\w%])%(?P<name>[A-Za-z][A-Za-z_]{2,39})\b(?!%)"),
}


class TemplateError(ValueError):
    """A template file that cannot be read as one: the message names the line."""


def is_template_path(name: str) -> bool:
    return name.lower().endswith(TEMPLATE_SUFFIXES)


def fold_name(name: str) -> str:
    return re.sub(r"[\s_.\-]", "", name.lower())


def known_placeholders() -> dict[str, dict[str, Any]]:
    return family_data("templates")["placeholders"]


def _aliases() -> dict[str, str]:
    table = {}
    for key, spec in known_placeholders().items():
        table[fold_name(key)] = key
        for alias in spec["aliases"]:
            table[fold_name(alias)] = key
    return table


@dataclass(frozen=True)
class Placeholder:
    start: int  # offsets in the message
    end: int
    syntax: str
    name: str
    key: str | None  # the known placeholder it names, if any
    suggestion: str | None = None

    @property
    def text(self) -> str:
        return WRITTEN[self.syntax].format(self.name)


@lru_cache(maxsize=1)
def _sales_fields() -> tuple[re.Pattern, ...]:
    rule = next(r for r in family_data("pitch")["rule"] if r["code"] == SALES_FIELD_CODE)
    return tuple(re.compile(pattern, re.IGNORECASE) for pattern in rule["patterns"])


def sales_field(placeholder: Placeholder) -> bool:
    """An unknown placeholder named for a sales prospect or the pitch ("{{prospect_name}}",
    "{pain_point}"): it is analysed as written rather than by a stand-in, so that the rule that reads
    such fields (PIT023) sees it."""
    return placeholder.key is None and any(pattern.fullmatch(placeholder.text) for pattern in _sales_fields())


def find_placeholders(message: str) -> list[Placeholder]:
    aliases = _aliases()
    found: list[Placeholder] = []
    taken: list[tuple[int, int]] = []
    for syntax, pattern in SYNTAXES.items():
        for match in pattern.finditer(message):
            if any(s < match.end() and match.start() < e for s, e in taken):
                continue
            name = match.group("name").strip()
            key = aliases.get(fold_name(name))
            suggestion = None
            if key is None:
                best = process.extractOne(fold_name(name), list(aliases), scorer=fuzz.ratio, score_cutoff=75)
                suggestion = aliases[best[0]] if best else None
                if syntax in LOOSE and suggestion is None:
                    continue  # "[link]" or "<3" is text, not a placeholder
            found.append(Placeholder(match.start(), match.end(), syntax, name, key, suggestion))
            taken.append((match.start(), match.end()))
    return sorted(found, key=lambda p: p.start)


# A broken brace placeholder as one fragment: its braces, however many on each side, and the name
# between them ("{{firstName}", "{first_name", "company}"), without the punctuation after it.
_NAME = r"(?:[\w-]{1,40}(?:\.[\w-]{1,40})*)"
BROKEN_BRACES = re.compile(rf"\{{+{_NAME}?\}}*|{_NAME}?\}}+")


def fragment_name(fragment: str) -> str:
    """The name inside a broken placeholder ("{{first_name}" -> "first_name"), or ""."""
    return re.sub(r"[^\w .-]", "", fragment).strip()


def unbalanced(message: str, placeholders: list[Placeholder]) -> list[tuple[int, int, str]]:
    """(start, end, syntax) of placeholder openings or closings with no partner."""
    masked = list(message)
    for p in placeholders:
        masked[p.start : p.end] = " " * (p.end - p.start)
    rest = "".join(masked)
    spans = []
    for match in BROKEN_BRACES.finditer(rest):
        if match.group().count("{") != match.group().count("}"):
            spans.append((match.start(), match.end(), "braces"))
    aliases = _aliases()
    for syntax, pattern in UNCLOSED.items():
        for match in pattern.finditer(rest):
            if fold_name(match.group("name")) in aliases:
                spans.append((match.start(), match.end(), syntax))
    return sorted(spans)


@dataclass
class Suppression:
    codes: tuple[str, ...]
    reason: str
    start: int  # file offsets of the comment line
    end: int


@dataclass
class Template:
    index: int
    title: str
    message: str
    to_file: OffsetMap  # message offset -> file offset
    suppressions: list[Suppression] = field(default_factory=list)
    placeholders: list[Placeholder] = field(default_factory=list)
    # Comment lines between two paragraphs, the way a second template is often headed:
    # (file start, file end of the line, its text after "#").
    headings: list[tuple[int, int, str]] = field(default_factory=list)


@dataclass
class TemplateFile:
    settings: dict[str, Any]
    templates: list[Template]


def parse(text: str) -> TemplateFile:
    settings, body_start = _front_matter(text)
    templates: list[Template] = []
    block: list[tuple[int, str]] = []  # (file offset, line with its newline)
    title = ""
    offset = body_start
    for line in text[body_start:].splitlines(keepends=True):
        separator = SEPARATOR.match(line.rstrip("\r\n"))
        if separator:
            _close(templates, block, title)
            block, title = [], separator.group("title")
        else:
            block.append((offset, line))
        offset += len(line)
    _close(templates, block, title)
    kept = [t for t in templates if t.message.strip() or t.suppressions]
    for number, template in enumerate(kept, 1):  # a file may open with "--- title"
        template.index = number
    return TemplateFile(settings, kept)


def _close(templates: list[Template], block: list[tuple[int, str]], title: str) -> None:
    to_file = OffsetMap()
    suppressions, parts, length = [], [], 0
    headings, pending, text_seen, blank_before = [], None, False, False
    for offset, line in block:
        bare = line.rstrip("\r\n")
        if COMMENT.match(line):
            found = SUPPRESSION.match(bare)
            if found:
                codes = tuple(c.strip().upper() for c in found.group("codes").split(",") if c.strip())
                reason = (found.group("reason") or "").strip()
                suppressions.append(Suppression(codes, reason, offset, offset + len(bare)))
            elif text_seen and blank_before and pending is None:
                pending = (offset, offset + len(bare), bare.strip()[1:].strip())
            continue
        if bare.strip():
            if pending:
                headings.append(pending)
            pending, text_seen = None, True
        blank_before = not bare.strip()
        to_file.add(length, len(line), offset, len(line))
        parts.append(line)
        length += len(line)
    message = "".join(parts)
    # Blank lines around the template are layout of the file, not part of the note.
    lead = len(message) - len(message.lstrip())
    message = message.strip()
    shifted = OffsetMap()
    shifted.add(0, len(message), lead, len(message))
    templates.append(
        Template(
            len(templates) + 1,
            title,
            message,
            compose(shifted, to_file),
            suppressions,
            find_placeholders(message),
            headings,
        )
    )


def _front_matter(text: str) -> tuple[dict[str, Any], int]:
    opening = FENCE.match(text)
    if not opening:
        _refuse_yaml(text)
        return {}, 0
    closing = re.compile(r"^\+\+\+[ \t]*$", re.MULTILINE).search(text, opening.end())
    if not closing:
        raise TemplateError("line 1: front matter opened with +++ is never closed")
    try:
        settings = tomllib.loads(text[opening.end() : closing.start()])
    except tomllib.TOMLDecodeError as err:
        raise TemplateError(f"front matter is not valid TOML ({err})") from None
    for key, value in settings.items():
        if key not in FRONT_MATTER_KEYS:
            best = process.extractOne(key, sorted(FRONT_MATTER_KEYS), score_cutoff=60)
            hint = f" (did you mean {best[0]!r}?)" if best else ""
            raise TemplateError(f"front matter: unknown key {key!r}{hint}")
        _check_setting(key, value)
    end = closing.end()
    if text[end : end + 2] == "\r\n":
        end += 2
    elif text[end : end + 1] == "\n":
        end += 1
    return settings, end


def _refuse_yaml(text: str) -> None:
    """A file that opens with "---" and key: value lines meant them as settings; read as
    templates, the settings would be linted as a note and silently not apply."""
    block = YAML_FRONT.match(text)
    if not block:
        return
    keys = {k.replace("-", "_").lower() for k in YAML_KEY.findall(block.group(1))}
    if keys & FRONT_MATTER_KEYS:
        raise TemplateError(
            "line 1: front matter is TOML between +++ lines (+++ / limit = 300 / +++), not YAML between ---"
        )


def _check_setting(key: str, value: Any) -> None:
    problem = None
    if key == "limit" and not (isinstance(value, int) and value > 0):
        problem = "limit must be a positive whole number"
    elif key == "relationship" and value not in RELATIONSHIPS:
        problem = f"relationship must be one of {', '.join(RELATIONSHIPS)}"
    elif key == "met_at" and not isinstance(value, str):
        problem = "met_at must be text"
    elif key == "syntax" and value not in SYNTAXES:
        problem = f"syntax must be one of {', '.join(SYNTAXES)}"
    elif key == "placeholders" and not (
        isinstance(value, dict) and all(isinstance(v, int) and v >= 0 for v in value.values())
    ):
        problem = "placeholders maps names to their longest length in characters"
    elif key == "ignore" and not (isinstance(value, list) and all(isinstance(v, str) for v in value)):
        problem = "ignore is a list of rule codes"
    if problem:
        raise TemplateError(f"front matter: {problem}")


def syntax_of(template: Template, declared: str | None) -> str | None:
    """The template's placeholder syntax: declared, else the one most of its placeholders use."""
    if declared:
        return declared
    counts: dict[str, int] = {}
    for p in template.placeholders:
        counts[p.syntax] = counts.get(p.syntax, 0) + 1
    return max(counts, key=lambda s: (counts[s], -list(SYNTAXES).index(s))) if counts else None


def render(message: str, placeholders: list[Placeholder], value) -> tuple[str, OffsetMap]:
    """The message with each placeholder replaced by ``value(placeholder)``, and a map back."""
    return rebuilt(message, ((p.start, p.end, value(p)) for p in placeholders))


def lengths(overrides: dict[str, int] | None) -> dict[str, int]:
    """Longest value per placeholder name: data defaults, then config, then front matter."""
    table = {key: int(spec["length"]) for key, spec in known_placeholders().items()}
    aliases = _aliases()
    for name, length in (overrides or {}).items():
        table[aliases.get(fold_name(name), fold_name(name))] = int(length)
    return table


def template_findings(
    template: Template,
    syntax: str | None,
    limit: int,
    worst: int,
    nominal: int,
    declared: frozenset[str] | set[str] = frozenset(),
) -> list[Finding]:
    """TPL001-TPL004 for one template, with message offsets. `declared`: folded names the
    configuration or the front matter gives a length to, which are known."""
    rules = registry()
    findings = []
    for p in template.placeholders:
        if p.key is None and fold_name(p.name) not in declared:
            hint = f" (did you mean {WRITTEN[p.syntax].format(p.suggestion)}?)" if p.suggestion else ""
            fix = f": {WRITTEN[p.syntax].format(p.suggestion)}" if p.suggestion else ""
            detail = {"placeholder": p.text, "hint": hint, "fix": fix}
            findings.append(Finding(rules["TPL001"], p.start, p.end, detail))
        if syntax and p.syntax != syntax:
            detail = {
                "placeholder": template.message[p.start : p.end],
                "found": p.syntax,
                "syntax": syntax,
                "fix": WRITTEN[syntax].format(p.key or p.name),
            }
            findings.append(Finding(rules["TPL003"], p.start, p.end, detail))
    for start, end, kind in unbalanced(template.message, template.placeholders):
        fragment = template.message[start:end]
        example = WRITTEN[syntax or kind].format(fragment_name(fragment) or "first_name")
        findings.append(Finding(rules["TPL002"], start, end, {"fragment": fragment, "example": example}))
    if worst > limit:
        detail = {
            "worst": str(worst),
            "nominal": str(nominal),
            "limit": str(limit),
            "over": str(worst - limit),
        }
        findings.append(Finding(rules["TPL004"], 0, len(template.message), detail))
    return findings
