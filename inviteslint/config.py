"""Project configuration: ``[tool.inviteslint]`` in pyproject.toml, or a ``.inviteslint.toml``.

The nearest file found searching upward from the starting directory wins. Unknown keys are
errors that name the closest valid key.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rapidfuzz import process

from .rules.base import tomllib

KEYS = {"policy", "policies"}


class ConfigError(Exception):
    pass


@dataclass(frozen=True)
class Config:
    path: Path | None = None
    values: dict[str, Any] = field(default_factory=dict)

    def get(self, key: str, default: Any = None) -> Any:
        return self.values.get(key, default)


def nearest(word: str, choices) -> str:
    best = process.extractOne(word, list(choices), score_cutoff=60)
    return f" (did you mean {best[0]!r}?)" if best else ""


def find(start: Path) -> tuple[Path, dict[str, Any]] | None:
    for folder in [start, *start.parents]:
        dotfile = folder / ".inviteslint.toml"
        if dotfile.is_file():
            return dotfile, _parse(dotfile)
        pyproject = folder / "pyproject.toml"
        if pyproject.is_file():
            table = _parse(pyproject).get("tool", {}).get("inviteslint")
            if table is not None:
                return pyproject, table
    return None


def load(start: Path | None = None) -> Config:
    found = find((start or Path.cwd()).resolve())
    if found is None:
        return Config()
    path, values = found
    for key in values:
        if key not in KEYS:
            raise ConfigError(f"{path}: unknown key {key!r}{nearest(key, KEYS)}")
    return Config(path, values)


def _parse(path: Path) -> dict[str, Any]:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as err:
        raise ConfigError(f"{path}: not valid TOML ({err})") from None
