"""Whether a mention of the recipient's work says which work: a broad word ("your work", "your
posts") with no subject or one that fits anyone, a piece praised with nothing that says which, a
field named with a work noun ("your area of study"). The specificity detector's their-work signal
(SPC101) asks it of each mention."""

from __future__ import annotations

import bisect
import re

from spacy.lang.en.stop_words import STOP_WORDS

from .base import Hit
from .context import WORD, WORK_OWNERS, Context, starts_with_words, word_list

# A piece of work named by its title right after the noun: "your recent post, 29 Biggest LinkedIn
# Mistakes", "your article “Why Pilots Fail”", "your post: 'Three things we got wrong'" (a single
# quote only after a space, a comma or a colon: "your post's point" is no title). Unquoted, it takes
# a number or three capitalised words, so that "your work, Dr Patel" stays a compliment with a name.
TITLE = re.compile(
    r"""\s*[,:]?\s*(?:["“‘«]\s*\w|(?<=[\s,:])'\w|(?:\d+\s+[A-Z]|(?:[A-Z][\w'’-]*\s+(?:(?:of|the|to|a|an|and|in|on|for)\s+)?){2}[A-Z]))"""
)
# "at Grafana Labs", "at the BBC": a workplace in capitals, up to four words, right after a work noun.
EMPLOYER = re.compile(r"\s+(?:at|@)\s+(?:the\s+)?(?:[A-Z][\w&.'’-]*\s+){1,4}(?=[a-z])")
# "… SAP initiatives at Vantor Group.": the same workplace, ending the clause.
EMPLOYER_LAST = re.compile(
    r"\s+(?:at|@)\s+(?:the\s+)?[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3}\s*(?:[.,;:!?]|$)"
)
KIND_NAME = re.compile(r"\s+(?:[A-Z][\w'’-]*\s+){1,2}(?=[a-zà-ÿ])")
# "em mentoria", "en educación": the preposition and the first word after it, in lower case.
IN_TOPIC = re.compile(r"\s*(em|en)\s+([^\W\d_]+)\b")
# "data science and AI", "CI/CD", "dados e IA"
FIELD_JOINERS = {"and", "/", "&", "-", "e", "y", "et", "und", "ed"}
YOU_DID = ("you ", "you'", "you’")  # "you've built", not "your team built"


