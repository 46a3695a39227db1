"""A day or a month is a time reference, counted once; the time of a call asked for is not a shared
past. Every note here was written for these tests."""

import pytest


def test_a_weekday_is_a_time_reference_not_a_named_thing(analyzer):
    report = analyzer.analyze("Hi Amir, good to meet you at the ramen bar on Thursday. Let's stay in touch.")
    found = {(s["code"], s["text"]) for s in report.signals}
    assert ("SPC106", "on Thursday") in found
    assert not any(code == "SPC103" and "Thursday" in text for code, text in found)


def test_the_time_of_a_call_asked_for_is_not_a_time_reference(analyzer):
    report = analyzer.analyze("Hi Megan, do you have 15 minutes on Thursday to talk about intake software?")
    assert "PIT001" in report.all_codes()
    assert "SPC106" not in report.all_codes()
    assert report.label != "personalized", report.reason


def test_a_time_in_another_sentence_still_counts(analyzer):
    report = analyzer.analyze(
        "Hi Megan, we met at the legal tech breakfast on Thursday. Do you have 15 minutes next week?"
    )
    assert "SPC106" in report.all_codes()


def test_the_same_words_found_twice_are_one_signal(analyzer):
    report = analyzer.analyze("I loved your talk at PyCon on async generators.")
    spans = [(s["code"], s["start"], s["end"]) for s in report.signals]
    assert len(spans) == len(set(spans))
    assert ("SPC101", "your talk") in {(s["code"], s["text"]) for s in report.signals}


def test_a_day_in_a_wish_is_a_greeting_not_a_time_reference(analyzer):
    report = analyzer.analyze("Hi Amir, thanks for the connect! Happy Monday!")
    assert "SPC106" not in report.all_codes()
    assert report.label == "default", report.reason


def test_a_time_the_sender_will_come_back_is_no_shared_past(analyzer):
    report = analyzer.analyze(
        "Hi Dana, if new software isn't a priority for the depot right now, no problem. I'll check back "
        "in a few months."
    )
    assert "SPC106" not in report.all_codes()
    met = analyzer.analyze("Hi Dana, we met back in 2019 at the Leeds packaging fair.")
    assert "SPC106" in met.all_codes()


def test_a_day_ahead_or_a_deadline_is_no_shared_past(analyzer):
    for text in (
        "Hi Ana, come and try our new tasting menu at Casa Lima this Friday!",
        "Hi Ana, early-bird tickets for the summit are on sale until Friday.",
        "Hi Ana, we're hosting a webinar on payroll next Wednesday.",
    ):
        report = analyzer.analyze(text)
        assert "SPC106" not in report.all_codes(), text
        assert report.label != "personalized", report.reason
    past = analyzer.analyze("Hi Ana, I lived in the flat above yours until last year - thanks for the plant!")
    assert "SPC106" in past.all_codes()


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("Hallo Jonas, wir haben letzten Sommer zusammen am Bodensee gesegelt.", "letzten Sommer"),
        ("Bonjour Jonas, on a fait la fresque du quartier ensemble l'été dernier à Lille.", "l'été dernier"),
        (
            "Hola Jonas, coincidimos en el taller de cerámica de Oviedo el invierno pasado.",
            "el invierno pasado",
        ),
        ("Hej Jonas, vi sjöng i samma kör på Sommarscen i somras.", "i somras"),
    ],
)
def test_a_season_or_weekend_past_is_a_time_reference_in_other_languages(analyzer, text, phrase):
    found = {(s["code"], s["text"]) for s in analyzer.analyze(text).signals}
    assert ("SPC106", phrase) in found
    assert not any(code == "SPC103" and text == "Sommer" for code, text in found)


def test_a_habit_is_no_time_reference(analyzer):
    report = analyzer.analyze(
        "Hi Noor, an idea for your page: a short video of the new bakes every Friday morning."
    )
    assert "SPC106" not in report.all_codes(), report.all_codes()
    assert report.label != "personalized", report.reason


def test_a_day_past_still_is(analyzer):
    report = analyzer.analyze("Hi Noor, good to meet you at the Whitstable market on Friday.")
    assert "SPC106" in report.all_codes(), report.all_codes()


def test_a_month_past_with_last_is_a_time_reference(analyzer):
    report = analyzer.analyze(
        "Hi Noor, the puppet show you staged at Hebden library last March had my twins hooked."
    )
    assert "SPC106" in report.all_codes(), report.all_codes()
