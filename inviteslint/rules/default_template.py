"""DEF: the platform's default notes, the old relationship wrapper, generic filler."""

from __future__ import annotations

import functools
import re

from rapidfuzz import fuzz, process, utils

from .base import Hit, family_data
from .context import GREETING, SIGN_OFF, Context, add_phrases, ends_with_words, word_list

# A vocative opener ("Oliver, please add me ...") or the rest of a greeting line ("Hi Ana,").
OPENER = re.compile(r"^\s*(?:[^\W\d_][\w'’.-]*(?:\s+[^\W\d_][\w'’.-]*)?,\s*)")
GREETING_REST = re.compile(r"[^,.!:\n]{0,40}?[,.!:]\s*")
# Sentences remembered with their answer. The sentences that repeat (formulas, templates) come back
# soon; a larger store mostly kept sentences seen once and grew a bulk run's memory with its input
# (docs/performance.md).
SENTENCES_KEPT = 16_384
CLAUSE_END = re.compile(r"[:.!?\n]")


def wrapper_clauses(ctx: Context) -> list[tuple[int, int]]:
    """Where the old relationship wrapper says what the recipient is to the sender, to the end of
    its clause: "has indicated you are a Colleague:". The platform wrote it, not the sender, so the
    relationship in it is no detail of the sender's (specificity), only a claim (honesty)."""
    spans = []
    for start, end in ctx.longest("DEF003"):
        stop = CLAUSE_END.search(ctx.text, end)
        spans.append((start, stop.start() if stop else len(ctx.text)))
    return spans


def core(segment: str) -> tuple[int, int]:
    """Where a sentence's body lies once its greeting and sign-off are removed, as the template
    comparison sees it: (start, end) offsets into the sentence."""
    start = 0
    greeting = GREETING.match(segment)
    if greeting:
        tail = GREETING_REST.match(segment, greeting.end())
        start = tail.end() if tail else greeting.end()
    else:
        opener = OPENER.match(segment)
        if opener and len(segment) - opener.end() > 10:
            start = opener.end()
    sign_off = SIGN_OFF.search(segment, start)
    return start, sign_off.start() if sign_off else len(segment)


class Detector:
    def __init__(self, nlp, matcher):
        data = family_data("default_template")
        self.templates = data["templates"]
        self.choices = [utils.default_process(t) for t in self.templates]
        self.longest = max(map(len, self.choices))
        self.cutoff = float(data["template_cutoff"])
        self.inside_cutoff = float(data["template_inside_cutoff"])
        self.anchors = re.compile("|".join(map(re.escape, data["template_anchors"])))
        # For each telling word, the templates holding it, longest first: of equal scores the longest
        # ("… on LinkedIn.") is taken, so the span holds it all.
        by_length = sorted(range(len(self.choices)), key=lambda n: -len(self.choices[n]))
        self.holding = {a: [n for n in by_length if a in self.choices[n]] for a in data["template_anchors"]}
        add_phrases(nlp, matcher, "DEF003", data["wrapper_phrases"])
        add_phrases(nlp, matcher, "DEF004", data["filler_phrases"])
        self.filler_not_after = word_list(data["filler_not_after"])

    def template_hits(self, ctx: Context) -> list[Hit]:
        text, hits = ctx.text, []
        for start, end in ctx.segments:
            if end - start > 2 * self.longest:
                continue
            found = self.match(text[start:end])
            if found:
                body_start, body_end, detail = found
                hits.append(Hit("DEF002", start + body_start, start + body_end, dict(detail)))
        return hits

    @functools.lru_cache(maxsize=SENTENCES_KEPT)  # noqa: B019 -- one detector per pipeline
    def match(self, segment: str) -> tuple[int, int, tuple] | None:
        """Where a sentence matches a default note: its body's span and the match details."""
        body_start, body_end = core(segment)
        query = utils.default_process(segment[body_start:body_end])
        if len(query) < 12:
            return None
        best = process.extractOne(
            query, self.choices, scorer=fuzz.ratio, processor=None, score_cutoff=self.cutoff
        )
        if best:
            return body_start, body_end, (("template", self.templates[best[2]]), ("score", f"{best[1]:.0f}"))
        if not self.anchors.search(query):  # tried on sentences holding a word of the templates only
            return None
        return self._inside(segment, body_start, query)

    def _inside(self, segment: str, body_start: int, query: str) -> tuple[int, int, tuple] | None:
        """ "I came across your profile and I'd like to add you to my professional network": the
        default sentence as the end or the middle of a longer one, aligned with rapidfuzz's partial
        ratio; tried only on sentences holding one of the templates' telling words (`anchors`)."""
        # The templates that hold a telling word the sentence holds, and are shorter than it.
        anchors = set(self.anchors.findall(query))
        shorter = {
            n: self.choices[n]
            for anchor in anchors
            for n in self.holding[anchor]
            if len(self.choices[n]) < len(query)
        }
        best = process.extractOne(
            query,
            shorter,
            scorer=fuzz.partial_ratio,
            processor=None,
            score_cutoff=self.inside_cutoff,
        )
        if best is None:
            return None
        n, score = best[2], best[1]
        found = fuzz.partial_ratio_alignment(self.choices[n], query)
        # The processed query keeps the body's characters one for one after its leading non-words.
        lead = body_start + next((i for i, c in enumerate(segment[body_start:]) if c.isalnum()), 0)
        start, end = lead + found.dest_start, lead + found.dest_end
        if segment[end : end + 1] in {".", "!"}:
            end += 1
        detail = (("template", self.templates[n]), ("score", f"{score:.0f}"), ("inside", "yes"))
        return start, end, detail

    def detect(self, ctx: Context) -> list[Hit]:
        text = ctx.text
        if not text.strip():
            return [Hit("DEF001", 0, len(text))]
        hits = self.template_hits(ctx)
        for start, _ in ctx.longest("DEF003"):
            line_start = text.rfind("\n", 0, start) + 1
            line_end = text.find("\n", start)
            line_end = len(text) if line_end < 0 else line_end
            hits.append(Hit("DEF003", line_start, line_end, {"phrase": text[line_start:line_end]}))
        hits += [
            h for h in ctx.phrase_hits("DEF004") if not ends_with_words(text, h.start, self.filler_not_after)
        ]
        return hits
