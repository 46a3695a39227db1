"""The command line: thin commands that parse options, call the engine and pick a format.

Exit codes: 0 clean, 1 findings at or above --fail-on, 2 usage or input error,
3 internal error. Errors are one line on stderr, never a traceback.
"""

from __future__ import annotations

import enum
import json
import os
import sys
from pathlib import Path
from typing import Annotated

import typer
from rapidfuzz import process
from typer.core import TyperGroup

from . import __version__
from .facts import RELATIONSHIPS, Facts
from .formats import Checked, check_dict, render_json, render_rules, render_text, rules_json, rules_markdown
from .rules.base import Severity, registry, resolve_codes
from .scoring import SCORE_NAMES

EXIT_FINDINGS, EXIT_USAGE, EXIT_INTERNAL = 1, 2, 3
# Files that hold many notes, not one draft.
TABLE_SUFFIXES = {".csv", ".jsonl", ".json", ".zip", ".tsv"}


class UsageError(Exception):
    """A problem with the user's input or options: one line, exit 2."""


class _Group(TyperGroup):
    """Turns every error into one line on stderr and a documented exit code."""

    def main(self, *args, standalone_mode: bool = True, **kwargs):
        try:
            code = super().main(*args, standalone_mode=False, **kwargs)
        except UsageError as err:
            code = _error(str(err))
        except typer.Abort:
            typer.echo("inviteslint: interrupted; no output file was replaced", err=True)
            code = 130
        except Exception as err:
            if hasattr(err, "format_message"):  # click's usage errors (typer may vendor click)
                code = _error(err.format_message())
            else:
                typer.echo(f"inviteslint: internal error: {type(err).__name__}: {err}", err=True)
                code = EXIT_INTERNAL
        code = code if isinstance(code, int) else 0
        if standalone_mode:
            sys.exit(code)
        return code


def _error(message: str) -> int:
    typer.echo(f"inviteslint: error: {message}", err=True)
    return EXIT_USAGE


app = typer.Typer(
    cls=_Group,
    name="inviteslint",
    help="Lint, classify and improve professional-network invitation notes. Works offline.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


class Format(str, enum.Enum):
    text = "text"
    json = "json"
    github = "github"
    sarif = "sarif"


class ReportFormat(str, enum.Enum):
    text = "text"
    json = "json"


class RulesFormat(str, enum.Enum):
    text = "text"
    json = "json"
    markdown = "markdown"


class FailOn(str, enum.Enum):
    error = "error"
    warning = "warning"
    info = "info"
    never = "never"


Relationship = enum.Enum("Relationship", {r: r for r in RELATIONSHIPS}, type=str)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"inviteslint {__version__}")
        raise typer.Exit()


@app.callback()
def _main(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version.")
    ] = False,
) -> None:
    """inviteslint: judge invitation notes: default, sales or personalized, with reasons."""


def _analyzer(model: str | None, limit: int):
    from .engine import Analyzer, lasting
    from .pipeline import ModelNotFound

    try:
        with lasting():
            return Analyzer(model=model, limit=limit)
    except ModelNotFound as err:
        raise UsageError(str(err)) from err


def _codes(selectors: list[str] | None, option: str) -> set[str] | None:
    if not selectors:
        return None
    parts = [p for s in selectors for p in s.split(",") if p.strip()]
    try:
        return resolve_codes(parts)
    except KeyError as err:
        raise UsageError(
            f"{option}: unknown rule code or prefix {err.args[0]!r}{_nearest(err.args[0])}"
        ) from err


def _nearest(word: str) -> str:
    rules = registry()
    choices = list(rules) + [r.name for r in rules.values()]
    best = process.extractOne(word, choices, score_cutoff=60)
    return f" (did you mean {best[0]}?)" if best else ""


