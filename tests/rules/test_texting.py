"""Notes written as people text: lower case, "ur" and "u", no "the", emoji. The rules read the
texting forms as the words they stand for, and the spans stay on the text as written. Every note
here was written for these tests."""

import pytest

from inviteslint.rules.context import without_apostrophes


def _codes(analyzer, text):
    return analyzer.analyze(text).all_codes()


@pytest.mark.parametrize(
    ("text", "code", "phrase", "label"),
    [
        (
            "hi jo, loved ur talk on flaky test triage at pycon, stole ur retry trick 🙏",
            "SPC101",
            "ur talk",
            "personalized",
        ),
        (
            "hey sam, u helped me carry the sofa up 4 floors last summer, thx again!!",
            "SPC102",
            "u helped me",
            "personalized",
        ),
        # Their move alone weighs little (sales tools fill it in), but it is read.
        ("omg ben saw ur new job at ocado, congrats!! pint soon?", "SPC107", "ur new job", "default"),
    ],
)
def test_texting_forms_read_as_the_words_they_stand_for(analyzer, text, code, phrase, label):
    report = analyzer.analyze(text)
    spans = [text[f.start : f.end] for f in report.findings] + [s["text"] for s in report.signals]
    assert code in report.all_codes()
    assert any(phrase in span for span in spans), spans
    assert report.label == label, report.reason


def test_a_word_that_only_looks_like_a_texting_form_keeps_its_case_and_place(analyzer):
    report = analyzer.analyze("Hi Ana, your talk on R at useR! was great. Do you have the slides?")
    assert "SPC101" in report.all_codes()
    assert report.label == "personalized", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Hi Kate, it's Amy from Brightlane's sales team. We could work together on your Q3 events.",
        "Hi Kate, I think we can grow together. Let's connect!",
    ],
)
def test_the_senders_own_team_or_a_future_together_is_no_shared_past(analyzer, text):
    assert "SPC102" not in _codes(analyzer, text)


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # A job seeker's own words, not a recruiter's.
        (
            "Hi Chloé, I'm currently open to work as a UX designer. It would mean a lot if you could "
            "connect.",
            "default",
        ),
        (
            "Hi Greg, I'm open to new opportunities and always keen to meet new people. Let's connect!",
            "default",
        ),
        ("Hey Sam, don't miss our spring offer: 40% off every plan until Friday.", "sales"),
        (
            "Hi Tom, you're a great fit for a Senior Java role with my client in Leeds. I've got 3 more too!",
            "sales",
        ),
    ],
)
def test_a_contraction_without_its_apostrophe_reads_the_same(analyzer, text, label):
    written = text.replace("'", "")
    plain, bare = analyzer.analyze(text), analyzer.analyze(written)
    assert bare.label == plain.label == label, bare.reason
    assert bare.all_codes() == plain.all_codes()


def test_only_contractions_that_are_no_other_word_lose_their_apostrophe():
    assert without_apostrophes("i'm a") == "im a"
    assert without_apostrophes("don't miss") == "dont miss"
    # "were", "well", "its", "lets" and "ill" are words of their own.
    for phrase in ("we're both", "we'll see", "it's been", "let's connect", "i'll be", "anna's talk"):
        assert without_apostrophes(phrase) == phrase


@pytest.mark.parametrize(
    "text",
    [
        # Dutch "u" is the formal "you", Polish "u" is "at": neither is the texting "u".
        "Goedemiddag mevrouw Smit, graag kom ik met u in contact. Met vriendelijke groet.",
        "Dzień dobry, jestem u nas w firmie odpowiedzialna za HR i poszerzam sieć kontaktów.",
    ],
)
def test_u_in_dutch_or_polish_is_no_texting_form(analyzer, text):
    report = analyzer.analyze(text)
    assert not {"SPC102", "CLM001"} & report.all_codes(), report.reason
    assert report.label == "default", report.reason


def test_u_in_an_english_note_still_reads_as_you(analyzer):
    report = analyzer.analyze("hey jan, met u at the utrecht meetup last week - loved ur demo!")
    assert "SPC102" in report.all_codes()
    assert report.label == "personalized", report.reason
