"""What every detector reads: the Doc, its phrase matches as character spans, and the inputs."""

from __future__ import annotations

import bisect
import importlib.util
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from importlib import resources

from spacy.attrs import IDX, IS_ALPHA, IS_PUNCT, IS_SPACE, IS_TITLE, IS_UPPER, LENGTH, LIKE_URL, ORTH
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.strings import hash_string
from spacy.tokens import Doc

from ..facts import Facts
from .base import Hit, family_data, longest_first
from .casefold import Lazy, lower_form, reads_as_written

# Texting forms and the words they stand for ("ur" → "your"): reading.toml.
TEXTING_NORMS: dict[str, str] = family_data("reading")["texting_norms"]
TEXTING_FORMS = frozenset(TEXTING_NORMS)
# The forms as spelled, as spaCy's string hashes: a set test on the note's tokens finds them.
TEXTING_ORTHS = frozenset(
    hash_string(spelling) for form in TEXTING_FORMS for spelling in (form, form.capitalize(), form.upper())
)
# Languages where a texting form is a word of its own: Dutch and Polish "u".
TEXTING_LANGUAGES = ("nl", "pl")
# Contractions also looked for without their apostrophe ("im a", "dont"): reading.toml.
APOSTROPHE_OPTIONAL = frozenset(family_data("reading")["apostrophe_optional"])
# A meeting or work together denied ("we have never worked together"): reading.toml.
NEGATIONS = frozenset(family_data("reading")["negations"])
NEGATION_BRIDGES = frozenset(family_data("reading")["negation_bridges"])
STILL_PAST = frozenset(family_data("reading")["negation_still_past"])
NEGATION_OTHER_SENSES: dict[str, str] = family_data("reading")["negation_other_senses"]

# Greetings that open a note, in the languages the rules know ("Good morning", "Buenos días",
# "Guten Tag" and the like included).
GREETINGS = (
    r"hi|hiya|hello|hey|dear|good (?:morning|afternoon|evening|day)|hola|"
    r"buen[oa]s (?:d[ií]as|tardes)|bonjour|bonsoir|hallo|guten (?:morgen|tag|abend)|moin|ciao|"
    r"buongiorno|buonasera|salve|ol[aá]|oi|fala|e a[ií]|bom dia|boa tarde|salut|coucou|buenas|hej|servus|"
    # Polish, Dutch, Swedish, Danish and Norwegian.
    r"cze[śs][ćc]|dzie[ńn] dobry|witam|hoi|beste|dag|goede(?:morgen|middag|navond|ndag)|hejsan|tjena|"
    r"hall[åa]|hei|god (?:morgen|dag)|goddag|"
    # "Dear" in the other languages: "Caro Antonio", "Querida Ana", "Lieber Jonas", "Kære Maja".
    r"car[oa]|carissim[oa]|gentile|gentilissim[oa]|querid[oa]|estimad[oa]|ch[eè]re?|lieber?|"
    r"sehr geehrter?|geachte|k[æa]re|kj[æa]re|k[äa]ra|drog[ia]|szanown[ya]"
)
# "Greetings" opens a note but names nobody after it ("Greetings from Lagos").
GREETING = re.compile(rf"^\s*(?:{GREETINGS}|greetings)\b", re.IGNORECASE)
# The greeting and the name after it, e.g. "Hi Maria," or "Dear Dr. Okonkwo,". A second name is
# capitalised and on the same line ("Hi Mary Jane,"; not "Hi Kent how are you", "Hi Kent\n\nMy name…").
CAPITAL = "A-ZÀ-ÖØ-ÞĀĂĄĆĈĊČĎĐĒĔĖĘĚĜĞĠĢĤĦĨĪĬĮİĴĶĹĻĽĿŁŃŅŇŌŎŐŒŔŖŘŚŜŞŠŢŤŦŨŪŬŮŰŲŴŶŸŹŻŽ"
GREETING_NAME = re.compile(
    # "Greetings Priya," greets a name only where a comma or "!" follows it; "Hello there Priya":
    # "there" before the name.
    rf"^\s*(?:{GREETINGS}|greetings(?=\s+(?-i:[{CAPITAL}])[\w'’-]*\s*[,!]))"
    rf"(?:\s+there(?=\s+(?-i:[{CAPITAL}])))?\s+"
    r"(?:(?:mr|mrs|ms|miss|dr|dra|prof|professor|professora|sir|herr|frau|sr|sra|srta|señor|señora|"
    r"dott|dott\.ssa|dottoressa|ing|avv|engr|monsieur|madame|mme|signor|signora|doutor|doutora|"
    r"pani|panie|pan|mevrouw|meneer|heer)\.?\s+){0,2}"
    rf"(?P<name>[^\W\d_][\w'’-]*(?:[ \t]+(?-i:[{CAPITAL}])[\w'’-]*)?)",
    re.IGNORECASE,
)
# A dash that signs off ("… on LinkedIn. - Tom", "…!—Ana"), not a hyphen inside a word ("adicioná-lo").
SIGN_OFF = re.compile(r"\s*(?<!\w)[-–—~]+\s*\S[^\n]{0,40}$")
SEGMENT = re.compile(r"\S[^\n]*")  # a line, from its first visible character
SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
FIRST_WORD = re.compile(r"\w")
WORD = re.compile(r"\w+(?:['’]\w+)?")  # a word, with an apostrophe inside ("you've")
DIGIT = re.compile(r"\d")  # a note without one skips the patterns that need one


