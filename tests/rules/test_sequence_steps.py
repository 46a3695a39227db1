"""The later steps of a seller's sequence, sent on their own: what other buyers got "with this", a
place kept at the sender's session, a recorded demo, a trade for founders, the sender's mail asked
after, the buyer's need asked about "right now", the last message that takes them off the sender's
list (English, German, Dutch, Polish, French); against the sender's own school project, a tool of the
recipient's that others used, a friend's "did you see my message?" and help offered as a courtesy.
Every note here was written for these tests."""

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "Other dental practices cut their no-shows by a third with this. Shall I send you the details?",
        "Otras academias de idiomas duplicaron sus matrículas con esto. ¿Te cuento cómo?",
        "D'autres cabinets comptables ont gagné deux heures par semaine avec ça. Je vous envoie le guide ?",
    ],
)
def test_what_other_buyers_got_with_this_is_a_pitch(analyzer, text):
    report = analyzer.analyze(text)
    assert "PIT003" in report.all_codes(), report.all_codes()
    assert report.label == "sales", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Hi Petra, I'm running a free session on cash-flow forecasting for agencies next week. "
        "Shall I save you a spot?",
        "Hola Petra, el jueves hacemos un taller gratuito sobre facturación electrónica. "
        "¿Te reservo una plaza?",
    ],
)
def test_a_place_kept_at_the_senders_session_is_offered(analyzer, text):
    report = analyzer.analyze(text)
    assert "PIT013" in report.all_codes(), report.all_codes()
    assert report.label == "sales", report.reason


def test_a_recorded_demo_offered_is_a_pitch(analyzer):
    text = "Two options for you: a one-page checklist or a recorded demo (4 min). Which suits you?"
    report = analyzer.analyze(text)
    assert "PIT016" in report.all_codes(), report.all_codes()
    assert report.label == "sales", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Olá Bruno, construo automações de atendimento para fundadores de e-commerce. Bora conectar?",
        "Hola Bruno, construyo paneles de métricas para founders de SaaS. ¿Conectamos?",
    ],
)
def test_a_trade_for_founders_in_portuguese_and_spanish_is_a_pitch(analyzer, text):
    report = analyzer.analyze(text)
    assert "PIT003" in report.all_codes(), report.all_codes()
    assert report.label == "sales", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Hi Dr. Lund, here's a short video of how my thesis app works - "
        "I'd value your feedback before my viva.",
        "Hi Omar, I use your load-testing library at work and other teams here cut their release checks "
        "in half with it. Thank you!",
    ],
)
def test_the_senders_school_project_and_the_recipients_tool_are_no_pitch(analyzer, text):
    report = analyzer.analyze(text)
    assert not {"PIT003", "PIT011", "PIT016"} & report.all_codes(), report.all_codes()
    assert report.label != "sales", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Hi Noor, we've rolled out Shopware for various clients in homeware. How about we set up a meeting "
        "this week to walk through your catalogue?",
        "Hello Piet, our studio has built booking sites for numerous clients. "
        "Shall we organise a meeting next Tuesday?",
    ],
)
def test_a_clientele_served_and_a_meeting_set_up_are_a_pitch(analyzer, text):
    report = analyzer.analyze(text)
    assert {"PIT001", "PIT003"} <= report.all_codes(), report.all_codes()
    assert report.label == "sales", report.reason


def test_a_meeting_to_plan_something_together_is_no_pitch(analyzer):
    text = "Hi Noor, lovely seeing you at Grace's leaving do. Shall we set up a meeting to plan her card?"
    report = analyzer.analyze(text)
    assert report.label != "sales", report.reason


