"""A note with nothing specific to the recipient is `sales` once it says what the sender sells
(PIT003) or makes an offer (PIT004). Words that only look like selling, in the notes of students,
job seekers, organisers and engineers, are not flagged as a pitch."""

import pytest


def _pitch_codes(report):
    return sorted({f.code for f in report.findings if f.code.startswith("PIT")})


@pytest.mark.parametrize(
    "text, code",
    [
        ("Hi, I'm a licensed realtor in Phoenix. If you want to buy or sell, I'm here to help.", "PIT003"),
        ("Hey, I can help you get more reviews on Google for your clinic.", "PIT003"),
        ("Hi, we provide IT staff augmentation with developers from Vietnam.", "PIT003"),
        ("Hi, I'm a web designer. I can build you a new website for a great price.", "PIT004"),
        ("Hello, we're a boutique legal firm for fintech founders. Let me know!", "PIT003"),
        ("Need a Shopify store? Hire me, I deliver in a week.", "PIT003"),
        ("Hi Raúl, we place certified welders with shipyards within ten days.", "PIT003"),
        ("Hi, we work with independent clinics to fill their appointment books.", "PIT003"),
        ("Hi Ama, I'd love to tell you about the new invoicing app we launched.", "PIT003"),
        # A recruiting blast solicits applicants the way a pitch solicits buyers.
        ("Hi, you'd be a great fit for an exciting opportunity I'm working on. Get in touch!", "PIT007"),
        ("We're hiring! Let's connect.", "PIT007"),
        (
            "Hi Sol, would you be interested in discussing a Site Reliability Engineer role at Brightpath?",
            "PIT007",
        ),
        ("Hi Sol, we have a solution that will change how your clinic handles no-shows.", "PIT003"),
        ("Hi Sol, we train engineers to ship twice as fast with pair programming. Let's connect!", "PIT003"),
        (
            "Hola Sol, trabajamos con pymes industriales en reducir su factura eléctrica. ¡Conectemos!",
            "PIT003",
        ),
        (
            "Hi Sol, our AI training delivers measurable gains for busy teams. Would love to connect!",
            "PIT016",
        ),
        ("Hi Sol, is your clinic still booking by phone? We fix that for practices your size.", "PIT003"),
        ("Hi Sol, we can usually beat what florists your size pay for deliveries.", "PIT003"),
        ("Hi Sol, loved Gartner's report on AI in retail. We help retailers deploy AI chatbots.", "PIT003"),
        ("Hi Sol, I have a proven method that fills physio diaries in six weeks. Curious?", "PIT003"),
        ("Hallo Sol, unsere Lösung für digitale Dienstpläne spart Pflegeheimen viel Zeit.", "PIT016"),
        ("Bonjour Sol, je suis spécialisée dans la paie externalisée pour les PME du Grand Est.", "PIT003"),
        ("Bonjour Sol, je propose des audits énergétiques pour les copropriétés du Var.", "PIT003"),
        ("Bonjour Sol, notre plateforme planifie les tournées des techniciens de maintenance.", "PIT016"),
        ("Olá Sol, nossa empresa exporta azeite do Alentejo para restaurantes na Europa.", "PIT016"),
        ("Hi Sol, our cooperative imports Sicilian olive oil for delis and wine bars.", "PIT016"),
        # The register of many inboxes: "we are leading…", "kindly revert with your requirement".
        ("Greetings Sol! We are the leading payroll bureau in Leeds, kindly connect.", "PIT003"),
        ("Dear Sol, websites and mobile apps at very reasonable cost. Please connect.", "PIT004"),
        ("Dear Sol, we have 30 pre-screened React and Node developers on contract basis.", "PIT003"),
        # Contract and billing terms.
        ("Hi Sol, our QA testers are billed monthly with no lock-in.", "PIT004"),
        # (Not "unsere Kassensoftware": the product named too is a second pitch signal.)
        ("Hallo Sol, das Kassensystem ist monatlich kündbar. Lust auf einen Blick?", "PIT004"),
    ],
)
def test_a_generic_note_that_sells_is_sales(analyzer, text, code):
    report = analyzer.analyze(text)
    assert report.label == "sales", report.reason
    assert code in report.decided_by and "SPC001" in report.decided_by
    assert "nothing specific to the recipient" in report.reason
    # The pitch score agrees with the label: 50 is the line.
    assert report.scores["pitch"] >= 50


