"""Business proposals (PIT015), pitches whose only personal touch is what a profile shows (a role,
a company, a promotion), and the signals that tell a real shared plan or the recipient's role
from filler. Every note here was written for these tests."""

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "Dear Mr. Lund, we would like to discuss a strategic partnership with your firm.",
        "Hi Bea, I see real synergies between our teams. Shall we explore them?",
        "Hello Ivo, I'm reaching out about a mutually beneficial partnership with your studio.",
        "Hello, is your design work all in-house, or do you use an external agency?",
        "Hi Omar, are you open to outsourcing part of your mobile development?",
        "Hi, could you tell me who handles facilities management at Norrvik Energy?",
        "Hello Wen, if you aren't the right person for data tooling, who should I speak to?",
        "Hi Petra, I'm looking for ambitious retailers in Ghent to work with this spring.",
        "Hey Maya! I run a vegan baking account with 9,000 followers. Want to do a cross-promo?",
        "Hi Olu, I'm head of partnerships at Quillpay. I'd love to explore a referral partnership with "
        "your accounting firm.",
        # A collaboration proposed as their supplier.
        "Hi Sam, I'm a wedding photographer in Leeds and I'd love to discuss a collaboration as your "
        "venue's recommended photographer.",
        "Buongiorno, sono fotografa di matrimoni a Lucca e vorrei proporvi una collaborazione come "
        "fornitore di fiducia della villa.",
    ],
)
def test_a_business_proposal_in_a_generic_note_is_sales(analyzer, text):
    report = analyzer.analyze(text)
    assert "PIT015" in report.all_codes()
    assert report.label == "sales", report.reason
    assert "PIT015" in report.decided_by


@pytest.mark.parametrize(
    "text",
    [
        "Hi, could you tell me who handles graduate recruitment at Norrvik Energy?",
        "Hi Jo, I run partnerships for a food bank and your piece on volunteer rotas helped us a lot.",
        "Hi Jo, I look after our partner network at a hospice charity - your talk on volunteer rotas "
        "changed how we plan weekends.",
        "Hello, I'm open to relocating for the right analyst role. Happy to connect.",
        "Hi Dana, I think being connected could be mutually beneficial. Have a good week!",
        "Hi Dana, I'm a PhD student at Utrecht and would love to discuss a research partnership on your "
        "soil-carbon dataset.",
        "Hi Sam, thanks for the great collaboration as your intern last summer - the dashboard is still in "
        "use!",
    ],
)
def test_partnership_words_outside_a_proposal_are_not_flagged(analyzer, text):
    report = analyzer.analyze(text)
    assert "PIT015" not in report.all_codes()
    assert report.label != "sales", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Hi Iris, I'd like to sell you my services as a copywriter for your agency.",
        "Hello, I have two Kotlin engineers available from Monday. Interested?",
    ],
)
def test_an_offer_of_services_or_staff_is_a_self_pitch(analyzer, text):
    # More generic notes that the self-pitch alone makes sales: tests/rules/test_generic_pitch.py.
    report = analyzer.analyze(text)
    assert "PIT003" in report.all_codes()
    assert report.label == "sales", report.reason


def test_a_pitch_personalised_only_with_profile_facts_is_sales(analyzer):
    # A role and a company are what sales tools fill in from a profile.
    text = "Hi Noor, I saw you lead the finance team at Vela! We help finance teams close faster."
    report = analyzer.analyze(text)
    assert {"SPC107", "PIT003"} <= report.all_codes()
    assert report.label == "sales", report.reason
    assert report.scores["pitch"] >= 50
    # The reason says why the promotion and the names did not make it personal.
    assert "personal only in what a profile shows (" in report.reason
    assert "their role" in report.reason.split("profile shows", 1)[1]
    # A promotion congratulated is the platform's own prompt: nothing specific at all.
    promoted = analyzer.analyze(
        "Hi Noor, congrats on the promotion to Head of Finance at Vela! We help finance teams close faster."
    )
    assert promoted.label == "sales" and "SPC107" not in promoted.all_codes(), promoted.reason
    bare = analyzer.analyze("Hi Noor! We help finance teams close faster. Book a demo this week?")
    assert bare.label == "sales" and "profile shows" not in bare.reason, "a name alone explains nothing"


