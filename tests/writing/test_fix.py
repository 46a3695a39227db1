"""inviteslint fix: safe fixes applied, unsafe ones suggested, idempotent, within the limit."""

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from inviteslint.cli import app
from inviteslint.facts import Facts
from inviteslint.fix import fix_draft, fix_template_file, normalise

WRAPPER = (
    "Nkechi Obi has indicated you are a Friend:\n\n"
    "I'd like to add you to my professional network on LinkedIn.\n"
)
SPECIFIC = "Hi Maria, great meeting you at PyCon on Friday. Could I ask how you pin builds?"


@pytest.mark.parametrize(
    "text, gone, kept",
    [
        (
            WRAPPER + "\nHi Maria, great meeting you at PyCon on Friday.",
            ["indicated", "add you to my"],
            ["PyCon"],
        ),
        ("Hi Maria!!! Great meeting you at PyCon on Friday!!", ["!!"], ["Hi Maria! Great", "Friday!"]),
        (
            "Hi Maria,   great meeting you at PyCon.  \n\n\n\nCould I ask how you pin builds?  ",
            ["  ", "\n\n\n"],
            [],
        ),
        ("I came across your profile. " + SPECIFIC, ["came across your profile"], [SPECIFIC]),
        (
            "HI MARIA, GREAT MEETING YOU AT PYCON ON FRIDAY. COULD I ASK HOW YOU PIN BUILDS?",
            ["GREAT", "MEETING", " AT ", " ON "],
            [],
        ),
        # One sentence shouted in a note that is not: its words, two-letter ones too.
        (
            "Hi Maria, great meeting you at PyCon on Friday. Could I ask how you pin builds? HOPE TO HEAR "
            "BACK SOON.",
            ["HOPE", " TO ", "SOON"],
            ["PyCon", "Hope to hear back soon."],
        ),
        # A day or a month stays capitalised, as English writes it.
        (
            "Hi Maria, great meeting you at PyCon. Could I ask how you pin builds? SEE YOU AT THE MEETUP ON "
            "FRIDAY IN MARCH.",
            ["SEE", "FRIDAY", "friday", "march"],
            ["See you at the meetup on Friday in March."],
        ),
    ],
)
def test_safe_fixes(analyzer, text, gone, kept):
    result = fix_draft(analyzer, text, Facts(), 300)
    for fragment in gone:
        assert fragment not in result.text, result.text
    for fragment in kept:
        assert fragment in result.text, result.text
    assert result.applied and not result.suggested


def test_filler_inside_a_real_sentence_is_left_for_the_writer(analyzer):
    text = "Hi Maria, I came across your profile after your PyCon talk on packaging and want to ask about it."
    result = fix_draft(analyzer, text)
    assert result.text == text, "removing the phrase would break the sentence"


def test_over_limit_is_trimmed_at_a_sentence_boundary(analyzer):
    text = (
        SPECIFIC + " " + " ".join(f"Sentence number {i} adds more detail about the build." for i in range(8))
    )
    result = fix_draft(analyzer, text, Facts(), 150, unsafe=True)
    assert len(result.text) <= 150 and result.text.endswith(".") or result.text.endswith("?")
    assert result.text.startswith(SPECIFIC)


def test_a_trim_that_drops_most_of_the_text_waits_for_unsafe_fixes(analyzer):
    # A message checked against a note's limit: cutting it to 300 characters would lose most of it.
    message = SPECIFIC + " " + " ".join(f"Paragraph {i} says more about our build." for i in range(40))
    result = fix_draft(analyzer, message)
    assert result.text == message
    (trim,) = [e for e in result.suggested if e.code == "LEN001"]
    assert "--limit 2000" in trim.title
    # A note a little over the limit is still trimmed safely.
    note = SPECIFIC + " One more sentence about the build."
    assert len(SPECIFIC) <= 100 < len(note)
    assert fix_draft(analyzer, note, Facts(), 100).text == SPECIFIC


def test_unsafe_fixes_are_suggested_then_applied_on_request(analyzer):
    text = "Hi Jon, we met at PyCon. Book a call: calendly.com/x/15min"
    facts = Facts(to="Maria Lopez", relationship="none")
    suggested = fix_draft(analyzer, text, facts)
    assert suggested.text == text
    assert {e.code for e in suggested.suggested} == {"CLM002", "CLM004", "PIT001", "PIT002"}
    applied = fix_draft(analyzer, text, facts, unsafe=True)
    assert applied.text == "Hi Maria,"


def test_an_opt_out_line_is_dropped_on_request(analyzer):
    text = "Hi Jo, your talk on tidal energy at Swansea was great. Reply STOP to opt out of further messages."
    assert {e.code for e in fix_draft(analyzer, text, Facts()).suggested} == {"PIT020"}
    assert (
        fix_draft(analyzer, text, Facts(), unsafe=True).text
        == "Hi Jo, your talk on tidal energy at Swansea was great."
    )