def split_segments(text: str) -> list[tuple[int, int]]:
    """Character spans of lines, split again at sentence ends.

    Notes are short and laid out in lines (greeting, body, sign-off), which a sentence
    splitter working on tokens does not see, so lines come first."""
    spans = []
    for line in SEGMENT.finditer(text):
        start = line.start()
        for part in SENTENCE_END.split(line.group()):
            begin = text.index(part, start) if part else start
            if part.strip():
                spans.append((begin, begin + len(part)))
            start = begin + len(part)
    return spans


class once:  # noqa: N801 -- used as a decorator, like property
    """An attribute computed on first use and then kept on the instance, so that later reads are
    plain attribute reads: the detectors read these some seventy times a note, and a property's
    call on each read cost about ten microseconds a note. (functools.cached_property does the same
    but takes a lock on each first read in Python 3.11.)"""

    def __init__(self, method):
        self.method = method
        self.__doc__ = method.__doc__

    def __set_name__(self, owner, name: str) -> None:
        self.name = name

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        value = instance.__dict__[self.name] = self.method(instance)
        return value


@cache
def stop_words(language: str) -> frozenset[str]:
    """spaCy's stop words of a language, from its `stop_words` module alone: importing it the usual
    way first imports the language's package, which builds its tokenizer exceptions and the like
    (1.7 s for eight languages, where this takes milliseconds)."""
    path = resources.files("spacy.lang").joinpath(language, "stop_words.py")
    spec = importlib.util.spec_from_file_location(f"inviteslint.stop_words_{language}", str(path))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return frozenset(module.STOP_WORDS)


def more_stop_words(words: list[str], language: str, others: Iterable[str]) -> bool:
    """At least as many of the words are stop words of `language` as of any of `others`: "the",
    "you", "with" for English against "el", "que", "und", "che". How the rules tell a note's
    language, where it matters, with no model."""
    count = sum(w in stop_words(language) for w in words)
    return all(sum(w in stop_words(o) for w in words) <= count for o in others)


def _foreign_texting_forms(tokens: Tokens, doc: Doc) -> list[int]:
    """The tokens of a texting form ("u", "ur") in a note that reads as Dutch or Polish, where
    "u" is a word of its own: the formal "you" ("met u connecten") or "at" ("u nas"). The
    phrase matcher reads the form as the English word; in such a note it must not."""
    if TEXTING_ORTHS.isdisjoint(tokens.orth):
        return []
    words = [t.text.lower() for t in doc]
    if more_stop_words(words, "en", TEXTING_LANGUAGES):
        return []
    return [i for i, orth in enumerate(tokens.orth) if orth in TEXTING_ORTHS]


def without_apostrophes(phrase: str) -> str:
    """The phrase as people text writes it: "i'm a recruiter" as "im a recruiter" (only the
    contractions of `APOSTROPHE_OPTIONAL`; a phrase with none comes back as it is)."""
    return " ".join(w.replace("'", "") if w in APOSTROPHE_OPTIONAL else w for w in phrase.split(" "))


UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})


def without_umlauts(phrase: str) -> str:
    """German as typed where a keyboard has no umlauts: "gespräch über" as "gespraech ueber"."""
    return phrase.translate(UMLAUTS)


# Letters that carry no combining mark to strip, and the Danish and Norwegian way of typing
# å, ø, æ without them ("paa", "vaare", "moete").
UNMARKED = str.maketrans({"ł": "l", "ø": "o", "đ": "d"})
NORDIC = str.maketrans({"å": "aa", "ø": "oe", "æ": "ae"})


def without_accents(phrase: str) -> tuple[str, ...]:
    """The phrase as typed on a keyboard or by a tool without accents: "vous aider à développer" as
    "vous aider a developper", "våre kunder" as "vare kunder" and "vaare kunder". Not for one short
    word, which would become another ("là" is "la", "más" is "mas")."""
    if phrase.isascii():  # most phrases: nothing to strip
        return ()
    plain = "".join(
        c for c in unicodedata.normalize("NFD", phrase.translate(UNMARKED)) if not unicodedata.combining(c)
    )
    if plain == phrase or (" " not in phrase and len(plain) < 5):
        return ()
    nordic = phrase.translate(NORDIC)
    return (plain, nordic) if nordic != phrase else (plain,)


def spellings(phrase: str) -> tuple[str, ...]:
    """A phrase in lower case with a straight apostrophe, and as people also write it: without the
    apostrophe of a contraction, German without umlauts, and any language without its accents."""
    phrase = phrase.lower().replace("’", "'")
    return phrase, without_apostrophes(phrase), without_umlauts(phrase), *without_accents(phrase)


def add_phrases(nlp: Language, matcher: PhraseMatcher, key: str, phrases: Iterable[str]) -> None:
    """Add phrases under one key, matched on lower case, in each of their `spellings` and with a
    curly apostrophe too."""
    variants = set()
    for phrase in phrases:
        forms = spellings(phrase)
        variants |= {*forms, forms[0].replace("'", "’")}
    matcher.add(key, list(nlp.tokenizer.pipe(sorted(variants))))


def word_list(words: Iterable[str]) -> tuple[str, ...]:
    """Words or phrases to compare with the text around a match, in each of their `spellings` (the
    text is compared with a straight apostrophe)."""
    return tuple(dict.fromkeys(form for w in words for form in spellings(w)))


def past_tense(verb: str, irregular: set[str], excluded: set[str]) -> bool:
    """A verb in the past ("fixed", or one of `irregular`: "taught", "gave") that is not one of
    `excluded` (steps on the platform: "viewed", "connected")."""
    past = verb in irregular or (len(verb) > 3 and verb.endswith("ed") and verb.isalpha())
    return past and verb not in excluded


def thanks_for(lowers: list[str], i: int, excluded: set[str], verb_at: int | None = None) -> bool:
    """ "thanks for running the class", "thank you for mentoring me": `lowers[i]` is the "for",
    after "thanks" or "thank you", before a verb in -ing (at `verb_at`, else right after) that is
    not one of `excluded` (steps on the platform: "accepting", "connecting")."""
    verb_at = i + 1 if verb_at is None else verb_at
    if i < 1 or verb_at >= len(lowers) or lowers[i] != "for":
        return False
    verb = lowers[verb_at]
    # "thanks for jump starting my car", "for dog sitting Bo": a verb in two words.
    if verb in COMPOUND_FIRSTS and verb_at + 1 < len(lowers) and lowers[verb_at + 1].endswith("ing"):
        verb = lowers[verb_at + 1]
    thanked = verb.endswith("ing") and verb.isalpha() and verb not in excluded
    return thanked and thanks_word(lowers, i) is not None


# The first words of verbs written in two ("jump starting", "dog sitting", "proof reading").
COMPOUND_FIRSTS = frozenset(family_data("reading")["compound_verb_firsts"])


# "thanks again for…", "thank you so much for…": a word or two of emphasis before "for".
THANKS_EMPHASIS = frozenset({"again", "so", "much", "very", "lot", "a"})


