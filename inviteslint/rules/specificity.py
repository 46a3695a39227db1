"""SPC: is the note about this recipient, with a reason? Positive signals and two checks."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from functools import partial

from spacy.lang.en.stop_words import STOP_WORDS

from ..scoring import AGAINST_PITCH, specificity_points
from .base import Hit, family_data, points
from .breadth import Breadth
from .context import (
    DIGIT,
    POSSESSIVE,
    WORD,
    Context,
    Guarded,
    add_phrases,
    ends_with_words,
    starts_with_words,
    word_list,
)
from .default_template import wrapper_clauses
from .names import Names
from .thanks import Thanks
from .ties import Ties

COMPANY_WORK = {"work", "approach"}
FORMAL_YOU = ("Sie ", "Pan ", "Pani ", "Usted ", "Lei ")  # "Sie haben unsere Reise organisiert"
ARTICLES = ("the", "that", "those", "these", "a", "an")  # "the [skill from JD] you mentioned"
OFFERS = {"PIT003", "PIT013"}  # the sender's offer or record, which a "happy to share" can carry
# Characters after a reason in which generic filler makes it none: "because I noticed we share
# similar interests".
FILLER_WITHIN = 40
# "I'm exploring how leaders like you approach AI": a reason about people like them fits anyone.
LIKE_YOU = re.compile(r"\s+(?:[\w'’-]+\s+){0,4}?like\s+(?:you|yourself)\b", re.IGNORECASE)
# What the sender sells or does for clients, as the pitch rules found it: a piece of "their work"
# inside it ("we turn your slides into video courses") is what the sender would work on.
SELLERS_WORK = {"PIT003", "PIT016"}
# "get your thesis formatted": a past participle right after the work.
PARTICIPLE = re.compile(r"\s+(?:\w+ed|done|written|proofread|seen|made)\b")


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
        add_phrases(
            nlp,
            matcher,
            "SPC102",
            data["shared_phrases"] + thanked + data["help_thanks_phrases"] + data["pairing_phrases"],
        )
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
        # In each spelling: "ta conférence" typed as "ta conference" is still their talk.
        self.nouns = {n for n in word_list(data["work_nouns"] + data["work_nouns_other"]) if " " not in n}
        self.nouns |= set(data["work_noun_plurals"])
        # Nouns that are also verbs after a noun ("your posts always show up"): as "your <work>" only.
        self.nouns -= set(data["work_nouns_not_looked_ahead"])
        self.time_patterns = [re.compile(p) for p in data["time_patterns"]]
        self.work_verb_idioms = tuple(data["work_verb_idioms"])
        self.work_patterns = Guarded(data["work_patterns"])
        # "your project management stack": the work noun names a kind of the next word, no work.
        self.compound_heads = set(data["work_compound_heads"])
        # "Your article on {skill}", "we're both working on [overlap area]": the words between a piece
        # of work or a tie and the merge tag left for its topic, a verb before the link allowed (the
        # tags themselves are the Context's `merge_tags`).
        links = "|".join(data["blank_topic_links"])
        articles = "|".join(a if a.endswith("'") else rf"{a}\s" for a in data["blank_topic_articles"])
        carriers = "|".join(data["blank_topic_carriers"])
        article = rf"(?:(?:{articles})\s*)?"
        # A quote or bracket may open the topic: "your article \"[title]\"".
        lead = (
            rf"\s*(?:(?:[^\W\d_]+\s+)?(?:{links})\s+)?{article}"
            rf"(?:(?:{carriers})\s+(?:(?:by|from|{links})\s+){article})?[\"“«„'‘(]?"
        )
        self.topic_lead = re.compile(lead, re.IGNORECASE)
        self.name_links = set(data["name_links"])
        self.sender_owners = set(data["sender_owners"])
        self.formal_you, self.formal_you_before = set(data["formal_you"]), set(data["formal_you_before"])
        self.not_yet = set(data["not_yet_words"])
        self.not_yet_after = set(data["not_yet_after"])
        self.postposed_nouns = set(data["postposed_work_nouns"])
        self.postposed_possessives = set(data["postposed_possessives"])
        # A talk thanked for: "danke für den spannenden Vortrag".
        talks = word_list(data["thanked_talks"])
        self.talk_words = frozenset(t.lower() for t in talks)
        talk = "|".join(map(re.escape, talks))
        between = r"((?:[^\s.,!?;:]+\s+){0,2})"
        self.thanked_talk = re.compile(rf"\b(?:{self.thanks.phrases})\s+{between}(?:{talk})\b", re.IGNORECASE)
        self.talk_not_between = frozenset(data["thanked_talk_not_between"])
        self.posting_words = frozenset(data["posting_words"]) | frozenset(data["job_boards"])
        self.posting_after = word_list(data["posting_after"])
        self.job_boards = tuple(data["job_boards"])
        self.posted_pieces = frozenset(data["posted_pieces"])
        # Skip the patterns on notes without a digit, when every pattern needs one.
        self.time_needs_digit = all(re.search(r"\\d(?![?*]|\{0)", p) for p in data["time_patterns"])
        self.awaited_replies = frozenset(data["awaited_replies"])
        self.awaiting = word_list(data["awaiting"])
        self.place_nouns, self.place_links = set(data["place_nouns"]), word_list(data["place_links"])
        # A phrase ending in "to" not before a word of connecting ("would love for you to be one of them").
        not_then = "|".join(r"\s+".join(map(re.escape, p.split())) for p in data["other_reasons_not_then"])
        self.other_reasons = _phrases_regex(
            data["other_reasons"], lambda p: rf"(?!\s+(?:{not_then})\b)" if p.endswith(" to") else ""
        )
        # Their first words, to skip the expression on notes that hold none of them.
        self.reason_words = frozenset(phrase.split()[0] for phrase in data["other_reasons"])
        self.company_words = set(data["company_words"])
        self.deal_packages = set(data["deal_packages"])
        industries, generic_fields = set(data["industries"]), set(data["generic_fields"])
        self.breadth = Breadth(data, industries, generic_fields)
        self.ties = Ties(data, self.names, self.thanks, self.breadth, self.nouns, generic_fields)
        self.telling_nouns = self.nouns - self.breadth.vague_nouns
        self.to_learn = word_list(data["to_learn"])
        self.feedback_asked = word_list(data["feedback_asked"])
        self.life_phases = tuple(data["life_phases"])
        milestones = "|".join(r"\s+".join(map(re.escape, m.split())) for m in data["platform_milestones"])
        self.milestone = re.compile(
            rf"\s+(?:the\s+|your\s+)?(?:{milestones}|\d+\s*-?\s*years?\b|\d+(?:st|nd|rd|th)\s+(?:work\s+)?anniversary)",
            re.IGNORECASE,
        )
        self.carry_on = word_list(data["carry_on"])
        self.profile_roles = tuple(data["profile_roles"])
        self.you_words = set(data["you_words"])
        self.causatives = word_list(data["causatives"])
        self.bookkeeping = word_list(data["bookkeeping_verbs"])
        self.wishes = word_list(data["time_wishes"])
        self.outcome = _phrases_regex(data["outcome_words"])
        self.good_wishes = _phrases_regex(data["good_wishes"])
        self.ahead = word_list(data["time_ahead"])
        self.past_marks = tuple(data["time_past_marks"])
        self.not_reasons = word_list(data["reason_not_before"])
        self.not_after_reasons = word_list(data["reason_not_after"])
        self.own_work = {p.lower() for p in data["own_work_reasons"]}
        self.sellers_questions = frozenset(data["sellers_questions"])
        self.future = frozenset(data["future_words"])
        # Possessives, the endings of a piece of work, and whether the compound is capitalised: German,
        # then the Nordic languages and Dutch, in lower case.
        self.compound_readers = [
            (
                set(data[f"compound_possessives_{lang}"]),
                tuple(data[f"compound_work_suffixes_{lang}"]),
                lang == "de",
            )
            for lang in ("de", "nordic", "nl")
        ]

    def detect(self, ctx: Context) -> list[Hit]:
        if not ctx.text.strip():
            return []
        work = [
            h
            for h in ctx.phrase_hits("SPC101")
            if not self._done_for_them(ctx, h) and not ctx.low.startswith(self.work_verb_idioms, h.start)
        ]
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
            and self.future.isdisjoint(words[1:-1])
            and not (words[0] in self.formal_you and words[1] in self.formal_you_before)
            # "tu comentario en una publicación": the comment is the work, not the post it is under.
            and self.breadth.comment_nouns.isdisjoint(words[1:-1])
            and not self._wanted_by_seller(ctx, h, words)
        ]
        # "Impressed by Mollie's work on their SDK… I'd love to learn about opportunities": beside the
        # sender's own career ask (PIT018), a company's work is what every applicant to it praises,
        # nothing of the recipient's.
        career_ask = _career_ask(ctx)
        if not career_ask:
            work += self._company_work(ctx)
        work += self._compound_work(ctx) + self._dutch_je(ctx)
        work += self.work_patterns.found(ctx, "SPC101")
        if not self.talk_words.isdisjoint(ctx.words):
            work += self._thanked_talks(ctx)
        work += ctx.lookahead_hits(self.postposed_nouns, self.postposed_possessives, "SPC101", gap=0)
        work = [
            h
            for h in work
            if not self._their_accounts(ctx, h)
            and ctx.followed_by(h.end, self.compound_heads, 1) is None
            and not self._opens_a_title(ctx, h)
            and not self._a_deal(ctx, h)
            and not self._awaited(ctx, h)
            and not self._a_posting(ctx, h)
            and not self._a_place(ctx, h)
            and not self._done_by_seller(ctx, h)
            and not _inside_offer(ctx, h)
            # "I'd love to learn more about your approach to supply chain analytics": wished for.
            and ends_with_words(ctx.text, h.start, self.to_learn) is None
            and not self._feedback_asked(ctx, h)
            and not self.breadth.field_named(ctx, h)
            # "Congrats on your new chapter at Retail Group": a time of life, not a book's chapter.
            and not ctx.text[h.start : h.end].lower().endswith(self.life_phases)
            and not self.breadth.praise_only(ctx, h)
            and not self._topic_left_blank(ctx, h)
        ]
        # "I noticed your role at Klarna and am very interested in UX positions": beside a career ask,
        # their role is what every applicant to the company reads off a profile (not a move of
        # theirs: "saw you moved from QA into the platform team").
        roles = [
            h
            for h in ctx.phrase_hits("SPC107")
            if not (career_ask and ctx.low.startswith(self.profile_roles, h.start))
            # "your team at [Company]", "you're attending [event/webinar]": the template's, not theirs.
            and not self._topic_left_blank(ctx, h)
            and not self._platform_milestone(ctx, h)
        ]
        hits = [h for h in work + roles if not self.breadth.vague(ctx, h)]
        shared = self.ties.shared(ctx)
        # "Would love to continue the conversation" after "I saw your talk at the conference": a
        # conversation carried on points back at something else in the note, and says nothing alone.
        if not any(h.code == "SPC101" for h in hits) and all(self._carried_on(ctx, h) for h in shared):
            shared = []
        # "It was wonderful meeting you at [Event/Location]": the template's event, not one they shared.
        shared = [h for h in shared if not self._topic_left_blank(ctx, h)]
        hits += shared + self._reasons(ctx)
        hits += [
            h
            for h in ctx.phrase_hits("SPC106")
            if not ends_with_words(ctx.text, h.start, self.wishes)
            and not self._ahead(ctx, h)
            # "J'entre en octobre en 3e année": beside a career ask, the sender's own calendar.
            and not (career_ask and self._says_nothing_of_you(ctx, h))
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

    def _opens_a_title(self, ctx: Context, hit: Hit) -> bool:
        """ "your profile as Project Lead Developer", "your role as Research Engineer": a work noun
        written with a capital that opens a job title (a run of capitalised words ending in one of
        `job_title_words`) is part of the role, not a piece of their work."""
        tokens = ctx.tokens
        last = bisect.bisect_left(tokens.idx, hit.end) - 1
        if last < 0 or not ctx.text[tokens.idx[last]].isupper():
            return False
        j = last + 1
        while j < min(last + 4, tokens.n) and tokens.title[j]:
            j += 1
        return j > last + 1 and self.names.is_title(ctx.lowers[j - 1])

    def _thanked_talks(self, ctx: Context) -> list[Hit]:
        """ "Thanks for the talk on risk management", "Danke für den spannenden Vortrag": a talk
        thanked for, which the recipient gave; not one of the sender's they came to ("thanks for
        joining the webinar"), nor one praised with nothing that says which ("thanks for the
        talk!"), as "your talk" is not."""
        return [
            Hit("SPC101", m.start(), m.end(), {"phrase": m.group(0)})
            for m in self.thanked_talk.finditer(ctx.text)
            if self.talk_not_between.isdisjoint(m.group(1).lower().split())
            and not self.breadth.praise_only(ctx, Hit("SPC101", m.start(1), m.end()))
        ]

    def _a_posting(self, ctx: Context, hit: Hit) -> bool:
        """ "your job post for a video editor", "your post for a junior designer", "you posted a
        project on Upwork", "your Upwork project": an opening posted for applicants, which every
        applicant reads, no piece of their work."""
        words = ctx.text[hit.start : hit.end].lower().split()
        # Only a post or a project ("your talk for a room of nurses" stays a talk, "your Saturday
        # job club" a club).
        if words[-1] not in self.posted_pieces:
            return False
        if not self.posting_words.isdisjoint(words[1:-1]):
            return True
        if starts_with_words(ctx.text, hit.end, self.posting_after) is not None:
            return True
        # A freelance marketplace named right after it: "you posted a project on Upwork".
        return any(board in ctx.text[hit.end : hit.end + 30].lower() for board in self.job_boards)

    def _platform_milestone(self, ctx: Context, hit: Hit) -> bool:
        """ "Congrats on 8 years at Aviva", "congratulations on your new role": news the platform
        announces, and prompts this very congratulation for, fills in nothing a mail merge could not."""
        phrase = ctx.text[hit.start : hit.end].lower()
        if phrase.startswith("congrat"):
            return self.milestone.match(ctx.text, hit.end) is not None
        # "your new role" is a hit of its own, after the congratulation's.
        before = ctx.text[max(0, hit.start - 20) : hit.start].lower().rstrip()
        congratulated = before.endswith(("congrats on", "congratulations on"))
        return congratulated and self.milestone.fullmatch(" " + phrase) is not None

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
        tokens, hits, name_word = ctx.tokens, [], self.ties.name_word
        for hit in ctx.lookahead_hits(POSSESSIVE, COMPANY_WORK, "SPC101", gap=0):
            i = bisect.bisect_left(tokens.idx, hit.start) - 1
            if (
                i >= 0
                and tokens.end(i) == hit.start
                and name_word(ctx, i)
                and not (i > 0 and name_word(ctx, i - 1) and ctx.lowers[i] not in self.company_words)
            ):
                start = tokens.idx[i - 1] if i > 0 and name_word(ctx, i - 1) else tokens.idx[i]
                hits.append(Hit("SPC101", start, hit.end, {"phrase": ctx.text[start : hit.end]}))
        return hits

    def _compound_work(self, ctx: Context) -> list[Hit]:
        """ "deine Porträtserie über Hamburger Hafenarbeiter", "Ihr neuer Fachartikel": a German
        possessive, then (one lower-case word may come between) a capitalised compound that ends
        in a piece of work. The same in Swedish, Danish, Norwegian and Dutch, where the compound is in
        lower case: "din matlagningskurs för nyanlända", "jouw fietsreparatiecursus in Delft"."""
        hits = []
        for possessives, suffixes, capitalised in self.compound_readers:
            if not possessives.isdisjoint(ctx.words):
                hits += self._compounds(ctx, possessives, suffixes, capitalised)
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

    def _reasons(self, ctx: Context) -> list[Hit]:
        """A concrete reason; not in a note asking for advice for the sender's own career (PIT018):
        there the reason is that ask, which fits anyone ("any tips?", "I'd love to hear how…");
        nor building a network ("I'm building a network in the Gulf"); nor an offer inside it; nor
        the sender's own work where the note sounds out a buyer (`own_work_reasons`)."""
        if _career_ask(ctx):
            return []
        # "Happy to share how we helped Ramp": the reason is an offer (PIT003, PIT013) made inside it,
        # or lies inside one ("we might be able to help with…").
        offers = [(h.start, h.end) for h in ctx.hits if h.code in OFFERS]
        # Filler in the reason's own sentence: (where it starts, that sentence).
        fillers = [(h.start, ctx.segment_index(h.start)) for h in ctx.hits if h.code == "DEF004"]
        codes = ctx.codes()
        probed = "PIT012" in codes
        # "Soy de Acme, hacemos IA… Una pregunta:": beside what the sender sells, the question is theirs.
        sold = probed or not codes.isdisjoint(("PIT003", "PIT016"))
        return [
            h
            for h in ctx.phrase_hits("SPC105") + self._introduction(ctx)
            if not starts_with_words(ctx.text, h.end, self.not_reasons)
            and not ends_with_words(ctx.text, h.start, self.not_after_reasons)
            and not LIKE_YOU.match(ctx.text, h.end)
            and not (probed and h.detail["phrase"].lower().replace("’", "'") in self.own_work)
            and not (sold and h.detail["phrase"].lower() in self.sellers_questions)
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
            if j < tokens.n and self.ties.name_word(ctx, j):
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

    def _ahead(self, ctx: Context, hit: Hit) -> bool:
        """ "this Friday", "next Wednesday", "until Friday": a day ahead or a deadline; not "until
        last year", "tot vorig jaar", a time past (`time_past_marks`)."""
        phrase = ctx.text[hit.start : hit.end].lower()
        if any(mark in phrase for mark in self.past_marks):
            return False
        return bool(ends_with_words(ctx.text, hit.start, self.ahead))

    def _outcome_told(self, ctx: Context, told: list[Hit]) -> bool:
        """ "you covered my shift when my mum was in hospital. I've just opened my own bakery": after
        something of theirs told in the second person (the formal "Sie" too), how it turned out, said
        with a word of time (`outcome_words`)."""
        ends = [
            h.end
            for h in told
            if not self.you_words.isdisjoint(WORD.findall(ctx.low[h.start : h.end]))
            or ctx.text.startswith(FORMAL_YOU, h.start)
        ]
        return bool(ends) and self.outcome.search(ctx.low, min(ends)) is not None

    def _topic_left_blank(self, ctx: Context, hit: Hit) -> bool:
        """ "Your article on {skill}", "meeting you at [Event/Location]": what follows the hit is an
        unfilled merge tag, the template's subject, not the recipient's; and "the [skill from JD] you
        mentioned": what they did is the merge tag right before "you", after an article."""
        if not ctx.merge_tags:
            return False
        lead = self.topic_lead.match(ctx.text, hit.end).end()
        if any(start == lead for start, _ in ctx.merge_tags):
            return True
        if not ctx.low.startswith("you", hit.start):
            return False
        before = ctx.text[: hit.start].rstrip()
        tag = next((start for start, end in ctx.merge_tags if end == len(before)), None)
        return tag is not None and ends_with_words(ctx.text, tag, ARTICLES) is not None

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
        return ctx.text[hit.start : hit.end].isdigit() and self._says_nothing_of_you(ctx, hit)

    def _says_nothing_of_you(self, ctx: Context, hit: Hit) -> bool:
        """Whether the sentence of `hit` holds no word for "you" (`you_words`)."""
        start, end = ctx.segments[ctx.segment_index(hit.start)]
        return self.you_words.isdisjoint(WORD.findall(ctx.text[start:end].lower().replace("’", "'")))

    def checks(self, ctx: Context, signals: list[Hit]) -> list[Hit]:
        codes = ctx.codes()
        # Nothing specific, no reason given: claims the rules cannot make of a note they do not
        # read (STY006 says so instead).
        if "DEF002" in codes or "DEF001" in codes or ctx.script:
            return []
        spec = specificity_points({h.code for h in signals} | codes)
        end = len(ctx.text.rstrip())
        hits = []
        if spec < self.threshold:
            loose = self.ties.loose_tie(ctx)
            hits.append(Hit("SPC001", 0, end, {"because": f" ({loose})"} if loose else {}))
        # The sender's own career ask (PIT018) is their reason, whether or not a call comes with it.
        has_reason = any(h.code == "SPC105" for h in signals) or "?" in ctx.text or _career_ask(ctx)
        # A past or a piece of their work told and thanked for: "you paced me to my first sub-25
        # last week. Thank you!", "your answer on Stack Overflow solved my problem. Thanks!"
        told = [h for h in signals if h.code in ("SPC102", "SPC101")]
        if told and not has_reason:
            names = {ctx.low[h.start : h.end] for h in signals if h.code == "SPC104"}
            # Where the sign-off starts is worked out only for a thanks before a comma.
            thanked = self.thanks.said_outright(ctx, lambda: self.names.sign_off_start(ctx), names)
            has_reason = (
                thanked
                or any(self.thanks.opens(ctx, h) for h in told)
                or self.good_wishes.search(ctx.low) is not None
                or self._outcome_told(ctx, told)
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


def _phrases_regex(phrases: list[str], after: Callable[[str], str] = lambda p: "") -> re.Pattern:
    """Any of `phrases` as whole words, each followed by what `after` gives for it, matching either
    apostrophe ("thought you’d like to know")."""
    alternatives = "|".join(re.escape(p).replace("'", "['’]") + after(p) for p in phrases)
    return re.compile(rf"\b(?:{alternatives})\b")


def _pattern_hits(code: str, patterns: list[re.Pattern], text: str) -> list[Hit]:
    return [Hit(code, m.start(), m.end(), {"phrase": m.group()}) for p in patterns for m in p.finditer(text)]


def _career_ask(ctx: Context) -> bool:
    """The sender asks for their own career (PIT018, the pitch family's one weight against)."""
    return any(h.code in AGAINST_PITCH for h in ctx.hits)


def _inside_offer(ctx: Context, hit: Hit) -> bool:
    """ "We turn your slides into video courses", "our platform helps your sales team close…": their
    work named inside what the sender offers to do (PIT003, PIT016) is the material of the offer."""
    return any(h.code in SELLERS_WORK and h.start <= hit.start and hit.end <= h.end for h in ctx.hits)