def test_a_bug_in_the_senders_own_product_is_told_not_sold(analyzer):
    text = (
        "Hi Ines, your write-up on the race condition in the job queue was spot on - we hit the same bug "
        "in our booking app last spring. Did you ever find out why retries made it worse?"
    )
    report = analyzer.analyze(text)
    assert "PIT016" not in report.all_codes(), report.all_codes()
    assert report.label == "personalized", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Hi Femi, I work with independent pharmacies on stock control. Do you face similar challenges "
        "with expiring lines?",
        "Quick one, Femi: Harbour Pharmacy used this approach to cut their write-offs by half. "
        "Here's the two-page guide: stockwise.co/guide",
        "Hi Femi, I put together a few observations on your online shop: the basket forgets items on "
        "mobile and delivery costs only show at the end. Happy to send the full list.",
    ],
)
def test_a_sellers_clientele_probe_case_study_and_review_are_a_pitch(analyzer, text):
    report = analyzer.analyze(text)
    assert report.label == "sales", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Hi Femi, I work with the pharmacy team at Guy's and your lecture on antibiotic stewardship "
        "changed how we run ward rounds.",
        "Hi Femi, I used this approach to cut my revision time in half - thank you for the study tips "
        "in your pharmacy students' newsletter!",
    ],
)
def test_colleagues_and_an_approach_the_sender_used_are_no_pitch(analyzer, text):
    report = analyzer.analyze(text)
    assert not {"PIT003", "PIT016"} & report.all_codes(), report.all_codes()
    assert report.label == "personalized", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Hi Cerys, our roofing team is booking spring jobs now - reserve your slot with a £100 deposit.",
        "Olá Cerys, formamos soldadores certificados em quatro meses. Quer conhecer o nosso programa para "
        "estaleiros?",
    ],
)
def test_a_slot_to_reserve_and_our_programme_are_offered(analyzer, text):
    report = analyzer.analyze(text)
    assert {"PIT013", "PIT016"} & report.all_codes(), report.all_codes()
    assert report.label == "sales", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Hola Marta, somos un taller de bordado en Toledo con entregas en dos semanas. "
        "¿Te envío nuestras tarifas?",
        "Bonjour Marta, nous sommes un atelier de maroquinerie à Lyon. Je vous envoie nos tarifs ?",
    ],
)
def test_a_workshop_and_its_rates_in_the_other_languages_are_a_pitch(analyzer, text):
    report = analyzer.analyze(text)
    assert {"PIT003", "PIT004"} <= report.all_codes(), report.all_codes()
    assert report.label == "sales", report.reason


def test_thanks_for_connecting_in_german_opens_a_pitch(analyzer):
    text = (
        "Hallo Frau Roth, vielen Dank für die Vernetzung! Wie gehen Sie aktuell das Thema Zeiterfassung "
        "an? Viele Handwerksbetriebe erzählen mir, dass sie noch mit Papier arbeiten."
    )
    report = analyzer.analyze(text)
    assert "PIT008" in report.all_codes(), report.all_codes()
    assert report.label == "sales", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Hi Ruth - saw you run the front desk at Alder Physio. Working with similar-sized clinics on "
        "their booking flows - would be good to connect!",
        "Quick one, Ruth: I made a rota template that similar care homes have found really useful. "
        "Happy to send it over.",
        "Hi Ruth, other practice owners have found this handy for their month-end. Want a copy?",
        "Hi Ruth, I built a rota planner that care homes like Elmfield House have found really useful.",
    ],
)
def test_buyers_like_the_recipient_served_or_pleased_are_a_pitch(analyzer, text):
    report = analyzer.analyze(text)
    assert "PIT003" in report.all_codes(), report.all_codes()
    assert report.label == "sales", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Ruth, I've enjoyed working with other teams at the trust on the discharge audit - yours next?",
        "Hi Ruth, other founders at the meetup found your talk on hiring really useful - thank you!",
    ],
)
def test_colleagues_and_their_work_found_useful_are_no_pitch(analyzer, text):
    report = analyzer.analyze(text)
    assert "PIT003" not in report.all_codes(), report.all_codes()


@pytest.mark.parametrize(
    "text",
    [
        "Hi Bea, if helpful I can send the one-page scorecard template we use for hiring shift leads.",
        "Hi Bea, I run Copper & Kiln and help small studios sell their glazes online. Keen to connect.",
        "Hi Bea, I build booking tools for SMEs in Leeds - saw your post on no-shows, would love to connect!",
    ],
)
def test_a_tool_of_the_senders_trade_or_the_clientele_served_is_a_pitch(analyzer, text):
    report = analyzer.analyze(text)
    assert not {"PIT003", "PIT004"}.isdisjoint(report.all_codes()), report.all_codes()


@pytest.mark.parametrize(
    "text",
    [
        "Hi Bea, I loved the seating template we used at Jo's wedding - thank you again for making it.",
        "Hi Bea, I run Parkrun Roundhay and help new runners find their feet - lovely to meet you Saturday.",
    ],
)
def test_a_template_once_shared_or_a_club_run_for_people_is_no_pitch(analyzer, text):
    report = analyzer.analyze(text)
    assert {"PIT003", "PIT004"}.isdisjoint(report.all_codes()), report.all_codes()


