"""Names in a note: the things it names (SPC103, and SPC106 times from a trained pipeline), the
recipient's name (SPC104) and where the sender's sign-off begins, which names after it belong to."""

from __future__ import annotations

import re

from spacy.lang.en.stop_words import STOP_WORDS

from .base import Hit
from .context import NOT_NAMES, POSSESSIVE, SIGN_OFF, Context, group_greeted, more_stop_words, stop_words

ENTITY_LABELS = {"ORG", "EVENT", "FAC", "GPE", "LOC", "WORK_OF_ART", "PRODUCT", "NORP", "LAW", "PERSON"}
TIME_LABELS = {"DATE", "TIME"}
# Words that join two capitalised words into one name: "Bank of America", "Médecins du Monde",
# "Universidade do Porto", "Salone del Mobile", "Clos des Vignes". The first four are never a name
# alone ("De nada"); "DI", "Van" can be.
LONE_CONNECTORS = {"of", "de", "the", "&"}
CONNECTORS = LONE_CONNECTORS | {"des", "du", "del", "della", "di", "da", "do", "dos", "das", "van", "von"}
# Tokens after which a capitalised word names the sender, not something specific to the recipient.
# "I'm Tom" is tokenized "I", "'m", "Tom" ("Im Tom": "I", "m", "Tom").
INTRODUCERS = {"'m", "’m", "am"}  # "I'm Ana Ruiz from Acme": the sender, then their company
COMPANY_LINKS = {"from", "at", "with"}
SELF_INTRO = {"'m", "’m", "m", "im", "am", "is", "name", "-", "–", "—", ",", "regards", "best", "thanks"}
# After a colon a new clause starts ("Quick question: How are you…", "Kurze Frage: Wie…"): a
# capitalised function word there is no name.
CLAUSE_LANGUAGES = ("en", "de", "fr", "es", "pt", "it", "nl")
# A name called out after a comma and before "!" or "?" ("Great talk, Priya!"): the recipient.
# A full stop is left out: "Best, Jonas." is the sender signing off, "Paris, Berlin." a list.
# Written to start at the comma, so that the regex engine skips to commas.
VOCATIVE = re.compile(r",[ \t]+(?P<name>[A-Z][a-z]+(?:[-’'][A-Z]?[a-z]+)?)[ \t]*[!?]")
LAST_WORD = re.compile(r"(\w+)$")
# A note that opens with a name alone, as letters and emails do: "Sarah -", "Priya,", "Marcus:".
BARE_NAME = re.compile(
    r"\A\s*(?P<name>[A-Z][a-zà-öø-ÿ]+(?:[-’'][A-Z]?[a-z]+)?)"
    r"(?:[ \t]*[,:][ \t]*(?:\n|[a-zà-öø-ÿ])|[ \t]+[-–—][ \t]*(?:\n|\w))"  # "London, UK" is a place
)
# A note typed in lower case that opens with a name, then a word addressed to them: "kev u sorted…".
LOWER_NAME = re.compile(r"\A\s*(?P<name>[a-zà-öø-ÿ]{2,15})[ \t]*,?[ \t]+(?P<next>[a-zà-öø-ÿ'’]+)")
SIGN_OFF_WORDS = {"thanks", "thank", "cheers", "best", "regards", "warmly", "sincerely", "yours", "love"}


def _shouted(tokens, run_length: int, letters: int) -> set[int]:
    """The words in runs of `run_length` or more words in capitals, punctuation between them
    keeping the run ("HUGE NEWS: OUR NEW COURSE IS LIVE" is one run), one of them `letters` long
    at least: shouting, not names. Acronyms side by side ("SAP CPI/BTP") are short."""
    upper = tokens.upper
    if upper.count(1) < run_length:  # most notes: one scan in C
        return set()
    shouted, run = set(), []
    for i in range(tokens.n + 1):
        if i < tokens.n and upper[i] and tokens.alpha[i]:
            run.append(i)
        elif i == tokens.n or not (tokens.punct[i] or tokens.space[i]):
            if len(run) >= run_length and any(tokens.length[j] >= letters for j in run):
                shouted.update(run)
            run = []
    return shouted


