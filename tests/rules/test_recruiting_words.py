"""A recruiting blast as it is often worded, a job seeker's own words, and a role on the
recipient's team. Every note here was written for these tests."""

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "Hi Dev, we have an urgent requirement for a Java developer in Pune. Please share your "
        "updated resume and expected CTC.",
        # A headhunter asking for the CV, to put the recipient forward.
        "Hi Raj, I headhunt data engineers for London banks. Send me your CV and I'll put you forward.",
    ],
)
def test_a_requirement_and_a_resume_request_are_a_blast(analyzer, text):
    report = analyzer.analyze(text)
    assert "PIT007" in report.all_codes()
    assert report.label == "sales", report.reason


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (
            "Hi, I'm a nurse with a two-month notice period, looking for roles in Leeds. Let's connect.",
            "PIT007",
        ),
        # That they are hiring is on the job board for everyone; the note fits every recruiter there.
        (
            "Hi Kemi, I noticed you're hiring for a Backend Engineer at Monzo. I have 5 years of Go and "
            "am very interested in opportunities at Monzo. I'd love to connect and learn more about "
            "your team!",
            "SPC107",
        ),
    ],
)
def test_a_job_seekers_generic_note_is_neither_a_blast_nor_about_their_role(analyzer, text, code):
    report = analyzer.analyze(text)
    assert code not in report.all_codes()
    assert report.label == "default", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Hi Priya, I'm applying for the data analyst role on your team and would love to ask one "
        "question about the interview process. Thanks!",
        "Hi Ruth, I'm exploring a move into product design, and your path from nursing to UX "
        "research at the NHS is exactly the one I hope to take. Could I ask two questions?",
    ],
)
def test_a_role_or_a_move_of_theirs_with_a_question_is_personal(analyzer, text):
    report = analyzer.analyze(text)
    assert "SPC107" in report.all_codes()
    assert report.label == "personalized", report.reason


def test_a_job_seeker_offering_their_own_cv_is_not(analyzer):
    report = analyzer.analyze(
        "Hi Raj, I'm a data engineer looking for my next role in London. Could I send you my CV?"
    )
    assert "PIT007" not in report.all_codes()


def test_a_role_offered_as_a_question_is_a_blast_only_when_nothing_else_is_specific(analyzer):
    blast = analyzer.analyze(
        "Hi Sol, I came across your profile and was impressed by your Terraform experience. Would you "
        "be interested in discussing a Cloud Engineer role at Northgate?"
    )
    assert blast.label == "sales", blast.reason
    assert "PIT007" in blast.decided_by
    one_to_one = analyzer.analyze(
        "Hi Sol, I read your write-up on cutting Terraform plan times at Ocado. Would you be interested "
        "in discussing a platform role on my team at Northgate? No worries if not."
    )
    assert one_to_one.label == "personalized", one_to_one.reason


@pytest.mark.parametrize(
    "text",
    [
        "Hi Sol, I'm Dara, co-founder of Fernway. We're looking for account executives and it would be "
        "great to chat over a virtual coffee.",
        "Hi Sol, we are recruiting field technicians across the Midlands - let's connect!",
    ],
)
def test_staff_sought_in_the_plural_from_a_stranger_is_a_blast(analyzer, text):
    report = analyzer.analyze(text)
    assert report.label == "sales", report.reason
    assert "PIT007" in report.decided_by


@pytest.mark.parametrize(
    "text",
    [
        "Hi Ana, recruiter at Brightpath here. I've got 4 roles that fit your profile, let's talk!",
        "Hello, I have an exciting opportunity that matches your background in logistics. Shall we connect?",
        "Hey Jo, we have positions suited to your skill set at two fintechs in Leeds.",
    ],
)
def test_jobs_said_to_fit_the_recipients_profile_are_a_blast(analyzer, text):
    report = analyzer.analyze(text)
    assert report.label == "sales", report.reason
    assert "PIT007" in report.all_codes()