# In a folder, .txt files that are a project's papers rather than drafts: `fix` would trim them
# to a note's length.
NOT_DRAFTS = (
    "readme*",
    "license*",
    "licence*",
    "copying*",
    "notice*",
    "authors*",
    "contributors*",
    "changelog*",
    "changes*",
    "history*",
    "requirements*",
    "constraints*",
    "cmakelists.txt",
    "robots.txt",
)
# A .txt file in a folder larger than this (bytes) is no draft: five times a message's limit.
DRAFT_MAX_BYTES = 10_000
# Folders that hold other people's files or build output, never templates of the user's.
NOT_SEARCHED = frozenset({"node_modules", "venv", "site-packages", "__pycache__", "build", "dist"})


def _nested_templates(folder: Path) -> list[Path]:
    """Template files in the folder's subfolders, at any depth, hidden folders (.git, .venv) and
    `NOT_SEARCHED` left out. Their names say what they are, so they are safe to find anywhere."""
    from .templates import is_template_path

    found = []
    for root, dirs, names in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith(".") and d not in NOT_SEARCHED)
        if Path(root) != folder:
            found += [Path(root, name) for name in sorted(names) if is_template_path(name)]
    return found


def _folder_files(folder: Path) -> list[Path]:
    """The drafts (.txt) and template files of a folder, and the template files of its
    subfolders. Drafts are taken from the folder itself only: a .txt file deeper in a project is
    as likely a fixture or a note to self, and `fix DIR` must not rewrite it. Files named like a
    project's papers (README, LICENSE, requirements, ...) and .txt files far longer than any
    message are skipped with a warning, for the same reason."""
    import fnmatch

    from .templates import is_template_path

    files = []
    for file in sorted(p for p in folder.iterdir() if p.is_file()):
        if is_template_path(file.name):
            files.append(file)
        elif file.suffix == ".txt":
            if any(fnmatch.fnmatch(file.name.lower(), pattern) for pattern in NOT_DRAFTS):
                typer.echo(
                    f"inviteslint: warning: {file}: skipped, not a draft (give its path to check it anyway)",
                    err=True,
                )
            elif (size := file.stat().st_size) > DRAFT_MAX_BYTES:
                typer.echo(
                    f"inviteslint: warning: {file}: skipped, {size:,} bytes is longer than "
                    "any note or message (give its path to check it anyway)",
                    err=True,
                )
            else:
                files.append(file)
    return files + _nested_templates(folder)


def _read_inputs(paths: list[Path]) -> list[tuple[str, str]]:
    """(display name, text) for each input; a directory stands for its drafts (.txt) and
    template files (.invite, .invite.txt, .invite.md)."""
    inputs = []
    for path in paths or [Path("-")]:
        if str(path) == "-":
            data = sys.stdin.buffer.read()
            name = "<stdin>"
            inputs.append((name, _decode(data, name)))
            continue
        if path.is_dir():
            files = _folder_files(path)
            if not files:
                subfolders = sorted(
                    p.name for p in path.iterdir() if p.is_dir() and not p.name.startswith(".")
                )
                hint = (
                    f"; drafts in subfolders are not searched: name them ({', '.join(subfolders[:3])})"
                    if subfolders
                    else ""
                )
                typer.echo(
                    f"inviteslint: warning: {path}: no drafts (*.txt) or template files "
                    f"(*.invite, *.invite.txt, *.invite.md) in this folder{hint}",
                    err=True,
                )
        else:
            files = [path]
        for file in files:
            if file.suffix.lower() in TABLE_SUFFIXES:
                raise UsageError(
                    f"{file}: looks like a table of notes; check lints one draft per file "
                    "(save the draft as .txt, or use 'inviteslint classify' for tables)"
                )
            try:
                data = file.read_bytes()
            except FileNotFoundError:
                raise UsageError(f"{file}: no such file") from None
            except OSError as err:
                raise UsageError(f"{file}: cannot read ({err.strerror})") from None
            inputs.append((str(file), _decode(data, str(file))))
    return inputs


def _decode(data: bytes, name: str) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise UsageError(f"{name}: not UTF-8 text (bad byte at offset {err.start})") from None


