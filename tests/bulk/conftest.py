import json
import shutil
import zipfile
from pathlib import Path

import pytest
from typer.testing import CliRunner

from inviteslint.cli import app

ROOT = Path(__file__).resolve().parents[2]
EXPORT = ROOT / "examples" / "export"
EXPORT_2016 = ROOT / "tests" / "fixtures" / "export_2016"


@pytest.fixture
def runner():
    return CliRunner()


@pytest.fixture
def classify(runner):
    """Run `inviteslint classify ARGS`; returns (result, parsed JSONL rows on stdout)."""

    def run(*args: str, stdin: str | bytes | None = None):
        result = runner.invoke(app, ["classify", "--quiet", *map(str, args)], input=stdin)
        rows = []
        if result.exit_code == 0 and "--format" not in args and "-o" not in args:
            rows = [json.loads(line) for line in result.stdout.splitlines() if line.strip()]
        return result, rows

    return run


@pytest.fixture
def export_zip(tmp_path):
    """A data-export zip as the platform ships it: files at the top, Connections.csv included."""
    path = tmp_path / "Basic_LinkedInDataExport_04-07-2026.zip"
    with zipfile.ZipFile(path, "w") as archive:
        for name in ("Invitations.csv", "messages.csv", "Connections.csv"):
            archive.write(EXPORT / name, name)
    return path


@pytest.fixture
def export_copy(tmp_path):
    folder = tmp_path / "export"
    shutil.copytree(EXPORT, folder)
    return folder
