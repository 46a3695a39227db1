"""A product shown helping a clientele, whoever's it is called; what the sender's company builds for
a clientele; gladness at being connected as the opening of a pitch; a buyer asked whether they are
exploring ways to do something. Every note here was written for these tests."""

import pytest


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # A product, named with the company's name rather than "our", shown helping a clientele.
        (
            "Thanks for connecting! I'd love to share how Fernbrook's scheduling platform is helping "
            "dental clinics cut no-shows.",
            "PIT016",
        ),
        ("Hi Pia, happy to show you how the Lumo app has helped independent retailers sell out.", "PIT016"),
        # What the sender's company makes, for a clientele.
        ("Hi Oskar, at Quillmark we're building AI software for independent pharmacies.", "PIT003"),
        ("Hello Dr. Obi, we develop billing solutions for private practices across Lagos.", "PIT003"),
        # Gladness at being connected, then a pitch.
        ("Great to be connected, Lars! Would a 15-minute call next week work to go over my rates?", "PIT008"),
        # What the sender's product or firm does to a buyer's data or work, and the time it saves a
        # clientele.
        ("Hi Ruth, our AI predicts which invoices will be paid late. Would love to show you how.", "PIT016"),
        ("Hi Ade, we centralise supplier contracts so renewals never slip. Worth a quick call?", "PIT011"),
        ("Hi Jo, we use AI to triage tickets, saving clinics 10+ hours a week. Open to a chat?", "PIT010"),
        # The recipient's peers held up by someone offering to tell.
        ("Hi Ken, fan of Tallyhouse! Would love to share how other Heads of Finance are using AI.", "PIT003"),
        # A buyer asked whether they are exploring ways to do something, after the same courtesy.
        (
            "Hi Jun, great to connect! Are you exploring ways to fill your gym's off-peak hours? "
            "Happy to share what works.",
            "PIT012",
        ),
    ],
)
def test_a_product_shown_to_a_buyer_is_sales(analyzer, text, code):
    report = analyzer.analyze(text)
    assert code in report.all_codes(), report.all_codes()
    assert report.label == "sales", report.reason


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # Something shown that helped the sender's own people, or their own product asked about.
        (
            "Hi Tom, I'll share how the scheduling tool helped our volunteers at the food bank when we "
            "meet on Saturday.",
            "PIT016",
        ),
        (
            "Hi Rae, I loved your demo of the lending app at the Bristol EdTech meetup - could you share "
            "how your platform is helping schools with returns?",
            "PIT016",
        ),
        # Work for one thing they made, not for a clientele.
        (
            "Hi Marco, at our lab we develop software for the telescope array you designed - thanks for "
            "the documentation, it saved us months.",
            "PIT003",
        ),
        # A manager's own question about how peers do it.
        (
            "Hi Nia, I loved your talk at the Cardiff HR meetup on return-to-work plans. I'm new to "
            "managing and curious how other managers handle the first week back.",
            "PIT003",
        ),
        # A research model's prediction, told to the author whose data it used.
        (
            "Hi Lena, thanks for publishing the Baltic ice dataset - our model predicts an earlier melt "
            "than yours and I'd love to compare notes.",
            "PIT016",
        ),
        # Gladness at being connected, with no pitch after it.
        (
            "Great to connect after the Leeds marathon, Sam! You paced me through mile 20 and I owe you "
            "a coffee.",
            "PIT008",
        ),
    ],
)
def test_the_same_words_without_a_pitch_are_not_flagged(analyzer, text, code):
    report = analyzer.analyze(text)
    assert code not in report.all_codes(), report.all_codes()
    assert report.label == "personalized", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Cloud bootcamp: 10 weekends of labs. Certificate included.",
        "Learn payroll from scratch in six weeks. Placement assistance for every learner.",
    ],
)
def test_a_course_sold_with_what_it_comes_with_is_an_offer(analyzer, text):
    report = analyzer.analyze(text)
    assert "PIT004" in report.all_codes(), report.all_codes()
    assert report.label == "sales", report.reason


def test_how_we_can_best_support_them_is_a_self_pitch(analyzer):
    report = analyzer.analyze(
        "Hi Ola, I wanted to follow up and see how we can best support your hiring plans. Open to a "
        "15-minute call next week?"
    )
    assert "PIT003" in report.all_codes(), report.all_codes()
    assert report.label == "sales", report.reason


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # What the sender does, for a clientele.
        (
            "Hi Ola, I do bookkeeping and payroll for cafes and small restaurants. Need a hand this year?",
            "PIT003",
        ),
        # A client's result held up by the seller.
        ("Hi Ola, one recent client increased repeat bookings by 40% after we rebuilt their site.", "PIT003"),
    ],
)
def test_a_sellers_trade_client_results_and_audit_are_a_pitch(analyzer, text, code):
    report = analyzer.analyze(text)
    assert code in report.all_codes(), report.all_codes()
    assert report.label == "sales", report.reason


