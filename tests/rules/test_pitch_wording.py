"""More of the words pitches are written in: a demo by another name, a product "we've built",
a complimentary review, the buyer asked for by company, a funding round, a distribution partner,
a video offered. And the same words where nobody is selling. Every note here was written for
these tests."""

import pytest


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (
            "Hi Tess, enjoyed your interview on the Retail Ops podcast. We've built a platform that "
            "flags stock-outs before they happen; would a brief demo be useful?",
            "PIT001",
        ),
        (
            "Hi Noel, we've built a connector that syncs Shopify orders into NetSuite in real time. "
            "Mind if I send over a two-minute video?",
            "PIT003",
        ),
        (
            "Hi Carla, I'm a wealth planner for surgeons. Would you be open to a complimentary review "
            "of your pension?",
            "PIT004",
        ),
        ("Hi Raj, who's the best person at Fenwick to speak to about payroll software?", "PIT015"),
        (
            "Hi Ines, we're raising a pre-seed round for a carbon accounting app. Can I send you the deck?",
            "PIT015",
        ),
        (
            "Hi Ines, Tom Okafor suggested I reach out. Building Quayside (port scheduling) and raising "
            "$2M seed. Would love to connect!",
            "PIT015",
        ),
        (
            "Dear Mr. Haddad, we are looking for a reliable partner in the Gulf to distribute our "
            "olive oil range.",
            "PIT015",
        ),
        (
            "Hi Mo, we design scroll-stopping video ads for busy founders. Would you like to see "
            "some examples?",
            "PIT003",
        ),
        (
            "Hi Megan, I work with small accounting firms on automating tax intake. Could we find 20 "
            "minutes next Tuesday?",
            "PIT003",
        ),
        (
            "Hi Col, I'm a headhunter for logistics boards and I'm working on several COO searches "
            "right now. Keen to share more.",
            "PIT007",
        ),
        (
            "Hi Jess, quick question - are you in charge of choosing suppliers for your office fit-outs?",
            "PIT015",
        ),
        (
            "Hi Rob, saw you're hiring data engineers. We have 12 pre-vetted engineers ready to start.",
            "PIT003",
        ),
        (
            "Hallo Frau Berg, wir begleiten mittelständische Unternehmen bei der Cloud-Migration. Hätten Sie "
            "Interesse an einem kurzen Gespräch?",
            "PIT003",
        ),
        (
            "Hi Dana, enjoyed your thread about standing desks. We make walking pads for home offices; "
            "can I send you one to try?",
            "PIT004",
        ),
        ("Hi Lina, is your team still chasing invoices by hand? Our app automates the reminders.", "PIT003"),
        ("Hey Quinn, our new AI slide builder turns notes into decks. Want early access?", "PIT004"),
        (
            "Hi Ed, we acquire small dental practices. If you've thought about selling yours, happy to talk "
            "in confidence.",
            "PIT015",
        ),
        (
            "Hi Farah, I'm a mortgage adviser and fixed rates moved this week. Happy to run the numbers if "
            "you'd like me to.",
            "PIT013",
        ),
        (
            "Hi Bruno, are you open to exploring new opportunities? I have a CTO role at a Series B "
            "healthtech.",
            "PIT007",
        ),
        (
            "Hi Ola, your panel at Money20/20 on instant payments was sharp. We've developed an API for "
            "payment reconciliation - could I get 20 minutes with your team?",
            "PIT003",
        ),
        (
            "Hi June, my team and I have helped 40+ physio clinics fill their diaries. Would you like to "
            "see how?",
            "PIT003",
        ),
        (
            "Hi Vic, waiting 60 days for clients to pay? Our invoice factoring gets you paid this week.",
            "PIT005",
        ),
        (
            "Hi Lou, great post on dbt testing! We help analytics teams like yours ship models twice as "
            "fast. Coffee on us?",
            "PIT004",
        ),
        (
            "Hi Sam, have you ever considered owning your own business? Many nurses do well as franchise "
            "owners.",
            "PIT015",
        ),
        (
            "Hi Zed, I book speakers for corporate offsites. My agency takes a 15% commission and triples "
            "your bookings.",
            "PIT004",
        ),
        (
            "Hi Abi, nice to see Loop expanding into Spain! We handle payroll and contracts in 30 "
            "countries. Can we chat?",
            "PIT011",
        ),
        (
            "Hi Jon, we're inviting a few retailers to pilot our footfall forecasting at no cost. Would your "
            "team be up for it?",
            "PIT004",
        ),
        (
            "Hi Nia, I'm launching a masterclass for first-time managers in retail. Applications close "
            "Sunday - link in my bio!",
            "PIT003",
        ),
        (
            "Hi Ivan, our tutoring marketplace connects parents with 2,000 vetted maths tutors. Happy to get "
            "you set up with a free account.",
            "PIT003",
        ),
        (
            "Hi Mei, we just released a fraud-signals feed for online pharmacies. Would you like a sample "
            "report?",
            "PIT003",
        ),
        (
            "Hola Marta, somos una agencia de diseño web. Ayudamos a clínicas dentales a conseguir más "
            "pacientes. ¿Tienes 15 minutos el jueves?",
            "PIT003",
        ),
        (
            "Hi Fay, I'm a brand photographer for coaches. Book your complimentary shoot review below!",
            "PIT004",
        ),
        (
            "Hi Raj, I'd love to hear about your current setup and see if there's a fit with what we're "
            "building at Ledgerly.",
            "PIT003",
        ),
        (
            "Hello Ama, I manage a private fund for East African logistics with a 20% target IRR. Would you "
            "review our deck?",
            "PIT005",
        ),
        (
            "Hi Lena, I'm with Hirewell. We have several senior data engineering positions open in Berlin. "
            "Could I send details?",
            "PIT007",
        ),
        (
            "Hi Pim, we ship small-batch Portuguese olive oil direct to restaurants in Belgium. Would your "
            "kitchen like to try a tin?",
            "PIT003",
        ),
        (
            "Hi Imke, fellow Leiden alum! I now run a tutoring agency for medical school entrance exams. If "
            "you know any families who'd benefit, I'd love an intro.",
            "PIT015",
        ),
        (
            "Hi Sven, our bridge inspection drones cut survey time by 60%. I'd love to arrange a site visit "
            "with your team.",
            "PIT001",
        ),
        (
            "Hi Eli, I'm a chartered financial planner. Now's a good time to review your pension. Fancy a "
            "chat?",
            "PIT005",
        ),
        (
            "Hi Rosa, I'd love to send you my new book on negotiation - just cover postage at my link.",
            "PIT004",
        ),
        ("Hi Tove, our design agency in Malmö has 25 product designers. We can start next week.", "PIT016"),
        ("Hi Cian, happy with your payroll provider? We're moving Irish SMEs onto our system.", "PIT016"),
        (
            "Hi Paz, I'm a Shopify developer and noticed your site takes 8 seconds to load. I can get it "
            "under two. Interested?",
            "PIT003",
        ),
        (
            "Hi Ben, we train analysts in Looker with a live course. The next cohort has 3 places left.",
            "PIT004",
        ),
        (
            "Hi Ana, I coach managers through their first 100 days. My next group program starts in June - "
            "shall I send details?",
            "PIT003",
        ),
        (
            "Hi Lu, we've just released a new module for shift planning. Would you like me to set up a "
            "trial for your team?",
            "PIT004",
        ),
        (
            "Hallo Herr Wolf, wir sind ein Personaldienstleister und vermitteln Pflegekräfte. Haben Sie "
            "aktuell offene Stellen?",
            "PIT003",
        ),
        (
            "Hey Raj, quick question - how are you handling PCI evidence today? We automate most of it.",
            "PIT012",
        ),
        (
            "Hi Fran, I'm hosting a retreat for women founders in Sintra in May. Only 10 places. Shall I "
            "send the itinerary?",
            "PIT004",
        ),
        (
            "Hi Hal, I'm a business broker. A profitable bakery chain near you is for sale - would you "
            "like the details?",
            "PIT015",
        ),
        (
            "Hi Bree, we organise corporate team-building escape rooms in Lyon. Would your company be "
            "interested?",
            "PIT003",
        ),
        (
            "Hi Luz, I'd love to introduce you to Parla, the language app used by 300 companies. Can I send "
            "a short video?",
            "PIT003",
        ),
        (
            "Hi Kit, I'll be in Seoul next week and would love to buy you a coffee to show you what we're "
            "doing in payments.",
            "PIT003",
        ),
        (
            "Hi Rez, I run a UX bootcamp with 90% job placement. The next intake starts in April - can I "
            "send the syllabus?",
            "PIT003",
        ),
        ("Hi Bea, try our bookkeeping app risk-free for 30 days.", "PIT004"),
        ("Hi Sue, I place senior nurses in private clinics across Dubai. Shall we talk?", "PIT003"),
        ("Hi Sol, we build custom guitars for musicians in Nashville. Let's connect!", "PIT003"),
        # Offers said another way, and the ways sellers qualify and reassure.
        ("Hi Sol, I do bookkeeping for cafés and bakeries - the first month is on the house.", "PIT004"),
        ("Hi Sol, we're a translation studio in Porto. Shall I send over our rate card?", "PIT004"),
        ("Hi Sol, I'd love to show you a side income idea that changed my year.", "PIT006"),
        ("Hi Sol, I have a few candidates for your open warehouse roles. Free to talk?", "PIT007"),
        ("Hi Sol, would a free discovery session on your hiring funnel interest you?", "PIT001"),
        ("Hi Sol, we translate contracts into Polish at a fraction of agency rates.", "PIT004"),
        (
            "Hi Sol, we're hosting a dinner for logistics directors in Leeds on May 3. Seats are limited - "
            "shall I save you one?",
            "PIT013",
        ),
        ("Hi Sol, I'd love to share how other fintech teams are using our tool to close faster.", "PIT003"),
        ("Hi Sol, we shoot product videos for D2C brands. Any projects coming up this quarter?", "PIT015"),
        ("Hello Sol, would you be free to hear about our new line of recycled office chairs?", "PIT016"),
        ("Hi Sol, happy to share how our pulse surveys help HR teams spot burnout early.", "PIT016"),
        ("Hi Sol, I'm a florist in Bath and I'd be happy to plan the flowers for your next event.", "PIT003"),
        ("Hi Sol, I'm a broker and I can usually get freelancers cheaper cover than big insurers.", "PIT003"),
        # A pitch behind a real introduction still sells: the record offered, a deliverable offered.
        (
            "Hi Sol, Maya Patel suggested we talk. She said Harbourline might be reviewing its payroll. "
            "Happy to share how we've helped similar agencies.",
            "PIT013",
        ),
        (
            "Hi Sol, we met at the Leeds product meetup in March. I drafted a short teardown of your "
            "pricing page that could be helpful to your team - want it?",
            "PIT012",
        ),
        ("Hello Sol, I support small breweries with their export paperwork. Let's connect!", "PIT003"),
        # Another buyer's results held up; an award to be claimed for a fee.
        (
            "Hi Sol, no worries if onboarding isn't on your list this quarter. If it is, happy to share "
            "what's been working for Monzo.",
            "PIT003",
        ),
        (
            "Dear Sol, we are pleased to inform you that you have been shortlisted for the Northern "
            "Business Excellence Awards. Reply today to claim your award.",
            "PIT006",
        ),
        ("Hi Sol, Brightlane made our Top 50 list. Kindly reply to accept your nomination.", "PIT006"),
        (
            "Dear Sol, we're delighted to inform you that Harbour Dental has been chosen as a finalist for "
            "the 2027 Smile Awards. Reply to reserve your table.",
            "PIT006",
        ),
        (
            "Bonjour Sol, nous avons le plaisir de vous informer que votre agence est finaliste des "
            "Trophées de l'Innovation. Merci de confirmer votre nomination.",
            "PIT006",
        ),
        (
            "Hola Sol, su clínica ha sido seleccionada para aparecer en nuestra revista de salud. ¿Le "
            "mando las tarifas?",
            "PIT006",
        ),
        # Named clients and their problem taken on; "I help <clientele>" and a claimed result in the
        # other languages; a membership about to open.
        (
            "Hi Sol, we've been working with Ocado and Gousto on their cold-chain losses. Could we find "
            "20 minutes?",
            "PIT003",
        ),
        ("Olá Sol, ajudo escolas de línguas a encher turmas com anúncios. Vale uma conversa?", "PIT003"),
        (
            "Ciao Sol, collaboriamo con diversi agriturismi in Umbria per le prenotazioni dirette. Le "
            "interessa saperne di più?",
            "PIT003",
        ),
        (
            "Hallo Sol, wir haben für zwei Zahnarztpraxen in Köln die Kosten pro Patient halbiert. Passt "
            "Ihnen ein kurzes Gespräch?",
            "PIT010",
        ),
        ("Hi Sol, I run Forge, a mastermind for studio owners. Membership opens on Monday - keen?", "PIT004"),
        # Pitches written as people text.
        ("hey jess, i can grow ur tiktok to 50k followers in 90 days 📈 want my rates?", "PIT010"),
        ("Hi Tom, I'm a broker and I can save you hundreds on your fleet insurance this year.", "PIT010"),
        ("Olá Rita, faço fotografia para restaurantes, preço camarada este mês 📸 interessa?", "PIT004"),
        ("Salut Marc, je crée des sites pour les commerçants de Nantes, tarif sympa en janvier !", "PIT003"),
        # A meeting at the sender's stand, booked; a product line; a price against their current one.
        (
            "Hallo Sol, wir sind auf der Anuga in Köln. Darf ich einen Termin an unserem Stand für Sie "
            "reservieren? Unsere neue Kollektion ist dabei.",
            "PIT001",
        ),
        ("Olá Sol, gostaria de agendar uma demonstração da nossa linha de embalagens?", "PIT016"),
        ("Hi Sol, come and see us at stand B22 at Food Matters - our new range launches there!", "PIT001"),
        ("Hi Sol, we rent scaffolding in Kent and can beat your current contractor's rates.", "PIT004"),
        # Old ties in front of a pitch: a free valuation, a team selling from home, a saved paid seat,
        # lowered contributions, a party to host, one's own product line.
        ("Hi Sol, I'm an estate agent now - I'd love to value your flat for free.", "PIT003"),
        ("Hi Sol, Jess is building her team selling candles from home - want in?", "PIT006"),
        ("Hi Sol, my paid masterclass on pricing runs next month and I've saved you a seat.", "PIT013"),
        ("Hallo Sol, als Versicherungsmakler kann ich Ihre Beiträge deutlich senken.", "PIT010"),
        ("Hi Sol, would you like to host a book party? Hosts get free books!", "PIT006"),
        ("Ciao Sol, ti propongo la mia linea di tisane, ti mando il listino?", "PIT016"),
        ("Bonjour Sol, je suis courtier et je peux vous obtenir un meilleur taux.", "PIT004"),
        ("Hola Sol, soy agente de viajes: ¿te preparo un presupuesto para el verano?", "PIT004"),
        ("Hi Sol, I thought you might like our free webinar on lead generation next Tuesday.", "PIT001"),
        ("Hi Sol, thinking of renting your flat out? I manage lets in Hove.", "PIT015"),
        # The seller behind a remembered meeting; a better rate than theirs; an offer sent as discussed.
        (
            "Hi Sol, you may remember me from the expo - I'm the one selling the solar benches. Would "
            "your council be interested?",
            "PIT003",
        ),
        ("Hi Sol, I'm a broker and I can get you a better rate on your business loan.", "PIT004"),
        ("Hallo Sol, anbei unser Angebot für die neuen Fenster. Passt Ihnen Montag?", "PIT004"),
        # A resource named before its maker; one person's clientele of manufacturers.
        ("Hi Sol, I'd love to share a short checklist we put together on VAT for exporters.", "PIT004"),
        (
            "Hi Sol, I work with family-owned manufacturers on succession planning. Coffee sometime?",
            "PIT003",
        ),
        ("Hallo Sol, ich unterstütze Handwerksbetriebe bei der Buchhaltung. Lass uns vernetzen!", "PIT003"),
    ],
)
def test_pitch_wording_is_flagged_and_the_note_is_sales(analyzer, text, code):
    report = analyzer.analyze(text)
    assert code in report.all_codes()
    assert report.label == "sales", report.reason


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Hi Ada, who's the best person to talk to about internships on your data team?", "PIT015"),
        (
            "Hi Ken, I'm a backend developer with five years of Go, looking for my next role. Please "
            "let me know if there are any openings on your team.",
            "PIT007",
        ),
        ("Thank you for the complimentary words about my talk at PyData Leeds, Sam!", "PIT004"),
        ("Hi Oscar, are you in charge of hiring for the Leeds office? I'd love to apply.", "PIT015"),
        (
            "Hi Ivo, I'm open to exploring new opportunities in data engineering after six years at "
            "Adyen. Would you have a moment for a question about your team?",
            "PIT007",
        ),
        (
            "Hi Rhys, I enjoyed your talk at the European Commission's forum on AI audits in Brussels.",
            "PIT004",
        ),
        (
            "Hi Ros, I saw you're organising the Bristol food bank drive again. I volunteered at the "
            "sorting table last year and would love to help again.",
            "PIT003",
        ),
        (
            "Hi Bo, I've applied for several roles at your company and would love to ask what the data "
            "team values most.",
            "PIT007",
        ),
        ("Hi Pia, I'm a graduate hoping to learn from leaders like you in energy policy.", "PIT003"),
        # What works for the sender's own team is shared between peers; a nomination is their news.
        (
            "Hi Ros, I run the ops meetup in Leeds and I'm happy to share what's working for our team "
            "with rota planning.",
            "PIT003",
        ),
        ("Congrats on the RTS awards nomination, Sol! Your Severn documentary deserved it.", "PIT006"),
        ("Hi Sol, congrats on being shortlisted for the Stirling Prize - lovely library!", "PIT006"),
        (
            "Hi Sol, I'm the new secretary at Ilkley tennis club and you did the role before me. How did "
            "you handle the membership fees?",
            "PIT004",
        ),
        ("Hi Sol, we've been working with Dr Shah on her trial data - your paper came up.", "PIT003"),
        ("Hola Sol, te cuento lo que está funcionando para nosotros en el comedor social.", "PIT003"),
        # Notices that name no award: a speaker chosen, a shortlist, a volunteer's place.
        (
            "Hi Sol, the PyData committee is pleased to inform you that you have been selected to speak "
            "at PyData Leeds. Please reply to confirm your participation.",
            "PIT006",
        ),
        ("Hi Sol, we are pleased to inform you that you are shortlisted for the scholarship.", "PIT006"),
        (
            "Hi Sol, thanks for signing up to volunteer at the food bank! Please reply to confirm your "
            "place at Saturday's training.",
            "PIT006",
        ),
        # What they once got or bought, a party for a colleague, a job held or a union post.
        ("Hi Sol, we got a better deal on our lease thanks to your negotiation template!", "PIT004"),
        ("Hi Sol, I took your paid course on data viz - worth every penny!", "PIT004"),
        ("Hi Sol, could you host a party for the team's 10th anniversary? You know everyone.", "PIT006"),
        ("Hi Sol, I have worked as agency staff at St Mary's for years - any tips?", "PIT003"),
        ("Hi Sol, I'm the union rep for a large depot - your talk on shift patterns helped.", "PIT003"),
        ("Hi Sol, you were the one selling raffle tickets at the school fair - we won!", "PIT003"),
        # The sender's favourite products are what they buy; their webinar, told of afterwards.
        ("Bonjour Sol, nos produits préférés au marché sont tes confitures !", "PIT016"),
        ("Hi Sol, our webinar last week had great questions - yours on consent was the best!", "PIT001"),
        # A demo of their work, watched.
        ("Hi Sol, I watched a demo of your robot at the Hannover fair - brilliant!", "PIT001"),
        ("Bonjour Sol, j'ai assisté à une démonstration de votre robot au salon - bravo !", "PIT001"),
        # A pace, not a price.
        ("Hi Sol, your team has grown at a great rate this year - congrats on the Series A!", "PIT004"),
        # Someone else's funding round.
        ("Hi Ines, congrats on raising a seed round for Tidewise! Well deserved.", "PIT015"),
        ("Hi Ines, I saw you're raising a Series A - congratulations to the whole team.", "PIT015"),
        # Praise for an opportunity they had, and a manager building a team at work.
        ("Hi Sol, congrats on the NASA internship - what an amazing opportunity!", "PIT006"),
        ("Hi Sol, I saw Priya is building her team at Monzo and you're joining it. Congrats!", "PIT006"),
        ("Hi Sol, you were on the stand next to ours at the Ideal Home Show - thanks!", "PIT001"),
        # Networking with a kind of person is not a clientele.
        ("Hi Lou, connecting with brilliant leaders like you is one of my goals this year.", "PIT003"),
        ("Hi Kim, I'm always open to connecting with professionals in fintech.", "PIT003"),
        # "-free" after another word is a property: "gluten-free", "solvent-free".
        ("Hi Bea, your gluten-free sourdough post saved my son's birthday party. Thank you!", "PIT004"),
        (
            "Hi Jem, I'm a junior designer looking for my first role - my portfolio is at jem.design if "
            "useful.",
            "PIT016",
        ),
        ("Hi Kat, our product managers loved your talk on discovery at Mind the Product.", "PIT003"),
        # Sharing how a team did something, and supporting a cause, sell nothing.
        (
            "Hi Ned, we met at the SRE meetup in Ghent. Happy to share how we ran our first game day "
            "if it's useful.",
            "PIT013",
        ),
        ("Hi Oli, I support the Leeds Rhinos and loved your piece on their academy.", "PIT003"),
        # A salesperson's own deals and the teams they sell with are their job, not an offer.
        (
            "Hi Ines, your post on multi-threading resonated - I've seen it save mid-market deals at "
            "Pleo. I'm an AE working with revenue teams and would love to hear how you hire.",
            "PIT004",
        ),
        (
            "Hi Ines, your post on multi-threading resonated - I've seen it save mid-market deals at "
            "Pleo. I'm an AE working with revenue teams and would love to hear how you hire.",
            "PIT010",
        ),
    ],
)
def test_the_same_words_where_nobody_is_selling_are_not_flagged(analyzer, text, code):
    report = analyzer.analyze(text)
    assert code not in report.all_codes()
    assert report.label != "sales", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Hi Amara, noticed Lumen Health just raised their Series A. Congratulations! I follow "
        "remote-care startups closely and would love to connect.",
        "Hi Piet, congrats on the acquisition by Adyen - your onboarding flow was always the best in "
        "the business.",
    ],
)
def test_their_companys_news_is_their_news(analyzer, text):
    report = analyzer.analyze(text)
    assert "SPC107" in report.all_codes()
    assert report.label == "personalized", report.reason


