"""Notes from weddings, funerals, ceremonies and the trades around them, and from those who sell to
them: a deed for the sender's own in German, Polish, Dutch and Swedish, and in Portuguese and Spanish
with the formal "you" left out; a clientele taking up the sender's goods, prices under wholesale.
Every note here was written for these tests; each holds with the rules alone."""

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "Hallo Ada, du hast den Kranz für die Trauerfeier meiner Tante in Kiel gebunden.",
        "Dzień dobry Pani Ado, uszyła Pani moją suknię na ślub w Toruniu.",
        "Olá Ada, cantou no batizado da minha sobrinha em Braga.",
        "Hola Ada, cantó en el bautizo de mi sobrina en Burgos.",
        "Hoi Ada, jij hebt de make-up gedaan voor de bruiloft van mijn zus in Delft.",
        "Hej Ada, du sydde klänningen till min dotters studentfest i Lund.",
    ],
)
def test_a_deed_for_the_senders_own_is_a_shared_past(analyzer, text):
    report = analyzer.analyze(text)
    assert "SPC102" in report.all_codes(), report.all_codes()
    assert report.label == "personalized", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Hallo Ada, Sie haben meine Kontaktanfrage sicher bekommen.",
        "Dzień dobry Pani Ado, polubiła Pani mój wpis o ślubach.",
        "Olá Ada, estou a alargar a minha rede na área dos eventos.",
        "Hola Ada, conectó con mi perfil ayer.",
        "Hej Ada, du gillade mitt inlägg om bröllop.",
        "Hej Ada, du besökte min profil i förrgår.",
    ],
)
def test_a_platform_step_or_the_senders_own_doing_is_no_shared_past(analyzer, text):
    report = analyzer.analyze(text)
    assert "SPC102" not in report.all_codes(), report.all_codes()


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Hi Ada, churches across Devon are switching to our giving boards.", "PIT016"),
        ("Hallo Ada, Tischdeko für Hochzeiten, 15 % unter Großmarktpreis.", "PIT004"),
        ("Dzień dobry, sprzedajemy dekoracje ślubne w cenach hurtowych.", "PIT004"),
    ],
)
def test_what_sellers_to_the_wedding_trade_say_is_a_pitch(analyzer, text, code):
    report = analyzer.analyze(text)
    assert code in report.all_codes(), report.all_codes()
    assert report.label == "sales", report.reason
