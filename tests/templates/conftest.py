import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from inviteslint.cli import app

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def check():
    """Run `inviteslint check ARGS`; returns the click Result."""
    runner = CliRunner()
    return lambda *args: runner.invoke(app, ["check", *map(str, args)])


def findings(result) -> list[dict]:
    return [f for item in json.loads(result.stdout) for f in item["findings"]]