def test_a_seat_saved_on_a_coach_is_no_saving(analyzer):
    report = analyzer.analyze("Hi Jess, I'll save you a seat on the coach to the Leeds meetup.")
    assert "PIT010" not in report.all_codes()


@pytest.mark.parametrize(
    "text",
    [
        "Hi Tom, our bookkeeping audit costs just 5k$ and pays for itself in a month.",
        "Hi Tom, a full year of payroll for only USD 5,000. Interested?",
        "Hallo Tom, unser Workshop kostet CHF 450 pro Person.",
    ],
)
def test_a_price_with_its_currency_after_or_as_a_code_is_a_price(analyzer, text):
    report = analyzer.analyze(text)
    assert "PIT004" in report.all_codes()
    assert report.label == "sales", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Hi Marc, we reduce your cloud costs by 30% in three months.",
        "Bonjour Marc, nous réduisons vos coûts cloud de 30 % en trois mois.",
        "Hola Marc, reducimos tus costes de nube un 30 % en tres meses.",
        "Hallo Marc, wir senken Ihre Cloud-Kosten um 30 % in drei Monaten.",
        "Ciao Marc, riduciamo i tuoi costi cloud del 30% in tre mesi.",
        "Olá Marc, reduzimos os seus custos de cloud em 30% em três meses.",
    ],
)
def test_what_the_sender_does_to_the_recipients_money_is_a_self_pitch(analyzer, text):
    report = analyzer.analyze(text)
    assert "PIT003" in report.all_codes()
    assert report.label == "sales", report.reason


