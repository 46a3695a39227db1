"""A note's surface as people leave it: two spaces, a tab or a no-break space between words,
LinkedIn's "bold" letters, invisible characters, accents typed as combining marks. The rules read
the note's plain form; findings point into the note as written. Every note here was written for
these tests."""

import importlib.util
import json
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from inviteslint.offsets import EMOJI, INVISIBLE, reading, unwrapped

CORPORA = Path(__file__).resolve().parent.parent / "corpora"
# The disguises of corpora/surface.py, which measures them on the corpus.
_spec = importlib.util.spec_from_file_location("surface", CORPORA / "surface.py")
surface = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(surface)
bold = surface.bold

NOTES = [
    (
        "Hi Ines, your post on cold-chain audits at Lidl was spot on. We met at the FreshTech fair in "
        "Lisbon last spring - would love to stay in touch.",
        "personalized",
    ),
    (
        "Hi Tom, I help B2B founders add $50k in monthly revenue. Open to a quick call this week?",
        "sales",
    ),
    ("Hello, I came across your profile and would love to expand my network.", "default"),
]
GAPS = ["  ", "\u00a0", "\t", " \u00a0", "\u202f"]


@pytest.mark.parametrize(("text", "label"), NOTES)
@pytest.mark.parametrize("gap", GAPS)
def test_a_gap_reads_as_one_space(analyzer, text, label, gap):
    spaced = text.replace(" ", gap)
    plain, gapped = analyzer.analyze(text), analyzer.analyze(spaced)
    assert gapped.label == plain.label == label, gapped.reason
    assert gapped.all_codes() - {"LEN001", "LEN003"} == plain.all_codes() - {"LEN001", "LEN003"}
    # Every span is on the note as written: the same words, with the gaps they were written with.
    for finding in gapped.findings:
        if not finding.code.startswith("LEN"):
            assert spaced[finding.start : finding.end].replace(gap, " ").strip()
    for signal in gapped.signals:
        assert spaced[signal["start"] : signal["end"]] == signal["text"]
        assert " ".join(signal["text"].split()) in " ".join(text.split())


def test_a_phrase_split_by_a_double_space_is_found_where_it_was_written(analyzer):
    text = "Hi Jo, loved your  talk on flaky tests at PyCon. Your retry trick saved our CI."
    report = analyzer.analyze(text)
    work = [s for s in report.signals if s["code"] == "SPC101"]
    assert work and work[0]["text"].startswith("your  talk")
    assert report.label == "personalized", report.reason


def test_the_length_limit_counts_the_characters_as_typed(analyzer):
    # 300 characters single-spaced; three spaces after each sentence take it past the limit.
    single = (
        "Hi Ana, your talk at Data Council on testing dbt models changed how my team reviews pull "
        "requests. We now run your contract tests on every change. I lead analytics at a small grocer "
        "in Porto and would love to ask how you handle late-arriving facts in the nightly loads. Thanks "
        "for sharing the slides!"
    )
    text = single.replace(". ", ".   ")
    assert len(single) == 300 < len(text)
    assert "LEN001" not in analyzer.analyze(single).all_codes()
    report = analyzer.analyze(text)
    over = [f for f in report.findings if f.code == "LEN001"]
    assert over and (over[0].start, over[0].end) == (300, len(text))
    assert report.features["chars"] == len(text)
    assert report.label == "personalized", report.reason


def test_the_dev_splits_notes_read_the_same_with_their_spaces_doubled_or_unbreakable(analyzer):
    rows = [json.loads(line) for line in (CORPORA / "dev.jsonl").read_text(encoding="utf-8").splitlines()]
    texts = [r["text"] for r in rows if " " in r["text"]][:200]
    labels = [r.label for r, _ in analyzer.analyze_many((t, None) for t in texts)]
    for gap in ("  ", "\u00a0"):
        spaced = [r.label for r, _ in analyzer.analyze_many((t.replace(" ", gap), None) for t in texts)]
        assert spaced == labels