def test_template_placeholder_repairs_keep_front_matter_and_comments():
    text = "+++\nlimit = 200\n+++\n# keep me\nHi {frist_name}, saw you at [Event]!!! and {company\n"
    result = fix_template_file(text)
    assert (
        result.text
        == "+++\nlimit = 200\n+++\n# keep me\nHi {first_name}, saw you at {event}! and {company}\n"
    )
    assert fix_template_file(result.text).text == result.text


@pytest.mark.parametrize(
    "broken",
    [
        "{first_name, saw",
        "{{first_name}, saw",
        "{first_name}}, saw",
        "first_name}, saw",
        "{first_name}}}, saw",
    ],
)
def test_a_broken_brace_placeholder_is_mended_once_and_keeps_its_punctuation(broken):
    result = fix_template_file(f"Hi {broken} your talk at {{event}}.\n")
    assert result.text == "Hi {first_name}, saw your talk at {event}.\n"
    assert [e.code for e in result.applied] == ["TPL002"]


SENTENCES = [
    SPECIFIC,
    "I'd like to add you to my professional network on LinkedIn.",
    "I came across your profile.",
    "GREAT TALK!!!",
    "We help teams like yours cut costs by 30%.",
    "Your talk at DataConf on incident reviews was the clearest I have seen.",
    "Let's connect!!",
    "Nkechi Obi has indicated you are a Colleague at Fairview Logistics:",
    "Happy to set up a 15 minute call next week.",
    "   ",
    "\n\n\n",
]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    parts=st.lists(st.sampled_from(SENTENCES), min_size=1, max_size=8), limit=st.sampled_from([120, 200, 300])
)
def test_fix_is_idempotent_and_never_exceeds_the_limit(analyzer, parts, limit):
    text = " ".join(parts)
    once = fix_draft(analyzer, text, Facts(), limit, unsafe=True)
    assert len(once.text) <= limit
    assert fix_draft(analyzer, once.text, Facts(), limit, unsafe=True).text == once.text
    safe = fix_draft(analyzer, text, Facts(), limit)
    assert len(safe.text) <= limit or any(e.code == "LEN001" for e in safe.suggested)
    assert normalise(once.text) == once.text


def test_cli_fix_diff_changes_nothing_and_exits_1(tmp_path):
    path = tmp_path / "draft.txt"
    path.write_text(WRAPPER + "\nHi Maria,   great meeting you at PyCon!!!\n", encoding="utf-8")
    before = path.read_text(encoding="utf-8")
    result = CliRunner().invoke(app, ["fix", "--diff", str(path)])
    assert result.exit_code == 1
    assert (
        "-Nkechi Obi has indicated you are a Friend:" in result.stdout and "+Hi Maria, great" in result.stdout
    )
    assert path.read_text(encoding="utf-8") == before


def test_cli_fix_rewrites_files_and_check_fix_reports_what_is_left(tmp_path):
    path = tmp_path / "draft.txt"
    path.write_text(WRAPPER + "\nHi Maria,   great meeting you at PyCon!!!\n", encoding="utf-8")
    runner = CliRunner()
    result = runner.invoke(app, ["check", "--fix", "--format", "json", str(path)])
    assert path.read_text(encoding="utf-8") == "Hi Maria, great meeting you at PyCon!\n"
    codes = {f["code"] for item in json.loads(result.stdout) for f in item["findings"]}
    assert not codes & {"DEF002", "DEF003", "STY002"}
    assert "fixed (DEF002 DEF003 STY002 whitespace)" in result.stderr
    result = runner.invoke(app, ["fix", str(path)])
    assert result.exit_code == 0 and "fixed" not in result.stderr


def test_a_files_final_newline_is_not_reported_as_a_whitespace_fix(tmp_path):
    path = tmp_path / "draft.txt"
    path.write_text("Hi Maria, great meeting you at PyCon!!!\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["fix", str(path)])
    assert path.read_text(encoding="utf-8") == "Hi Maria, great meeting you at PyCon!\n"
    assert "fixed (STY002)" in result.stderr
    path.write_text("Hi Maria, great meeting you at PyCon!\r\n\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["fix", str(path)])
    assert "fixed (whitespace)" in result.stderr


def test_cli_fix_stdin_prints_the_fixed_text():
    result = CliRunner().invoke(
        app, ["fix", "-"], input="Hi Maria!!!  Great meeting you at PyCon on Friday.\n"
    )
    assert result.stdout == "Hi Maria! Great meeting you at PyCon on Friday.\n"


def test_the_default_sentence_inside_a_longer_one_is_dropped_only_on_request(analyzer):
    text = (
        "Hi Ana, I came across your profile and I'd like to add you to my professional network. See you soon."
    )
    suggested = fix_draft(analyzer, text, Facts())
    assert "DEF002" in {e.code for e in suggested.suggested}
    assert "add you to my" in suggested.text
    applied = fix_draft(analyzer, text, Facts(), unsafe=True)
    assert applied.text == "Hi Ana, See you soon."
