"""Notes written as people text: lower case, "ur" and "u", no "the", emoji. The rules read the
texting forms as the words they stand for, and the spans stay on the text as written. Every note
here was written for these tests."""

import pytest


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
