"""The Analyzer: owns one pipeline and turns texts into Reports, one at a time or streamed."""

from __future__ import annotations

import gc
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import Any

from .facts import Facts
from .offsets import reading
from .pipeline import DEFAULT_LIMIT, INPUT_KEY, NoteInput, build_nlp, paused_collection
from .report import Report

# Far above any note or message (the platform caps messages at a few thousand characters),
# far below spaCy's own max_length: longer input is not an invitation.
MAX_CHARS = 100_000


NO_FACTS = Facts()


class NoteTooLong(ValueError):
    def __init__(self, length: int):
        super().__init__(f"{length:,} characters is too long for a note (at most {MAX_CHARS:,})")


class Analyzer:
    """Build once, analyse many: loading the pipeline and its matchers is the slow part."""

    def __init__(self, model: str | None = None, limit: int = DEFAULT_LIMIT, batch_size: int = 256):
        self.nlp = build_nlp(model, limit, spans=False)
        self.limit = limit
        self.batch_size = batch_size

    def _doc(self, text: str, facts: Facts | None, limit: int | None, fields: frozenset = frozenset()):
        if len(text) > MAX_CHARS:
            raise NoteTooLong(len(text))
        # The note as the rules read it: compatibility forms, no invisible characters, each gap
        # between words one space (offsets.reading); findings point back into the note as written.
        view, back = reading(text)
        doc = self.nlp.make_doc(view)
        source = text if view != text else None
        doc.user_data[INPUT_KEY] = NoteInput(facts or NO_FACTS, limit, view, source, back, fields)
        return doc

    def analyze(
        self, text: str, facts: Facts | None = None, limit: int | None = None, fields: frozenset = frozenset()
    ) -> Report:
        """`fields`: the spans of a template's own fields left in `text` (`lint`), which are no merge
        tags left in a note."""
        return self.nlp(self._doc(text, facts, limit, fields)).user_data["inviteslint"]

    def analyze_many(
        self, items: Iterable[tuple[str, Any]], facts: Facts | None = None
    ) -> Iterator[tuple[Report, Any]]:
        """Stream (text, context) pairs through ``nlp.pipe``; yields (report, context) in order."""
        return self.analyze_each((text, facts, context) for text, context in items)

    def analyze_each(self, items: Iterable[tuple[str, Facts | None, Any]]) -> Iterator[tuple[Report, Any]]:
        """Like ``analyze_many``, with facts of its own for each text."""
        docs = ((self._doc(text, facts, None), context) for text, facts, context in items)
        for doc, context in self.nlp.pipe(docs, as_tuples=True, batch_size=self.batch_size):
            yield doc.user_data["inviteslint"], context


@contextmanager
def lasting() -> Iterator[None]:
    """Build what lives until the process ends (a command's Analyzer, a bulk worker's) outside the
    garbage collector's way.

    A pipeline with its matchers is hundreds of thousands of objects. Collecting while they are
    made is wasted work; afterwards they are frozen, so that neither later collections nor the one
    at exit walk them, and forked workers share them. What was frozen before is unfrozen
    first, so that a pipeline being replaced can be collected."""
    gc.unfreeze()
    with paused_collection():
        yield
    gc.freeze()


_default: Analyzer | None = None


def analyze(text: str, facts: Facts | dict | None = None, limit: int | None = None) -> Report:
    """Analyse one note with a shared blank-pipeline Analyzer."""
    global _default
    if _default is None:
        _default = Analyzer()
    if isinstance(facts, dict):
        facts = Facts(**facts)
    return _default.analyze(text, facts, limit)