class Names:
    """Read from the specificity family's data; one instance per pipeline, used by its detector."""

    def __init__(self, data: dict):
        self.not_names = set(data["not_names"])
        # "a few more Scottish contacts", "Irish founders": a nationality or a community before a
        # word for people (`crowd_nouns`) names no one thing (ties.py reads the same words after
        # "we're both").
        self.peoples, self.crowds = set(data["category_nouns"]), set(data["crowd_nouns"])
        self.job_titles = frozenset(data["job_title_words"])
        self.title_ends = tuple(data["job_title_endings"])
        self.shouted = int(data["shouted_run"]), int(data["shouted_letters"])
        self.opener_words = set(data["opener_words"])
        self.lower_name_next = set(data["lower_name_next"])
        self.lower_not_names = set(data["lower_not_names"])
        self.sign_off_words = set(data["sign_off_words"])
        self.sign_off_joiners = set(data["sign_off_joiners"])
        self.german_determiners = frozenset(data["german_determiners"])
        self.german_common = frozenset(data["german_common_nouns"])
        self.german_noun_endings = tuple(data["german_noun_endings"])

    def recipient(self, ctx: Context) -> tuple[str, int, int] | None:
        """The recipient's name, with its span: greeted, called out mid-note or alone at the top."""
        return (
            ctx.greeting_name
            or self._vocative(ctx.text)
            or self._bare_name(ctx.text)
            or self._lower_name(ctx.text)
        )

    def named(self, ctx: Context) -> list[Hit]:
        """Named things: a trained pipeline's entities, else capitalised names mid-sentence."""
        doc = ctx.doc
        greeted = ctx.greeting_name
        skip_until = greeted[2] if greeted else group_greeted(ctx.text) - 1
        if doc.has_annotation("ENT_IOB"):
            hits = []
            signed = self.sign_off_start(ctx)
            for ent in doc.ents:
                if ent.start_char < skip_until or ent.start_char >= signed:
                    continue
                if ent.label_ in ENTITY_LABELS:
                    hits.append(Hit("SPC103", ent.start_char, ent.end_char, {"phrase": ent.text}))
                elif ent.label_ in TIME_LABELS:
                    hits.append(Hit("SPC106", ent.start_char, ent.end_char, {"phrase": ent.text}))
            return hits
        starts = ctx.segment_starts
        tokens, lowers, n = ctx.tokens, ctx.lowers, ctx.tokens.n
        idx, title, alpha, length = tokens.idx, tokens.title, tokens.alpha, tokens.length
        text = ctx.text
        not_names = self.not_names
        signed = self.sign_off_start(ctx)
        introduced = _self_introduced(ctx) if not INTRODUCERS.isdisjoint(ctx.words) else ()
        tags = ctx.merge_tags  # "[Contact Name]", "[Event/Location]": a template's fields, no names
        shouted = _shouted(tokens, *self.shouted)
        named = [
            i
            for i in range(n)
            # Title case, all caps ("NASA") or inner capitals ("PyCon", "GitHub", "McDonald"); not
            # one letter ("Quick Q:", "Plan B").
            if (title[i] or (alpha[i] and text[idx[i]].isupper()))
            and length[i] > 1
            and skip_until < idx[i] < signed
            and idx[i] not in starts
            and lowers[i] not in not_names
            and not (lowers[i] in self.peoples and i + 1 < n and lowers[i + 1] in self.crowds)
            and not (i and lowers[i - 1] in SELF_INTRO and not _someone_elses(ctx, i))
            and i not in introduced
            and not (i and lowers[i - 1] == ":" and _function_word(lowers[i]))
            and not (tags and any(s <= idx[i] < e for s, e in tags))
            and i not in shouted
        ]
        # A German note's nouns: after an article or a possessive, or everyday ones anywhere.
        german = not self.german_determiners.isdisjoint(lowers) or not self.german_common.isdisjoint(lowers)
        if named and german:
            nouns = self._german_nouns(ctx, named)
            named = [i for i in named if i not in nouns]
        # Runs of names, joined by a connector ("of", "de", "du", "del", "&"…) before the next name.
        runs, run = [], None
        for i in named:
            if run is not None:
                j = run[1] + 1
                while j < i and lowers[j] in CONNECTORS and title[j + 1]:
                    j += 1
                if j == i:
                    run[1] = i
                    continue
                runs.append(run)
            run = [i, i]
        if run is not None:
            runs.append(run)
        hits = [_span_hit(ctx, a, b) for a, b in runs if not self._job_title(lowers, a, b)]
        return [h for h in hits if h.detail["phrase"].lower() not in LONE_CONNECTORS]

    def _job_title(self, lowers: list[str], first: int, last: int) -> bool:
        """The run of names from token `first` to `last` is a job title: "Plant Manager", "Head",
        "Head of Data", "VP of Sales" (`job_title_words`)."""
        opens = lowers[first] in self.job_titles and "of" in lowers[first + 1 : last]
        return opens or self.is_title(lowers[last])

    def is_title(self, word: str) -> bool:
        """A word that ends a job title (`job_title_words`), also in its Polish cases ("Managera")."""
        titles = self.job_titles
        return word in titles or any(word.endswith(e) and word[: -len(e)] in titles for e in self.title_ends)

    def _german_nouns(self, ctx: Context, named: list[int]) -> set[int]:
        """Of the capitalised words, those a German note writes so because they are nouns: after an
        article or a possessive, inflected adjectives between ("Ihrem beeindruckenden Werdegang"),
        and the everyday nouns of `german_common_nouns` and words with a noun's ending
        (`german_noun_endings`: "Innovation", "Logistik", "Digitalisierung") wherever they stand."""
        tokens, text = ctx.tokens, ctx.text
        nouns = set()
        for i in named:
            if not tokens.title[i]:
                continue
            word = ctx.lowers[i]
            if word in self.german_common or (len(word) > 5 and word.endswith(self.german_noun_endings)):
                nouns.add(i)
                continue
            # The words before it as written: the English tokenizer splits German "im" in two.
            for word in reversed(text[max(0, tokens.idx[i] - 80) : tokens.idx[i]].split()[-4:]):
                word = word.strip(".,;:!?()\"'„“”")
                if word.lower() in self.german_determiners:
                    nouns.add(i)
                    break
                if not (word.islower() and word.endswith(("e", "en", "er", "es", "em"))):
                    break
        if nouns and more_stop_words(ctx.lowers, "en", ["de"]):  # not German after all
            return set()
        return nouns

    def sign_off_start(self, ctx: Context) -> int:
        """Where the sender's sign-off begins (the end of the note when there is none): the closing
        sentences made of a closing ("Kind regards,", "Thanks,") and what a signature holds (a
        name, a title, a company, a number), and a dash with a name at the end of the last ("...
        connect - Tom Baker")."""
        text, segments = ctx.text, ctx.segments
        start = len(text)
        for i in range(len(segments) - 1, 0, -1):  # never the first: that is the note itself
            seg_start, seg_end = segments[i]
            if text.count(" ", seg_start, seg_end) > 8:  # a sentence, not a sign-off: most notes end so
                break
            words = text[seg_start:seg_end].replace("|", " | ").split()
            closing = 0  # "Kind regards,", "Thanks,", "All the best,"
            while closing < len(words) and words[closing].lower().strip(",.!:;") in self.sign_off_words:
                closing += 1
            if len(words) <= 8 and all(self._signature_word(w) for w in words[closing:]):
                start = seg_start
            else:
                break
        if start == len(text) and segments and any(d in text[segments[-1][0] :] for d in "-–—~"):
            dash = SIGN_OFF.search(text, segments[-1][0])
            if dash and all(w[:1].isupper() for w in dash.group().strip(" -–—~").split()):
                start = dash.start()
        return start

    def _signature_word(self, word: str) -> bool:
        """A word a name, title, company or contact line is made of: capitalised, a number or a
        symbol ("+44", "|"), an address ("tom@northwind.com", "northwind.com"), or a joiner."""
        return (
            not word[0].isalpha()
            or word[0].isupper()
            or "@" in word
            or "." in word[1:-1]
            or (word.lower() in self.sign_off_joiners)
        )

    def _vocative(self, text: str) -> tuple[str, int, int] | None:
        """The recipient's name called out mid-note ("…on my pull request, Jonas!"), when no
        greeting names them."""
        if "," not in text or ("!" not in text and "?" not in text):
            return None
        for match in VOCATIVE.finditer(text):
            name = match.group("name")
            before = LAST_WORD.search(text, max(match.start() - 30, 0), match.start())
            if not before or before.group(1).lower() in SIGN_OFF_WORDS:
                continue  # "Cheers, Tom!" signs off
            if name.lower() in self.not_names or name.lower() in NOT_NAMES:
                continue  # "Hello everyone, Team!"
            return name, match.start("name"), match.end("name")
        return None

    def _bare_name(self, text: str) -> tuple[str, int, int] | None:
        """The recipient's name alone at the top, as letters open ("Sarah -", "Priya,"); not a
        word that opens notes ("Thanks,", "Congrats -", "Quick question:") or a common word."""
        match = BARE_NAME.match(text)
        if not match:
            return None
        name = match.group("name")
        if self._common_word(name.lower()):
            return None
        return name, match.start("name"), match.end("name")

    def _lower_name(self, text: str) -> tuple[str, int, int] | None:
        """ "kev u sorted our boiler", "léa c toi qui…": in a note typed in lower case, its first
        word when the next is addressed to them (`lower_name_next`); not a greeting, a stop word or
        a word that opens notes, nor one friends call each other (`lower_not_names`)."""
        match = LOWER_NAME.match(text)
        if not match or match.group("next") not in self.lower_name_next:
            return None
        name = match.group("name")
        if name in self.lower_not_names or self._common_word(name):
            return None
        return name, match.start("name"), match.end("name")

    def _common_word(self, low: str) -> bool:
        """A word that opens notes, a stop word or another word that names nobody."""
        return low in self.not_names or low in NOT_NAMES or low in STOP_WORDS or low in self.opener_words


