"""Belonging to the same group as the recipient, and the generic forms that fit anyone. Every note
here was written for these tests."""

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "Hi Noor, we row in the same club at Putney and you lent me your spare gloves on Sunday. "
        "Good to find you here too.",
        "Fellow Leeds Hackspace member here, I'm the one who borrowed your soldering iron last week. "
        "Thanks again, let's connect.",
        "Hi Femi, we sit on the same committee at the Brixton tenants' association. Before the June "
        "meeting I'd like your view on the repairs survey.",
        "Hi Femi, we were on the same table at the Guardian awards dinner - how did your film do?",
    ],
)
def test_belonging_to_the_same_group_is_a_shared_context(analyzer, text):
    report = analyzer.analyze(text)
    assert "SPC102" in report.all_codes()
    assert report.label == "personalized", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Hi Omar, we're both in the same industry. Let's connect.",
        "Hi Omar, I'm also in the fintech space and always keen to meet new people.",
        "Fellow recruiter here! Always happy to connect.",
        "Hi Omar, we're in some of the same groups, happy to connect.",
        "Hi Omar, as we both work in logistics I thought it made sense to connect.",
        "Hi Omar, we're both in fintech, would be good to be connected.",
        "Hi Omar, we both have a passion for leadership. Let's connect and grow together!",
        "Hi Omar, we're both in Rotterdam! Let's connect.",
        "Hi Omar, we both studied engineering in Germany, so I thought we should connect.",
        "Hi Omar, we both grew up in Nairobi! Would be great to connect.",
        "Hey Omar, saw we both work at big consulting firms. Let's connect!",
        "Hi Omar, saw you work at Philips. I'm also in IT, please accept.",
        "Hi Omar, I noticed we're both alumni of a big state university. Always good to meet fellow grads!",
        "Hi Omar, always a pleasure to connect with fellow Brandeis alumni!",
        # A name after "a" or "an" is a kind of school or firm, not one both went to.
        "Hi Omar, we're both alumni of an Ivy League school - let's connect!",
        "Hi Omar, we're both graduates of a Big Ten university, would be good to connect.",
        "Hi Omar, I see we're both in academia. Happy to connect.",
        "Hi Omar, we're both in the Amsterdam startup scene - let's connect.",
        # A kind of person both are, with no one place both are in.
        "Hi Omar, we're both Brazilians working in fintech in Lisbon. Let's connect!",
        "Hi Omar, we're both Liverpool fans in the insurance world, so let's connect!",
        "Hi Omar, we're both members of several product groups here. Happy to connect.",
        "Hi Omar, I think we're in a few of the same Discord communities. Let's connect.",
        "Hi Omar, we're both in the startup world, so let's connect.",
        "Hi Omar, we're both photographers - let's connect!",
        "Hi Omar, we both paint - happy to connect with another artist!",
        "Hi Omar, we both create content about personal finance. Would love to connect!",
        "Hi Omar, we're both from Leeds. Would love to connect!",
    ],
)
def test_a_field_or_a_profession_that_fits_anyone_is_not(analyzer, text):
    report = analyzer.analyze(text)
    assert "SPC102" not in report.all_codes()
    assert report.label == "default", report.reason


def test_a_pitch_opened_with_a_shared_group_is_still_a_pitch(analyzer):
    text = (
        "Hi Tom, fellow member of the Bath chamber of commerce here! We offer payroll outsourcing for "
        "small firms, can I send you our prices?"
    )
    report = analyzer.analyze(text)
    assert "SPC102" in report.all_codes()
    assert report.label == "sales", report.reason


def test_a_product_launch_and_a_fit_check_are_a_pitch(analyzer):
    text = (
        "Hi Jade, we're both members of the British Dental Association. We've just launched a scheduling "
        "app for clinics; would you be open to a quick call to see if it fits your practice?"
    )
    report = analyzer.analyze(text)
    assert {"PIT003", "PIT012"} <= set(report.all_codes())
    assert report.label == "sales", report.reason


def test_a_fix_they_made_is_their_work(analyzer):
    report = analyzer.analyze(
        "Hi Ken, your fix for the memory leak in the uploader saved our launch. Thank you, would like "
        "to connect."
    )
    assert "SPC101" in report.all_codes()
    assert report.label == "personalized", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Hi Leo, we were in the same year at Manchester Grammar, I sat behind you in chemistry! Hope "
        "Singapore is treating you well.",
        "Hi Ada, we worked the same night shift on Ward 9 at the Royal Infirmary in 2019. I'm back in "
        "Edinburgh and would love to hear how the unit is doing.",
    ],
)
def test_the_same_school_year_or_ward_is_a_shared_context(analyzer, text):
    report = analyzer.analyze(text)
    assert "SPC102" in report.all_codes()
    assert report.label == "personalized", report.reason


