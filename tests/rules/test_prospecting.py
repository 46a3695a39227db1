"""Prospecting in a note that fits anyone: one person's clients, a service on call, asking who
looks after a purchase, a pipeline of candidates. And the same words in notes that are not
pitches. Every note here was written for these tests."""

import pytest


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (
            "Hi Laura, I work with HR leaders at mid-size firms on reducing turnover. Would it make "
            "sense to compare notes sometime?",
            "PIT003",
        ),
        ("Hi James, quick one - who looks after your company's fleet insurance these days?", "PIT015"),
        # Clients named as a kind of company, with two of them as proof.
        (
            "Hi Noor - saw you run finance at a lending start-up. I work with fintechs like Klarna and "
            "Monzo on reconciliation. Would love to connect.",
            "PIT003",
        ),
        (
            "Hi Sam, I noticed you hire a lot of support staff. I made an app that writes shift rotas "
            "in seconds. Try it free at rotaly.io!",
            "PIT013",
        ),
        (
            "Hi Jo, congrats on the new Leeds office. At Paylink we're growing our partner network for "
            "card terminals. Worth a chat?",
            "PIT015",
        ),
        (
            "Hi Ben, we've built a bench of pre-vetted SDR candidates ready to start next week. Want me "
            "to send a few profiles?",
            "PIT003",
        ),
        (
            "Hi Zoe! Are you tired of spending hours on social media? I manage Instagram accounts for "
            "small businesses so owners can focus on their shops.",
            "PIT003",
        ),
        ("Hi Sue, I'd love to be your go-to person for all things cybersecurity.", "PIT003"),
        (
            "Hi Dana, curious how you're thinking about payroll for the new Dublin office? Several of "
            "your peers in retail have been moving theirs to us this year.",
            "PIT012",
        ),
        ("Hi Nico, your shop looks great. I could have it ranking on page one within a month.", "PIT003"),
        (
            "Hi Zoe, I shoot brand photos for founders and small businesses. Your team page could use "
            "a refresh!",
            "PIT003",
        ),
        # The buyer's cost sized up, and a product that stays unnamed.
        (
            "Hi Cleo, saw you run the support team at Fernway. How many hours do your agents spend "
            "tagging tickets? We've built something that fixes that.",
            "PIT003",
        ),
        # A product described by who it is for, and customers like the recipient held up.
        (
            "Hi Rob, I'm working on something for independent gyms that cuts no-shows. Fancy a quick look?",
            "PIT003",
        ),
        (
            "Hi Ed, most independent bookshops we speak to are losing sales to online giants. I can share "
            "what's working for similar shops.",
            "PIT012",
        ),
        (
            "Hi Ed, we've cut no-shows by a third for 60 physio clinics - happy to share how.",
            "PIT013",
        ),
        # Asking to do a job on something of theirs, in English and the other languages, and work
        # taken off their hands.
        ("Hi Nat, could we take care of your office plants? Weekly visits across Leeds.", "PIT003"),
        ("Bonjour Nat, puis-je m'occuper de votre site internet ? Je suis développeuse à Nantes.", "PIT003"),
        ("Hallo Nat, darf ich die Pflege Ihrer Website übernehmen? Ich arbeite in Köln.", "PIT003"),
        ("Hi Nat, I'd love to take your payroll off your hands this year.", "PIT003"),
        ("Hi Nat, we do SEO for dental practices. No win, no fee.", "PIT004"),
        # The market's pain, told to someone in it, before the sender's trade.
        (
            "Hi Ravi, most dental practices struggle to fill cancelled slots. I build booking reminders "
            "that text patients - shall I send you a two-minute demo?",
            "PIT012",
        ),
        (
            "Hola Ravi, muchas clínicas dentales luchan con las citas canceladas. Ayudo a clínicas a "
            "llenar su agenda. ¿Hablamos?",
            "PIT012",
        ),
    ],
)
def test_prospecting_in_a_note_that_fits_anyone_is_sales(analyzer, text, code):
    report = analyzer.analyze(text)
    assert code in report.all_codes()
    assert report.label == "sales", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Hi, who looks after the volunteers at the Leith food bank these days? I'd like to help on "
        "Saturdays.",
        "Hi Dee, who looks after your graduate scheme? I'd love to apply next year.",
    ],
)
def test_asking_who_looks_after_something_else_is_not(analyzer, text):
    report = analyzer.analyze(text)
    assert "PIT015" not in report.all_codes()
    assert report.label != "sales", report.reason


def test_a_former_colleague_missed_is_a_shared_context(analyzer):
    report = analyzer.analyze("Hi Kim, how are you finding the new role? We miss you at Ocado!")
    assert "SPC102" in report.all_codes()
    assert report.label == "personalized", report.reason