def _self_introduced(ctx: Context) -> set[int]:
    """ "I'm Ana Ruiz from Acme Labs": the sender's own name and, after "from", "at" or "with",
    their company, as token indices."""
    lowers, idx, text = ctx.lowers, ctx.tokens.idx, ctx.text
    n = len(lowers)
    found = set()
    for k, word in enumerate(lowers):
        if word not in INTRODUCERS:
            continue
        j = _name_end(ctx, k + 1)
        if j < n and lowers[j] in POSSESSIVE:
            continue  # "I'm Tom Lee's colleague": someone else
        found.update(range(k + 1, j))
        if k + 1 < j < n and lowers[j] in COMPANY_LINKS:
            j += 1
            while j < n and text[idx[j]].isupper() and len(found) < 8:
                found.add(j)
                j += 1
    return found


def _name_end(ctx: Context, i: int) -> int:
    """The token after the capitalised words (three at most) that start at token `i`."""
    idx, text, n = ctx.tokens.idx, ctx.text, len(ctx.lowers)
    j = i
    while j < n and text[idx[j]].isupper() and j - i < 3:
        j += 1
    return j


def _someone_elses(ctx: Context, i: int) -> bool:
    """The name starting at token `i` ends in a possessive: "I'm Tom's daughter", "I'm Tom Lee's
    colleague" name someone else, not the sender."""
    lowers = ctx.lowers
    if lowers[i] in STOP_WORDS:  # "Hi Zara, It's been ages": "is", not a possessive
        return False
    j = _name_end(ctx, i)
    return i < j < len(lowers) and lowers[j] in POSSESSIVE


def _function_word(word: str) -> bool:
    return any(word in stop_words(language) for language in CLAUSE_LANGUAGES)


def _span_hit(ctx: Context, first: int, last: int) -> Hit:
    start, end = ctx.tokens.idx[first], ctx.tokens.end(last)
    return Hit("SPC103", start, end, {"phrase": ctx.text[start:end]})