def test_the_senders_own_unpaid_role_or_a_client_who_recommended_their_work_is_no_pitch(analyzer):
    report = analyzer.analyze(
        "Hi Ola, I do the books for our choir and a recent client of mine recommended your podcast on grief. "
        "Episode 12 helped me a lot - thank you."
    )
    assert "PIT003" not in report.all_codes(), report.all_codes()
    assert report.label == "personalized", report.reason


def test_an_audit_of_their_site_offered_is_an_ask_for_a_meeting(analyzer):
    # Counted as the call it leads to: alone it does not make a note `sales` (docs/scoring.md).
    report = analyzer.analyze(
        "Hi Ola, what's your current SEO situation? Happy to do a quick audit and send my notes."
    )
    assert "PIT001" in report.all_codes(), report.all_codes()


@pytest.mark.parametrize(
    "text",
    [
        # A service set up for a clientele.
        "Hi Ola, I set up payroll and onboarding for clinics. Would a short call help?",
        # A trade's work, for a clientele.
        "Hi Ola, we install solar roofs for breweries. Could I send photos?",
    ],
)
def test_a_service_set_up_or_installed_for_a_clientele_is_a_self_pitch(analyzer, text):
    report = analyzer.analyze(text)
    assert "PIT003" in report.all_codes(), report.all_codes()
    assert report.label == "sales", report.reason


@pytest.mark.parametrize(
    "text",
    [
        # One thing set up, once.
        "Hi Ola, we set up a reading circle for founders in Cork after your talk - thank you for the idea.",
        # An exhibition put up, not a trade.
        "Hi Ola, we install the students' show at the gallery on Monday; your lighting tips will be used.",
    ],
)
def test_one_thing_set_up_or_installed_is_no_trade(analyzer, text):
    assert "PIT003" not in analyzer.analyze(text).all_codes()


def test_a_look_at_their_bills_offered_is_an_audit(analyzer):
    report = analyzer.analyze(
        "Hi Ola, saw your post about the gas prices at Millbrook. Open to a quick look at last year's "
        "bills? We fit heat pumps for care homes."
    )
    assert "PIT001" in report.all_codes(), report.all_codes()
    assert report.label == "sales", report.reason


def test_a_look_at_the_senders_own_invoices_is_no_audit(analyzer):
    report = analyzer.analyze("Hi Ola, could you have a quick look at my invoices before the VAT return?")
    assert "PIT001" not in report.all_codes()


@pytest.mark.parametrize(
    "text",
    [
        "Bonjour Inès, je lance Atelio, une plateforme qui met en relation des artisans et des hôtels. "
        "Vos chambres d'hôtes seraient parfaites.",
        "Hi Ines, I'm launching Tallybook, an app that connects bakeries with local cafés. Your bakery "
        "would be a great first partner.",
    ],
)
def test_a_product_launched_with_its_name_before_its_kind_is_a_pitch(analyzer, text):
    report = analyzer.analyze(text)
    assert "PIT003" in report.all_codes(), report.all_codes()
    assert report.label == "sales", report.reason


@pytest.mark.parametrize(
    "text",
    [
        # A seller's order terms.
        "Hi Ola, we bottle cold brew for cafés under their own label, MOQs from 300 bottles.",
        # Trading terms offered, in Spanish and French.
        "Hola Ola, ¿te puedo llamar mañana para presentarte nuestras condiciones para tiendas?",
        "Bonjour Ola, je vous envoie nos conditions pour les épiceries ?",
    ],
)
def test_order_terms_or_trading_conditions_are_an_offer(analyzer, text):
    assert "PIT004" in analyzer.analyze(text).all_codes()


def test_working_conditions_told_are_no_offer(analyzer):
    report = analyzer.analyze(
        "Bonjour Ola, votre article sur nos conditions de travail à l'hôpital m'a touchée."
    )
    assert "PIT004" not in report.all_codes()


def test_buyers_trust_in_the_senders_firm_is_a_self_pitch(analyzer):
    report = analyzer.analyze(
        "Hi Ola, bakeries across Devon trust us for their flour deliveries. Fancy a sample sack?"
    )
    assert "PIT003" in report.all_codes(), report.all_codes()
    assert report.label == "sales", report.reason