@app.command()
def check(
    paths: Annotated[
        list[Path] | None,
        typer.Argument(
            metavar="PATH",
            help="Drafts (one note per file), template files (*.invite, *.invite.txt, *.invite.md), "
            "directories of them, or - for stdin.",
        ),
    ] = None,
    output_format: Annotated[Format, typer.Option("--format", help="Output format.")] = Format.text,
    limit: Annotated[
        int | None,
        typer.Option(
            min=1,
            help="Character limit: 300 for a note (default), 200 on free accounts, 2000 for a message. "
            "Wins over front matter and configuration.",
            show_default=False,
        ),
    ] = None,
    select: Annotated[
        list[str] | None,
        typer.Option(
            metavar="CODES", help="Only report these rule codes or prefixes (repeatable, or comma-separated)."
        ),
    ] = None,
    extend_select: Annotated[
        list[str] | None, typer.Option(metavar="CODES", help="Add these codes or prefixes to the selection.")
    ] = None,
    ignore: Annotated[
        list[str] | None, typer.Option(metavar="CODES", help="Do not report these rule codes or prefixes.")
    ] = None,
    fail_on: Annotated[
        FailOn | None,
        typer.Option(
            help="Exit 1 when a finding of this severity or higher is reported \\[default: warning]."
        ),
    ] = None,
    template: Annotated[
        bool,
        typer.Option("--template", help="Read every input as a template file (placeholders, front matter)."),
    ] = False,
    fix: Annotated[
        bool, typer.Option("--fix", help="Apply the safe fixes to the files first, then report what is left.")
    ] = False,
    unsafe_fixes: Annotated[
        bool,
        typer.Option("--unsafe-fixes", help="With --fix, also apply fixes that change what a note says."),
    ] = False,
    to: Annotated[
        str | None, typer.Option("--to", help="The recipient's name (checks the greeting).")
    ] = None,
    relationship: Annotated[
        Relationship | None, typer.Option(help="How you really know the recipient (checks claims).")
    ] = None,
    met_at: Annotated[str | None, typer.Option(help="Where you really met (checks 'we met at ...').")] = None,
    model: Annotated[
        str | None, typer.Option(help="A trained spaCy pipeline you installed, e.g. en_core_web_sm.")
    ] = None,
) -> None:
    """Lint drafts and templates before sending: findings with spans and suggestions, label and scores."""
    from .lint import lint_draft, lint_template_file
    from .templates import TemplateError, is_template_path

    cli = {
        "select": _codes(select, "--select"),
        "extend_select": _codes(extend_select, "--extend-select"),
        "ignore": _codes(ignore, "--ignore"),
        "limit": limit,
        "facts": Facts(to=to, relationship=relationship.value if relationship else None, met_at=met_at),
    }
    inputs = _read_inputs(paths or [])
    analyzer = _analyzer(model, limit or 300)
    if fix:
        inputs = _apply_fixes(analyzer, inputs, cli, template, unsafe_fixes, diff=False)
    results = []
    from .engine import NoteTooLong

    severity = fail_on.value if fail_on else None
    for name, text in inputs:
        config, options = _settings_for(name, cli)
        severity = severity or config.get("fail-on")
        try:
            if template or is_template_path(name):
                results += lint_template_file(analyzer, name, text, options)
            else:
                results += lint_draft(analyzer, name, text, options)
        except (NoteTooLong, TemplateError) as err:
            raise UsageError(f"{name}: {err}") from None
    sys.stdout.write(_renderer(output_format)(results))
    severity = severity or "warning"
    if severity != "never":
        rank = Severity(severity).rank
        if any(Severity(f.severity).rank >= rank for item in results for f in item.findings):
            raise typer.Exit(EXIT_FINDINGS)


def _settings_for(name: str, cli: dict):
    """The configuration that applies to one input (found upward from its folder) and the
    options it gives with the command line's."""
    from . import config as project
    from .lint import options_for

    stdin = name == "<stdin>"
    try:
        config = project.load(Path.cwd() if stdin else Path(name).parent)
        return config, options_for(None if stdin else name, config, cli)
    except project.ConfigError as err:
        raise UsageError(str(err)) from None


