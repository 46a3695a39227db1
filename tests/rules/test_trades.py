"""The sender's trade said plainly: sold to the recipient, told as a self-introduction, or named in
a real shared context. Every note here was written for these tests."""

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "Hi Kate, we make handmade ceramic tableware for restaurants. Happy to send samples.",
        "Hi Ivo, we hire out marquees and staging across Kent. Let me know if anything's coming up.",
        "Hi Lea, I'm a food photographer working with restaurants in Porto. Would love to shoot for "
        "you sometime.",
        "Hi Sam, we install heat pumps for apartment buildings in Leeds. Is that something your "
        "building has looked at?",
        "Hi Dev, I'm a brand consultant for craft breweries. I'd be glad to review your labels.",
        "Hi Amy, we print tote bags for yoga studios, with no minimum order. Thought it might be "
        "useful for your studio.",
        "Hi Jon, I teach French to executives over Zoom. Would you or your team be interested in lessons?",
        "Dear sir, we are providing logo design and branding services at very low cost. Kindly share "
        "your requirement.",
        "Hey! Want 5,000 real followers for your page? Message me for packages!",
    ],
)
def test_a_trade_offered_to_the_recipient_is_sales(analyzer, text):
    report = analyzer.analyze(text)
    assert report.label == "sales", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Hi Jo, I work at Epic - we make software for hospitals. Happy to connect!",
        "Hi Jo, I'm a software engineer working with startups in Berlin. Nice to connect.",
        "Hi Jo, I'm an HR consultant for nonprofits and would love to connect with others in the sector.",
        "Hi Jo, I teach maths to teenagers in Leeds. Happy to connect!",
    ],
)
def test_a_trade_told_as_a_self_introduction_is_not(analyzer, text):
    report = analyzer.analyze(text)
    assert report.label == "default", report.reason


def test_a_trade_in_a_real_shared_context_is_personal(analyzer):
    report = analyzer.analyze(
        "Hi Kate, we installed the heat pump at your parents' house in Otley last week and your dad "
        "made us lunch. Thanks - tell him the app update is out."
    )
    assert report.label == "personalized", report.reason


def test_prices_beaten_in_someone_elses_work_are_not_an_offer(analyzer):
    report = analyzer.analyze(
        "Hi Tess, loved your article on how corner shops beat supermarket prices - we're trying two of "
        "the ideas at our store in Hull."
    )
    offers = [report.text[f.start : f.end] for f in report.findings if f.code == "PIT004"]
    assert not any("beat" in offer for offer in offers), offers
    assert report.label == "personalized", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Hi Tom, we install solar carports. Noticed your car park is huge.",
        "Hi Tom, we refurbish office laptops and ship them within a week.",
        "Hi Tom, we supply linen to boutique hotels across Devon.",
        "Hi Tom, we cater weddings and corporate lunches in the Cotswolds.",
    ],
)
def test_work_a_business_does_is_a_product_named(analyzer, text):
    assert "PIT011" in analyzer.analyze(text).all_codes()


@pytest.mark.parametrize(
    "text",
    [
        "Hi Rhea, your post on plain-language changelogs changed how I write our release notes.",
        "Hi Rhea, your article on blameless postmortems changed how we run ours at the council.",
    ],
)
def test_a_practice_changed_by_their_work_is_no_business_described(analyzer, text):
    report = analyzer.analyze(text)
    assert "PIT011" not in report.all_codes()
    assert report.label == "personalized", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Hi Ivo, our kids let us sleep in for once, so I finally read your essay on walkable cities.",
        "Hola Ivo, nuestra profesora Marta siempre habla de tu tesis sobre energía solar.",
        "Hi Ivo, every app our team builds uses your date library - thank you for maintaining it!",
    ],
)
def test_our_and_a_verb_in_a_personal_note_are_not(analyzer, text):
    assert "PIT016" not in analyzer.analyze(text).all_codes()