def test_the_same_self_pitch_in_a_specific_note_does_not_decide(analyzer):
    text = (
        "Hi Ana, your RustConf talk on arena allocators was the clearest I've seen, and we hit the "
        "same fragmentation bug last spring. I help teams profile memory, and would love to compare notes."
    )
    report = analyzer.analyze(text)
    assert "PIT003" in _pitch_codes(report)
    assert report.label == "personalized", report.reason


def test_a_call_request_alone_does_not_make_a_generic_note_sales(analyzer):
    # Students and job seekers ask for chats too; only selling words count for generic notes.
    report = analyzer.analyze("Hi, I'm a student exploring careers in consulting. Open to a quick chat?")
    assert _pitch_codes(report) == ["PIT001"]
    assert report.label == "default", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Hi, I help organise the Leeds JavaScript meetup and I'm always glad to meet other developers.",
        "Hey, I moved to Denver a month ago for a nursing job and I'm building my network here.",
        "Hi, are you free next week? I'd love to hear how you got into product design.",
        "Hi! I'm free most afternoons if you ever want to swap notes on cycling routes.",
        "Hello, I'm a pricing analyst at a retail company. Looking forward to connecting.",
        "Hi, I maintain an open source Python package for date parsing. Happy to connect.",
        "Hi, I've learned a great deal from people in this field and would be glad to connect.",
        "Hi, I just got a promotion to team lead and would like to meet other managers.",
        "Hi, I work at the European Commission in Brussels. Always glad to meet policy people.",
        "Hi, we're a team of three grad students working on robotics. Would be great to connect.",
        "Hi, I run a small bakery in Porto and enjoy meeting other small business owners here.",
        "Hello! I write about climate policy for a regional newspaper.",
        "Hi, I provide IT support at a university hospital and I'm growing my network in health IT.",
        "Hi, I specialize in pediatric nursing and I'm new to the area. Would love to meet other nurses.",
        "Hello, I offer my time as a mentor to first-generation students. Happy to connect.",
        "Hi, are you free for a quick chat about your move into UX research?",
        "Free for 15 min this week? I'm switching into product and would value your advice.",
        "Hi, I'm currently open to new opportunities in data analytics and would love to connect.",
        "I'm a final-year student and I'd be a great fit for your graduate scheme. Happy to connect!",
    ],
)
def test_words_that_only_look_like_selling_leave_a_generic_note_default(analyzer, text):
    report = analyzer.analyze(text)
    assert not {"PIT003", "PIT004"} & set(_pitch_codes(report)), _pitch_codes(report)
    assert report.label == "default", report.reason


@pytest.mark.parametrize(
    "text, offer",
    [
        ("Try it free for 30 days.", "free"),
        ("Free for the first month, then $9.", "Free"),
        ("Is your team free of vendor lock-in? Free audit this week.", "Free"),
    ],
)
def test_free_as_an_offer_is_still_flagged(analyzer, text, offer):
    starts = [f.start for f in analyzer.analyze(text).findings if f.code == "PIT004"]
    assert text.rindex(offer) in starts


@pytest.mark.parametrize(
    "text, flagged",
    [
        ("Hi, I'm a final-year student and I'd be a great fit for your graduate scheme.", False),
        ("I'm open to work as a data analyst and would love to connect.", False),
        ("Hi, I'm looking for a placement year in audit. Would love to connect.", False),
        ("Hi Sarah, I'm a junior developer looking for my first role. Are you hiring?", False),
        ("Your background looks like a great fit for a role I'm filling. Are you open to work?", True),
        ("You'd be a perfect fit for one of our clients.", True),
    ],
)
def test_a_job_seekers_own_words_are_not_a_recruiting_blast(analyzer, text, flagged):
    assert ("PIT007" in _pitch_codes(analyzer.analyze(text))) is flagged


def test_the_platform_default_with_a_pitch_is_sales_and_says_so(analyzer):
    text = "I'd like to add you to my professional network on LinkedIn. We offer SEO audits for clinics."
    report = analyzer.analyze(text)
    assert report.label == "sales"
    assert report.decided_by == ["PIT003", "DEF002"]
    assert set(report.decided_by) <= set(report.codes())  # every deciding code is a finding


