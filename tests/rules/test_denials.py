"""A meeting or work together said not to have happened claims no relationship and gives no
shared past; one that only stopped ("since", "in years"), could not have gone better or is asked
about still does. Every note here was written for these tests."""

import pytest


def _claimed(report):
    return [c["kind"] for c in report.claims]


@pytest.mark.parametrize(
    "text",
    [
        "Hi Anna, we have never worked together, but your notes on the Rust borrow checker helped me a lot.",
        "Hi Ravi, I have not worked with you before; your talk on heat pumps at Installer Day stuck with me.",
        "Hallo Jan, wir haben uns noch nicht kennengelernt, aber Ihr Vortrag über Pflegeroboter war stark.",
        "Hallo Jan, wir haben nie zusammengearbeitet, aber Ihr Buch über Lagerlogistik hat mir geholfen.",
        "Hola Ana, no nos conocimos en persona, pero leí tu artículo sobre riego por goteo.",
        "Ciao Luca, non ci siamo conosciuti di persona ma ascolto il tuo podcast sul vino naturale.",
        "Olá Rita, nunca trabalhamos juntos, mas o seu artigo sobre compostagem mudou a nossa horta.",
        "Cześć Ola, nie poznaliśmy się osobiście, ale Twój wykład o dostępności był świetny.",
    ],
)
def test_a_meeting_or_work_denied_is_no_claim_and_no_shared_past(analyzer, text):
    report = analyzer.analyze(text)
    codes = report.all_codes()
    assert _claimed(report) == []
    assert not codes & {"CLM001", "CLM003", "SPC102"}
    assert report.label == "personalized", report.reason  # their work is still named


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Hi Sam, we haven't worked together since Acme. Would be great to catch up.", "colleague"),
        ("Hallo Jan, wir haben seit 2019 nicht mehr zusammengearbeitet. Lass uns wieder reden!", "colleague"),
        ("Haven't we worked together before? Your face looks familiar from the Leeds office.", "colleague"),
        ("Hi Lena, I'll never forget our conversation about rye starters at the Oslo meetup.", "met"),
        ("Hi Sam, we couldn't have worked together better than on the Orion launch in May.", "colleague"),
    ],
)
def test_what_only_stopped_went_well_or_is_asked_is_still_claimed(analyzer, text, kind):
    report = analyzer.analyze(text)
    assert _claimed(report) == [kind]
    assert "SPC102" in report.all_codes()
    assert "CLM003" not in report.all_codes()


def test_a_denial_that_only_stopped_contradicts_no_claim(analyzer):
    report = analyzer.analyze(
        "Hi Sam, we haven't spoken since our days at Acme, when we worked together on the billing team."
    )
    assert "CLM003" not in report.all_codes()
    assert "colleague" in _claimed(report)


def test_a_claim_and_a_real_denial_still_contradict(analyzer):
    report = analyzer.analyze("Hi Sam, we never worked together, but as a former colleague I liked it.")
    assert "CLM003" in report.all_codes()


def test_portuguese_no_is_in_the_not_a_denial(analyzer):
    report = analyzer.analyze("Olá Joana, estivemos no mesmo painel sobre economia circular no Porto.")
    assert "SPC102" in report.all_codes()
