"""Template files: front matter, several templates, comments, placeholders, worst-case length;
positions refer to the file as written."""

import json

import pytest

from inviteslint.templates import find_placeholders, parse

from .conftest import findings

FILE = """+++
# front matter is TOML
limit = 300
relationship = "met"
[placeholders]
event = 30
+++
# a comment line, never part of the message
Hi {first_name}, great to meet you at {event} yesterday. Your point about
on-call rotations stuck with me. Could I ask how your team runs incident reviews?
--- follow-up
Thanks {first_name}!! We met at {event}, and I would love to hear more about it.
"""


def test_parse_splits_templates_and_drops_comments():
    parsed = parse(FILE)
    assert parsed.settings["relationship"] == "met" and parsed.settings["placeholders"] == {"event": 30}
    first, second = parsed.templates
    assert first.message.startswith("Hi {first_name}, great") and "#" not in first.message
    assert second.title == "follow-up" and second.message.startswith("Thanks {first_name}!!")
    # Offsets in the message map back to the file as written.
    offset = first.message.index("{event}")
    assert FILE[first.to_file(offset) :].startswith("{event}")
    offset = second.message.index("{event}")
    assert FILE[second.to_file(offset) :].startswith("{event}")


def test_findings_point_into_the_file_with_front_matter_and_comments(check, tmp_path):
    path = tmp_path / "met.invite"
    path.write_text(FILE, encoding="utf-8")
    result = check("--format", "json", path)
    data = json.loads(result.stdout)
    assert [item["template"] for item in data] == [1, 2]
    assert data[1]["title"] == "follow-up"
    shouting = next(f for f in data[1]["findings"] if f["code"] == "STY002")
    lines = FILE.splitlines()
    assert shouting["line"] == 12 and lines[11][shouting["column"] - 1 :].startswith("!!")
    assert data[0]["nominal_length"] == len(parse(FILE).templates[0].message)
    # first_name 20 by default, event 30 from the front matter
    assert data[0]["worst_case_length"] == data[0]["nominal_length"] - len("{first_name}{event}") + 50


@pytest.mark.parametrize(
    "text, syntax, name",
    [
        ("Hi {first_name},", "braces", "first_name"),
        ("Hi {{first_name}},", "double-braces", "first_name"),
        ("Hi {{ first_name }},", "double-braces", "first_name"),
        ("Hi [First Name],", "brackets", "first_name"),
        ("Hi %FIRSTNAME%,", "percent", "first_name"),
        ("Hi <Name>,", "angle", "first_name"),
        ("at {{ Company Name }}", "double-braces", "company"),
    ],
)
def test_placeholder_syntaxes(text, syntax, name):
    (found,) = find_placeholders(text)
    assert (found.syntax, found.key) == (syntax, name)
    assert text[found.start : found.end] == found.text or found.syntax == "double-braces"


def test_ordinary_brackets_percent_and_angles_are_not_placeholders():
    assert find_placeholders("See [link] <3 and 100% of [the slides], a <b>bold</b> move") == []


def test_placeholder_problems_are_found_with_suggestions(check, tmp_path):
    path = tmp_path / "bad.invite.txt"
    path.write_text(
        "Hi {frist_name}, I saw your talk at [Event] on {topic and want to connect.\n", encoding="utf-8"
    )
    result = check("--format", "json", path)
    assert result.exit_code == 1
    by_code = {f["code"]: f for f in findings(result)}
    assert "did you mean {first_name}" in by_code["TPL001"]["message"]
    assert "brackets" in by_code["TPL003"]["message"] and "{event}" in by_code["TPL003"]["suggestion"]
    assert by_code["TPL002"]["message"].count("{topic") == 1
    assert "PIT009" not in by_code, "placeholders of a template are not unfilled merge tags"


@pytest.mark.parametrize("opening", ["Hi {first_name, I", "Hi {{firstName}, I", "Hi %FIRSTNAME, I"])
def test_a_broken_placeholder_is_reported_once(check, tmp_path, opening):
    path = tmp_path / "broken.invite"
    path.write_text(f"{opening} enjoyed your talk at {{event}} on queue design and want to connect.\n")
    codes = [f["code"] for f in findings(check("--format", "json", path))]
    assert "TPL002" in codes
    assert "PIT009" not in codes, "the broken placeholder is reported as TPL002 alone"


