"""Texts rebuilt from pieces of another, and the map of offsets back to it."""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Iterable


class OffsetMap:
    """Maps offsets of a text built from pieces of another back to that other text. A piece
    copied as is maps offset by offset; a replaced piece maps to its start, or its end for the
    end of a span."""

    def __init__(self) -> None:
        self.out: list[int] = []
        self.pieces: list[tuple[int, int, int, int]] = []  # out_start, out_len, src_start, src_len

    def add(self, out_start: int, out_len: int, src_start: int, src_len: int) -> None:
        self.out.append(out_start)
        self.pieces.append((out_start, out_len, src_start, src_len))

    def replaced(self, src_start: int, src_end: int) -> tuple[int, int]:
        """Where the piece of the other text that was replaced from `src_start` to `src_end` stands
        in this one."""
        out_start, out_len = next(
            (o, n) for o, n, s, length in self.pieces if s == src_start and length == src_end - src_start
        )
        return out_start, out_start + out_len

    def __call__(self, pos: int, end: bool = False) -> int:
        if not self.pieces:
            return pos
        i = max(bisect.bisect_right(self.out, pos - (1 if end else 0)) - 1, 0)
        out_start, out_len, src_start, src_len = self.pieces[i]
        offset = pos - out_start
        if out_len == src_len:
            return src_start + min(max(offset, 0), src_len)
        return src_start + (src_len if end and offset > 0 else 0)


def rebuilt(text: str, replacements: Iterable[tuple[int, int, str]]) -> tuple[str, OffsetMap]:
    """The text with each (start, end, new) replaced, in order and not overlapping, and a map
    back to it."""
    parts, back, cursor, length = [], OffsetMap(), 0, 0
    for start, end, new in replacements:
        if start > cursor:
            back.add(length, start - cursor, cursor, start - cursor)
            parts.append(text[cursor:start])
            length += start - cursor
        back.add(length, len(new), start, end - start)
        parts.append(new)
        length += len(new)
        cursor = end
    back.add(length, len(text) - cursor, cursor, len(text) - cursor)
    parts.append(text[cursor:])
    return "".join(parts), back


def compose(first: OffsetMap, second: OffsetMap) -> OffsetMap:
    """The map of a text rebuilt (by `first`) from a text itself rebuilt (by `second`)."""
    composed = _Composed()
    composed.first, composed.second = first, second
    return composed


class _Composed(OffsetMap):
    first: OffsetMap
    second: OffsetMap

    def __call__(self, pos: int, end: bool = False) -> int:
        return self.second(self.first(pos, end), end)


# Two or more spaces, tabs or no-break spaces in a row, or one that is not a plain space. The
# tokenizer makes a token of each extra one, and a phrase with such a token inside ("your  post",
# "your\u00a0post" from a pasted or HTML message) no longer matches. Line breaks, and what
# str.splitlines takes for one (\x0b, \x0c, \x1c-\x1e, \x85, \u2028, \u2029), are left alone.
SPACES = "\t\x1f\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000"
GAP = re.compile(f"[ {SPACES}]{{2,}}|[{SPACES}]")


def single_spaced(text: str) -> tuple[str, OffsetMap | None]:
    """The text with each gap between words as one plain space, and a map back (None when the
    text already is)."""
    if text.isascii():
        # The gaps plain ASCII text can hold, looked for with `in`: far faster than GAP.
        if "  " not in text and "\t" not in text and "\x1f" not in text:
            return text, None
    elif GAP.search(text) is None:
        return text, None
    return rebuilt(text, ((*gap.span(), " ") for gap in GAP.finditer(text)))


# Characters that change nothing a reader sees: the soft hyphen, zero-width spaces and joiners,
# direction marks, the byte order mark, invisible operators and tags. Pasted text carries them, and
# bulk senders slip them between letters so that filters miss their words. Not the zero-width
# joiner, which holds emoji sequences together.
INVISIBLE = re.compile(
    "[\u00ad\u061c\u180e\u200b\u200c\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff"
    "\U000e0001\U000e0020-\U000e007f]"
)
# A character outside ASCII with the combining marks after it, or an ASCII letter with some.
CLUSTER = re.compile("[^\x00-\x7f][\u0300-\u036f]*|[\x00-\x7f][\u0300-\u036f]+")
# Unicode's hyphens, which NFKC keeps, read as the ASCII one words and phrases are written with:
# "15\u2011min call" (a non-breaking hyphen, as some editors type it) is a "15-min call".
HYPHEN_CHARS = "\u2010\u2011"
HYPHENS = str.maketrans(dict.fromkeys(HYPHEN_CHARS, "-"))


