"""From beauty, massage, barbers, spas and driving instructors (held-out round RRRRRRRR's miss, in new
words): a deed of theirs done for one of the sender's own named further on. Every note here was
written for these tests; each holds with the rules alone."""


def test_a_deed_for_one_of_the_senders_own_further_on_is_done_for_them(analyzer):
    report = analyzer.analyze(
        "Hi Nina, you arranged the tasting menu at the Mill House for my parents' anniversary and found a "
        "gluten-free dessert for Dad. Thank you!"
    )
    assert "SPC102" in report.all_codes(), report.all_codes()
    assert report.label == "personalized", report.reason


def test_a_new_clause_before_for_my_is_not_the_deeds(analyzer):
    report = analyzer.analyze("Hi Nina, you opened a salon in town so I'm booking in for my sister soon.")
    assert "SPC102" not in report.all_codes(), report.all_codes()
