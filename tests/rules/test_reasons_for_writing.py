"""Notes that say why they write ("ich schreibe, weil…", "omdat…", "je vous écris car…"): a seller's
reason with its help and its proposal, and a real reason told in a clause of reason. Every note here
was written for these tests."""

import pytest


@pytest.mark.parametrize(
    "text, code",
    [
        ("Hallo Ines, ich schreibe, weil wir Arztpraxen bei der Abrechnung unterstützen.", "PIT003"),
        ("Hoi Ines, ik stuur je dit omdat wij bakkerijen helpen met hun voorraadbeheer.", "PIT003"),
        ("Bonjour Ines, j'aimerais vous soumettre une proposition commerciale pour votre cabinet.", "PIT015"),
        ("Hallo Ines, darf ich dir ein kurzes Angebot für eure Praxis schicken?", "PIT004"),
        ("Hoi Ines, zal ik een voorstel sturen voor jullie kantoor?", "PIT004"),
    ],
)
def test_a_sellers_reason_help_and_proposal(rules_only, text, code):
    assert code in rules_only.analyze(text).all_codes()


@pytest.mark.parametrize(
    "text",
    [
        "Hoi Ines, ik stuur je dit omdat jij mijn mentor was op de afdeling van het AMC. Dank nog!",
        "Hallo Ines, ich schreibe, weil wir zusammen beim Stadtlauf in Münster die Staffel gelaufen sind.",
    ],
)
def test_a_real_tie_told_as_the_reason_is_a_shared_past(rules_only, text):
    report = rules_only.analyze(text)
    assert "SPC102" in report.all_codes(), report.signals
    assert report.label == "personalized", report.reason


def test_a_reason_of_helping_one_another_is_no_sellers_help(rules_only):
    report = rules_only.analyze(
        "Hallo Ines, ich schreibe, weil wir uns beim Umzug gegenseitig geholfen haben."
    )
    assert "PIT003" not in report.all_codes(), report.signals
