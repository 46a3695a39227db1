"""Job seekers' stock notes, which fit every company they write to: a role wanted, a search said in the
first person in any of the ten languages, the recipient's role read off a profile, the sender's own
years and clients. And what stays apart from them: a recruiter asking whether the recipient would
move, a seller's "partnership opportunities", a student asking about a move the recipient made.
Every note here was written for these tests."""

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "Hi Odile, I'm interested in Quality Engineer opportunities at Airbus. Would love to connect and "
        "learn more about your team's hiring needs.",
        "Hello Odile, I noticed your role at Airbus and am very interested in Test Pilot positions. Would "
        "appreciate connecting to discuss potential opportunities.",
        "Hallo Odile, ich bin Elektroingenieur mit acht Jahren Erfahrung und suche aktiv nach neuen "
        "Möglichkeiten. Ich würde mich gerne mit Ihnen vernetzen.",
        "Hola Odile, soy técnica de mantenimiento y estoy explorando activamente nuevas oportunidades. Me "
        "encantaría conectar y conocer más sobre Airbus.",
        "Olá Odile, sou técnico de aviónica e estou em busca de novas oportunidades. Gostaria de me "
        "conectar.",
        "Ciao Odile, sono un tecnico aeronautico e cerco nuove opportunità. Mi farebbe piacere collegarci.",
        "Hoi Odile, ik ben vliegtuigmonteur en ik ben op zoek naar een nieuwe baan. Graag verbind ik met je.",
        "Cześć Odile, jestem mechanikiem lotniczym i szukam nowej pracy. Chętnie nawiążę kontakt.",
        "Hej Odile, jag är flygtekniker och söker nya utmaningar. Vore kul att ha kontakt.",
        "Hej Odile, jeg er flymekaniker og søger nyt job. Det ville være dejligt at forbinde.",
        "Hei Odile, jeg er flytekniker og ser etter ny jobb. Det hadde vært fint å koble seg på.",
        "Hi Odile, quick context: I'm open to avionics lead and test engineering roles. Happy to talk if "
        "anything fits.",
        "Olá Odile, contexto rápido: estou aberta a vagas de engenharia de testes e aviónica. Se houver "
        "algo alinhado, podemos conversar.",
        "Hola Odile, estoy abierto a puestos de ingeniería de calidad en Toulouse o Sevilla.",
        # The search said bare, with no "new", as in English's "I'm exploring opportunities".
        "Hola Odile, estoy explorando oportunidades en Airbus y me encantaría conocer tu perspectiva.",
        "Olá Odile, estou explorando oportunidades na Embraer e gostaria de ouvir a sua opinião.",
        "Bonjour Odile, j'explore des opportunités chez Safran et j'aimerais avoir votre regard.",
        "Ciao Odile, sto esplorando opportunità in Leonardo e mi piacerebbe sentire il tuo punto di vista.",
        # One role named, singular, and asked about.
        "Hi Odile, I'm exploring the Flight Test Engineer role at Airbus and would love to hear what "
        "the team is like. Any pointers welcome!",
        "Hi Odile, I'm considering the Cabin Interiors Designer position at Airbus - how do you find "
        "it there?",
    ],
)
def test_a_job_seekers_stock_note_is_a_career_ask_that_fits_anyone(analyzer, text):
    report = analyzer.analyze(text)
    assert "PIT018" in report.all_codes(), report.all_codes()
    assert report.label == "default", report.reason


def test_a_candidates_years_and_clients_are_experience_not_an_offer(analyzer):
    text = (
        "Hi Odile, I'm a stress engineer with nine years at Capgemini, currently working with Fortune 500 "
        "clients on fuselage repairs. I hold certifications from 2022 and 2024. I'm exploring "
        "opportunities to join a strong structures team. Would you be open to a quick chat about what "
        "your team looks like today?"
    )
    report = analyzer.analyze(text)
    codes = report.all_codes()
    assert "PIT003" not in codes and "SPC106" not in codes, codes
    assert report.label == "default", report.reason


