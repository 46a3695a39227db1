import pytest

from inviteslint import Analyzer


@pytest.fixture(scope="session")
def analyzer() -> Analyzer:
    return Analyzer()


@pytest.fixture
def rules_only(analyzer: Analyzer, monkeypatch: pytest.MonkeyPatch) -> Analyzer:
    """The same analyzer with the statistical model's findings switched off, for tests of what
    the rules alone read."""
    from inviteslint.rules import model

    monkeypatch.setattr(model.Detector, "detect", lambda self, ctx: [])
    return analyzer