def test_the_sender_trying_it_free_is_no_offer(analyzer):
    report = analyzer.analyze(
        "Hi Jo, your rota app was great - you let me try it free during the beta and it ended our "
        "Sunday spreadsheet chaos. Congrats on the launch!"
    )
    assert "PIT013" not in report.all_codes()
    assert report.label == "personalized", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Hi Ana, our mentoring programme for girls in coding launched thanks to your support. Thank you!",
        "Dzień dobry, nasza aplikacja dla schroniska ruszyła dzięki Pani pomocy przy testach. Dziękuję!",
    ],
)
def test_the_senders_thing_grown_thanks_to_them_is_no_offering(analyzer, text):
    report = analyzer.analyze(text)
    assert "PIT016" not in report.all_codes()
    assert report.label != "sales", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Hi Maria, came across your clinic while looking at dentists in Leeds. I have some quick SEO "
        "insights that might help - happy to connect!",
        "Hi Owen, love what you're doing with the bakery. I've got a few quick wins that could boost "
        "your online orders.",
        "Hi Ada, I spotted some improvements that would lift your booking page's conversion.",
    ],
)
def test_advice_on_their_business_offered_unasked_is_sales(analyzer, text):
    report = analyzer.analyze(text)
    assert "PIT004" in report.all_codes()
    assert report.label == "sales", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Thanks for your insights that helped me land my first analyst job, Priya.",
        "Hi, I'm a student exploring ideas to improve accessibility in transit apps.",
        "Hi Jo, your insights could help our students a lot - would you speak at our careers day?",
        "Hi Tom, I have some ideas that might help with your thesis chapter on tidal energy - happy to "
        "share over coffee after Thursday's seminar.",
    ],
)
def test_ideas_that_helped_them_theirs_or_a_purpose_are_no_offer(analyzer, text):
    assert "PIT004" not in analyzer.analyze(text).all_codes()


@pytest.mark.parametrize(
    "text",
    [
        "Thanks for connecting! Quick question - how is Fernhill currently handling supplier onboarding?",
        "Thanks for connecting, Ola! Quick question: are you currently exploring any route planners?",
        "Hey Ola, most ops leaders tell us night shifts are impossible to staff. We solve this by matching "
        "vetted temps in under an hour.",
    ],
)
def test_a_company_sounded_out_or_a_problem_the_sender_solves_is_sales(analyzer, text):
    report = analyzer.analyze(text)
    assert {"PIT003", "PIT012"} & report.all_codes()
    assert report.label == "sales", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Hi Ola, I help dental clinics cut no-shows. I'd love to learn about your current scheduling "
        "challenges.",
        "Bonjour Ola, nous aidons les cliniques vétérinaires à gérer leurs stocks. J'aimerais échanger "
        "sur vos enjeux de commande.",
    ],
)
def test_the_buyers_challenges_to_learn_about_are_sounded_out(analyzer, text):
    report = analyzer.analyze(text)
    assert "PIT012" in report.all_codes()
    assert report.label == "sales", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Hi Ola, I'm working on AI pick-path planning for chilled distributors like Fenwick Foods. I'd "
        "love to discuss your picking challenges.",
        "Bonjour Ola, je vois que vous dirigez l'atelier chez Moreau. Je travaille sur la maintenance "
        "prédictive pour les scieries. J'aimerais échanger sur vos enjeux de production.",
    ],
)
def test_the_senders_work_told_to_a_buyer_sounded_out_is_no_reason(analyzer, text):
    report = analyzer.analyze(text)
    assert "PIT012" in report.all_codes()
    assert "SPC105" not in {s["code"] for s in report.signals}
    assert report.label != "personalized", report.reason


def test_the_senders_work_as_a_reason_beside_a_question_about_theirs_stays(analyzer):
    report = analyzer.analyze(
        "Hi Ola, your talk on rural bus routes at the Transport Forum was great. I'm working on "
        "demand-responsive transit for my PhD and would love to hear how you got the rider data."
    )
    assert "SPC105" in {s["code"] for s in report.signals}
    assert report.label == "personalized", report.reason


def test_the_challenges_of_their_path_asked_about_are_no_probe(analyzer):
    report = analyzer.analyze(
        "Hi Ola, your talk on leaving nursing for health policy stayed with me. I'd love to hear about the "
        "challenges you faced in your first year."
    )
    assert "PIT012" not in report.all_codes()
    assert report.label == "personalized", report.reason


