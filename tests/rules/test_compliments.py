"""Compliments: praise that fits anyone (a craft, a career, their posts), flattery before a seller's
help, trade or rates, and praise for something real told in German. Every note here was written
for these tests."""

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "Hi Petra, your photography is stunning! Following your work with interest.",
        "Hi Petra, you've built an amazing career. Hoping to learn from your posts.",
        "Hi Petra, you've built quite a following here. Let's connect!",
    ],
)
def test_praise_that_fits_anyone_is_no_piece_of_work_nor_a_reason(rules_only, text):
    report = rules_only.analyze(text)
    codes = report.all_codes()
    assert not {"SPC101", "SPC105"} & codes, report.signals
    assert report.label == "default", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Hi Petra, your photography of the Faroe cliffs in winter is stunning.",
        "Hi Petra, you've built a following of 5,000 knitters in Leeds.",
    ],
)
def test_praise_that_says_what_still_counts(rules_only, text):
    assert "SPC101" in rules_only.analyze(text).all_codes()


@pytest.mark.parametrize(
    "text, code",
    [
        ("Cześć Petra, pomagamy ekspertom takim jak Ty budować markę osobistą.", "PIT003"),
        ("Cześć Petra, pomagamy menedżerom w rekrutacji do zespołów IT.", "PIT003"),
        ("Olá Petra, temos um curso que ajuda criadoras de conteúdo a monetizar o seu público.", "PIT003"),
        ("Hola Petra, tenemos un curso que ayuda a creadoras a vivir de su canal.", "PIT003"),
        ("Hi Petra, I rewrite profiles for recruiters' searches.", "PIT003"),
        ("Hi Petra, we redesign websites for dental practices.", "PIT003"),
        ("Hi Petra, I advise executives on income protection insurance.", "PIT003"),
        ("Hi Petra, lovely headline. Want my rates?", "PIT004"),
    ],
)
def test_flattery_before_help_a_trade_or_rates_is_a_pitch(rules_only, text, code):
    assert code in rules_only.analyze(text).all_codes()


@pytest.mark.parametrize(
    "text",
    [
        "Hola Petra, gracias por tu ayuda a las escuelas de Soria el invierno pasado.",
        "Hi Petra, I rewrote my CV after your talk and got the job.",
    ],
)
def test_their_help_and_the_senders_own_rewrite_are_no_trade(rules_only, text):
    assert "PIT003" not in rules_only.analyze(text).all_codes()


def test_a_german_deed_with_where_before_the_senders_own_is_a_shared_past(rules_only):
    report = rules_only.analyze(
        "Hallo Petra, Sie haben beim Gründerinnen-Frühstück in Köln meinen Businessplan durchgesehen – "
        "Ihr Tipp zur Preisgestaltung hat funktioniert!"
    )
    assert "SPC102" in report.all_codes(), report.signals
    assert report.label == "personalized", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Hallo Petra, haben Sie beim Frühstück in Köln meinen Plan gesehen?",
        "Hallo Petra, Sie haben gestern unser Whitepaper heruntergeladen.",
    ],
)
def test_a_question_or_a_download_is_no_german_deed(rules_only, text):
    assert "SPC102" not in rules_only.analyze(text).all_codes()


@pytest.mark.parametrize(
    "text",
    [
        "Ciao Petra, adoro i tuoi video! Sto lanciando un progetto di cucina che credo possa interessarti.",
        "Ciao Petra, complimenti per i contenuti! Sto sviluppando una piattaforma per nutrizionisti. Ti "
        "va se ti scrivo due righe?",
        "Hola Petra, me encantan tus recetas. Estoy desarrollando una app para cocineros caseros.",
    ],
)
def test_flattery_before_a_founders_platform_or_project_sells(rules_only, text):
    report = rules_only.analyze(text)
    assert report.label == "sales", (report.reason, report.all_codes())


@pytest.mark.parametrize(
    "text, code",
    [
        ("Hej Petra, flotte videoer! Vi udvikler en app til fotografer. Må jeg vise dig den?", "PIT016"),
        ("Ciao Petra, sto sviluppando un'app per fotografi di matrimonio.", "PIT016"),
        ("Hoi Petra, we zoeken creators voor een campagne met een fietsmerk.", "PIT015"),
        ("Hi Petra, I'm launching a grant programme that I think might interest you.", "PIT019"),
    ],
)
def test_a_creators_platform_campaign_or_fund_is_read(rules_only, text, code):
    assert code in rules_only.analyze(text).all_codes()


def test_a_nordic_recipe_of_theirs_made_for_the_senders_own_is_their_work(rules_only):
    report = rules_only.analyze("Hej Petra, jeg lavede din æblekageopskrift til min fars fødselsdag.")
    assert "SPC101" in report.all_codes(), report.signals
