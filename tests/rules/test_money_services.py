"""Notes from accountants, insurers, banks and pensions, and from those who sell to them: deeds for one
of the sender's own named before the verb (Spanish, French), a course or talk they gave (Italian,
Norwegian), a bank or fund of theirs that helped, the sender's own system that failed, a flat price
and a platform had. Every note here was written for these tests; each holds with the rules alone."""

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "Hola Marta, la hipoteca de mis padres se complicó y les explicaste cada paso con calma.",
        "Bonjour Marta, après l'incendie de la boulangerie de ma mère, vous avez géré tout le dossier en "
        "un mois.",
        "Ciao Marta, hai tenuto il corso di risparmio al circolo di Rovereto dove mio padre ha imparato a "
        "investire.",
        "Hei Marta, du holdt kurset om skatt for frilansere i Tromsø, og jeg leverte selvangivelsen samme "
        "kveld.",
        "Hi Marta, your credit union gave my sister her first business loan when nobody else would.",
    ],
)
def test_a_deed_or_a_course_of_theirs_in_any_language_is_personal(analyzer, text):
    report = analyzer.analyze(text)
    assert {"SPC101", "SPC102"} & report.all_codes(), report.all_codes()
    assert report.label == "personalized", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Hola Marta, mi empresa busca clientes; ¿les mandaste nuestra propuesta?",
        "Ciao Marta, hai organizzato la cena del club? Ti mando il nostro catalogo.",
        "Bonjour Marta, mon équipe a vu votre profil, vous avez trouvé notre offre ?",
    ],
)
def test_a_question_tells_no_shared_past(analyzer, text):
    assert not {"SPC101", "SPC102"} & analyzer.analyze(text).all_codes()


def test_the_senders_own_system_that_failed_is_no_offering(analyzer):
    report = analyzer.analyze(
        "Hi Marta, your payroll team kept our staff paid when our bank system failed in March. Thank you."
    )
    assert "PIT016" not in report.all_codes(), report.all_codes()
    assert report.label == "personalized", report.reason


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Hallo Marta, wir prüfen Lohnabrechnungen zum Pauschalpreis. Hätten Sie Interesse?", "PIT004"),
        ("Hola Marta, tenemos una plataforma de nóminas para gestorías. ¿Agendamos una llamada?", "PIT003"),
    ],
)
def test_a_flat_price_and_a_platform_had_are_sales(analyzer, text, code):
    report = analyzer.analyze(text)
    assert code in report.all_codes(), report.all_codes()
    assert report.label == "sales", report.reason


def test_investors_who_came_through_their_work_are_credit_not_money_sought(analyzer):
    report = analyzer.analyze(
        "Hi Ines, you covered our seed round in Sifted when no one else would, and three investors found "
        "us through your article. Thank you."
    )
    assert "PIT005" not in report.all_codes(), report.all_codes()
    report = analyzer.analyze("Hi Ines, we connect founders with angel investors. Want an intro?")
    assert "PIT005" in report.all_codes(), report.all_codes()


def test_the_senders_own_change_told_is_no_promise(analyzer):
    report = analyzer.analyze(
        "Hi Ines, you answered my question in the Shopify forum about abandoned carts with a 12-step "
        "checklist. We went from 3% to 9% recovered carts. Owe you one!"
    )
    assert "PIT010" not in report.all_codes(), report.all_codes()
    report = analyzer.analyze(
        "Hi Ines, our clients went from 3% to 9% recovered carts in a month. Want the playbook?"
    )
    assert "PIT010" in report.all_codes(), report.all_codes()


def test_their_rates_set_against_the_sellers_is_an_offer_question(rules_only):
    report = rules_only.analyze("Hi Finn, our transfers beat bank rates by 2%. Worth a comparison?")
    codes = report.all_codes()
    assert "PIT013" in codes, codes


def test_a_piece_of_theirs_worth_comparing_to_notes_is_no_offer(rules_only):
    report = rules_only.analyze("Hi Jo, your post comparing index funds was worth comparing to my notes.")
    codes = report.all_codes()
    assert "PIT013" not in codes, codes