@pytest.mark.parametrize(
    "text",
    [
        # A job seeker's own search.
        "Hi Raj, I'm a data engineer looking for roles that match my background in streaming. Could I ask "
        "you one question about the team at Monzo?",
        "Hi Raj, I'm looking for positions that fit your company's mission - any tips for a career changer?",
        # A reference offered, not a role.
        "Hi Ines, I'd gladly be a referee for any roles that suit your skills. Congrats on finishing "
        "the MBA!",
    ],
)
def test_roles_that_are_not_offered_are_not_a_blast(analyzer, text):
    assert "PIT007" not in analyzer.analyze(text).all_codes()


def test_a_role_fitting_their_named_work_stays_one_to_one(analyzer):
    report = analyzer.analyze(
        "Hi Sol, I read your write-up on cutting Terraform plan times at Ocado. We have one platform role "
        "that matches your experience with exactly that. Open to hearing about it? No worries if not."
    )
    assert "PIT007" in report.all_codes()
    assert report.label == "personalized", report.reason


def test_a_role_matched_to_the_profile_alone_is_a_blast(analyzer):
    report = analyzer.analyze(
        "Hi Dana, I saw on your profile that you have 6 years in logistics. My company is looking for a "
        "Warehouse Manager and your background seems like a strong match. Interested in hearing more?"
    )
    assert "PIT007" in report.all_codes()
    assert report.label == "sales", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Hi Aoife, we played each other in the under-12 final on Saturday. Great match, and well done to "
        "your team!",
        "Hi Ravi, your experience at the match on Sunday sounded rough - hope the ankle is better! Good to "
        "meet you at the club.",
    ],
)
def test_a_match_that_is_a_game_is_not_a_blast(analyzer, text):
    assert "PIT007" not in analyzer.analyze(text).all_codes()


@pytest.mark.parametrize(
    "text",
    [
        "Hi Giulia, I'm a final-year student. Who handles sustainability at your company? I'd love to "
        "interview them for my thesis.",
        "Hi Giulia, I'm a recent graduate - who is responsible for graduate training at your firm? Any tips "
        "on applying would help.",
    ],
)
def test_a_student_asking_who_handles_something_is_not_looking_for_a_buyer(analyzer, text):
    report = analyzer.analyze(text)
    assert "PIT015" not in report.all_codes()
    assert report.label != "sales", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Hi Jonas, we're hiring a platform engineer in Leipzig, 100% remote possible. Interested?",
        "Hallo Jonas, wir suchen eine Entwicklerin in Leipzig, 80 % Teilzeit, gern auch 100 % Homeoffice.",
        "Hola Jonás, buscamos una diseñadora para Sevilla, 100% remoto. ¿Te interesa?",
    ],
)
def test_how_a_job_is_worked_is_no_promised_outcome(analyzer, text):
    assert "PIT010" not in analyzer.analyze(text).all_codes()


@pytest.mark.parametrize(
    ("text", "blast"),
    [
        # The sender's own fit: a job seeker's.
        (
            "Hi Tom, I saw the data analyst opening at Stripe. My experience with SQL and Looker makes me a "
            "great fit for the role. Would love to connect!",
            False,
        ),
        (
            "Hi Tom, I applied for the Product Designer role at Figma. I believe my skills would be a great "
            "fit for your team. Would love to connect.",
            False,
        ),
        (
            "Hi Tom, I'm a backend engineer and noticed the Go developer role at Monzo. My background in "
            "payments seems like a perfect fit. Happy to connect!",
            False,
        ),
        # The recipient's fit: a recruiter's, also when "my client" comes first.
        ("Hi Tom, I think your experience would be a great fit for our Platform team. Interested?", True),
        ("Hi Tom, your background seems like a great fit for a Senior Go role we're hiring for.", True),
        ("Hi Tom, my client has a Senior Go role that would be a great fit for you. Open to a chat?", True),
    ],
)
def test_whose_fit_it_is_decides_a_blast(analyzer, text, blast):
    report = analyzer.analyze(text)
    assert ("PIT007" in report.all_codes()) is blast
    assert report.label == ("sales" if blast else "default"), report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Hi Sol, I'm Head of People at Larkspur Games. We're looking for a senior technical artist and "
        "it would be great to chat over a virtual coffee.",
        "Hi Sol, we are seeking a Head of Operations for a scale-up in Bristol. Open to a quick call?",
        "Hi Sol, I'm recruiting for a Lead Data Scientist at a Series B healthtech. Let's connect!",
    ],
)
def test_one_role_with_its_rank_sought_from_a_stranger_is_a_blast(analyzer, text):
    report = analyzer.analyze(text)
    assert "PIT007" in report.all_codes()
    assert report.label == "sales", report.reason