def thanks_word(lowers: list[str], i: int) -> int | None:
    """Where "thanks", or the "thank" of "thank you", stands before the "for" at `i`, over a word or
    two of emphasis; None if neither does."""
    k = i - 1
    while k > 0 and i - k <= 2 and lowers[k] in THANKS_EMPHASIS:
        k -= 1
    if lowers[k] == "thanks":
        return k
    if lowers[k] == "you" and k > 0 and lowers[k - 1] == "thank":
        return k - 1
    return None


def starts_with_words(text: str, end: int, phrases: tuple[str, ...]) -> str | None:
    """Which of `phrases` (from word_list) the words right after `end` are, whole words."""
    after = text[end : end + 60].lstrip().lower().replace("’", "'")
    if not after.startswith(phrases):  # one C-level test rejects most calls
        return None
    return next(
        (p for p in phrases if after.startswith(p) and not after[len(p) : len(p) + 1].isalnum()), None
    )


def ends_with_words(text: str, start: int, phrases: tuple[str, ...]) -> str | None:
    """Which of `phrases` (from word_list) the words right before `start` are, whole words."""
    before = text[max(0, start - 60) : start].rstrip().lower().replace("’", "'")
    if not before.endswith(phrases):
        return None
    return next(
        (
            p
            for p in phrases
            if before.endswith(p) and (p[0] == "'" or not before[-len(p) - 1 : -len(p)].isalnum())
        ),
        None,
    )


POSSESSIVE = {"'s", "’s"}
APOSTROPHES = POSSESSIVE | {"'", "’"}  # a lone one after a word in -s: "the wasps' nest"
WORK_OWNERS = frozenset({"your", "his", "her", "their"})  # whose work: "your talk", "her paper"
SENDER_OWNERS = frozenset({"my", "our"})  # the sender's own: "my pricing framework", "my mum"
SENDER_SUBJECTS = frozenset({"i", "we"})  # the sender as a clause's subject: "when I locked myself out"
JOINERS = {"-", ":", "/"}  # inside a word, with no space around: one word
# Double quotes around a title ("you sang “Danny Boy” at my uncle's party"): part of the words they
# hold, no break and no word of their own.
QUOTES = {'"', "“", "”", "«", "»", "„"}
COLUMNS = (IDX, LENGTH, IS_ALPHA, IS_TITLE, IS_UPPER, IS_PUNCT, IS_SPACE, LIKE_URL, ORTH)


class Tokens:
    """The token attributes detectors read, one plain tuple per attribute, taken from the Doc
    in one ``Doc.to_array`` call: looping over lists is far cheaper than over Token objects."""

    __slots__ = ("idx", "length", "alpha", "title", "upper", "punct", "space", "url", "orth", "n")

    def __init__(self, doc: Doc):
        # Rows to columns by zip: a third faster than numpy's transpose and tolist, for tuples.
        rows = doc.to_array(COLUMNS).tolist() if len(doc) else []
        columns = list(zip(*rows, strict=True)) if rows else [()] * len(COLUMNS)
        (
            self.idx,
            self.length,
            self.alpha,
            self.title,
            self.upper,
            self.punct,
            self.space,
            self.url,
            self.orth,
        ) = columns
        self.n = len(doc)

    def end(self, i: int) -> int:
        return self.idx[i] + self.length[i]


# A letter's script, by the first word of its Unicode name; a few said as people say them.
SCRIPT_NAMES = {"CJK": "Chinese", "HIRAGANA": "Japanese", "KATAKANA": "Japanese", "HANGUL": "Korean"}
# Characters outside the Latin script's blocks (Basic Latin to Latin Extended-B, and Latin
# Extended Additional).
NOT_LATIN = re.compile(r"[^\x00-\u024f\u1e00-\u1eff]")
# Scripts written without spaces between words: a word count says nothing there.
UNSPACED_SCRIPTS = frozenset({"Chinese", "Japanese", "Thai", "Lao", "Khmer", "Myanmar", "Tibetan"})


