"""The command line through typer's CliRunner: output, formats and exit codes."""

import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from inviteslint.cli import app
from inviteslint.rules.base import registry

DEFAULT_NOTE = "Hi Marcus, I'd like to add you to my professional network on LinkedIn.\n- Tom\n"
GOOD_NOTE = (
    "Hi Elena, great meeting you at PyData Berlin yesterday. I'd love to ask how your team "
    "versions its feature store.\n"
)


@pytest.fixture
def runner():
    return CliRunner()


@pytest.fixture
def drafts(tmp_path):
    (tmp_path / "default.txt").write_text(DEFAULT_NOTE, encoding="utf-8")
    (tmp_path / "good.txt").write_text(GOOD_NOTE, encoding="utf-8")
    return tmp_path


def test_check_reports_findings_with_positions_and_exits_1(runner, drafts):
    result = runner.invoke(app, ["check", str(drafts / "default.txt")])
    assert result.exit_code == 1
    assert f"{drafts / 'default.txt'}:1:12: DEF002 [warning]" in result.output
    assert "suggestion:" in result.output
    assert "default (" in result.output and "overall=" in result.output


def test_check_clean_draft_exits_0(runner, drafts):
    result = runner.invoke(app, ["check", "--relationship", "met", str(drafts / "good.txt")])
    assert result.exit_code == 0, result.output
    assert "personalized" in result.output


def test_check_reads_stdin(runner):
    result = runner.invoke(app, ["check", "-"], input=DEFAULT_NOTE)
    assert result.exit_code == 1
    assert "<stdin>:1:12: DEF002" in result.output


def test_check_directory_lints_each_txt_file(runner, drafts):
    result = runner.invoke(app, ["check", "--format", "json", str(drafts)])
    data = json.loads(result.output)
    assert [item["label"] for item in data] == ["default", "personalized"]


def test_check_json_has_the_api_fields(runner, drafts):
    result = runner.invoke(app, ["check", "--format", "json", str(drafts / "default.txt")])
    [item] = json.loads(result.output)
    assert item["label"] == "default"
    assert set(item["scores"]) == {"specificity", "honesty", "length", "pitch", "overall"}
    finding = item["findings"][0]
    assert {"code", "severity", "message", "suggestion", "start", "end", "line", "column"} <= set(finding)
    assert DEFAULT_NOTE[finding["start"] : finding["end"]].startswith("I'd like to add you")


def test_check_select_ignore_and_fail_on(runner, drafts):
    path = str(drafts / "default.txt")
    ignored = runner.invoke(app, ["check", "--ignore", "DEF", "--ignore", "LEN", path])
    assert ignored.exit_code == 0 and "DEF002 [" not in ignored.output
    selected = runner.invoke(app, ["check", "--select", "PIT", path])
    assert selected.exit_code == 0 and "DEF002 [" not in selected.output
    never = runner.invoke(app, ["check", "--fail-on", "never", path])
    assert never.exit_code == 0 and "DEF002 [" in never.output
    errors_only = runner.invoke(app, ["check", "--fail-on", "error", path])
    assert errors_only.exit_code == 0


def test_check_contradicted_claim_is_an_error(runner):
    note = "Hi Sam, as a friend I wanted to reach out about your Kafka talk at QCon."
    result = runner.invoke(app, ["check", "--relationship", "none", "--fail-on", "error", "-"], input=note)
    assert result.exit_code == 1
    assert "CLM002 [error]" in result.output


def test_check_limit_option(runner):
    note = "Hi Sam, your talk on compilers at Strange Loop was brilliant and I would love to ask about it."
    assert "LEN001" in runner.invoke(app, ["check", "--limit", "50", "-"], input=note).output


def test_a_draft_of_exactly_the_limit_saved_with_a_final_line_break_is_within_it(runner, tmp_path):
    note = (
        "Hi Ana, your talk at Data Council on testing dbt models changed how my team reviews pull "
        "requests. We now run your contract tests on every change. I lead analytics at a small grocer "
        "in Porto and would love to ask how you handle late-arriving facts in the nightly loads. Thanks "
        "for sharing the slides!"
    )
    assert len(note) == 300
    (tmp_path / "draft.txt").write_text(note + "\n", encoding="utf-8")
    result = runner.invoke(app, ["check", "--format", "json", str(tmp_path / "draft.txt")])
    [report] = json.loads(result.output)
    assert "LEN001" not in {f["code"] for f in report["findings"]}
    assert report["scores"]["length"] == 100
    over = runner.invoke(app, ["check", "--format", "json", "-"], input=note + "!\n")
    [too_long] = [f for f in json.loads(over.output)[0]["findings"] if f["code"] == "LEN001"]
    assert (too_long["start"], too_long["end"]) == (300, 301)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["check", "missing.txt"], "missing.txt: no such file"),
        (["check", "--ignore", "XYZ9", "-"], "unknown rule code or prefix 'XYZ9'"),
        (["check", "--relationship", "cousin", "-"], "Invalid value for '--relationship'"),
        (["check", "--limit", "0", "-"], "Invalid value for '--limit'"),
        (["check", "--model", "en_core_web_nonexistent", "-"], "python -m spacy download"),
        (["rule", "PIT999"], "unknown rule 'PIT999'"),
        (["eval", "missing.jsonl"], "missing.jsonl: no such file"),
        (["check", "inbox.csv"], "inbox.csv: looks like a table of notes"),
    ],
)
def test_errors_are_one_line_with_exit_2(runner, args, message):
    result = runner.invoke(app, args, input="hello")
    assert result.exit_code == 2, result.output
    assert message in result.output
    assert "Traceback" not in result.output
    assert len(result.output.strip().splitlines()) == 1