def test_one_role_with_its_rank_and_their_work_named_stays_personal(analyzer):
    # The role and the chat about it are one ask, which PIT007 weighs alone.
    report = analyzer.analyze(
        "Hi Sol, your GDC talk on baking lightmaps for mobile was brilliant. We're looking for a senior "
        "technical artist for exactly that problem - would you be open to a chat? No worries if not."
    )
    assert "PIT007" in report.all_codes()
    assert "PIT001" not in report.all_codes()
    assert report.label == "personalized", report.reason


@pytest.mark.parametrize(
    "text",
    [
        # A job seeker's own search, and a role with no rank that anyone may need once.
        "Hi Sol, I'm looking for a senior role in games QA and saw you lead the test team at Larkspur.",
        "Hi Sol, we're looking for a photographer for our allotment society's calendar - any tips?",
    ],
)
def test_a_job_seekers_search_or_a_one_off_need_is_no_blast(analyzer, text):
    assert "PIT007" not in analyzer.analyze(text).all_codes()


@pytest.mark.parametrize(
    "text",
    [
        "Hi Sol, we're looking for a senior game designer to speak on our careers panel in June.",
        "Hi Sol, we are looking for a lead sponsor for the Bristol indie games night.",
    ],
)
def test_a_speaker_or_a_backer_sought_is_no_recruiting(analyzer, text):
    assert "PIT007" not in analyzer.analyze(text).all_codes()


def test_a_job_seeker_asking_for_referrals_is_not_proposing_business(analyzer):
    report = analyzer.analyze(
        "Hi Raj, I'm between roles after a restructure. Any referrals for product operations "
        "positions would mean a lot."
    )
    assert "PIT015" not in report.all_codes()
    assert report.label == "default", report.reason


def test_a_seller_asking_for_referrals_still_is(analyzer):
    report = analyzer.analyze(
        "Hi Raj, we fit solar panels across Cheshire - any referrals are rewarded with £100!"
    )
    assert report.label == "sales", report.reason


def test_i_am_hiring_one_role_with_its_rank_is_the_same_ask_as_we_are(analyzer):
    blast = analyzer.analyze(
        "Hi Sol, I'm hiring a senior pharmacist for a clinic group in Leeds. Open to a quick call?"
    )
    assert "PIT007" in blast.all_codes()
    assert blast.label == "sales", blast.reason
    one_to_one = analyzer.analyze(
        "Hi Sol, I'm hiring a senior pharmacist at St Mary's and your paper on deprescribing in care homes "
        "is exactly our focus. Would you be open to a chat? No pressure at all."
    )
    assert "PIT001" not in one_to_one.all_codes()
    assert one_to_one.label == "personalized", one_to_one.reason


@pytest.mark.parametrize(
    "text",
    [
        "Hi Ruth, I know you may not be hiring planners right now, but I wanted to get on your radar. I'm a "
        "supply planner with eight years in FMCG. If you're ever looking for someone with my background, "
        "I'd love to be considered. Happy to send over my resume.",
        "Dear Ms Achebe, I am an experienced site engineer and I am currently exploring new opportunities. "
        "I would be grateful to be considered for any suitable openings in your organisation.",
    ],
)
def test_a_job_seeker_putting_themselves_forward_is_not_selling_or_recruiting(analyzer, text):
    report = analyzer.analyze(text)
    assert {"PIT007", "PIT008", "PIT012"}.isdisjoint(report.all_codes())
    assert "PIT018" in report.all_codes()
    assert report.label == "default", report.reason


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Hi Ruth, I wanted to put our route-planning app on your radar. Worth a look?", "PIT008"),
        ("Hi Ruth, if you're ever looking for a courier partner in Leeds, give us a shout.", "PIT012"),
        ("Hi Ruth, we have several suitable openings for planners. Send me your CV.", "PIT007"),
    ],
)
def test_the_same_words_from_a_seller_or_a_recruiter_still_count(analyzer, text, code):
    assert code in analyzer.analyze(text).all_codes()


