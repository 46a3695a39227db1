"""The spaCy side: the ``inviteslint`` component and the pipeline builder.

``nlp.add_pipe("inviteslint")`` works in any English pipeline once this package is installed
(it is registered as a spaCy factory entry point). The component runs every rule family over
the Doc, writes the hits to ``doc.spans["inviteslint"]`` and makes the Report available as
``doc._.inviteslint``. Facts for one note go in ``doc._.inviteslint_input`` before the
component runs.
"""

from __future__ import annotations

import gc
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace

import spacy
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc
from spacy.util import minibatch

from .facts import Facts
from .offsets import OffsetMap
from .report import Report, build_report
from .rules import detectors
from .rules.base import family_data
from .rules.context import TEXTING_NORMS, Context

DEFAULT_LIMIT = int(family_data("length")["default_limit"])


@dataclass(frozen=True)
class NoteInput:
    facts: Facts = Facts()
    limit: int | None = None
    # The text the Doc was made from: Doc.text rebuilds it from every token.
    text: str | None = None
    # The note as written, when `text` is its plain reading (offsets.reading), and the map from
    # offsets in `text` back to it (None when they are the same, character for character):
    # findings point into the note as written.
    source: str | None = None
    back: OffsetMap | None = None
    # Spans of the note as written that are a template's own fields (a field named for a prospect,
    # left for PIT023 to read): a merge tag there is the template's, not one left in a note.
    fields: frozenset[tuple[int, int]] = frozenset()


class ModelNotFound(Exception):
    def __init__(self, model: str):
        super().__init__(
            f"spaCy pipeline {model!r} is not installed; install it with: python -m spacy download {model}"
        )


def _report(doc: Doc) -> Report | None:
    return doc.user_data.get("inviteslint")


# Where spaCy keeps the value of ``doc._.inviteslint_input``. The Analyzer reads and writes it
# there directly: the ``doc._`` machinery costs several microseconds a note.
INPUT_KEY = ("._.", "inviteslint_input", None, None)


for _name, _kwargs in (
    ("inviteslint_input", {"default": None}),
    ("inviteslint", {"getter": _report}),
):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, **_kwargs)


@contextmanager
def paused_collection() -> Iterator[None]:
    """The garbage collector off while long-lived objects are made, then as it was."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()


class InvitesLint:
    def __init__(self, nlp: Language, name: str, limit: int, spans: bool = True):
        self.name = name
        self.limit = limit
        self.spans = spans
        # Phrases match on lower case, and a texting form reads as the word it stands for ("ur
        # talk" as "your talk"): its lexemes, in any case, are given that word as their lower case.
        for word, meant in TEXTING_NORMS.items():
            for form in {word, word.capitalize(), word.upper()}:
                nlp.vocab[form].lower_ = meant
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        # The matchers are a few hundred thousand objects that live as long as the pipeline:
        # collecting while they are made is wasted work.
        with paused_collection():
            self.detectors = [cls(nlp, self.matcher) for cls in detectors()]
        self.batched = [d for d in self.detectors if hasattr(d, "prepare")]

    def pipe(self, docs: Iterable[Doc], batch_size: int = 256) -> Iterator[Doc]:
        """What the detectors can do faster for many notes at once (the statistical model's
        predictions) is done per batch, then each note as ``__call__`` does."""
        for batch in minibatch(docs, size=batch_size):
            for detector in self.batched:
                detector.prepare(batch)
            yield from map(self, batch)

    def __call__(self, doc: Doc) -> Doc:
        note = doc.user_data.get(INPUT_KEY) or NoteInput()
        text = note.text if note.text is not None else doc.text
        source = note.source if note.source is not None else text
        ctx = Context.build(doc, text, self.matcher, note.facts, note.limit or self.limit, source)
        for detector in self.detectors:
            ctx.hits += detector.detect(ctx)
        if self.spans:
            spans = [doc.char_span(h.start, h.end, label=h.code, alignment_mode="expand") for h in ctx.hits]
            doc.spans[self.name] = [s for s in spans if s is not None]
        hits, claims = ctx.hits, ctx.claims
        if note.back is not None:
            hits, claims = _moved_back(hits, claims, note.back)
        if note.fields:
            hits = [h for h in hits if not (h.code == FIELD_TAG and (h.start, h.end) in note.fields)]
        doc.user_data["inviteslint"] = build_report(source, hits, claims, ctx.features)
        return doc


AS_WRITTEN = ("LEN", "STY003")
FIELD_TAG = "PIT009"  # a merge tag left in a note


def _moved_back(hits: list, claims: list, back: OffsetMap) -> tuple[list, list]:
    """Hits and claims found in a note's plain reading, pointing into the note as written.
    The length family and the emoji count already measure the note as written."""
    moved = [h if h.code.startswith(AS_WRITTEN) else replace(h, **_span(back, h.start, h.end)) for h in hits]
    return moved, [replace(c, **_span(back, c.start, c.end)) for c in claims]


def _span(back: OffsetMap, start: int, end: int) -> dict[str, int]:
    """A span moved back into the note as written. An empty span where only invisible characters
    were dropped (a note that is a lone byte-order mark) covers them: its ends may map crosswise."""
    first, last = back(start), back(end, True)
    return {"start": min(first, last), "end": max(first, last)}


@Language.factory(
    "inviteslint",
    default_config={"limit": DEFAULT_LIMIT, "spans": True},
    assigns=["doc._.inviteslint", "doc.spans"],
)
def make_component(nlp: Language, name: str, limit: int, spans: bool) -> InvitesLint:
    return InvitesLint(nlp, name, limit, spans)


def build_nlp(model: str | None = None, limit: int = DEFAULT_LIMIT, spans: bool = True) -> Language:
    """A blank English pipeline (nothing to download), or a trained one the user installed.

    ``spans=False`` skips writing ``doc.spans``: the Report already holds every span, and the
    Analyzer, which returns Reports rather than Docs, does not need them twice."""
    if model:
        try:
            nlp = spacy.load(model)
        except OSError as err:
            raise ModelNotFound(model) from err
    else:
        nlp = spacy.blank("en")
    nlp.add_pipe("inviteslint", config={"limit": limit, "spans": spans})
    return nlp