def test_a_coach_helping_professionals_is_a_pitch(analyzer):
    report = analyzer.analyze(
        "Hi, I'm a certified life coach helping professionals find clarity and purpose. If you ever "
        "feel stuck, I'd love to chat!"
    )
    assert "PIT003" in report.all_codes()
    assert report.label == "sales", report.reason


def test_a_place_in_a_shared_field_is_a_shared_context(analyzer):
    report = analyzer.analyze(
        "Hi Omar, we were both in marketing at Unilever around 2015 - I was on the Dove launch. "
        "Good to reconnect."
    )
    assert "SPC102" in report.all_codes()
    assert report.label == "personalized", report.reason


def test_a_place_after_a_group_pointed_at_is_a_shared_context(analyzer):
    report = analyzer.analyze(
        "Hi Omar, we both volunteer at the food bank in Leith - I run the Tuesday van. Would be good "
        "to stay in touch."
    )
    assert "SPC102" in report.all_codes()
    assert report.label == "personalized", report.reason


def test_a_named_alumni_tie_between_two_is_a_shared_context(analyzer):
    report = analyzer.analyze(
        "Hi Omar, fellow Brandeis alum here - I took over the radio show you started in 2014. Would "
        "love to hear how you got into podcasting."
    )
    assert "SPC102" in report.all_codes()
    assert report.label == "personalized", report.reason


def test_an_alumni_tie_with_the_school_named_is_a_shared_context(analyzer):
    report = analyzer.analyze(
        "Hi Omar, we're both alumni of Hillcrest College - I was two years behind you in the debating "
        "society. Would love to hear how you got into shipping law."
    )
    assert "SPC102" in report.all_codes()
    assert report.label == "personalized", report.reason


def test_a_city_with_an_occasion_after_it_is_a_shared_context(analyzer):
    report = analyzer.analyze(
        "Hi Omar, we were both in Lisbon for Web Summit - I was the one asking about ferry apps at "
        "your table. Would love to keep talking."
    )
    assert "SPC102" in report.all_codes()
    assert report.label == "personalized", report.reason


def test_the_sender_named_as_one_of_a_group_is_a_shared_context(analyzer):
    report = analyzer.analyze(
        "hi omar its priya from the thursday pottery class at Clay Studio, didnt know you were a vet! "
        "would love to ask about your job sometime"
    )
    assert "SPC102" in report.all_codes()
    assert report.label == "personalized", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Hi Omar, we're both parents at Riverside Primary - I think our girls are in the same class!",
        "Hi Omar, we're both members of the Leeds Rotary Club. See you at Thursday's lunch!",
        "Hi Omar, we met at the World Economic Forum in Davos - you told me about your water project.",
        "Hi Omar, we were on the same Oxfam fundraising team in 2019! Hope you're well.",
        "Hi Omar, we both ran the Edinburgh Marathon in May - you passed me at mile 20!",
    ],
)
def test_a_kind_of_person_in_one_named_place_is_a_shared_context(analyzer, text):
    report = analyzer.analyze(text)
    assert "SPC102" in report.all_codes()
    assert report.label == "personalized", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Hi Tariq, I see you're also a Warwick alum (2008)! I hear you ran the rowing club after I left.",
        "Hello Ines, saw you're an INSEAD alumna too - class of 2019 like me, though we never met.",
    ],
)
def test_a_school_named_right_before_alum_with_the_year_is_a_shared_context(analyzer, text):
    report = analyzer.analyze(text)
    assert "SPC102" in report.all_codes()
    assert report.label == "personalized", report.reason


def test_a_school_named_right_before_alum_with_a_reason_of_the_notes_own_is_personal(analyzer):
    # The school alone is a tie to its thousands of alumni (test_generic_ties.py); the question
    # about their move is the note's own.
    report = analyzer.analyze(
        "Hi Tariq, I see you're also a Warwick alum! I'm now in water policy and would love to hear "
        "how you moved into it."
    )
    assert "SPC105" in report.all_codes()
    assert report.label == "personalized", report.reason