@pytest.mark.parametrize(("text", "label"), NOTES)
@pytest.mark.parametrize(
    "disguise",
    [
        bold,
        lambda t: t.replace(" ", " \u200b"),  # a zero-width space after every space
        lambda t: t.replace("e", "e\u00ad"),  # soft hyphens inside words
        lambda t: t.replace("!", "！").replace(",", "，"),  # fullwidth punctuation
        lambda t: t.replace("-", "\u2011"),  # non-breaking hyphens
    ],
)
def test_a_disguised_surface_reads_as_the_plain_note(analyzer, text, label, disguise):
    written = disguise(text)
    report = analyzer.analyze(written)
    assert report.label == label, report.reason
    for signal in report.signals:
        assert written[signal["start"] : signal["end"]] == signal["text"]


def test_a_bold_offer_is_found_where_it_was_written(analyzer):
    text = "Hi Tom, " + bold("FREE audit") + " of your ad account this week - book here: calendly.com/ads/15"
    report = analyzer.analyze(text)
    assert report.label == "sales", report.reason
    offer = [f for f in report.findings if f.code == "PIT004"]
    assert offer and text[offer[0].start : offer[0].end] == bold("FREE")


@pytest.mark.parametrize("hyphen", ["\u2010", "\u2011"])
def test_a_unicode_hyphen_inside_a_word_reads_as_a_hyphen(analyzer, hyphen):
    text = f"Hi Karen, would you be open to a 15{hyphen}min call next week about our 6{hyphen}week pilot?"
    report = analyzer.analyze(text)
    calls = [f for f in report.findings if f.code == "PIT001"]
    assert calls and text[calls[0].start : calls[0].end] == f"15{hyphen}min call"


@pytest.mark.parametrize(
    "text",
    [
        "Hi Lena, I noticed we're both in| Bristol. Let's connect!",
        "Hi Lena, I'd like to connect as I'm building| a network of designers in Lisbon.",
        "Hi Lena, we're both graduates of a Russell| Group university - let's connect!",
        "Hi Lena, I'm a student at Leeds and used your open-source bird-song| dataset for my thesis. "
        "Could I ask how you labelled the calls?",
    ],
)
@pytest.mark.parametrize("emoji", ["🔥", "🎨 ✨", "👍🏽"])
def test_an_emoji_between_two_words_splits_no_phrase(analyzer, text, emoji):
    plain, written = text.replace("|", ""), text.replace("|", f" {emoji}")
    expected, report = analyzer.analyze(plain), analyzer.analyze(written)
    assert report.label == expected.label, report.reason
    assert sorted(s["code"] for s in report.signals) == sorted(s["code"] for s in expected.signals)
    for signal in report.signals:
        assert written[signal["start"] : signal["end"]] == signal["text"]


def test_emoji_are_counted_as_written(analyzer):
    text = "🚀 Grow 📈 your 💼 business ✅"
    report = analyzer.analyze(text)
    overload = [f for f in report.findings if f.code == "STY003"]
    assert overload and text[overload[0].start : overload[0].end] == text
    assert "PIT010" in report.all_codes()  # "Grow your business", read without its decoration


def test_an_accent_typed_as_a_combining_mark_is_one_letter(analyzer):
    composed = "Hallo Jana, danke für deinen Vortrag über Open Data beim Barcamp in Köln letzte Woche!"
    decomposed = unicodedata.normalize("NFD", composed)
    assert decomposed != composed
    assert analyzer.analyze(decomposed).all_codes() == analyzer.analyze(composed).all_codes()


@given(
    st.lists(
        st.sampled_from(
            [
                "word",
                "a",
                " ",
                "  ",
                "\u00a0",
                "\t",
                ",",
                "\u200b",
                "\u00ad",
                "𝗳𝗿𝗲𝗲",
                "ｆ",
                "e\u0301",
                "…",
                "🙂",
                "\n",
            ]
        ),
        max_size=30,
    )
)
def test_the_reading_maps_back_onto_the_note_as_written(pieces):
    text = "".join(pieces)
    view, back = reading(text)
    if back is None:  # nothing changed, or only blanks cut from the end
        assert view == unwrapped(text).rstrip() or not text.strip()
        return
    assert "  " not in view and "\u00a0" not in view and "\t" not in view and "\u200b" not in view
    for i, char in enumerate(view):
        start, end = back(i), back(i + 1, True)
        assert 0 <= start < end <= len(text)
        if char == " ":  # a gap, maybe with invisible characters or emoji in it
            assert EMOJI.sub("", INVISIBLE.sub("", text[start:end])).isspace()
        if char.isalpha():
            assert char in unicodedata.normalize("NFKC", text[start:end])