def test_check_undecodable_bytes_exit_2(runner, tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"Hi \xff\xfe there")
    result = runner.invoke(app, ["check", str(bad)])
    assert result.exit_code == 2
    assert "not UTF-8" in result.output


def test_rules_lists_every_rule_and_rule_prints_docs(runner):
    listing = runner.invoke(app, ["rules"])
    assert listing.exit_code == 0
    for code in registry():
        assert code in listing.output
        docs = runner.invoke(app, ["rule", code])
        assert docs.exit_code == 0
        assert "## What it does" in docs.output and "## Why it matters" in docs.output
    by_name = runner.invoke(app, ["rule", "generic-filler"])
    assert "DEF004" in by_name.output
    suggestion = runner.invoke(app, ["rule", "generic-filer"])
    assert "did you mean generic-filler" in suggestion.output


def test_rules_json(runner):
    data = json.loads(runner.invoke(app, ["rules", "--format", "json"]).output)
    assert {r["code"] for r in data} == set(registry())


def test_eval_prints_metrics_and_misses(runner, tmp_path):
    corpus = tmp_path / "mini.jsonl"
    rows = [
        {"text": DEFAULT_NOTE, "label": "default"},
        {"text": GOOD_NOTE, "label": "personalized"},
        {"text": "Hi, we help SaaS founders add revenue. Book a call: calendly.com/a/b", "label": "sales"},
        {"text": "Hi, we help SaaS founders add revenue. Book a call: calendly.com/a/b", "label": "default"},
    ]
    corpus.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    result = runner.invoke(app, ["eval", str(corpus), "--show-misses"])
    assert result.exit_code == 0
    assert "macro-F1" in result.output and "default -> sales" in result.output
    data = json.loads(runner.invoke(app, ["eval", str(corpus), "--format", "json"]).output)
    assert data["total"] == 4 and data["accuracy"] == 0.75
    assert data["confusion"]["default"]["sales"] == 1


def test_eval_reads_a_spreadsheet_of_labeled_notes(runner, tmp_path):
    corpus = tmp_path / "inbox.csv"
    pitch = "Hi, we help SaaS founders add revenue.\nBook a call: calendly.com/a/b"
    corpus.write_text(f'Text,Label,From\n"{pitch}",Sales,Kim\n"{GOOD_NOTE}",personalized ,Ana\n', "utf-8-sig")
    data = json.loads(runner.invoke(app, ["eval", str(corpus), "--format", "json"]).output)
    assert data["total"] == 2 and data["accuracy"] == 1.0
    # No default note in this corpus: macro-F1 is over the labels that occur.
    assert data["macro_f1"] == 1.0
    bad = tmp_path / "bad.csv"
    bad.write_text("body,kind\nhello,sales\n", encoding="utf-8")
    result = runner.invoke(app, ["eval", str(bad)])
    assert result.exit_code == 2 and "columns found: body, kind" in result.output


@pytest.mark.parametrize(
    "line, says",
    [
        ('{"text": "hi"}', "no 'label' field; fields found: 'text'"),
        ('{"text": 42, "label": "sales"}', "'text' is not text (int)"),
        ("[1, 2]", "not a JSON object"),
        ("{bad", "not valid JSON"),
    ],
)
def test_eval_rejects_a_malformed_corpus(runner, tmp_path, line, says):
    corpus = tmp_path / "bad.jsonl"
    corpus.write_text(line + "\n", encoding="utf-8")
    result = runner.invoke(app, ["eval", str(corpus)])
    assert result.exit_code == 2 and f"bad.jsonl:1: {says}" in result.output
    assert result.output.count("\n") == 1


def test_version(runner):
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0 and result.output.startswith("inviteslint ")


def test_rules_markdown_matches_docs(runner):
    from pathlib import Path

    docs = Path(__file__).resolve().parent.parent / "docs" / "rules.md"
    result = runner.invoke(app, ["rules", "--format", "markdown"])
    assert result.output == docs.read_text(encoding="utf-8"), (
        "docs/rules.md is out of date: inviteslint rules --format markdown > docs/rules.md"
    )


