"""Project configuration: ``[tool.inviteslint]`` in pyproject.toml, or a ``.inviteslint.toml``.

The nearest file found searching upward from the starting directory wins. Unknown keys are
errors that name the closest valid key.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from rapidfuzz import process

from .rules.base import tomllib

KEYS = {
    "select",
    "extend-select",
    "ignore",
    "per-file-ignores",
    "limit",
    "fail-on",
    "placeholders",
    "placeholder-syntax",
    "policy",
    "policies",
}
SEVERITIES = ("error", "warning", "info", "never")


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


@lru_cache(maxsize=256)
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
    for key, value in values.items():
        if key not in KEYS:
            raise ConfigError(f"{path}: unknown key {key!r}{nearest(key, KEYS)}")
        problem = _problem(key, value)
        if problem:
            raise ConfigError(f"{path}: {key}: {problem}")
    return Config(path, values)


def _codes_problem(value: Any) -> str | None:
    from .rules.base import registry, resolve_codes

    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        return "expected a list of rule codes or prefixes"
    for code in value:
        try:
            resolve_codes([code])
        except KeyError:
            return f"unknown rule code or prefix {code!r}{nearest(code, registry())}"
    return None


def _problem(key: str, value: Any) -> str | None:
    """What is wrong with one configuration value, or None."""
    if key in {"select", "extend-select", "ignore"}:
        return _codes_problem(value)
    if key == "per-file-ignores":
        if not isinstance(value, dict):
            return "expected a table of glob = [codes]"
        return next((f"{glob!r}: {p}" for glob, codes in value.items() if (p := _codes_problem(codes))), None)
    if key == "limit" and not (isinstance(value, int) and not isinstance(value, bool) and value > 0):
        return "expected a positive whole number of characters"
    if key == "fail-on" and value not in SEVERITIES:
        return f"expected one of {', '.join(SEVERITIES)}{nearest(str(value), SEVERITIES)}"
    if key == "placeholders" and not (
        isinstance(value, dict) and all(isinstance(v, int) and v >= 0 for v in value.values())
    ):
        return "expected a table of placeholder = longest length"
    if key == "placeholder-syntax":
        from .templates import SYNTAXES

        if value not in SYNTAXES:
            return f"expected one of {', '.join(SYNTAXES)}{nearest(str(value), SYNTAXES)}"
    if key == "policy" and not isinstance(value, str):
        return "expected a policy name"
    if key == "policies" and not isinstance(value, dict):
        return "expected a table of policies"
    return None


def _parse(path: Path) -> dict[str, Any]:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as err:
        raise ConfigError(f"{path}: not valid TOML ({err})") from None