def _apply_fixes(analyzer, inputs, cli, template: bool, unsafe: bool, diff: bool) -> list[tuple[str, str]]:
    """Fix each input; rewrite files atomically (or print a diff). Returns the fixed inputs."""
    import difflib

    from .atomic import write_atomic
    from .fix import fix_draft, fix_template_file
    from .templates import TemplateError, is_template_path

    fixed_inputs, changed = [], 0
    for name, text in inputs:
        config, options = _settings_for(name, cli)
        try:
            if template or is_template_path(name):
                result = fix_template_file(text, config.get("placeholder-syntax"), unsafe)
            else:
                result = fix_draft(analyzer, text, options.facts, options.draft_limit, unsafe)
        except TemplateError as err:
            raise UsageError(f"{name}: {err}") from None
        new = result.text if result.text.endswith("\n") or not text.endswith("\n") else result.text + "\n"
        if new != text:
            changed += 1
            if diff:
                lines = difflib.unified_diff(
                    text.splitlines(keepends=True), new.splitlines(keepends=True), name, f"{name} (fixed)"
                )
                sys.stdout.writelines(line if line.endswith("\n") else line + "\n" for line in lines)
            elif name != "<stdin>":
                write_atomic(Path(name), new)
            codes = " ".join(sorted({e.code for e in result.applied}))
            typer.echo(f"{name}: fixed ({codes})", err=True)
        for edit in result.suggested:
            typer.echo(f"{name}: {edit.code} can be fixed with --unsafe-fixes: {edit.title}", err=True)
        fixed_inputs.append((name, new))
    if diff and changed:
        raise typer.Exit(EXIT_FINDINGS)
    return fixed_inputs


@app.command("fix")
def fix_command(
    paths: Annotated[
        list[Path] | None,
        typer.Argument(
            metavar="PATH",
            help="Drafts or template files to fix in place, directories of them, or - for stdin.",
        ),
    ] = None,
    diff: Annotated[
        bool, typer.Option("--diff", help="Print the changes as a diff; change nothing.")
    ] = False,
    unsafe_fixes: Annotated[
        bool, typer.Option("--unsafe-fixes", help="Also apply fixes that change what a note says.")
    ] = False,
    template: Annotated[
        bool, typer.Option("--template", help="Read every input as a template file.")
    ] = False,
    limit: Annotated[
        int | None, typer.Option(min=1, help="Character limit to trim to \\[default: 300].")
    ] = None,
    to: Annotated[str | None, typer.Option("--to", help="The recipient's name (fixes the greeting).")] = None,
    relationship: Annotated[
        Relationship | None, typer.Option(help="How you really know the recipient (finds false claims).")
    ] = None,
    met_at: Annotated[str | None, typer.Option(help="Where you really met.")] = None,
) -> None:
    """Apply the safe fixes: boilerplate, filler, whitespace, shouting, placeholders, length."""
    cli = {
        "limit": limit,
        "facts": Facts(to=to, relationship=relationship.value if relationship else None, met_at=met_at),
    }
    inputs = _read_inputs(paths or [])
    analyzer = _analyzer(None, limit or 300)
    fixed = _apply_fixes(analyzer, inputs, cli, template, unsafe_fixes, diff)
    if not diff:
        for name, text in fixed:
            if name == "<stdin>":
                sys.stdout.write(text)