@pytest.mark.parametrize(
    "text",
    [
        "Lena, saw you're hiring two planners at Norvik. Built a rota tool for similar warehouses to halve "
        "overtime. Worth connecting?",
        "Lena, helping Nordic manufacturers cut scrap by a fifth with vision checks. Worth connecting?",
    ],
)
def test_a_clientele_like_theirs_or_helped_with_a_word_between_is_a_pitch(analyzer, text):
    assert "PIT003" in analyzer.analyze(text).all_codes()


def test_their_help_to_businesses_thanked_is_no_pitch(analyzer):
    text = "Thank you for helping small bakeries like mine through the allergen rules, Lena - it saved me."
    assert "PIT003" not in analyzer.analyze(text).all_codes()


def test_a_clientele_helped_after_another_verb_of_the_senders_is_a_pitch_in_german(analyzer):
    text = "Hey Mira! Ich bin in der Buchhaltung unterwegs und helfe Selbstständigen beim Belegchaos."
    assert "PIT003" in analyzer.analyze(text).all_codes()


def test_friends_helped_or_founders_helped_unpaid_are_no_pitch_in_german(analyzer):
    for text in (
        "Ich wohne in Köln und helfe Freunden beim Umzug.",
        "Ich koche gern und helfe Gründern ehrenamtlich beim Businessplan.",
    ):
        assert "PIT003" not in analyzer.analyze(text).all_codes(), text


def test_builders_and_contractors_served_are_a_clientele(analyzer):
    text = "Hi Ruth, I work with small contractors on their tender paperwork. Would love to connect."
    assert "PIT003" in analyzer.analyze(text).all_codes()


def test_an_outcome_guaranteed_or_your_money_back_is_a_pitch(analyzer):
    text = "Hi Ruth, we get podcasts into the top charts - guaranteed downloads or your money back."
    report = analyzer.analyze(text)
    assert {"PIT004", "PIT010"} <= report.all_codes(), report.all_codes()
    assert report.label == "sales", report.reason


def test_a_product_said_by_what_it_does_is_a_pitch_and_a_shared_tool_library_is_not(analyzer):
    assert "PIT003" in analyzer.analyze("Hi Ruth, we've got an app that schedules locum shifts.").all_codes()
    assert "PIT003" not in analyzer.analyze("Hi Ruth, we have a tool library at the makerspace.").all_codes()


def test_a_result_had_for_other_buyers_is_a_pitch_and_colleagues_are_not(analyzer):
    pitch = "Hi Ruth, we've halved chargeback losses for other online retailers. Worth a chat?"
    assert "PIT003" in analyzer.analyze(pitch).all_codes()
    assert (
        "PIT003"
        not in analyzer.analyze("Hi Ruth, I ran the same audit for other teams at the trust.").all_codes()
    )


def test_advice_said_useful_to_their_business_is_offered_unasked(analyzer):
    text = (
        "Hi Ruth, saw your shop has no reviews page - I'd love to share a few observations that could "
        "be useful for your sales."
    )
    assert "PIT004" in analyzer.analyze(text).all_codes()
    for text in (
        "Hi Ruth, your observations on the pilot were really useful for our team.",
        "Hi Ruth, I have some ideas that might be useful for the meetup.",
    ):
        assert "PIT004" not in analyzer.analyze(text).all_codes(), text


STEPS = [
    (
        "Hey Milan, thanks for connecting! Did you get my email? Quick question: how do you currently "
        "schedule your cleaners?",
        "PIT012",
    ),
    (
        "Hey Milan, danke für die Connection! Hast du meine Mail bekommen? Kurze Frage: Wie plant ihr "
        "aktuell eure Reinigungsteams?",
        "PIT008",
    ),
    (
        "Hi Milan, I don't want to be a pest, so this is my last message: is cleaner scheduling even a "
        "topic for you right now? If not, no problem - I'll take you off my list.",
        "PIT008",
    ),
    (
        "Hallo Milan, ich möchte nicht nerven, deshalb meine letzte Nachricht: Ist Einsatzplanung "
        "aktuell überhaupt ein Thema für euch? Falls nicht, streich ich euch von meiner Liste.",
        "PIT012",
    ),
    (
        "Hoi Milan, ik wil je niet lastigvallen, maar dit is mijn laatste berichtje. Als Schoon & Co ooit "
        "hulp nodig heeft met roosters, weet je ons te vinden.",
        "PIT012",
    ),
    (
        "Hey Milan! Ich bin auf was Spannendes gestoßen und musste an dich denken. Es geht um ein "
        "Zusatzeinkommen. Hättest du 10 Minuten?",
        "PIT006",
    ),
    (
        "Hey Milan, was wäre der beste nächste Schritt? Option A: Kostenloses Strategie-Gespräch buchen. "
        "Option B: Mehr Infos per Mail.",
        "PIT004",
    ),
    ("Hi Milan, Einsatzplanung aktuell relevant für dich? Falls ja, lass uns kurz telefonieren.", "PIT001"),
]