@pytest.mark.parametrize(
    "text",
    [
        "Hi Tom, I'm a PM at Acme, where I built our analytics platform. Saw the PM role at Stripe and "
        "would love to connect.",
        "Hi Tom, I led the launch of our mobile app at Acme and I'm now looking for my next role in "
        "fintech. Would love to connect.",
        "Hi Tom, I'm an engineer at Acme where I maintain our payments API. I'd love to connect with "
        "other payments folks.",
        "Hi Tom, I've worked on our design system at Acme for three years. Would love to connect.",
    ],
)
def test_the_senders_own_work_on_the_companys_product_is_a_career_not_an_offer(analyzer, text):
    report = analyzer.analyze(text)
    assert "PIT016" not in report.all_codes()
    assert report.label == "default", report.reason


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Hi Tom, thank you for the feedback on my portfolio at the Leeds design review night.", "PIT011"),
        (
            "Hi Tom, your accessibility checklist is brilliant - I tried it out, then ran your checklist on "
            "our app and found nine issues.",
            "PIT016",
        ),
        (
            "Hi Tom, I loved your talk on colour contrast at Leeds - we're applying your guidelines to our "
            "booking app for the council.",
            "PIT016",
        ),
        # Their work applied, and a word that names an act only after a thing ("our sync layer").
        (
            "Hi Tom, your Rust workshop in Bristol was superb - I've rewritten our sync layer using your "
            "ownership diagrams.",
            "PIT016",
        ),
        (
            "Hi Tom, we redesigned our volunteer rota based on your talk at the NCVO conference - thank you!",
            "PIT016",
        ),
    ],
)
def test_the_senders_thing_worked_on_with_their_help_is_no_offering(analyzer, text, code):
    report = analyzer.analyze(text)
    assert code not in report.all_codes()
    assert report.label == "personalized", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Hi Tom, may I list your flat on our short-let platform? Owners earn 40% more.",
        "Hi Tom, I'd love to introduce you to our compliance automation platform.",
    ],
)
def test_the_recipients_thing_put_on_the_senders_platform_is_still_named(analyzer, text):
    assert "PIT016" in analyzer.analyze(text).all_codes()


@pytest.mark.parametrize(
    "text",
    [
        "Hi Tom, I'd love to show you our analytics platform. Would love to connect.",
        "Hi Tom, we built our analytics platform for retailers like you. Would love to connect.",
        "Hi Tom, I wanted to share our new scheduling app with you. Worth a look?",
    ],
)
def test_the_companys_product_shown_or_built_by_we_is_still_named(analyzer, text):
    report = analyzer.analyze(text)
    assert "PIT016" in report.all_codes()
    assert report.label == "sales", report.reason


@pytest.mark.parametrize(
    "text, codes",
    [
        # Offered as a favour among friends, still offered: "mates' rates", "I'm your guy".
        (
            "Hi Mo, if you ever need a hand with a house clearance, I'm your guy - mates' rates for old "
            "friends!",
            {"PIT003", "PIT004"},
        ),
        (
            "Hi Zara, I'm an insurance broker and can usually beat renewal quotes. Drop me a line when "
            "yours is due.",
            {"PIT004"},
        ),
        (
            "Hi Lin, I've started a candle business - would you be up for trying some samples and telling "
            "me what you think?",
            {"PIT004", "PIT013"},
        ),
        # What the company's product does for a buyer, whatever it is called, in five languages.
        (
            "Hi Ivo, our parking sensors reduce search time for drivers by half. Can I send a one-pager?",
            {"PIT016"},
        ),
        ("Hi Ivo, our vending machines integrate with any office payroll. Worth a look?", {"PIT016"}),
        (
            "Ciao Ivo, il nostro software riduce i tempi di chiusura contabile. Ti andrebbe una demo?",
            {"PIT016"},
        ),
        ("Bonjour Ivo, nos capteurs réduisent la facture d'eau des hôtels. Un échange rapide ?", {"PIT016"}),
        (
            "Hi Ivo, our Lisbon consultancy designs packaging for craft breweries. Any launches coming up?",
            {"PIT016"},
        ),
        ("Hola Ivo, nuestra empresa fabrica puertas de seguridad. ¿Le puedo enviar el catálogo?", {"PIT016"}),
        # Terms of sale, and shops that stock the product.
        ("Hi Jo, our solar panels are leased to schools with zero upfront cost.", {"PIT004"}),
        (
            "Hi Jo, our hot sauce is now stocked in 50 delis across London. Would your shop like to "
            "stock it?",
            {"PIT003"},
        ),
        ("Hi Kai, I run a fund investing in seed-stage robotics. Are you raising?", {"PIT003", "PIT012"}),
        (
            "Hi Kai, I'm an account executive at Miro and would love to show your team our enterprise plan.",
            {"PIT003"},
        ),
        (
            "Hola Kai, tenemos una oportunidad de inversión en energía solar. ¿Te envío la presentación?",
            {"PIT005", "PIT013"},
        ),
        # After the invitation was accepted: a proposal followed up, a demo, a product presented.
        (
            "Hi Kai, just following up - did you get a chance to look at the proposal I sent over last week?",
            {"PIT015"},
        ),
        ("Hi Kai, thanks for connecting! Would Tuesday at 10am work for a quick demo?", {"PIT016"}),
        (
            "Hallo Kai, wir helfen Bäckereien bei der Buchhaltung. Wann passt Ihnen ein kurzes Telefonat?",
            {"PIT003", "PIT001"},
        ),
        (
            "Bonjour Kai, je me permets de vous présenter notre logiciel de planning. Un créneau jeudi ?",
            {"PIT016", "PIT001"},
        ),
        (
            "Hi Kai, any interest in a partnership? We resell POS hardware across Scandinavia.",
            {"PIT015", "PIT003"},
        ),
        # Money asked for a cause, goods sold in bulk, a company's work in Spanish.
        (
            "Hi Kai, please consider donating to my crowdfunder for the school library - any amount helps!",
            {"PIT015"},
        ),
        ("Hi Kai, our water filters are used by clinics in Kenya. Could your NGO buy in bulk?", {"PIT004"}),
        ("Hola Kai, nuestra agencia ayuda a hoteles a llenar habitaciones. ¿Hablamos?", {"PIT016"}),
        # "We sell" and a good or paid price, in the other languages.
        ("Hola Kai, vendemos cámaras de segunda mano a buen precio. ¿Te interesa?", {"PIT003", "PIT004"}),
        ("Hi Kai, book your free session with our coaches today!", {"PIT004"}),
        ("Hi Kai, I run GCSE science revision days at half term. Group discounts available!", {"PIT004"}),
        ("Hi Kai, I place maths teachers in international schools in Dubai. Interested?", {"PIT003"}),
        (
            "Hola Kai, nuestra editorial publica cuentos infantiles bilingües. ¿Le envío el catálogo?",
            {"PIT016"},
        ),
    ],
)
def test_an_offer_or_an_ask_for_business_or_money_is_found_by_the_rules(analyzer, text, codes):
    report = analyzer.analyze(text)
    assert codes <= report.all_codes()
    assert report.label == "sales", report.reason