class Breadth:
    """Read from the specificity family's data; one instance per pipeline, used by its detector."""

    def __init__(self, data: dict, industries: set[str], generic_fields: set[str]):
        self.industries = industries
        # In every spelling, as the work nouns are: "dina inlagg", typed without ä, is as vague.
        self.vague_nouns = set(word_list(data["vague_work_nouns"] + data["comment_nouns"]))
        self.vague_objects = set(data["vague_objects"])
        # "you've built an amazing career": a deed whose object anyone could be praised for.
        objects = "|".join(map(re.escape, data["broad_deed_objects"]))
        self.broad_deed = re.compile(
            r"\s+(?:an?|such\s+an?|quite\s+an?|the|your|yourself\s+an?)\s+(?:[\w'’-]+\s+){0,2}?"
            rf"(?:{objects})\b"
            r"(?=\s*(?:[.!,;:)?]|$|here\b|on\s+here\b|on\s+linkedin\b|over\s+the\s+years\b|for\s+yourself\b))",
            re.IGNORECASE,
        )
        self.specifiers = word_list(data["work_specifiers"])
        self.doing = word_list(data["work_doing"])
        self.in_topic_nouns = set(data["in_topic_nouns"])
        self.in_topic_not = set(data["in_topic_not"])
        self.singling = set(data["singling_words"])
        self.singled_for = {w for w in data["work_specifiers"] if " " not in w} | set(data["singled_for"])
        self.generic_subjects = word_list(data["generic_subjects"])
        self.comment_nouns = set(data["comment_nouns"])
        self.comment_places = word_list(data["comment_places"])
        self.comment_anywhere = word_list(data["comment_anywhere"])
        self.manners = word_list(data["manner_after_with"])
        self.manner_ends = set(data["manner_ends"])
        self.field_ends = set(data["field_ends"])
        self.generic_heads = set(data["generic_heads"])
        self.praised_pieces = set(data["praised_pieces"])
        self.praised_piece_ages = set(data["praised_piece_ages"])
        self.praise_words = set(data["praise_words"])
        self.generic_modifiers = set(data["work_modifiers_generic"]) | industries | generic_fields
        self.generic_modifiers |= {w for w in data["generic_subjects"] if " " not in w}
        self.modifier_suffixes = tuple(data["work_modifier_suffixes"])
        self.topic_modified = set(data["topic_modified_nouns"])
        self.field_words = frozenset(data["field_words"])
        self.job_ads = set(data["job_ad_words"])
        self.job_ad_nouns = set(data["job_ad_nouns"])
        self.job_titled = set(data["job_ad_titled_words"])

    def vague(self, ctx: Context, hit: Hit) -> bool:
        """ "your work", "your content", "congrats on": a broad word with no subject after it, or
        with one that fits anyone ("your posts on LinkedIn", "congrats on all your success"); and a
        deed whose object fits anyone ("you've built an amazing career")."""
        if ctx.low.startswith(YOU_DID, hit.start) and self.broad_deed.match(ctx.text, hit.end):
            return True
        # "your coaching-content" is "content" as much as "your coaching content" is.
        words = [word.rsplit("-", 1)[-1] for word in ctx.text[hit.start : hit.end].lower().split()]
        specifier = None
        if words[-1] in self.specifiers and len(words) > 1:  # the phrase "your work on"
            noun, subject_at, specifier = words[-2], hit.end, words[-1]
        else:
            noun, subject_at = words[-1], None
        if noun not in self.vague_nouns and not self._what_they_did(ctx, hit):
            return False
        if subject_at is None and self._topic_before(words):
            return False
        if subject_at is None:
            if TITLE.match(ctx.text, hit.end):
                return False
            # "your work at Grafana Labs on the Loki query engine": where they work, then on what,
            # or what they do there ("…building the Tempo storage engine").
            # "votre événement LinkedIn Live sur la RSE", "tu charla TEDx sobre…": a name of its
            # kind after the noun, then what it was about.
            employer = EMPLOYER.match(ctx.text, hit.end) or KIND_NAME.match(ctx.text, hit.end)
            start = employer.end() if employer else hit.end
            specifier = starts_with_words(ctx.text, start, self.specifiers)
            if specifier is None:
                specifier = starts_with_words(ctx.text, start, self.doing)
            if specifier is None and noun in self.in_topic_nouns:
                specifier = self._in_topic(ctx.text, start)
            if specifier is None and noun in self.comment_nouns:
                specifier = starts_with_words(ctx.text, start, self.comment_places)
            if specifier is None:
                singled = self._singled_out(ctx, hit.end)
                if singled is None:
                    return True
                specifier, start = "", singled
            after = ctx.text[start : start + 60]
            subject_at = start + len(after) - len(after.lstrip()) + len(specifier)
        subject = ctx.text[subject_at : subject_at + 60].lstrip()
        return (
            not subject[:1].isalnum()
            or starts_with_words(ctx.text, subject_at, self.generic_subjects) is not None
            or (
                noun in self.comment_nouns
                and starts_with_words(ctx.text, subject_at, self.comment_anywhere) is not None
            )
            or (specifier == "with" and self._manner(subject))
            or self._field_only(ctx, subject_at)
            or self._kind_of_projects(ctx, subject_at)
            or (noun in self.job_ad_nouns and self._job_ad(ctx, subject_at))
        )

    def _manner(self, subject: str) -> bool:
        """ "with great interest", "with admiration": how the sender follows their work, up to the
        end of the clause or a word that starts another (`manner_ends`), not who it is done with."""
        manner = starts_with_words(subject, 0, self.manners)
        if manner is None:
            return False
        rest = subject[len(manner) :].lstrip()
        return not rest[:1].isalnum() or rest.split(None, 1)[0].lower() in self.manner_ends

    def _job_ad(self, ctx: Context, at: int) -> bool:
        """ "your post about the Senior Accountant opening": a job ad, which every applicant cites,
        up to the end of its clause (`job_ad_words`); "role" and "position" only after a title in
        capitals or "open" ("the Data Engineer role", "the open roles", not "the role of nurses")."""
        tokens, lowers = ctx.tokens, ctx.lowers
        i = bisect.bisect_left(tokens.idx, at)
        for k in range(i, min(i + 6, tokens.n)):
            if tokens.punct[k]:
                return False
            if lowers[k] in self.job_ads:
                return True
            if (
                lowers[k] in self.job_titled
                and k > i
                and (ctx.text[tokens.idx[k - 1]].isupper() or lowers[k - 1] == "open")
            ):
                return True
        return False

    def field_named(self, ctx: Context, hit: Hit) -> bool:
        """ "your area of study", "votre domaine de recherche": a field word between the possessive
        and the work noun makes the mention their field, not a piece of their work."""
        return not self.field_words.isdisjoint(ctx.low[hit.start : hit.end].split()[1:-1])

    def _what_they_did(self, ctx: Context, hit: Hit) -> bool:
        """ "what you've built at Finlo", "everything you've done": a deed whose object is "what",
        which fits any founder as "your work" does, unless what it was about follows."""
        i = bisect.bisect_left(ctx.tokens.idx, hit.start) - 1
        return i >= 0 and ctx.lowers[i] in self.vague_objects and ctx.low.startswith(YOU_DID, hit.start)

    def _in_topic(self, text: str, at: int) -> str | None:
        """ "seu trabalho em mentoria…", "tu trabajo en educación rural": "em" or "en" before a word in
        lower case that is no article or possessive (`in_topic_not`); None otherwise."""
        match = IN_TOPIC.match(text, at)
        if match is None or not match.group(2)[0].islower() or match.group(2) in self.in_topic_not:
            return None
        return match.group(1)

    def _topic_before(self, words: list[str]) -> bool:
        """ "your sourdough videos", "your couch-to-5k video": in English, the words between the
        possessive and a broad noun for what they publish say what the work is about. Words that
        describe or place any work ("your recent LinkedIn posts", "your inspiring content", "your
        marketing videos") are dropped; what is left must be there and be all topic words."""
        if words[0] not in WORK_OWNERS or words[-1] not in self.topic_modified:
            return False
        topic = [
            w for w in words[1:-1] if not (w in self.generic_modifiers or w.endswith(self.modifier_suffixes))
        ]
        return bool(topic) and all(w.isalnum() and not w.isdigit() and w not in STOP_WORDS for w in topic)

    def _singled_out(self, ctx: Context, at: int) -> int | None:
        """Where the subject of one piece singled out after a broad word for their work starts:
        "your portfolio - great work! I especially liked the packaging for <the roastery in Kiel>",
        "deine Arbeiten, besonders die Etiketten für <die Brauerei>". In the same sentence or the
        next; "great work, especially lately" singles out nothing."""
        if self.singling.isdisjoint(ctx.words):
            return None
        tokens, lowers = ctx.tokens, ctx.lowers
        segment = ctx.segment_index(at)
        stop = ctx.segments[min(segment + 1, len(ctx.segments) - 1)][1]
        for i in range(bisect.bisect_left(tokens.idx, at), bisect.bisect_left(tokens.idx, stop)):
            if lowers[i] in self.singling:
                end = ctx.followed_by(tokens.end(i), self.singled_for, 7)
                if end is not None:
                    return end
        return None

    def _field_only(self, ctx: Context, at: int) -> bool:
        """ "your posts on B2B marketing", "your content about data science and AI": the subject is a
        whole field (`industries`, joined by "and" or a slash), up to the end of its clause."""
        tokens, lowers = ctx.tokens, ctx.lowers
        i = bisect.bisect_left(tokens.idx, at)
        fields = 0
        for k in range(i, min(i + 6, tokens.n)):
            if lowers[k] in FIELD_JOINERS:
                continue
            if tokens.punct[k] or lowers[k] in self.field_ends:
                break
            if lowers[k] not in self.industries:
                return False
            fields += 1
        return fields > 0

    def praise_only(self, ctx: Context, hit: Hit) -> bool:
        """ "Your recent article was really thought-provoking", "I saw your talk at the conference and
        it really stuck with me": a piece of theirs with nothing after it in its sentence but praise
        and an event anyone attends, which fits any writer or speaker ("your talk at PyCon on
        property testing", "your article in the ABA Journal" say which)."""
        words = ctx.text[hit.start : hit.end].lower().split()
        if words[-1] not in self.praised_pieces or not set(words[1:-1]) <= self.praised_piece_ages:
            return False
        start, end = ctx.segments[ctx.segment_index(hit.start)]
        rest = ctx.text[hit.end : end]
        return not any(c.isupper() or c.isdigit() or c in "\"“”'‘’" for c in rest) and all(
            w in STOP_WORDS or w in self.praise_words for w in WORD.findall(rest.lower().replace("-", " "))
        )

    def _kind_of_projects(self, ctx: Context, at: int) -> bool:
        """ "your work on Django projects", "your posts on AI initiatives": up to two words and a
        plural that fits any such work (`generic_heads`), ending the clause; "your work on the Kigali
        projects" names some."""
        tokens, lowers = ctx.tokens, ctx.lowers
        i = bisect.bisect_left(tokens.idx, at)
        for k in range(i, min(i + 3, tokens.n)):
            if lowers[k] in self.generic_heads:
                ends = k + 1 == tokens.n or tokens.punct[k + 1] or lowers[k + 1] in self.field_ends
                # "your work leading SAP initiatives at Vantor Group.": where, as a profile shows it.
                ends = ends or EMPLOYER_LAST.match(ctx.text, tokens.end(k)) is not None
                return ends and not any(tokens.punct[j] or lowers[j] in STOP_WORDS for j in range(i, k))
        return False
