"""A seller's proof counted in clients a problem was solved for, and the seller's work tried on
something of the recipient's, offered as a sample."""

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "Hi Jo, how are you tracking site inspections today? We've solved it for 150+ housing associations.",
        "Hi Jo, we have already solved this for 40 councils - worth a look for Bristol?",
    ],
)
def test_a_problem_solved_for_a_counted_clientele_is_a_pitch(analyzer, text):
    report = analyzer.analyze(text)
    assert "PIT003" in report.all_codes(), report.all_codes()
    assert report.label == "sales", report.reason


def test_a_problem_the_recipient_solved_for_people_is_no_pitch(analyzer):
    report = analyzer.analyze("Hi Jo, you solved it for 30 families on our street when the water main burst.")
    assert "PIT003" not in report.all_codes(), report.all_codes()


@pytest.mark.parametrize(
    "text",
    [
        "Hi Jo, saw your keynote at FinTech Week. We cut talks into short social clips - want a sample from "
        "your session?",
        "Hi Jo, I narrate audiobooks for indie authors. Would you like a sample of your first chapter?",
    ],
)
def test_a_sample_made_from_their_work_is_an_offer(analyzer, text):
    report = analyzer.analyze(text)
    assert "PIT004" in report.all_codes(), report.all_codes()
    assert report.label == "sales", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Hi Rui, I saw you run the vineyard trials at Esporão - I'm an oenologist in Reguengos and would "
        "love to swap experiences on cover crops between the rows.",
        "Olá Rui, vi que você cuida dos ensaios na Esporão - sou enóloga em Reguengos e adoraria trocar "
        "experiências sobre cobertura vegetal nas entrelinhas.",
    ],
)
def test_experiences_swapped_on_a_named_topic_are_a_reason(analyzer, text):
    report = analyzer.analyze(text)
    assert "SPC105" in report.all_codes(), report.signals
    assert report.label == "personalized", report.reason


def test_clients_counted_by_the_firm_that_served_them_are_a_pitch(analyzer):
    report = analyzer.analyze("Hi Jo, since our founding we've served 500 restaurants across Wales.")
    assert "PIT003" in report.all_codes(), report.all_codes()
    assert report.label == "sales", report.reason


def test_meals_or_families_served_are_no_clientele(analyzer):
    report = analyzer.analyze(
        "Hi Jo, we've served 500 meals to families in Leeds this winter - thanks for the van!"
    )
    assert "PIT003" not in report.all_codes(), report.all_codes()
