"""SPC: is the note about this recipient, with a reason? Positive signals and two checks."""

from __future__ import annotations

import bisect
import re
from functools import partial

from rapidfuzz.distance import OSA
from spacy.lang.en.stop_words import STOP_WORDS

from ..scoring import AGAINST_PITCH, specificity_points
from .base import Hit, Memo, family_data, points
from .breadth import Breadth
from .context import (
    POSSESSIVE,
    WORD,
    Context,
    Guarded,
    add_phrases,
    ends_with_words,
    past_tense,
    starts_with_words,
    word_list,
)
from .default_template import wrapper_clauses
from .names import Names
from .thanks import Thanks

DIGIT = re.compile(r"\d")
TYPOS_MAX = 100_000  # words remembered by the field-typo check before it starts again
INVOLVED_WITHIN = 9  # words after "I coach" that may name the group and say "too"
MODALS = {"would", "could", "will", "can", "should", "might", "may", "do", "does", "did"}
VERB_PREFIXES = {"re", "co", "pre", "over", "under", "out"}
HYPHENS = {"-", "‐", "‑"}
SENDERS = {"i", "we", "'ve", "’ve", "have"}  # "I bought", "I've bought", "we have ordered"
COMPANY_WORK = {"work", "approach"}
OFFERS = {"PIT003", "PIT013"}  # the sender's offer or record, which a "happy to share" can carry
# Characters after a reason in which generic filler makes it none: "because I noticed we share
# similar interests".
FILLER_WITHIN = 40
# "get your thesis formatted": a past participle right after the work.
PARTICIPLE = re.compile(r"\s+(?:\w+ed|done|written|proofread|seen|made)\b")
# The filters that drop a tie because it fits anyone, and the key of the reason SPC001 then gives.
LOOSE_TIES = (
    ("_school_only", "school"),
    ("_platform_tie", "platform"),
    ("_place_only", "place"),
    ("_industry_only", "field"),
    ("_generic_field", "field"),
    ("_category_only", "kind"),
)