def test_a_field_that_offers_choices_is_not_an_unclosed_placeholder(check, tmp_path):
    path = tmp_path / "choices.invite"
    path.write_text("Hi {first_name}, your [post/article] on queue design stuck with me. Connect?\n")
    assert "TPL002" not in [f["code"] for f in findings(check("--format", "json", path))]
    # An opening left open is still one.
    path.write_text("Hi [First Name, your talk on queue design stuck with me. Connect?\n")
    assert "TPL002" in [f["code"] for f in findings(check("--format", "json", path))]


def test_worst_case_length_uses_config_then_front_matter_lengths(check, tmp_path):
    (tmp_path / "pyproject.toml").write_text(
        "[tool.inviteslint]\nlimit = 120\n[tool.inviteslint.placeholders]\ncompany = 60\n", encoding="utf-8"
    )
    text = "Hi {first_name}, I liked your talk on queues at {company} and would like to connect.\n"
    path = tmp_path / "a.invite"
    path.write_text(text, encoding="utf-8")
    data = json.loads(check("--format", "json", path).stdout)[0]
    assert data["limit"] == 120 and data["worst_case_length"] == len(text.strip()) - 21 + 80
    assert any(f["code"] == "TPL004" for f in data["findings"])
    path.write_text("+++\n[placeholders]\ncompany = 10\n+++\n" + text, encoding="utf-8")
    data = json.loads(check("--format", "json", path).stdout)[0]
    assert data["worst_case_length"] == len(text.strip()) - 21 + 30
    assert not any(f["code"] == "TPL004" for f in data["findings"])
    # The command line wins over configuration and front matter.
    data = json.loads(check("--format", "json", "--limit", "60", path).stdout)[0]
    assert data["limit"] == 60


def test_a_first_name_alone_is_still_generic_but_their_event_is_specific(check, tmp_path):
    generic = tmp_path / "generic.invite"
    generic.write_text("Hi {first_name}, I'd love to connect and grow our networks together.\n")
    specific = tmp_path / "specific.invite"
    specific.write_text(
        "Hi {first_name}, your talk at {event} on incident reviews changed how we run ours.\n"
    )
    data = json.loads(check("--format", "json", generic, specific).stdout)
    assert data[0]["label"] == "default" and any(f["code"] == "SPC001" for f in data[0]["findings"])
    assert data[1]["label"] == "personalized"


def test_front_matter_relationship_feeds_the_honesty_check(check, tmp_path):
    path = tmp_path / "cold.invite"
    path.write_text(
        '+++\nrelationship = "none"\n+++\nHi {first_name}, great chatting at {event} last week!\n'
    )
    codes = {f["code"] for f in findings(check("--format", "json", path))}
    assert "CLM002" in codes


@pytest.mark.parametrize(
    "front, expected",
    [
        ("+++\nlimt = 200\n+++\n", "did you mean 'limit'"),
        ('+++\nrelationship = "lover"\n+++\n', "relationship must be one of"),
        ("+++\nlimit = \n+++\n", "not valid TOML"),
        ("+++\nlimit = 200\n", "never closed"),
        ('+++\nignore = ["XYZ001"]\n+++\n', "unknown rule code"),
    ],
)
def test_bad_front_matter_is_a_one_line_error(check, tmp_path, front, expected):
    path = tmp_path / "t.invite"
    path.write_text(front + "Hi {first_name}, your talk at {event} was great.\n", encoding="utf-8")
    result = check(path)
    assert result.exit_code == 2
    assert str(path) in result.stderr and expected in result.stderr and result.stderr.count("\n") == 1


def test_drafts_keep_placeholders_literal(check, tmp_path):
    draft = tmp_path / "draft.txt"
    draft.write_text("Hi {first_name}, your talk at DataConf on incident reviews changed how we run ours.\n")
    codes = {f["code"] for f in findings(check("--format", "json", draft))}
    assert "PIT009" in codes, "a draft is about to be sent: a placeholder in it is an unfilled merge tag"
    codes = {f["code"] for f in findings(check("--format", "json", "--template", draft))}
    assert "PIT009" not in codes