def test_a_pitch_after_the_recipients_own_work_needs_more_than_one_offer(analyzer):
    # Their talk is something a mail merge cannot fill in; one offer of help does not decide alone.
    text = (
        "Hi Noor, your talk on month-end close at FinOps Live was excellent, especially the bit on "
        "accrual reviews. We help finance teams with the same problem and I'd love to compare notes."
    )
    assert analyzer.analyze(text).label == "personalized"
    worse = analyzer.analyze(text + " Would you be open to a 20-minute demo next week?")
    assert worse.label == "sales"
    assert "profile shows" not in worse.reason, "their talk is not a profile detail"


@pytest.mark.parametrize(
    "text",
    [
        "Hi Sven, I saw you lead the payments team at Klarna. I'm moving into fintech and would love to ask "
        "how you hire juniors.",
        "Hi Ruth, you're attending the Lisbon Data Summit in May, I think? I'll be there too, would be great "
        "to say hello.",
        "Hi Kai, congrats on the new role at the Met Office! Your forecasting posts on Mastodon taught "
        "me a lot.",
    ],
)
def test_the_recipients_role_or_a_shared_plan_counts_as_specific(analyzer, text):
    report = analyzer.analyze(text)
    assert report.label == "personalized", report.reason


def test_congratulations_on_nothing_in_particular_are_not_specific(analyzer):
    report = analyzer.analyze("Congratulations on all your achievements! Would love to connect.")
    assert "SPC107" not in report.all_codes()
    assert report.label == "default"


def test_an_unnamed_mutual_connection_is_not_a_shared_context(analyzer):
    vague = analyzer.analyze("Hello Ida, I noticed we have a mutual connection, so I thought I'd reach out.")
    assert "SPC102" not in vague.all_codes()
    assert vague.label == "default"
    named = analyzer.analyze(
        "Hello Ida, our mutual friend Tomasz said you're the person to ask about tram signalling; I'm "
        "starting on the Kraków extension."
    )
    assert "SPC102" in named.all_codes()
    assert named.label == "personalized"


def test_praise_for_expertise_is_filler(analyzer):
    report = analyzer.analyze("Hi Leo, I'm amazed by your expertise in cloud architecture. Let's connect!")
    assert "DEF004" in report.all_codes()
    assert report.label == "default"


def test_a_call_ask_in_words_is_a_call_ask(analyzer):
    report = analyzer.analyze("Hi Mia, we cut freight costs for furniture importers. Worth a quick chat?")
    assert "PIT001" in report.all_codes()
    assert report.label == "sales"


@pytest.mark.parametrize(
    "text",
    [
        "Hi Owen, you coached my son's rugby team in Bath! I now run a cleaning company for schools - "
        "could we supply your academy's new sports hall?",
        "Hi Nadia, lovely to see you at the Leeds alumni dinner on Friday. We install EV chargers for "
        "offices now - can we quote for your car park?",
    ],
)
def test_asking_to_place_supply_or_quote_after_a_shared_past_is_a_pitch(analyzer, text):
    report = analyzer.analyze(text)
    assert {"PIT003", "PIT013"} <= report.all_codes() or {"PIT011", "PIT013"} <= report.all_codes()
    assert report.label == "sales", report.reason


def test_interview_or_training_partners_sought_are_no_business_partners(analyzer):
    asked = (
        "Hi Dr. Berger, for our university radio project I'm looking for interview partners who work on "
        "groundwater. Your work on water levels in Schleswig-Holstein would fit perfectly."
    )
    sold = "Hi Sven, we're running a closed beta of an AI scribe and are looking for clinical partners."
    assert "PIT015" not in analyzer.analyze(asked).all_codes()
    assert "PIT015" in analyzer.analyze(sold).all_codes()


@pytest.mark.parametrize(
    "text",
    [
        "Hi Lola, as promised on Friday's call, I'm attaching the detailed proposal for your three depots.",
        "Hola Lola, como quedamos, te adjunto la propuesta para vuestras tres naves.",
        "Bonjour Lola, vous trouverez ci-joint notre devis pour les trois entrepôts.",
        "Hallo Lola, anbei unser Angebot für die drei Lager.",
        "Hola Lola, ¿pudiste revisar la cotización que te envié el lunes?",
    ],
)
def test_a_proposal_or_quote_attached_or_sent_before_is_a_business_proposal(analyzer, text):
    assert "PIT015" in analyzer.analyze(text).all_codes()


