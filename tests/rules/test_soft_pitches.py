"""Pitches dressed as something else (a service described by its clients, a newsletter to
subscribe to, a search for sponsors), and the genuine or generic notes that use the same words.
Every note here was written for these tests."""

import pytest


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (
            "Hi Oskar, I build Shopify stores for small fashion brands that want to sell abroad. "
            "Open to seeing two I launched last month?",
            "PIT003",
        ),
        (
            "Hello Wen, I've started a podcast on hospital procurement. Subscribe to my channel and "
            "tell me which episode you like best: wardrounds.fm",
            "PIT004",
        ),
        (
            "Hi Rosa, we're putting on the Baltic Fintech Forum in Riga this October and are looking "
            "for sponsors. Can I send you the options?",
            "PIT015",
        ),
        # The buyer's supplier, asked about.
        (
            "Noticed you're scaling your SDR team - are you doing outbound email in-house or using an "
            "agency?",
            "PIT015",
        ),
    ],
)
def test_a_pitch_dressed_as_something_else_is_a_pitch(analyzer, text, code):
    report = analyzer.analyze(text)
    assert code in report.all_codes()
    assert report.label == "sales", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Hi Oskar, I write software for startups in Aarhus. Happy to connect.",
        "Hi Oskar, I'm a pharmacist and I'm open to trying new things. Let's connect.",
    ],
)
def test_a_job_described_or_a_wish_is_not(analyzer, text):
    report = analyzer.analyze(text)
    assert not {"PIT003", "PIT013"} & set(report.all_codes())
    assert report.label == "default", report.reason


def test_subscribing_to_their_newsletter_is_not_an_offer(analyzer):
    report = analyzer.analyze(
        "Hi Wen, I subscribe to your newsletter on hospital procurement and the issue on glove "
        "shortages in March helped me argue for a second supplier. Thank you for writing it."
    )
    assert "PIT004" not in report.all_codes()
    assert report.label == "personalized", report.reason


def test_the_paid_version_after_a_free_one_is_an_offer(analyzer):
    report = analyzer.analyze("Hi, you downloaded my guide last week - want the full course?")
    assert "PIT004" in report.all_codes()
    assert report.label == "sales", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Hi Dev, I'd love to share with you what my new company is doing in dental imaging. Free for a "
        "coffee next week?",
        "Hello Maud, happy to tell you what our little agency is doing for independent bookshops. "
        "Would a short call work?",
    ],
)
def test_presenting_what_the_senders_company_does_is_a_pitch(analyzer, text):
    report = analyzer.analyze(text)
    assert "PIT003" in report.all_codes()
    assert report.label == "sales", report.reason


def test_running_in_the_same_circles_is_no_business(analyzer):
    report = analyzer.analyze(
        "Hi Kit, I noticed you're connected to Rosa Vidal - we organised the Delft river clean-up "
        "together. Seems we run in the same circles, so let's connect."
    )
    assert "PIT011" not in report.all_codes()
    assert report.label == "personalized", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Hi Bram, I love your shop's window displays and feel I could add value with my copywriting, "
        "photography and social media services. Open to a chat?",
        "Hello Saskia, I see we both have a background in logistics. My company is seeking someone "
        "like you. Would you like to connect?",
    ],
)
def test_a_list_of_services_or_a_search_for_anyone_like_you_is_a_pitch(analyzer, text):
    report = analyzer.analyze(text)
    assert {"PIT003", "PIT007"} & report.all_codes()
    assert report.label == "sales", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Hi Bram, I spent my twenty years in financial services before retraining as a carpenter. "
        "Would love to hear how you started your workshop.",
        "Hi Saskia, I'd love to learn from someone like you about moving into logistics.",
    ],
)
def test_a_career_in_services_or_admiring_someone_like_you_is_not(analyzer, text):
    report = analyzer.analyze(text)
    assert not {"PIT003", "PIT007"} & report.all_codes()
    assert report.label != "sales", report.reason