def test_what_was_done_for_the_recipient_once_is_no_self_pitch(analyzer):
    report = analyzer.analyze(
        "Hi Ana, thanks to your match funding we doubled your donation's reach last spring. The kids "
        "at Hillside still talk about the library day!"
    )
    assert "PIT003" not in report.all_codes()


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (
            "Hi Priya, saw Ledgerly is hiring - we place pre-trained SDRs in under 2 weeks. Worth a look?",
            "PIT003",
        ),
        ("Hi Priya, we just helped a logistics firm like yours cut fuel spend by 12%.", "PIT003"),
        (
            "Hi Priya, we're running a founders-only rate on our bookkeeping this month - ends Friday.",
            "PIT004",
        ),
        ("Hi Priya, curious - who's looking after your company's pension scheme at the moment?", "PIT015"),
    ],
)
def test_staff_placed_a_client_like_them_a_deadline_and_the_buyer_sought(analyzer, text, code):
    report = analyzer.analyze(text)
    assert code in report.all_codes()
    assert report.label == "sales", report.reason


def test_a_case_study_sent_over_is_offered_and_one_shared_with_an_author_is_not(analyzer):
    assert "PIT013" in analyzer.analyze("Happy to send over a short case study on pick rates.").all_codes()
    report = analyzer.analyze(
        "Hi Chris, we both know Anita Roy from the Toronto Product Circle. She said you're writing a book "
        "on B2B onboarding, and I'd love to share a case study from our team if it's useful."
    )
    assert "PIT013" not in report.all_codes()
    assert report.label == "personalized", report.reason


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Hi Ana, I'd love to work at a company like yours one day. Let's connect!", "PIT003"),
        ("Hi Ana, the PyLadies call for speakers ends Friday - your pandas talk would be perfect!", "PIT004"),
        (
            "Hi Ana, did you know you can still watch your 2019 keynote online? Let's connect.",
            "PIT012",
        ),
        ("Hi Ana, have you considered your mentoring scheme for next year? Let's connect.", "PIT013"),
        ("Hi Ana, who's looking after your allotment while you're away? Let's connect.", "PIT015"),
    ],
)
def test_the_same_words_with_nothing_to_sell_in_them_are_not_flagged(analyzer, text, code):
    report = analyzer.analyze(text)
    assert code not in report.all_codes()
    assert report.label != "sales", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Hola Lucía, me encantó tu charla en Codemotion. Me adapto al 100% a tus horarios.",
        "Bonjour Luc, merci pour votre atelier sur le compost ! Je suis disponible à 100 % mardi.",
        "Hi Jo, I'm 100% sure we sat next to each other at the Leeds data meetup!",
    ],
)
def test_a_hundred_percent_as_fully_is_no_outcome_promise(analyzer, text):
    assert "PIT010" not in analyzer.analyze(text).all_codes()


