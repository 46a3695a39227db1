"""Offer words that are not the sender's offer: the subject of the recipient's work ("your
coupon-fraud research"), something the recipient gave for free, money raised, and a chat group
both are in. And the same words in offers. Every note here was written for these tests."""

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "Hi Ruth, your discount-pricing teardown of the big supermarkets was the best thing I read "
        "this month. I'm an analyst at a grocery start-up and would love to connect.",
        "Hi Kemal, you repaired my grandmother's radio for free at the Leeds repair cafe last month. "
        "She plays it every morning - thank you!",
        "Hi Dora, thanks for teaching the evening Excel class for free at the library in March. I got "
        "the bookkeeping job I was after!",
        "Hi Finn, your choir sang at our hospice for free before Christmas and the residents loved it. "
        "Thank you from all of us.",
        # Their business, where it is, then what it gave.
        "Hi Finn, your bakery on Bath Road gave our school fair forty free loaves. The children loved "
        "them - thank you!",
        "Hi Bea, the quiz night you organised raised £640 for the food bank! Thanks for letting me "
        "help with the scoring.",
        "Hi Ravi, I'm in the Nottingham cycling club WhatsApp group you started - thanks for the route "
        "maps every Sunday. Nice to connect properly.",
        "Hi June, your free budgeting spreadsheet got me through my first year as a freelancer. Thank "
        "you for sharing it!",
        "Hi Lars, you gave me feedback on my pricing slides at the Oslo founders' evening. I reworked "
        "them and would love your view again.",
        "Hi Nell, your talk at the Derby Toastmasters on stage fright encouraged me to sign up for my "
        "first speech. Thank you!",
        # What they helped the sender with.
        "Hi Joy, thanks for your advice on pricing at the Cardiff makers' market. I finally charge "
        "what my quilts are worth!",
        "Hi Kit, you coached me on pricing my first workshop at the Bristol craft fair, and it sold "
        "out. Thank you!",
        "Hi Ama, you helped me with the pricing of my pottery classes at the Hackney market last "
        "spring - they're full now. Thanks!",
    ],
)
def test_what_the_recipient_gave_or_wrote_about_is_no_offer(analyzer, text):
    report = analyzer.analyze(text)
    assert "PIT004" not in report.all_codes() and "PIT006" not in report.all_codes()
    assert report.label == "personalized", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Hi Kemal, we repair radios and record players for free for the first month of your "
        "membership. Want to join?",
        "Hi Dora, you joined our webinar last week, so here's a free trial of our Excel course!",
        "Hi Finn, join my WhatsApp group for daily forex signals - members doubled their money.",
        "Hi Bea, add yourself to our Telegram group for early access to the presale.",
        # Their rate, raised by the sender's own work, is the sender's offer.
        "Hi Ivo, I've helped 30 tutors raise their hourly rate with my pricing framework. Want the "
        "free worksheet?",
        # Help with pricing offered, not had.
        "Hi Ama, I can help you with pricing your pottery classes - first session free.",
        # "Interested" is no deed of theirs.
        "Hi Finn, we fit solar panels on village halls. Would your hall on Bath Road be interested in a "
        "free survey?",
    ],
)
def test_the_same_words_in_an_offer_still_are_one(analyzer, text):
    report = analyzer.analyze(text)
    assert {"PIT004", "PIT006"} & set(report.all_codes())
    assert report.label == "sales", report.reason


def test_money_the_sender_secured_is_no_price(analyzer):
    text = (
        "Hi Ola, your work at Monzo on the fraud-scoring service is why I'm writing. After securing "
        "£4M in seed funding, our climate-data team is hiring one senior backend engineer. Happy to "
        "share more if you're curious, no pressure at all."
    )
    assert "PIT004" not in analyzer.analyze(text).all_codes()
    raising = "Hi Ola, we're raising a £1.5M seed round for our bookkeeping app. Want to see the deck?"
    assert "PIT004" in analyzer.analyze(raising).all_codes()


def test_pricing_named_as_a_field_is_no_price(analyzer):
    text = "Hi Nikhil, founders I speak with keep asking about pricing intelligence. Keen to swap notes."
    assert "PIT004" not in analyzer.analyze(text).all_codes()
    assert "PIT004" in analyzer.analyze("Hi Nikhil, happy to send over our pricing.").all_codes()


@pytest.mark.parametrize(
    "text",
    [
        "Tom, thanks again for fixing the hall lights before the jumble sale. Drop by any time, "
        "the coffee's on us.",
        "Antonio, volevo ringraziarti per il tuo aiuto con la rete sabato. Passa quando vuoi: il caffè "
        "lo offriamo noi.",
    ],
)
def test_a_treat_offered_with_thanks_is_hospitality(analyzer, text):
    report = analyzer.analyze(text)
    assert not {"PIT003", "PIT004"} & report.all_codes(), report.all_codes()
    assert report.label == "personalized", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Hi Nell, I used your sight reduction tables on the crossing and they never failed me.",
        "Hi Nell, your noise reduction plugin saved our podcast's first season. Thank you!",
    ],
)
def test_an_english_reduction_is_no_french_discount(analyzer, text):
    assert "PIT004" not in analyzer.analyze(text).all_codes()


def test_a_french_discount_is_still_an_offer(analyzer):
    report = analyzer.analyze("Bonjour Nell, 20 % de réduction sur nos cartes marines ce mois-ci.")
    assert "PIT004" in report.all_codes(), report.all_codes()
