"""One seller's clientele named by a role ("I work with HR directors on retention"), and a template's
clientele left as a field for the recipient's role. Every note here was written for these tests."""

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "Hey Priya, I work with HR directors on retention. Not pitching - just thought we should connect.",
        "Hi Tom, we partner with plant managers to cut unplanned downtime. Would be good to connect.",
        "Hello Ana, I work with heads of finance on cash forecasting. Happy to connect if useful.",
        "Hey [Name], I work with [their role] on [problem]. Just thought we should connect.",
        "Hi {{first_name}}, we help {{title}}s get their evenings back. Would love to connect.",
        "Hi Sam, I help people in your position fix their cash forecasting. Worth connecting?",
    ],
)
def test_a_clientele_named_by_a_role_is_a_pitch(rules_only, text):
    report = rules_only.analyze(text)
    assert "PIT003" in report.all_codes(), report.signals
    assert report.label == "sales", report.reason


@pytest.mark.parametrize(
    "text",
    [
        # Colleagues: an owner or an article before the role, or the sender's employer named.
        "Hi Sam, I work with our plant managers on downtime at Acme and your post on OEE dashboards "
        "changed how we report it. Thank you!",
        "Hi Sam, I work with engineering managers on hiring at Monzo. Your post on take-home tests was "
        "spot on - we dropped ours last month.",
        "Hi Sam, loved your FOSDEM talk on blameless incident reviews. I work with engineering managers on "
        "the same thing - would love to compare notes.",
    ],
)
def test_colleagues_named_by_role_are_no_clientele(rules_only, text):
    report = rules_only.analyze(text)
    assert "PIT003" not in report.all_codes(), report.signals
    assert report.label == "personalized", report.reason


def test_a_fix_of_theirs_still_counts_as_their_work(rules_only):
    report = rules_only.analyze("Hi Sam, your fix for the CSV parser saved my weekend - thank you!")
    assert "SPC101" in report.all_codes(), report.signals
    assert report.label == "personalized", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Hi Dev, I'm with Ledgerly, helping lenders cut underwriting from an hour to ten minutes.",
        "Hi Sue, I'm at Tillbox, helping independent restaurants take orders by text.",
        "Hi Ravi, we're helping insurers settle storm claims faster. Worth a chat?",
    ],
)
def test_businesses_helped_named_by_their_trade_are_a_clientele(rules_only, text):
    report = rules_only.analyze(text)
    assert "PIT003" in report.all_codes() and report.label == "sales", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Hi Jo, I'm with the food bank, helping families get through winter.",
        "Hi Jo, thanks for helping local shops stay open through the floods last March.",
    ],
)
def test_people_helped_or_their_help_thanked_is_no_clientele(rules_only, text):
    assert "PIT003" not in rules_only.analyze(text).all_codes()


@pytest.mark.parametrize(
    "text",
    [
        "Hej Mette. Jeg arbejder med revisionsfirmaer og deres kundemails op mod en frist.",
        "Hej Anna, jag arbetar med fastighetsförvaltare och deras hyresgästmejl. Ska vi ta kontakt?",
        "Hoi Bram, ik werk met accountantskantoren aan hun klantmail. Connecten?",
        "Hei Kari, vi jobber med eiendomsmeglere i hele Norge. Skal vi ta en prat?",
    ],
)
def test_a_compound_clientele_worked_with_in_the_nordic_languages_and_dutch_is_a_pitch(rules_only, text):
    report = rules_only.analyze(text)
    assert "PIT003" in report.all_codes() and report.label == "sales", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Hej Lise, jeg arbejder med børn på en skole i Aarhus og så dit foredrag.",
        "Hej Ole, vi arbejder med kunderne hver dag i butikken, og jeg så dit indlæg om kassesystemer.",
    ],
)
def test_people_worked_with_or_their_own_customers_are_no_clientele(rules_only, text):
    assert "PIT003" not in rules_only.analyze(text).all_codes()


@pytest.mark.parametrize(
    "text",
    [
        "Hej Oskar, jag arbetar med bilhandlare och deras annonser. Vi dubblar antalet leads - intresserad?",
        "Hei Sindre, jeg jobber med treningssentre og selger medlemsapper. Kan jeg ringe deg i morgen?",
    ],
)
def test_dealers_and_centres_worked_with_are_a_clientele(rules_only, text):
    report = rules_only.analyze(text)
    assert "PIT003" in report.all_codes() and report.label == "sales", report.reason