@pytest.mark.parametrize(
    ("text", "resource"),
    [
        # A word after the resource ("that", "from") is no reason to drop it: PIT004's own exception
        # is for "quote it", a quotation.
        (
            "Hi Sam, I put together a guide that covers SOC 2 readiness for startups. Want me to send it?",
            "put together a guide",
        ),
        (
            "Hi Sam, we published a report from our survey of 500 CFOs. Happy to share a copy.",
            "we published a report",
        ),
        (
            "Hi Sam, I created an infographic that visualizes churn benchmarks for SaaS: example.com/churn",
            "I created an infographic",
        ),
    ],
)
def test_a_resource_made_to_be_offered_is_flagged_whatever_follows(analyzer, text, resource):
    report = analyzer.analyze(text)
    offers = [text[f.start : f.end] for f in report.findings if f.code == "PIT004"]
    assert resource in offers


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        (
            "Tom, congrats on the Series A! Teams at your stage usually hit a wall with onboarding - we fix "
            "exactly that. Worth a chat?",
            True,
        ),
        (
            "Sarah, les équipes à votre stade bloquent souvent sur l'onboarding - on règle exactement ça. "
            "On en parle ?",
            True,
        ),
        ("Hallo Tom, viele Kanzleien verlieren Zeit bei der Belegerfassung. Genau hier setzen wir an.", True),
        # A peer with the same problems is no seller.
        ("Hi Tom, we handle exactly the same issues at Decathlon - would be great to swap notes.", False),
        ("Bonjour Tom, nous traitons exactement les mêmes sujets chez Decathlon, ravi d'échanger.", False),
    ],
)
def test_a_problem_the_senders_company_solves_exactly_is_a_self_pitch(analyzer, text, flagged):
    report = analyzer.analyze(text)
    assert ("PIT003" in report.all_codes()) is flagged


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Hi Ines, we see a lot of tech CMOs struggle with lead scoring. Is that on your radar?", True),
        (
            "Inès, on voit beaucoup de CMO tech gagner des heures en automatisant le scoring des leads. "
            "Ça vous parle ?",
            True,
        ),
        # A ward, and an accelerator's founders: nobody's customers.
        (
            "Hi Ines, I'm a nurse in Leeds and we see a lot of burnout in A&E. Your article on rota design "
            "was brilliant.",
            False,
        ),
        (
            "Hi Ines, at the accelerator we see many founders struggle with their first hire - your post on "
            "hiring a first engineer was spot on.",
            False,
        ),
    ],
)
def test_the_senders_customers_held_up_as_the_recipients_peers_are_a_self_pitch(analyzer, text, flagged):
    report = analyzer.analyze(text)
    assert ("PIT003" in report.all_codes()) is flagged
    assert (report.label == "sales") is flagged, report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Hi Omar, thanks for the comment on my post about churn. We've seen that play out with clients - "
        "the teams that fix onboarding first keep 2x more users. How are you approaching it at Lumo?",
        "You mentioned the rollout isn't sticking with your nurses - we just worked through the same with a "
        "client in your sector. Would 20 minutes be useful to compare notes?",
    ],
)
def test_the_senders_clients_held_up_after_a_personal_opening_are_a_pitch(analyzer, text):
    report = analyzer.analyze(text)
    assert "PIT003" in report.all_codes()
    assert report.label == "sales", report.reason


def test_what_the_sender_saw_of_their_post_about_clients_is_not(analyzer):
    report = analyzer.analyze(
        "Hi Tom, we've seen your post about difficult clients - so true for freelancers."
    )
    assert "PIT003" not in report.all_codes()


