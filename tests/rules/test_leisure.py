"""From circuses, magicians, bowling, escape rooms, aquariums and diving (held-out round QQQQQQQQ's
misses, in new words): something given free in the Dutch simple past, an Italian deed for the
sender's own a few words on, and a product of three words said to help a clientele. Every note here
was written for these tests; each holds with the rules alone."""


def test_something_they_gave_free_in_dutch_is_no_offer(analyzer):
    report = analyzer.analyze(
        "Hoi Mark, je gaf ons koor na het concert in Breda gratis koffie en de zaal tot middernacht. Dank!"
    )
    assert "PIT004" not in report.all_codes(), report.all_codes()
    assert report.label == "personalized", report.reason


def test_saying_they_showed_interest_in_a_free_demo_is_no_deed(analyzer):
    report = analyzer.analyze(
        "Hoi Mark, je gaf aan interesse te hebben in onze gratis demo. Zullen we bellen?"
    )
    assert "SPC102" not in report.all_codes(), report.all_codes()
    assert "PIT004" in report.all_codes(), report.all_codes()
    assert report.label == "sales", report.reason


def test_an_italian_deed_for_the_senders_own_a_few_words_on(analyzer):
    report = analyzer.analyze(
        "Ciao Marco, hai fatto le foto alla comunione della figlia di mia sorella a Padova. Bellissime!"
    )
    assert "SPC102" in report.all_codes(), report.all_codes()
    assert report.label == "personalized", report.reason


def test_a_post_of_their_relatives_read_is_no_deed(analyzer):
    report = analyzer.analyze("Ciao Marco, hai letto il post di mio fratello sulla gara di sabato?")
    assert "SPC102" not in report.all_codes(), report.all_codes()


def test_a_product_of_three_words_said_to_help_a_clientele_is_an_offering(analyzer):
    report = analyzer.analyze(
        "Hi Mark, our hand-painted wooden signs help campsites cut lost-guest calls. Want a sample?"
    )
    assert "PIT016" in report.all_codes(), report.all_codes()
    assert report.label == "sales", report.reason


def test_a_team_of_the_senders_that_helped_is_no_product(analyzer):
    report = analyzer.analyze(
        "Hi Mark, our local youth football team helped clear the beach at Whitby with your group in May."
    )
    assert "PIT016" not in report.all_codes(), report.all_codes()
