"""French prospecting as agencies write it: "on" for "we" helping a clientele, their business
grown (typed with or without accents), a proposal made for their sector. And the same words
between neighbours. Every note here was written for these tests; each holds with the rules alone."""

import pytest


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Bonjour Paul, chez Vitrum on accompagne les artisans comme vous pour leurs devis.", "PIT003"),
        ("Bonjour Paul, on peut vous aider a developper votre clientele en ligne. Un appel ?", "PIT003"),
        (
            "Bonjour Paul, vous trouverez ci-joint notre proposition adaptée à votre cabinet dentaire. "
            "On en parle jeudi ?",
            "PIT015",
        ),
    ],
)
def test_a_clientele_helped_their_business_grown_or_a_proposal_is_a_pitch(analyzer, text, code):
    report = analyzer.analyze(text)
    assert code in report.all_codes(), report.all_codes()
    assert report.label == "sales", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Bonjour Paul, on aide les collégiens du quartier à réviser le samedi, et ton atelier sur les "
        "fractions leur a beaucoup plu !",
        "Salut Paul, je peux t'aider à développer tes pellicules samedi, mon labo est prêt depuis ton "
        "cours photo à la MJC.",
    ],
)
def test_help_between_neighbours_is_no_pitch(analyzer, text):
    report = analyzer.analyze(text)
    assert "PIT003" not in report.all_codes(), report.all_codes()
    assert report.label == "personalized", report.reason


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        (
            "Bonjour Claire, Marc m'a suggéré de vous écrire. Nordhaven accompagne des entreprises comme "
            "la vôtre dans leur passage au cloud. Un échange de 20 minutes ?",
            True,
        ),
        ("Bonjour Claire, Oria aide les PME comme Valmont à recruter des alternants.", True),
        # Someone else's work, praised: "like X" is not said of a clientele there.
        ("Bonjour Claire, votre équipe accompagne les familles des patients depuis dix ans, bravo.", False),
    ],
)
def test_a_firm_helping_companies_like_theirs_is_its_offering(analyzer, text, flagged):
    report = analyzer.analyze(text)
    assert ("PIT016" in report.all_codes()) is flagged, report.all_codes()


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # A chase of the sender's own e-mails, beside a call asked for.
        (
            "Bonjour Paul, je vous ai envoyé deux emails au sujet de notre logiciel de planning. "
            "Auriez-vous 15 minutes jeudi ?",
            "PIT008",
        ),
        # How they handle it now, asked by the one with a better way.
        (
            "Bonjour Paul, comment gérez-vous vos devis chez Vitrum aujourd'hui ? Notre outil les "
            "automatise.",
            "PIT012",
        ),
        # A recruiter's match, said with "ce qu'on cherche".
        (
            "Bonjour Paul, on recrute un conducteur de travaux et votre profil correspond parfaitement à ce "
            "qu'on cherche. Ouvert à en parler ?",
            "PIT007",
        ),
    ],
)
def test_a_sequences_chase_a_probe_and_a_recruiters_match_are_pitches(analyzer, text, code):
    report = analyzer.analyze(text)
    assert code in report.all_codes(), report.all_codes()
    assert report.label == "sales", report.reason


def test_a_neighbours_reminder_of_an_email_is_no_pitch_by_the_rules(rules_only):
    # The statistical model reads this one as a pitch (docs/accuracy.md); the rules do not.
    report = rules_only.analyze(
        "Bonjour Paul, je vous ai envoyé un email pour la fête des voisins samedi : vous venez avec "
        "les enfants ?"
    )
    assert report.label != "sales", (report.reason, report.all_codes())