def unread_script(text: str, share: float, min_letters: int) -> str | None:
    """The script most of the note's letters are in when it is not the Latin one (Latin Extended,
    accents and all, ends at U+024F; U+1E00-U+1EFF is Latin too): `share` of its letters or more,
    and at least `min_letters` of them. None for a Latin-script note."""
    if text.isascii():
        return None
    # Curly quotes, dashes and emoji are beyond U+024F too, but no letters: a C-level scan first.
    other = [ch for ch in NOT_LATIN.findall(text) if ch.isalpha()]
    if len(other) < share * min_letters:
        return None
    letters = sum(map(str.isalpha, text))
    if letters < min_letters or len(other) < share * letters:
        return None
    scripts = Counter(unicodedata.name(ch, "OTHER").split()[0] for ch in other)
    # Japanese writes kanji (CJK) beside its own kana: any kana says which language.
    first = "HIRAGANA" if scripts.keys() & {"HIRAGANA", "KATAKANA"} else scripts.most_common(1)[0][0]
    return SCRIPT_NAMES.get(first, first.title())


@dataclass
class Context:
    doc: Doc
    facts: Facts
    limit: int
    matches: dict[str, list[tuple[int, int]]]
    # Doc.text joins every token: the text comes from the caller instead.
    text: str = ""
    # The note as written; `text` is its single-spaced reading when the two differ. Only the
    # length family reads it: the platform counts characters as typed.
    source: str = ""
    tokens: Tokens | None = None
    # Tokens of a texting form in a Dutch or Polish note ("met u"): words of their own there.
    foreign_forms: list[int] = field(default_factory=list)
    hits: list[Hit] = field(default_factory=list)
    claims: list = field(default_factory=list)
    features: dict = field(default_factory=dict)

    @classmethod
    def build(
        cls, doc: Doc, text: str, matcher: PhraseMatcher, facts: Facts, limit: int, source: str | None = None
    ) -> Context:
        spans: dict[str, list[tuple[int, int]]] = defaultdict(list)
        strings = doc.vocab.strings
        tokens = Tokens(doc)
        forms = _foreign_texting_forms(tokens, doc)
        for match_id, start, end in matcher(doc):
            if forms and any(start <= i < end for i in forms):
                continue
            spans[strings[match_id]].append((tokens.idx[start], tokens.end(end - 1)))
        return cls(
            doc=doc,
            facts=facts,
            limit=limit,
            matches=spans,
            text=text,
            source=text if source is None else source,
            tokens=tokens,
            foreign_forms=forms,
        )

    def codes(self) -> set[str]:
        return {hit.code for hit in self.hits}

    @once
    def script(self) -> str | None:
        """The script the rules do not read that the note is mostly in (STY006); None for a note in
        Latin letters."""
        data = family_data("style")
        return unread_script(
            self.text, float(data["unread_script_share"]), int(data["unread_script_min_letters"])
        )

    def longest(self, key: str) -> list[tuple[int, int]]:
        """Matches of one key with overlaps removed, the longest match winning."""
        if key not in self.matches:
            return []
        return longest_first(self.matches.get(key, ()), lambda span: span)

    def phrase_hits(self, key: str, code: str | None = None) -> list[Hit]:
        if key not in self.matches:
            return []
        return [Hit(code or key, s, e, {"phrase": self.text[s:e]}) for s, e in self.longest(key)]

    def lookahead_hits(
        self, heads: set[str], targets: set[str], code: str, gap: int = 2, lists: bool = False
    ) -> list[Hit]:
        """A head word followed, within `gap` words and no punctuation, by a target word:
        "your <recent Medium> article", "our <AI> tool"; with `lists`, commas may come between
        ("my <video, animation and graphics> services")."""
        if heads.isdisjoint(self.words):
            return []
        lowers = self.lowers
        tokens, hits = self.tokens, []
        for i in [i for i, word in enumerate(lowers) if word in heads]:
            end = self.followed_by(tokens.end(i), targets, gap + 1, lists)
            if end is not None:
                hits.append(Hit(code, tokens.idx[i], end, {"phrase": self.text[tokens.idx[i] : end]}))
        return hits

    def followed_by(self, pos: int, targets: set[str], within: int, lists: bool = False) -> int | None:
        """The end of the first of `targets` among the next `within` words after `pos`, with no
        punctuation or line break between: "we're a <small creative> agency". A hyphen inside a
        word joins its parts ("your <20-minute> talk", "your CVE <write-up>"), as do a colon or a
        slash ("your AWS <re:Invent> talk", "your <CI/CD> post"), and a possessive
        "'s" is part of its word ("your <grandmother's recipe> post"), as is a plural's lone
        apostrophe ("the <wasps'> nest"); a number in figures uses up no word ("<band 6> nurses"), nor
        do double quotes around a title ("you sang <“Danny Boy” at my>…")."""
        tokens, lowers = self.tokens, self.lowers
        punct, space = tokens.punct, tokens.space
        j = bisect.bisect_left(tokens.idx, pos)
        stop = min(j + within, tokens.n)
        while j < stop:
            if lowers[j] in QUOTES or (
                lowers[j] in APOSTROPHES
                and j
                and tokens.idx[j] == tokens.end(j - 1)
                and (lowers[j] in POSSESSIVE or lowers[j - 1].endswith("s"))
            ):
                # "grandmother's", a plural's lone apostrophe ("the wasps' nest") and quotes around a
                # title: part of the words around them, no word of their own.
                stop = min(stop + 1, tokens.n)
            elif punct[j]:
                if lists and lowers[j] == ",":
                    j += 1
                    continue
                if lowers[j] not in JOINERS or not self._inner(j):
                    return None
                if f"{lowers[j - 1]}{lowers[j]}{lowers[j + 1]}" in targets:
                    return tokens.end(j + 1)
                stop = min(stop + 2, tokens.n)  # the joiner and the part after it are not new words
            elif space[j]:
                return None
            elif lowers[j] in targets:
                return tokens.end(j)
            elif lowers[j].isdigit():
                # A grade or a count is part of the words around it ("band 6 and band 7 radiographers").
                stop = min(stop + 1, tokens.n)
            j += 1
        return None

    def followed_by_words(
        self, pos: int, phrases: tuple[tuple[str, ...], ...], within: int, lists: bool = False
    ) -> int | None:
        """As `followed_by`, for targets of several words, each given as its tokens in lower case:
        the end of the first target that starts among the next `within` words ("we put together
        a <white paper>", "a white table and a <white paper>"); None when none does."""
        firsts = {phrase[0] for phrase in phrases}
        tokens, lowers = self.tokens, self.lowers
        first = bisect.bisect_left(tokens.idx, pos)
        while (end := self.followed_by(pos, firsts, within, lists)) is not None:
            i = bisect.bisect_left(tokens.idx, end) - 1
            for phrase in phrases:
                last = i + len(phrase) - 1
                if last < tokens.n and tuple(lowers[i : last + 1]) == phrase:
                    return tokens.end(last)
            within -= i + 1 - first  # look on from the word after, in what is left of the window
            pos, first = end, i + 1
        return None

    def denied(self, start: int, end: int) -> bool:
        """The phrase from `start` to `end` is said not to have happened: a negation right before
        it, or before up to three words of the verb's frame ("we have never worked together", "wir
        haben uns noch nicht kennengelernt"); not in a question ("haven't we met before?") nor
        where it happened after all (`stopped`)."""
        tokens, lowers = self.tokens, self.lowers
        i = bisect.bisect_left(tokens.idx, start) - 1
        stop = max(i - 3, -1)
        while i > stop and lowers[i] in NEGATION_BRIDGES:
            i -= 1
        if i < 0 or lowers[i] not in NEGATIONS:
            return False
        other = NEGATION_OTHER_SENSES.get(lowers[i])
        if other and more_stop_words(lowers, other, ("es", "en")):
            return False  # Portuguese "no" is "in the"
        if self.text[: self.segments[self.segment_index(start)][1]].rstrip().endswith("?"):
            return False
        return not self.stopped(end)

    def stopped(self, end: int) -> bool:
        """What is denied before `end` happened after all: it only stopped ("since" or a stretch of
        time follows within three words: "haven't spoken since the conference", "…in years"), or it
        could not have gone better ("couldn't have worked together better")."""
        j = bisect.bisect_left(self.tokens.idx, end)
        return not STILL_PAST.isdisjoint(self.lowers[j : j + 3])

    def _inner(self, j: int) -> bool:
        """Punctuation with a word on each side and no space: "lead-gen", "re:Invent", "CI/CD"."""
        tokens = self.tokens
        return (
            0 < j < tokens.n - 1 and tokens.idx[j] == tokens.end(j - 1) and tokens.idx[j + 1] == tokens.end(j)
        )

    @once
    def low(self) -> str:
        """The note in lower case."""
        return self.text.lower()

    @once
    def low_searched(self) -> str | None:
        """The note's lower case where the patterns can search it in the note's place (`casefold`),
        else None."""
        return self.low if reads_as_written(self.text, self.low) else None

    @once
    def lowers(self) -> list[str]:
        """Each token in lower case, cut from the note in lower case; a texting form as the word
        it stands for ("ur" as "your")."""
        text, tokens = self.text, self.tokens
        low = self.low
        pairs = zip(tokens.idx, tokens.length, strict=True)
        if len(low) != len(text):  # a few characters change length in lower case ("İ")
            words = [text[start : start + length].lower() for start, length in pairs]
        else:
            words = [low[start : start + length] for start, length in pairs]
        if TEXTING_FORMS.isdisjoint(words) or self.foreign_forms:
            return words
        return [TEXTING_NORMS.get(w, w) for w in words]

    @once
    def words(self) -> frozenset[str]:
        """The note's words in lower case, to test for any of a set of words at once."""
        return frozenset(self.lowers)

    @once
    def segments(self) -> list[tuple[int, int]]:
        """Lines and sentences of the note, found once and shared by the detectors."""
        return split_segments(self.text)

    @once
    def segment_starts(self) -> set[int]:
        """Where each line or sentence starts: a capitalised word there is not a name by its case.
        So is its first word after an emoji or a bullet ("👋 Dein Content…", "• Unsere Flyer")."""
        text, starts = self.text, set()
        for start, end in self.segments:
            starts.add(start)
            if not text[start].isalnum():
                first = FIRST_WORD.search(text, start, end)
                if first:
                    starts.add(first.start())
        return starts

    @once
    def segment_bounds(self) -> list[int]:
        return [start for start, _ in self.segments]

    def segment_index(self, pos: int) -> int:
        """Which of `segments` holds the character at `pos`: the last one starting at or before it."""
        return bisect.bisect_right(self.segment_bounds, pos) - 1

    def segment_first_token(self, pos: int) -> int:
        """The index of the first token of the line or sentence that holds the character at `pos`."""
        return bisect.bisect_left(self.tokens.idx, self.segments[self.segment_index(pos)][0])

    @once
    def sentences(self) -> int:
        """Segments of three words or more, at least one: a greeting line is not a sentence."""
        return max(1, sum(1 for s, e in self.segments if len(self.text[s:e].split()) > 2))

    @once
    def urls(self) -> list[tuple[int, int]]:
        """Character spans of URL-like tokens."""
        tokens = self.tokens
        if 1 not in tokens.url:  # most notes: one scan in C
            return []
        return [(tokens.idx[i], tokens.end(i)) for i, url in enumerate(tokens.url) if url]

    @once
    def greeting_name(self) -> tuple[str, int, int] | None:
        return greeting(self.text)

    @once
    def merge_tags(self) -> list[tuple[int, int]]:
        """Character spans of mail-merge placeholders left unfilled ("{skill}", "[Event/Location]")."""
        text = self.text
        if not any(c in text for c in "{[%<") and not any(w in self.low for w in BARE_TAG_WORDS):
            return []  # most notes: no bracket of any kind and no bare FIRSTNAME
        return [m.span() for m in MERGE_TAG.finditer(text)]


