"""The platform's default sentence kept beside words of the sender's own, and the old relationship
wrapper's claim. Every note here was written for these tests."""

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "Hi Marta, great chatting at PyData Berlin about your pandas talk! I'd like to add you to my "
        "professional network on LinkedIn.",
        "Hello Femi, we shared a stand at the Lagos Book Fair in May and you lent me your card "
        "reader. I'd like to add you to my professional network.",
    ],
)
def test_the_default_sentence_beside_their_work_or_a_shared_context_is_personal(analyzer, text):
    report = analyzer.analyze(text)
    assert "DEF002" in report.all_codes()  # the default sentence is still worth replacing
    assert report.label == "personalized", report.reason
    assert report.scores["specificity"] > 0


@pytest.mark.parametrize(
    "text",
    [
        "Hello Maria, I'm a writer and content creator. I'd like to add you to my professional network.",
        "Hi Jo, hope you're well! I'd like to add you to my professional network on LinkedIn. Cheers, Sam",
    ],
)
def test_the_default_sentence_with_nothing_of_theirs_is_the_default(analyzer, text):
    report = analyzer.analyze(text)
    assert report.label == "default", report.reason
    assert report.scores["specificity"] == 0 and report.scores["overall"] <= 20


def test_the_old_wrappers_relationship_is_a_claim_not_a_shared_context(analyzer):
    text = (
        "Hi Gina,\nMarco Rossi has indicated you are a Fellow group member of Data Engineers UK:\n"
        "I'd like to add you to my professional network on LinkedIn."
    )
    report = analyzer.analyze(text)
    wrapper = text.index("has indicated")
    assert not [s for s in report.signals if s["code"] == "SPC102" and s["start"] >= wrapper]
    assert "CLM001" in report.all_codes()
    assert report.label == "default", report.reason


def test_the_senders_own_words_after_the_wrapper_still_count(analyzer):
    report = analyzer.analyze(
        "Tom has indicated you are a Colleague: great working with you on the Ocado warehouse "
        "migration last year, let's keep in touch!"
    )
    assert report.label == "personalized", report.reason


@pytest.mark.parametrize(
    "text, found",
    [
        (
            "Hi Ana, I came across your profile and I would like to add you to my professional network on "
            "LinkedIn!",
            "I would like to add you to my professional network on LinkedIn!",
        ),
        ("Hello Petra, as a friend of a friend, I'd like to add you to my professional network.", None),
        ("Hi Lea, I'd love to add you to my network of climate founders working on heat pumps.", ""),
    ],
)
def test_the_default_sentence_inside_a_longer_one_is_found(analyzer, text, found):
    hits = [f for f in analyzer.analyze(text).findings if f.code == "DEF002"]
    if found == "":
        assert hits == [], hits
        return
    assert hits and hits[0].detail.get("inside") == "yes", hits
    if found:
        assert text[hits[0].start : hits[0].end] == found