@app.command("draft")
def draft_command(
    to: Annotated[str | None, typer.Option("--to", help="The recipient's name.")] = None,
    relationship: Annotated[
        Relationship | None,
        typer.Option(
            help="How you know them; none for no prior contact \\[default: met with --met-at, else none]."
        ),
    ] = None,
    met_at: Annotated[
        str | None, typer.Option(help="Where you met, worked or studied together, or the group you share.")
    ] = None,
    found_via: Annotated[
        str | None, typer.Option(help="How you found them, e.g. 'your post on incident reviews'.")
    ] = None,
    shared: Annotated[
        str | None, typer.Option(help="What you share, e.g. 'we both maintain Kafka tooling'.")
    ] = None,
    reason: Annotated[
        str | None, typer.Option(help="Why you want to connect, e.g. 'to compare notes on X'.")
    ] = None,
    question: Annotated[str | None, typer.Option(help="An optional question for them.")] = None,
    limit: Annotated[int, typer.Option(min=80, help="Character limit (200 on free accounts).")] = 300,
    output_format: Annotated[
        ReportFormat, typer.Option("--format", help="Output format.")
    ] = ReportFormat.text,
    interactive: Annotated[
        bool | None,
        typer.Option(
            "--interactive/--no-interactive",
            help="Ask for missing facts \\[default: when run in a terminal].",
            show_default=False,
        ),
    ] = None,
) -> None:
    """Compose an honest invitation from facts you give: three variants, each linting clean."""
    from .draft import DraftError, DraftFacts, Refused, compose

    if interactive if interactive is not None else sys.stdin.isatty():
        to = to or typer.prompt("Recipient's name", default="", show_default=False) or None
        if relationship is None:
            kinds = [r.value for r in Relationship]
            choice = ""
            while choice not in kinds:
                default = "met" if met_at else "none"
                choice = typer.prompt(f"How do you know them ({', '.join(kinds)})", default=default).strip()
            relationship = Relationship(choice)
        if relationship is not Relationship.none and not met_at:
            met_at = (
                typer.prompt("Where (event, company, school or group)", default="", show_default=False)
                or None
            )
        if not (met_at or found_via or shared):
            found_via = typer.prompt(
                "How did you find them (e.g. your post on X)", default="", show_default=False
            )
            shared = shared or typer.prompt("What do you share (optional)", default="", show_default=False)
        reason = reason or typer.prompt("Why do you want to connect")
        question = question or typer.prompt("A question for them (optional)", default="", show_default=False)
    facts = DraftFacts(
        to=to,
        relationship=relationship.value if relationship else None,
        met_at=met_at or None,
        found_via=found_via or None,
        shared=shared or None,
        reason=reason or None,
        question=question or None,
        limit=limit,
    )
    analyzer = _analyzer(None, limit)
    try:
        variants = compose(analyzer, facts)
    except Refused as err:
        typer.echo(f"inviteslint: not drafting: {err}", err=True)
        raise typer.Exit(EXIT_FINDINGS) from None
    except DraftError as err:
        raise UsageError(str(err)) from None
    if output_format is ReportFormat.json:
        data = []
        for v in variants:
            item = check_dict(Checked(v.name, v.report, v.report.findings))
            fields = {k: item[k] for k in ("label", "scores", "findings")}
            data.append({"variant": v.name, "text": v.text, **fields, "left_out": list(v.left_out)})
        sys.stdout.write(json.dumps(data, indent=2, ensure_ascii=False) + "\n")
        return
    blocks = []
    for v in variants:
        scores = " ".join(f"{k}={v.report.scores[k]}" for k in SCORE_NAMES)
        label = f"{v.report.label} ({v.report.confidence:.2f})"
        head = f"--- {v.name}: {len(v.text)}/{limit} characters, {label} {scores}"
        note = ""
        if v.left_out:
            flags = ", ".join("--" + key.replace("_", "-") for key in v.left_out)
            note = f"(leaves out {flags}: with it the note did not lint clean; reword it and try again)\n"
        blocks.append(head + "\n" + v.text + "\n" + note)
    sys.stdout.write("\n".join(blocks))


def _renderer(output_format: Format):
    from .ci import render_github, render_sarif

    return {
        Format.text: render_text,
        Format.json: render_json,
        Format.github: render_github,
        Format.sarif: render_sarif,
    }[output_format]


@app.command("rules")
def list_rules(
    output_format: Annotated[RulesFormat, typer.Option("--format", help="Output format.")] = RulesFormat.text,
) -> None:
    """List every rule: code, name, kind, severity and weight."""
    rules = list(registry().values())
    render = {"text": render_rules, "json": rules_json, "markdown": rules_markdown}[output_format.value]
    sys.stdout.write(render(rules))


