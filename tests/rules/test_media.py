"""Notes between journalists, writers and creators, and from those who sell to them: an
investigation as a piece of their work, the platform's suggestions as no shared past, a session
presented in Dutch, an outcome guaranteed. Every note here was written for these tests."""


def test_an_investigation_into_fees_is_their_work_not_a_price(analyzer):
    report = analyzer.analyze(
        "Hi Ade, your investigation into nursery fees in Leeds was brilliant - the FOI trail was clever."
    )
    codes = report.all_codes()
    assert "SPC101" in codes and "PIT004" not in codes, codes
    assert report.label == "personalized", report.reason


def test_the_platforms_suggestions_are_no_shared_past(analyzer):
    report = analyzer.analyze("Hi Ruth, you appeared in my suggestions and we both write books. Connecting!")
    assert "SPC102" not in report.all_codes(), report.all_codes()
    assert report.label == "default", report.reason


def test_a_session_presented_in_dutch_is_their_work(analyzer):
    report = analyzer.analyze(
        "Hoi Mila, jij presenteerde de slotsessie op het podcastfestival in Gent - je tips over interviews "
        "pas ik elke week toe."
    )
    assert "SPC101" in report.all_codes(), report.all_codes()
    assert report.label == "personalized", report.reason


def test_an_outcome_guaranteed_beside_a_price_is_sales(analyzer):
    report = analyzer.analyze(
        "Hi Lou, love your newsletter on urban cycling! We guarantee 5,000 new subscribers in 60 days. "
        "Packages from £199."
    )
    assert "PIT010" in report.all_codes(), report.all_codes()
    assert report.label == "sales", report.reason