NOT_NAMES = frozenset(family_data("reading")["greeting_not_names"])
# PIT009's placeholder syntaxes as one pattern, its case-sensitive ones kept so: what a merge tag
# looks like, for the rules that must not read one as the recipient's name, work or event.
_TAG_RULE = next(r for r in family_data("pitch")["rule"] if r["code"] == "PIT009")
_TAG_SYNTAXES = [f"(?:{p})" for p in _TAG_RULE["patterns"]]
_TAG_SYNTAXES += [f"(?-i:{p})" for p in _TAG_RULE["patterns_case_sensitive"]]
MERGE_TAG = re.compile("|".join(_TAG_SYNTAXES), re.IGNORECASE)
BARE_TAG_WORDS = ("firstname", "first_name", "lastname", "companyname", "company_name", "jobtitle", "company")
GROUP_WORDS = frozenset(family_data("reading")["greeting_group_words"])
# "Hi Mike here from Acme", "Hej Hanna här": the sender's own name after the greeting, not the
# recipient's.
SELF_INTRO = re.compile(r"\s+(?:here|här|her|hier|aquí|aqui|ici|qui)\b(?![’'])", re.IGNORECASE)
NEXT_WORD = re.compile(r"[ \t]+(\w+)")
# Between a word for a group and its name: "equipo de Brightwell", "team at Acme", "équipe du Louvre".
GROUP_LINKS = {"de", "del", "do", "da", "du", "des", "di", "della", "of", "at", "from", "van", "von", "bei"}