@app.command("rule")
def show_rule(
    code: Annotated[str, typer.Argument(help="A rule code (PIT001) or name (call-to-book).")],
) -> None:
    """Print one rule's documentation: what it does, why it matters, examples."""
    rules = registry()
    by_name = {r.name: r for r in rules.values()}
    rule = rules.get(code.upper()) or by_name.get(code.lower())
    if rule is None:
        raise UsageError(f"unknown rule {code!r}{_nearest(code)}; see 'inviteslint rules'")
    sys.stdout.write(rule.docs())


@app.command("eval")
def evaluate_corpus(
    corpus: Annotated[
        Path,
        typer.Argument(
            help="Labeled notes: JSONL with 'text' and 'label' per line, or a CSV/TSV with those columns."
        ),
    ],
    split: Annotated[
        str | None, typer.Option(help="Only rows whose 'split' field has this value (dev or test).")
    ] = None,
    show_misses: Annotated[bool, typer.Option("--show-misses", help="List misclassified notes.")] = False,
    output_format: Annotated[
        ReportFormat, typer.Option("--format", help="Output format.")
    ] = ReportFormat.text,
    model: Annotated[str | None, typer.Option(help="A trained spaCy pipeline you installed.")] = None,
) -> None:
    """Measure the labels on a labeled corpus: precision, recall, F1, confusion matrix."""
    from .evaluate import CorpusError, evaluate
    from .scoring import LABELS

    if not corpus.is_file():
        raise UsageError(f"{corpus}: no such file")
    try:
        result = evaluate(corpus, _analyzer(model, 300), split)
    except CorpusError as err:
        raise UsageError(str(err)) from None
    if result.total == 0:
        raise UsageError(f"{corpus}: no rows" + (f" in split {split!r}" if split else ""))
    data = result.to_dict()
    if output_format is ReportFormat.json:
        if not show_misses:
            data.pop("misclassified")
        sys.stdout.write(json.dumps(data, indent=2, ensure_ascii=False) + "\n")
        return
    lines = [
        f"{corpus}" + (f" (split {split})" if split else "") + f": {result.total} notes",
        f"{'label':<13} {'precision':>9} {'recall':>7} {'f1':>6} {'support':>8}",
    ]
    for label in LABELS:
        p, r, f = result.prf(label)
        support = sum(data["confusion"][label].values())
        lines.append(f"{label:<13} {p:>9.3f} {r:>7.3f} {f:>6.3f} {support:>8}")
    lines.append(f"macro-F1 {result.macro_f1:.3f}   accuracy {result.accuracy:.3f}")
    lines.append("")
    lines.append("confusion (rows: gold, columns: predicted)")
    lines.append(" " * 13 + "".join(f"{p:>13}" for p in LABELS))
    for gold in LABELS:
        lines.append(f"{gold:<13}" + "".join(f"{data['confusion'][gold][p]:>13}" for p in LABELS))
    if show_misses:
        lines.append("")
        for miss in result.misses:
            text = miss["text"].replace("\n", " ")
            lines.append(
                f"{miss['id'] or '-'}: {miss['gold']} -> {miss['predicted']} ({miss['reason']}): {text[:200]}"
            )
    sys.stdout.write("\n".join(lines) + "\n")


class OutputFormat(str, enum.Enum):
    jsonl = "jsonl"
    csv = "csv"


class InputFormat(str, enum.Enum):
    auto = "auto"
    csv = "csv"
    tsv = "tsv"
    jsonl = "jsonl"
    json = "json"
    text = "text"


class Split(str, enum.Enum):
    line = "line"
    blank_line = "blank-line"


class Engine(str, enum.Enum):
    local = "local"
    dask = "dask"


class Direction(str, enum.Enum):
    incoming = "incoming"
    outgoing = "outgoing"
    all = "all"