@pytest.mark.parametrize("text, code", STEPS)
def test_a_sequences_later_steps_are_sales(analyzer, text, code):
    report = analyzer.analyze(text)
    assert code in report.all_codes(), report.all_codes()
    assert report.label == "sales", (report.reason, report.all_codes())


def test_a_friends_message_asked_after_is_no_follow_up(analyzer):
    report = analyzer.analyze(
        "Hi Milan, did you see my message about Saturday's rehearsal? The choir needs your tenor!"
    )
    assert "PIT008" not in report.all_codes(), report.all_codes()
    assert report.label != "sales", report.reason


LATER_STEPS = [
    (
        "Hi Milan, we recently finished a project for a company in your sector: in three weeks we cut their "
        "cleaning complaints by 40%. Do you see a similar challenge at Schoon & Co?",
        "PIT003",
    ),
    (
        "Cześć Milan, niedawno skończyliśmy projekt dla firmy z sektora sprzątania. Czy widzisz podobne "
        "wyzwanie w Schoon & Co?",
        "PIT012",
    ),
    (
        "Hi Milan, I'm closing this thread so as not to be pushy. Here's a useful resource for cleaning "
        "firms: https://rota-guide.example/cleaning. If things change, you know where to find me.",
        "PIT004",
    ),
    (
        "Bonjour Milan, suite à mon email concernant l'audit de vos plannings, avez-vous pu y jeter un œil ?",
        "PIT015",
    ),
    (
        "Cześć Milan, sprawdzam czy oferta dotarła. Masz pytania co do zakresu lub wyceny?",
        "PIT004",
    ),
    (
        "Bonjour Milan, avant : 12 plaintes par mois. Après : 3. Ce qui a changé : un planning partagé. "
        "Curieux d'en savoir plus ?",
        "PIT013",
    ),
    ("Bonjour Milan, nos capteurs réduisent la casse de 20 %. Un échange rapide cette semaine ?", "PIT001"),
]


@pytest.mark.parametrize("text, code", LATER_STEPS)
def test_follow_ups_breakups_and_records_are_pitches(analyzer, text, code):
    report = analyzer.analyze(text)
    assert code in report.all_codes(), report.all_codes()
    assert report.label == "sales", (report.reason, report.all_codes())


@pytest.mark.parametrize(
    "text",
    [
        "Hi Milan, congrats on the move to Ghent! If you ever need a hand with the boxes, you know where to "
        "find me.",
        "Hi Milan, your piece on rota fairness for night cleaners was brilliant and I'm curious to know more "
        "about the pilot.",
    ],
)
def test_a_friends_help_or_curiosity_is_no_pitch(analyzer, text):
    report = analyzer.analyze(text)
    codes = report.all_codes()
    assert "PIT008" not in codes and "PIT013" not in codes, codes
    assert report.label != "sales", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Hi Ola, I saw you opened the email I sent on Monday - got two minutes for a call?",
        "Hej Ola, jeg så at du tog dig tid til at se hele videoen — har du nogen spørgsmål?",
        "Hej Ola, jag såg att du lämnade dina uppgifter på vår sida. Vad kan vi hjälpa dig med?",
    ],
)
def test_engagement_a_sending_tool_tracked_is_a_sequence_step(analyzer, text):
    report = analyzer.analyze(text)
    assert "PIT021" in report.all_codes(), report.all_codes()
    assert report.label == "sales", report.reason