def test_a_career_ask_is_the_senders_reason_even_beside_a_call(analyzer):
    report = analyzer.analyze(
        "Hi Odile, I'm open to avionics roles around Toulouse. If anything fits, happy to jump on a quick "
        "call whenever suits."
    )
    codes = report.all_codes()
    assert "PIT018" in codes and "PIT001" in codes and "SPC002" not in codes, codes
    assert report.label == "default", report.reason


def test_a_brazilian_candidate_open_to_roles_is_a_career_ask_beside_a_talk(analyzer):
    report = analyzer.analyze(
        "Odile, bom ter você na rede. Estou aberto para vagas de engenharia de aviônica em Toulouse. "
        "Se surgir algo, podemos conversar."
    )
    assert "PIT018" in report.all_codes(), report.all_codes()
    assert report.label == "default", report.reason


def test_a_candidates_own_results_are_experience_not_a_promise(analyzer):
    report = analyzer.analyze(
        "Hi Odile, I'm open to reliability engineering roles. Experience: 40+ fleet audits, 30% fewer "
        "unscheduled removals, 2 type certifications. If anything fits, we can talk."
    )
    codes = report.all_codes()
    assert "PIT018" in codes and "PIT010" not in codes, codes
    assert report.label == "default", report.reason


@pytest.mark.parametrize(
    "text",
    [
        # A move the recipient made, asked about by a student: something of theirs.
        "Hi Odile, I'm a second-year aerospace student at Cranfield. Saw you moved from flight test into "
        "certification at Airbus - what helped most with that switch?",
        # A year of the recipient's, in a note from a trainee.
        "Hi Odile, I'm a trainee at the Toulouse hangar you left in 2019. The crew still use the torque "
        "checklist you wrote and ask after you.",
    ],
)
def test_a_career_ask_keeps_what_is_the_recipients_own(analyzer, text):
    report = analyzer.analyze(text)
    assert "PIT018" in report.all_codes(), report.all_codes()
    assert report.label == "personalized", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Hallo Odile, sind Sie offen für neue Möglichkeiten? Wir suchen einen Head of Avionics in Hamburg.",
        "Hoi Odile, bent u op zoek naar een nieuwe uitdaging? Wij zoeken een lead engineer in Eindhoven.",
        "Bonjour Odile, êtes-vous ouverte à de nouvelles opportunités ? Nous recrutons une ingénieure "
        "qualité à Blagnac.",
        "Hej Odile, är du öppen för nya möjligheter? Vi söker en erfaren flygtekniker i Linköping.",
    ],
)
def test_a_move_asked_of_the_recipient_is_recruiting(analyzer, text):
    report = analyzer.analyze(text)
    assert "PIT007" in report.all_codes(), report.all_codes()
    assert report.label == "sales", report.reason


def test_a_sellers_partnership_opportunities_are_no_career_ask(analyzer):
    report = analyzer.analyze(
        "Hi Odile, I'm interested in partnership opportunities with Airbus. We run a predictive "
        "maintenance platform used by 30 airlines."
    )
    assert "PIT018" not in report.all_codes(), report.all_codes()
    assert report.label == "sales", report.reason


@pytest.mark.parametrize(
    "text, work",
    [
        (
            "Hi Odile, I came across your portfolio and I'm really impressed by your work on CATIA projects. "
            "I'd love to connect.",
            False,
        ),
        (
            "Hi Odile, I came across your profile and was impressed by your work at Airbus. Would love to "
            "connect and learn more about your approach to supply chain analytics.",
            False,
        ),
        (
            "Hi Odile, your work on the Beluga XL wing projects saved our team months of rework - thank you.",
            True,
        ),
    ],
)
def test_work_of_a_kind_or_wished_for_is_not_their_work(analyzer, text, work):
    report = analyzer.analyze(text)
    assert ("SPC101" in report.all_codes()) is work, report.all_codes()
    assert report.label == ("personalized" if work else "default"), report.reason