@pytest.mark.parametrize(
    "text",
    [
        "Ciao Rita, hai scaricato la nostra guida ai mutui giovani. Hai qualche domanda?",
        "Ciao Rita, hai prenotato la nostra consulenza gratuita per giovedì: ti chiamo alle dieci?",
    ],
)
def test_a_buyers_step_in_italian_is_no_deed_of_theirs(analyzer, text):
    """ "Hai insegnato a nuotare a mia figlia" is something they did for the sender; downloading or
    booking the sender's offer is a step anyone takes, as "you downloaded my guide" is."""
    report = analyzer.analyze(text)
    assert "SPC102" not in report.all_codes(), report.signals
    assert report.label != "personalized", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Hi Rita, love your canal-boat videos! We'd send you our stove fan: we're after a paid collab.",
        "Hej Rita, vi gillar dina kanalbåtsvideor och söker ett betalt samarbete kring vår kaminfläkt.",
        "Hola Rita, nos encantan tus vídeos y buscamos una colaboración remunerada para nuestro ventilador.",
        "Hallo Rita, wir lieben deine Kanalvideos und suchen eine bezahlte Kooperation für unseren Lüfter.",
    ],
)
def test_a_paid_collaboration_proposed_to_a_creator_is_a_pitch(analyzer, text):
    report = analyzer.analyze(text)
    assert "PIT015" in report.all_codes(), report.all_codes()
    assert report.label == "sales", report.reason


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Hi Wren, our paint brand would love to sponsor your channel - we pay per video.", "PIT015"),
        ("Hi Wren, game cafés like yours fill weekday tables with our loyalty app. Quick call?", "PIT003"),
    ],
)
def test_a_channel_sponsored_or_buyers_like_them_using_the_product_is_a_pitch(analyzer, text, code):
    report = analyzer.analyze(text)
    assert code in report.all_codes(), report.all_codes()
    assert report.label == "sales", report.reason


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Free for a quick call this week? I have an opportunity that might interest you.", "PIT019"),
        ("Hi Wren, reaching out to see if you need help with newsletter copy. I write for SaaS.", "PIT012"),
    ],
)
def test_an_unnamed_opportunity_or_their_need_sounded_out_is_a_pitch(analyzer, text, code):
    report = analyzer.analyze(text)
    assert code in report.all_codes(), report.all_codes()


@pytest.mark.parametrize(
    "text",
    [
        "Hi Wren, I have a proposal that might interest you. Free on Thursday?",
        "Hola Wren, tengo una propuesta que podría interesarte. ¿Te llamo mañana?",
        "Ciao Wren, ho una proposta concreta per fotografi come te, posso dirtela in due righe?",
        "Ciao Wren, volevo farti una proposta veloce, ci vorranno trenta secondi. Ha senso?",
    ],
)
def test_a_proposal_held_out_without_saying_what_it_is_is_a_pitch(analyzer, text):
    report = analyzer.analyze(text)
    assert "PIT019" in report.all_codes(), report.all_codes()
    assert report.label == "sales", report.reason


def test_a_plan_proposed_to_a_friend_is_no_pitch(analyzer):
    report = analyzer.analyze("Ciao Wren, ti volevo fare una proposta: vieni al concerto del coro sabato?")
    assert "PIT019" not in report.all_codes(), report.all_codes()


def test_thoughts_offered_on_what_their_business_could_do_are_advice_unasked(analyzer):
    report = analyzer.analyze(
        "Hi Wren, I build SaaS products. Happy to share some thoughts on potential AI features within "
        "Bramble's product line if that's of interest."
    )
    assert "PIT004" in report.all_codes(), report.all_codes()
    assert report.label == "sales", report.reason


def test_ideas_offered_on_what_could_help_their_team_are_advice_unasked(analyzer):
    report = analyzer.analyze(
        "Hi Wren, I see you run operations at Bramble. I'd love to share some ideas about route planning "
        "software that could help your drivers. Free for a call?"
    )
    assert "PIT004" in report.all_codes(), report.all_codes()
    assert report.label == "sales", report.reason