def test_a_client_thanked_for_their_trust_is_no_self_pitch(analyzer):
    report = analyzer.analyze(
        "Hi Ola, thank you for trusting us with your daughter's wedding cake last June."
    )
    assert "PIT003" not in report.all_codes(), report.all_codes()


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Oi Ola, vi seu perfil. Posso te contar mais?", "PIT013"),
        ("Hi Ola, what's the best WhatsApp to reach you on?", "PIT014"),
        ("Olá Ola, acredito que você seria um ótimo fit para uma vaga que temos aberta.", "PIT007"),
    ],
)
def test_more_offered_the_best_number_asked_or_their_fit_in_portuguese(analyzer, text, code):
    assert code in analyzer.analyze(text).all_codes()


@pytest.mark.parametrize(
    "text",
    [
        "Hi Ola, Brightdesk helps clinics fill cancelled slots overnight. Shall we talk?",
        "Oi Ola, a Tallo ajuda clínicas a lotar a agenda. Vamos conversar?",
    ],
)
def test_what_a_firm_does_for_a_clientele_is_a_self_pitch(analyzer, text):
    report = analyzer.analyze(text)
    assert "PIT003" in report.all_codes(), report.all_codes()
    assert report.label == "sales", report.reason


def test_a_persons_help_to_founders_is_no_self_pitch(analyzer):
    report = analyzer.analyze(
        "Hi Ola, my sister says she helps founders with pitch decks at your library. Thank you!"
    )
    assert "PIT003" not in report.all_codes(), report.all_codes()


@pytest.mark.parametrize(
    "text",
    [
        "Hi Ola, I'd love to show you how Fernway could help your bakery cut waste this winter.",
        "Hola Ola, me gustaría mostrarte cómo Fernway puede ayudar a tu panadería a reducir mermas.",
    ],
)
def test_help_for_them_shown_by_the_one_who_offers_it_is_a_self_pitch(analyzer, text):
    report = analyzer.analyze(text)
    assert "PIT003" in report.all_codes(), report.all_codes()
    assert report.label == "sales", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Hi Aled, site managers tell us snagging lists eat their Fridays. SnagSheet builds the list "
        "from photos for you. Could I set you up with a trial?",
        "Dear Moira, FarmBook tracks lambing records on your phone, even with no signal. Happy to "
        "send a login.",
        "Hi Tomasz. RotaRight schedules your weekend cover in one click. Worth a look?",
    ],
)
def test_a_coined_product_name_doing_its_job_is_the_product_introduced(rules_only, text):
    report = rules_only.analyze(text)
    assert "PIT016" in report.all_codes() and report.label == "sales", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Hi Ines, LinkedIn keeps suggesting you, so here I am.",
        "Hi Rory. MacKenzie builds boats in Leith and told me to say hello; I'm restoring a dinghy.",
        "Hi Ama, FarmBook sends my dad the lambing reminders now, thank you for making it for us.",
        "Hi Ivo, YouTube recommends your lathe videos to me every week. Keep them coming!",
    ],
)
def test_the_platform_a_surname_or_a_product_doing_it_for_the_sender_is_none(rules_only, text):
    assert "PIT016" not in rules_only.analyze(text).all_codes()


@pytest.mark.parametrize(
    "text",
    [
        "Hi Noor, how do you onboard new reps at Calder? Built a practice simulator that halves ramp "
        "time. Worth connecting?",
        "Hi Pete, we've developed a rota planner that cuts agency spend for care homes. Open to a look?",
        "Hello Mira, I designed a pricing tool which boosts average basket size for farm shops.",
    ],
)
def test_what_the_sender_made_told_by_the_result_it_gets_is_a_self_pitch(rules_only, text):
    report = rules_only.analyze(text)
    assert "PIT003" in report.all_codes(), report.all_codes()
    assert report.label == "sales", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Hi Gus, I built a budgeting sheet that saves me an hour a week after your talk on envelopes.",
        "Hi Val, loved the linter you built that halves review time on your team; I maintain its docs.",
        "Hi Ben, our scouts built a path that cuts through the woods to the camp you helped us find.",
        "Hi Eda, I made a stool from your plans and designed a lid that doubles as a tray. Thank you!",
    ],
)
def test_what_saved_the_sender_time_or_what_they_built_is_no_self_pitch(rules_only, text):
    assert "PIT003" not in rules_only.analyze(text).all_codes()
