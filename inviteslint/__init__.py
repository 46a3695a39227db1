"""inviteslint: lint, classify and improve professional-network invitation notes, offline."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .facts import Facts
from .report import Report
from .rules.base import Finding

if TYPE_CHECKING:
    from .engine import Analyzer, analyze

__version__ = "0.1.0"
__all__ = ["Analyzer", "Facts", "Finding", "Report", "__version__", "analyze"]


def __getattr__(name: str):
    # The engine imports spaCy (most of a second): commands that only list rules or print help
    # do without it.
    if name in ("Analyzer", "analyze"):
        from . import engine

        return getattr(engine, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