def test_lessons_from_work_with_a_named_client_are_a_case_offered(analyzer):
    report = analyzer.analyze(
        "Hi Wren, Tom suggested I write. I can share some insights from our work with Ocado. 15 minutes?"
    )
    assert "PIT003" in report.all_codes(), report.all_codes()
    assert report.label == "sales", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Hey Wren, thanks for connecting! I made a personalised page for you: https://wren.pitchpage.io",
        "Hey Wren, danke für die Vernetzung! Ich habe eine personalisierte Seite für euch erstellt.",
        "Hey Wren, hast du dir meine Seite angeschaut? Habe das speziell für Bramble vorbereitet!",
        "Hey Wren, ich kann dir in 15 Minuten zeigen, wie das bei Bramble konkret aussehen würde.",
    ],
)
def test_material_made_for_them_unasked_or_a_demo_offered_in_german_is_a_pitch(analyzer, text):
    report = analyzer.analyze(text)
    assert {"PIT016", "PIT003"} & report.all_codes(), report.all_codes()
    assert report.label == "sales", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Hi Wren, if you're ever in Freiburg, I can show you the old town and the best bakery!",
        "Hallo Wren, wenn du im Mai in Freiburg bist, kann ich dir die Altstadt zeigen!",
    ],
)
def test_a_sight_shown_to_a_visitor_is_a_hosts_offer(analyzer, text):
    report = analyzer.analyze(text)
    assert "PIT003" not in report.all_codes(), report.all_codes()
    assert report.label != "sales", report.reason


def test_the_senders_product_shown_to_a_visitor_is_still_a_pitch(analyzer):
    report = analyzer.analyze("Hi Wren, if you're in Freiburg, I can show you our new planner in 15 minutes.")
    assert "PIT003" in report.all_codes(), report.all_codes()


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        (
            "Hi Dana, garden centres lose a fortune on unsold bedding plants every June. We're building "
            "an ordering assistant to fix that.",
            True,
        ),
        (
            "Hi Omar, ferry operators struggle to staff peak weekends. We've built a rota engine for "
            "exactly this.",
            True,
        ),
        (
            "Hi Priti, dental labs still chase remakes by phone. We're tackling this with a shared "
            "case tracker.",
            True,
        ),
        (
            "Hi Gus, we're working on a scheduling app for driving instructors. Would love your take on "
            "whether it solves a real problem for instructors like you.",
            True,
        ),
        # An anecdote told to a peer with the same trouble, and a question put to them.
        (
            "Hi Dana, loved your talk on bedding plants. We had the same June glut at our allotment "
            "shop and built a swap table to fix that.",
            False,
        ),
        (
            "Hi Gus, I'm writing my dissertation on road safety - is night driving a real problem for "
            "learners you teach?",
            False,
        ),
    ],
)
def test_a_product_built_for_the_problem_just_named_is_a_self_pitch(analyzer, text, flagged):
    report = analyzer.analyze(text)
    assert ("PIT003" in report.all_codes()) is flagged


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        (
            "Hi Bea, I just finished a report on how breweries cut keg losses with RFID. Happy to share.",
            True,
        ),
        # Their work, or the sender's own coursework, is no resource offered.
        (
            "Hi Bea, I just finished a report on your bridge for my engineering course and learnt a lot.",
            False,
        ),
    ],
)
def test_a_report_just_finished_and_offered_is_an_offer(analyzer, text, flagged):
    assert ("PIT004" in analyzer.analyze(text).all_codes()) is flagged


def test_the_senders_thing_sized_up_for_their_company_is_a_probe(analyzer):
    report = analyzer.analyze(
        "Bea, our keg tracker halved losses at Cask Lane. Think this would help at Hopcraft?"
    )
    assert "PIT012" in report.all_codes(), report.all_codes()


def test_referrals_asked_of_their_network_are_a_proposal(analyzer):
    report = analyzer.analyze(
        "Happy new year Bea! Let me know if I can be a resource to anyone in your network who needs keg "
        "tracking: https://kegtrack.example"
    )
    assert "PIT015" in report.all_codes(), report.all_codes()
    assert report.label == "sales", report.reason