@pytest.mark.parametrize(
    "text",
    [
        "Hola Sergio, ofrecemos placas solares con financiación al 0% para naves industriales.",
        "Sehr geehrte Frau Krüger, unsere Beratung senkt Ihre Energiekosten um bis zu 25 %.",
        "Hi Jo, we cut cloud bills by 100% for two of our clients.",
    ],
)
def test_a_percentage_offered_is_still_an_outcome_promise(analyzer, text):
    assert "PIT010" in analyzer.analyze(text).all_codes()


@pytest.mark.parametrize(
    "text",
    [
        "Hi Dana, our Saturday running club grew 30% this year thanks to your podcast episodes on "
        "starting out.",
        "Hi Kofi, our school robotics team finished in the top 10% at nationals, and your build videos "
        "were half the reason.",
        "Hi Lena, I scored 88% on the AWS exam last week after working through your practice questions.",
        "Hi Priya, your paper showing a 12% drop in readmissions with nurse-led follow-up is now on our "
        "ward's noticeboard.",
    ],
)
def test_a_figure_reached_with_their_help_or_from_their_work_is_no_outcome_promise(analyzer, text):
    report = analyzer.analyze(text)
    assert "PIT010" not in report.all_codes()
    assert report.label == "personalized", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Hi Sam, loved your post on cloud waste - we cut AWS bills by 30% for teams like yours.",
        "Hi Sam, I read your report on churn. Our clients keep 25% more subscribers in the first year.",
        "Hi Sam, your article on hiring was great. My agency places the top engineers at 15% commission.",
    ],
)
def test_a_figure_of_the_senders_beside_their_work_is_still_an_outcome_promise(analyzer, text):
    assert "PIT010" in analyzer.analyze(text).all_codes()


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # A demo offered in so many words, and a short meeting or a quick call asked for.
        ("Hi Rui, we help florists take orders on WhatsApp. Happy to show you how it works.", "PIT001"),
        ("Olá Rui, a nossa app já é usada por 80 clínicas. Posso te mostrar como funciona?", "PIT001"),
        ("Oi Rui, topa uma call rápida amanhã sobre o seu estoque?", "PIT001"),
        ("Hej Rui, har du tid för ett kort möte på torsdag om era lokaler?", "PIT001"),
        ("Hej Rui, har du tid til et kort møde i næste uge om jeres lager?", "PIT001"),
        # A product the sender's company developed, in the other languages.
        ("Hola Rui, hemos desarrollado una plataforma para gestionar turnos en residencias.", "PIT003"),
        ("Ciao Rui, abbiamo sviluppato uno strumento per le prenotazioni degli studi dentistici.", "PIT003"),
        ("Hej Rui, vi har udviklet en platform til booking af tandlæger.", "PIT003"),
        ("Dzień dobry, stworzyliśmy aplikację do rezerwacji wizyt u dentysty.", "PIT003"),
        # The sender's business, run.
        ("Ciao Rui, gestiamo una piattaforma di noleggio per barche a vela.", "PIT011"),
        ("Hallo Rui, wir betreiben eine Plattform für Ferienwohnungen an der Ostsee.", "PIT011"),
    ],
)
def test_demos_short_meetings_and_products_developed_in_other_languages(analyzer, text, code):
    assert code in analyzer.analyze(text).all_codes()


