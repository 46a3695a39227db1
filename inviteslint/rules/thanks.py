"""Thanks in a note: for something the recipient did for the sender, a shared past (SPC102), in
English and the other languages; and a thanks that is itself a reason, which the reason check
(SPC002) reads."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable

from spacy.lang.en.stop_words import STOP_WORDS

from .base import Hit
from .context import (
    SENDER_OWNERS,
    SENDER_SUBJECTS,
    Context,
    more_stop_words,
    thanks_for,
    thanks_word,
    word_list,
)

FOUR_WORDS = re.compile(r"(?:\S+\s+){0,3}\S+")
# "Thank you for doing what you do for…", "thanks for being you": deeds that fit anyone.
GENERIC_DEEDS = {"doing", "being", "everything"}
APOSTROPHES = {"'", "’"}
# "thank you for taking my son into the nursery", "for taking me on": the sender or theirs taken in.
TAKEN = {"me", "us", "my", "our"}
NOT_TAKEN = {"request", "invitation", "invite", "message", "note", "time"}
# "thanks for fixing the zip on my daughter's gown", "for clearing the nest under our school's
# climbing frame", "for fixing the gate at our orchard", "for felling the oak over our nursery
# garden": done to the sender's own thing, or where it stands.
DONE_TO = {
    "on",
    "to",
    "with",
    "through",
    "during",
    "under",
    "behind",
    "outside",
    "beside",
    "at",
    "over",
    "above",
}
# "thanks for recovering the armchair my grandmother left me", "for taking in the dress I brought
# round": the thing done, then a clause of the sender's about it, makes it the sender's own.
THE_THING = {"the", "that", "those", "these"}
LET = {"letting", "allowing"}  # "thanks for letting me run the workshop at your hack night"


class Thanks:
    """Read from the specificity family's data; one instance per pipeline, used by its detector,
    which reads the lists both use from here (and `not_names` from its `Names`)."""

    def __init__(self, data: dict, not_names: set[str]):
        self.not_names = not_names
        self.categories = set(data["category_nouns"])
        self.objects = set(data["interaction_objects"])
        self.occasion_links = set(data["occasion_links"])
        self.platform_things = set(data["thanked_platform_things"])
        self.not_thanked = set(data["not_thanked_verbs"])
        self.not_let = set(data["not_let"])
        self.let_onward = set(data["let_onward"])
        self.sharing_verbs = set(data["sharing_verbs"])
        self.shared_determiners = set(data["shared_determiners"])
        self.shared_pieces = set(data["shared_pieces"])
        self.thanked_generic = set(data["thanked_generic"])
        self.help_pending = set(data["help_objects_pending"])
        self.help_nouns_other = set(data["help_nouns_other"])
        # Every thanks phrase as one regex alternation, for the patterns that start with a thanks.
        self.phrases = thanks = "|".join(map(re.escape, data["thanks_phrases"]))
        # What is thanked for: up to four words, to the first punctuation.
        self.said = re.compile(rf"\b(?:{thanks})\s+((?:[^\s.,!?;:]+ ){{0,3}}[^\s.,!?;:]+)")
        self.thanks_formulas = set(data["thanks_formulas"]) | self.not_thanked | self.thanked_generic
        self.thanks_words = tuple({phrase.split()[0] for phrase in data["thanks_phrases"]})
        self.thanks_for_that = tuple(data["thanks_for_that"])
        # The other languages' thanks, for a shared past; English and Polish have their own checks
        # (`thanked`, and specificity's `thanked_heads_pl`).
        others = [p for p in data["thanks_phrases"] if not p.startswith(("thank", "many", "dzi", "wielkie"))]
        other = "|".join(map(re.escape, others))
        self.thanks_other = re.compile(rf"\b(?:{other})\s+((?:[^\s.,!?;:]+ ){{0,5}}[^\s.,!?;:]+)", re.I)
        self.thanks_profile = set(data["thanks_profile_words"])
        self.thanks_other_words = {p.split()[0] for p in others}
        self.formulas_other = self.thanks_formulas | set(data["thanks_formulas_other"])
        self.sharing_other = set(data["sharing_verbs_other"])
        # In each spelling, as the work nouns are: "gracias por compartir el articulo".
        self.pieces_other = set(word_list(data["work_nouns_other"] + data["shared_pieces_other"]))
        self.gratitude_words = set(data["gratitude_words"])
        self.gratitude_fillers = set(data["gratitude_fillers"])
        self.gratitude_pairs = set(data["gratitude_filler_pairs"])
        self.gratitude_for = set(data["gratitude_for"])
        self.gratitude_not_in = data["gratitude_not_in"]

    def thanked(self, ctx: Context) -> list[Hit]:
        """ "thank you for mentoring me", "thanks for reviewing my PR", "thanks for sharing the post on
        onboarding": something the recipient did for the sender, thanked for; not a platform step
        ("thanks for accepting my request") nor a step in a seller's funnel ("for downloading our guide")."""
        lowers, tokens, hits = ctx.lowers, ctx.tokens, []
        i = 0
        while True:
            try:
                i = lowers.index("for", i + 1, tokens.n - 2)
            except ValueError:
                return hits
            # "thank you for stage-managing our run": the verb's last part after a hyphen.
            v = i + 3 if i + 4 < tokens.n and lowers[i + 2] == "-" and tokens.alpha[i + 1] else i + 1
            if (
                not thanks_for(lowers, i, self.not_thanked, v)
                and not self._taken_in(lowers, v)
                and not self._let(lowers, v)
            ):
                continue
            end = ctx.followed_by(tokens.end(v), self.objects, 2)
            if end is not None and self._on_the_platform(ctx, end):
                continue
            verb, then = lowers[v], lowers[v + 1]
            if end is None and verb in self.sharing_verbs and then in self.shared_determiners:
                end = ctx.followed_by(tokens.end(v + 1), self.shared_pieces, 3)
            if end is None and verb not in GENERIC_DEEDS:
                end = self._named_in_clause(ctx, v + 1) or self._for_the_sender(ctx, v + 1)
            if end is not None:
                start = tokens.idx[thanks_word(lowers, i)]
                hits.append(Hit("SPC102", start, end, {"phrase": ctx.text[start:end]}))

    def _on_the_platform(self, ctx: Context, end: int) -> bool:
        """ "thanks for looking at my profile", "for reading my post": the sender's own thing, the
        word after `end`, is one of the platform's (not "my pull request")."""
        k = bisect_left(ctx.tokens.idx, end)
        return k < ctx.tokens.n and ctx.lowers[k] in self.platform_things

    @staticmethod
    def _taken_in(lowers: list[str], v: int) -> bool:
        """ "thank you for taking my son into Little Acorns", "thanks for taking me on": "taking",
        a courtesy in "thanks for taking the time", with the sender or theirs as its object; not a
        step of the platform's ("for taking my request")."""
        return (
            v + 2 < len(lowers)
            and lowers[v] == "taking"
            and lowers[v + 1] in TAKEN
            and lowers[v + 2] not in NOT_TAKEN
            and thanks_for(lowers, v - 1, set(), v)
        )

    def _let(self, lowers: list[str], v: int) -> bool:
        """ "thank you for letting me run the pandas workshop", "thanks for allowing us to film in the
        yard", "thanks for letting our school group onto the bridge": the sender, or people of the
        sender's named in up to two words, let do something of theirs; not "letting me know",
        "allowing me to connect" (`not_let`), nor "letting my request through" (`NOT_TAKEN`)."""
        if v + 2 >= len(lowers) or lowers[v] not in LET:
            return False
        if lowers[v + 1] in SENDER_OWNERS:
            group, onward = lowers[v + 2 : v + 4], lowers[v + 3 : v + 5]
            let_in = not NOT_TAKEN.intersection(group) and bool(self.let_onward.intersection(onward))
            return let_in and thanks_for(lowers, v - 1, set(), v)
        if lowers[v + 1] not in {"me", "us"}:
            return False
        then = lowers[v + 3] if lowers[v + 2] == "to" and v + 3 < len(lowers) else lowers[v + 2]
        return then.isalpha() and then not in self.not_let and thanks_for(lowers, v - 1, set(), v)

    def _for_the_sender(self, ctx: Context, first: int) -> int | None:
        """ "thanks for sending over the backing tracks for our wedding band's set": done for the
        sender or the sender's own, said in the clause ("for our", "for my", "for me", "for us", up
        to eight words on, no punctuation); the end of that "our", else None."""
        tokens, lowers = ctx.tokens, ctx.lowers
        for j in range(first, min(first + 8, tokens.n - 1)):
            if tokens.punct[j] and lowers[j] not in APOSTROPHES:
                return None
            if lowers[j] == "for" and lowers[j + 1] in self.objects:
                return tokens.end(j + 1)
            # "thanks for stepping in as linesman when our assistant didn't turn up", "… before my
            # interview": the time of the sender's own need, as for a deed told (ties.py).
            if (
                j > first
                and lowers[j] in self.occasion_links
                and lowers[j + 1] in SENDER_OWNERS
                and j + 2 < tokens.n
                and tokens.alpha[j + 2]
                and lowers[j + 2] not in self.platform_things
            ):
                return tokens.end(j + 1)
            # "thanks for fixing the zip on my daughter's gown", "for keeping the shop open through
            # my mum's illness": done to the sender's own, or through their time, further on.
            if (
                lowers[j] in DONE_TO
                and lowers[j + 1] in self.objects
                and j + 2 < tokens.n
                and not self._on_the_platform(ctx, tokens.end(j + 1))
            ):
                return tokens.end(j + 1)
            if self._senders_clause(ctx, first, j):
                return tokens.end(j)
        return None

    def _senders_clause(self, ctx: Context, first: int, j: int) -> bool:
        """ "the armchair my grandmother left me", "the dress I brought round": at token `j`, the
        subject of a clause about the thing just named (`first` its article), the sender or the
        sender's own; not a thing of the platform's ("the request I sent")."""
        lowers, tokens = ctx.lowers, ctx.tokens
        if j < first + 2 or lowers[first] not in THE_THING or not tokens.alpha[j - 1]:
            return False
        thing = lowers[j - 1]
        if thing in STOP_WORDS or thing in self.platform_things:
            return False
        return lowers[j] in SENDER_SUBJECTS or (
            lowers[j] in SENDER_OWNERS and j + 1 < tokens.n and tokens.alpha[j + 1]
        )

    def _named_in_clause(self, ctx: Context, first: int) -> int | None:
        """ "thanks for fixing the crossing on Elm Road", "thank you for organising the Leeds
        repair café", "thank you for staying open late when our coach broke down outside Keswick":
        what was done named in the clause (up to twelve words, no punctuation) by a word in capitals
        that is no common word (`not_names`), or by its topic ("chairing the residents' meeting about
        the bus route cuts"); the end of that name or topic, else None."""
        tokens, lowers, text = ctx.tokens, ctx.lowers, ctx.text
        for j in range(first, min(first + 12, tokens.n)):
            if tokens.punct[j] and lowers[j] not in APOSTROPHES:  # "the residents' meeting" goes on
                return None
            if tokens.alpha[j] and tokens.length[j] > 1 and text[tokens.idx[j]].isupper():
                named = lowers[j] not in self.not_names and lowers[j] not in self.categories
                return tokens.end(j) if named else None
            if self._topic_after(ctx, j, first):
                return tokens.end(j + 3)
        return None

    @staticmethod
    def _topic_after(ctx: Context, j: int, first: int) -> bool:
        """ "about the bus route cuts" at token `j`, not right after the verb ("thanks for posting
        about the future of work" thanks for a theme): "about the", then two words, the first no
        stop word."""
        tokens, lowers = ctx.tokens, ctx.lowers
        return (
            lowers[j] == "about"
            and first < j
            and j + 3 < tokens.n
            and lowers[j + 1] == "the"
            and not (tokens.punct[j + 2] or tokens.punct[j + 3])
            and lowers[j + 2] not in STOP_WORDS
        )

    def thanked_other(self, ctx: Context) -> list[Hit]:
        """ "obrigado pela revisão do meu pull request", "tack för att du tog emot vår skolklass":
        thanks, in the other languages, for something the recipient did or gave; not for a step on
        the platform, a formula or a reply ("grazie per aver accettato", "merci pour votre retour":
        `thanks_formulas_other`), nor for what fits anyone ("danke für die tollen Inhalte")."""
        if self.thanks_other_words.isdisjoint(ctx.words):
            return []
        hits = []
        for match in self.thanks_other.finditer(ctx.text):
            words = match.group(1).lower().replace("’", "'").split()
            # Six words: "la visite de mon profil"; and help asked for, not given, ends the clause:
            # "tak for din hjælp med dette!" (`help_objects_pending`).
            if not self.thanks_profile.isdisjoint(words) or words[-1] in self.help_pending:
                continue
            # "Vielen Dank für Ihre Hilfe!": bare help, the help just asked for.
            if len(words) <= 2 and words[-1] in self.help_nouns_other:
                continue
            shared = self._piece_shared(words)
            words = words[:4]  # what is thanked for, as `_thanks_for_something` reads it
            pairs = {" ".join(words[i : i + 2]) for i in range(len(words) - 1)}
            if shared or (self.formulas_other.isdisjoint(words) and self.formulas_other.isdisjoint(pairs)):
                end = match.start(1) + FOUR_WORDS.match(match.group(1)).end()
                hits.append(Hit("SPC102", match.start(), end, {"phrase": ctx.text[match.start() : end]}))
        return hits

    def _piece_shared(self, words: list[str]) -> bool:
        """ "compartir el artículo sobre…", "partagé la vidéo de…", "Teilen des Artikels": one piece
        passed on, named within three words of the sharing verb, which opens what is thanked for."""
        verb = next((k for k, w in enumerate(words[:3]) if w in self.sharing_other), None)
        if verb is None:
            return False
        pieces = [w.rsplit("'", 1)[-1] for w in words[verb + 1 : verb + 4]]  # "l'article"
        return not self.pieces_other.isdisjoint(pieces)

    def said_outright(self, ctx: Context, sign_off: Callable[[], int], names: set[str]) -> bool:
        """ "…you paced me to my first sub-25. Thank you!", "Danke nochmal", "quería darte las
        gracias": thanks with nothing after it to say what for ("thanks for connecting" is read by
        `for_something`), not "in advance", nor the "Thanks," of a sign-off (where `sign_off()`
        says it starts, asked only of a thanks before a comma) unless the recipient's name (one of
        `names`) follows ("Thank you, Roy.")."""
        if self.gratitude_words.isdisjoint(ctx.words):
            return False
        lowers, tokens = ctx.lowers, ctx.tokens
        for i, word in enumerate(lowers):
            if word not in self.gratitude_words:
                continue
            j = i + 1
            while j < tokens.n:
                if lowers[j] in self.gratitude_fillers:
                    j += 1
                elif j + 1 < tokens.n and f"{lowers[j]} {lowers[j + 1]}" in self.gratitude_pairs:
                    j += 2
                else:
                    break
            then = lowers[j] if j < tokens.n else ""
            if then in self.gratitude_for or then.startswith(("d'", "d’")):
                continue
            addressed = j + 1 < tokens.n and lowers[j + 1] in names
            if then == "," and not addressed and tokens.idx[i] >= sign_off():
                continue
            languages = self.gratitude_not_in.get(word)
            if languages and more_stop_words(lowers, languages[0], languages[1:]):
                continue
            return True
        return False

    def opens(self, ctx: Context, hit: Hit) -> bool:
        """ "thanks for reviewing my pull request": a shared past read from a thanks for a deed."""
        first = ctx.low[hit.start : hit.start + 12].split(maxsplit=1)
        return bool(first) and first[0] in self.gratitude_words

    def for_something(self, low: str) -> bool:
        """ "thanks for the tip about DuckDB": a thanks that is a reason, not a formula ("thanks
        for connecting", "thank you for your time") nor for what fits anyone ("for the content")."""
        if not any(word in low for word in self.thanks_words):
            return False
        if any(phrase in low for phrase in self.thanks_for_that):
            return True
        for match in self.said.finditer(low):
            words = match.group(1).replace("’", "'").split()
            if self.thanks_formulas.isdisjoint(words) and " ".join(words[:2]) not in self.thanks_formulas:
                return True
        return False
