"""CLM: relationship claims with spans, and whether the facts or the note itself support them."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from rapidfuzz import fuzz

from ..facts import fold, same_person
from .base import Hit, family_data, longest_first
from .context import Context, Guarded, add_phrases, ends_with_words, starts_with_words, word_list

# Where a meeting was said to be, right after the claim: "we met at PyCon", "nos conocimos en el
# congreso de Oviedo", "vi träffades på bokmässan" (not Italian "a", Portuguese "no" nor Polish
# "w", "we", which are English words too; and "in person", "en persona", "in real life" name no
# place).
PLACE = re.compile(
    r"\s*(?:you\s+)?(?:at|during|in|en|em|na|nos|nas|à|au|aux|al|alla|allo|ai|agli|alle|op|tijdens|bij|på|under|"
    r"podczas)\s+(?:(?:the|el|la|los|las|o|os|as|le|les|il|lo|de|het|den|der|die|dem)\s+|l['’])?"
    r"(?!(?:person|persona|pessoa|personne|real\s+life)\b)(?P<place>[^,.!?\n;—–]{2,60})",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Claim:
    kind: str
    phrase: str
    start: int
    end: int
    verdict: str  # supported | unverified | contradicted
    place: str | None = None

    def to_dict(self) -> dict:
        return {
            "kind": self.kind,
            "phrase": self.phrase,
            "start": self.start,
            "end": self.end,
            "verdict": self.verdict,
            "place": self.place,
        }


class Detector:
    def __init__(self, nlp, matcher):
        data = family_data("claims")
        self.kinds = list(data["claims"])
        self.patterns = {kind: Guarded(entries) for kind, entries in data["claim_patterns"].items()}
        for kind, phrases in data["claims"].items():
            add_phrases(nlp, matcher, f"CLM:{kind}", phrases)
        self.denials = {fold(p): kinds for p, kinds in data["denials"].items()}
        add_phrases(nlp, matcher, "CLM:deny", data["denials"])
        self.supports = data["supports"]
        self.third_party = set(data["third_party"])
        self.met_here = word_list(data["met_here"])
        # "It would be great to meet you at the expo": a meeting wished for claims none.
        self.met_wished = word_list(family_data("specificity")["meeting_wishes"])
        others = data["others"]
        self.other_kinds = set(others["kinds"])
        self.possessive = others["possessive"]
        self.address = word_list(others["address"])
        self.referrals = set(others["referrals"])

    def extract(self, ctx: Context) -> list[tuple[str, int, int, str | None]]:
        found = []
        for kind in self.kinds:
            for start, end in ctx.longest(f"CLM:{kind}"):
                if kind == "met" and starts_with_words(ctx.text, end, self.met_here):
                    continue  # met on the platform, not in person
                if kind == "met" and ends_with_words(ctx.text, start, self.met_wished):
                    continue
                if ctx.denied(start, end):
                    continue  # "we have never worked together" claims nothing
                if kind in self.other_kinds:
                    claim = self.whose(ctx, kind, start, end)
                    if claim is None:
                        continue  # the sender's own friend or colleague, not the recipient
                    claimed, start, end = claim
                else:
                    claimed = kind
                place = PLACE.match(ctx.text, end) if kind == "met" else None
                found.append((claimed, start, end, place.group("place").strip() if place else None))
        for kind, guarded in self.patterns.items():  # "wir haben 2019 zusammen … gearbeitet"
            found += [
                (kind, h.start, h.end, None)
                for h in guarded.found(ctx, kind)
                if not ctx.denied(h.start, h.end)
            ]
        # Where phrases of two kinds overlap ("indicated you are a friend" inside the wrapper),
        # keep the longer one; and one claim of a kind per sentence ("our mutual friend Tom
        # suggested I reach out" is one mutual connection, not two).
        kept, seen = [], set()
        for claim in longest_first(found, lambda claim: (claim[1], claim[2])):
            key = (claim[0], ctx.segment_index(claim[1]))
            if key not in seen:
                seen.add(key)
                kept.append(claim)
        return kept

    def whose(self, ctx: Context, kind: str, start: int, end: int) -> tuple[str, int, int] | None:
        """What "my colleague" and its like claim, and its span: `kind` where the phrase
        addresses the recipient, `mutual` from "my" to the verb where the sender's named
        colleague is said to know them ("my colleague Tom said"), None where it is about
        someone else."""
        text = ctx.text
        if text[start:end].lower().startswith(self.possessive + " "):
            head = start
        elif ends_with_words(text, start, (self.possessive,)):
            head = len(text[:start].rstrip()) - len(self.possessive)
        else:
            return kind, start, end  # "as a former colleague"
        before = text[:head].rstrip()
        if ends_with_words(text, head, self.address):
            return kind, start, end
        after = text[end:].lstrip()
        if (not before or before[-1] == ",") and (not after or after[0] in ",.!?;"):
            return kind, start, end  # "Hi Tom, my friend!"
        tokens, lowers = ctx.tokens, ctx.lowers
        j = bisect.bisect_left(tokens.idx, end)
        names = 0
        while j < tokens.n and names < 4 and (tokens.title[j] or lowers[j] == ","):
            j, names = j + 1, names + 1
        if j < tokens.n and lowers[j] in self.referrals:
            return "mutual", head, tokens.end(j)
        return None

    def detect(self, ctx: Context) -> list[Hit]:
        text = ctx.text
        # "We haven't spoken since Berlin" denies nothing: it says they did.
        denials = [(s, e) for s, e in ctx.longest("CLM:deny") if not ctx.stopped(e)]
        hits = []
        for kind, start, end, place in self.extract(ctx):
            denial = next(
                (text[s:e] for s, e in denials if kind in self.denials.get(fold(text[s:e]), ())),
                None,
            )
            verdict, code, detail = self.judge(kind, place, denial, ctx.facts)
            if code:
                hits.append(Hit(code, start, end, {"kind": kind, "phrase": text[start:end], **detail}))
            ctx.claims.append(Claim(kind, text[start:end], start, end, verdict, place))
        return hits + self.wrong_name(ctx)

    def judge(self, kind, place, denial, facts) -> tuple[str, str | None, dict]:
        """The verdict on one claim, the rule it breaks (if any) and details for the message."""
        if denial:
            return "contradicted", "CLM003", {"denial": denial}
        if facts.met_at and kind == "met" and place and not _same_place(place, facts.met_at):
            where = f"met at {facts.met_at}"
            return "contradicted", "CLM002", {"fact": where, "alternative": f" ({where})"}
        if facts.relationship and kind not in self.third_party:
            if kind in self.supports[facts.relationship]:
                return "supported", None, {}
            alternative = "" if facts.relationship == "none" else f" ({facts.relationship})"
            return (
                "contradicted",
                "CLM002",
                {"fact": f"relationship is {facts.relationship}", "alternative": alternative},
            )
        if facts.met_at and kind == "met":
            return "supported", None, {}
        if facts.known is True and kind not in self.third_party:
            return "supported", None, {}
        if facts.known is False and kind not in self.third_party:
            return "unverified", "CLM005", {}
        if kind in self.third_party:  # no fact records who else knows them
            return "unverified", "CLM001", {"confirm": "the recipient can ask the person you name"}
        return "unverified", "CLM001", {"confirm": f"pass --relationship {kind} to record that it is"}

    def wrong_name(self, ctx: Context) -> list[Hit]:
        greeted = ctx.greeting_name
        if not ctx.facts.to or not greeted or same_person(greeted[0], ctx.facts.to):
            return []
        name, start, end = greeted
        return [Hit("CLM004", start, end, {"found": name, "expected": ctx.facts.to})]


def _same_place(said: str, fact: str) -> bool:
    return fuzz.partial_ratio(fold(said), fold(fact)) >= 70