TWO_UNDER_HEADINGS = """# Conference follow-up
Hi {first_name}, great to meet you at {event} yesterday. Your point about on-call rotations
stuck with me. Could I ask how your team runs incident reviews?

# Alumni
Hi {first_name}, fellow {school} alum here! I saw you moved into data engineering after
graduating, the same switch I am weighing now. Would you be open to sharing what helped?
"""


def test_a_heading_comment_between_paragraphs_is_flagged_where_it_is(check, tmp_path):
    path = tmp_path / "outreach.invite"
    path.write_text(TWO_UNDER_HEADINGS, encoding="utf-8")
    found = findings(check("--format", "json", path))
    (heading,) = [f for f in found if f["code"] == "TPL008"]
    assert (heading["line"], heading["column"]) == (5, 1)
    assert "# Alumni" in heading["message"] and "--- Alumni" in heading["suggestion"]
    # Read as one template, the two messages are over the limit together.
    assert "LEN001" in {f["code"] for f in found}


@pytest.mark.parametrize(
    "text",
    [
        "# A note to myself\nHi {first_name}, great to meet you at {event}.\n",  # above the message
        "Hi {first_name},\n# keep this line short\ngreat to meet you at {event}.\n",  # no blank line before
        "Hi {first_name}, great to meet you at {event}.\n\n# sent in May\n",  # nothing after it
        "Hi {first_name}, great to meet you at {event}.\n--- Alumni\n# fellow alumni\nHi {first_name}!\n",
    ],
)
def test_comments_that_head_nothing_are_not_flagged(text):
    assert [t.headings for t in parse(text).templates] == [[]] * len(parse(text).templates)


def test_the_unsafe_fix_turns_the_heading_into_a_separator(check, tmp_path):
    from inviteslint.fix import fix_template_file

    assert fix_template_file(TWO_UNDER_HEADINGS).text == TWO_UNDER_HEADINGS  # unsafe: not by default
    fixed = fix_template_file(TWO_UNDER_HEADINGS, unsafe=True).text
    assert fixed == TWO_UNDER_HEADINGS.replace("# Alumni", "--- Alumni")
    first, second = parse(fixed).templates
    assert second.title == "Alumni" and second.message.startswith("Hi {first_name}, fellow")
    path = tmp_path / "outreach.invite"
    path.write_text(fixed, encoding="utf-8")
    codes = {f["code"] for f in findings(check("--format", "json", path))}
    assert not {"TPL008", "LEN001"} & codes


@pytest.mark.parametrize(
    "front",
    [
        "---\nlimit: 300\nrelationship: met\n---\n",
        "---\r\nlimit: 200\r\n---\r\n",
        "---\nmet-at: PyCon\nignore:\n  - PIT001\n---\n",
    ],
)
def test_yaml_front_matter_is_refused_with_the_toml_form(check, tmp_path, front):
    # Read as templates, these settings would be linted as a four-word note and not apply.
    path = tmp_path / "t.invite.md"
    path.write_text(front + "Hi {first_name}, great meeting you at {event} last week.\n", encoding="utf-8")
    result = check(path)
    assert result.exit_code == 2
    assert "+++" in result.stderr and "YAML" in result.stderr and result.stderr.count("\n") == 1


def test_a_first_template_under_a_separator_is_not_front_matter(check, tmp_path):
    path = tmp_path / "t.invite"
    path.write_text(
        "--- Conference\nHi {first_name}, great meeting you at {event} last week: your point about\n"
        "on-call rotations stuck with me.\n--- Alumni\nHi {first_name}, fellow {school} alum here!\n",
        encoding="utf-8",
    )
    result = check("--format", "json", path)
    assert result.exit_code in (0, 1), result.stderr
    items = json.loads(result.stdout)
    assert [(item["template"], item["title"]) for item in items] == [(1, "Conference"), (2, "Alumni")]


def test_a_finding_quotes_the_template_as_written_not_the_stand_in_values(check, tmp_path):
    path = tmp_path / "outreach.invite.txt"
    path.write_text(
        "Hi {first_name}, I work with {industry} founders on cutting cloud bills.\n", encoding="utf-8"
    )
    result = check("--format", "json", path)
    pitch = next(f for f in findings(result) if f["code"] == "PIT003")
    assert "I work with {industry} founders" in pitch["message"]