@pytest.mark.parametrize(
    "text",
    [
        "Hi Sam, we're hiring a Staff Engineer for our payments platform, fully remote. Are you open "
        "to a chat this week?",
        "Hello Ines, we are looking for a founding designer in Porto. Happy to share the details.",
        "Hi Ruth, we're seeking a VP of Operations for a logistics scale-up in Rotterdam.",
    ],
)
def test_a_role_with_its_rank_in_a_startups_words_is_recruiting(analyzer, text):
    report = analyzer.analyze(text)
    assert "PIT007" in report.all_codes()
    assert report.label == "sales", report.reason


def test_a_staff_member_wanted_for_a_one_off_shift_is_not(analyzer):
    report = analyzer.analyze(
        "Hi Jo, we need a staff member to cover the front desk at our charity shop on Saturdays. Any "
        "chance you know someone from the volunteering fair?"
    )
    assert "PIT007" not in report.all_codes()


@pytest.mark.parametrize(
    "text",
    [
        # Whether they will move, asked of them.
        "Hello Dev, I found your profile and wondered if you might be on the job market this spring. "
        "Our client is a payments firm in Leeds.",
        # The role offered as a question to the recipient.
        "Hi Ola, I lead hiring at a fintech in Oslo and we have a new Data Platform role. Would you be "
        "interested to learn more about the role?",
        # Work with the sender's team, offered to a stranger.
        "Hi Ken, we are expanding in Ohio and need ambitious people to work with us on a part-time basis "
        "from home.",
        # Their profile said to fit a role, and the pay held out, in Spanish.
        "Hola Inés, soy reclutadora en una multinacional. Tu experiencia es ideal para un puesto remoto "
        "con un buen paquete salarial. ¿Hablamos?",
    ],
)
def test_a_stranger_offering_a_job_in_other_words_is_recruiting(analyzer, text):
    report = analyzer.analyze(text)
    assert "PIT007" in report.all_codes()
    assert report.label == "sales", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Hi Ana, I'd be interested to learn more about the role you posted on the data team. Could I ask "
        "one question about the take-home task?",
        "Hola Marta, creo que soy ideal para un puesto en tu equipo de datos. ¿Podría hacerte dos preguntas "
        "sobre el proceso?",
        "Hi Jo, loved volunteering with you at the food bank! Could you help with us part-time at the "
        "Saturday market stall?",
        "Hi Tom, I'm on the job market after six years at Shopify, and your post on hiring loops helped "
        "me a lot.",
    ],
)
def test_a_job_seeker_or_a_volunteer_in_those_words_is_not(analyzer, text):
    assert "PIT007" not in analyzer.analyze(text).all_codes()


def test_a_whatsapp_number_asked_for_in_spanish_is_a_contact_request(analyzer):
    report = analyzer.analyze(
        "¡Hola! Nuestra empresa revisó tu perfil. Déjame tu número de WhatsApp para enviarte la oferta."
    )
    assert "PIT014" in report.all_codes()


@pytest.mark.parametrize(
    "text",
    [
        "Hi Oskar, I saw your profile as a Site Reliability Engineer at Zalando and thought you'd be "
        "perfect for a Platform Lead role at Fjordware in Oslo.",
        "Hi Oskar, I noticed your payroll experience and thought you may be interested in a Payroll "
        "Manager position at Fjordware.",
        "Hi Oskar, your skills in Terraform and AWS align closely with our needs at Fjordware.",
        "Hi Oskar, your background in clinical coding is exactly what we're looking for this spring.",
    ],
)
def test_a_role_or_a_need_said_to_suit_their_profile_is_a_blast(analyzer, text):
    report = analyzer.analyze(text)
    assert "PIT007" in report.all_codes(), report.all_codes()
    assert report.label == "sales", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Hi Oskar, you'd be perfect for the panel on incident reviews we're running in May - will you speak?",
        "Hi Oskar, I think you might be interested in a talk Ines is giving on chaos testing next week.",
        "My experience in clinical coding is exactly what your team described in the post, so I applied.",
    ],
)
def test_a_talk_a_panel_or_the_senders_own_fit_is_no_role_held_out(analyzer, text):
    assert "PIT007" not in analyzer.analyze(text).all_codes()