@app.command()
def classify(
    inputs: Annotated[
        list[str],
        typer.Argument(
            metavar="INPUT",
            help="CSV, JSON, JSONL or text files, the platform's export files or its zip, or - for stdin.",
            show_default=False,
        ),
    ],
    output: Annotated[
        str | None, typer.Option("-o", "--output", help="Output file (written atomically); default stdout.")
    ] = None,
    output_format: Annotated[
        OutputFormat | None,
        typer.Option("--format", help="Output format; default from -o's extension, else jsonl."),
    ] = None,
    input_format: Annotated[InputFormat, typer.Option(help="Input format.")] = InputFormat.auto,
    text_column: Annotated[
        str | None, typer.Option(help="CSV column holding the note (for JSONL too, unless --text-field).")
    ] = None,
    text_field: Annotated[
        str | None, typer.Option(help="JSONL field holding the note [default: --text-column's, else text].")
    ] = None,
    sender_column: Annotated[
        str | None,
        typer.Option(help="CSV column or JSONL field holding the sender's name (for --contacts, --policy)."),
    ] = None,
    date_column: Annotated[
        str | None, typer.Option(help="CSV column or JSONL field holding the date (notes per week).")
    ] = None,
    split: Annotated[
        Split, typer.Option(help="Plain text: one note per line, or per blank-line block.")
    ] = Split.line,
    encoding: Annotated[
        str,
        typer.Option(
            help="Input encoding. A UTF-8 byte-order mark is always accepted; a UTF-16 or UTF-32 one "
            "is followed unless this is set."
        ),
    ] = "utf-8-sig",
    direction: Annotated[
        Direction, typer.Option(help="Export files with a Direction column: which rows to classify.")
    ] = Direction.incoming,
    contacts: Annotated[
        Path | None, typer.Option(help="Connections.csv from your export: are claimed relationships real?")
    ] = None,
    policy: Annotated[
        str | None,
        typer.Option(help="Triage policy adding an action column: open, selective, checklist or your own."),
    ] = None,
    jobs: Annotated[
        int, typer.Option(min=0, help="Processes (or local Dask workers) to use; 0 means one per core.")
    ] = 1,
    engine: Annotated[
        Engine,
        typer.Option(help="Where to run: this machine's processes, or Dask (one output file per partition)."),
    ] = Engine.local,
    scheduler: Annotated[
        str | None, typer.Option(help="With --engine dask: a running scheduler, e.g. tcp://10.0.0.5:8786.")
    ] = None,
    block_bytes: Annotated[
        int | None,
        typer.Option(
            min=1024,
            help="Size of the blocks files are split into for workers (256 KiB for --jobs, 1 MiB on Dask).",
        ),
    ] = None,
    summary: Annotated[Path | None, typer.Option(help="Write the summary as JSON to this file.")] = None,
    report: Annotated[
        Path | None, typer.Option(help="Write the summary as a self-contained HTML page.")
    ] = None,
    quiet: Annotated[
        bool, typer.Option("--quiet", "-q", help="No progress bar and no summary table.")
    ] = False,
    limit: Annotated[int, typer.Option(min=1, help="Character limit the notes are held to.")] = 300,
    model: Annotated[str | None, typer.Option(help="A trained spaCy pipeline you installed.")] = None,
) -> None:
    """Classify received notes in bulk: default, sales or personalized, one output row per input row."""
    from .bulk import run_classify

    run_classify(
        inputs=inputs,
        output=output,
        output_format=output_format.value if output_format else None,
        input_format=input_format.value,
        text_column=text_column,
        text_field=text_field,
        sender_column=sender_column,
        date_column=date_column,
        split=split.value,
        encoding=encoding,
        direction=direction.value,
        contacts=contacts,
        policy=policy,
        jobs=jobs,
        engine=engine.value,
        scheduler=scheduler,
        block_bytes=block_bytes,
        summary_path=summary,
        report_path=report,
        quiet=quiet,
        limit=limit,
        model=model,
        usage_error=UsageError,
    )


@app.command("policies")
def list_policies() -> None:
    """List the triage policies for classify --policy, built-in and from your configuration."""
    from .bulk import policy as policies
    from .config import ConfigError, load

    try:
        config = load()
        chosen = [policies.load(name, config) for name in policies.names(config)]
    except ConfigError as err:
        raise UsageError(str(err)) from None
    sys.stdout.write("\n".join(item.describe() for item in chosen))


def main() -> None:
    app()
