"""Notes typed on a phone: lower case, texting forms, few stops. The recipient's name opening such a
note, a deed told as "it was you who…" in every language, "ur the one who…", the sender selling and
discount codes in the other languages. Every note here was written for these tests."""

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "nia u fixed our gate latch after the storm, thank u!",
        "nia thx for finding my cat on ur street, she was so scared",
    ],
)
def test_a_name_opening_a_note_typed_in_lower_case_is_the_recipients(rules_only, text):
    assert [s["text"] for s in rules_only.analyze(text).signals if s["code"] == "SPC104"] == ["nia"]


@pytest.mark.parametrize(
    "text",
    [
        "hope u r well, lets connect",
        "mate u were brilliant at the quiz",
        "thanks u r the best",
        "hey u, connect?",
    ],
)
def test_a_greeting_a_friendly_word_or_a_verb_opening_it_is_no_name(rules_only, text):
    assert "SPC104" not in rules_only.analyze(text).all_codes()


@pytest.mark.parametrize(
    "text",
    [
        "nia it was u who found my keys at the pool on monday, thank u so much",
        "nia c'est toi qui as retrouvé mes clés à la piscine lundi, merci beaucoup",
        "nia sei tu che hai trovato le mie chiavi in piscina lunedì, grazie mille",
        "nia det var du som hittade mina nycklar vid badhuset i måndags, tack!",
        "nia ur the lifeguard who pulled my son out at the lido, we owe u everything",
    ],
)
def test_a_deed_told_as_it_was_you_who_is_a_shared_context(rules_only, text):
    report = rules_only.analyze(text)
    assert "SPC102" in report.all_codes() and report.label == "personalized", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "salut nia, je vends des savons faits main, livraison offerte dès 20€",
        "hola nia, vendo bicicletas usadas revisadas, desde 90€",
        "hallo nia, ich verkaufe Brennholz aus dem Harz, ofenfertig",
        "hej nia, jag säljer honung från våra egna bikupor",
    ],
)
def test_the_sender_selling_in_the_other_languages_is_a_self_pitch(rules_only, text):
    report = rules_only.analyze(text)
    assert "PIT003" in report.all_codes() and report.label == "sales", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Oi Nia, estou vendo seu post sobre a horta comunitária, que lindo!",
        "Olá Nia, vendo seu trabalho com as crianças da escola há anos.",
        "Nia, tu as animé l'atelier de vente directe à Rennes ; depuis, je vends mes confitures au marché.",
    ],
)
def test_seeing_in_portuguese_or_selling_that_came_of_their_help_is_no_self_pitch(rules_only, text):
    assert "PIT003" not in rules_only.analyze(text).all_codes()


@pytest.mark.parametrize(
    "text",
    [
        "hola nia, clases de yoga online, -10% con el código VERANO10 esta semana",
        "hej nia, robię rzęsy w Poznaniu, teraz promka -20% na pierwszą wizytę",
    ],
)
def test_a_discount_code_or_a_first_visit_offer_in_the_other_languages_is_an_offer(rules_only, text):
    report = rules_only.analyze(text)
    assert "PIT004" in report.all_codes() and report.label == "sales", report.reason


def test_a_club_named_with_code_is_no_discount_code(rules_only):
    text = "Hi Nia, I see you also volunteer with Code Club at the library. Maybe we could share plans?"
    assert "PIT004" not in rules_only.analyze(text).all_codes()


def test_a_time_and_thanks_typed_short_count_as_written_out(rules_only):
    report = rules_only.analyze(
        "kev here - u sorted our boiler on xmas eve last yr, wanted to say thx properly!"
    )
    assert {"SPC105", "SPC106"} <= report.all_codes() and report.label == "personalized", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "nia thx again for jump starting my van outside the leisure centre on weds, legend",
        "Nia, thanks for dog sitting Biscuit while we were at my sister's wedding in May!",
    ],
)
def test_thanks_for_a_verb_written_in_two_words_is_thanks_for_a_deed(rules_only, text):
    report = rules_only.analyze(text)
    assert "SPC102" in report.all_codes() and report.label == "personalized", report.reason


@pytest.mark.parametrize(
    "text",
    [
        # A first person plural doing something together, typed without its accents.
        "czesc ola, gralismy razem w siatkowke na obozie w zakopanem w 2016. widze ze tez jestes w gdansku!",
        # Brazilian "a gente" (we), the verb in the third person.
        "oi leo, a gente estudou junto no cursinho em campinas. vi q vc ta em sp agora, bora tomar um cafe?",
        # "x" for "per" after thanks.
        "ciao leo, grazie x avermi riparato la bici al mercato di torino quando si e rotta la catena",
        # Seen each other there, with "finde" for "fin de semana" (a time).
        "hola leo, nos vimos en el bus a sevilla el finde pasado, eras el del libro de pesca jaja",
    ],
)
def test_a_shared_past_typed_on_a_phone_in_another_language(rules_only, text):
    report = rules_only.analyze(text)
    assert "SPC102" in report.all_codes(), report.signals
    assert report.label == "personalized", report.reason


def test_he_played_together_with_his_brother_is_no_shared_past(rules_only):
    report = rules_only.analyze("oi leo, meu filho jogou junto com o irmão no time da escola em campinas.")
    assert "SPC102" not in report.all_codes(), report.signals