@pytest.mark.parametrize(
    "text",
    [
        # Their work named, but not the role: the corpus keeps a recruiter's note personal only
        # with both.
        "Hi Wanjiru, I was impressed by your work on the M-Pesa reconciliation service at Safaricom. "
        "Would you be open to discussing an exciting opportunity at our company?",
        "Hi Wanjiru, your talk on settlement risk at Money20/20 was brilliant. I'd love to tell you about a "
        "unique opportunity with my client in Nairobi.",
        "Hola Wanjiru, vi tu charla sobre pagos móviles en Nairobi. Tengo una oportunidad interesante "
        "para ti, ¿hablamos?",
    ],
)
def test_an_unnamed_opportunity_is_a_blast_however_personal(analyzer, text):
    report = analyzer.analyze(text)
    assert "PIT019" in report.all_codes(), report.all_codes()
    assert report.label == "sales", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Hi Wanjiru, congratulations on the move to Safaricom's payments team, what an exciting opportunity!",
        "Hi Wanjiru, I'm a final-year student and I have an amazing opportunity coming up at KCB; how did "
        "you prepare for their assessment day?",
        "Hi Wanjiru, we met at the Nairobi fintech breakfast - I wanted to share an interesting "
        "opportunity I came across: the Data Lab's mentoring scheme opens next week.",
        "Hi Wanjiru, I read your post on settlement risk and would love to discuss an exciting "
        "opportunity for a Staff Engineer on our payments team.",
    ],
)
def test_a_named_role_a_cheered_move_or_the_senders_own_opportunity_is_none(analyzer, text):
    report = analyzer.analyze(text)
    assert "PIT019" not in report.all_codes(), report.all_codes()
    assert report.label != "sales", report.reason


def test_a_question_about_the_role_named_before_it_is_one_ask(analyzer):
    # Their work and one role, with room to decline: a recruiter's one-to-one note, personal by the
    # corpus's guidelines, whose "would you like to hear about it?" asks about that role.
    text = (
        "Hi Wanjiru, I read your write-up on batching M-Pesa callbacks. We're hiring a Senior Backend "
        "Engineer to build the same thing at Kestrel Pay - no pressure, but would you like to hear about it?"
    )
    report = analyzer.analyze(text)
    assert "PIT013" not in report.all_codes(), report.all_codes()
    assert report.label == "personalized", report.reason


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Bonjour Nadia, j'aimerais discuter d'une opportunité avec vous cette semaine.", "PIT019"),
        ("Olá Nadia, gostaria de falar sobre uma oportunidade. Tem dez minutos?", "PIT019"),
        (
            "Oi Nadia, tudo bem? Aqui é o Rui, da Talentos RH. Gostaria de entender seu momento "
            "profissional.",
            "PIT007",
        ),
    ],
)
def test_an_unnamed_opportunity_or_their_career_moment_asked_is_recruiting(analyzer, text, code):
    report = analyzer.analyze(text)
    assert code in report.all_codes(), report.all_codes()
    assert report.label == "sales", report.reason


def test_an_internship_named_in_french_is_no_blank_offer(analyzer):
    report = analyzer.analyze(
        "Bonjour Nadia, je suis en master à Lyon et je cherche un stage en traduction juridique. Auriez-vous "
        "quelques conseils ?"
    )
    assert "PIT019" not in report.all_codes(), report.all_codes()


@pytest.mark.parametrize(
    "text",
    [
        "Hola Nadia, vi tu perfil y me gustaría conversar sobre una oportunidad laboral.",
        "Hi Nadia, I saw your profile and would like to talk about a job opportunity.",
        "Hola de nuevo Nadia, retomo contacto por la vacante de analista en Lima. Si te interesa, "
        "coordinamos una llamada breve.",
    ],
)
def test_a_job_to_talk_over_or_a_call_about_a_vacancy_is_recruiting(analyzer, text):
    report = analyzer.analyze(text)
    assert report.label == "sales", report.reason


