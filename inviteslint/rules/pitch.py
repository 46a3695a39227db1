"""PIT: notes whose purpose is to sell or solicit; weighted rules and a threshold."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

from spacy.lang.en.stop_words import STOP_WORDS

from ..scoring import AGAINST_PITCH
from .base import Hit, family_data, longest_first
from .context import (
    SENDER_OWNERS,
    WORK_OWNERS,
    Context,
    add_phrases,
    ends_with_words,
    past_tense,
    starts_with_words,
    thanks_for,
    word_list,
)
from .guards import Guards

# What a demo of the sender's own project is called: a demo, or a video of how it works.
SHOWN = ("demo", "démo", "vorführung", "video", "vídeo", "vidéo", "walkthrough")
TITLES = {"mr", "ms", "mrs", "dr", "prof", "miss", "mx"}
SENDERS = {"we", "us"}
HELPERS = {"your", "the", "you"}  # "your feedback on", "the feedback on", "you gave me feedback on"
YOU = {"you", "your"}  # "our tool could streamline your picking"
# A group's `unless_then` words count up to this many words later in the clause.
UNLESS_WITHIN = 8
# A group with `next_sentence` looks past the end of its phrase's sentence when that end comes
# within this many tokens, for one of its words among the next sentence's first (`within`). Its
# marks are tokens and take dashes, unlike the characters of SENTENCE_END below.
NEXT_SENTENCE_REACH = 4
NEXT_SENTENCE_MARKS = {".", "!", "?", "-", "–", "—", "…"}
SERVICES = {"services"}
# "down to 15 minutes", "from an hour to 20 minutes": a length something was brought to (PIT001).
LENGTH_MARKERS = {"down", "from"}
# Where the look back for a length already spent stops: an ask or a modal ("wondered if you'd chat
# for 15 minutes"); and the feelings in -ed that are no past ("excited to chat for 15 minutes").
ASKING = {
    "if",
    "whether",
    "to",
    "'d",
    "’d",
    "would",
    "could",
    "can",
    "will",
    "shall",
    "might",
    "may",
    "should",
    "let",
    "'ll",
    "’ll",
}
FEELINGS = {
    "interested",
    "excited",
    "delighted",
    "pleased",
    "thrilled",
    "honoured",
    "honored",
    "based",
    "dedicated",
    "focused",
    "motivated",
    "inspired",
    "impressed",
    "intrigued",
    "tired",
    "bored",
}
BE = {"be", "been", "being", "is", "are", "was", "were", "'s", "’s"}  # before a participle, not a deed
CLAUSE_BREAKS = {"and", "but", "or", "so", "then", "i", "we", "that", "which", "who", "if", "because"}
# "saved us two hours", "saves me 30 minutes": whom a length was saved for.
SAVED_FOR = {"me", "us", "you", "them", "him", "her"}
# "your thread on how you cut returns by 30%", "tu hilo sobre cómo…": a "how" that opens what their
# piece tells, after a word for "on" or "about".
HOW = {"how", "cómo", "como", "comment", "come", "wie", "hoe", "hur", "hvordan", "jak"}
ABOUT = {"on", "about", "sobre", "sur", "su", "über", "darüber", "over", "om", "o", "sul", "sulla"}
# "your script saves me…", "your tip cut our build time": done for the sender.
FOR_THE_SENDER = {"me", "us", "my", "our"}
# A name of glued capitalised words, "GalleyPlan", "FarmBook": how a product is named.
COINED = re.compile(r"([A-Z][a-z]{2,})(?:[A-Z][a-z]+)+")
CLAUSE_MARKS = {".", "!", "?", ",", ";", ":", "-", "–", "—", "…"}
# "Would you be interested in a quick, no-pressure 15-minute call?": a question and the call it asks
# for are one ask when the call comes this many characters on at most, in the same sentence.
ONE_ASK_CHARS = 40
SENTENCE_END = re.compile(r"[.!?\n]")
# "Hätten Sie Interesse an einem kurzen Austausch?": a probe that asks whether they are interested
# (PIT012), when what it asks about is the call, is that one ask too.
INTEREST_STEMS = ("interes", "intéress")
# "…would you like to hear about it?": the role named before, by a pronoun.
ROLE_PRONOUNS = {"it", "this", "that"}

# Polish verbs in the past said to "you": "zrobiłeś", "poprowadziłaś", "pomogliście".
YOU_DID_PL = ("łeś", "łaś", "liście", "łyście")
# The same in the other languages: "mi hai aiutato", "me ayudaste", "você me ajudou", "tu m'as
# aidé", "du hast mir … geholfen".
YOU_DID_OTHER = re.compile(
    r"\b(?:hai|avete)\s+\w+(?:at|ut|it)[oaie]\b"
    r"|\b\w{3,}aste(?:is)?\b"
    r"|\b(?:me|nos)\s+\w+ou\b"
    r"|\b(?:tu|vous)\s+(?:m['’]\s*|nous\s+)?(?:as|avez)\b"
    r"|\b(?:du\s+hast|sie\s+haben|ihr\s+habt)\s+(?:mir|uns)\b"
    # Dutch and the Nordic languages: "jij hebt de bril van mijn zoon gratis rechtgebogen".
    r"|\b(?:jij|je|u)\s+(?:hebt|heeft)\b"
    # The Dutch simple past: "je gaf onze club gratis een baan" (not "je gaf aan", you said).
    r"|\b(?:jij|je|u)\s+(?:gaf(?!\s+aan\b)|liet|hielp|leende|bracht|regelde|repareerde|deed)\b"
    r"|\bdu\s+(?:har|hade|gav|ga|gjorde|hjalp|hjälpte|lånte|lånade|lånede|lot|lod|lät|viste|visade|lærte|"
    r"lärde|fikset|fiksede|fixade|reparerte|reparerede|reparerade|kjørte|kørte|körde|tok|tog|laget|lagde|lavede)\b"
    # Their business did it, the Nordic way round: "byrået ditt laget nettsiden… gratis".
    r"|\b\w+(?:et|en|a)\s+(?:ditt|din|dit|ert|er)\s+(?:laget|lagde|lavede|gjorde|gav|ga|hjalp|hjälpte|"
    r"byggde|bygget|byggede|fikset|ordnet|ordnede|donerte|donerede|donerade)\b",
    re.IGNORECASE,
)


CLAUSE_HEADS = {"how", "why", "what", "when"}  # "your post on how you priced…"
CLAUSE_REACH = 8  # words between the marker and the topic word, when a clause opens after it
FIELD_IN = {"in"}  # "I work in insurance", "ik werk in de verzekeringen"


@dataclass(frozen=True)
class Topics:
    """Words that are an offer unless they are the subject of a piece of work or of an exchange
    of views."""

    words: set[str]
    markers: set[str]
    nouns: set[str]
    determiners: set[str]
    views: set[str]  # "notes", "thoughts": a subject without a piece of work
    roles: set[str]  # "analyst", "team": a field of work, "a <pricing> analyst"
    exchanges: set[str]  # "conversation", "chat": after "our", a subject both talked about
    fields: set[str]  # "work", "both": before "in", the field someone works in

    def subject(self, ctx: Context, hit: Hit) -> bool:
        """A marker at most two words before the hit ("your post about <pricing>"), or further
        when a clause opens after it, and before it, within four words, a work noun named with a
        determiner or an exchange the two had ("our conversation about <pricing>"), or right before
        it a word for views ("compare notes on <pricing>"); or right after the hit a word for a
        role or a team ("<pricing> analyst"), or a work noun with "your" (his, her, their) before
        the hit ("your <pricing> tip"); or before it the field someone works in ("I work in
        <insurance>")."""
        if ctx.text[hit.start : hit.end].lower() not in self.words:
            return False
        tokens, lowers = ctx.tokens, ctx.lowers
        i = bisect_left(tokens.idx, hit.start)
        after = bisect_left(tokens.idx, hit.end)
        if after < tokens.n and lowers[after] in self.roles:
            return True
        # "your pricing tip", "her mortgage explainer": the topic of a piece of theirs, named with it.
        if i and lowers[i - 1] in WORK_OWNERS and after < tokens.n and lowers[after] in self.nouns:
            return True
        # "I work in commercial insurance", "we're both in insurance": the field they work in.
        for k in (i - 1, i - 2):
            if k > 0 and lowers[k] in FIELD_IN and lowers[k - 1] in self.fields:
                return True
            if k < 0 or tokens.punct[k]:
                break
        # "your thread on how you priced your fixed-fee packages": a clause after the marker, opened
        # by "how" (`CLAUSE_HEADS`) or a verb in -ing, may take more words, and the look goes on past
        # a nearer marker ("your talk … on explaining risk to retail investors").
        words, clause = 0, False
        for m in range(i - 1, -1, -1):
            if lowers[m] in self.markers:
                if (words <= 2 or clause) and self._work_before(ctx, m):
                    return True
                continue
            if lowers[m] == "-":  # "usage-based pricing"
                continue
            if tokens.punct[m] or words == CLAUSE_REACH:
                return False
            # last seen: the word right after the marker
            clause = lowers[m] in CLAUSE_HEADS or (lowers[m].endswith("ing") and len(lowers[m]) > 5)
            words += 1
        return False

    def _work_before(self, ctx: Context, marker: int) -> bool:
        """Before the marker at `marker`, within four words, a work noun named with a determiner or
        an exchange the two had, or right before it a word for views."""
        tokens, lowers = ctx.tokens, ctx.lowers
        for w in range(marker - 1, max(marker - 5, -1), -1):
            if tokens.punct[w] and lowers[w] not in self.determiners:
                return False
            if lowers[w] in self.views and w == marker - 1:
                return True
            if lowers[w] in self.exchanges and w and lowers[w - 1] == "our":
                return True
            # "the Warsaw fintech meetup": up to two words between the determiner and the noun.
            if lowers[w] in self.nouns and any(self._names(ctx, d) for d in (w - 1, w - 2, w - 3) if d >= 0):
                return True
        return False

    def _names(self, ctx: Context, i: int) -> bool:
        word = ctx.lowers[i]
        # "Let's talk about pricing" is an offer to talk, not someone's talk.
        return word in self.determiners and not (word in {"'s", "’s"} and i and ctx.lowers[i - 1] == "let")


# A length of time in a call asked for: "twenty minutes", "15 min", "15 minutos", "zwei Stunden".
LENGTH = re.compile(
    r"\b(?:min(?:s|utes?|utos?|uti|uten|utter|uter|ut)?|hours?|hrs?|stunden?|timmar|timme|timer|horas?|heures?|ore)\b",
    re.IGNORECASE,
)


class Detector:
    def __init__(self, nlp, matcher):
        data = family_data("pitch")
        self.domains = tuple(d.lower() for d in data["scheduling_domains"])
        self.patterns = Guards()
        for rule in data["rule"]:
            if rule.get("phrases"):
                baits = data["baits"] if rule["code"] == BAIT_CODE else []
                # A rule's `fit_phrases` ("great fit", "ideal para un puesto") are its phrases too.
                add_phrases(nlp, matcher, rule["code"], rule["phrases"] + baits + rule.get("fit_phrases", []))
            for pattern in rule.get("patterns", ()):
                self.patterns.add(rule["code"], pattern, True)
            for pattern in rule.get("patterns_case_sensitive", ()):
                self.patterns.add(rule["code"], pattern, False)
        self.patterns.freeze()
        # The rules with phrases, in the order of pitch.toml.
        phrase_codes = (rule["code"] for rule in data["rule"] if rule.get("phrases"))
        self.code_order = {code: n for n, code in enumerate(phrase_codes)}
        nouns = {n.lower() for n in family_data("specificity")["work_nouns"] if " " not in n}
        self.topics = {
            rule["code"]: Topics(
                set(rule["topic_words"]),
                set(data["topic_markers"]),
                nouns | set(data["topic_works"]),
                set(data["topic_determiners"]),
                set(data["topic_nouns"]),
                set(rule.get("topic_roles", data["topic_roles"])),
                set(data["topic_exchanges"]),
                set(data["topic_fields"]),
            )
            for rule in data["rule"]
            if rule.get("topic_words")
        }
        self.talks = tuple(data["talks"])
        self.not_planning = tuple(data["not_planning"])
        self.paid_to_speaker = tuple(data["paid_to_speaker"])
        self.practice_changed, self.clienteles = tuple(data["practice_changed"]), tuple(data["clienteles"])
        # What a length before it makes a call asked for: "a 10-minute demo", "20 minutes' chat".
        self.call_nouns = set(self.talks) | {"demo", "walkthrough", "session", "slot", "zoom"}
        self.length_outcomes, self.length_savers = set(data["length_outcomes"]), set(data["length_savers"])
        # What their thing did for the sender: "your tip cut our churn", "your script saves me".
        helped = {"helped", "helps", "help"}
        self.did_for_me = set(data["reporting_verbs"]) | self.length_outcomes | self.length_savers | helped
        self.help_links = set(data["help_links"])
        self.review_nouns = set(data["review_nouns"])
        self.used_theirs = set(data["used_theirs"])
        self.used_yours = tuple(f"{verb} your " for verb in data["used_theirs"])  # "tried your "
        # Thanks that credit them with what came before ("grew 30% thanks to your podcast"), and
        # with their work applied, the two together for the sender's own thing grown with their help.
        self.thanks_after = tuple(data["thanks_to_them"])
        self.thanks_to_them = self.thanks_after + tuple(data["their_work_applied"])
        self.figure_not_after = word_list(data["figure_not_after"])
        # "our audience of finance leads", "vous étiez revenue": PIT010's word, then what it is there.
        self.promise_words_not_after = {
            word: word_list(data[words]) for word, words in data["promise_words_not_after"].items()
        }
        self.reporting_verbs = set(data["reporting_verbs"])
        self.help_nouns = set(data["help_nouns"]) | nouns
        self.help_verbs, self.helped_links = set(data["help_verbs"]), set(data["helped_links"])
        self.baits = set(data["baits"])
        self.not_before = {r["code"]: word_list(r["not_before"]) for r in data["rule"] if "not_before" in r}
        self.not_after = {r["code"]: word_list(r["not_after"]) for r in data["rule"] if "not_after" in r}

        def listed(value):
            """A list as written, or the list the file holds once under that name for several groups."""
            return data[value] if isinstance(value, str) else value

        def scoped(key: str) -> dict[str, list[tuple[set[str], tuple[str, ...]]]]:
            """Exclusions that hold only next to the words they are about (`heads`): "quote this" is
            words quoted, "20% off this week" a price. Their words may name a list (`listed`)."""
            return {
                r["code"]: [(set(g["heads"]), word_list(listed(g["words"]))) for g in r[key]]
                for r in data["rule"]
                if key in r
            }

        self.not_before_for, self.not_after_for = scoped("not_before_for"), scoped("not_after_for")
        self.excluding = {*self.not_before, *self.not_after, *self.not_before_for, *self.not_after_for}
        # "we're a <creative> agency": a phrase counts when one of `then` follows within a few words,
        # and none of the group's `not_after` words comes right before it, nor any of its
        # `not_within` words between ("looking for interview partners"). A group with `heads`
        # puts each head before each phrase ("let me" + "run": "let me run your Google Ads").
        self.phrase_then: dict[str, tuple] = {}  # by key, in the order of pitch.toml
        # Each group's flags (`GROUP_FLAGS`), carried on its hits.
        self.group_flags: dict[str, tuple[str, ...]] = {}
        # Groups whose `then` may open the next sentence (`next_sentence`, below).
        self.next_sentence_keys = set()
        self.unless_then: dict[str, set[str]] = {}
        # Groups whose targets may also be compounds, by their last part (`then_endings`): the Nordic
        # and Dutch "jeg arbejder med revisionsfirmaer", where no list holds every compound.
        self.then_endings: dict[str, tuple[str, ...]] = {}
        for rule in data["rule"]:
            for n, group in enumerate(rule.get("phrase_then", ())):
                key = f"{rule['code']}.{n}"
                self.group_flags[key] = tuple(flag for flag in GROUP_FLAGS if group.get(flag))
                if group.get("next_sentence"):
                    self.next_sentence_keys.add(key)
                if "then_endings" in group:
                    self.then_endings[key] = tuple(group["then_endings"])
                if "unless_then" in group:  # words later in the clause that undo it
                    self.unless_then[key] = set(listed(group["unless_then"]))
                # Each of a group's lists may name one the file holds once (`listed`).
                phrases = listed(group["phrases"])
                if "heads" in group:
                    phrases = [f"{head} {phrase}" for head in listed(group["heads"]) for phrase in phrases]
                add_phrases(nlp, matcher, key, phrases)
                not_after = word_list(group.get("not_after", ()))
                # The rule's `not_before` words hold unless the group gives its own.
                not_before = group.get("not_before")
                not_before = word_list(listed(not_before)) if not_before is not None else None
                # `commas`: a comma may stand between ("ich zeige Unternehmern, wie…"). Targets of
                # several words ("white paper", "laten zien") are matched token by token, in each
                # spelling as single words are ("que podria interesarte" typed without its accent). A group
                # with no `then` (and no `within`) counts its phrases alone ("discuss an exciting
                # opportunity").
                then = listed(group.get("then", ()))
                several = tuple(
                    tuple(t.lower_ for t in nlp.make_doc(form)) for form in word_list(then) if " " in form
                )
                self.phrase_then[key] = (
                    rule["code"],
                    # In each spelling, as the phrases are: "commercants" typed without its ç.
                    {target for target in word_list(then) if " " not in target},
                    several,
                    int(group.get("within", 0)),
                    not_after,
                    not_before,
                    group.get("commas", False),
                    frozenset(group.get("not_within", ())),
                )
        self.then_order = {key: n for n, key in enumerate(self.phrase_then)}
        self.product_verbs = {v for r in data["rule"] for v in r.get("product_verbs", ())}
        self.product_modals = {v for r in data["rule"] for v in r.get("product_modals", ())}
        # The plain form of each: "helps" -> "help", "simplifies" -> "simplify".
        self.product_bases = {v[:-3] + "y" if v.endswith("ies") else v[:-1] for v in self.product_verbs}
        self.coined_not_first = {w for r in data["rule"] for w in r.get("coined_not_first", ())}
        self.asks_for_someone = tuple(w for r in data["rule"] for w in r.get("asks_for_someone", ()))
        self.common = set(STOP_WORDS) | {w.lower() for w in family_data("specificity")["not_names"]}
        self.common |= set(data["name_not_after"])
        self.name_heads = set(data["name_heads"])
        self.german_nouns = tuple(data["german_offer_nouns"])
        offering = set(data["offering_nouns"])
        self.compound_offerings = tuple(data["offering_compound_endings"])
        self.owned = [
            (rule["code"], set(rule["owned_heads"]), offering | set(rule.get("owned_nouns", ())))
            for rule in data["rule"]
            if rule.get("owned_heads")
        ]
        # "our smart locks let hotels…": whatever the thing is called, what it does for a buyer.
        self.owned_acts = [
            (rule["code"], set(rule["owned_heads"]), set(rule["owned_verbs"]))
            for rule in data["rule"]
            if rule.get("owned_verbs")
        ]
        # "every project our team builds": people doing the work, not a product sold.
        self.owned_people = {w for r in data["rule"] for w in r.get("owned_not", ())}
        self.troubles = {w for r in data["rule"] for w in r.get("owned_troubles", ())}
        self.failures = {w for r in data["rule"] for w in r.get("owned_failures", ())}
        self.milestones = {w for r in data["rule"] for w in r.get("owned_milestones", ())}
        self.judged = word_list([w for r in data["rule"] for w in r.get("owned_judged", ())])
        self.offering_roles = set(data["offering_roles"])
        self.shared_things = set(data["shared_things"])
        self.sent_photos = set(data["sent_photos"])
        self.role_questions = set(data["role_questions"])
        self.own_status = {w for r in data["rule"] for w in r.get("own_status", ())}
        self.career_credentials = tuple(w for r in data["rule"] for w in r.get("career_credentials", ()))
        self.lived_spans = word_list(data["lived_spans"])
        # Money that came to the sender by way of their work is credited as a thanks is.
        self.came_through = self.thanks_after + tuple(data["came_through"])
        self.own_change = tuple(data["own_change"])
        # "your discount-code analysis post", "you fixed three toasters for free": an offer word
        # that is the subject of their work, or what the recipient once gave, is nobody's offer.
        self.work_nouns = nouns
        self.own_posts = set(data["own_posts"])
        self.host_conditions = word_list(data["host_conditions"])
        self.host_words = {c.split()[0] for c in self.host_conditions}
        self.shown_words = tuple(data["shown_words"])
        self.our_words = frozenset(data["our_words"])
        # One search for every treat: most notes hold none, and a find per phrase cost 6 µs a note.
        self.treats = re.compile(
            "|".join(re.escape(t) for t in sorted(word_list(data["treats"]), key=len)[::-1])
        )
        self.treat_thanks = tuple(data["treat_thanks"])
        spec = family_data("specificity")
        self.their = WORK_OWNERS | set(spec["work_possessives_other"])  # "your", "tu", "votre", "dein"…
        self.past_verbs = set(spec["past_verbs"])
        self.not_given = set(spec["not_interaction_verbs"])
        self.not_thanked = set(spec["not_thanked_verbs"])
        self.gift_words = set(data["gift_words"])
        self.not_campaigned_things = set(data["not_campaigned_things"])
        self.campaigned_for = word_list(data["campaigned_for"] + [f"{w} for" for w in data["campaigned_for"]])
        self.own_projects = tuple(p for r in data["rule"] for p in r.get("own_projects", ()))
        # How far past an offering's start to read for one of them ("my portfolio project").
        self.own_project_reach = max(map(len, self.own_projects))
        self.demo_of_other = word_list(w for r in data["rule"] for w in r.get("demo_of_other", ()))
        self.fair_prices, self.buyers = set(data["fair_prices"]), tuple(data["buyers"])
        self.thanked_goods = set(data["thanked_goods"])
        self.no_obligation, self.research_words = set(data["no_obligation"]), set(data["research_words"])
        self.their_goods = set(data["their_goods"])
        self.goods_objects = set(data["goods_verb_objects"])
        self.thanks_words, self.thanked_for = set(data["thanks_words"]), set(data["thanked_for"])
        self.work_verbs = {
            r["code"]: set(r["owned_work_verbs"]) for r in data["rule"] if r.get("owned_work_verbs")
        }
        self.fits = {
            r["code"]: (set(r["fit_phrases"]), set(r["fit_mine"]), set(r["fit_yours"]))
            for r in data["rule"]
            if r.get("fit_phrases")
        }

    def detect(self, ctx: Context) -> list[Hit]:
        hits, text, matched = [], ctx.text, ctx.matches
        # Most notes match few of the keys: only those are looked at, in the order of pitch.toml.
        for code in sorted(matched.keys() & self.code_order, key=self.code_order.__getitem__):
            found = ctx.phrase_hits(code)
            if code in self.topics and found:
                found = [h for h in found if not self.topics[code].subject(ctx, h)]
            if found and code in self.excluding:
                found = [h for h in found if not self._excluded(code, text, h.start, h.end)]
            if code == "PIT004":
                found = [h for h in found if not self._not_offered(ctx, h)]
            elif code == "PIT005":  # "your pension explainer thread": the subject of their work
                found = [
                    h
                    for h in found
                    if not self._their_subject(ctx, h) and not self._credited_after(ctx, h, self.came_through)
                ]
            elif code == "PIT012":  # "If you're interested, I can share the notes from the panel"
                found = [h for h in found if not self._courtesy_share(ctx, h)]
            elif code == "PIT010":  # "your script saves me 30 minutes": theirs, for the sender
                found = [h for h in found if not self._not_promised(ctx, h)]
            elif code == "PIT001":  # "you talked my mum through it for twenty minutes": time they gave
                found = [h for h in found if not self._no_call(ctx, h)]
            elif code == "PIT016":  # "nasza aplikacja ruszyła dzięki Pani pomocy": grown with their help
                found = [h for h in found if not self._thanks_to_them(ctx, h) and not self._own_demo(ctx, h)]
            if code in self.fits:
                found = [h for h in found if not self._own_fit(ctx, h, *self.fits[code])]
            hits += found
        # Of the hundred-odd groups a note matches a few: unpacking every group for every note cost
        # a few microseconds a note.
        for key in sorted(matched.keys() & self.then_order, key=self.then_order.__getitem__):
            code, words, several, within, not_after, not_before, commas, not_within = self.phrase_then[key]
            for hit in ctx.phrase_hits(key, code):
                end = ctx.followed_by(hit.end, words, within, commas) if within else hit.end
                if end is None and several:
                    end = ctx.followed_by_words(hit.end, several, within, commas)
                if end is None and key in self.next_sentence_keys:
                    end = self._in_next_sentence(ctx, hit.end, words, within)
                if end is None and key in self.then_endings:
                    end = self._compound_after(ctx, hit.end, self.then_endings[key], within)
                if end is None or not not_within.isdisjoint(text[hit.start : end].lower().split()):
                    continue
                # Past commas too: German opens the clause that undoes it with one ("zeigen, wo …").
                unless = self.unless_then.get(key)
                if unless and ctx.followed_by(end, unless, UNLESS_WITHIN, lists=True):
                    continue
                # "onze school bespaart … dankzij jou": a saving made thanks to them is no offering;
                # nor is a demo of the sender's thesis app.
                if code == "PIT016" and (
                    self._thanks_to_them(ctx, hit) or self._own_demo(ctx, Hit(code, hit.start, end))
                ):
                    continue
                # "nos produits préférés": what follows the group can make it no offer, as for any phrase.
                if not self._excluded(code, text, hit.start, end, not_after, not_before):
                    detail = {"phrase": text[hit.start : end]} | dict.fromkeys(self.group_flags[key], True)
                    hits.append(Hit(code, hit.start, end, detail))
        compounds = None  # offerings ending a compound, looked for once a head is in the note
        reach = self.own_project_reach
        for code, heads, nouns in self.owned:
            if heads.isdisjoint(ctx.words):
                continue
            if compounds is None:
                compounds = {w for w in ctx.words if len(w) > 9 and w.endswith(self.compound_offerings)}
            owned = ctx.lookahead_hits(heads, nouns | compounds if compounds else nouns, code)
            if code in self.work_verbs:
                owned = [h for h in owned if not self._own_work(ctx, h, self.work_verbs[code])]
            # "my thesis app" is the sender's school project, not a product.
            owned = [
                h
                for h in owned
                if not self._their_help(ctx, h)
                and not self._a_role(ctx, h)
                and not self._as_verb(ctx, h)
                and not self._names_a_post(ctx, h)
                # Read on past the hit: "my portfolio project" is a project, not a portfolio.
                and not ctx.text[h.start : h.start + reach].lower().startswith(self.own_projects)
                and not self._own_not_for_sale(ctx, h)
            ]
            hits += owned
            for hit in owned:  # "our tool detects…": what the product does, a self-pitch
                end = ctx.followed_by(hit.end, self.product_verbs, 1)
                if end is None and (modal := ctx.followed_by(hit.end, self.product_modals, 1)) is not None:
                    verb = ctx.followed_by(modal, self.product_bases, 2)
                    end = verb and ctx.followed_by(verb, YOU, 1)
                if end is not None:
                    hits.append(Hit("PIT003", hit.start, end, {"phrase": text[hit.start : end]}))
        # "my video, animation and graphics services": a seller's services, listed, are offered;
        # "my years in financial services" is a field ("in" is no part of a service's name).
        if "services" in ctx.words:
            hits += [
                h
                for h in ctx.lookahead_hits({"my"}, SERVICES, "PIT003", gap=6, lists=True)
                if all(
                    w in {"and", "&"} or w not in STOP_WORDS for w in h.detail["phrase"].lower().split()[1:-1]
                )
            ]
        for code, heads, verbs in self.owned_acts:
            # The thing takes a word at least: in "our sync layer", "our flag design" the verb is a noun.
            hits += [
                h
                for h in ctx.lookahead_hits(heads, verbs, code, gap=3)
                if len(words := text[h.start : h.end].lower().split()) > 2
                and self.owned_people.isdisjoint(words)
                and not self._thanks_to_them(ctx, h)
            ]
        if not self.product_verbs.isdisjoint(ctx.words):
            hits += self._coined_products(ctx)
        urls = ctx.urls
        for code, start, end in self.patterns.found(text, ctx.low):
            # "15min" inside a booking link is the link's business, not a second finding.
            if any(s <= start and end <= e for s, e in urls) or self._excluded(code, text, start, end):
                continue
            hit = Hit(code, start, end, {"phrase": text[start:end]})
            if code == "PIT004" and self._not_offered(ctx, hit):
                continue
            if code == "PIT010" and self._not_promised(ctx, hit):
                continue
            if code == "PIT016" and self._own_demo(ctx, hit):
                continue
            if code == "PIT001" and self._no_call(ctx, hit):
                continue
            hits.append(hit)
        for start, end in urls:
            if any(d in text[start:end].lower() for d in self.domains):
                hits.append(Hit("PIT002", start, end, {"phrase": text[start:end]}))
        if any(h.code == "PIT018" for h in hits):
            # A student or job seeker asking who handles something ("who handles sustainability at
            # your company? I'm writing my thesis") is looking for someone to learn from, not a buyer.
            hits = [h for h in hits if h.code != "PIT015" or not self._asks_for_someone(h)]
            # "Open to work! Looking for my next role", "if you hear of a job, I'm your man": the
            # sender's own status, not a recruiter's or a seller's.
            hits = [h for h in hits if text[h.start : h.end].lower().replace("’", "'") not in self.own_status]
            # "I'm a final-year student and I have an amazing opportunity coming up": their own; and
            # "Experience: 40+ APIs integrated, 35% latency reduction": a candidate's results.
            hits = [h for h in hits if h.code not in {"PIT019", "PIT010"}]
            # "…make sure my experience aligns with your needs": the employer's needs, asked by a
            # candidate who wants to fit them, not a buyer's sounded out; unless the sender also
            # offers something ("if your company needs help with month-end, I'd send my rates").
            if not any(h.code in OFFER_CODES for h in hits):
                hits = [h for h in hits if h.code != "PIT012"]
            # "currently working with Fortune 500 clients": a candidate's experience.
            hits = [
                h
                for h in hits
                if h.code != "PIT003" or not text[h.start : h.end].lower().startswith(self.career_credentials)
            ]
        hits = [h for h in hits if not (text[h.start].isupper() and self._in_name(ctx, h))]
        # A group that counts only beside other hits (`BESIDE`) is dropped where none of them is.
        for flag, counts in BESIDE:
            if any(h.detail.get(flag) for h in hits) and not any(
                counts(h.code) and not h.detail.get(flag) for h in hits
            ):
                hits = [h for h in hits if not h.detail.get(flag)]
        # "Your talk changed how I set up my clients' programmes": the sender's clients, where their
        # work changed the sender's practice, are no offer.
        hits = [h for h in hits if h.code not in PRACTICE_CODES or not self._practice_changed(ctx, h)]
        if self.host_words.intersection(ctx.words):
            hits = [h for h in hits if h.code not in {"PIT003", "PIT013"} or not self._hosting(ctx, h)]
        # A photo offered by a seller shows the goods ("vi säljer kontorsmöbler… Ska jag skicka bilder?").
        if self.sent_photos.intersection(ctx.words) and not any(h.code in OFFER_CODES for h in hits):
            hits = [h for h in hits if h.code != "PIT013" or not self._photo_sent(ctx, h)]
        if hits:
            hits = self._treated(ctx, hits)
        codes = {h.code for h in hits}
        if "PIT001" in codes and not codes.isdisjoint({"PIT012", "PIT013"}):
            # "Would you be interested in a quick call?" is one ask: the call, not also an offer.
            # The call may come a few words on: "would you be interested in a casual coffee chat?".
            calls = [h.start for h in hits if self._talk(text, h)]
            hits = [h for h in hits if not self._asks_for_call(text, h, calls)]
        if "PIT001" in codes and any(h.detail.get("one_ask") for h in hits):
            # "We're looking for a senior data engineer: open to a chat?" is one ask, the role,
            # which its rule weighs alone; so a recruiter who names the person's work is not called
            # a pitch for asking, and one who names nothing is still `sales` (docs/scoring.md).
            hits = [h for h in hits if not self._talk(text, h)]
        if SPEAK_CODE in codes:
            # "We'd love to have you as a speaker. Open to a quick 15-minute call?": one ask, the talk,
            # and the call (or a link to book a time) is there to plan it; with a fee or a price
            # (PIT004) it is a slot sold.
            hits = [h for h in hits if h.code != "PIT004" or not self._paid_to_speaker(ctx, h)]
            if any(h.code == "PIT004" for h in hits):
                hits = [h for h in hits if h.code != SPEAK_CODE]
            else:
                hits = [h for h in hits if h.code != "PIT002"]
                hits = [h for h in hits if h.code != "PIT001" or self._not_planning(text, h)]
        if "PIT007" in codes and "PIT013" in codes:
            # "…a great fit for our Staff Engineer position. Would you be interested in learning more
            # about this opportunity?": the question asks about the role, one ask with it.
            roles = [h.start for h in hits if h.code == "PIT007"]
            hits = [h for h in hits if h.code != "PIT013" or not self._about_the_role(ctx, h, roles)]
        if BAIT_CODE in codes and codes <= BAIT_ALONE:
            # "Thanks for connecting", "quick question": the bait of a bait-and-switch, a pitch only
            # with a switch, some other pitch signal, beside it.
            hits = [h for h in hits if h.code != BAIT_CODE or h.detail["phrase"].lower() not in self.baits]
        return _dedupe(hits)

    def _coined_products(self, ctx: Context) -> list[Hit]:
        """ "GalleyPlan builds the order list for you", "Dear Moira, FarmBook tracks…": a coined name
        opening a clause, then what it does (`product_verbs`), is a product introduced by its name;
        not "PetBook sends my mum reminders" (`coined_not_first` in pitch.toml)."""
        tokens, lowers, text = ctx.tokens, ctx.lowers, ctx.text
        found = []
        for i in range(1, tokens.n):
            if lowers[i] not in self.product_verbs:
                continue
            name = COINED.fullmatch(text, tokens.idx[i - 1], tokens.end(i - 1))
            if name is None or name.group(1).lower() in self.coined_not_first:
                continue
            # It opens the note, a sentence or a clause, or a line of its own.
            if (
                i > 1
                and lowers[i - 2] not in CLAUSE_MARKS
                and "\n" not in text[tokens.idx[i - 2] : tokens.idx[i - 1]]
            ):
                continue
            if i + 1 < tokens.n and lowers[i + 1] in FOR_THE_SENDER:
                continue
            start, end = tokens.idx[i - 1], tokens.end(i)
            found.append(Hit("PIT016", start, end, {"phrase": text[start:end]}))
        return found

    def _asks_for_call(self, text: str, hit: Hit, calls: list[int]) -> bool:
        """`hit` asks for one of the `calls` (their starts): an offer question (PIT013), or a probe
        that asks whether they are interested (PIT012) with the call as its object, no comma between
        ("si te interesa, coordinamos una llamada" asks about the role, then offers the call)."""
        if hit.code == "PIT013":
            return any(self._asks_for(text, hit, c) for c in calls)
        if hit.code != "PIT012" or not any(
            stem in text[hit.start : hit.end].lower() for stem in INTEREST_STEMS
        ):
            return False
        return any(self._asks_for(text, hit, c) and "," not in text[hit.end : c] for c in calls)

    @staticmethod
    def _asks_for(text: str, question: Hit, call: int) -> bool:
        """The call at `call` is what `question` asks for: at most 40 characters on, in its sentence."""
        return 0 <= call - question.end <= ONE_ASK_CHARS and not SENTENCE_END.search(text, question.end, call)

    def _treated(self, ctx: Context, hits: list[Hit]) -> list[Hit]:
        """Findings inside a treat offered (`treats`: "the coffee's on us", "il caffè lo offriamo
        noi") are dropped in a note that thanks the recipient (`treat_thanks`): hospitality."""
        low = ctx.low.replace("’", "'")
        spans = [m.span() for m in self.treats.finditer(low)]
        if not spans or not any(word in low for word in self.treat_thanks):
            return hits
        return [h for h in hits if not any(s <= h.start and h.end <= e for s, e in spans)]

    def _hosting(self, ctx: Context, hit: Hit) -> bool:
        """ "If you're ever in Porto, I can show you the old town", "wenn du im Mai in Freiburg bist,
        kann ich dir die Altstadt zeigen": something shown to a visitor, a host's offer; a showing
        (`shown_words`) in a sentence that opens with a visit (`host_conditions`) before it."""
        said = ctx.text[hit.start : hit.end].lower()
        if not any(word in said for word in self.shown_words):
            return False
        start, end = ctx.segments[ctx.segment_index(hit.start)]
        before = ctx.text[start : hit.start].lower().replace("’", "'")
        if not any(condition in before for condition in self.host_conditions):
            return False
        # "If you're in Freiburg, I can show you our new planner": the sender's product, demonstrated.
        return self.our_words.isdisjoint(ctx.text[hit.start : end].lower().split())

    def _photo_sent(self, ctx: Context, hit: Hit) -> bool:
        """ "Can I send you a photo of her in it?", "posso mandarti una foto?": a photo (`sent_photos`)
        within three words after the question, and not one of the sender's own goods ("photos of our
        new range")."""
        words = _rest_of_sentence(ctx, hit)
        k = next((k for k, word in enumerate(words[:3]) if word in self.sent_photos), None)
        return k is not None and SENDER_OWNERS.isdisjoint(words[k + 1 : k + 4])

    def _courtesy_share(self, ctx: Context, hit: Hit) -> bool:
        """ "If you're interested, I can share the notes from the panel": what follows in the sentence
        offers "the" or "my" notes, slides or photos (`shared_things`), a courtesy between people,
        not "our deck" or "a case study"."""
        words = _rest_of_sentence(ctx, hit)
        for k, word in enumerate(words[:8]):
            if word in {"share", "send"}:
                rest = words[k + 1 : k + 4]
                owner = next((w for w in rest if w in {"the", "my", "our", "a", "some"}), None)
                return owner in {"the", "my"} and not self.shared_things.isdisjoint(rest)
        return False

    def _a_role(self, ctx: Context, hit: Hit) -> bool:
        """ "our Staff Platform Engineer position", "our platform team": the offering noun names a
        role or a team (`offering_roles` right after it)."""
        after = bisect_left(ctx.tokens.idx, hit.end)
        return after < ctx.tokens.n and ctx.lowers[after] in self.offering_roles

    def _as_verb(self, ctx: Context, hit: Hit) -> bool:
        """ "you helped our society catalogue the photographs": a goods word (`their_goods`) with an
        object right after it is the verb, nobody's catalogue."""
        after = bisect_left(ctx.tokens.idx, hit.end)
        return (
            ctx.lowers[after - 1] in self.their_goods
            and after < ctx.tokens.n
            and ctx.lowers[after] in self.goods_objects
        )

    def _names_a_post(self, ctx: Context, hit: Hit) -> bool:
        """ "my pricing page teardown post": the offering noun is what a post of the sender's is
        about (one of `own_posts` at most three tokens after, no punctuation but hyphens between)."""
        tokens, lowers = ctx.tokens, ctx.lowers
        j = bisect_left(tokens.idx, hit.end)
        for k in range(j, min(j + 3, tokens.n)):
            if lowers[k] in self.own_posts:
                return True
            if tokens.punct[k] and lowers[k] != "-":
                return False
        return False

    def _about_the_role(self, ctx: Context, hit: Hit, roles: list[int]) -> bool:
        """ "…interested in learning more about this opportunity?": one of `role_questions` later in
        the question's sentence; or "We're hiring a Senior Platform Engineer… would you like to hear
        about it?": a pronoun right after the question, with the role (one of `roles`, the starts of
        the recruiting hits) in its sentence or the one before."""
        rest = _rest_of_sentence(ctx, hit)
        if not self.role_questions.isdisjoint(rest):
            return True
        if rest[:1] and rest[0] in ROLE_PRONOUNS:
            sentence = ctx.segment_index(hit.start)
            return any(sentence - 1 <= ctx.segment_index(start) <= sentence for start in roles)
        return False

    def _talk(self, text: str, hit: Hit) -> bool:
        """A call or a chat asked for (PIT001 ending in one of `talks`), not a demo or a booking link."""
        return hit.code == "PIT001" and text[hit.start : hit.end].lower().endswith(self.talks)

    def _paid_to_speaker(self, ctx: Context, hit: Hit) -> bool:
        """A price in a sentence that pays the invited speaker ("plus a $4000 stipend")."""
        start, end = ctx.segments[ctx.segment_index(hit.start)]
        sentence = ctx.text[start:end].lower().replace("’", "'")
        return any(words in sentence for words in self.paid_to_speaker)

    def _not_planning(self, text: str, hit: Hit) -> bool:
        """A PIT001 hit that is no call to plan a talk: a demo, an audit or a stand to visit."""
        return any(word in text[hit.start : hit.end].lower() for word in self.not_planning)

    def _asks_for_someone(self, hit: Hit) -> bool:
        phrase = hit.detail["phrase"].lower().replace("’", "'")
        return any(word in phrase for word in self.asks_for_someone)

    def _not_offered(self, ctx: Context, hit: Hit) -> bool:
        """An offer word that is nobody's offer: the subject of the recipient's work, free because
        the recipient gave it, goods to taste thanked for, the recipient's own catalogue, or fair
        prices a buyer praises, no obligation in a note about research, or the sender's own as the
        recipient judged it ("you told me our pricing page was too long", `_own_not_for_sale`)."""
        said = ctx.text[hit.start : hit.end].lower()
        k = bisect_left(ctx.tokens.idx, hit.start) - 1
        if (
            k >= 0
            and ctx.lowers[k] in SENDER_OWNERS
            and self._own_not_for_sale(ctx, Hit(hit.code, ctx.tokens.idx[k], hit.end))
        ):
            return True
        if said in self.gift_words:
            return self._given(ctx, hit) or self._campaigned_for(ctx, hit)
        if said in self.thanked_goods:
            return self._thanked(ctx, hit)
        if said in self.no_obligation and not self.research_words.isdisjoint(ctx.words):
            return True
        if said in self.their_goods and (self._theirs(ctx, hit) or self._as_verb(ctx, hit)):
            return True
        if said in self.fair_prices:  # "wir kaufen … in deinem Hofladen ein, Gemüse zu fairen Preisen"
            start, _ = ctx.segments[ctx.segment_index(hit.start)]
            return any(b in ctx.text[start : hit.start].lower() for b in self.buyers)
        return self._their_subject(ctx, hit) or self._helped_with(ctx, hit)

    def _helped_with(self, ctx: Context, hit: Hit) -> bool:
        """ "your advice on pricing", "you coached me on pricing", "you helped me with the pricing of…":
        what the recipient helped the sender with (`help_verbs`, pitch.toml). "The" or "my" may stand
        before the word, an adjective before the help ("your great advice on")."""
        lowers = ctx.lowers
        k = bisect_left(ctx.tokens.idx, hit.start) - 1
        if k > 0 and lowers[k] in {"the", "my", "our"}:
            k -= 1
        if k < 2 or lowers[k] not in self.helped_links:
            return False
        if lowers[k - 1] in self.help_nouns:
            return "your" in lowers[max(0, k - 3) : k - 1]
        return (
            lowers[k - 1] in {"me", "us"}
            and lowers[k - 2] in self.help_verbs
            and "you" in lowers[max(0, k - 4) : k - 2]
        )

    def _theirs(self, ctx: Context, hit: Hit) -> bool:
        """ "your catalog search", "your product catalog": "your" (his, her, their) right before,
        or one word before."""
        i = bisect_left(ctx.tokens.idx, hit.start)
        return any(ctx.lowers[k] in WORK_OWNERS for k in range(max(i - 2, 0), i))

    def _thanked(self, ctx: Context, hit: Hit) -> bool:
        """ "danke nochmal für das Probierpaket": thanks, "for" within three words after it, and
        the goods within three words after that."""
        lowers = ctx.lowers
        i = bisect_left(ctx.tokens.idx, hit.start)
        for k in range(i - 1, max(i - 5, 0), -1):
            if lowers[k] in self.thanked_for:
                return any(lowers[j] in self.thanks_words for j in range(max(k - 3, 0), k))
        return False

    def _credited_after(self, ctx: Context, hit: Hit, phrases: tuple[str, ...]) -> bool:
        """ "our club grew 30% thanks to your podcast", "two investors found us through your piece":
        later in the sentence, the thing is credited to them (`thanks_to_them`, `came_through`)."""
        end = ctx.segments[ctx.segment_index(hit.start)][1]
        rest = ctx.text[hit.end : end].lower().replace("’", "'")
        return any(phrase in rest for phrase in phrases)

    def _their_subject(self, ctx: Context, hit: Hit) -> bool:
        """ "your discount-code analysis post": between "your" (his, her, their) at most two words
        before, and a work noun at most five tokens after, with no punctuation but hyphens and no
        "my" or "our" between. After "my" or "our", only a post (`own_posts`): "thanks for sharing
        my pricing page post" is about pricing, "my pricing framework" may be sold."""
        tokens, lowers = ctx.tokens, ctx.lowers
        i = bisect_left(tokens.idx, hit.start)
        before = [k for k in range(i - 1, max(i - 5, -1), -1) if lowers[k] != "-"][:2]
        if any(lowers[k] in WORK_OWNERS for k in before):
            heads = self.work_nouns
        elif any(lowers[k] in SENDER_OWNERS for k in before):
            heads = self.own_posts
        else:
            return False
        j = bisect_left(tokens.idx, hit.end)
        for k in range(j, min(j + 5, tokens.n)):
            if lowers[k] in heads:
                return True
            if (tokens.punct[k] and lowers[k] != "-") or lowers[k] in SENDER_OWNERS:
                return False  # "double their day rate with my pricing framework": the sender's work
        return False

    def _their_help(self, ctx: Context, hit: Hit) -> bool:
        """ "your feedback on my portfolio", "I tried your checklist on our app", "applying your
        icon guidelines to our banking app": the sender's thing, worked on with the recipient's
        help or work, is no offering. A piece of work or a word for help right before "on", "to",
        "in" or "into", and "your", "the" or "you" at most three words before it; or thanks to them
        (`_thanks_to_them`)."""
        if self._thanks_to_them(ctx, hit):
            return True
        lowers = ctx.lowers
        k = bisect_left(ctx.tokens.idx, hit.start) - 1
        if k >= 2 and lowers[k] == "of" and lowers[k - 1] in self.review_nouns:
            # "your accessibility review of our booking app": theirs, of the sender's thing.
            return "your" in lowers[max(0, k - 4) : k - 1]
        if self._helped_with(ctx, hit):  # "you coached me through my lifeguard course"
            return True
        if k < 2 or lowers[k] not in self.help_links or lowers[k - 1] not in self.help_nouns:
            return False
        return any(lowers[j] in HELPERS for j in range(max(0, k - 5), k - 1))

    def _own_demo(self, ctx: Context, hit: Hit) -> bool:
        """ "I built an app for my thesis - could I show you a quick demo?", "here's a short video of
        how my thesis app works": a demo or a video of how it works, in a note about
        the sender's own school or side project (`own_projects`), or of something named with "the" or
        someone's ("a demo of the kids' projects", `demo_of_other`)."""
        said = ctx.text[hit.start : hit.end].lower()
        if not any(word in said for word in SHOWN):
            return False
        if starts_with_words(ctx.text, hit.end, self.demo_of_other):
            return True
        return any(p in ctx.low for p in self.own_projects)

    def _practice_changed(self, ctx: Context, hit: Hit) -> bool:
        """ "Your talk on fitting musicians changed how I set up my clients' programmes", "your talk
        changed how our app handles button sizes": where something of theirs is credited with
        changing the sender's practice (`practice_changed` after "your", earlier in the sentence),
        the sender's clients named in it are where it was applied, and the sender's product after
        it is what changed. So are clients named after something of theirs the sender used (`used_theirs`
        before "your")."""
        start = ctx.segments[ctx.segment_index(hit.start)][0]
        said = ctx.text[start : hit.end].lower()
        yours = said.find("your ")
        if not 0 <= yours < hit.start - start:
            return False
        # Clients may be named anywhere after "your"; a product where the phrase begins before it.
        clients = said.endswith(self.clienteles)
        # "I tried your exposure plan with two of my clients": their work applied to the clients.
        if clients and any(used in said for used in self.used_yours):
            return True
        found = (said.find(phrase, yours) for phrase in self.practice_changed)
        return any(k >= 0 and (clients or k < hit.start - start) for k in found)

    @staticmethod
    def _in_next_sentence(ctx: Context, pos: int, words: set[str], within: int) -> int | None:
        """ "mam coś, co może was zainteresować. Czy mogę pokazać w 15 min?": one of `words` among the
        first `within` words of the next sentence, or after a dash, when the sentence of `pos` ends
        within a few words of it; where that word ends, else None."""
        tokens, lowers = ctx.tokens, ctx.lowers
        j = bisect_left(tokens.idx, pos)
        for k in range(j, min(j + NEXT_SENTENCE_REACH, tokens.n)):
            if tokens.space[k]:
                return None
            # A hyphen ends the sentence only as a dash, with a space before it ("für dich - wann").
            inner = lowers[k] == "-" and k and tokens.idx[k] == tokens.end(k - 1)
            if tokens.punct[k] and lowers[k] in NEXT_SENTENCE_MARKS and not inner:
                return ctx.followed_by(tokens.end(k), words, within)
        return None

    def _thanks_to_them(self, ctx: Context, hit: Hit) -> bool:
        """ "Our mentoring programme launched thanks to your support": in the same sentence, the
        sender's thing grown with the recipient's help."""
        start, end = ctx.segments[ctx.segment_index(hit.start)]
        return any(phrase in ctx.text[start:end].lower() for phrase in self.thanks_to_them)

    def _not_promised(self, ctx: Context, hit: Hit) -> bool:
        """ "in the top 10%", "I scored 88%", "our club grew 30% thanks to your podcast", "your paper
        showing a 12% drop": a rank, a score, a figure reached thanks to them (said after it), or one
        that their work reports, is nobody's promise. Their work reports it when "your" (his, her,
        their) and a work noun come earlier in the sentence with a reporting verb between, and no
        "we", "us", "my" or "our" after them: "submit your next paper with a 50% discount" is an offer."""
        text = ctx.text
        if ends_with_words(text, hit.start, self.figure_not_after) or self._theirs_did_for_me(ctx, hit):
            return True
        before = self.promise_words_not_after.get(ctx.low[hit.start : hit.end])
        if before and ends_with_words(text, hit.start, before):
            return True
        if self._credited_after(ctx, hit, self.thanks_after):
            return True
        # "We went from 2% to 11% reply rate": the sender's own change, told, not promised.
        sentence_start = ctx.segments[ctx.segment_index(hit.start)][0]
        if any(phrase in text[sentence_start : hit.start].lower() for phrase in self.own_change):
            return True
        lowers, reported = ctx.lowers, False
        i = bisect_left(ctx.tokens.idx, hit.start)
        for k in range(i - 1, ctx.segment_first_token(hit.start) - 1, -1):
            word = lowers[k]
            if word in SENDER_OWNERS or word in SENDERS:
                return False
            if word in HOW and self._their_piece_on(lowers, k):
                return True
            reported = reported or word in self.reporting_verbs
            if reported and word in WORK_OWNERS and any(w in self.work_nouns for w in lowers[k + 1 : k + 3]):
                return True
        return False

    def _their_piece_on(self, lowers: list[str], k: int) -> bool:
        """ "your thread on how…", "tu hilo sobre cómo…", "votre article sur comment…": the "how" at
        `k` after a word for "on" or "about", with "your" (in any of the languages) at most three
        words before that: what follows is what their piece tells."""
        if k < 2 or lowers[k - 1] not in ABOUT:
            return False
        return any(lowers[j] in self.their for j in range(max(0, k - 5), k - 1))

    def _theirs_did_for_me(self, ctx: Context, hit: Hit) -> bool:
        """ "your script saves me 30 minutes", "your pricing tip cut our churn by 30%": earlier in the
        sentence (or the hit itself), something of theirs ("your" and one to three words: "your talk
        at LeadDev") did it for the sender: one of `did_for_me` right after those words, then "me",
        "us", "my" or "our". Thanks, not a promise: "your team saves 20% with us" and "your
        competitors use our tool to cut costs by 30%" stay ones."""
        lowers, punct = ctx.lowers, ctx.tokens.punct
        end = bisect_left(ctx.tokens.idx, hit.end)
        for k in range(ctx.segment_first_token(hit.start), end - 2):
            if lowers[k] != "your":
                continue
            for j in (k + 2, k + 3, k + 4):
                if j + 1 > end or any(punct[k:j]):
                    break
                if self._did_for_me(lowers, j):
                    return True
            # "I tried your macro trick on our warehouse and it cut our CI time in half": theirs,
            # used by the sender, then named again by "it".
            if (
                k
                and lowers[k - 1] in self.used_theirs
                and any(
                    lowers[j] in ROLE_PRONOUNS and self._did_for_me(lowers, j + 1) for j in range(k + 2, end)
                )
            ):
                return True
        return False

    def _did_for_me(self, lowers: list[str], j: int) -> bool:
        """One of `did_for_me` at `j`, then "me", "us", "my" or "our": "cut our", "saves me"."""
        return j + 1 < len(lowers) and lowers[j] in self.did_for_me and lowers[j + 1] in FOR_THE_SENDER

    def _own_work(self, ctx: Context, hit: Hit, verbs: set[str]) -> bool:
        """ "I built our analytics platform", "I led the launch of our app", "I work on our API":
        the sender's own work on what the company makes."""
        lowers = ctx.lowers
        k = bisect_left(ctx.tokens.idx, hit.start) - 1
        if k >= 2 and lowers[k] == "of" and lowers[k - 2] == "the":
            k -= 3
        elif k >= 0 and lowers[k] == "on":
            k -= 1
        if k < 1 or lowers[k] not in verbs:
            return False
        for j in range(k - 1, max(-1, k - 4), -1):  # "I", then at most two words: "I've also built"
            if lowers[j] == "i":
                return True
            if ctx.tokens.punct[j]:
                return False
        return False

    def _own_not_for_sale(self, ctx: Context, hit: Hit) -> bool:
        """ "I hit the same bug on our invoicing service", "when our bank system failed": the sender's
        own product as where a trouble happened (`owned_troubles`, then "on", "in" or "with"), or
        said to have failed (`owned_failures` right after), a milestone ("we closed our first ten
        customers", `owned_milestones`), or judged by the recipient ("you told me our pricing slide
        was…", `owned_judged`): none of them a seller's offer."""
        lowers = ctx.lowers
        k = bisect_left(ctx.tokens.idx, hit.start) - 1
        if k >= 1 and lowers[k] in {"on", "in", "with"} and lowers[k - 1] in self.troubles:
            return True
        if k >= 0 and lowers[k] in self.milestones:
            return True
        if ends_with_words(ctx.text, hit.start, self.judged):
            return True
        after = bisect_left(ctx.tokens.idx, hit.end)
        return after < ctx.tokens.n and lowers[after] in self.failures

    def _own_fit(self, ctx: Context, hit: Hit, phrases: set[str], mine: set[str], yours: set[str]) -> bool:
        """ "My background seems like a great fit": the nearest of `mine` or `yours` before the
        phrase, in its sentence, is the sender's. A fit "for you" is the recipient's ("my client
        has a role that would be a great fit for you"); a fit "for my background" the sender's ("a
        Data Analyst role that's a great fit for my background")."""
        if ctx.text[hit.start : hit.end].lower() not in phrases:
            return False
        tokens, lowers = ctx.tokens, ctx.lowers
        after = bisect_left(tokens.idx, hit.end)
        if lowers[after : after + 2] == ["for", "you"]:
            return False
        if lowers[after : after + 2] == ["for", "my"]:
            return True
        first = ctx.segment_first_token(hit.start)
        for k in range(bisect_left(tokens.idx, hit.start) - 1, first - 1, -1):
            if lowers[k] in yours:
                return False
            if lowers[k] in mine:
                return True
        return False

    def _no_call(self, ctx: Context, hit: Hit) -> bool:
        """A length that is no call asked for: time the recipient gave, where something ended up, time
        already spent or time lived through."""
        return (
            self._time_given(ctx, hit)
            or self._length_outcome(ctx, hit)
            or self._length_spent(ctx, hit)
            or self._length_lived(ctx, hit)
        )

    def _length_lived(self, ctx: Context, hit: Hit) -> bool:
        """ "Worst twenty minutes of my life": a length the sender lived through, "of my" a time of
        their own (`lived_spans`); a seller's "the best 30 minutes of your week" is the recipient's."""
        return self._a_length(ctx, hit) and bool(starts_with_words(ctx.text, hit.end, self.lived_spans))

    def _length_spent(self, ctx: Context, hit: Hit) -> bool:
        """ "the puzzle stumped me for twenty minutes", "she stood in front of the sock for ten
        minutes", "I spent 30 minutes on the first level": a length already spent, a verb in the past
        earlier in the clause before "for" (not a feeling: "excited to chat for 15 minutes"), or
        "spent"; not "could we talk for 20 minutes?", "I wondered if you'd chat for 15 minutes" (an
        ask or a modal ends the look back) nor "got 15 minutes?"."""
        if not self._a_length(ctx, hit):
            return False
        lowers = ctx.lowers
        k = bisect_left(ctx.tokens.idx, hit.start) - 1
        if k >= 0 and lowers[k] == "spent":
            return True
        if k < 1 or lowers[k] != "for":
            return False
        punct = ctx.tokens.punct
        for j in range(k - 1, max(k - 13, -1), -1):  # the clause's words before "for", twelve at most
            if punct[j] or lowers[j] in ASKING:
                return False
            if past_tense(lowers[j], self.past_verbs, self.not_given) and lowers[j] not in FEELINGS:
                return True
        return False

    def _length_outcome(self, ctx: Context, hit: Hit) -> bool:
        """ "your campaign cut my commute to 20 minutes", "brought our build down to 15 minutes",
        "saves me 30 minutes every morning": a length something was brought to or saved, told with
        `length_outcomes` earlier in the clause and "to" right before it, or with `length_savers`
        right before it (an object between: "saved us two hours")."""
        if not self._a_length(ctx, hit):
            return False
        lowers, punct = ctx.lowers, ctx.tokens.punct
        i = bisect_left(ctx.tokens.idx, hit.start)
        if i and lowers[i - 1] in self.length_savers:
            return True
        if i > 1 and lowers[i - 2] in self.length_savers and lowers[i - 1] in SAVED_FOR:
            return True
        if not i or lowers[i - 1] != "to":
            return False
        for k in range(i - 2, max(i - 10, -1), -1):
            if punct[k]:
                return False
            if lowers[k] in self.length_outcomes or lowers[k] in LENGTH_MARKERS:
                return True
        return False

    def _campaigned_for(self, ctx: Context, hit: Hit) -> bool:
        """ "your campaign for free period products": what a campaign is for, the thing named right
        after the gift word, is nobody's offer."""
        if ends_with_words(ctx.text, hit.start, self.campaigned_for) is None:
            return False
        j = bisect_left(ctx.tokens.idx, hit.end)
        return (
            j < ctx.tokens.n
            and ctx.lowers[j].isalpha()
            and ctx.lowers[j] not in STOP_WORDS
            and ctx.lowers[j] not in self.not_campaigned_things
        )

    def _time_given(self, ctx: Context, hit: Hit) -> bool:
        """ "you talked my mum through it for twenty minutes", "you walked me through the form for 30
        minutes": a length of time the recipient gave, earlier in the sentence; not one before a
        demo or a call ("…the backlog you described - can I show you a 10-minute demo?")."""
        return (
            self._a_length(ctx, hit)
            and ctx.followed_by(hit.end, self.call_nouns, 1) is None
            and self._given(ctx, hit)
        )

    @staticmethod
    def _a_length(ctx: Context, hit: Hit) -> bool:
        """A length of time ("twenty minutes", "15 min", "15 minutos"), not a call or a demo named
        ("a quick call", "a mini demo")."""
        return LENGTH.search(ctx.text, hit.start, hit.end) is not None

    def _given(self, ctx: Context, hit: Hit) -> bool:
        """ "you fixed my radio for free", "your bakery gave us a free cake", "thanks for running
        the class for free": earlier in the sentence, the recipient did it. ("Your free …" is the
        pattern's business: "book your free session" stays an offer.)"""
        tokens, lowers = ctx.tokens, ctx.lowers
        i = bisect_left(tokens.idx, hit.start)
        first = ctx.segment_first_token(hit.start)
        for k in range(first, i - 1):
            word, after = lowers[k], lowers[k + 1]
            if word == "you" and past_tense(after, self.past_verbs, self.not_given):
                return True
            # "your bakery gave us…", "your bakery on Bath Road gave our fair…": the thing and up to
            # three words of where it is, then what it did.
            if word == "your" and self._your_thing_did(ctx, k + 1, min(k + 6, i)):
                return True
            if thanks_for(lowers, k, self.not_thanked):
                return True
        # Polish says who did it in the verb: "poprowadziłaś za darmo warsztaty" (you ran).
        if any(lowers[k].endswith(YOU_DID_PL) and len(lowers[k]) > 5 for k in range(first, i)):
            return True
        return YOU_DID_OTHER.search(ctx.text, tokens.idx[first], hit.start) is not None

    def _your_thing_did(self, ctx: Context, first: int, end: int) -> bool:
        """From token `first` (the thing's first word) up to `end`, a verb in the past with the thing
        for its subject: no punctuation nor a new clause ("your post and wondered if…") between."""
        lowers, punct = ctx.lowers, ctx.tokens.punct
        for j in range(first + 1, end):
            if punct[j - 1] or lowers[j - 1] in CLAUSE_BREAKS:
                return False
            if self._did(lowers, j):
                return True
        return False

    def _did(self, lowers: list[str], j: int) -> bool:
        """A verb in the past at `j`, not a participle after "be" ("would your centre be interested")."""
        return (
            past_tense(lowers[j], self.past_verbs, self.not_given)
            and lowers[j] not in FEELINGS
            and lowers[j - 1] not in BE
        )

    @staticmethod
    def _compound_after(ctx: Context, pos: int, endings: tuple[str, ...], within: int) -> int | None:
        """The end of the first word among the next `within` after `pos`, with no punctuation
        between, that ends in one of `endings` ("med <revisionsfirmaer>"); None when none does."""
        tokens, lowers = ctx.tokens, ctx.lowers
        j = bisect_left(tokens.idx, pos)
        for k in range(j, min(j + within, tokens.n)):
            # "ejendoms- og boligadministratorer": a compound's first part cut off by a hyphen.
            if tokens.punct[k] and lowers[k] != "-":
                return None
            if lowers[k].endswith(endings):
                return tokens.end(k)
        return None

    def _excluded(
        self,
        code: str,
        text: str,
        start: int,
        end: int,
        not_after: tuple[str, ...] | None = None,
        not_before: tuple[str, ...] | None = None,
    ) -> bool:
        """A match followed or preceded by one of its rule's `not_before` or `not_after` words. A
        phrase group's match gives its group's `not_after` words, which stand in for the rule's,
        and its `not_before` words if it has its own."""
        after = self.not_before.get(code) if not_before is None else not_before
        before = self.not_after.get(code) if not_after is None else not_after
        if not_before is None and code in self.not_before_for:
            last = text[start:end].lower().rsplit(None, 1)[-1]
            if any(
                last in heads and starts_with_words(text, end, words)
                for heads, words in self.not_before_for[code]
            ):
                return True
        if not_after is None and code in self.not_after_for:
            first = text[start:end].lower().split(None, 1)[0]
            if any(
                first in heads and ends_with_words(text, start, words)
                for heads, words in self.not_after_for[code]
            ):
                return True
        return bool(
            (after and starts_with_words(text, end, after))
            or (before and ends_with_words(text, start, before))
        )

    def _in_name(self, ctx: Context, hit: Hit) -> bool:
        """ "Ms. Price", "Jenny Price", "the Royal Free": one capitalised word that is part of a name.
        Not a German noun, which is capitalised wherever it stands ("diese Woche Sonderkonditionen"),
        alone or at the end of a compound ("Der Frühlingsrabatt läuft…")."""
        word = ctx.text[hit.start : hit.end]
        if not (word.istitle() and word.isalpha()) or word.lower().endswith(self.german_nouns):
            return False
        tokens, lowers = ctx.tokens, ctx.lowers
        i = bisect_left(tokens.idx, hit.start)
        following = i + 1
        if following < tokens.n and tokens.title[following] and lowers[following] in self.name_heads:
            return True  # "the Free University of Berlin"
        if i == 0:
            return False
        before = lowers[i - 1]
        if before.rstrip(".") in TITLES:
            return True
        starts = ctx.segment_starts
        if hit.start in starts:
            return False
        previous = ctx.text[tokens.idx[i - 1] : tokens.end(i - 1)]
        return (
            previous[:1].isupper()
            and previous.isalpha()
            and before not in self.common
            and tokens.idx[i - 1] not in starts
        )


# Codes that are no pitch beside PIT008's bait: the bait itself, a merge tag, a career ask.
BAIT_CODE = "PIT008"  # its phrases include the courtesies of pitch.toml's `baits`
BAIT_ALONE = {BAIT_CODE, "PIT009", "PIT018"}
OFFER_CODES = {"PIT003", "PIT004", "PIT011", "PIT016"}  # what the sender offers or sells
# What the sender offers, or asks of a buyer: a call, a booking link, a recruit, a buyer's need, an
# offer question, a proposal.
ASK_CODES = OFFER_CODES | {"PIT001", "PIT002", "PIT007", "PIT012", "PIT013", "PIT015"}
# Flags a phrase group may carry onto its hits: its role sought and a call asked about it are one
# ask (`one_ask`); it counts only beside other hits (`BESIDE`).
GROUP_FLAGS = ("one_ask", "with_ask", "with_offer", "with_pitch")
# The groups that count only beside other hits, and which hits those are, in the order they are
# weighed: "No pitch here, genuinely interested in your perspective" (`with_ask`) says no more than
# the note does with nothing offered or asked beside it; "Could you introduce me to your engineering
# manager?" (`with_offer`) asks for a buyer only beside an offer, as a job seeker asks the same;
# "Kan jag ringa dig en kväll och fråga om avtalen?" (`with_pitch`) is a friend's or a peer's ask with
# nothing sold beside it.
BESIDE = (
    ("with_ask", lambda code: code in ASK_CODES),
    ("with_offer", lambda code: code in OFFER_CODES),
    ("with_pitch", lambda code: code not in AGAINST_PITCH),
)
# The sender's clients or product named, a self-pitch, a service or an offering: where something of
# the recipient's changed the sender's practice, that practice (`_practice_changed`).
PRACTICE_CODES = {"PIT003", "PIT011", "PIT016"}
SPEAK_CODE = "PIT022"  # an invitation to speak at the sender's event: the note's one ask


def _rest_of_sentence(ctx: Context, hit: Hit) -> list[str]:
    """The lower-case words after a hit, to the end of its sentence."""
    idx, sentence_end = ctx.tokens.idx, ctx.segments[ctx.segment_index(hit.start)][1]
    return ctx.lowers[bisect_left(idx, hit.end) : bisect_left(idx, sentence_end)]


def _dedupe(hits: list[Hit]) -> list[Hit]:
    """One hit per code and overlapping span: a phrase and a pattern may find the same words."""
    by_code: dict[str, list[Hit]] = {}
    for hit in hits:
        by_code.setdefault(hit.code, []).append(hit)
    kept = []
    for code in sorted(by_code):
        same = by_code[code]
        kept += same if len(same) == 1 else longest_first(same, lambda h: (h.start, h.end))
    return kept