class Detector:
    def __init__(self, nlp, matcher):
        data = family_data("specificity")
        self.threshold = float(data["threshold"])
        self.names = Names(data)
        self.thanks = Thanks(data, self.names.not_names)
        # The other languages' "your <work>" needs no phrases: the look-ahead below finds them.
        work = [f"{p} {n}" for p in data["work_possessives"] for n in data["work_nouns"]]
        dutch = [f"je {n}" for n in data["dutch_je_works"]]
        add_phrases(nlp, matcher, "SPC101", work + data["work_verbs"] + dutch)
        thanked = [f"{h} {n}" for h in data["thanked_heads_pl"] for n in data["thanked_nouns_pl"]]
        add_phrases(nlp, matcher, "SPC102", data["shared_phrases"] + thanked + data["help_thanks_phrases"])
        add_phrases(nlp, matcher, "SPC105", data["reason_phrases"])
        add_phrases(nlp, matcher, "SPC106", data["time_phrases"])
        add_phrases(nlp, matcher, "SPC107", data["role_phrases"])
        verbs = data["involvement_verbs"]
        also = [f"i also {v}" for v in verbs] + [f"i {v}" for v in verbs] + data["also_phrases"]
        add_phrases(nlp, matcher, "SPC:also", also)
        add_phrases(nlp, matcher, "SPC:mutual", data["mutual_phrases"])
        add_phrases(nlp, matcher, "SPC:connected", data["connected_phrases"])
        add_phrases(nlp, matcher, "SPC:je", data["dutch_je_heads"])
        add_phrases(nlp, matcher, "SPC:named", data["mutual_after_name"])
        add_phrases(nlp, matcher, "SPC:intro", data["introduction_asks"])
        # "your <up to two words> <work>": "your recent Medium article", "your training posts".
        self.possessives = {
            p for p in data["work_possessives"] + data["work_possessives_other"] if " " not in p
        }
        self.nouns = {n.lower() for n in data["work_nouns"] + data["work_nouns_other"] if " " not in n}
        self.nouns |= set(data["work_noun_plurals"])
        self.time_patterns = [re.compile(p) for p in data["time_patterns"]]
        german_time = data["german_past_time"]  # put where a pattern says <GERMAN_TIME>
        shared = [
            {**p, "pattern": p["pattern"].replace("<GERMAN_TIME>", german_time)}
            for p in data["interaction_other"] + data["shared_patterns"]
        ]
        self.shared_patterns = Guarded(shared)
        self.work_patterns = Guarded(data["work_patterns"])
        self.broad_group_words = set(data["broad_group_words"])
        self.guesses = word_list(data["guesses"])
        self.hinted_past = set(data["hinted_past"])
        self.remembered = set(data["remembered"])
        self.together_heads = set(data["together_heads"])
        self.together_words = set(data["together_words"])
        self.together_before = set(data["together_words_before"])
        self.together_past = set(data["together_past"])
        self.together_assembled = set(data["together_assembled"])
        self.name_links = set(data["name_links"])
        self.together_wishes = set(data["together_wishes"])
        self.together_apart = word_list(data["together_apart"])
        self.together_apart_other = word_list(data["together_apart_other"])
        self.sender_owners = set(data["sender_owners"])
        self.not_yet = set(data["not_yet_words"])
        self.not_yet_after = set(data["not_yet_after"])
        self.postposed_nouns = set(data["postposed_work_nouns"])
        self.postposed_possessives = set(data["postposed_possessives"])
        # Skip the patterns on notes without a digit, when every pattern needs one.
        self.time_needs_digit = all(re.search(r"\\d(?![?*]|\{0)", p) for p in data["time_patterns"])
        self.not_names = self.names.not_names
        self.awaited_replies = frozenset(data["awaited_replies"])
        self.awaiting = word_list(data["awaiting"])
        self.place_nouns, self.place_links = set(data["place_nouns"]), word_list(data["place_links"])
        self.other_reasons = re.compile(r"\b(?:" + "|".join(map(re.escape, data["other_reasons"])) + r")\b")
        # Their first words, to skip the expression on notes that hold none of them.
        self.reason_words = frozenset(phrase.split()[0] for phrase in data["other_reasons"])
        self.guess_not_names = self.not_names | {"i"}  # "I think…": the pronoun names nothing
        self.not_referrers = set(data["not_referrers"])
        self.mutual_ties = tuple(data["mutual_ties"])
        self.company_words = set(data["company_words"])
        self.deal_packages = set(data["deal_packages"])
        self.loose_tie_reasons: dict[str, str] = data["loose_tie_reasons"]
        self.same_groups = set(data["same_groups"])
        self.same_other = set(data["same_words_other"])
        self.same_groups_other = set(data["same_groups_other"])
        self.fellow_groups = set(data["fellow_groups"])
        self.generic_fields = set(data["generic_fields"])
        # Long enough that one typo away is no other word ("industy", "proffesion").
        self.long_fields = [f for f in self.generic_fields if len(f) >= 8]
        self.field_typo = Memo(self._is_field_typo, TYPOS_MAX)
        self.industries = set(data["industries"])
        self.breadth = Breadth(data, self.industries, self.generic_fields)
        self.telling_nouns = self.nouns - self.breadth.vague_nouns
        self.to_learn = word_list(data["to_learn"])
        self.feedback_asked = word_list(data["feedback_asked"])
        self.life_phases = tuple(data["life_phases"])
        self.carry_on = word_list(data["carry_on"])
        self.profile_roles = tuple(data["profile_roles"])
        self.you_words = set(data["you_words"])
        self.alumni = set(data["alumni_words"])
        self.school_verbs = set(data["school_verbs"])
        self.liking_words = set(data["liking_words"]) | self.alumni  # "we're both alumni of…"
        self.industry_places = set(data["industry_places"])
        self.past_verbs = set(data["past_verbs"])
        self.objects = self.thanks.objects
        self.not_interaction = set(data["not_interaction_verbs"])
        self.customer_verbs = set(data["customer_verbs"])
        self.visit_verbs = set(data["visit_verbs"])
        self.interaction_heads = {"you"} | self.customer_verbs | self.visit_verbs
        self.visited_places = set(data["visited_places"])
        self.running_verbs = set(data["running_verbs"])
        self.causatives = word_list(data["causatives"])
        self.bookkeeping = word_list(data["bookkeeping_verbs"])
        self.thanked_generic = self.thanks.thanked_generic
        self.help_thanks = {p.lower() for p in data["help_thanks_phrases"]}
        self.help_pending = self.thanks.help_pending
        self.place_words = word_list(data["place_words"])
        self.wishes = word_list(data["time_wishes"])
        self.ahead = word_list(data["time_ahead"])
        # "nice to meet you here", "just joined LinkedIn": the platform after a shared-context phrase.
        self.on_the_platform = word_list(family_data("claims")["met_here"] + data["platform_names"])
        self.joined_from_outside = word_list(data["joined_from_outside"])
        self.platform_words = {n for n in data["platform_names"] if " " not in n}
        self.not_reasons = word_list(data["reason_not_before"])
        self.not_after_reasons = word_list(data["reason_not_after"])
        self.own_work = {p.lower() for p in data["own_work_reasons"]}
        self.place_gap = int(data["place_gap"])
        self.place_before = set(data["place_before"])
        self.place_after = word_list(data["place_after"])
        self.regions_with_the = set(data["regions_with_the"])
        self.platform_surfaces = set(data["platform_surfaces"])
        self.platform_verbs = set(data["platform_verbs"])
        self.platform_ties = set(data["platform_ties"])
        self.institutions = set(data["institution_words"])
        self.pointing = set(data["pointing_words"])
        self.reminder_groups = self.same_groups | set(data["reminder_groups"])
        self.categories = self.thanks.categories
        self.instance_words = set(data["instance_words"])
        self.several_same = word_list(data["several_same"])
        self.bare_meetings = set(word_list(data["bare_meetings"]))
        self.meeting_anchors = word_list(data["meeting_anchors"])
        self.meeting_wishes = word_list(data["meeting_wishes"])
        self.clause_starts = set(data["clause_starts"])
        self.compound_possessives = set(data["compound_possessives_de"])
        self.compound_suffixes = tuple(data["compound_work_suffixes_de"])
        self.compound_possessives_nordic = set(data["compound_possessives_nordic"])
        self.compound_suffixes_nordic = tuple(data["compound_work_suffixes_nordic"])

    def detect(self, ctx: Context) -> list[Hit]:
        if not ctx.text.strip():
            return []
        work = [h for h in ctx.phrase_hits("SPC101") if not self._done_for_them(ctx, h)]
        # Up to three words between ("your open-source satellite imagery dataset"); three only when
        # none is a function word ("your move into UX research" is no piece of research).
        work += [
            h
            for h in map(
                partial(self._past_broad_word, ctx),
                ctx.lookahead_hits(self.possessives, self.nouns, "SPC101", gap=3),
            )
            if (
                len(words := h.detail["phrase"].lower().split()) < 5
                or not STOP_WORDS.intersection(words[1:-1])
            )
            and self.sender_owners.isdisjoint(words[1:-1])
            and not self._wanted_by_seller(ctx, h, words)
        ]
        # "Impressed by Mollie's work on their SDK… I'd love to learn about opportunities": beside the
        # sender's own career ask (PIT018), a company's work is what every applicant to it praises,
        # nothing of the recipient's.
        career_ask = any(h.code in AGAINST_PITCH for h in ctx.hits)
        if not career_ask:
            work += self._company_work(ctx)
        work += self._compound_work(ctx) + self._dutch_je(ctx)
        work += self.work_patterns.found(ctx, "SPC101")
        work += ctx.lookahead_hits(self.postposed_nouns, self.postposed_possessives, "SPC101", gap=0)
        work = [
            h
            for h in work
            if not self._their_accounts(ctx, h)
            and not self._a_deal(ctx, h)
            and not self._awaited(ctx, h)
            and not self._a_place(ctx, h)
            and not self._done_by_seller(ctx, h)
            # "I'd love to learn more about your approach to supply chain analytics": wished for.
            and ends_with_words(ctx.text, h.start, self.to_learn) is None
            and not self._feedback_asked(ctx, h)
            # "Congrats on your new chapter at Retail Group": a time of life, not a book's chapter.
            and not ctx.text[h.start : h.end].lower().endswith(self.life_phases)
            and not self.breadth.praise_only(ctx, h)
        ]
        # "I noticed your role at Klarna and am very interested in UX positions": beside a career ask,
        # their role is what every applicant to the company reads off a profile (not a move of
        # theirs: "saw you moved from QA into the platform team").
        roles = [
            h
            for h in ctx.phrase_hits("SPC107")
            if not (career_ask and ctx.low.startswith(self.profile_roles, h.start))
        ]
        hits = [h for h in work + roles if not self.breadth.vague(ctx, h)]
        shared = self._shared(ctx)
        # "Would love to continue the conversation" after "I saw your talk at the conference": a
        # conversation carried on points back at something else in the note, and says nothing alone.
        if not any(h.code == "SPC101" for h in hits) and all(self._carried_on(ctx, h) for h in shared):
            shared = []
        hits += shared + self._reasons(ctx)
        hits += [
            h
            for h in ctx.phrase_hits("SPC106")
            if not ends_with_words(ctx.text, h.start, self.wishes) and not self._ahead(ctx, h)
        ]
        if not self.time_needs_digit or DIGIT.search(ctx.text):
            years = _pattern_hits("SPC106", self.time_patterns, ctx.text)
            hits += [h for h in years if not (career_ask and self._own_year(ctx, h))]
        hits += self.names.named(ctx)
        hits = self._not_booked(ctx, hits)
        greeted = self.names.recipient(ctx)
        if greeted:
            hits.append(Hit("SPC104", greeted[1], greeted[2], {"phrase": greeted[0]}))
        if "DEF003" in ctx.matches:
            clauses = wrapper_clauses(ctx)
            hits = [h for h in hits if not any(s <= h.start and h.end <= e for s, e in clauses)]
        hits += self.checks(ctx, hits)
        return hits

    def _dutch_je(self, ctx: Context) -> list[Hit]:
        """ "ik las je artikel", "bedankt voor je uitgebreide antwoord": Dutch "je" as "your", after a
        verb of reading, hearing or thanking, then a work noun within three words."""
        hits = []
        for hit in ctx.phrase_hits("SPC:je", "SPC101"):
            end = ctx.followed_by(hit.end, self.nouns, 3)
            if end is not None and self.sender_owners.isdisjoint(ctx.text[hit.end : end].lower().split()):
                hits.append(Hit("SPC101", hit.start, end, {"phrase": ctx.text[hit.start : end]}))
        return hits

    def _company_work(self, ctx: Context) -> list[Hit]:
        """ "Impressed by Razorpay's work on UPI Autopay", "Notion's approach to community-led growth":
        one capitalised name, then "'s work" or "'s approach" (with its subject, as for "your work"),
        is the recipient's company's work. Not its report, study or article: "Gartner's report on AI
        adoption" is read by everyone and cited in pitches. Nor two names before it: a person, most
        often a famous one ("Simon Sinek's work on leadership"); unless the second is a company's
        word (`company_words`: "Habitat Lab's work on modular housing")."""
        tokens, hits = ctx.tokens, []
        for hit in ctx.lookahead_hits(POSSESSIVE, COMPANY_WORK, "SPC101", gap=0):
            i = bisect.bisect_left(tokens.idx, hit.start) - 1
            if (
                i >= 0
                and tokens.end(i) == hit.start
                and self._name_word(ctx, i)
                and not (i > 0 and self._name_word(ctx, i - 1) and ctx.lowers[i] not in self.company_words)
            ):
                start = tokens.idx[i - 1] if i > 0 and self._name_word(ctx, i - 1) else tokens.idx[i]
                hits.append(Hit("SPC101", start, hit.end, {"phrase": ctx.text[start : hit.end]}))
        return hits

    def _compound_work(self, ctx: Context) -> list[Hit]:
        """ "deine Porträtserie über Hamburger Hafenarbeiter", "Ihr neuer Fachartikel": a German
        possessive, then (one lower-case word may come between) a capitalised compound that ends
        in a piece of work. The same in Swedish, Danish and Norwegian, where the compound is in
        lower case: "din matlagningskurs för nyanlända"."""
        hits = []
        if not self.compound_possessives.isdisjoint(ctx.words):
            hits += self._compounds(ctx, self.compound_possessives, self.compound_suffixes, capitalised=True)
        if not self.compound_possessives_nordic.isdisjoint(ctx.words):
            hits += self._compounds(
                ctx, self.compound_possessives_nordic, self.compound_suffixes_nordic, capitalised=False
            )
        return hits

    def _compounds(self, ctx: Context, possessives: set, suffixes: tuple, capitalised: bool) -> list[Hit]:
        tokens, lowers, hits = ctx.tokens, ctx.lowers, []
        for i, word in enumerate(lowers):
            if word not in possessives:
                continue
            for j in (i + 1, i + 2):
                if j >= tokens.n or not tokens.alpha[j]:
                    break
                noun = lowers[j]
                if capitalised and not tokens.title[j]:
                    continue  # one lower-case word between: "Ihr neuer Fachartikel"
                if any(noun.endswith(s) and len(noun) > len(s) + 2 for s in suffixes):
                    start = tokens.idx[i]
                    hits.append(
                        Hit("SPC101", start, tokens.end(j), {"phrase": ctx.text[start : tokens.end(j)]})
                    )
                    break
                if capitalised or tokens.title[j]:
                    break
        return hits

    def _wanted_by_seller(self, ctx: Context, hit: Hit, words: list[str]) -> bool:
        """ "A quote for your next project": work not made yet (`not_yet_words`), after a word that
        asks for it (`not_yet_after`)."""
        if self.not_yet.isdisjoint(words[1:-1]):
            return False
        i = bisect.bisect_left(ctx.tokens.idx, hit.start)
        return i > 0 and ctx.lowers[i - 1] in self.not_yet_after

    def _past_broad_word(self, ctx: Context, hit: Hit) -> Hit:
        """ "your Content Marketing World session": a broad noun ("content") that a more telling work
        noun follows closely, as in a name, gives way to it."""
        if ctx.lowers[bisect.bisect_left(ctx.tokens.idx, hit.end) - 1] not in self.breadth.vague_nouns:
            return hit
        end = ctx.followed_by(hit.end, self.telling_nouns, 3)
        if end is None:
            return hit
        return Hit(hit.code, hit.start, end, {"phrase": ctx.text[hit.start : end]})

    def _shared(self, ctx: Context) -> list[Hit]:
        """A shared context: a phrase, or belonging to the same group; not a field that fits anyone
        ("we're both in the tech space", "we both work in healthcare")."""
        hits = [
            h
            for h in ctx.phrase_hits("SPC102")
            if not (
                self._industry_only(ctx, h)
                or self._unnamed(ctx, h)
                or self._place_only(ctx, h)
                or self._alumni_as_a_class(ctx, h)
                or self._category_only(ctx, h)
                or bool(starts_with_words(ctx.text, h.end, self.on_the_platform))
                or bool(ends_with_words(ctx.text, h.start, self.joined_from_outside))
                or bool(starts_with_words(ctx.text, h.end, self.together_apart_other))
                or self._bare_meeting(ctx, h)
                or (h.detail["phrase"].lower().startswith("thank") and self._thanks_for_anything(ctx, h))
                or self._help_pending(ctx, h)
            )
        ]
        hits += self._reminder(ctx)
        hits += [
            h
            for h in ctx.lookahead_hits({"same"}, self.same_groups, "SPC102")
            if self.broad_group_words.isdisjoint(h.detail["phrase"].lower().split())
        ]
        # "el mismo grupo de LinkedIn": a group on the platform, which anyone can join.
        hits += [
            h
            for h in ctx.lookahead_hits(self.same_other, self.same_groups_other, "SPC102", gap=1)
            if ctx.followed_by(h.end, self.platform_words, 2) is None
        ]
        fellows = ctx.lookahead_hits({"fellow"}, self.fellow_groups, "SPC102")
        # "fellow alum here!" names no school, "connecting with fellow volunteers" nothing they
        # volunteer for: something named in the sentence says which group.
        hits += [h for h in fellows if not self._unnamed(ctx, h) and self._named_in_sentence(ctx, h)]
        # These already need a named thing ("I'm also in product marketing at Notion").
        hits += [h for h in ctx.phrase_hits("SPC:also", "SPC102") if self._also(ctx, h)]
        hits += self._mutual(ctx)
        hits += self._interaction(ctx) + self.thanks.thanked(ctx) + self.thanks.thanked_other(ctx)
        hits += self.shared_patterns.found(ctx, "SPC102")
        together = ctx.lookahead_hits(self.together_heads, self.together_words, "SPC102", gap=5)
        together += ctx.lookahead_hits(self.together_before, self.together_heads, "SPC102", gap=1)
        hits += [h for h in together if not starts_with_words(ctx.text, h.end, self.together_apart_other)]
        hits += ctx.lookahead_hits({"remember"}, self.remembered, "SPC102", gap=5)
        hits += self._did_together(ctx)
        return [
            h
            for h in hits
            if not self._generic_field(ctx, h)
            and not self._school_only(ctx, h)
            and not self._platform_tie(ctx, h)
            and not self._several(ctx, h)
            and not self._guessed(ctx, h)
            and not self._hinted(ctx, h)
            and not ctx.denied(h.start, h.end)  # "we have never worked together"
        ]

    def _hinted(self, ctx: Context, hit: Hit) -> bool:
        """ "Do you remember me? Would be lovely to reconnect.": a past hinted at (`hinted_past`) in
        a note that names nothing between the greeting and the sign-off and gives no number fits
        anyone."""
        if hit.detail["phrase"].lower().replace("’", "'") not in self.hinted_past:
            return False
        greeted = ctx.greeting_name
        signed = self.names.sign_off_start(ctx)
        if DIGIT.search(ctx.text, 0, signed):
            return False
        idx = ctx.tokens.idx
        first = bisect.bisect_left(idx, greeted[2]) if greeted else 0
        return not self._names_something(ctx, range(first, bisect.bisect_left(idx, signed)))

    def _names_something(self, ctx: Context, indices: range) -> bool:
        """A capitalised word among these tokens that does not open a sentence and is no common
        word ("I" included): a name, told by its capital."""
        tokens, text, starts, lowers = ctx.tokens, ctx.text, ctx.segment_starts, ctx.lowers
        return any(
            tokens.idx[i] not in starts
            and tokens.alpha[i]
            and text[tokens.idx[i]].isupper()
            and lowers[i] not in self.guess_not_names
            for i in indices
        )

    def _guessed(self, ctx: Context, hit: Hit) -> bool:
        """ "I think we went to the same school?", "acho que já nos conhecemos": a shared past guessed
        at (`guesses` in its sentence, before the claim ends), with nothing named in it, fits anyone.
        "I think we met at PyCon Lisbon" names the occasion and stays."""
        start = ctx.segments[ctx.segment_index(hit.start)][0]
        # The guess hedges the claim, so it comes before its end: "maybe we could grab a coffee"
        # after "we met at the meetup" is a suggestion.
        before = ctx.low[start : hit.end].replace("’", "'")
        if not any(guess in before for guess in self.guesses):
            return False
        return not self._names_something(ctx, _sentence_after_greeting(ctx, hit.start))

    def _did_together(self, ctx: Context) -> list[Hit]:
        """ "we coached the u10s together", "we went to Lincoln High together": "we", a verb in the
        past, then "together" within five words. Not "we could work together", nor a wish or plan
        in the past: "we wanted to explore working together" (`together_wishes`), nor something
        done without them: "we read your report together with our board" (`together_apart`), nor
        something assembled: "we put together a quick guide" (`together_assembled`)."""
        lowers, tokens, hits = ctx.lowers, ctx.tokens, []
        if "together" not in ctx.words or "we" not in ctx.words:
            return hits
        wishes = self.together_wishes
        for i, word in enumerate(lowers[:-2]):
            verb = lowers[i + 1]
            if (
                word != "we"
                or verb in wishes
                or verb in self.together_assembled
                or not (verb in self.together_past or self._past(verb))
            ):
                continue
            end = ctx.followed_by(tokens.end(i + 1), {"together"}, 5)
            if end is None:
                continue
            last = bisect.bisect_left(tokens.idx, end) - 1
            if wishes.isdisjoint(lowers[i + 2 : last]) and not starts_with_words(
                ctx.text, end, self.together_apart
            ):
                hits.append(Hit("SPC102", tokens.idx[i], end, {"phrase": ctx.text[tokens.idx[i] : end]}))
        return hits

    def _generic_field(self, ctx: Context, hit: Hit) -> bool:
        """ "we're both in the tech space", "both in the nonprofit world": a field that fits anyone,
        in lower case ("we met at the Mobile World Congress" names one event). Its name may take a
        few words: "we both work in the HR/Employee Experience field". A long field word one typo
        away is the same word: "we are both in the creative industy"."""
        end = ctx.followed_by(hit.end, self.generic_fields, 7)
        if end is None:
            i = bisect.bisect_left(ctx.tokens.idx, hit.end)
            near = ctx.lowers[i : i + 8]
            misspelt = {w for w in near if len(w) >= 7 and self.field_typo[w]}
            end = ctx.followed_by(hit.end, misspelt, 7) if misspelt else None
        if end is None:
            return False
        return not ctx.tokens.title[bisect.bisect_left(ctx.tokens.idx, end) - 1]

    def _is_field_typo(self, word: str) -> bool:
        return word not in self.generic_fields and any(
            OSA.distance(word, field, score_cutoff=1) <= 1 for field in self.long_fields
        )

    def _category_only(self, ctx: Context, hit: Hit) -> bool:
        """ "we're both Irish", "we're both Arsenal fans working in finance", "we're both members of
        a few design groups": a kind of person both are (`category_nouns`, within three words after
        "both"), with nothing in the clause pointing at one place both are in: "at", "on" or "of",
        then a name, with or without "the" ("we're both parents at Oakfield Primary", "both members
        of the Leeds Rotary Club"); "in" only with "the" ("in Boston" is a city, which fits anyone)."""
        if "both" not in hit.detail["phrase"].lower().split():
            return False
        tokens, lowers, text = ctx.tokens, ctx.lowers, ctx.text
        j = bisect.bisect_left(tokens.idx, hit.end)
        stop = j
        while stop < tokens.n and not tokens.punct[stop] and stop - j < 12:
            stop += 1
        if not any(lowers[k] in self.categories for k in range(j, min(j + 3, stop))):
            return False
        for k in range(j, stop - 1):
            if lowers[k] not in self.instance_words:
                continue
            after = k + 2 if lowers[k + 1] in {"the", "our", "this"} and k + 2 < stop else k + 1
            if lowers[k] == "in" and after == k + 1:
                continue
            if text[tokens.idx[after]].isupper() and lowers[after] not in self.not_names:
                return False
        return True

    def _bare_meeting(self, ctx: Context, hit: Hit) -> bool:
        """ "Nice to meet you! Let's connect": said to anyone, unless where or when follows; and "it
        would be great to meet you at the expo", a meeting wished for, not had."""
        phrase = hit.detail["phrase"].lower().replace("’", "'")
        if phrase not in self.bare_meetings:
            return False
        return ends_with_words(ctx.text, hit.start, self.meeting_wishes) or not starts_with_words(
            ctx.text, hit.end, self.meeting_anchors
        )

    def _mutual(self, ctx: Context) -> list[Hit]:
        """ "we both know Ana Ruiz": a person both know, by first and last name (one the platform shows
        as a mutual connection, "you're connected to Ana Ruiz", only with the sender's own tie to them
        said after: `_tie_told`); or by a name before what they did ("Clara suggested we connect",
        "Tom Fischer and I were discussing…")."""
        tokens, hits = ctx.tokens, []
        connected = [(h, True) for h in ctx.phrase_hits("SPC:connected", "SPC102")]
        for hit, shown in [(h, False) for h in ctx.phrase_hits("SPC:mutual", "SPC102")] + connected:
            j = bisect.bisect_left(tokens.idx, hit.end)
            if j + 1 < tokens.n and self._name_word(ctx, j) and self._name_word(ctx, j + 1):
                end = tokens.end(j + 1)
                if shown and not self._tie_told(ctx, end):
                    continue
                hits.append(Hit("SPC102", hit.start, end, {"phrase": ctx.text[hit.start : end]}))
        for hit in ctx.phrase_hits("SPC:named", "SPC102"):
            i = bisect.bisect_left(tokens.idx, hit.start) - 1
            if i >= 0 and self._name_word(ctx, i) and ctx.lowers[i] not in self.not_referrers:
                start = tokens.idx[i - 1] if i > 0 and self._name_word(ctx, i - 1) else tokens.idx[i]
                hits.append(Hit("SPC102", start, hit.end, {"phrase": ctx.text[start : hit.end]}))
        return hits

    def _tie_told(self, ctx: Context, pos: int) -> bool:
        """The sender's own tie to a person the platform shows as a mutual connection, said after
        the name in its sentence or the next: "… Helen Park - she and I ran the pilot together"."""
        index = ctx.segment_index(pos)
        last = min(index + 1, len(ctx.segments) - 1)
        after = ctx.low[pos : ctx.segments[last][1]].replace("’", "'")
        return any(tie in after for tie in self.mutual_ties)

    def _name_word(self, ctx: Context, i: int) -> bool:
        tokens = ctx.tokens
        return tokens.title[i] and tokens.alpha[i] and ctx.lowers[i] not in self.not_names

    def _several(self, ctx: Context, hit: Hit) -> bool:
        """ "we're in some of the same Slack communities": more than one group, which fits anyone."""
        start, end = ctx.segments[ctx.segment_index(hit.start)]
        segment = ctx.text[start:end].lower().replace("’", "'")
        return any(phrase in segment for phrase in self.several_same)

    def _reasons(self, ctx: Context) -> list[Hit]:
        """A concrete reason; not in a note asking for advice for the sender's own career (PIT018):
        there the reason is that ask, which fits anyone ("any tips?", "I'd love to hear how…");
        nor building a network ("I'm building a network in the Gulf"); nor an offer inside it; nor
        the sender's own work where the note sounds out a buyer (`own_work_reasons`)."""
        if any(h.code in AGAINST_PITCH for h in ctx.hits):
            return []
        # "Happy to share how we helped Ramp": the reason is an offer (PIT003, PIT013) made inside it,
        # or lies inside one ("we might be able to help with…").
        offers = [(h.start, h.end) for h in ctx.hits if h.code in OFFERS]
        # Filler in the reason's own sentence: (where it starts, that sentence).
        fillers = [(h.start, ctx.segment_index(h.start)) for h in ctx.hits if h.code == "DEF004"]
        probed = any(h.code == "PIT012" for h in ctx.hits)
        return [
            h
            for h in ctx.phrase_hits("SPC105") + self._introduction(ctx)
            if not starts_with_words(ctx.text, h.end, self.not_reasons)
            and not ends_with_words(ctx.text, h.start, self.not_after_reasons)
            and not (probed and h.detail["phrase"].lower().replace("’", "'") in self.own_work)
            and not any(start <= h.end and h.start <= end for start, end in offers)
            and not any(
                0 <= start - h.end <= FILLER_WITHIN and sentence == ctx.segment_index(h.start)
                for start, sentence in fillers
            )
        ]

    def _introduction(self, ctx: Context) -> list[Hit]:
        """ "Would you be open to connecting me with James at Coolwave?": an introduction asked to
        someone the recipient knows, by name; not to whoever holds a role ("introduce me to your
        head of procurement", a buyer sought: PIT015), nor to a kind of people ("connect me with
        Kubernetes experts": a lower-case noun after the capital, other than `name_links`), nor to
        someone's team ("introduce me to Google's recruiters")."""
        tokens, lowers, hits = ctx.tokens, ctx.lowers, []
        for hit in ctx.phrase_hits("SPC:intro", "SPC105"):
            j = bisect.bisect_left(tokens.idx, hit.end)
            after = (
                j + 1 < tokens.n
                and tokens.alpha[j + 1]
                and lowers[j + 1] == ctx.text[tokens.idx[j + 1] : tokens.end(j + 1)]
            )
            if after and lowers[j + 1] not in self.name_links:
                continue
            if j + 1 < tokens.n and lowers[j + 1] in POSSESSIVE:
                continue
            if j < tokens.n and self._name_word(ctx, j):
                end = tokens.end(j)
                hits.append(Hit("SPC105", hit.start, end, {"phrase": ctx.text[hit.start : end]}))
        return hits

    @staticmethod
    def _not_booked(ctx: Context, hits: list[Hit]) -> list[Hit]:
        """Without the time of a call asked for ("15 minutes on Thursday?"): it is no shared past."""
        calls = {ctx.segment_index(h.start) for h in ctx.hits if h.code == "PIT001"}
        if not calls:
            return hits
        return [h for h in hits if h.code != "SPC106" or ctx.segment_index(h.start) not in calls]

    def _help_pending(self, ctx: Context, hit: Hit) -> bool:
        """ "Thank you for your help with this!" after a request: help asked for, not given."""
        return hit.detail["phrase"].lower().replace("’", "'") in self.help_thanks and (
            ctx.followed_by(hit.end, self.help_pending, 1) is not None
        )

    def _thanks_for_anything(self, ctx: Context, hit: Hit) -> bool:
        """ "thank you for the great content you share": thanks anyone could be given."""
        return ctx.followed_by(hit.end, self.thanked_generic, 2) is not None

    def _their_accounts(self, ctx: Context, hit: Hit) -> bool:
        """ "Happy to tidy your books", "we rebalance your portfolio": the books a bookkeeper keeps
        and the investments an adviser manages, not the books they wrote or the work they show."""
        return ctx.text[hit.start : hit.end].lower().endswith(("books", "portfolio")) and bool(
            ends_with_words(ctx.text, hit.start, self.bookkeeping)
        )

    def _a_deal(self, ctx: Context, hit: Hit) -> bool:
        """ "your equity package", "your company's employee benefits package": a deal someone is
        offered (`deal_packages`), not a software package they wrote ("your GitHub package for…")."""
        words = ctx.text[hit.start : hit.end].lower().split()
        return words[-1] == "package" and len(words) > 2 and words[-2] in self.deal_packages

    def _a_place(self, ctx: Context, hit: Hit) -> bool:
        """ "any PhD openings in your lab", "a place in your lab": their lab as where one would work,
        not a piece of their work (`place_nouns` after `place_links`)."""
        said = ctx.text[hit.start : hit.end].lower().split()
        if len(said) != 2 or said[1] not in self.place_nouns:
            return False
        return ends_with_words(ctx.text, hit.start, self.place_links) is not None

    def _done_by_seller(self, ctx: Context, hit: Hit) -> bool:
        """ "get your thesis formatted in 48 hours", "have your book edited": their work, as what the
        sender would have done to it (a causative before, a past participle right after)."""
        return (
            ctx.text[hit.start : hit.start + 5].lower() == "your "
            and PARTICIPLE.match(ctx.text, hit.end) is not None
            and ends_with_words(ctx.text, hit.start, self.causatives) is not None
        )

    def _done_for_them(self, ctx: Context, hit: Hit) -> bool:
        """ "get you set up", "help you build", "help your team migrate…": what the sender offers to
        do, not their work. Nor "As you mentioned, here is our deck": "as you <verb>" with nothing
        after it in its clause refers to nothing, a formula."""
        said = ctx.text[hit.start : hit.start + 9].lower()
        if said.startswith("you ") and ends_with_words(ctx.text, hit.start, ("as",)):
            after = ctx.text[hit.end : hit.end + 2].lstrip()
            if not after or not after[0].isalnum():
                return True
        return said.startswith(("you ", "your team")) and bool(
            ends_with_words(ctx.text, hit.start, self.causatives)
        )

    def _alumni_as_a_class(self, ctx: Context, hit: Hit) -> bool:
        """ "a pleasure to connect with fellow Cornell alumni": alumni in the plural after "fellow"
        or "other" are a class of people, every one of them, not a tie between two."""
        if hit.detail["phrase"].lower() != "alumni":
            return False
        tokens, lowers = ctx.tokens, ctx.lowers
        i = bisect.bisect_left(tokens.idx, hit.start)
        for j in range(i - 1, max(i - 5, -1), -1):
            if tokens.punct[j]:
                return False
            if lowers[j] in {"fellow", "other"}:
                return True
        return False

    def _school_only(self, ctx: Context, hit: Hit) -> bool:
        """ "you're also a Bocconi alum", "fellow Michigan Ross alum", "we both studied at UFPE": a
        school both went to, with no year in its sentence, is a tie to its thousands of alumni. "We
        both graduated from Bilkent in 2015", "MBA class of 2019" name a cohort and stay."""
        words = hit.detail["phrase"].lower().split()
        if words[-1] not in self.alumni and not _both_then(ctx, hit, words, self.school_verbs, 1):
            return False
        start, end = ctx.segments[ctx.segment_index(hit.start)]
        return DIGIT.search(ctx.text, start, end) is None

    def _platform_tie(self, ctx: Context, hit: Hit) -> bool:
        """ "we're both connected with Ana Ruiz": a mutual connection, which the platform shows anyone."""
        return _both_then(ctx, hit, hit.detail["phrase"].lower().split(), self.platform_ties, 1)

    def _place_only(self, ctx: Context, hit: Hit) -> bool:
        """ "we're both in Amsterdam!", "we both went to university in India", "we're both in the
        Bristol area": a city, a country or the area around one, nothing after it, and before it
        nothing named, fits anyone."""
        if "both" not in hit.detail["phrase"].lower().split():
            return False
        tokens, lowers = ctx.tokens, ctx.lowers
        j = bisect.bisect_left(tokens.idx, hit.end)
        for _ in range(self.place_gap + 1):
            if j >= tokens.n:
                return False
            place = starts_with_words(ctx.text, tokens.idx[j], self.place_words)
            if place:
                break
            if tokens.punct[j] or not tokens.alpha[j] or tokens.title[j] or lowers[j] in self.pointing:
                return False
            j += 1
        else:
            return False
        j += len(place.split())
        # "in the Bristol area" is a region; "in the Rotary Club" is one group both are in; "the
        # Midlands" is a region by its name.
        has_the = j < tokens.n and lowers[j] == "the" and not place.endswith("the")
        needs_area = has_the and not (j + 1 < tokens.n and lowers[j + 1] in self.regions_with_the)
        j += has_the
        if j < tokens.n and lowers[j] in self.place_before:
            j += 1
        names = 0
        while j < tokens.n and tokens.title[j] and names < 2:
            if lowers[j] in self.institutions:
                return False
            j, names = j + 1, names + 1
        # "we're both in the bristol area", typed in lower case: one word, then the area.
        lower_area = not names and needs_area and j + 1 < tokens.n and tokens.alpha[j]
        if lower_area and starts_with_words(ctx.text, tokens.idx[j + 1], self.place_after):
            j, names = j + 1, 1
        after = None
        if names and j < tokens.n:
            after = starts_with_words(ctx.text, tokens.idx[j], self.place_after)
        if after:
            j += len(after.split())
        elif needs_area:
            return False
        return names > 0 and (j == tokens.n or tokens.punct[j] or lowers[j] in {"and", "but", "so"})

    def _reminder(self, ctx: Context) -> list[Hit]:
        """ "its mike from the 7am spin class", "it's jen from antenatal class": the sender named as
        one of a group both were in."""
        lowers, tokens, hits = ctx.lowers, ctx.tokens, []
        if "from" not in lowers:  # a list scan in C; most notes stop here
            return hits
        for i, word in enumerate(lowers[: tokens.n - 3]):
            if word not in {"it's", "its", "it’s"} and not (word == "it" and lowers[i + 1] in {"'s", "’s"}):
                continue
            j = i + 1 if word != "it" else i + 2
            # "from the spin class", or with no "the" before a group in lower case ("from antenatal
            # class"; not "from Acme's sales team", the sender's own employer).
            if j + 2 < tokens.n and tokens.alpha[j] and lowers[j + 1] == "from":
                if lowers[j + 2] == "the":
                    start = tokens.end(j + 2)
                elif ctx.text[tokens.idx[j + 2]].islower():
                    start = tokens.end(j + 1)
                else:
                    continue
                end = ctx.followed_by(start, self.reminder_groups, 4)
                if end is not None:
                    hits.append(Hit("SPC102", tokens.idx[i], end, {"phrase": ctx.text[tokens.idx[i] : end]}))
        return hits

    def _unnamed(self, ctx: Context, hit: Hit) -> bool:
        """ "we're both alumni of a large university", "we both have a passion for leadership": an
        alumni tie or a shared liking (`liking_words`, which hold the alumni words too) with nothing
        named in its sentence fits anyone. A name after "a" or "an" is a kind of place, not one
        place: "alumni of a Big Four firm", "graduates of a Russell Group university"; but a name
        right before the alumni word is the school: "you're also a Bocconi alum"."""
        words = hit.detail["phrase"].lower().split()
        if words[-1] not in self.alumni and not _both_then(ctx, hit, words, self.liking_words, 2):
            return False
        tokens, text, starts = ctx.tokens, ctx.text, ctx.segment_starts
        if words[-1] in self.alumni and len(words) == 1:
            i = bisect.bisect_left(tokens.idx, hit.start) - 1
            if (
                i > 0
                and tokens.end(i) < hit.start
                and tokens.alpha[i]
                and text[tokens.idx[i]].isupper()
                and tokens.idx[i] not in starts
                and ctx.lowers[i] not in self.not_names
            ):
                return False
        return not self._named_in_sentence(ctx, hit)

    def _named_in_sentence(self, ctx: Context, hit: Hit) -> bool:
        """A name in the hit's sentence (after its greeting), not one after "a" or "an" ("alumni of a
        Big Four firm" is a kind of place)."""
        tokens, text, starts = ctx.tokens, ctx.text, ctx.segment_starts
        lowers, kind = ctx.lowers, False
        for i in _sentence_after_greeting(ctx, hit.start):
            at = tokens.idx[i]
            if (
                at not in starts
                and tokens.alpha[i]
                and tokens.length[i] > 1
                and text[at].isupper()
                and lowers[i] not in self.not_names
            ):
                kind = kind or (i > 0 and lowers[i - 1] in {"a", "an"})  # the run of capitals goes on
                if not kind:
                    return True
            else:
                kind = False
        return False

    def _industry_only(self, ctx: Context, hit: Hit) -> bool:
        """ "we both work in healthcare": an industry after "in", and no place in it after that."""
        end = ctx.followed_by(hit.end, self.industries, 4)
        if end is None:
            return False
        i = bisect.bisect_left(ctx.tokens.idx, end) - 1  # the industry word
        after = ctx.lowers[i + 1] if i + 1 < ctx.tokens.n else ""
        return ctx.lowers[i - 1] == "in" and after not in self.industry_places

    def _interaction(self, ctx: Context) -> list[Hit]:
        """ "you fixed my bike", "you lent us your drill": something the recipient did for the
        sender; "I trained with you": something done together; "I bought your boots": the sender
        was their customer. And "the project you led": a piece of their work (SPC101)."""
        lowers, tokens, text, hits = ctx.lowers, ctx.tokens, ctx.text, []
        wanted = self.interaction_heads
        for i in [i for i, word in enumerate(lowers) if word in wanted]:
            word = lowers[i]
            before = lowers[i - 1] if i else ""
            verb = i + 1
            # "you re-covered my chair", "you co-wrote our bid": the verb after its hyphenated prefix.
            if verb + 2 < tokens.n and lowers[verb] in VERB_PREFIXES and lowers[verb + 1] in HYPHENS:
                verb += 2
            after = lowers[verb] if verb < tokens.n else ""
            # "would you let me…", "could you send me…": a request, not something they did
            past = word == "you" and before not in MODALS and self._past(after)
            # The platform put them there: "you appeared in my suggestions" (not "on my podcast").
            shown = (
                past
                and after in self.platform_verbs
                and not self.platform_surfaces.isdisjoint(lowers[i + 2 : i + 8])
            )
            end = ctx.followed_by(tokens.end(verb), self.objects, 2) if past and not shown else None
            # Further on ("you spotted the clash between my dad's pills"), unless a piece of their
            # work comes before ("the framework you described is exactly what our team…") or the
            # platform put them there ("you came up in my feed").
            surfaced = shown or lowers[i + 2 : i + 4] in (["up", "in"], ["up", "on"])
            if end is None and past and not surfaced and before not in self.nouns:
                end = ctx.followed_by(tokens.end(verb), self.objects, 6)
            if end is not None:
                hits.append(Hit("SPC102", tokens.idx[i], end, {"phrase": text[tokens.idx[i] : end]}))
            elif (
                word == "you"
                and (past or after in self.running_verbs)
                and before in self.nouns
                and before not in self.breadth.vague_nouns
            ):
                # "the project you handed off", "the food tour you run": a piece of their work
                start, end = tokens.idx[i - 1], tokens.end(i + 1)
                hits.append(Hit("SPC101", start, end, {"phrase": text[start:end]}))
            elif word == "you" and not past and i > 1 and before == "with" and self._past(lowers[i - 2]):
                start, end = tokens.idx[i - 2], tokens.end(i)
                hits.append(Hit("SPC102", start, end, {"phrase": text[start:end]}))
            elif word in self.visit_verbs and i and lowers[i - 1] in SENDERS:
                # "we had our wedding lunch at your restaurant": a visit, where a place of theirs follows
                end = ctx.followed_by(tokens.end(i), {"your"}, 8)
                end = end and ctx.followed_by(end, self.visited_places, 2)
                if end:
                    start = tokens.idx[i - 1]
                    hits.append(Hit("SPC102", start, end, {"phrase": text[start:end]}))
            elif word in self.customer_verbs and i and lowers[i - 1] in SENDERS:
                # "I bought one of your boards", "I bought the jacket you designed"
                end = ctx.followed_by(tokens.end(i), {"your", "you"}, 5)
                if end is not None and text[end - 3 : end].lower() == "you":
                    j = bisect.bisect_left(tokens.idx, end)
                    end = tokens.end(j) if j < tokens.n and self._past(lowers[j]) else None
                if end is not None:
                    start = tokens.idx[i - 1]
                    hits.append(Hit("SPC102", start, end, {"phrase": text[start:end]}))
        return hits

    def _past(self, verb: str) -> bool:
        """A verb in the past that is not a step on the platform ("viewed", "connected")."""
        return past_tense(verb, self.past_verbs, self.not_interaction)

    def _also(self, ctx: Context, hit: Hit) -> bool:
        """ "I also coach <a named thing>", "I'm also in <a named thing>", or "I coach <a named thing
        or there> ... too / as well", all in one clause. With nothing named ("I also play golf", "I'm
        also a marketer", "I teach yoga too") it fits anyone."""
        tokens, lowers, text = ctx.tokens, ctx.lowers, ctx.text
        named, too = False, "also" in hit.detail["phrase"].lower().split()
        start = bisect.bisect_left(tokens.idx, hit.end)
        for j in range(start, min(start + INVOLVED_WITHIN, tokens.n)):
            if tokens.punct[j] or tokens.space[j]:
                break
            word = lowers[j]
            if word == "and" and j + 1 < tokens.n and lowers[j + 1] in self.clause_starts:
                break
            named = (
                named
                or word == "there"
                or (
                    tokens.length[j] > 1
                    and text[tokens.idx[j]].isupper()
                    and word not in self.not_names
                    and word not in self.industries
                )
            )  # "I'm also in IT", "I'm also in B2B marketing" name a field, not a group
            too = too or word == "too" or (word == "well" and lowers[j - 1] == "as")
        return named and too

    def _ahead(self, ctx: Context, hit: Hit) -> bool:
        """ "this Friday", "next Wednesday", "until Friday": a day ahead or a deadline; not "until
        last year", a time past."""
        phrase = ctx.text[hit.start : hit.end].lower()
        if phrase.startswith(("last", "yesterday")):
            return False
        return bool(ends_with_words(ctx.text, hit.start, self.ahead))

    def _awaited(self, ctx: Context, hit: Hit) -> bool:
        """ "Aguardo sua resposta", "I look forward to your reply": the answer the sender waits for."""
        if ctx.text[hit.start : hit.end].lower().split()[-1] not in self.awaited_replies:
            return False
        return ends_with_words(ctx.text, hit.start, self.awaiting) is not None

    def _feedback_asked(self, ctx: Context, hit: Hit) -> bool:
        """ "I'd love your feedback on my latest project": their feedback wished for, not given."""
        return ctx.low.endswith("feedback", hit.start, hit.end) and bool(
            ends_with_words(ctx.text, hit.start, self.feedback_asked)
        )

    def _carried_on(self, ctx: Context, hit: Hit) -> bool:
        """ "continue the conversation", "keep the conversation going"."""
        return hit.detail["phrase"].lower() == "the conversation" and bool(
            ends_with_words(ctx.text, hit.start, self.carry_on)
        )

    def _own_year(self, ctx: Context, hit: Hit) -> bool:
        """ "SAP-zertifiziert (2023 & 2025)", "I graduated in 2024": in a note asking for the sender's
        own career, a bare year in a sentence that says nothing of "you" dates the sender's path ("the
        practice you left in 2021" dates theirs)."""
        if not ctx.text[hit.start : hit.end].isdigit():
            return False
        start, end = ctx.segments[ctx.segment_index(hit.start)]
        return self.you_words.isdisjoint(WORD.findall(ctx.text[start:end].lower().replace("’", "'")))

    def checks(self, ctx: Context, signals: list[Hit]) -> list[Hit]:
        codes = ctx.codes()
        # Nothing specific, no reason given: claims the rules cannot make of a note they do not
        # read (STY006 says so instead).
        if "DEF002" in codes or "DEF001" in codes or ctx.script():
            return []
        spec = specificity_points({h.code for h in signals} | codes)
        end = len(ctx.text.rstrip())
        hits = []
        if spec < self.threshold:
            loose = self._loose_tie(ctx)
            hits.append(Hit("SPC001", 0, end, {"because": f" ({loose})"} if loose else {}))
        # The sender's own career ask (PIT018) is their reason, whether or not a call comes with it.
        has_reason = (
            any(h.code == "SPC105" for h in signals)
            or "?" in ctx.text
            or any(h.code in AGAINST_PITCH for h in ctx.hits)
        )
        if (
            not has_reason
            and points(codes, "PIT") == 0
            and len(ctx.text.split()) >= 8
            and not (self.reason_words & ctx.words and self.other_reasons.search(ctx.low))
            and not self.thanks.for_something(ctx.low)
        ):
            hits.append(Hit("SPC002", 0, end))
        return hits

    def _loose_tie(self, ctx: Context) -> str | None:
        """Why a tie the note names did not count, said to its writer: "we both studied at Warwick"
        fits all its alumni (`loose_tie_reasons`); None when the note names no such tie."""
        for hit in ctx.phrase_hits("SPC102"):
            for method, key in LOOSE_TIES:
                if getattr(self, method)(ctx, hit):
                    return self.loose_tie_reasons[key]
        return None


def _both_then(ctx: Context, hit: Hit, words: list[str], targets: set[str], within: int) -> bool:
    """A phrase with "both" in it ("we both", "we're both"), then one of `targets` within `within`
    words: "we both studied at…", "we're both connected with…", "we both love…"."""
    return "both" in words and ctx.followed_by(hit.end, targets, within) is not None


def _pattern_hits(code: str, patterns: list[re.Pattern], text: str) -> list[Hit]:
    return [Hit(code, m.start(), m.end(), {"phrase": m.group()}) for p in patterns for m in p.finditer(text)]


def _sentence_after_greeting(ctx: Context, pos: int) -> range:
    """The tokens of the sentence at `pos`, after the recipient's name if a greeting names them:
    that name is no shared thing."""
    start, end = ctx.segments[ctx.segment_index(pos)]
    greeted = ctx.greeting_name
    start = max(start, greeted[2] if greeted else 0)
    return range(bisect.bisect_left(ctx.tokens.idx, start), bisect.bisect_left(ctx.tokens.idx, end))