def test_asking_to_quote_someones_words_is_not_a_price(analyzer):
    report = analyzer.analyze(
        "Hi Ivo, I read your essay on urban heat islands for my thesis - could I quote it in chapter two?"
    )
    assert "PIT004" not in report.all_codes()
    assert report.label != "sales", report.reason


def test_a_need_sounded_out_before_a_trade_is_found(analyzer):
    # "If your … needs": the buyer's need, sounded out; with the trade named, half a pitch or more.
    report = analyzer.analyze(
        "Hi Kai, if your payroll needs sorting before year end, I'm a freelance bookkeeper for small "
        "agencies."
    )
    assert "PIT012" in report.all_codes()
    assert report.scores["pitch"] >= 40


def test_their_free_work_is_not_an_offer(analyzer):
    report = analyzer.analyze("Hi Ivo, your free Figma template saved my launch - thank you for sharing it!")
    assert "PIT004" not in report.all_codes()
    assert report.label == "personalized", report.reason


@pytest.mark.parametrize(
    "text, code, flagged",
    [
        (
            "Hi Ana, we've just launched a marketing analytics dashboard for Shopify stores. Want a look?",
            "PIT003",
            True,
        ),
        (
            "Hi Ana, great panel at LeadDev on flaky tests. We just shipped a plugin that quarantines "
            "them for you. Thought it might help.",
            "PIT003",
            True,
        ),
        # A newcomer's first product, told as news before a question, is offered to nobody.
        (
            "Hi Dev, I loved your thread on pricing for indie developer tools. I'm launching my first app "
            "next month and your point about annual plans stuck with me.",
            "PIT003",
            False,
        ),
    ],
)
def test_a_product_launched_is_announced_unless_it_is_the_senders_first(analyzer, text, code, flagged):
    report = analyzer.analyze(text)
    assert (code in report.all_codes()) is flagged
    assert (report.label == "sales") is flagged, report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Ciao Elena, organizziamo viaggi di gruppo in Puglia per aziende. Ti mando il programma?",
        "Hola Carlos, organizamos retiros de yoga en Menorca para equipos. ¿Te interesa?",
        "Hallo Frau Roth, wir organisieren Teamevents an der Ostsee. Darf ich Ihnen ein Angebot schicken?",
    ],
)
def test_trips_and_events_organised_for_others_are_a_trade(analyzer, text):
    report = analyzer.analyze(text)
    assert "PIT003" in report.all_codes()
    assert report.label == "sales", report.reason


def test_a_dinner_to_organise_together_is_no_trade(analyzer):
    report = analyzer.analyze(
        "Ciao Giulia, organizziamo una cena di classe a giugno? Ti mando le date che ho in mente!"
    )
    assert "PIT003" not in report.all_codes()
    assert report.label != "sales", report.reason


def test_amateurs_coached_and_a_first_session_given_are_a_trade_and_an_offer(analyzer):
    report = analyzer.analyze(
        "Hi Chris, I coach amateur cyclists up Alpine climbs with a 10-week plan. First session is on me!"
    )
    assert {"PIT003", "PIT004"} <= report.all_codes()
    assert report.label == "sales", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Hi Chris, I coach the under-12 runners at our club on Sundays, and your talk on pacing helped.",
        "Hi Chris, great run at parkrun today! Next coffee is on me.",
    ],
)
def test_one_team_coached_or_a_coffee_paid_for_is_no_trade_or_offer(analyzer, text):
    assert not {"PIT003", "PIT004"} & analyzer.analyze(text).all_codes()