def test_a_school_named_right_before_alum_with_nothing_else_fits_its_alumni(analyzer):
    report = analyzer.analyze("Hello Ines, saw you're an INSEAD alumna too. Glad to meet another alum.")
    assert "SPC102" not in report.all_codes()
    assert report.label == "default", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Hi Bruno, I noticed you're connected to Helen Park - she and I ran the cold-chain pilot "
        "together. Would be good to connect.",
        "Hi Saoirse, we both know Declan Byrne from the harbour project. He said you're the person "
        "to ask about tidal surveys.",
    ],
)
def test_a_mutual_contact_named_is_a_shared_context(analyzer, text):
    report = analyzer.analyze(text)
    assert "SPC102" in report.all_codes()
    assert report.label == "personalized", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Hi Bruno, I noticed you're connected to many people in logistics. Let's connect!",
        "Hi Bruno, you know Excel better than anyone, I bet. Happy to connect.",
        "Hi Bruno, we're both based in the Bay Area. Let's connect!",
        "Hi Bruno, we are both living in the Netherlands, so I thought we should connect.",
    ],
)
def test_nobody_named_or_a_region_is_not(analyzer, text):
    report = analyzer.analyze(text)
    assert "SPC102" not in report.all_codes()
    assert report.label == "default", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Hi Tariq, Lena Vogt suggested we connect - she thinks our two teams are solving the same "
        "cold-start problem.",
        "Hi Tariq, Femi and I were discussing warehouse slotting last week and your name came up twice.",
        "Hi Tariq, Joanna Bell thought we should talk about the tram depot survey before spring.",
    ],
)
def test_a_contact_named_before_what_they_did_is_a_shared_context(analyzer, text):
    report = analyzer.analyze(text)
    assert "SPC102" in report.all_codes()
    assert report.label == "personalized", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Hi Tariq, LinkedIn suggested we connect. Happy to!",
        "Hi Tariq, Google suggested we connect!",
        "Hi Tariq, the algorithm suggested we connect, so here I am.",
        "Hi Tariq, my team and I were discussing who to follow in logistics. Let's connect!",
    ],
)
def test_a_suggestion_from_nobody_named_is_not(analyzer, text):
    report = analyzer.analyze(text)
    assert "SPC102" not in report.all_codes()
    assert report.label == "default", report.reason


def test_a_field_with_a_long_name_still_fits_anyone(analyzer):
    report = analyzer.analyze(
        "Hey Omar, I noticed we both work in the Talent/Employee Experience field together. Let's connect."
    )
    assert "SPC102" not in report.all_codes()
    assert report.label == "default", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Hi Dr. Ojo, I was your student in the 2016 hydrology module at Ibadan. I still use your flood maps!",
        "Hi Femi, I worked under you on the Lekki bridge inspections in 2019. I'm now chartered!",
        "Hi Femi, you were the trainer who ran our forklift course at the Tilbury depot. I passed!",
        "Salut Léo, on a fait notre service civique ensemble à Marseille en 2018 ! Content de te revoir.",
    ],
)
def test_i_was_your_student_and_worked_under_you_are_a_shared_past(analyzer, text):
    report = analyzer.analyze(text)
    assert "SPC102" in report.all_codes(), report.reason
    assert report.label == "personalized", report.reason


@pytest.mark.parametrize(
    "text",
    [
        # Who the sender was to them.
        "Hi Sol, you'll remember me as your old neighbour on Park Lane! How is the new house?",
        "Ciao Sol, da vecchi colleghi della Barilla, complimenti per la nuova sfida!",
        "Ciao Sol, ex compagni di classe al liceo Volta! Ho visto la tua mostra a Como, bellissima.",
        # A guess with its occasion named, a meeting recalled, what two used to do, a trip recalled,
        # families who are friends.
        "Hi Sol, I think we met at PyCon Lisbon - your talk on async queues was great.",
        "Bonjour Sol, suite à notre rencontre au club d'échecs, voici le livre dont je parlais.",
        "Hi Sol, we were on the same Camino walk in 2019 - I still use the blister trick you taught me.",
        "Ciao Sol, lavoravamo insieme al bar in piazza! Ho visto che hai aperto un ristorante, bravo.",
        "Hi Sol, remember the Year 9 camping trip to Wales? I found our photos in the loft!",
        "Hi Sol, our kids are friends from swimming club - fancy a coffee after Saturday's lesson?",
        # Told casually: lower case, no "the", in another language.
        "hiya kate, it's amy from pottery class on weds 🏺 how did ur vase come out of the kiln?",
        "Hi Ravi, we were in the same pilates class at the leisure centre for a year!",
        "Hi Lou, we painted the scout hut together last spring. Fancy doing the fence in May?",
        "Salut Inès, on était dans la même coloc à Lille en 2017 ! Trop contente de te retrouver.",
        # A "maybe" after the claim is a suggestion, not a guess.
        "Hi Sol, we met at the meetup, perhaps we could grab a coffee next week?",
    ],
)
def test_a_tie_told_with_what_it_was_is_a_shared_context(analyzer, text):
    report = analyzer.analyze(text)
    assert "SPC102" in report.all_codes()
    assert report.label == "personalized", report.reason


