"""[tool.inviteslint] configuration found upward from each file, and inline suppressions."""

import json

import pytest

from .conftest import findings

PITCHY = "Hi {first_name}, we help teams like yours cut costs. Do you have 15 minutes for a call this week?\n"


@pytest.fixture
def project(tmp_path):
    (tmp_path / "templates" / "legacy").mkdir(parents=True)
    return tmp_path


def codes(result):
    return {f["code"] for f in findings(result)}


def test_config_select_ignore_and_per_file_ignores(check, project):
    (project / "pyproject.toml").write_text(
        """[tool.inviteslint]
select = ["PIT", "TPL"]
ignore = ["PIT003", "PIT010"]
fail-on = "error"
[tool.inviteslint.per-file-ignores]
"templates/legacy/*" = ["PIT001"]
""",
        encoding="utf-8",
    )
    new, old = project / "templates" / "new.invite", project / "templates" / "legacy" / "old.invite"
    for path in (new, old):
        path.write_text(PITCHY, encoding="utf-8")
    result = check("--format", "json", new)
    assert codes(result) == {"PIT001"}
    assert result.exit_code == 0, "fail-on = error from the config: warnings do not fail"
    assert codes(check("--format", "json", old)) == set()
    # The command line wins: its --select replaces the config's, --fail-on too.
    result = check("--format", "json", "--select", "SPC", "--fail-on", "warning", new)
    assert codes(result) == {"SPC001"} and result.exit_code == 1


def test_extend_select_and_dot_file_found_from_the_file_not_the_cwd(check, project, monkeypatch, tmp_path):
    (project / "templates" / ".inviteslint.toml").write_text(
        'select = ["LEN"]\nextend-select = ["PIT001"]\n', encoding="utf-8"
    )
    path = project / "templates" / "x.invite"
    path.write_text(PITCHY, encoding="utf-8")
    monkeypatch.chdir(tmp_path.parent)
    assert codes(check("--format", "json", path)) == {"PIT001"}


@pytest.mark.parametrize(
    "config, expected",
    [
        ("selct = ['PIT']", "unknown key 'selct' (did you mean 'select'?)"),
        ("ignore = ['PIT0001']", "unknown rule code or prefix 'PIT0001' (did you mean"),
        ("fail-on = 'warn'", "expected one of error, warning, info, never (did you mean 'warning'?)"),
        ("limit = -5", "positive whole number"),
        ("placeholder-syntax = 'brace'", "did you mean 'braces'"),
    ],
)
def test_bad_config_is_a_one_line_error_naming_the_nearest_key(check, tmp_path, config, expected):
    (tmp_path / "pyproject.toml").write_text(f"[tool.inviteslint]\n{config}\n", encoding="utf-8")
    path = tmp_path / "x.invite"
    path.write_text(PITCHY, encoding="utf-8")
    result = check(path)
    assert result.exit_code == 2, result.output
    assert expected in result.stderr and result.stderr.count("\n") == 1, result.stderr


def test_inline_suppression_used_unused_unexplained_and_unknown(check, tmp_path):
    path = tmp_path / "s.invite"
    path.write_text(
        "# inviteslint: ignore[PIT001] -- we do book calls, the team agreed\n"
        "# inviteslint: ignore[STY003]\n"
        "# inviteslint: ignore[PIT0O1] -- typo\n" + PITCHY + "---\n" + PITCHY,
        encoding="utf-8",
    )
    result = check("--format", "json", path)
    first, second = ({f["code"] for f in item["findings"]} for item in json.loads(result.stdout))
    assert "PIT001" not in first and "PIT001" in second, "a suppression holds for its own template only"
    assert {"TPL005", "TPL006", "TPL007"} <= first
    unused = next(f for f in findings(result) if f["code"] == "TPL005")
    assert unused["line"] == 2 and "STY003" in unused["message"]
    unknown = next(f for f in findings(result) if f["code"] == "TPL007")
    assert "did you mean PIT001" in unknown["message"]
