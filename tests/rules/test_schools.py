"""Notes from schools, universities and tutoring, and from those who sell to them: a child taken in
at short notice, a class sat in, in Dutch and the Nordic languages, a partnership asked about, a
course and its places offered in German, applicants promised. Every note here was written for these
tests; the assertions hold with the rules alone as with the model."""

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "Hi Rosa, thank you for taking my daughter into Year 4 mid-term when we moved from Derby. Her "
        "reading buddy scheme settled her in a week.",
        "Hi Rosa, thanks for taking me on as a student teacher at Fairfield Primary - your feedback on "
        "my phonics lessons still guides me.",
    ],
)
def test_the_sender_or_theirs_taken_in_is_a_deed_thanked(analyzer, text):
    report = analyzer.analyze(text)
    assert "SPC102" in report.all_codes(), report.all_codes()
    assert report.label == "personalized", report.reason


def test_a_request_taken_is_still_a_platform_step(analyzer):
    report = analyzer.analyze("Hi Rosa, thanks for taking my request. Looking forward to connecting.")
    assert "SPC102" not in report.all_codes(), report.all_codes()


@pytest.mark.parametrize(
    "text",
    [
        "Hoi Sanne, ik zat in jouw klas bij de kappersopleiding in Zwolle. Door jouw lessen knip ik nu in "
        "mijn eigen salon.",
        "Hej Linnea, jag gick i din klass på Hvitfeldtska 2014 - du fick mig att älska kemi.",
    ],
)
def test_a_class_sat_in_is_a_shared_past_in_dutch_and_swedish(analyzer, text):
    report = analyzer.analyze(text)
    assert "SPC102" in report.all_codes(), report.all_codes()
    assert report.label == "personalized", report.reason


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (
            "Hi Rosa, I make phonics flashcards for primary schools and I'm looking for heads to stock "
            "them. Could we talk about a partnership?",
            "PIT015",
        ),
        (
            "Hallo Rosa, unsere Fortbildung 'Lesen lernen mit Apps' startet im März. Hätten Sie Interesse "
            "an einem Platz für Ihr Team?",
            "PIT013",
        ),
        (
            "Hi Dr Haas, we bring international students to universities like yours and can deliver 150 "
            "qualified applicants a year. Would a call on Thursday work?",
            "PIT010",
        ),
    ],
)
def test_a_partnership_a_course_place_and_applicants_are_offered(analyzer, text, code):
    report = analyzer.analyze(text)
    assert code in report.all_codes(), report.all_codes()
    assert report.label == "sales", report.reason