def test_a_role_that_fits_the_senders_background_is_their_own_fit(analyzer):
    report = analyzer.analyze(
        "Hi Odile, I saw an opening at Safran for a Data Analyst role that's a great fit for my background. "
        "Do you know anyone on the team who could tell me more?"
    )
    assert "PIT007" not in report.all_codes(), report.all_codes()
    assert report.label == "default", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Bonjour Odile, je suis analyste junior et je m'intéresse beaucoup à l'aéronautique. Seriez-vous "
        "disponible pour un échange de 20 minutes pour partager votre expérience ?",
        "Hola Odile, soy analista junior y me interesa mucho la aeronáutica. ¿Tendrías 20 minutos para "
        "compartir tu experiencia?",
        "Hi Odile, I'm a junior analyst keen on aerospace. Would you have 20 minutes to share your "
        "experience?",
    ],
)
def test_a_call_to_share_their_experience_is_a_career_ask(analyzer, text):
    report = analyzer.analyze(text)
    assert "PIT018" in report.all_codes(), report.all_codes()
    assert report.label == "default", report.reason


def test_their_experience_of_a_product_asked_by_a_seller_is_no_career_ask(analyzer):
    report = analyzer.analyze(
        "Hi Odile, would you have 20 minutes to share your experience with your current MRO software? "
        "We're building a faster alternative."
    )
    assert "PIT018" not in report.all_codes(), report.all_codes()


def test_a_posted_internship_asked_about_is_a_candidates_note_not_a_buyer_sought(analyzer):
    """ "Are you the right person to speak with" from a student about a posted internship asks about
    a job, and a project "used by 300 students" is their experience."""
    report = analyzer.analyze(
        "Hi Wren, I saw the Data Engineering internship at Ocado and wanted to write directly. I built a "
        "timetable app used by 300 students. Are you the right person to speak with about it?"
    )
    assert "PIT018" in {s["code"] for s in report.signals}, report.signals
    assert report.label != "sales", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Hi Wren, I saw you're hiring data analysts at Ocado. I'd love to hear more. My CV is on my profile.",
        "Hej Wren! Jag såg att du rekryterar analytiker till Ocado. Mitt CV finns på min profil.",
    ],
)
def test_a_cv_pointed_to_is_a_candidates_own_ask(analyzer, text):
    report = analyzer.analyze(text)
    assert "PIT018" in {s["code"] for s in report.signals}, report.signals
    assert report.label == "default", report.reason


def test_a_students_year_and_past_internships_are_a_candidates_note(analyzer):
    report = analyzer.analyze(
        "Hi Wren, I'm a junior at Leeds Beckett and I follow what your team is doing in rail signalling. It "
        "looks like the environment I want to learn in. This year I've done internships at Siemens and Arup."
    )
    assert "PIT018" in {s["code"] for s in report.signals}, report.signals
    assert report.label == "default", report.reason


def test_an_opening_the_candidate_found_is_no_recruiters_offer(analyzer):
    report = analyzer.analyze(
        "Hi Sam, I recently came across an exciting opportunity at Monzo for a Data Analyst role. Would "
        "you share what the team is like? I've attached my resume for reference."
    )
    assert "PIT007" not in report.all_codes(), report.all_codes()
    assert report.label != "sales", report.reason


def test_a_recruiters_patch_beside_asking_to_stay_on_their_radar_is_a_profile_fact(analyzer):
    report = analyzer.analyze(
        "Hi Marta, saw you recruit for the payments team at Kestrel. I'm a backend developer working on "
        "ledgers and following Kestrel's work on open banking. Happy to connect; would love to stay on "
        "your radar."
    )
    assert "PIT018" in report.all_codes(), report.all_codes()
    assert "SPC107" not in report.all_codes(), report.all_codes()
    assert report.label == "default", report.reason


def test_a_recruiters_patch_beside_their_own_post_still_counts(analyzer):
    report = analyzer.analyze(
        "Hi Marta, saw you recruit for the payments team at Kestrel. Your post on interview loops was "
        "great; we tried the take-home idea."
    )
    assert "SPC107" in report.all_codes(), report.all_codes()


