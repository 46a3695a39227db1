"""PIT004 and PIT005: prices, discounts and financial words as the subject of someone's work are
not an offer."""

import pytest

from inviteslint.engine import analyze


def _offers(text):
    return [text[f.start : f.end] for f in analyze(text).findings if f.code == "PIT004"]


@pytest.mark.parametrize(
    "text",
    [
        "I enjoyed your post about pricing pages.",
        "I enjoyed our exchange in the comments on Lenny's post about pricing pages.",
        "Your recent article on SaaS pricing was the clearest I have read.",
        "Loved the thread on B2B pricing models you started last week.",
        "I'd like to compare notes on pricing experiments with you.",
        "Curious to hear your thoughts on usage-based pricing.",
        "I keep thinking about our conversation about seat-based pricing at the meetup.",
        "I host a small show about pricing for indie game studios.",
        "Loved your talk in Glasgow - the bit about pricing your worth hit home.",
        # "to" after a view or a guide: the subject of it.
        "I find Rowan's approach to pricing by the pallet-day compelling.",
        "Her guide to pricing for illustrators is the one I send to every student.",
    ],
)
def test_the_subject_of_a_piece_of_work_is_not_an_offer(text):
    assert _offers(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Let's talk about pricing next week.",
        "Can we talk about pricing before Friday?",
        "Happy to send our pricing whenever suits.",
        "Great post. About pricing: our plans start low.",
        "Happy to have a quick chat about pricing next week.",
        "Here is a link to our pricing.",
        "Happy to give you access to pricing and a demo.",
    ],
)
def test_pricing_as_an_offer_is_still_flagged(text):
    assert _offers(text) == ["pricing"]


def test_only_the_subject_is_left_alone_when_an_offer_follows():
    text = "Loved your talk at SaaStr on pricing experiments. We run pricing audits for startups."
    (start,) = [f.start for f in analyze(text).findings if f.code == "PIT004"]
    assert start == text.index("pricing audits")


def _solicits(text):
    return [text[f.start : f.end] for f in analyze(text).findings if f.code == "PIT005"]


@pytest.mark.parametrize(
    "text",
    [
        "I read your essay on why seed investors pass on dental software.",
        "Your post on forecasting returns for fashion retailers settled an argument in my team.",
        "We help insurance teams move claims intake off paper forms.",
    ],
)
def test_a_financial_word_as_the_subject_of_their_work_or_a_field_is_no_solicitation(text):
    assert _solicits(text) == []


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Earn $500 a day from home with my proven trading strategy.", "trading"),
        ("I'm a certified adviser helping nurses plan for retirement.", "retirement"),
        ("Our fund has delivered 14% annual returns since 2019.", "annual returns"),
    ],
)
def test_a_financial_word_offered_is_still_a_solicitation(text, word):
    assert word in _solicits(text)


def test_the_subject_of_the_senders_own_post_is_no_offering():
    text = "Hi Omar, thanks for resharing my pricing page post on Tuesday - which part did your team like?"
    report = analyze(text)
    assert _offers(text) == []
    assert "PIT011" not in report.all_codes(), report.all_codes()
    assert report.label != "sales", report.reason


@pytest.mark.parametrize(
    "text", ["Here's my pricing guide for agencies - want a copy?", "Our pricing sheet is attached."]
)
def test_the_senders_own_guide_or_sheet_on_pricing_is_still_an_offer(text):
    assert _offers(text) == ["pricing"]
