"""Restaurants, kitchens, bars, cafés and their suppliers: a trade both are in, buyers like them
served, a call asked, and Dutch and German offerings named by a compound's last part. Every note here
was written for these tests."""

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "Hi Ola, looks like we're both in the catering trade - good to connect!",
        "Hi Ola, we're both in the restaurant business, let's link up.",
    ],
)
def test_a_trade_both_are_in_fits_anyone(rules_only, text):
    report = rules_only.analyze(text)
    assert "SPC102" not in report.all_codes(), report.signals
    assert report.label == "default", report.reason


def test_trading_somewhere_named_is_still_a_shared_context(rules_only):
    report = rules_only.analyze("Hi Ola, we both trade at Spitalfields market on Sundays - good to connect!")
    assert "SPC102" in report.all_codes(), report.signals


@pytest.mark.parametrize(
    "text",
    [
        "Hi Ola, we've been cutting waste for bakeries like yours by a fifth.",
        "Hi Ola, I work with cafés like yours across Bristol on their coffee programmes.",
    ],
)
def test_buyers_like_them_served_are_a_self_pitch(rules_only, text):
    report = rules_only.analyze(text)
    assert "PIT003" in report.all_codes(), report.signals
    assert report.label == "sales", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Hi Ola, I'd love a garden like yours one day - the roses at the open day were something else.",
        "Hi Ola, with photos like yours you should show at the Bristol open studios!",
    ],
)
def test_a_thing_like_theirs_admired_is_no_clientele(rules_only, text):
    assert "PIT003" not in rules_only.analyze(text).all_codes()


def test_an_old_classmate_selling_to_kitchens_like_theirs_is_sales(rules_only):
    report = rules_only.analyze(
        "Hi Ola, we did our NVQ together at Leeds City College! I now sell stock software and we're saving "
        "bakeries like yours 6% on flour. Up for a call?"
    )
    assert {"PIT001", "PIT003"} <= report.all_codes(), report.signals
    assert report.label == "sales", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Hoi Ola, onze reserveringssystemen voor de horeca staan binnen een dag klaar.",
        "Hallo Ola, unsere Buchungssoftware für Cafés ist in einem Tag eingerichtet.",
    ],
)
def test_an_offering_ending_a_compound_is_the_senders_product(rules_only, text):
    report = rules_only.analyze(text)
    assert "PIT016" in report.all_codes(), report.signals
    assert report.label == "sales", report.reason


def test_a_dutch_demo_planned_is_a_call_to_book(rules_only):
    report = rules_only.analyze("Hoi Ola, mag ik een vrijblijvende demo inplannen voor volgende week?")
    assert "PIT001" in report.all_codes(), report.signals


@pytest.mark.parametrize(
    "text",
    [
        "Hi Ola, you covered my shifts at the Crown when my dad was ill in 2019. I've just opened my own "
        "deli in Hebden Bridge.",
        "Hi Ola, you ran the cookery class for carers at the Ashton library - my mum finally cooks for "
        "herself again.",
        "Bonjour Ola, tu m'as appris à faire le pain au levain chez Poilâne. Je suis maintenant boulanger "
        "à Rennes.",
    ],
)
def test_how_their_deed_turned_out_is_the_reason(analyzer, text):
    report = analyzer.analyze(text)
    assert "SPC002" not in report.all_codes(), report.signals


def test_news_of_the_sender_after_a_meeting_alone_is_no_reason(analyzer):
    report = analyzer.analyze(
        "Hi Ola, we met at the Restaurant Show at Olympia last October. I'm now head chef at a hotel in York."
    )
    assert "SPC002" in report.all_codes(), report.signals


@pytest.mark.parametrize(
    "text",
    [
        "Hallo Frau Ola, Sie haben 2019 unsere Hochzeitstorte gebacken. Wir reden immer noch davon!",
        "Hoi Ola, jij regelde een dokter toen mijn vader ziek werd in Gent. Hij is weer helemaal beter!",
    ],
)
def test_how_their_deed_turned_out_in_the_formal_you_or_with_again(analyzer, text):
    report = analyzer.analyze(text)
    assert "SPC002" not in report.all_codes(), report.signals