def test_a_newcomers_first_app_is_no_product_pitch(analyzer):
    report = analyzer.analyze("Hola Rui, hemos creado nuestra primera app y me encantaría tu opinión.")
    assert "PIT003" not in report.all_codes()


@pytest.mark.parametrize(
    "text",
    [
        "Hi Rui, I've followed Loomly's growth and think we might be able to help with onboarding churn.",
        "Hi Rui, we could help with the backlog of supplier invoices at your plant.",
    ],
)
def test_help_a_business_offers_in_its_own_voice_is_a_self_pitch_not_a_reason(analyzer, text):
    codes = analyzer.analyze(text).all_codes()
    assert "PIT003" in codes
    assert "SPC105" not in codes


@pytest.mark.parametrize(
    "text",
    [
        "Hi Rui, loved your talk on river restoration. I think we can help each other with grant reports.",
        "Hi Rui, our platform team is hiring two interns from your course this summer.",
    ],
)
def test_help_between_peers_or_a_team_named_after_a_product_is_no_pitch(analyzer, text):
    codes = analyzer.analyze(text).all_codes()
    assert not {"PIT003", "PIT016"} & codes


@pytest.mark.parametrize(
    "text",
    [
        "Olá Rui, somos uma cadeia de mercearias em Braga e procuramos novos fornecedores de queijo.",
        "Hola Rui, estamos buscando nuevos proveedores de aceite para nuestras tiendas en Madrid.",
        "Hi Rui, we're looking for new suppliers of oat milk for our cafés in Leeds.",
    ],
)
def test_producers_or_suppliers_sought_are_a_business_proposal(analyzer, text):
    assert "PIT015" in analyzer.analyze(text).all_codes()


