"""Notes between academics: applicants, editors, examiners, and the journals, presses and services
that sell to them. Every note here was written for these tests."""

import pytest


def test_asking_for_an_opening_in_their_lab_is_a_generic_job_request(analyzer):
    report = analyzer.analyze(
        "Dear Dr. Ilves, CV attached - are there any postdoc openings in your lab this year?"
    )
    assert "PIT007" not in report.all_codes()
    assert "SPC101" not in report.all_codes()
    assert report.label == "default", report.reason


def test_their_labs_work_is_still_their_work(analyzer):
    report = analyzer.analyze(
        "Dear Dr. Ilves, your lab's work on Baltic cod otoliths is why I chose marine biology."
    )
    assert "SPC101" in report.all_codes()


@pytest.mark.parametrize(
    "text",
    [
        "Hi Dr. Osei, get your dissertation proofread by PhD editors in 72 hours - $120 flat.",
        "Hi Dr. Osei, have your book indexed by our team before the print deadline - packages from £300.",
    ],
)
def test_their_work_as_what_the_seller_would_have_done_to_it_is_no_detail(analyzer, text):
    report = analyzer.analyze(text)
    assert "SPC101" not in report.all_codes(), report.signals
    assert report.label == "sales", report.reason


def test_their_fieldwork_is_their_work(analyzer):
    report = analyzer.analyze(
        "Hi Dr. Kovac, your fieldwork on shepherd cooperatives in Dalmatia changed how I read my own "
        "interviews. Could I ask about your coding scheme?"
    )
    assert "SPC101" in report.all_codes()
    assert report.label == "personalized", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Gentile Prof. Greco, organizziamo un congresso a Napoli con quota scontata per i giovani "
        "relatori. Le interessa?",
        "Estimada Dra. Vidal, publique en nuestra revista con tarifa reducida hasta junio. ¿Le envío las "
        "condiciones?",
    ],
)
def test_a_reduced_fee_is_a_price(analyzer, text):
    report = analyzer.analyze(text)
    assert "PIT004" in report.all_codes(), report.all_codes()
    assert report.label == "sales", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Hi Tamsin, your Python package for mass-spec peak picking got my chapter finished. Thank you!",
        "Ciao Tamsin, grazie per aver condiviso il protocollo di colorazione al corso di Pavia: funziona!",
    ],
)
def test_a_package_they_wrote_and_a_protocol_they_shared_are_their_work(analyzer, text):
    report = analyzer.analyze(text)
    assert {"SPC101", "SPC102"} & report.all_codes(), report.all_codes()
    assert report.label == "personalized", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Hi Tamsin, I'm the managing editor of the Global Journal of Lab Sciences - we'd love your next "
        "paper. APCs are waived for early submissions!",
        "Hi Tamsin, I run a benefits consultancy and can review your company's staff benefits package.",
    ],
)
def test_a_paper_wanted_by_a_journal_and_a_benefits_package_are_no_work_of_theirs(analyzer, text):
    report = analyzer.analyze(text)
    assert "SPC101" not in report.all_codes(), report.all_codes()
    assert report.label == "sales", report.reason


def test_a_seller_to_research_institutes_is_a_pitch(analyzer):
    text = "Hi Tamsin, I work with research institutes on freezer monitoring. Do you face similar challenges?"
    report = analyzer.analyze(text)
    assert report.label == "sales", report.reason