@pytest.mark.parametrize(
    "text",
    [
        # One search, as a headhunter runs it.
        "Hi Femi, I'm leading a confidential CFO search for a Lagos fintech and your background came up. "
        "Free for a quick call?",
        "Hello Ines, we've been given a retained search for a Head of Nursing in Porto. Could we talk?",
        # The pay held out with the role.
        "Hi Sam, following up on the night-shift opening - happy to send details on schedule and comp.",
    ],
)
def test_a_single_search_and_its_pay_are_a_recruiters_offer(analyzer, text):
    report = analyzer.analyze(text)
    assert "PIT007" in report.all_codes(), report.all_codes()
    assert report.label == "sales", report.reason


def test_a_students_literature_search_is_no_recruiters_search(analyzer):
    report = analyzer.analyze(
        "Hi Dr Mensah, I'm a master's student running a systematic literature search on malaria "
        "vaccines and your 2021 review keeps coming up. Could I ask how you chose your databases?"
    )
    assert "PIT007" not in report.all_codes(), report.all_codes()


@pytest.mark.parametrize(
    "text",
    [
        "Remote marketing internship at our seed-stage startup. Stipend provided. Apply by Friday.",
        "Data entry interns wanted for our team. Stipend of 8,000 per month. WhatsApp us.",
    ],
)
def test_a_stipend_held_out_with_the_role_is_a_recruiting_blast(analyzer, text):
    report = analyzer.analyze(text)
    assert "PIT007" in report.all_codes(), report.all_codes()
    assert report.label == "sales", report.reason


@pytest.mark.parametrize(
    "text",
    [
        # A recruiter's mandate, one of several.
        "Hi Ines, your work in oncology nursing at St Mary's came up for a Clinical Nurse Lead "
        "opportunity I'm working on. Open to a chat?",
        # Their profile held against the sender's hiring.
        "Tom, your six years of warehouse management line up well with what we're hiring for. "
        "Happy to share more.",
        # Their record, said to fit.
        "Hi Aoife, your 12-year track record is a great match for a plant manager post. Interested?",
        # A role of the sender's side, said to fit them, or held open.
        "Hey Sunil! We've got a Site Reliability opening that looks like a strong match. Keen to hear more?",
        "Hi Marta, we're growing the pharmacy team and have a Dispensary Manager role open. Fancy a chat?",
    ],
)
def test_a_role_fitted_to_a_profile_or_held_open_is_recruiting(analyzer, text):
    report = analyzer.analyze(text)
    assert "PIT007" in report.all_codes()
    assert report.label == "sales", report.reason


@pytest.mark.parametrize(
    "text",
    [
        # The sender's own find, with their own fit.
        "Hi Gemma, I found a role at your firm that looks like a great match for me. Could I ask you "
        "two questions about the team?",
        # Their own hiring, told by the one who was hired.
        "Hi Leo, I read your post on what you're hiring for in junior analysts and it changed how I "
        "wrote my CV. Thank you!",
        # A question asked about a role, not one held open.
        "Hi Ana, I have a question about the opening of the new ward at Northfield next month.",
    ],
)
def test_a_job_seekers_own_match_or_a_question_is_no_role_offered(analyzer, text):
    assert "PIT007" not in analyzer.analyze(text).all_codes()


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Hello Dana, we staff trade fairs with hosts. Can I add you to our Dutch-speaking pool?", True),
        (
            "Hi Dana, a bakery in Bristol wants a part-time bookkeeper. Can I send you the job description?",
            True,
        ),
        ("hey dana, we're short on Welsh captioners this month. paid per minute, remote. interested?", True),
        # A panel to speak on, and a pool to swim in: nobody recruited.
        ("Hi Dana, would you join our panel on accessible captioning at the Leeds meetup?", False),
        (
            "Hi Dana, you taught my son to swim at the leisure centre - he wants to join our pool's club!",
            False,
        ),
    ],
)
def test_a_place_in_a_pool_a_job_description_or_pay_per_minute_is_a_recruiters_offer(analyzer, text, flagged):
    report = analyzer.analyze(text)
    assert ("PIT007" in report.all_codes()) is flagged, report.all_codes()


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (
            "Hi Nell, we're looking for ski instructors for our chalets in Austria. Shall I send details?",
            "PIT007",
        ),
        ("Olá Nell, fornecemos uniformes para escolas de natação a preços de armazém.", "PIT003"),
        ("Olá Nell, fornecemos uniformes para escolas de natação a preços de armazém.", "PIT004"),
    ],
)
def test_teaching_staff_sought_and_a_portuguese_supplier(analyzer, text, code):
    assert code in analyzer.analyze(text).all_codes()