def test_volunteers_sought_are_no_business_proposal(analyzer):
    assert (
        "PIT015"
        not in analyzer.analyze("Hi Rui, we're looking for volunteers for the beach clean-up.").all_codes()
    )


@pytest.mark.parametrize(
    "text",
    [
        "Hallo Lars, wir backen Sauerteigbrot und liefern an Hotels zum Großhandelspreis.",
        "Bonjour Lars, nous torréfions du café et livrons les restaurants au prix de gros.",
        "Hola Lars, tostamos café y lo vendemos a cafeterías a precios mayoristas.",
        "Hallo Lars, darf ich dir ein Probierpaket unserer Teesorten schicken?",
    ],
)
def test_wholesale_prices_and_a_tasting_pack_offered_are_an_offer(analyzer, text):
    assert "PIT004" in analyzer.analyze(text).all_codes()


@pytest.mark.parametrize(
    "text",
    [
        "Hallo Lars, danke nochmal für das Probierpaket auf der Messe, der Earl Grey war großartig.",
        "Hi Lars, thanks for the sample pack at the fair - the smoked tea was wonderful.",
    ],
)
def test_goods_to_taste_thanked_for_are_no_offer(analyzer, text):
    assert "PIT004" not in analyzer.analyze(text).all_codes()


@pytest.mark.parametrize(
    "text",
    [
        "Guten Tag Frau Brandt, unsere Kanzleisoftware übernimmt die Fristenkontrolle automatisch.",
        "Beste mevrouw Brandt, met onze planningsapp besparen kappers gemiddeld 3 uur per week.",
    ],
)
def test_what_the_senders_product_does_for_a_buyer_in_german_or_dutch_is_a_company_offering(analyzer, text):
    assert "PIT016" in analyzer.analyze(text).all_codes()