def greeting(text: str) -> tuple[str, int, int] | None:
    """The name after a greeting ("Hi Maria,"), with its span."""
    match = GREETING_NAME.match(text)
    if not match or match.group("name").split()[0].lower() in NOT_NAMES:
        return None
    if SELF_INTRO.match(text, match.start("name") + len(match.group("name").split()[0])):
        return None
    if group_greeted(text, match):
        return None
    return match.group("name"), match.start("name"), match.end("name")


def group_greeted(text: str, match: re.Match | None = None) -> int:
    """Where the greeted words end when a greeting names a group or a role ("Dear Canva Hiring
    Team", "Hi Acme team", "Bonjour l'équipe Qonto": one of the greeted words or the one after them
    is a group's); else 0. Those words are neither the recipient's name nor a named thing."""
    match = match or GREETING_NAME.match(text)
    if not match:
        return 0
    after = NEXT_WORD.match(text, match.end("name"))
    words = match.group("name").lower().split() + ([after.group(1).lower()] if after else [])
    if any(word.rsplit("'", 1)[-1].rsplit("’", 1)[-1] in GROUP_WORDS for word in words):
        if not after:
            return match.end("name")
        if after.group(1).lower() in GROUP_LINKS:  # "Hola equipo de Brightwell": the group's name too
            named = NEXT_WORD.match(text, after.end())
            return named.end() if named else after.end()
        return after.end()
    return 0


