"""LEN: characters against the note limit, and words enough to carry a reason."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..scoring import sweet_spot
from .base import Hit, counted, family_data
from .context import UNSPACED_SCRIPTS

if TYPE_CHECKING:
    from .context import Context


def word_count(tokens) -> int:
    return tokens.n - sum(
        1 for punct, space in zip(tokens.punct, tokens.space, strict=True) if punct or space
    )


class Detector:
    def __init__(self, nlp, matcher):
        self.min_words = int(family_data("length")["min_words"])

    def detect(self, ctx: Context) -> list[Hit]:
        # As written: double spaces count against the limit. The blanks around the note do not
        # (a saved draft ends with a line break that nobody pastes into the box).
        written, limit = ctx.source, ctx.limit
        lead = len(written) - len(written.lstrip())
        text = written.strip()
        words = word_count(ctx.tokens)
        ctx.features.update(words=words, chars=len(text), limit=limit)
        if not text:
            return []
        hits = []
        if len(text) > limit:
            over = len(text) - limit
            hits.append(
                Hit(
                    "LEN001",
                    lead + limit,
                    lead + len(text),
                    {"length": str(len(text)), "limit": str(limit), "over": str(over)},
                )
            )
        if ctx.script in UNSPACED_SCRIPTS:  # a word count says nothing where words have no spaces
            ctx.features["unspaced"] = True
            return hits
        low, high = sweet_spot(limit)
        if words < self.min_words:
            hits.append(Hit("LEN002", lead, lead + len(text), {"words": counted(words, "word")}))
        elif (words < low or words > high) and len(text) <= limit:
            detail = {"words": counted(words, "word"), "low": str(low), "high": str(high)}
            hits.append(Hit("LEN003", lead, lead + len(text), detail))
        return hits