def test_asking_how_a_friend_is_doing_is_no_probe(analyzer):
    report = analyzer.analyze("Hi Ola, how is Sofia currently settling in at her new school? Love to her.")
    assert "PIT012" not in report.all_codes()


@pytest.mark.parametrize(
    "text",
    [
        "Hallo Herr Kaya, danke für die Vernetzung! Wie verwalten Sie derzeit die Dienstpläne in Ihrer "
        "Klinik?",
        "Bonjour Sophie, merci d'avoir accepté ! Comment planifiez-vous actuellement les tournées de vos "
        "techniciens ?",
    ],
)
def test_how_they_do_something_now_is_sounded_out_whatever_the_verb(analyzer, text):
    report = analyzer.analyze(text)
    assert "PIT012" in report.all_codes()
    assert report.label == "sales", report.reason


def test_how_a_friend_is_doing_now_is_no_probe(analyzer):
    report = analyzer.analyze("Hallo Jana, wie geht es dir aktuell? Wie läuft der Umzug nach Leipzig?")
    assert "PIT012" not in report.all_codes()


@pytest.mark.parametrize(
    "text, sales",
    [
        ("Hi Ruth, I sent you an email about facility services - would be great to connect here too.", True),
        ("Hi Ruth, following up on my email about window cleaning services for your offices.", True),
        (
            "Hi Ruth, I sent you an email about the allotment rota - would be great to connect here too.",
            False,
        ),
    ],
)
def test_the_senders_offering_as_the_subject_of_an_earlier_mail_is_a_pitch(analyzer, text, sales):
    report = analyzer.analyze(text)
    assert ("PIT016" in report.all_codes()) is sales, report.all_codes()
    assert (report.label == "sales") is sales, report.reason


@pytest.mark.parametrize(
    "text, code",
    [
        (
            "Hey Ruth -- Tom Okafor mentioned you're rethinking your volunteer rota. I work in that space "
            "and had a thought. Mind if I share a quick framework?",
            "PIT004",
        ),
        (
            "Hi Ruth, saw your thread about no-shows at the Saturday clinic. I run Rotaly, a small app that "
            "fills cancelled slots automatically. Worth 15 minutes to show you?",
            "PIT003",
        ),
    ],
)
def test_a_framework_offered_or_the_senders_product_by_name_is_a_pitch(analyzer, text, code):
    report = analyzer.analyze(text)
    assert code in report.all_codes(), report.all_codes()
    assert report.label == "sales", report.reason


def test_a_volunteers_app_run_for_a_cause_is_no_product(analyzer):
    report = analyzer.analyze(
        "Hi Ruth, we run a food bank app that our volunteers built - your talk on rota design helped us "
        "a lot!"
    )
    assert "PIT003" not in report.all_codes(), report.all_codes()


@pytest.mark.parametrize(
    "text, code",
    [
        (
            "Hey congrats on the new role at Fernhill. As you take over the front desk, curious how you're "
            "currently handling no-shows? We helped Oakwood Dental with exactly that.",
            "PIT012",
        ),
        (
            "Hi Ruth, saw the news on the move, congrats. Worth a quick chat about how we partnered with "
            "your last team and whether anything similar makes sense in the new seat?",
            "PIT003",
        ),
        (
            "Hi Ruth, congrats on the new role at Fernhill. As a practice manager, we thought this would "
            "matter to you: fewer no-shows and automated reminders. Open to a 15-minute chat this week?",
            "PIT012",
        ),
    ],
)
def test_a_new_role_used_to_sell_is_a_pitch(analyzer, text, code):
    report = analyzer.analyze(text)
    assert code in report.all_codes(), report.all_codes()
    assert report.label == "sales", report.reason


def test_a_colleague_who_worked_with_their_old_team_is_no_pitch(analyzer):
    report = analyzer.analyze(
        "Hi Ruth, I worked with your old team at Fernhill on the reminder rota in 2022 - congrats on the "
        "move!"
    )
    assert "PIT003" not in report.all_codes(), report.all_codes()
    assert report.label == "personalized", report.reason


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Hi Rory, we supply reclaimed slate. Are you currently in the market for roofing stock?", "PIT012"),
        ("Hi Rory, if this isn't your area, could you point me to whoever owns facilities?", "PIT015"),
    ],
)
def test_whether_they_are_buying_now_or_who_buys_is_a_buyer_sought(analyzer, text, code):
    report = analyzer.analyze(text)
    assert code in report.all_codes(), report.all_codes()
    assert report.label == "sales", report.reason