@pytest.mark.parametrize(
    "text",
    [
        # An alumni tie with no school, a community as big as the platform.
        "Hi Sol, fellow alum here! Let's connect.",
        "Hi Sol, we're part of the same big professional community. Let's connect.",
        # A past guessed at, or a kind of person both are.
        "Hi Sol, I think we were at the same school? Let's connect.",
        "Olá Sol, acho que já nos conhecemos de algum lado. Vamos conectar?",
        "Hi Sol, we're both parents, let's connect!",
        "Hi Sol, we're both dog owners! Connect?",
        "Hi Sol, we're both volunteers, let's connect!",
        "Hi Sol, we are in the same age group and both like running.",
        # Nostalgia and a figure of speech that fit anyone.
        "Hi Sol, remember the days before smartphones? Let's connect!",
        "Hi Sol, we're on the same road to success! Let's connect.",
    ],
)
def test_a_tie_that_fits_anyone_or_is_guessed_is_no_shared_context(analyzer, text):
    report = analyzer.analyze(text)
    assert "SPC102" not in report.all_codes()
    assert report.label == "default", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Hi Sol, we rowed together at uni! I'm now an insurance broker - can I look at your home cover?",
        "Hola Sol, ¡íbamos juntas a natación! Ahora soy corredora de seguros, ¿te hago un presupuesto?",
    ],
)
def test_an_old_tie_then_a_selling_trade_is_a_pitch(analyzer, text):
    report = analyzer.analyze(text)
    assert "PIT003" in report.all_codes()
    assert report.label == "sales", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Hi Sol, we rowed together at uni! I'm now a physio in Leeds - still rowing?",
        # Titles that other jobs share: a hospital consultant, a police officer, a union rep, a
        # graduate who joined a consultancy.
        "Hi Sol, I'm now a consultant at the hospital where you trained me - thank you!",
        "Hola Sol, ahora soy agente de policía en Madrid, ¡gracias por tu consejo de hace años!",
        "Hi Sol, we were on the same shift at the depot. I'm now a union rep there - say hi sometime!",
        "Hi Sol, I've just joined a consultancy in Leeds as a graduate and your advice at uni helped.",
        # A field without a selling title: a sales manager, a financial controller, a student rep.
        "Hi Sol, I'm now a sales manager at Oracle - would love to stay in touch!",
        "Hi Sol, I'm now a financial controller at Unilever, thanks to your advice back then.",
        "Hallo Sol, ich bin jetzt Vertreterin der Studierenden im Senat - danke für deine Hilfe!",
    ],
)
def test_an_old_tie_then_a_trade_that_sells_nothing_stays_personal(analyzer, text):
    report = analyzer.analyze(text)
    spans = [text[f.start : f.end].lower() for f in report.findings if f.code.startswith("PIT")]
    assert not any(span.startswith(("i'm now", "ahora soy", "ich bin jetzt", "i've just")) for span in spans)
    assert report.label != "sales", report.reason


@pytest.mark.parametrize(
    "text",
    [
        # With the year: a school alone is a tie to its thousands of alumni (test_generic_ties.py).
        "Hi Sam, we both graduated from Boston College in 2014. Would love to connect!",
        "Hi Sam, I noticed we both graduated from Ohio State University in 2016 and work in marketing. "
        "I'd love to connect.",
    ],
)
def test_a_school_both_graduated_from_is_no_city_that_fits_anyone(analyzer, text):
    report = analyzer.analyze(text)
    assert "SPC102" in report.all_codes()
    assert report.label == "personalized", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Hi Pam, we went to Ashcombe Primary together - I still have the class photo from the nativity!",
        "Hi Pam, we went to sixth form together! So good to see you running your own studio now.",
        "Hi Pam, we spent a summer picking strawberries together in Kent. How are you these days?",
        # "Together" a dozen words on, in the same clause.
        "Hi Pam, we painted the scenery for the Whitby lifeboat-day pantomime in the church hall together.",
        # "You and I", then what the two did.
        "Hi Pam, you and I rebuilt the dry-stone wall behind the Malham youth hostel one wet June.",
    ],
)
def test_somewhere_two_went_or_a_time_they_spent_together_is_a_shared_past(analyzer, text):
    report = analyzer.analyze(text)
    assert "SPC102" in report.all_codes()
    assert report.label == "personalized", report.reason