def test_field_inspectors_sought_in_the_plural_are_a_recruiters_offer(analyzer):
    report = analyzer.analyze(
        "Good morning Ann, we're looking for seasonal hygiene inspectors for Kent, car provided. Interested?"
    )
    assert "PIT007" in report.all_codes(), report.all_codes()


@pytest.mark.parametrize(
    "text",
    [
        "Hi Bea, we're looking for medical receptionists for two surgeries in Hull. Shall I send details?",
        "Hi Bea, temp work in Hull: reception cover, weekly pay, starts Monday. Interested?",
    ],
)
def test_office_staff_sought_and_weekly_pay_are_a_recruiters_offer(analyzer, text):
    report = analyzer.analyze(text)
    assert "PIT007" in report.all_codes(), report.all_codes()


def test_crews_and_hands_sought_in_the_plural_are_a_recruiters_offer(analyzer):
    report = analyzer.analyze(
        "Hi Col, we're recruiting farmhands for the lambing season in Powys, room and board. Keen?"
    )
    assert "PIT007" in report.all_codes(), report.all_codes()


def test_hosts_sought_in_the_plural_are_a_recruiters_offer(analyzer):
    report = analyzer.analyze(
        "Hi Ines, we're hiring seasonal hosts for our lodges in Tignes, lift pass included."
    )
    assert "PIT007" in report.all_codes(), report.all_codes()


def test_repair_trades_sought_in_the_plural_are_a_recruiters_offer(analyzer):
    report = analyzer.analyze(
        "Hi Lyn, we're looking for freelance clock repairers across Kent, paid per job."
    )
    assert "PIT007" in report.all_codes(), report.all_codes()


def test_masons_and_carvers_sought_in_the_plural_are_a_recruiters_offer(analyzer):
    report = analyzer.analyze(
        "Hi Ed, we're looking for stone carvers for a cathedral job in Wells. Interested?"
    )
    assert "PIT007" in report.all_codes(), report.all_codes()


@pytest.mark.parametrize(
    "text",
    [
        "Hi Sam, Acme is looking for a Data Engineer to join our team in Leeds. Would you be open to a call?",
        "Hi Sam, we're hiring a Senior QA Engineer to join the team in Bristol - interested?",
    ],
)
def test_a_role_by_its_title_to_join_their_team_is_recruiting(rules_only, text):
    report = rules_only.analyze(text)
    assert "PIT007" in report.all_codes(), report.all_codes()
    assert report.label == "sales", report.reason


def test_a_choir_looking_for_tenors_is_no_recruiting_blast(rules_only):
    report = rules_only.analyze(
        "Hi Sam, the choir is looking for tenors to join our team for the Christmas concert - you'd be "
        "brilliant!"
    )
    assert "PIT007" not in report.all_codes(), report.all_codes()


@pytest.mark.parametrize(
    "text",
    [
        "Hi Sam, we're hiring a marine electrician for a six-month refit in Falmouth. With your boat "
        "experience you'd be ideal - open to a chat?",
        "Hi Sam, we are recruiting a practice nurse for our surgery in Didcot. Could I send you the details?",
    ],
)
def test_the_employer_hiring_one_of_a_trade_is_recruiting(rules_only, text):
    report = rules_only.analyze(text)
    assert "PIT007" in report.all_codes(), report.all_codes()
    assert "SPC101" not in report.all_codes(), report.signals
    assert report.label == "sales", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Hi Sam, we're hiring a DJ for my sister's wedding in May - any names you'd trust?",
        "Hi Sam, we're looking for an electrician for the flat above the shop, any tips?",
    ],
)
def test_a_customer_hiring_for_one_job_is_no_recruiting(rules_only, text):
    assert "PIT007" not in rules_only.analyze(text).all_codes()