def compatible(text: str) -> tuple[str, OffsetMap | None]:
    """The text in Unicode's compatibility form (NFKC), cluster by cluster, without invisible
    characters: "𝗳𝗿𝗲𝗲 𝗱𝗲𝗺𝗼" (LinkedIn's "bold") as "free demo", "ｆｒｅｅ" as "free", an accent
    typed as a combining mark as one letter, a non-breaking hyphen as "-"; and a map back (None
    when nothing changed)."""
    if text.isascii() or (
        unicodedata.is_normalized("NFKC", text)
        and INVISIBLE.search(text) is None
        and not any(hyphen in text for hyphen in HYPHEN_CHARS)
    ):
        return text, None
    changes = []
    for cluster in CLUSTER.finditer(text):
        original = cluster.group()
        if INVISIBLE.fullmatch(original):
            new = ""
        else:
            new = unicodedata.normalize("NFKC", original).translate(HYPHENS)
        if new != original:
            changes.append((*cluster.span(), new))
    return rebuilt(text, changes) if changes else (text, None)


# A line break inside a sentence, as hard-wrapped text has them: after a letter, a digit or a
# comma and before a lower-case letter ("your open-source satellite\nimagery dataset").
SOFT_BREAK = re.compile(r"(?<=[^\W_]|,)[^\S\n]*\r?\n(?=[^\S\n]*[a-zà-öø-ÿ])")


def unwrapped(text: str) -> str:
    """The text with each line break inside a sentence read as a space, character for character
    (offsets do not move)."""
    if "\n" not in text:
        return text
    return SOFT_BREAK.sub(lambda m: " " * len(m.group()), text)


# Emoji, and a run of them with their modifiers, as one pattern.
EMOJI_CHARS = (
    "\U0001f1e6-\U0001f1ff\U0001f300-\U0001f5ff\U0001f600-\U0001f64f\U0001f680-\U0001f6ff"
    "\U0001f900-\U0001f9ff\U0001fa70-\U0001faff\u2600-\u26ff\u2700-\u27bf"
)
EMOJI = re.compile(f"[{EMOJI_CHARS}]")
_RUN = f"[{EMOJI_CHARS}][{EMOJI_CHARS}\ufe0f\u200d\U0001f3fb-\U0001f3ff]*"
# Emoji between two words of a sentence ("thanks for the great 🔥 content"): decoration that
# splits a phrase. Not an emoji that opens or closes a line or a sentence ("👋 Hi", "connect! 🚀").
DECORATION = re.compile(f"(?<=\\w) +{_RUN}(?: +{_RUN})* +(?=\\w)")


def undecorated(text: str) -> tuple[str, OffsetMap | None]:
    """The text with emoji between two words read as the space between them, and a map back
    (None when there are none)."""
    if text.isascii() or DECORATION.search(text) is None:
        return text, None
    return rebuilt(text, ((*m.span(), " ") for m in DECORATION.finditer(text)))


def trimmed(text: str) -> tuple[str, OffsetMap | None]:
    """The text without the blank lines and spaces around it, and a map back (None when only its
    end was cut, which moves no offset). A text of blanks only is left as it is."""
    lead = len(text) - len(text.lstrip())
    if lead == len(text):
        return text, None
    text = text.rstrip()
    return rebuilt(text, [(0, lead, "")]) if lead else (text, None)


def reading(text: str) -> tuple[str, OffsetMap | None]:
    """The note as the rules read it (`compatible`, `undecorated`, `unwrapped`, `single_spaced`,
    then `trimmed`), and a map back to the note as written (None when the two are the same)."""
    view, first = compatible(text)
    view, second = undecorated(view)
    view, third = single_spaced(unwrapped(view))
    view, fourth = trimmed(view)
    back = None
    for step in (first, second, third, fourth):  # each maps back to the text the step before made
        if step is not None:
            back = step if back is None else compose(step, back)
    return view, back