def test_a_business_they_opened_is_news_not_tracking(analyzer):
    report = analyzer.analyze(
        "Hi Ola, saw you opened a bakery in Leith - congrats! We used to share a desk at Skyscanner."
    )
    assert "PIT021" not in report.all_codes(), report.all_codes()
    assert report.label == "personalized", report.reason


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (
            "Hola Milan, para no insistir: si más adelante te sirve una demo de nuestro planificador, aquí "
            "estoy.",
            "PIT008",
        ),
        (
            "Hola Milan, solo para confirmar que viste mi mensaje sobre los turnos de noche. "
            "¿Hablamos el jueves?",
            "PIT008",
        ),
        (
            "Hola Milan, acabamos de publicar un recurso sobre turnos de noche para empresas de limpieza. "
            "¿Te lo mando?",
            "PIT004",
        ),
        (
            "Hola Milan, vi que abrís una sede en Vigo. ¿Tiene sentido que te muestre en 10 minutos un caso "
            "parecido?",
            "PIT012",
        ),
        (
            "Hola Milan, soy consultora de operaciones con ocho años ayudando a empresas de limpieza a "
            "ordenar sus turnos.",
            "PIT003",
        ),
    ],
)
def test_a_spanish_sequences_steps_are_sales(analyzer, text, code):
    report = analyzer.analyze(text)
    assert code in report.all_codes(), report.all_codes()
    assert report.label == "sales", (report.reason, report.all_codes())


@pytest.mark.parametrize(
    "text",
    [
        "Hola Milan, ¿te interesa que te envíe una propuesta de turnos para Limpiezas Norte?",
        "Hola Milan, ¿tiene sentido que te muestre un caso parecido de otra empresa de limpieza?",
    ],
)
def test_something_offered_to_send_or_show_in_spanish_is_an_offer_question(analyzer, text):
    assert "PIT013" in analyzer.analyze(text).all_codes()


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (
            "Hi Ada, wanted to follow up, not sure if my last message got buried. Happy to hop on a quick "
            "call this week?",
            "PIT008",
        ),
        (
            "Hi Ada, if stock counts aren't a priority right now, totally understand. If they are, happy to "
            "jump on a quick call. Either way, I'll let you be.",
            "PIT008",
        ),
        ("Hi Ada, we've just published a benchmark of 30 pharmacy checkout flows. Want a copy?", "PIT004"),
        (
            "Hi Ada, congrats on the new role at Boots! I work with folks navigating similar transitions.",
            "PIT003",
        ),
    ],
)
def test_a_sellers_follow_ups_soft_closes_and_positioning_are_sales(analyzer, text, code):
    report = analyzer.analyze(text)
    assert code in report.all_codes(), report.all_codes()
    assert report.label == "sales", (report.reason, report.all_codes())


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (
            "Hi Noor, still nothing from you, so I'll stop reaching out after this. If you ever want to "
            "explore working together on your bakery's orders, just drop me a line.",
            "PIT015",
        ),
        (
            "Hello Noor, I haven't heard back, no problem. Our spring slots go quickly, though: I can only "
            "take on three new clients this month.",
            "PIT004",
        ),
        (
            "Noor, I analysed your competitors' shop pages over the weekend and found four things they do "
            "better. Happy to send them, no strings attached.",
            "PIT012",
        ),
    ],
)
def test_a_sequences_break_up_scarcity_and_unasked_analysis_are_sales(rules_only, text, code):
    report = rules_only.analyze(text)
    assert code in report.all_codes(), report.all_codes()
    assert report.label == "sales", (report.reason, report.all_codes())


@pytest.mark.parametrize(
    "text",
    [
        "Hi Noor, I haven't heard back from the choir about Saturday - are you still singing the Fauré?",
        "Hi Noor, I analysed your keynote on allotment waiting lists for my dissertation - thank you for "
        "publishing the slides.",
        "Hi Noor, we'd love to explore working together on the river clean-up you organised last June - "
        "our scout troop did the upstream stretch.",
    ],
)
def test_the_same_words_in_personal_notes_stay_personal(rules_only, text):
    report = rules_only.analyze(text)
    assert report.label == "personalized", (report.reason, report.all_codes())


@pytest.mark.parametrize(
    "text",
    [
        "The cost really depends on your goal and what you need to get there. I can take a look with you "
        "either way. How does that sound?",
        "Fijn dat je er bent! De kosten hangen af van je doel, zullen we even bellen?",
    ],
)
def test_a_price_said_to_depend_on_the_buyer_is_an_offer(rules_only, text):
    report = rules_only.analyze(text)
    assert "PIT004" in report.all_codes(), report.all_codes()
    assert report.label == "sales", report.reason


def test_a_shared_cost_that_depends_on_numbers_is_no_price(rules_only):
    report = rules_only.analyze(
        "Hi Ana, the cost of the minibus to the Leeds choir festival depends on numbers - are you still in?"
    )
    assert "PIT004" not in report.all_codes(), report.all_codes()
