"""Praise for a piece of theirs that would fit any writer or speaker: their recent article, their
talk at "the conference", with nothing that says which, a conversation "continued" that points
back at nothing else, and "your new chapter", a time of life. And the same pieces when the note
says which, or a conversation they had. Every note here was written for these tests."""

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "Hi Paola! Your recent article was really thought-provoking. Would love to connect.",
        "Hi Paola, I saw your talk at the conference and it really stuck with me. Would love to continue the "
        "conversation.",
        "Hi Paola, big fan of your podcast! Let's connect.",
        "Hi Paola, congratulations on your recent achievement in 2025! Would love to connect.",
    ],
)
def test_a_piece_praised_with_nothing_that_says_which_is_generic(analyzer, text):
    report = analyzer.analyze(text)
    codes = report.all_codes()
    assert "SPC101" not in codes and "SPC102" not in codes, codes
    # Nothing specific by the rules; where they leave a note undecided the model may still call it.
    assert report.label == "default" or "SPC108" in codes, (report.reason, codes)


@pytest.mark.parametrize(
    "text",
    [
        "Hi Paola, your recent article on flood insurance for renters was really thought-provoking.",
        "Hi Paola, I saw your talk at FOSDEM and it really stuck with me. Would love to continue the "
        "conversation.",
        "Hi Paola, I listen to your podcast every Monday on the train to Turin.",
        "Hi Paola, I really enjoyed the conversation about tenant unions after your panel.",
    ],
)
def test_a_piece_or_a_conversation_the_note_says_which_is_theirs(analyzer, text):
    report = analyzer.analyze(text)
    codes = report.all_codes()
    assert "SPC101" in codes or "SPC102" in codes, codes
    assert report.label == "personalized", report.reason


def test_a_new_chapter_of_their_life_is_no_piece_of_their_work(analyzer):
    report = analyzer.analyze("Hi Ines, congrats on your new chapter! Wishing you the best.")
    assert "SPC101" not in report.all_codes(), report.all_codes()
    report = analyzer.analyze(
        "Hi Ines, your chapter on night-shift fatigue in the RCN handbook changed our rota."
    )
    assert "SPC101" in report.all_codes(), report.all_codes()


@pytest.mark.parametrize(
    "text",
    [
        "Hi Ana, you made time for a new connection like me. Looking forward to learning from you.",
        "Hi Ana, you made a name for yourself in hospitality. Let's connect.",
        "Hi Ana, you made it! Congrats on the new role.",
    ],
)
def test_you_made_as_an_idiom_or_for_someone_like_me_fits_anyone(rules_only, text):
    report = rules_only.analyze(text)
    assert {"SPC101", "SPC102"}.isdisjoint(report.all_codes()), report.signals
    assert report.label == "default", report.reason


def test_time_made_for_the_sender_at_a_named_moment_still_counts(rules_only):
    report = rules_only.analyze("Hi Ana, you made time for me at the Leeds expo when my stand collapsed.")
    assert "SPC102" in report.all_codes(), report.signals


@pytest.mark.parametrize(
    "text",
    [
        "Hey Efua, I attended your session today - thanks! Let's keep in touch.",
        "Hi Ike, your keynote yesterday was great, thank you.",
    ],
)
def test_a_piece_praised_with_only_when_it_was_and_thanks_fits_anyone(rules_only, text):
    report = rules_only.analyze(text)
    assert "SPC101" not in report.all_codes() and report.label == "default", report.reason