def test_a_hard_wrapped_note_reads_as_one_paragraph(analyzer):
    text = (
        "Hi Kai, I'm a PhD student at NUS and used your open-source satellite\n"
        "imagery dataset for my crop-yield paper. Would you like a copy of the\n"
        "preprint? Thanks again for publishing it."
    )
    report = analyzer.analyze(text)
    assert report.label == analyzer.analyze(" ".join(text.split())).label == "personalized", report.reason
    work = [s for s in report.signals if s["code"] == "SPC101"]
    assert work and "\n" in work[0]["text"]  # the span is the note as written, line break and all


def test_a_line_break_before_a_new_sentence_or_a_sign_off_stays(analyzer):
    report = analyzer.analyze(
        "Hi Craig, congrats on your work anniversary! Let's connect.\n\nBest,\nTom Baker"
    )
    assert "SPC103" not in report.all_codes()
    assert unwrapped("Great talk.\nthanks") == "Great talk.\nthanks"
    assert unwrapped("Thanks for your time,\nAna Lopes") == "Thanks for your time,\nAna Lopes"
    assert unwrapped("your satellite\r\nimagery") == "your satellite  imagery"


def test_leading_blank_lines_and_indents_change_nothing(analyzer):
    text = "Greetings from a fellow member of the LinkedIn community! Let's grow together."
    assert analyzer.analyze("\n  " + text).all_codes() == analyzer.analyze(text).all_codes()


def test_the_blanks_around_a_note_change_nothing(analyzer):
    # A draft saved to a file ends with a line break, a pasted note may start with blank lines:
    # neither is part of what the note says, so no label, finding or span may move with them.
    rows = [
        json.loads(line)
        for name in ("dev.jsonl", "tryouts-heldout.jsonl")
        for line in (CORPORA / name).read_text(encoding="utf-8").splitlines()
    ]
    texts = [r["text"] for r in rows if r["text"].strip()]
    plain = [r for r, _ in analyzer.analyze_many((t, None) for t in texts)]
    for before, after in (("", "\n"), ("", " \n\n"), ("\n\n  ", "")):
        framed = analyzer.analyze_many((before + t + after, None) for t in texts)
        for text, report, (other, _) in zip(texts, plain, framed, strict=True):
            assert other.label == report.label, text
            moved = [(f.code, f.start - len(before), f.end - len(before)) for f in other.findings]
            assert moved == [(f.code, f.start, f.end) for f in report.findings], text


@pytest.mark.parametrize("text", ["\ufeff", "\u200b", "\u00ad", " \ufeff "])
def test_a_note_of_invisible_characters_only_is_no_note_with_a_span_inside_it(analyzer, text):
    report = analyzer.analyze(text)
    [finding] = [f for f in report.findings if f.code == "DEF001"]
    assert 0 <= finding.start <= finding.end <= len(text)


@pytest.mark.parametrize(
    "text, shouted",
    [
        (
            "Hi Lena, great meeting you at PyCon on Friday. Could I ask how you pin builds? HOPE TO HEAR "
            "BACK SOON.",
            True,
        ),
        (
            "Hi Lena, your NHS AI pilot at UCLH with the BBC and NASA teams was great - how did the GDPR "
            "review go?",
            False,
        ),
    ],
)
def test_one_sentence_shouted_is_shouting_and_acronyms_are_not(analyzer, text, shouted):
    findings = [f for f in analyzer.analyze(text).findings if f.code == "STY001"]
    assert bool(findings) is shouted, findings
    if shouted:
        assert text[findings[0].start : findings[0].end] == "HOPE TO HEAR BACK SOON"
