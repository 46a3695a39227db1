"""Gyms, personal trainers, coaches and sports clubs: what two did together told with any verb in the
first person plural past, where the languages mark it in the word's ending. Every note here was
written for these tests."""

import pytest


@pytest.mark.parametrize(
    "text",
    [
        # Polish past, said by women or men, with or without its accents.
        "Cześć Ola, trenowałyśmy razem w klubie na Ursynowie, a teraz widzę, że prowadzisz własną salę.",
        "Czesc Kuba, wioslowalismy razem w AZS Poznan przez trzy sezony.",
        "Cześć Kuba, razem wspinaliśmy się w Tatrach z klubem z Krakowa.",
        # Italian imperfect.
        "Ciao Marta, nuotavamo insieme alla piscina di Albaro quando eravamo ragazzine.",
        # Spanish and Portuguese imperfect, and Spanish preterite in -imos.
        "Hola Nuria, remábamos juntas en el club de Sevilla antes de la pandemia.",
        "Olá Rita, surfávamos juntas na Caparica todos os sábados.",
        "Hola Nuria, competimos juntas en el campeonato de Andalucía de 2019.",
        # What two trained at, in the -ar past the present shares.
        "Hola Nuria, entrenamos juntas en el club de atletismo de Dos Hermanas cuando éramos cadetes.",
        "Olá Rita, treinámos juntas no ginásio da faculdade em Coimbra.",
    ],
)
def test_what_two_did_together_in_a_plural_past_is_a_shared_past(rules_only, text):
    report = rules_only.analyze(text)
    assert "SPC102" in report.all_codes(), report.signals
    assert report.label == "personalized", report.reason


@pytest.mark.parametrize(
    "text",
    [
        # A wish, not a past: the Polish conditional, an adjective in -imos.
        "Cześć Ola, moglibyśmy razem poprowadzić zajęcia w przyszłym roku w Warszawie.",
        "Hola Nuria, ojalá en los próximos meses podamos entrenar juntas en el club de Sevilla.",
    ],
)
def test_a_wish_or_an_adjective_is_no_plural_past(analyzer, text):
    report = analyzer.analyze(text)
    assert "SPC102" not in report.all_codes(), report.signals


def test_an_event_both_were_at_then_a_trade_sold_is_sales(rules_only):
    report = rules_only.analyze(
        "Hi Ade, we met at Elevate at the ExCeL last May. I've since started a gym-flooring company - we "
        "can refit your weights area over one weekend. Fancy a quote?"
    )
    assert "PIT003" in report.all_codes(), report.signals
    assert report.label == "sales", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Ciao Paolo, nuotavamo insieme alla Sciorba! Adesso sono consulente energetico, posso farti "
        "risparmiare sulla bolletta.",
        "Hola Paco, remábamos juntos en el Guadalquivir. Ahora soy asesor energético y puedo hacerte ahorrar "
        "en la factura de la luz.",
    ],
)
def test_an_old_teammate_selling_savings_on_their_bill_is_sales(rules_only, text):
    report = rules_only.analyze(text)
    assert "PIT010" in report.all_codes(), report.signals
    assert report.label == "sales", report.reason