class Guarded:
    """Regular expressions, each tried only on a note holding one of its `words` and, when it names
    word endings (`ends`), a word with one of them: a cheap test before a scan that can be dear. The
    patterns a note's words call for are looked up by word, so that the test costs as much for a
    hundred patterns as for ten."""

    def __init__(self, entries: list[dict]):
        self.patterns = [
            (
                tuple(entry.get("ends", ())),
                Lazy(entry["pattern"], re.IGNORECASE),
                _lowered(entry["pattern"]),
            )
            for entry in entries
        ]
        self.by_word: dict[str, list[int]] = {}
        for n, entry in enumerate(entries):
            for word in entry["words"]:
                self.by_word.setdefault(word, []).append(n)

    def found(self, ctx: Context, code: str) -> list[Hit]:
        """The matches, in the order of the patterns, as hits of `code`."""
        words = ctx.words
        called = sorted({n for word in words & self.by_word.keys() for n in self.by_word[word]})
        hits, text = [], ctx.text
        # Each pattern searches the note's lower case where it can (`casefold`), the note otherwise.
        low = ctx.low_searched if called else None
        for n in called:
            ends, pattern, lowered = self.patterns[n]
            if ends and not any(w.endswith(ends) for w in words):
                continue
            on_low = low is not None and lowered is not None
            found = lowered.finditer(low) if on_low else pattern.finditer(text)
            hits += [Hit(code, m.start(), m.end(), {"phrase": text[m.start() : m.end()]}) for m in found]
        return hits


def _lowered(pattern: str) -> Lazy | None:
    """The pattern's `casefold.lower_form`, compiled on first use, if it has one."""
    lowered = lower_form(pattern)
    return Lazy(lowered) if lowered is not None else None