def test_a_cv_attached_is_no_business_proposal(analyzer):
    report = analyzer.analyze(
        "Hi Lola, please find attached my CV - your post on the depot manager role caught my eye."
    )
    assert "PIT015" not in report.all_codes(), report.all_codes()


def test_a_booked_demo_named_is_a_call(analyzer):
    report = analyzer.analyze(
        "Hola Lola, quería confirmar la reunión del jueves para la demo del módulo de rutas."
    )
    assert "PIT001" in report.all_codes(), report.all_codes()


@pytest.mark.parametrize(
    "text",
    [
        "Ciao Rita, volevo sapere se hai avuto modo di valutare la nostra proposta per la mensa.",
        "Hola Rita, solo quería saber si pudiste revisar la info que te enviamos sobre nuestros toldos.",
        "Hi Rita, just checking if you had a chance to review the quote for the new windows.",
    ],
)
def test_a_proposal_asked_after_indirectly_is_a_follow_up(analyzer, text):
    report = analyzer.analyze(text)
    assert "PIT015" in report.all_codes(), report.all_codes()
    assert report.label == "sales", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Bonjour Rita, avez-vous des questions sur le devis qu'on vous a envoyé pour la toiture ?",
        "Hola Rita, ¿tienes dudas sobre la cotización que te enviamos para las ventanas?",
        "Hi Rita, any questions on the quote we sent for the loft conversion?",
    ],
)
def test_a_quote_we_sent_asked_after_is_a_follow_up(analyzer, text):
    report = analyzer.analyze(text)
    assert "PIT015" in report.all_codes(), report.all_codes()
    assert report.label == "sales", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Thanks for connecting, Rita. I see you run purchasing at Norvik. "
        "I'd like to talk about how we can work together.",
        "Gracias por aceptar, Rita. Vi que diriges compras en Norvik. "
        "Me gustaría hablar sobre cómo podemos colaborar.",
        "Danke fürs Vernetzen, Rita. Ich würde gern besprechen, wie wir zusammenarbeiten können.",
    ],
)
def test_working_together_proposed_to_a_buyer_is_a_business_proposal(analyzer, text):
    report = analyzer.analyze(text)
    assert "PIT015" in report.all_codes(), report.all_codes()
    assert report.label == "sales", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Hi Tomas, I have an idea for a joint venture in the kombucha space. Up for discussing it?",
        "Hi Tomas, there's potential for integration between Rotawise and your payroll app. It could "
        "benefit both our user bases. Would you like to explore this?",
        "Hi Tomas, we're running Bristol Cider Week and would love Orchard Pig on board as a co-host. This "
        "could be a great opportunity for both organisations.",
    ],
)
def test_a_deal_between_two_firms_proposed_is_a_pitch(analyzer, text):
    report = analyzer.analyze(text)
    assert "PIT015" in report.all_codes(), report.all_codes()
    assert report.label == "sales", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Hi Tomas, we'd like to sponsor your hiking app in exchange for a logo on the splash screen.",
        "Hi Tomas, our brand would love to sponsor your open-source CSV library. Shall I send the terms?",
    ],
)
def test_promotion_bought_from_a_maker_is_a_brand_deal(analyzer, text):
    report = analyzer.analyze(text)
    assert "PIT015" in report.all_codes(), report.all_codes()
    assert report.label == "sales", report.reason


def test_their_company_scanned_unasked_after_a_follow_up_is_a_prospecting_opener(analyzer):
    text = (
        "Hi Tomas, just following up - we detected three rota tools running side by side on "
        "brightcare.co.uk. Have you had a chance to look into this?"
    )
    report = analyzer.analyze(text)
    assert "PIT012" in report.all_codes(), report.all_codes()
    assert report.label == "sales", report.reason


def test_a_work_noun_naming_a_kind_of_tool_is_no_work_of_theirs(analyzer):
    report = analyzer.analyze("Hi Tomas, how many apps are in your project management stack these days?")
    assert "SPC101" not in {s["code"] for s in report.signals}, report.signals
