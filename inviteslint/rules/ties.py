"""Whether the note names a context the sender and the recipient share (SPC102): a phrase ("we met
at…"), a group both belong to, a person both know, something done together or for the sender;
and not a tie that fits anyone (a field, a school with no year, a city, a mutual connection the
platform shows). The specificity detector asks it for the note's ties and, for its SPC001
message, why a tie it found did not count."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable

from rapidfuzz.distance import OSA
from spacy.lang.en.stop_words import STOP_WORDS

from .base import Hit, Memo, family_data
from .breadth import Breadth
from .context import (
    DIGIT,
    POSSESSIVE,
    SENDER_OWNERS,
    SENDER_SUBJECTS,
    WORD,
    Context,
    Guarded,
    ends_with_words,
    past_tense,
    starts_with_words,
    word_list,
)
from .names import Names
from .thanks import Thanks

TYPOS_MAX = 100_000  # words remembered by the field-typo check before it starts again
INVOLVED_WITHIN = 9  # words after "I coach" that may name the group and say "too"
MODALS = {"would", "could", "will", "can", "should", "might", "may", "do", "does", "did"}
VERB_PREFIXES = {"re", "co", "pre", "over", "under", "out", "cross"}
# "… and still found time", "and even drove us home": words between "and" and a second deed.
AND_ADVERBS = frozenset({"still", "even", "also", "then", "later", "kindly"})
# "when I'd locked myself out", "after we had broken down".
PAST_PERFECT = frozenset({"had", "'d", "’d"})
# "… and wrote a kind note on my son's first patchwork": how far the second deed may reach the sender's own.
SECOND_DEED_REACH = 6
# "…, even my son", "…, including our twins": the sender's own among those a deed reached.
AMONG = frozenset({"even", "including", "especially"})
PERFECT_AUX = {"'ve", "’ve", "have", "had", "'d", "’d"}  # "you've fixed", "you had sorted"
ME_US = {"me", "us"}
SAMEN = {"samen"}  # Dutch "together", before the verb in a clause after "dat"
WE_NL = ("we", "wij")  # "we samen", not "jullie samen"
EVEN_END = re.compile(r"\beven$")  # "even if you did book me": "if" that grants, not asks
# "you always left me a biscuit", "you once fixed my bike", "you kindly lent us": a word of how or how
# often between "you" and the deed.
DEED_ADVERBS = {"always", "once", "even", "kindly", "also", "then", "personally", "patiently", "generously"}
HYPHENS = {"-", "‐", "‑"}
RELATIVES = {"who", "that", "which"}  # "Bramble, the hearing dog who…"
PRESENT_BE = {"'re", "’re", "are"}  # "you're the one who…"
WHERE_WHEN = {"where", "when"}  # "the forum where you explained…", told from the sender's side
WAS = {"was", "were"}  # "I was at the forum where you…"
VERB_BEFORE_FIELD = {"both", "we", "i", "also"}  # "we both trade at…": "trade" a verb, no field
CLAUSE_TAIL = {"too", "and", "so", "as", "but", "now", "here", "either"}  # "in the bar trade too"
NAMED_GROUP_GAP = 4  # "the same Code First Girls cohort"
GROUP_WORDS = {"group", "groups"}  # "the Data Science UK group on here"
NAME_JOINERS = {"and", "&", "of", "for", "the"}  # "the same Founders and Coders cohort"
# "You were first to our house", "you were the first on the scene": there first, for the sender.
FIRST_THERE = {"to", "at", "on"}
FIRST_FOR = {"our", "my", "me", "us", "the"}
# How far after "you and" the verb of a subject they share may come ("you and the other volunteers
# at the Men's Shed in Frome rebuilt…").
COMPOUND_REACH = 12
# "You signed at my wedding", "you signed for our nativity play": signing, in sign language, for an
# occasion of the sender's.
SIGNED_AT = {"at", "for", "during", "throughout"}
SENDERS = {"i", "we", "'ve", "’ve", "have"}  # "I bought", "I've bought", "we have ordered"
FAMILY_AUX = {"has", "have", "had", "'s", "’s"}  # "my mum has bought", "my dad's ordered"
MEMBERS = {"members", "member"}
# The filters that drop a tie because it fits anyone, and the key of the reason SPC001 then gives.
LOOSE_TIES = (
    ("_school_only", "school"),
    ("_body_only", "body"),
    ("_platform_tie", "platform"),
    ("_place_only", "place"),
    ("_industry_only", "field"),
    ("_generic_field", "field"),
    ("_category_only", "kind"),
)


class Ties:
    """Read from the specificity family's data; one instance per pipeline, used by its detector."""

    def __init__(
        self,
        data: dict,
        names: Names,
        thanks: Thanks,
        breadth: Breadth,
        nouns: set[str],
        generic_fields: set[str],
    ):
        self.names, self.thanks, self.breadth, self.nouns = names, thanks, breadth, nouns
        self.not_names = names.not_names
        self.industries = breadth.industries
        self.generic_fields = generic_fields
        self.clause_end_fields = set(data["clause_end_fields"])
        german_time = data["german_past_time"]  # put where a pattern says <GERMAN_TIME>
        shared = [
            {**p, "pattern": p["pattern"].replace("<GERMAN_TIME>", german_time)}
            for p in data["interaction_other"] + data["shared_patterns"]
        ]
        self.shared_patterns = Guarded(shared)
        self.broad_group_words = set(data["broad_group_words"])
        self.guesses = word_list(data["guesses"])
        self.hinted_past = set(data["hinted_past"])
        self.asked_if = word_list(data["asked_if"])
        self.remembered = set(data["remembered"])
        # In each spelling: "bylismy razem" typed without its accents.
        self.together_heads = set(word_list(data["together_heads"]))
        self.together_words = set(word_list(data["together_words"]))
        self.together_before = set(word_list(data["together_words_before"]))
        self.after_samen = set(data["together_after_samen"])
        self.together_endings = tuple(data["together_head_endings"])
        self.together_past = set(data["together_past"])
        self.together_assembled = set(data["together_assembled"])
        self.together_wishes = set(data["together_wishes"])
        self.together_within = int(data["together_within"])
        self.together_apart = word_list(data["together_apart"])
        self.together_apart_other = word_list(data["together_apart_other"])
        self.guess_not_names = self.not_names | {"i"}  # "I think…": the pronoun names nothing
        self.not_referrers = set(data["not_referrers"])
        self.mutual_ties = tuple(data["mutual_ties"])
        self.mutual_seen = set(data["mutual_seen"])
        self.loose_tie_reasons: dict[str, str] = data["loose_tie_reasons"]
        self.same_groups = set(data["same_groups"])
        self.same_other = set(data["same_words_other"])
        self.same_groups_other = set(data["same_groups_other"])
        self.fellow_groups = set(data["fellow_groups"])
        # Long enough that one typo away is no other word ("industy", "proffesion").
        self.long_fields = [f for f in self.generic_fields if len(f) >= 8]
        self.field_typo = Memo(self._is_field_typo, TYPOS_MAX)
        self.alumni = set(data["alumni_words"])
        self.own_school_years = tuple(data["own_school_years"])
        self.cohort_words = set(data["cohort_words"])
        self.school_verbs = set(data["school_verbs"])
        self.school_visits = set(data["school_visits"])
        self.bodies = set(data["professional_bodies"])
        self.liking_words = set(data["liking_words"]) | self.alumni  # "we're both alumni of…"
        self.industry_places = set(data["industry_places"])
        self.past_verbs = set(data["past_verbs"])
        self.participles = set(data["past_participles"])
        self.objects = self.thanks.objects
        self.occasion_links = set(data["occasion_links"])
        self.moment_links = set(data["moment_links"])
        self.clause_breaks = set(data["clause_breaks"])
        self.time_verbs = set(data["time_verbs"])
        self.durations = set(data["durations"])
        self.not_interaction = set(data["not_interaction_verbs"])
        self.direct_deeds = set(data["direct_deed_verbs"])
        self.not_stressed = set(data["stress_not_verbs"])
        self.customer_verbs = set(data["customer_verbs"])
        self.family = set(data["family_customers"])
        self.we_among = set(data["we_among_verbs"])
        self.visit_verbs = set(data["visit_verbs"])
        self.interaction_heads = {"you"} | self.customer_verbs | self.visit_verbs
        self.visited_places = set(data["visited_places"])
        self.running_verbs = set(data["running_verbs"])
        self.thanked_generic = self.thanks.thanked_generic
        self.help_thanks = {p.lower() for p in data["help_thanks_phrases"]}
        self.help_pending = self.thanks.help_pending
        self.place_words = word_list(data["place_words"])
        # Words after a shared-context phrase that undo it: the platform ("nice to meet you here",
        # "just joined LinkedIn") and, in the other languages, interests or values met in
        # ("coincidimos en intereses profesionales"), which fit anyone.
        self.undone_after = word_list(
            family_data("claims")["met_here"]
            + data["platform_names"]
            + data["platform_firsts"]
            + data["likings_after_other"]
        )
        self.joined_from_outside = word_list(data["joined_from_outside"])
        self.parts_wished = word_list(data["parts_wished"])
        self.firm_history = word_list(data["firm_history"])
        self.pairings = {p.lower() for p in data["pairing_phrases"]}
        self.pairing_machines = set(data["pairing_machines"])
        self.sent_by_not_after = word_list(data["sent_by_not_after"])
        self.sent_by_not_before = word_list(data["sent_by_not_before"])
        self.platform_words = {n for n in data["platform_names"] if " " not in n}
        self.place_gap = int(data["place_gap"])
        self.big_events = set(data["big_events"])
        self.event_when = set(data["event_when"])
        self.place_before = set(data["place_before"])
        self.place_after = word_list(data["place_after"])
        self.regions_with_the = set(data["regions_with_the"])
        self.platform_surfaces = set(data["platform_surfaces"])
        self.platform_verbs = set(data["platform_verbs"])
        self.platform_ties = set(data["platform_ties"])
        self.platform_group_after = word_list(data["platform_group_after"])
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

    def _sent_to_network(self, ctx: Context, h: Hit) -> bool:
        """ "On behalf of my manager", "my mentor told me to connect with…": someone of the sender's
        own who sent them out to network is no tie to the recipient."""
        if not h.detail["phrase"].lower().startswith("my "):
            return False
        return bool(
            starts_with_words(ctx.text, h.end, self.sent_by_not_before)
            or ends_with_words(ctx.text, h.start, self.sent_by_not_after)
        )

    def shared(self, ctx: Context) -> list[Hit]:
        """A shared context: a phrase, or belonging to the same group; not a field that fits anyone
        ("we're both in the tech space", "we both work in healthcare")."""
        hits = [
            h
            for h in ctx.phrase_hits("SPC102")
            if not (
                self._industry_only(ctx, h)
                or self._unnamed(ctx, h)
                or self._place_only(ctx, h)
                or self._event_only(ctx, h)
                or self._alumni_as_a_class(ctx, h)
                or self._category_only(ctx, h)
                or bool(starts_with_words(ctx.text, h.end, self.undone_after))
                or bool(ends_with_words(ctx.text, h.start, self.joined_from_outside))
                or self._paired_by_a_machine(ctx, h)
                or (
                    h.detail["phrase"].lower() == "since our"
                    and starts_with_words(ctx.text, h.end, self.firm_history) is not None
                )
                # "Could you be my mentor?": the part wished for, not one they had.
                or (
                    h.detail["phrase"].lower().startswith("my ")
                    and ends_with_words(ctx.text, h.start, self.parts_wished) is not None
                )
                or self._sent_to_network(ctx, h)
                or bool(starts_with_words(ctx.text, h.end, self.together_apart_other))
                or self._bare_meeting(ctx, h)
                or self._platform_group(ctx, h)
                or (h.detail["phrase"].lower().startswith("thank") and self._thanks_for_anything(ctx, h))
                or self._help_pending(ctx, h)
            )
        ]
        hits += self._reminder(ctx)
        # "the same Code First Girls cohort": a group's name may take up to four words, in capitals.
        hits += [
            h
            for h in ctx.lookahead_hits({"same"}, self.same_groups, "SPC102", gap=NAMED_GROUP_GAP)
            if self.broad_group_words.isdisjoint(h.detail["phrase"].lower().split()) and _short_or_named(h)
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
        heads = self.together_heads
        if not (self.together_words.isdisjoint(ctx.words) and self.together_before.isdisjoint(ctx.words)):
            heads = heads | {w for w in ctx.words if self._plural_past(w)}
        together = ctx.lookahead_hits(heads, self.together_words, "SPC102", gap=5)
        together += ctx.lookahead_hits(self.together_before, heads, "SPC102", gap=1)
        together += [
            h
            for h in ctx.lookahead_hits(SAMEN, self.after_samen, "SPC102", gap=4)
            if ends_with_words(ctx.text, h.start, WE_NL)
        ]
        hits += [h for h in together if not starts_with_words(ctx.text, h.end, self.together_apart_other)]
        hits += ctx.lookahead_hits({"remember"}, self.remembered, "SPC102", gap=5)
        hits += self._did_together(ctx)
        # "We both attended University of Leeds… would you like to catch up?": a school, a professional
        # body or a mutual connection that fits anyone names nothing that would make a hinted past count.
        loose = [
            h
            for h in hits
            if self._school_only(ctx, h) or self._body_only(ctx, h) or self._platform_tie(ctx, h)
        ]
        loose_sentences = {ctx.segment_index(h.start) for h in loose}
        return [
            h
            for h in hits
            if h not in loose
            and not self._generic_field(ctx, h)
            and not self._several(ctx, h)
            and not self._guessed(ctx, h)
            and not self._hinted(ctx, h, loose_sentences)
            and not self._asked_if(ctx, h)
            and not ctx.denied(h.start, h.end)  # "we have never worked together"
        ]

    def _paired_by_a_machine(self, ctx: Context, hit: Hit) -> bool:
        """ "The LinkedIn algorithm matched us": a pairing (`pairing_phrases`) the platform or an app
        made, named before it in its sentence, is no scheme both joined."""
        if hit.detail["phrase"].lower() not in self.pairings:
            return False
        start, _ = ctx.segments[ctx.segment_index(hit.start)]
        return not self.pairing_machines.isdisjoint(WORD.findall(ctx.low[start : hit.start]))

    def _asked_if(self, ctx: Context, hit: Hit) -> bool:
        """ "I wondered if you booked us for May": a deed asked after or supposed; not "even if you
        did book me twice", which grants it."""
        asked = ends_with_words(ctx.text, hit.start, self.asked_if)
        if asked is None:
            return False
        before = ctx.text[max(0, hit.start - 60) : hit.start].rstrip().lower()
        return not EVEN_END.search(before[: -len(asked)].rstrip())

    def _hinted(self, ctx: Context, hit: Hit, loose_sentences: set[int]) -> bool:
        """ "Do you remember me? Would be lovely to reconnect.": a past hinted at (`hinted_past`) in
        a note that names nothing between the greeting and the sign-off, outside the sentences of
        a tie that fits anyone (`loose_sentences`), and gives no number fits anyone."""
        if hit.detail["phrase"].lower().replace("’", "'") not in self.hinted_past:
            return False
        greeted = ctx.greeting_name
        signed = self.names.sign_off_start(ctx)
        if DIGIT.search(ctx.text, 0, signed):
            return False
        idx = ctx.tokens.idx
        first = bisect.bisect_left(idx, greeted[2]) if greeted else 0
        indices = range(first, bisect.bisect_left(idx, signed))
        if loose_sentences:
            indices = [i for i in indices if ctx.segment_index(idx[i]) not in loose_sentences]
        return not self._names_something(ctx, indices)

    def _names_something(self, ctx: Context, indices: Iterable[int]) -> bool:
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
        past, then "together" within `together_within` words. Not "we could work together", nor a wish or plan
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
            end = ctx.followed_by(tokens.end(i + 1), {"together"}, self.together_within)
            if end is None:
                continue
            last = bisect.bisect_left(tokens.idx, end) - 1
            if wishes.isdisjoint(lowers[i + 2 : last]) and not starts_with_words(
                ctx.text, end, self.together_apart
            ):
                hits.append(Hit("SPC102", tokens.idx[i], end, {"phrase": ctx.text[tokens.idx[i] : end]}))
        return hits

    def _plural_past(self, word: str) -> bool:
        """ "trenowałyśmy", "nuotavamo", "remábamos", "competimos": a first person plural past by its
        ending (`together_head_endings`); in -imos, no accent before the ending ("próximos")."""
        if not word.endswith(self.together_endings) or len(word) < 6:
            return False
        return not word.endswith("imos") or word.isascii()

    def _generic_field(self, ctx: Context, hit: Hit) -> bool:
        """ "we're both in the tech space", "both in the nonprofit world": a field that fits anyone,
        in lower case ("we met at the Mobile World Congress" names one event). Its name may take a
        few words: "we both work in the HR/Employee Experience field". A long field word one typo
        away is the same word: "we are both in the creative industy"."""
        end = ctx.followed_by(hit.end, self.generic_fields, 7)
        if end is None and (last := ctx.followed_by(hit.end, self.clause_end_fields, 7)) is not None:
            k = bisect.bisect_left(ctx.tokens.idx, last)
            end = last if k >= ctx.tokens.n or ctx.tokens.punct[k] or ctx.lowers[k] in CLAUSE_TAIL else None
        if end is None:
            i = bisect.bisect_left(ctx.tokens.idx, hit.end)
            near = ctx.lowers[i : i + 8]
            misspelt = {w for w in near if len(w) >= 7 and self.field_typo[w]}
            end = ctx.followed_by(hit.end, misspelt, 7) if misspelt else None
        if end is None:
            return False
        field = bisect.bisect_left(ctx.tokens.idx, end) - 1
        # "we both trade at Spitalfields market": the word as the verb after "both" is no field.
        return not ctx.tokens.title[field] and (field == 0 or ctx.lowers[field - 1] not in VERB_BEFORE_FIELD)

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
        as a mutual connection, "you're connected to Ana Ruiz" or "I noticed we both know Ana Ruiz",
        only with the sender's own tie to them said after: `_tie_told`); or by a name before what
        they did ("Clara suggested we connect", "Tom Fischer and I were discussing…")."""
        tokens, hits = ctx.tokens, []
        connected = [(h, True) for h in ctx.phrase_hits("SPC:connected", "SPC102")]
        for hit, shown in [(h, False) for h in ctx.phrase_hits("SPC:mutual", "SPC102")] + connected:
            j = bisect.bisect_left(tokens.idx, hit.end)
            if j + 1 < tokens.n and self.name_word(ctx, j) and self.name_word(ctx, j + 1):
                end = tokens.end(j + 1)
                shown = shown or self._seen(ctx, hit.start)
                if shown and not self._tie_told(ctx, end):
                    continue
                hits.append(Hit("SPC102", hit.start, end, {"phrase": ctx.text[hit.start : end]}))
        for hit in ctx.phrase_hits("SPC:named", "SPC102"):
            i = bisect.bisect_left(tokens.idx, hit.start) - 1
            if i >= 0 and self.name_word(ctx, i) and ctx.lowers[i] not in self.not_referrers:
                start = tokens.idx[i - 1] if i > 0 and self.name_word(ctx, i - 1) else tokens.idx[i]
                hits.append(Hit("SPC102", start, hit.end, {"phrase": ctx.text[start : hit.end]}))
        return hits

    def _seen(self, ctx: Context, pos: int) -> bool:
        """ "I noticed we both know…": one of `mutual_seen` up to three words before `pos`, the
        platform's list of mutual connections read, not a person known."""
        first = bisect.bisect_left(ctx.tokens.idx, pos)
        return any(w in self.mutual_seen for w in ctx.lowers[max(first - 3, 0) : first])

    def _tie_told(self, ctx: Context, pos: int) -> bool:
        """The sender's own tie to a person the platform shows as a mutual connection, said after
        the name in its sentence or the next: "… Helen Park - she and I ran the pilot together"."""
        index = ctx.segment_index(pos)
        last = min(index + 1, len(ctx.segments) - 1)
        after = ctx.low[pos : ctx.segments[last][1]].replace("’", "'")
        return any(tie in after for tie in self.mutual_ties)

    def name_word(self, ctx: Context, i: int) -> bool:
        tokens = ctx.tokens
        return tokens.title[i] and tokens.alpha[i] and ctx.lowers[i] not in self.not_names

    def _several(self, ctx: Context, hit: Hit) -> bool:
        """ "we're in some of the same Slack communities": more than one group, which fits anyone."""
        start, end = ctx.segments[ctx.segment_index(hit.start)]
        segment = ctx.text[start:end].lower().replace("’", "'")
        return any(phrase in segment for phrase in self.several_same)

    def _help_pending(self, ctx: Context, hit: Hit) -> bool:
        """ "Thank you for your help with this!" after a request: help asked for, not given."""
        return hit.detail["phrase"].lower().replace("’", "'") in self.help_thanks and (
            ctx.followed_by(hit.end, self.help_pending, 1) is not None
        )

    def _thanks_for_anything(self, ctx: Context, hit: Hit) -> bool:
        """ "thank you for the great content you share": thanks anyone could be given."""
        return ctx.followed_by(hit.end, self.thanked_generic, 2) is not None

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
        """ "you're also a Bocconi alum", "fellow Michigan Ross alum", "we both studied at UFPE", "the
        same university": a school both went to, with no year in its sentence (nor the sender's own
        year told in the next), is a tie to its thousands of alumni. "We both graduated from Bilkent
        in 2015", "MBA class of 2019" name a cohort and stay."""
        words = hit.detail["phrase"].lower().split()
        if (
            words[-1] not in self.alumni
            # "we studied at the same university": the same school, not even named ("the same primary
            # school in Norwich - Mrs Bell's class!" names a class in it, a cohort).
            and not (words[-1] in self.institutions and "same" in words and not self._cohort_named(ctx, hit))
            and not _both_then(ctx, hit, words, self.school_verbs, 1)
            and not self._both_attended_school(ctx, hit, words)
        ):
            return False
        index = ctx.segment_index(hit.start)
        start, end = ctx.segments[index]
        if DIGIT.search(ctx.text, start, end):
            return False
        # "Fellow Stanford alum here! I graduated in 2019.": the sender's year there, one sentence on.
        if index + 1 < len(ctx.segments):
            start, end = ctx.segments[index + 1]
            said = ctx.low[start:end]
            return not (DIGIT.search(said) and any(w in said for w in self.own_school_years))
        return True

    def _cohort_named(self, ctx: Context, hit: Hit) -> bool:
        """A class, a form or halls named in the school's sentence (`cohort_words`)."""
        start, end = ctx.segments[ctx.segment_index(hit.start)]
        return not self.cohort_words.isdisjoint(WORD.findall(ctx.low[start:end]))

    def _body_only(self, ctx: Context, hit: Hit) -> bool:
        """ "We're both members of the Chartered Institute of Marketing": a professional body (one of
        `professional_bodies` within six words of "members of") is a tie to its thousands of
        members, as a school is to its alumni; not "members of the Leeds chess club"."""
        members = _after_both(ctx, hit, hit.detail["phrase"].lower().split(), MEMBERS, 1)
        of = members and ctx.followed_by(members, {"of"}, 1)
        return bool(of) and ctx.followed_by(of, self.bodies, 6) is not None

    def _both_attended_school(self, ctx: Context, hit: Hit, words: list[str]) -> bool:
        """ "we both attended University of Leeds", "we both went to Leeds Beckett University": a verb
        of going (`school_visits`) after "both", then a school's word (`institution_words`) within
        four words; not "we both attended the PyData meetup"."""
        verb_end = _after_both(ctx, hit, words, self.school_visits, 1)
        return verb_end is not None and ctx.followed_by(verb_end, self.institutions, 4) is not None

    def _platform_group(self, ctx: Context, hit: Hit) -> bool:
        """ "we're both members of the Data Science UK group on here", "both in the same LinkedIn
        group": the group named after the hit, in its clause, is one on the platform."""
        end = ctx.followed_by(hit.end, GROUP_WORDS, 8)
        if end is None:
            return False
        named = ctx.low[hit.end : end].split()
        return bool(
            starts_with_words(ctx.text, end, self.platform_group_after)
        ) or not self.platform_words.isdisjoint(named)

    def _platform_tie(self, ctx: Context, hit: Hit) -> bool:
        """ "we're both connected with Ana Ruiz", "I noticed we both know Ana Ruiz": a mutual connection,
        which the platform shows anyone."""
        words = hit.detail["phrase"].lower().split()
        if _both_then(ctx, hit, words, self.platform_ties, 1):
            return True
        return _both_then(ctx, hit, words, {"know"}, 1) and self._seen(ctx, hit.start)

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

    def _event_only(self, ctx: Context, hit: Hit) -> bool:
        """ "we were both at the summit in Lisbon", "we were both at the conference last week": an
        unnamed event anyone could attend, with nothing after it in its sentence but where and
        when (`big_events`)."""
        if "both" not in hit.detail["phrase"].lower().split():
            return False
        end = ctx.followed_by(hit.end, self.big_events, 4)
        if end is None or any(c.isupper() or c.isdigit() for c in ctx.text[hit.end : end]):
            return False
        rest = ctx.text[end : ctx.segments[ctx.segment_index(hit.start)][1]].split()
        for k, word in enumerate(w.strip(".,!?;:") for w in rest):
            low = word.lower()
            # "in Lisbon": the city it was held in.
            placed = word[:1].isupper() and k and rest[k - 1].lower() == "in"
            if word and not (low in STOP_WORDS or low in self.event_when or placed):
                return False
        return True

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
        """ "we both work in healthcare", "we're both in eye care", "we both work at the NHS": an
        industry after "in" (or "in/at/for the"), one word in lower case between them at most, and no
        place in it after that."""
        end = ctx.followed_by(hit.end, self.industries, 4)
        if end is None:
            return False
        lowers, tokens = ctx.lowers, ctx.tokens
        i = bisect.bisect_left(tokens.idx, end) - 1  # the industry word
        after = lowers[i + 1] if i + 1 < tokens.n else ""
        kind = i - 1  # "eye" in "in eye care", "social" in "in social care"
        modified = (
            kind >= 1
            and lowers[kind - 1] == "in"
            and lowers[kind] not in STOP_WORDS
            and lowers[kind].isalpha()
            and not tokens.title[kind]
        )
        # "we both work in the NHS", "in the tech industry": the article allowed where the field ends
        # the clause or a field word follows ("the AI Summit", "the science week" are named things).
        the = (
            i >= 2
            and lowers[i - 1] == "the"
            and lowers[i - 2] in {"in", "at", "for"}
            and (i + 1 >= tokens.n or tokens.punct[i + 1] or after in self.generic_fields)
        )
        return (lowers[i - 1] == "in" or modified or the) and after not in self.industry_places

    def _interaction(self, ctx: Context) -> list[Hit]:
        """ "you fixed my bike", "you lent us your drill": something the recipient did for the
        sender; "I trained with you": something done together; "I bought your boots": the sender
        was their customer. And "the project you led": a piece of their work (SPC101)."""
        lowers, tokens, text, hits = ctx.lowers, ctx.tokens, ctx.text, []
        wanted = self.interaction_heads
        texted_are = self._texted_are(ctx)
        for i in sorted([i for i, word in enumerate(lowers) if word in wanted] + texted_are):
            word = "you" if i in texted_are else lowers[i]
            before = lowers[i - 1] if i else ""
            verb = i + 1
            # "ur the guy who fixed my ps5": "ur" as "you're", the deed in the relative clause.
            if i in texted_are:
                verb = self._who_did(ctx, verb) or verb
            # "you've fixed my boiler twice", "you had sorted our visas": the participle after "have".
            if word == "you" and verb + 1 < tokens.n and lowers[verb] in PERFECT_AUX:
                verb += 1
            if word == "you" and verb + 1 < tokens.n and lowers[verb] in DEED_ADVERBS:
                verb += 1
            # "you did book me twice": "did" that stresses the deed, its verb in the plain form.
            stressed = (
                word == "you"
                and verb + 2 < tokens.n
                and lowers[verb] == "did"
                and self._stressed(ctx, verb + 1)
            )
            if stressed:
                verb += 1
            # "you re-covered my chair", "you co-wrote our bid": the verb after its hyphenated prefix.
            if verb + 2 < tokens.n and lowers[verb] in VERB_PREFIXES and lowers[verb + 1] in HYPHENS:
                verb += 2
            # "you're the firefighter who dug our car out": the deed told in a relative clause.
            if word == "you" and verb < tokens.n and lowers[verb] in PRESENT_BE:
                verb = self._who_did(ctx, verb + 1) or verb
            # "you and your crewmate came out to my dad", "you and the other volunteers at the Men's
            # Shed rebuilt my grandson's go-kart": a subject they share, the deed theirs too.
            if word == "you" and verb + 2 < tokens.n and lowers[verb] == "and":
                reach = 5 if lowers[verb + 1] == "your" else COMPOUND_REACH
                verb = self._compound_verb(ctx, verb + 1, reach) or verb
            after = lowers[verb] if verb < tokens.n else ""
            # "would you let me…", "could you send me…": a request, not something they did
            past = word == "you" and before not in MODALS and (stressed or self._past(after))
            # "you booked me twice", "you visited us at the farm": a verb that is most often a step on
            # the platform or a buyer's ("you booked a demo"), done to the sender.
            if not past and word == "you" and before not in MODALS and after in self.direct_deeds:
                past = verb + 1 < tokens.n and lowers[verb + 1] in ME_US
            if word == "you" and after == "were" and (first := self._there_first(lowers, verb + 1)):
                verb, after, past = first, lowers[first], True
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
                end = (
                    ctx.followed_by(tokens.end(verb), self.objects, 8)
                    or self._and_did(ctx, verb)
                    or self._named_then_mine(ctx, verb + 1)
                    or self._for_our_occasion(ctx, verb)
                    or self._mine_next(ctx, verb)
                )
            # "you called the cues … and still found time to calm my son": a verb that alone may be
            # a step on the platform, then a second deed after "and".
            if end is None and word == "you" and before not in MODALS and after in self.not_interaction:
                end = self._and_did(ctx, verb, reach=2)
                # "you signed at my wedding": sign language at an occasion of the sender's (not "you
                # signed up for my newsletter", a step on the platform).
                signing = after == "signed" and verb + 1 < tokens.n and lowers[verb + 1] in SIGNED_AT
                if end is None and signing:
                    end = self._for_our_occasion(ctx, verb)
            # "I was at the forum where you explained the repairs": a deed of theirs where the sender
            # was, told from the sender's side.
            if (
                end is None
                and past
                and before in WHERE_WHEN
                and (subject := self._sender_there(ctx, i)) is not None
            ):
                start, end = tokens.idx[subject], tokens.end(verb)
                hits.append(Hit("SPC102", start, end, {"phrase": text[start:end]}))
                continue
            # "you made time for a new connection like me": "someone like me" is anyone.
            if end is not None and text[tokens.idx[i] : end].lower().split()[-2:-1] == ["like"]:
                end = None
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
            elif (
                word in self.customer_verbs
                and i
                and (subject := i - 1 if lowers[i - 1] in SENDERS else self._family_did(lowers, i))
                is not None
            ):
                # "I bought one of your boards", "I bought the jacket you designed", "my mum has
                # bought her meat from your shop for twenty years"
                end = ctx.followed_by(tokens.end(i), {"your", "you"}, 7)
                if end is not None and text[end - 3 : end].lower() == "you":
                    j = bisect.bisect_left(tokens.idx, end)
                    end = tokens.end(j) if j < tokens.n and self._past(lowers[j]) else None
                if end is not None:
                    start = tokens.idx[subject]
                    hits.append(Hit("SPC102", start, end, {"phrase": text[start:end]}))
        return hits

    def _compound_verb(self, ctx: Context, j: int, reach: int) -> int | None:
        """The verb after a subject shared with them ("[you and] the other volunteers at the Shed
        rebuilt…"): the first verb in the past, or "were", within `reach` tokens from `j` and before
        any punctuation but a possessive; None if there is none. A subject that opens with "I" or
        "we" is the two of them together, which other readers take."""
        tokens, lowers = ctx.tokens, ctx.lowers
        if lowers[j] in SENDER_SUBJECTS or lowers[j] in {"me", "us"}:
            return None
        for k in range(j, min(j + reach, tokens.n)):
            if tokens.punct[k] and lowers[k] not in POSSESSIVE:
                return None
            if self._past(lowers[k]) or lowers[k] == "were":
                return k
        return None

    def _sender_there(self, ctx: Context, i: int) -> int | None:
        """ "I was at the tenants' forum on Monday where (you…)", "we chaired the evening when (you…)":
        the sender as the subject of a verb in the past earlier in the sentence of "you" at `i`; that
        subject's index, else None ("I hear the forum where you spoke went well": not there)."""
        lowers = ctx.lowers
        for k in range(i - 3, ctx.segment_first_token(ctx.tokens.idx[i]) - 1, -1):
            if lowers[k] in SENDER_SUBJECTS and (lowers[k + 1] in WAS or self._past(lowers[k + 1])):
                return k
        return None

    @staticmethod
    def _texted_are(ctx: Context) -> list[int]:
        """The tokens "ur" before "the", typed for "you're" ("ur the midwife who…"), which the texting
        forms read as "your"."""
        if "ur the" not in ctx.low:
            return []
        lowers, tokens, text = ctx.lowers, ctx.tokens, ctx.text
        return [
            i
            for i in range(tokens.n - 1)
            if lowers[i] == "your"
            and lowers[i + 1] == "the"
            and text[tokens.idx[i] : tokens.end(i)].lower() == "ur"
        ]

    @staticmethod
    def _there_first(lowers: list[str], j: int) -> int | None:
        """ "(you were) first to our house", "(you were) the first on the scene": the index of
        "first" when it is followed by "to", "at" or "on" and the sender's or "the", else None."""
        if j < len(lowers) and lowers[j] == "the":
            j += 1
        if j + 2 < len(lowers) and lowers[j] == "first" and lowers[j + 1] in FIRST_THERE:
            return j if lowers[j + 2] in FIRST_FOR else None
        return None

    def _who_did(self, ctx: Context, j: int) -> int | None:
        """ "(you're) the firefighter who dug…", "(you are) the one that found…": "the" at `j`, one to
        five words, then "who" or "that" and a verb in the past; that verb's index, else None."""
        tokens, lowers = ctx.tokens, ctx.lowers
        if j >= tokens.n or lowers[j] != "the":
            return None
        for k in range(j + 2, min(j + 7, tokens.n - 1)):
            if tokens.punct[k]:
                return None
            if lowers[k] in {"who", "that"}:
                return k + 1 if self._past(lowers[k + 1]) else None
        return None

    def _named_then_mine(self, ctx: Context, j: int) -> int | None:
        """ "you trained Bramble, my dad's guide dog": a name at `j`, then a comma and "my" or "our"
        (`objects`) saying whose it is, or "the …" and a relative clause reaching the sender's own
        ("Bramble, the hearing dog who now wakes my wife"); where that word ends, else None. Not
        "you nailed it, my friend": the word before the comma is no name."""
        tokens, lowers = ctx.tokens, ctx.lowers
        if j + 2 < tokens.n and tokens.title[j] and lowers[j + 1] == "," and lowers[j + 2] in self.objects:
            return tokens.end(j + 2)
        # "you trained Bramble, the hearing dog who now wakes my wife": the name told by "the … who",
        # and the sender's own further on in that clause.
        if j + 4 < tokens.n and tokens.title[j] and lowers[j + 1] == "," and lowers[j + 2] == "the":
            relative = False
            for k in range(j + 3, min(j + 14, tokens.n)):
                if tokens.punct[k]:
                    break
                if relative and lowers[k] in self.objects:
                    return tokens.end(k)
                relative = relative or lowers[k] in RELATIVES
        return None

    def _for_our_occasion(self, ctx: Context, verb: int) -> int | None:
        """ "you came out at 11pm on Boxing Day when our pipe burst", "you tuned the piano before our
        pensioners' concert", "you arranged the spa afternoon for my mum's 70th": a deed of theirs tied
        to an occasion or one of the sender's own (`occasion_links`, then "my" or "our"), to a
        moment of the sender's ("when I locked myself out", "when we'd run out of fuel":
        `moment_links`), to a purpose reaching the sender's own ("… to rerun my samples") or to the
        sender's own among those it reached ("…, even my son"), in the same clause, fifteen words on
        at most; where that word ends. Time they gave needs no link: "you spent an hour at the fair
        explaining to my niece…" (`time_verbs`, then one of `durations` within three words). A new
        clause ends the look ("you posted a job opening so I'm applying for my first role")."""
        tokens, lowers = ctx.tokens, ctx.lowers
        given = self._gave_time(lowers, verb)
        for j in range(verb + 1, min(verb + 16, tokens.n - 1)):
            # A link before the break: "… for free so my dad could hear his hymns" ties the deed to
            # the sender's own, where "so I'm applying" starts a clause of the sender's.
            if lowers[j] in self.occasion_links and lowers[j + 1] in self.objects:
                return tokens.end(j + 1)
            # "… at 2am when I locked myself out": the sender's own moment, in the past.
            mine = lowers[j] in self.moment_links and lowers[j + 1] in SENDER_SUBJECTS and j + 2 < tokens.n
            # "when I'd locked myself out", "when we'd run out of fuel": the past perfect, "had" or
            # "'d" before the verb, which may be an irregular participle (`past_participles`).
            perfect = mine and lowers[j + 2] in PAST_PERFECT and j + 3 < tokens.n
            k = j + 3 if perfect else j + 2
            if mine and (self._past(lowers[k]) or (perfect and lowers[k] in self.participles)):
                return tokens.end(k)
            # "you stayed until midnight in the lab to rerun my samples": its purpose, reaching the
            # sender's own.
            if lowers[j] == "to" and j + 2 < tokens.n and lowers[j + 2] in self.objects:
                return tokens.end(j + 2)
            # "… told every child one thing they'd done well, even my son": the sender's own among
            # those the deed reached.
            among = lowers[j] == "," and j + 2 < tokens.n and lowers[j + 1] in AMONG
            if among and lowers[j + 2] in self.objects:
                return tokens.end(j + 2)
            if tokens.punct[j] or lowers[j] in self.clause_breaks:
                return None
            if given and lowers[j] in self.objects:
                return tokens.end(j)
        return None

    def _gave_time(self, lowers: list[str], verb: int) -> bool:
        """ "you spent an hour", "you took the time": time they gave (`time_verbs`, then one of
        `durations` within three words)."""
        return lowers[verb] in self.time_verbs and not self.durations.isdisjoint(lowers[verb + 1 : verb + 4])

    def _family_did(self, lowers: list[str], i: int) -> int | None:
        """ "my mum has bought", "my late dad ordered", "our daughter's stayed": one of the sender's
        family (`family_customers`) before the verb at `i`, as its subject; where its "my" is."""
        k = i - 1 if lowers[i - 1] in FAMILY_AUX else i
        if k < 2 or lowers[k - 1] not in self.family:
            return None
        return next((j for j in (k - 2, k - 3) if j >= 0 and lowers[j] in SENDER_OWNERS), None)

    def _and_did(self, ctx: Context, verb: int, reach: int = SECOND_DEED_REACH) -> int | None:
        """ "you kept the shop open late on the night of the flood and gave us candles": a second
        verb in the past, after "and" in the same clause (at most twenty words on), done for the
        sender; the end of that "us", else None. Or what it did for the sender's own, told after
        "and" ("you announced every stop in BSL, and my brother travelled alone"), a comma allowed
        before the "and"; the end of that "my". The second verb may give time or name an occasion
        of the sender's, as a first may ("… and took time to explain why my honey lost points").
        `reach`: how many words on the second verb's "my" or "us" may stand ("… and wrote a kind note
        on my son's patchwork"); after a first verb that may be a platform step, two ("you viewed my
        profile and sent a message to my inbox" is no deed)."""
        tokens, lowers = ctx.tokens, ctx.lowers
        for j in range(verb + 1, min(verb + 21, tokens.n - 1)):
            if (
                lowers[j] == "and"
                and lowers[j + 1] in self.objects
                and j + 3 < tokens.n
                # Any verb in the past: what one of the sender's did is no step on the platform
                # ("and my son signed along").
                and past_tense(lowers[j + 3], self.past_verbs, frozenset())
            ):
                return tokens.end(j + 1)  # "and my brother travelled"
            if tokens.punct[j] and not (lowers[j] == "," and lowers[j + 1] == "and") and not _inside(ctx, j):
                return None
            # "… and still found time to calm my son": a word such as "still" may come between.
            second = j + 2 if lowers[j + 1] in AND_ADVERBS and j + 2 < tokens.n else j + 1
            if lowers[j] == "and" and self._past(lowers[second]):
                # "… and took time to explain why my set honey lost points": the second verb's own
                # look for time given or an occasion of the sender's, as for a first one.
                end = ctx.followed_by(tokens.end(second), self.objects, reach)
                return end if end is not None else self._for_our_occasion(ctx, second)
        return None

    def _mine_next(self, ctx: Context, verb: int) -> int | None:
        """ "You stayed on air through the night during the floods. My gran listened all night.": the
        next sentence opens with one of the sender's family (`family_customers` after "my" or "our"),
        whom the deed reached, or with "we were"/"we had", the sender among those it reached, or,
        after time they gave, with what the sender did next ("I went home and…"); the end of that
        word, else None."""
        tokens, lowers = ctx.tokens, ctx.lowers
        index = ctx.segment_index(tokens.idx[verb])
        if index + 1 >= len(ctx.segments):
            return None
        j = bisect.bisect_left(tokens.idx, ctx.segments[index + 1][0])
        if j + 1 < tokens.n and lowers[j] in SENDER_OWNERS and lowers[j + 1] in self.family:
            return tokens.end(j + 1)
        # "… soup for the volunteers who cleared the car park. We were frozen.": the sender among them.
        if j + 1 < tokens.n and lowers[j] == "we" and lowers[j + 1] in self.we_among:
            return tokens.end(j + 1)
        # "You spent an hour at the fair explaining how to date a print. I went home and checked
        # mine.": time they gave, and what the sender did with it next.
        given = self._gave_time(lowers, verb)
        if given and j + 1 < tokens.n and lowers[j] in SENDER_SUBJECTS and self._past(lowers[j + 1]):
            return tokens.end(j + 1)
        return None

    def _stressed(self, ctx: Context, j: int) -> bool:
        """ "you did book me": the word after "did" is a verb in the plain form, not its object ("you
        did the Leeds half"), a negation or a pronoun; "me" or "us" follows it."""
        lowers = ctx.lowers
        return (
            ctx.tokens.alpha[j]
            and lowers[j] not in self.not_stressed
            and not lowers[j].endswith(("ed", "ing"))
            and lowers[j + 1] in ME_US
        )

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

    def loose_tie(self, ctx: Context) -> str | None:
        """Why a tie the note names did not count, said to its writer: "we both studied at Warwick"
        fits all its alumni (`loose_tie_reasons`); None when the note names no such tie."""
        for hit in ctx.phrase_hits("SPC102"):
            for method, key in LOOSE_TIES:
                if getattr(self, method)(ctx, hit):
                    return self.loose_tie_reasons[key]
        return None


def _short_or_named(hit: Hit) -> bool:
    """ "the same (Monday) choir", "the same Code First Girls cohort": at most two words between
    "same" and the group, or a name in capitals ("the same big old noisy choir" is none)."""
    between = [w for w in hit.detail["phrase"].split()[1:-1] if not w[:1].isdigit()]  # "Part 3": one word
    return len(between) <= 2 or all(w[:1].isupper() or w in NAME_JOINERS for w in between)


def _after_both(ctx: Context, hit: Hit, words: list[str], targets: set[str], within: int) -> int | None:
    """A phrase with "both" in it ("we both", "we're both"), then one of `targets` within `within`
    words ("we both studied at…", "we're both connected with…", "we both love…"): where that word
    ends, else None."""
    return ctx.followed_by(hit.end, targets, within) if "both" in words else None


def _inside(ctx: Context, j: int) -> bool:
    """Punctuation at token `j` that does not end the clause: a "!" inside a title, the clause going
    on in lower case ("Oliver! at the Sherman"), or the hyphen inside a word ("the get-in")."""
    start, text = ctx.tokens.idx[j], ctx.text
    if ctx.lowers[j] == "!":
        return text[ctx.tokens.idx[j + 1]].islower()
    return ctx.lowers[j] in HYPHENS and start > 0 and not text[start - 1].isspace()


def _both_then(ctx: Context, hit: Hit, words: list[str], targets: set[str], within: int) -> bool:
    return _after_both(ctx, hit, words, targets, within) is not None


def _sentence_after_greeting(ctx: Context, pos: int) -> range:
    """The tokens of the sentence at `pos`, after the recipient's name if a greeting names them:
    that name is no shared thing."""
    start, end = ctx.segments[ctx.segment_index(pos)]
    greeted = ctx.greeting_name
    start = max(start, greeted[2] if greeted else 0)
    return range(bisect.bisect_left(ctx.tokens.idx, start), bisect.bisect_left(ctx.tokens.idx, end))
