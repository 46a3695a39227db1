"""STY: readability (textstat grade level), shouting, exclamation runs, emoji and links."""

from __future__ import annotations

import re
from functools import cache

from ..offsets import EMOJI
from .base import Hit, Memo, family_data
from .context import Context, more_stop_words
from .syllables import Syllables

EXCLAMATIONS = re.compile(r"!{2,}")


@cache
def syllables() -> Memo:
    """textstat's syllable counts (rules/syllables.py), once per distinct word: counting the whole
    note re-splits and re-counts every word of every note."""
    return Memo(Syllables().count, 200_000)


def grade(words: list[str], sentences: int) -> float:
    """Flesch-Kincaid grade from words already tokenised and a sentence count."""
    if not words or not sentences:
        return 0.0
    per_word = sum(map(syllables().__getitem__, words)) / len(words)
    return 0.39 * len(words) / sentences + 11.8 * per_word - 15.59


class Detector:
    def __init__(self, nlp, matcher):
        data = family_data("style")
        self.data = data
        self.acronyms = {a.upper() for a in data["acronyms"]}
        syllables()  # the table loads now, not on the first note

    def _shouted_sentence(self, ctx: Context, words: list[int], caps: list[int]) -> list[Hit]:
        """ "… I came across your profile. HOPE TO CONNECT SOON.": one sentence shouted in a note that
        is not, its all-caps words (`min_caps_words` at least) most of its words
        (`sentence_caps_share`)."""
        data, tokens = self.data, ctx.tokens
        by_sentence: dict[int, list[int]] = {}
        for i in caps:
            by_sentence.setdefault(ctx.segment_index(tokens.idx[i]), []).append(i)
        for sentence, shouted in by_sentence.items():
            start, end = ctx.segments[sentence]
            in_sentence = [i for i in words if start <= tokens.idx[i] < end and tokens.length[i] >= 3]
            if len(shouted) >= data["min_caps_words"] and len(shouted) >= data["sentence_caps_share"] * len(
                in_sentence
            ):
                first, last = tokens.idx[shouted[0]], tokens.end(shouted[-1])
                return [Hit("STY001", first, last, {"count": str(len(shouted))})]
        return []

    def detect(self, ctx: Context) -> list[Hit]:
        text, data = ctx.text, self.data
        if not text.strip():
            return []
        hits = []
        end = len(text.rstrip())
        tokens = ctx.tokens
        words = [i for i, alpha in enumerate(tokens.alpha) if alpha]
        caps = [
            i
            for i in words
            if tokens.upper[i]
            and tokens.length[i] >= 3
            and text[tokens.idx[i] : tokens.end(i)] not in self.acronyms
        ]
        if len(caps) >= data["min_caps_words"] and len(caps) >= data["caps_share"] * len(words):
            hits.append(Hit("STY001", tokens.idx[caps[0]], tokens.end(caps[-1]), {"count": str(len(caps))}))
        elif len(caps) >= data["min_caps_words"]:
            hits += self._shouted_sentence(ctx, words, caps)
        runs = list(EXCLAMATIONS.finditer(text))
        if runs:
            hits += [Hit("STY002", m.start(), m.end(), {"phrase": m.group()}) for m in runs]
        elif text.count("!") > 3:
            last = text.rfind("!")
            hits.append(Hit("STY002", text.find("!"), last + 1, {"phrase": f"{text.count('!')} marks"}))
        # Counted in the note as written: its plain reading drops emoji between words.
        emoji = list(EMOJI.finditer(ctx.source))
        if len(emoji) > data["max_emoji"]:
            hits.append(Hit("STY003", emoji[0].start(), emoji[-1].end(), {"count": str(len(emoji))}))
        script = ctx.script
        if script:
            hits.append(Hit("STY006", 0, end, {"script": script}))
        links = ctx.urls
        if len(links) > data["max_links"]:
            hits.append(Hit("STY004", links[0][0], links[-1][1], {"count": str(len(links))}))
        if len(words) >= data["min_words_for_grade"]:
            lowers = ctx.lowers
            graded = [lowers[i] for i in words]
            level = grade(graded, ctx.sentences)
            ctx.features["grade"] = level
            # The formula and its syllable counts are English: "tesis sobre el mismo tema" is not
            # hard to read. Asked only of the few notes over the grade, as shown (one decimal), so that
            # "grade 12.0" is never flagged against a limit of 12.
            if round(level, 1) > data["max_grade"] and more_stop_words(graded, "en", data["other_languages"]):
                hits.append(
                    Hit("STY005", 0, end, {"grade": f"{level:.1f}", "max_grade": f"{data['max_grade']:g}"})
                )
        return hits
