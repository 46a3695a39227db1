"""Notes to thatchers, farriers, blacksmiths and wallers, and from those who recruit them: a trade
sought by experience with a word before it, and thanks for work done at the sender's own place.
Every note here was written for these tests; each holds with the rules alone."""


def test_a_trade_with_a_word_before_it_sought_by_experience_is_a_blast(rules_only):
    report = rules_only.analyze(
        "Hi Al, we're recruiting experienced heritage stonemasons for a cathedral contract."
    )
    assert "PIT007" in report.all_codes(), report.all_codes()
    assert report.label == "sales", report.reason


def test_thanks_for_work_done_at_the_senders_own_place(rules_only):
    report = rules_only.analyze("Hi Al, thanks for mending the stile at our village green before the fete.")
    assert "SPC102" in report.all_codes(), report.all_codes()
    assert report.label == "personalized", report.reason


def test_thanks_for_a_platform_step_at_the_senders_page_is_still_a_formula(rules_only):
    assert "SPC102" not in rules_only.analyze("Thanks for connecting at our page today.").all_codes()
