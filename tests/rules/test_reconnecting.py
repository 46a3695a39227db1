"""Reconnecting after years: the time spent together told in the other languages, someone both
knew by their part then, and family asked after, are a shared past; a firm's "since our launch" is
not; samples asked for on their own are an offer."""

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "Hoi Maren, sinds onze tijd bij de zeilclub in Lemmer hebben we niets meer van elkaar gehoord.",
        "Hallo Maren, seit unserer gemeinsamen Lehre in Bremen sind zwölf Jahre vergangen!",
        "Ciao Maren, sono passati otto anni dal nostro tirocinio a Parma - come stai?",
        "Hej Maren, det är tio år sedan vi jobbade på hotellet i Visby. Hoppas allt är bra!",
        "Cześć Maren, minęło 10 lat od naszych wspólnych studiów w Poznaniu!",
        "Hi Maren, I finally named my dog after our old coach from the Ipswich hockey club!",
        "Hi Maren, I walked past the Hove allotments yesterday and thought of you. How are the twins?",
    ],
)
def test_time_spent_together_and_family_asked_after_are_a_shared_past(analyzer, text):
    report = analyzer.analyze(text)
    assert "SPC102" in report.all_codes(), report.signals
    assert report.label == "personalized", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Bonjour Maren, depuis notre agence à Lille nous gérons les réseaux sociaux des cliniques.",
        "Hallo Maren, seit unserem Start 2019 haben wir 300 Kunden geholfen.",
        "Hola Maren, desde nuestra agencia gestionamos las redes de clínicas dentales.",
    ],
)
def test_a_firms_since_or_from_our_is_no_shared_past(analyzer, text):
    assert "SPC102" not in analyzer.analyze(text).all_codes()


def test_samples_asked_on_their_own_are_an_offer(analyzer):
    report = analyzer.analyze(
        "Hi Maren, I'm distributing a new herbal tea range and think you'd love it. Samples?"
    )
    assert "PIT004" in report.all_codes(), report.all_codes()


@pytest.mark.parametrize(
    "text",
    [
        "Hoi Maren, we stonden samen achter de kassa van de Albert Heijn in Zwolle - ik ben nu "
        "filiaalmanager!",
        "Hoi Maren, we zwommen samen bij de reddingsbrigade in Scheveningen. Fijn je hier te vinden!",
    ],
)
def test_a_dutch_strong_past_before_together_is_a_shared_past(analyzer, text):
    report = analyzer.analyze(text)
    assert "SPC102" in report.all_codes(), report.signals
    assert report.label == "personalized", report.reason


def test_a_firms_history_after_since_our_is_no_shared_past(analyzer):
    report = analyzer.analyze("Hi Maren, since our launch in 2019 we've helped 300 clinics cut no-shows.")
    assert "SPC102" not in report.all_codes(), report.signals
    assert report.label == "sales", report.reason


def test_since_our_graduation_is_still_a_shared_past(analyzer):
    report = analyzer.analyze("Hi Maren, since our graduation from Leeds in 2015 I've followed your career!")
    assert "SPC102" in report.all_codes(), report.signals