@pytest.mark.parametrize(
    "text",
    [
        "Hallo Herr Brandt, unsere Tochter übernimmt ab Herbst den Hof meiner Eltern.",
        "Hallo Frau Kern, unser Chef übernimmt ab Januar die Leitung des Werks in Ulm.",
        "Hallo Jonas, unsere Tochter hilft seit dem Sommer in deinem Café aus und erzählt nur Gutes.",
        "Beste Annelies, onze school bespaart nu 2 uur per week dankzij jouw spreadsheet.",
        "Hi Annelies, our school saves 2 hours a week thanks to your spreadsheet.",
    ],
)
def test_family_doing_something_or_a_saving_thanks_to_them_is_no_company_offering(analyzer, text):
    assert "PIT016" not in analyzer.analyze(text).all_codes()


@pytest.mark.parametrize(
    "text",
    [
        "Hi Mina, would you be open to a demo next Tuesday?",
        "Hi Mina, happy to walk you through a demo whenever suits.",
        "Bonjour Mina, je peux vous faire une démo rapide cette semaine ?",
        "Guten Tag Frau Said, hätten Sie nächste Woche Zeit für eine Vorführung?",
    ],
)
def test_a_demo_offered_in_other_words_is_a_company_offering(analyzer, text):
    report = analyzer.analyze(text)
    assert "PIT016" in report.all_codes()
    assert report.label == "sales", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Hi Mina, I watched a quick demo of your robot arm at ROSCon. How do you calibrate the gripper?",
        "Hi Mina, I built a small app for my thesis on tram delays - could I show you a quick demo?",
        "Hi Mina, we're choosing a rota tool for our ward and I'd be interested in a demo of yours.",
    ],
)
def test_a_demo_of_their_work_or_the_senders_thesis_is_no_company_offering(analyzer, text):
    assert "PIT016" not in analyzer.analyze(text).all_codes()


@pytest.mark.parametrize(
    "text",
    ["Hallo Mette, wir reinigen Büros zu fairen Preisen.", "Hola Mette, limpiamos casas a precios justos."],
)
def test_fair_prices_are_an_offer(analyzer, text):
    assert "PIT004" in analyzer.analyze(text).all_codes()


@pytest.mark.parametrize(
    "text",
    [
        "Hi Mette, your post on moving your catalog search to Vespa was gold.",
        "Hi Mette, I loved your brochure for the garden show - who designed it?",
    ],
)
def test_their_own_catalogue_or_prices_are_no_offer(analyzer, text):
    assert "PIT004" not in analyzer.analyze(text).all_codes()


def test_the_senders_catalogue_is_still_an_offer(analyzer):
    assert "PIT004" in analyzer.analyze("Hi Mette, can I send you our catalog?").all_codes()


def test_fair_prices_praised_by_a_customer_are_no_offer(analyzer):
    text = "Hallo Mette, wir kaufen seit Jahren in deinem Hofladen ein, Gemüse zu fairen Preisen."
    assert "PIT004" not in analyzer.analyze(text).all_codes()


@pytest.mark.parametrize(
    "text",
    [
        "Hi Mette, would you be open to a demo of the kids' robotics projects at our school fair?",
        "Hola Mette, ¿te puedo hacer una demo del juego que hicimos en tu taller?",
    ],
)
def test_a_demo_of_something_not_the_senders_product_is_no_company_offering(analyzer, text):
    assert "PIT016" not in analyzer.analyze(text).all_codes()


def test_whether_they_will_move_asked_of_them_is_a_recruiting_blast(analyzer):
    text = "Hi Tania, found you on a search - will you be looking for a new role this year?"
    assert "PIT007" in analyzer.analyze(text).all_codes()


def test_a_job_seekers_own_search_for_a_new_role_is_no_recruiting_blast(analyzer):
    text = "Hi Tania, I'm looking for a new role this year in product design."
    assert "PIT007" not in analyzer.analyze(text).all_codes()


@pytest.mark.parametrize(
    "text",
    [
        "Ciao Lena, aiutiamo gli studi dentistici a riempire l'agenda. Ti va una call conoscitiva?",
        "Ciao Lena, la nostra piattaforma gestisce i turni dei rifugi. Possiamo sentirci giovedì?",
    ],
)
def test_a_call_asked_for_in_italian_is_a_call_to_book(analyzer, text):
    assert "PIT001" in analyzer.analyze(text).all_codes()


def test_a_call_already_had_in_italian_is_no_call_to_book(analyzer):
    text = "Ciao Lena, dopo una call con il tuo team ho riletto il tuo articolo sui rifugi alpini."
    assert "PIT001" not in analyzer.analyze(text).all_codes()


@pytest.mark.parametrize(
    "text",
    [
        "Hej Lena, vores vagtplanssystem sparer plejehjem 4 timer om ugen.",
        "Hej Lena, vårt bokningssystem halverar antalet uteblivna besök.",
    ],
)
def test_what_the_senders_product_does_in_the_nordic_languages_is_a_company_offering(analyzer, text):
    assert "PIT016" in analyzer.analyze(text).all_codes()


def test_a_nordic_family_member_saving_is_no_company_offering(analyzer):
    assert "PIT016" not in analyzer.analyze("Hej Lena, vores datter sparer op til en cykel.").all_codes()


def test_a_call_to_plan_in_dutch_is_a_call_to_book_but_not_one_had(analyzer):
    assert "PIT001" in analyzer.analyze("Hoi Lena, zullen we een kort gesprek inplannen?").all_codes()
    text = "Hoi Lena, ik had gisteren een kort gesprek met je collega over de haven."
    assert "PIT001" not in analyzer.analyze(text).all_codes()


@pytest.mark.parametrize(
    "text",
    [
        # Something of theirs did it for the sender: thanks, not a promised outcome.
        "Hi Ola, your rota script saves me 30 minutes every morning at the depot.",
        "Hi Ola, your pricing tip cut our churn by 30% last quarter - thank you.",
        "Hi Ola, your talk at LeadDev helped us cut our cloud bill by 40%. Thanks!",
    ],
)
def test_an_outcome_their_work_brought_the_sender_is_no_promise(analyzer, text):
    report = analyzer.analyze(text)
    assert not {"PIT010", "PIT004"} & report.all_codes(), report.all_codes()
    assert report.label != "sales", report.reason