@pytest.mark.parametrize(
    "text",
    [
        "Bonjour {{prénom}}, j'ai lu votre article sur {{sujet}} ({{entreprise}}). Au plaisir, {{mon_nom}}",
        "Hola {{nombre}} {{apellido}}, vi tu charla sobre {{tema}} en {{ciudad}}. Un saludo, {{mi_nombre}}",
        "Hallo {{Vorname}} {{Nachname}}, Ihr Beitrag zu {{Thema}} bei {{Firma}} hat mich angesprochen.",
        "Ciao {{nome}} {{cognome}}, ho letto il tuo articolo su {{argomento}} ({{azienda}}, {{ruolo}}).",
    ],
)
def test_placeholder_names_in_the_other_languages_are_known(check, tmp_path, text):
    path = tmp_path / "note.invite"
    path.write_text(text + "\n", encoding="utf-8")
    codes = [f["code"] for f in findings(check("--format", "json", path))]
    assert "TPL001" not in codes


def test_a_placeholder_the_configuration_or_front_matter_names_is_known(check, tmp_path):
    (tmp_path / "pyproject.toml").write_text(
        "[tool.inviteslint.placeholders]\ndeal_name = 40\n", encoding="utf-8"
    )
    text = "Hi {first_name}, good to meet you at {event} yesterday about {deal_name} and {project_code}.\n"
    path = tmp_path / "a.invite"
    path.write_text(text, encoding="utf-8")
    unknown = [f["message"] for f in findings(check("--format", "json", path)) if f["code"] == "TPL001"]
    assert len(unknown) == 1 and "{project_code}" in unknown[0]
    path.write_text("+++\n[placeholders]\nproject_code = 12\n+++\n" + text, encoding="utf-8")
    assert not [f for f in findings(check("--format", "json", path)) if f["code"] == "TPL001"]


@pytest.mark.parametrize("text", ["", "+++\nlimit = 300\n+++\n# to be written\n\n"])
def test_a_template_file_with_no_template_says_so(check, tmp_path, text):
    path = tmp_path / "draft.invite"
    path.write_text(text, encoding="utf-8")
    result = check("--format", "json", path)
    assert result.exit_code == 0, result.output
    assert [f["code"] for f in findings(result)] == ["DEF001"]


def test_a_field_named_for_a_prospect_is_read_as_written_and_flagged(check, tmp_path):
    path = tmp_path / "outreach.invite.txt"
    path.write_text("Hi {first_name}, teams like {company} struggle with {pain_point}. Worth a quick chat?\n")
    result = check("--format", "json", path)
    codes = [f["code"] for f in findings(result)]
    # The field is the template's own: an unknown placeholder (TPL001), not a merge tag left in a note.
    assert "PIT023" in codes and "TPL001" in codes and "PIT009" not in codes, codes
    field = next(f for f in findings(result) if f["code"] == "PIT023")
    assert "{pain_point}" in field["message"]
    checked = json.loads(result.stdout)[0]
    # Nor is it counted as one where the label is decided.
    assert checked["label"] == "sales" and "PIT009" not in checked["decided_by"], checked["decided_by"]


def test_a_field_that_offers_choices_is_reported_as_sent_as_written(check, tmp_path):
    path = tmp_path / "choices.invite"
    path.write_text("Hi {first_name}, your [post/article] on queue design stuck with me. Connect?\n")
    field = [f for f in findings(check("--format", "json", path)) if f["code"] == "PIT009"]
    assert field and "[post/article]" in field[0]["message"]


@pytest.mark.parametrize(
    "text",
    [
        "Hi {{prospect_name}}, saw your post about {{topic}} and loved it. Worth comparing notes?\n",
        "Hi [First Name], great to meet you at [Event]! Teams like yours tell me about [pain point].\n",
    ],
)
def test_a_prospect_field_makes_the_template_sales_whatever_the_other_fields_stand_for(check, tmp_path, text):
    # Their post or an event, read as it would be once filled in, is filled in for a prospect.
    path = tmp_path / "sequence.invite.txt"
    path.write_text(text)
    checked = json.loads(check("--format", "json", path).stdout)[0]
    assert checked["label"] == "sales" and "PIT023" in checked["decided_by"], checked