@pytest.mark.parametrize(
    "text",
    [
        "Hi, I'm a second-year CS student and I want to learn more about how you moved into robotics.",
        "Hello, could I send my CV to you? I'm applying to the graduate program at your bank.",
        "Hi, I recently graduated and I'm interested in a career in UX. Any advice would be great.",
        "Hi, I'm a career changer from teaching. Would you be interested in sharing how you made the move?",
        # Their own papers, asked to be read, not offered.
        "Hi Sam, thanks for connecting! Can I send you my CV? I'm applying for the analyst scheme.",
        "Hi Sam, would you like to read my dissertation on wetland birds? You inspired the topic.",
    ],
)
def test_a_students_wishes_and_requests_for_help_are_not_offers(analyzer, text):
    assert _pitch_codes(analyzer.analyze(text)) == []


@pytest.mark.parametrize(
    "text",
    [
        "Hi Sam, I'm writing my master's thesis on ward logistics. Can I send you a short survey?",
        "Hi Sam, I'm writing a piece on on-call rotas for our team blog. Can I send you three questions?",
    ],
)
def test_a_survey_or_questions_sent_for_research_are_help_asked_not_an_offer(analyzer, text):
    assert "PIT013" not in analyzer.analyze(text).all_codes()


@pytest.mark.parametrize(
    "text, code",
    [
        ("Would you be interested in a free audit of your ad account?", "PIT013"),
        ("Want to learn how? Reply YES and I'll send the details.", "PIT013"),
        ("Hi Sam, thanks for connecting! Can I send you our catalogue?", "PIT013"),
        ("Please send your CV to jobs@example.com today.", "PIT014"),
        ("Dear Sol, please revert with your requirement for security guards.", "PIT014"),
    ],
)
def test_offers_and_cv_requests_are_still_flagged(analyzer, text, code):
    assert code in _pitch_codes(analyzer.analyze(text))


def test_a_hiring_managers_one_to_one_note_is_not_a_product_pitch(analyzer):
    text = (
        "Hi Jake, I'm the hiring manager for the SRE team at Monzo. I saw your talk on chaos "
        "engineering at SREcon and think you'd enjoy what we're building. Open to a chat next month?"
    )
    report = analyzer.analyze(text)
    assert "PIT011" not in _pitch_codes(report)
    assert report.label == "personalized", report.reason


@pytest.mark.parametrize(
    "text, flagged",
    [
        ("Hi, we're building a forecasting tool for sales teams.", True),
        ("Hi, I'm a data engineer; your piece on dbt fixed a bug in my pipeline.", False),
        ("We help agencies fill your pipeline with qualified meetings.", True),
    ],
)
def test_products_and_sales_pipelines_but_not_data_pipelines(analyzer, text, flagged):
    codes = _pitch_codes(analyzer.analyze(text))
    assert bool({"PIT010", "PIT011"} & set(codes)) is flagged, codes


@pytest.mark.parametrize(
    "text",
    [
        "Hallo, wir bieten Webentwicklung für kleine Unternehmen an. Interesse?",
        "Hola, ofrecemos desarrollo web a precios competitivos.",
        "Bonjour, nous proposons un essai gratuit de notre logiciel de paie.",
        "Olá, oferecemos consultoria de marketing digital com desconto.",
        "Dzień dobry, oferujemy usługi księgowe w konkurencyjne ceny.",
    ],
)
def test_a_generic_pitch_in_another_language_is_sales(analyzer, text):
    assert analyzer.analyze(text).label == "sales"


@pytest.mark.parametrize(
    "text",
    [
        "Hola Lucía, me encantó tu charla en la JSConf de Medellín sobre accesibilidad.",
        "Ich möchte Sie gerne zu meinem beruflichen Netzwerk auf LinkedIn hinzufügen.",
        "Bonjour, je souhaite vous ajouter à mon réseau professionnel sur LinkedIn.",
        "Bonjour Léa, je propose des dates pour un café la semaine prochaine si vous êtes partante.",
        "Hallo Lea, schön, dass wir jetzt vernetzt sind. Ich helfe gern, wenn du Fragen zum Umzug hast!",
    ],
)
def test_notes_in_another_language_that_sell_nothing_are_not_sales(analyzer, text):
    assert analyzer.analyze(text).label != "sales"


@pytest.mark.parametrize(
    "text",
    [
        "Hi Nell, following up - here's a 90-second video showing how our rota planner works: "
        "https://clips.example.com/nell",
        "Hallo Nell, falls es doch passt: hier ein kurzes Video, wie die Software im Alltag funktioniert.",
        "Hola Nell, por si te sirve, aquí tienes un vídeo corto sobre cómo funciona la herramienta.",
    ],
)
def test_a_video_of_how_the_product_works_handed_over_is_an_offering(analyzer, text):
    report = analyzer.analyze(text)
    assert "PIT016" in report.all_codes()
    assert report.label == "sales", report.reason