@pytest.mark.parametrize(
    "text",
    [
        # Theirs, used by the sender, then named again: what "it" did for the sender is thanks.
        "Hi Maria, I tried your macro trick on our warehouse last week and it cut our CI time in half.",
        "Hi Ola, we adopted your rota layout at the depot, and it lifted our fill rate by 25% in a month.",
    ],
)
def test_an_outcome_their_work_brought_once_used_is_no_promise(analyzer, text):
    report = analyzer.analyze(text)
    assert "PIT010" not in report.all_codes(), report.all_codes()
    assert report.label != "sales", report.reason


def test_an_outcome_promised_after_trying_their_app_is_still_one(analyzer):
    text = "Hi Ola, I tried your app and our plugin cuts your load time by 40%. Quick demo?"
    report = analyzer.analyze(text)
    assert "PIT010" in report.all_codes(), report.all_codes()
    assert report.label == "sales", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Hi Ola, your team saves 20% on fuel with our route planner. Worth a look?",
        "Hi Ola, your competitors use our tool to cut costs by 30%. Shall I send the case study?",
    ],
)
def test_an_outcome_promised_to_their_team_is_still_one(analyzer, text):
    report = analyzer.analyze(text)
    assert "PIT010" in report.all_codes(), report.all_codes()
    assert report.label == "sales", report.reason


def test_leads_who_lead_a_field_are_people_not_sales_leads(analyzer):
    report = analyzer.analyze(
        "Hi Dana, I host Ledger Lines, an unpaid podcast for design leads and finance leads at small "
        "studios. Your thread on closing the books in three days would make a great episode - would you "
        "join us for one?"
    )
    assert "PIT010" not in report.all_codes(), report.all_codes()
    assert report.label == "personalized", report.reason


def test_leads_a_seller_brings_are_still_a_promise(analyzer):
    report = analyzer.analyze("Hi Dana, we bring design studios twenty new leads a month. Worth a chat?")
    assert "PIT010" in report.all_codes(), report.all_codes()
    assert report.label == "sales", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Hi Ines, if you're ever in Braga I can show you my grandfather's tile workshop.",
        "Hi Ines, next time you're in Porto I'd love to show you my aunt's azulejo collection.",
    ],
)
def test_the_family_things_shown_to_a_guest_are_no_self_pitch(analyzer, text):
    report = analyzer.analyze(text)
    assert "PIT003" not in report.all_codes(), report.all_codes()
    assert report.label != "sales", report.reason


def test_showing_a_visitor_around_is_a_hosts_offer_not_a_self_pitch(analyzer):
    report = analyzer.analyze(
        "Hi Ines, loved your thread on tiling the Alfama stairs. If you're ever in Porto, I can show you "
        "around the azulejo workshops on my street."
    )
    assert "PIT003" not in report.all_codes(), report.all_codes()
    assert report.label == "personalized", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Hi Ines, I can show you around our booking platform in a quick demo this week.",
        "Hi Ines, next time you're in Leeds I can show you around our showroom and the new sofa range.",
    ],
)
def test_showing_them_around_a_product_or_a_showroom_is_still_one(analyzer, text):
    report = analyzer.analyze(text)
    assert "PIT003" in report.all_codes(), report.all_codes()
    assert report.label == "sales", report.reason


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Hi Ola, our rota tool has cut agency spend by a third at two care groups in Bergen.", "PIT010"),
        ("Hi Ola, we trimmed stock write-offs by a quarter for three pharmacies. Worth a call?", "PIT010"),
        ("Hi Ola, late deliveries are the exact problem we're solving at Vanfleet. A call?", "PIT003"),
        ("Hi Ola, shift swaps on paper? That's exactly the problem we are solving. Quick demo?", "PIT003"),
    ],
)
def test_a_fraction_cut_or_the_problem_the_sender_solves_is_a_pitch(analyzer, text, code):
    report = analyzer.analyze(text)
    assert code in report.all_codes(), report.all_codes()
    assert report.label == "sales", report.reason


def test_a_problem_the_sender_faces_too_is_no_pitch(analyzer):
    report = analyzer.analyze(
        "Hi Ola, your post on shift swaps in Bergen's care homes is exactly what we're facing on our ward "
        "in Stavanger. How did you get the night staff to use the board?"
    )
    assert report.label == "personalized", report.reason


def test_buyers_like_them_followed_as_an_example_are_no_market(analyzer):
    """ "Teams like yours" is a market when the sender sells to it; inspired by, it is an example."""
    report = analyzer.analyze("Hi Sam, clinics like yours inspired us to open a night clinic in Leith.")
    assert "PIT003" not in report.all_codes(), report.all_codes()
    assert report.label != "sales", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Hi Bongani, I help mine surveyors earn passive income with forex trading. Want me to show you how?",
        "Cześć Ola, oferujemy hosting CI dla projektów open source z 50% rabatem.",
        "Hi Jo, we supply around forty cafés across Manchester with single-origin beans.",
    ],
)
def test_help_given_words_end_a_pitch_only_after_a_word_for_helping(rules_only, text):
    assert "PIT003" in rules_only.analyze(text).all_codes()


@pytest.mark.parametrize(
    "text",
    [
        "Hi Rosie, I volunteered at the registration desk last year and would love to help again.",
        "Hi Margaux, I help run our village orchard's cider day and loved your thread on perry pears.",
        "Hi Tom, if you're ever in Porto I can show you around the old town.",
    ],
)
def test_help_given_after_a_word_for_helping_is_no_pitch(rules_only, text):
    assert "PIT003" not in rules_only.analyze(text).all_codes()