@pytest.mark.parametrize(
    "text",
    [
        # A wish or a plan in the past is a proposal, not a past.
        "Hi Pam, we wanted to explore working together on your spring catalogue.",
        "Hi Pam, we hoped we could team up together on the next trade show.",
        "Hi Pam, we went ahead and thought we could grow together. Let's connect!",
        # "You and I" with a wish or a likeness, not a past.
        "Hi Pam, you and I should talk about your spring catalogue.",
        "Hi Pam, you and I have a lot in common in retail design.",
    ],
)
def test_a_wish_to_work_together_told_in_the_past_is_no_shared_past(analyzer, text):
    report = analyzer.analyze(text)
    assert "SPC102" not in report.all_codes()
    assert report.label != "personalized", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Hi Pam, as we are both in the design industy I thought I'd reach out. Let's connect!",
        "Hi Pam, we're both in the events indsutry, would be great to connect.",
    ],
)
def test_a_field_word_one_typo_away_still_fits_anyone(analyzer, text):
    report = analyzer.analyze(text)
    assert "SPC102" not in report.all_codes()
    assert report.label == "default", report.reason


def test_something_the_senders_side_did_together_is_no_shared_past(analyzer):
    report = analyzer.analyze("Hi Pam, we read your audit together with our trustees last night.")
    assert not [s for s in report.signals if s["code"] == "SPC102"]


@pytest.mark.parametrize(
    "text",
    [
        "Hi Pam, we put together a short guide on cold-chain audits for small grocers. Want a copy?",
        "Hi Pam, we pulled the benchmark figures together from 40 clinics like yours.",
    ],
)
def test_something_assembled_together_is_no_shared_past(analyzer, text):
    report = analyzer.analyze(text)
    assert not [s for s in report.signals if s["code"] == "SPC102"]
    assert report.label != "personalized", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Hi Bruno, we're both in the Exeter area and both in accounting - let's connect!",
        "Hi Bruno, noticed we're both based in the greater Glasgow area. Happy to connect.",
        # Typed in lower case: the city's name is one word before "area".
        "hi bruno, we're both in the exeter area and both in accounting - let's connect!",
    ],
)
def test_the_area_around_a_city_fits_anyone(analyzer, text):
    report = analyzer.analyze(text)
    assert "SPC102" not in report.all_codes()
    assert report.label == "default", report.reason


def test_one_group_named_after_the_is_still_a_shared_context(analyzer):
    report = analyzer.analyze(
        "Hi Bruno, we're both in the Exeter Chamber Choir - your tenor solo was lovely!"
    )
    assert "SPC102" in report.all_codes()


@pytest.mark.parametrize(
    "text",
    [
        "Hi Bruno, remember me? Would be great to reconnect!",
        "Hi Bruno, it's been ages! Let's catch up.",
        # The sender's own name in a sign-off names nothing both share.
        "Hi Bruno, remember me? Would be great to reconnect!\n\nBest,\nTom Baker",
    ],
)
def test_a_past_only_hinted_at_with_nothing_named_fits_anyone(analyzer, text):
    report = analyzer.analyze(text)
    assert "SPC102" not in report.all_codes()
    assert report.label == "default", report.reason


def test_a_past_hinted_at_with_something_named_stays(analyzer):
    report = analyzer.analyze("Hi Bruno, long time since the Arup graduate scheme! Would love to reconnect.")
    assert "SPC102" in report.all_codes()
    assert report.label == "personalized", report.reason


def test_a_shared_moment_in_a_waiting_area_is_still_a_shared_context(analyzer):
    report = analyzer.analyze(
        "Hi Bruno, we were both in the waiting area at the Exeter maternity unit the night our girls "
        "were born!"
    )
    assert "SPC102" in report.all_codes()
