"""Rule families. Each module detects hits; rules/data/<family>.toml defines and documents them."""

from importlib import import_module

from .base import FAMILIES, Finding, Hit, Rule, Severity, registry, resolve_codes

__all__ = ["FAMILIES", "Finding", "Hit", "Rule", "Severity", "detectors", "registry", "resolve_codes"]


def detectors():
    """The detector class of each family, in detection order."""
    return [import_module(f"{__name__}.{family}").Detector for family in FAMILIES]