def test_check_huge_input_is_an_input_error(runner):
    result = runner.invoke(app, ["check", "-"], input="Let's connect. " * 20_000)
    assert result.exit_code == 2
    assert "too long for a note" in result.output


def test_python_dash_m_runs_the_cli():
    import subprocess
    import sys

    done = subprocess.run(
        [sys.executable, "-m", "inviteslint", "check", "--format", "json", "-"],
        input="Hi, I came across your profile and would like to expand my network.",
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 1, done.stderr
    assert json.loads(done.stdout)[0]["label"] == "default"


@pytest.mark.parametrize(
    "args",
    [
        ["--help"],
        ["--version"],
        ["rules"],
        ["rule", "PIT004"],
        ["check", "--help"],
        ["policies"],
        ["classify", "no-such-file.csv"],
    ],
)
def test_commands_that_analyse_nothing_start_without_spacy(args):
    # Importing spaCy is most of a second; listings, help and input errors do without it.
    probe = (
        "import sys; from inviteslint.cli import app\n"
        "try:\n    app(sys.argv[1:])\nexcept SystemExit:\n    pass\n"
        "print('spacy' in sys.modules, file=sys.stderr)"
    )
    done = subprocess.run([sys.executable, "-c", probe, *args], capture_output=True, text=True, check=True)
    assert done.stdout.strip() or "no such file" in done.stderr
    assert done.stderr.strip().splitlines()[-1] == "False"


def test_help_shows_the_defaults_written_in_option_help(runner):
    # Square brackets are markup to the help renderer; unescaped, "[default: warning]" vanished.
    for command, default in (
        ("check", "[default: warning]"),
        ("draft", "[default: met with --met-at, else none]"),
    ):
        result = runner.invoke(app, [command, "--help"], env={"COLUMNS": "250"})
        assert default in result.stdout


def test_a_folder_with_nothing_to_lint_says_so_on_stderr(runner, tmp_path):
    (tmp_path / "notes.csv").write_text("name,note\n", encoding="utf-8")
    result = runner.invoke(app, ["check", str(tmp_path)])
    assert result.exit_code == 0
    assert result.stdout == ""
    assert f"{tmp_path}: no drafts (*.txt) or template files" in result.stderr
    (tmp_path / "sales").mkdir()
    result = runner.invoke(app, ["check", str(tmp_path)])
    assert "drafts in subfolders are not searched: name them (sales)" in result.stderr


def test_a_folder_stands_for_the_templates_of_its_subfolders_but_not_their_drafts(runner, tmp_path):
    template = "Hi {first_name}, I read your post on {topic} and would like to ask about it.\n"
    (tmp_path / "sales" / "emea").mkdir(parents=True)
    (tmp_path / "sales" / "emea" / "intro.invite").write_text(template, encoding="utf-8")
    (tmp_path / "sales" / "notes.txt").write_text("I'd like to add you to my network.\n", encoding="utf-8")
    for skipped in (".git", "node_modules"):
        (tmp_path / skipped).mkdir()
        (tmp_path / skipped / "old.invite").write_text(template, encoding="utf-8")
    result = runner.invoke(app, ["check", "--format", "json", "--fail-on", "never", str(tmp_path)])
    assert result.exit_code == 0, result.output
    checked = {Path(entry["path"]).relative_to(tmp_path).as_posix() for entry in json.loads(result.stdout)}
    assert checked == {"sales/emea/intro.invite"}


def test_fix_on_a_folder_leaves_a_projects_papers_and_long_files_alone(runner, tmp_path):
    license_text = "Permission is hereby granted, free of charge, to any person.  " * 20 + "\n"
    papers = {
        "LICENSE.txt": license_text,
        "requirements.txt": "spacy>=3.7\ntextstat==0.7.8\n",
        "book.txt": "A long chapter.  " * 1000,
    }
    for name, text in papers.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    (tmp_path / "draft.txt").write_text("Hi Ana,   great to meet you at PyCon!!!\n", encoding="utf-8")
    result = runner.invoke(app, ["fix", str(tmp_path)])
    assert result.exit_code == 0, result.output
    for name, text in papers.items():
        assert (tmp_path / name).read_text(encoding="utf-8") == text, name
        assert f"{tmp_path / name}: skipped" in result.stderr
    assert (tmp_path / "draft.txt").read_text(encoding="utf-8") == "Hi Ana, great to meet you at PyCon!\n"
    # Named on the command line, a file is checked whatever it is called.
    named = runner.invoke(app, ["check", "--format", "json", str(tmp_path / "requirements.txt")])
    assert json.loads(named.stdout)[0]["path"].endswith("requirements.txt")
