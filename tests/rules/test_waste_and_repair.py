"""Notes from waste, recycling and repair, after a round of such notes: what someone's business or
people did for the sender's own, furniture someone made, a photo of the sender's own build offered
as a thank-you; and a seller promising to grow their accounts. Every note here was written for these
tests."""

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "Hi Wren, your crew cleared the flood debris from our allotment in Hebden Bridge on a Sunday and "
        "wouldn't take a penny. The plot holders wanted to say thank you.",
        "Hi Wren, your workshop in Stroud took the broken chairs from our village hall and sent them back "
        "like new before the harvest supper.",
    ],
)
def test_what_their_business_or_people_did_for_the_senders_own_is_a_shared_past(analyzer, text):
    report = analyzer.analyze(text)
    assert "SPC102" in report.all_codes(), report.all_codes()
    assert report.label == "personalized", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Hi Wren, has your team struggled with fleet maintenance? Our platform predicts breakdowns.",
        "Hi Wren, your company came up in our planning meeting about compost contracts. Worth a call?",
    ],
)
def test_a_question_or_a_mention_of_their_company_is_no_shared_past(analyzer, text):
    report = analyzer.analyze(text)
    assert "SPC102" not in report.all_codes(), report.all_codes()


@pytest.mark.parametrize(
    "text",
    [
        "Hi Wren, your chairs for the Todmorden library reading room are the comfiest seats in town. Do "
        "you ever run a joinery course?",
        "Hoi Wren, jouw stoelen voor de bibliotheek in Zwolle zijn prachtig. Geef je ooit een cursus?",
        "Hallo Wren, deine Stühle für die Stadtbibliothek in Lüneburg sind wunderbar. Gibst du Kurse?",
    ],
)
def test_furniture_someone_made_is_their_work(analyzer, text):
    report = analyzer.analyze(text)
    assert "SPC101" in report.all_codes(), report.all_codes()
    assert report.label == "personalized", report.reason


def test_a_french_cabinet_is_a_firm_not_a_piece_of_furniture(analyzer):
    report = analyzer.analyze(
        "Bonjour Wren, votre cabinet pourrait gagner du temps avec notre logiciel de paie."
    )
    assert "SPC101" not in report.all_codes(), report.all_codes()


@pytest.mark.parametrize(
    "text",
    [
        "Hoi Wren, ik heb jouw bank van sloophout nagebouwd voor onze buurttuin. Mag ik je een foto "
        "sturen? Bedankt voor de inspiratie op de Dutch Design Week!",
        "Hi Wren, I rebuilt the bench from your workshop at the Stroud maker fair. Thought you'd want to "
        "see it!",
    ],
)
def test_a_photo_of_the_senders_own_build_is_no_offer(analyzer, text):
    report = analyzer.analyze(text)
    assert "PIT013" not in report.all_codes(), report.all_codes()


@pytest.mark.parametrize(
    "text",
    [
        "Hoi Wren, zal ik je onze nieuwe brochure sturen?",
        "Hi Wren, we help repair cafés raise grants. Want to see our results?",
    ],
)
def test_a_brochure_or_results_offered_is_still_an_offer(analyzer, text):
    report = analyzer.analyze(text)
    assert "PIT013" in report.all_codes(), report.all_codes()


def test_growing_their_accounts_promised_is_a_pitch(analyzer):
    report = analyzer.analyze(
        "Hi Wren, I'm a content creator for makers - I'll grow your TikTok to 20k followers by summer. "
        "Want to see my case studies?"
    )
    assert "PIT003" in report.all_codes(), report.all_codes()
    assert report.label == "sales", report.reason