def test_their_video_on_how_something_works_is_their_work(analyzer):
    report = analyzer.analyze(
        "Hi Nell, your video on how tidal turbines work was brilliant - my Year 9s watched it twice."
    )
    assert "PIT016" not in report.all_codes()
    assert report.label == "personalized", report.reason


def test_a_selling_trade_taken_up_after_an_old_tie_is_a_pitch(analyzer):
    report = analyzer.analyze(
        "Hi Nell, we sang in the same choir at school! I've recently started selling hearing aids - "
        "could I book you in for a free test?"
    )
    assert "PIT003" in report.all_codes()
    assert report.label == "sales", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Bonjour Hélène, merci d'avoir accepté ma demande ! Beaucoup de pharmacies perdent des heures sur "
        "les commandes. Comment gérez-vous cela aujourd'hui ?",
        "Hola Helena, gracias por aceptar. Muchas ópticas pierden clientes por no recordar las revisiones. "
        "¿Cómo lo gestionáis ahora?",
        "Hi Helen, thanks for connecting! Quick question: how much time does your team spend chasing "
        "invoices?",
    ],
)
def test_a_bait_and_a_buyer_sounded_out_in_a_generic_note_are_a_pitch(analyzer, text):
    report = analyzer.analyze(text)
    assert {"PIT008", "PIT012"} <= report.all_codes()
    assert report.label == "sales", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Hey Helen, thanks for connecting. If you ever need anything from me, just shout!",
        "Hi Helen, thank you for accepting! Let me know if you need a hand with the reunion planning.",
    ],
)
def test_thanks_and_help_offered_as_a_courtesy_are_no_pitch(analyzer, text):
    report = analyzer.analyze(text)
    assert "PIT012" not in report.all_codes()
    assert report.label != "sales", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Bonjour Hélène, je reviens vers vous au sujet de mon précédent message : seriez-vous disponible "
        "20 minutes jeudi ?",
        "Hi Helen, just following up on my note from last week - could we book 15 minutes on Thursday?",
    ],
)
def test_a_follow_up_with_a_call_asked_is_a_pitch(analyzer, text):
    report = analyzer.analyze(text)
    assert {"PIT001", "PIT008"} <= report.all_codes()
    assert report.label == "sales", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Hi Helen, following up on my last message about the reunion - did you get the date?",
        "Bonjour Hélène, merci d'avoir accepté ma demande ! Au plaisir de vous revoir au club de bridge.",
    ],
)
def test_a_follow_up_or_thanks_alone_is_no_bait(analyzer, text):
    assert "PIT008" not in analyzer.analyze(text).all_codes()


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Hi Claire, we put together a white paper on cold-chain audits for small grocers.", "PIT004"),
        ("Hi Claire, we just published a case study on how a bakery chain cut its waste.", "PIT004"),
        ("Bonjour Claire, j'ai publié un retour d'expérience sur nos migrations vers le cloud.", "PIT004"),
        ("Hoi Claire, mag ik je onze nieuwe planningstool laten zien?", "PIT013"),
    ],
)
def test_an_offer_named_in_two_words_is_found(analyzer, text, code):
    assert code in analyzer.analyze(text).all_codes()


@pytest.mark.parametrize(
    "text",
    [
        "Hi Sol, thanks for testing the samples of our river sediment for my thesis last month - the "
        "results changed my third chapter.",
        "Hola Sol, te llevo muestras de nuestro huerto escolar para la feria de ciencias del sábado.",
    ],
)
def test_samples_brought_for_a_thesis_or_a_school_fair_are_no_offer(analyzer, text):
    assert "PIT004" not in analyzer.analyze(text).all_codes()


def test_free_on_a_day_is_someone_available_and_a_free_day_webinar_an_offer(analyzer):
    report = analyzer.analyze(
        "Hi Sam, great to meet you at the RustConf dinner. Free Thursday for a walk round the docks?"
    )
    assert "PIT004" not in report.all_codes(), report.all_codes()
    offer = analyzer.analyze("Hi Sam, join our free Tuesday webinar on payroll compliance for small firms.")
    assert "PIT004" in offer.all_codes(), offer.all_codes()