def test_a_purchase_sounded_out_is_a_buyer_sought(analyzer):
    report = analyzer.analyze("Hi Rory, if you're evaluating payroll tools right now, I'd love 15 minutes.")
    assert "PIT012" in report.all_codes(), report.all_codes()
    assert report.label == "sales", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Hi Rita, which admin task at Norvik costs you the most time right now?",
        "Guten Tag Frau Roth, welcher Prozess kostet Sie aktuell am meisten Zeit?",
        "Hola Rita, ¿qué tarea administrativa te lleva más tiempo en la clínica?",
    ],
)
def test_the_buyers_biggest_time_cost_asked_sounds_them_out(analyzer, text):
    assert "PIT012" in analyzer.analyze(text).all_codes()


def test_whether_they_mean_to_buy_or_sell_is_sounded_out(analyzer):
    report = analyzer.analyze("Hi Jo, are you thinking of selling the flat on Leith Walk this spring?")
    assert "PIT012" in report.all_codes(), report.all_codes()


def test_the_senders_own_plan_to_buy_is_no_probe(analyzer):
    report = analyzer.analyze("Hi Jo, I'm looking to buy a flat in Leith - any tips on the market there?")
    assert "PIT012" not in report.all_codes(), report.all_codes()


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (
            "Hi Renata, I looked at how Vitta Clinic shows up on Google and noticed a couple of things. "
            "Want me to show you what I found?",
            "PIT004",
        ),
        (
            "Oi Renata, tudo bem? Encontrei a Padaria Trigo pesquisando padarias na região e notei uma coisa "
            "no site de vocês. Prefere que eu te explique o que observei?",
            "PIT004",
        ),
        (
            "Bonjour Claire, j'ai vu que vous recrutez un développeur React. J'ai des candidats que je peux "
            "vous présenter si le poste est toujours ouvert.",
            "PIT003",
        ),
        (
            "Hi Claire, saw you're hiring a React developer - I have a few candidates who could start next "
            "month. Worth a chat?",
            "PIT003",
        ),
    ],
)
def test_findings_on_their_business_and_candidates_offered_are_sales(rules_only, text, code):
    report = rules_only.analyze(text)
    assert code in report.all_codes(), report.all_codes()
    assert report.label == "sales", (report.reason, report.all_codes())


@pytest.mark.parametrize(
    "text",
    [
        "Hi Renata, I finally got into the county archive and want to show you what I found about your "
        "grandfather's bakery on Mill Lane!",
        "Hi Claire, thanks for interviewing me last week - I have candidates' questions from our bootcamp "
        "cohort if you want them for the FAQ.",
    ],
)
def test_the_senders_own_findings_and_candidates_questions_are_no_offer(rules_only, text):
    report = rules_only.analyze(text)
    assert not {"PIT003", "PIT004"} & report.all_codes(), report.all_codes()
    assert report.label != "sales", (report.reason, report.all_codes())


@pytest.mark.parametrize(
    "text",
    [
        "Hi Dana, you've probably heard of our collagen shots and their benefits - want a free sample pack?",
        "Hey Sam! We work with brilliant product and data talent across Europe - would love to talk talent "
        "with you this week.",
    ],
)
def test_a_product_held_out_with_its_benefits_and_talent_offered_are_sales(rules_only, text):
    report = rules_only.analyze(text)
    assert "PIT003" in report.all_codes(), report.all_codes()
    assert report.label == "sales", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Hi Dana, have you heard about the walking group's new route along the canal? Thought of you after "
        "your post.",
        "Hi Dana, have you heard of the benefits of the Ramblers' cold water swim on Sundays? Your post on "
        "it convinced me to try.",
    ],
)
def test_a_question_about_something_heard_of_is_no_product(rules_only, text):
    assert "PIT003" not in rules_only.analyze(text).all_codes()


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (
            "Hola Nuria, organizamos talleres de cerámica para empresas con materiales incluidos. ¿Te paso "
            "el dossier?",
            "PIT003",
        ),
        (
            "Hi Sam, our ticket kiosks suit museums - we share revenue 60/40. Could I pitch it to the board?",
            "PIT013",
        ),
        (
            "Hi Sam, our ticket kiosks suit museums - we share revenue 60/40. Could I pitch it to the board?",
            "PIT004",
        ),
    ],
)
def test_an_offer_for_companies_a_dossier_a_revenue_share_and_a_pitch_offered_are_sales(
    rules_only, text, code
):
    report = rules_only.analyze(text)
    assert code in report.all_codes(), report.all_codes()
    assert report.label == "sales", report.reason


def test_a_club_lunch_organised_is_no_offer(rules_only):
    report = rules_only.analyze("Hola Nuria, organizamos una comida para el club el sábado, ¿vienes?")
    assert "PIT003" not in report.all_codes(), report.all_codes()
