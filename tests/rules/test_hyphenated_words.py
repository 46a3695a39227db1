"""A hyphenated word is one word between a rule's head and its noun: "your 20-minute talk", "a
lead-gen agency". Every note here was written for these tests."""


def test_a_hyphenated_word_before_their_work(analyzer):
    report = analyzer.analyze("Your 20-minute talk on tenancy law was the clearest of the day.")
    assert "SPC101" in report.all_codes()


def test_a_hyphenated_word_before_the_senders_business(analyzer):
    report = analyzer.analyze("Hi Sam, I run a lead-gen agency for accountants. Interested in a chat?")
    assert "PIT003" in report.all_codes()
    assert report.label == "sales", report.reason


def test_a_hyphen_with_spaces_around_still_ends_the_phrase(analyzer):
    # "your talk - the agency" is two clauses: the dash is punctuation, not part of a word.
    report = analyzer.analyze("I run a team - agency work is new to me.")
    assert "PIT003" not in report.all_codes()