def test_a_seller_asking_whether_it_is_on_their_radar_is_no_career_ask(analyzer):
    report = analyzer.analyze(
        "Hi Marta, we cut card-processing fees for fintechs by 30%. Is that on your radar for this quarter?"
    )
    assert "PIT018" not in report.all_codes(), report.all_codes()


@pytest.mark.parametrize(
    "text",
    [
        "Hola Odile, me encuentro en búsqueda de una oportunidad laboral que me permita crecer. ¡Espero "
        "poder ser parte de tu equipo!",
        "Hola Odile, estoy buscando una oportunidad laboral como técnica de aviónica en Sevilla.",
    ],
)
def test_a_spanish_job_search_said_as_an_opportunity_sought_is_a_career_ask(analyzer, text):
    report = analyzer.analyze(text)
    assert "PIT018" in report.all_codes(), report.all_codes()
    assert report.label == "default", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Hola Odile, tengo un proyecto freelance que podria interesarte.",
        "Hi Odile, I have a side project that might interest you - can I tell you more?",
        "Ciao Odile, ho un progetto nuovo che potrebbe interessarti.",
    ],
)
def test_a_project_held_out_unnamed_is_an_unnamed_opportunity(analyzer, text):
    report = analyzer.analyze(text)
    assert "PIT019" in report.all_codes(), report.all_codes()
    assert report.label == "sales", report.reason


def test_their_own_project_named_is_no_unnamed_opportunity(analyzer):
    report = analyzer.analyze(
        "Hi Odile, your project on cabin air filters might interest our students - thank you!"
    )
    assert "PIT019" not in report.all_codes(), report.all_codes()


def test_a_candidate_asking_what_the_employer_needs_sounds_out_no_buyer(analyzer):
    report = analyzer.analyze(
        "Hi Odile, I just applied for the Avionics Technician post. Could we chat for ten minutes about what "
        "the team needs most? I'd like to be sure my experience aligns with your needs."
    )
    codes = report.all_codes()
    assert "PIT018" in codes and "PIT012" not in codes, codes
    assert report.label != "sales", report.reason


def test_a_candidate_who_also_sells_a_service_still_sounds_out_a_buyer(analyzer):
    report = analyzer.analyze(
        "Hi Odile, I was laid off in May and now freelance as a payroll clerk. If your company needs help "
        "with payroll, I'd love to send you my rates."
    )
    assert "PIT012" in report.all_codes(), report.all_codes()
    assert report.label == "sales", report.reason


def test_a_move_explored_for_a_while_is_a_career_ask(analyzer):
    report = analyzer.analyze(
        "Hi Odile, I've been exploring a move into flight-test engineering and your path there from the "
        "line is the one I'd like to follow."
    )
    assert "PIT018" in report.all_codes(), report.all_codes()


@pytest.mark.parametrize(
    "text",
    [
        "Hi Fabio, saw your job post for a video editor. I'd love to hear more about the project.",
        "Hi Fabio, I saw your post for a junior sound designer. I'd love to connect.",
        "Hi Adaeze, I saw you posted a project on Upwork. I'm a freelance developer - would love to connect.",
        "Hi Lin, saw your Fiverr gig request for a logo. Happy to connect!",
    ],
)
def test_an_opening_posted_for_applicants_is_no_piece_of_their_work(rules_only, text):
    report = rules_only.analyze(text)
    assert "SPC101" not in report.all_codes() and report.label == "default", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Hi Ana, your workshop for a group of teenagers on soldering was brilliant.",
        "Hey Tessa, your Saturday job club at Sheffield Central helped me write my first CV.",
        "Hi Fabio, your post about hiring your first video editor was so honest.",
    ],
)
def test_their_own_work_named_beside_hiring_words_stays_theirs(rules_only, text):
    assert "SPC101" in rules_only.analyze(text).all_codes()
