"""Circus, magic and street performers: a show by its kind, the sender's grandchildren with a thing
of theirs, the Portuguese address by name, performers signed in bulk. Every note here was written
for these tests."""

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "Ruby, your street show on the harbour with the diabolo was the first time my dad laughed in weeks.",
        "Ruby, your magic show at the library had my twins doing card tricks all weekend.",
        "Hi Ruby, my granddaughter rode your pony at the Ceiriog show and hasn't stopped talking about it.",
        "Olá Rita, foi a Rita que fez de Pai Natal na festa da escola em Tomar e pôs o meu filho a cantar.",
    ],
)
def test_a_show_by_its_kind_and_deeds_for_the_senders_own_are_personal(rules_only, text):
    report = rules_only.analyze(text)
    assert {"SPC101", "SPC102"} & report.all_codes(), report.all_codes()
    assert report.label == "personalized", report.reason


def test_someone_else_named_in_portuguese_who_told_the_sender_about_them_is_no_deed(rules_only):
    assert "SPC102" not in rules_only.analyze("Olá Rita, foi a Maria que me falou de si.").all_codes()


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("Ruby, we're looking for dancers and acrobats for a summer season in Mallorca.", {"PIT007"}),
        ("Ruby, I'm signing singers for a cruise line. Send me your showreel?", {"PIT007", "PIT014"}),
    ],
)
def test_performers_sought_in_bulk_and_their_reel_asked_for_are_a_recruiting_blast(rules_only, text, codes):
    report = rules_only.analyze(text)
    assert codes <= report.all_codes(), report.all_codes()
    assert report.label == "sales", report.reason
