"""inviteslint: lint, classify and improve professional-network invitation notes, offline."""

from .engine import Analyzer, analyze
from .facts import Facts
from .report import Report
from .rules.base import Finding

__version__ = "0.1.0"
__all__ = ["Analyzer", "Facts", "Finding", "Report", "__version__", "analyze"]
