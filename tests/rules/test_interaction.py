"""Something the recipient once did for the sender ("you fixed my bike") is a shared context;
what anyone does on the platform ("you viewed my profile") is not. Every note here was written for
these tests."""

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "Hi Carmen, you repaired my grandmother's clock at the Saturday market years ago and it still "
        "runs. I'm training as a watchmaker now and would love to ask how you started.",
        "Hi Olu, you interviewed me for the data role at Kinetic last autumn and your feedback on my "
        "SQL test was the most useful I got. I've since taken a course on window functions - thank you.",
        "Hi Bernd, you showed us round the brewery on the open day and answered every question about "
        "the cooling tanks. I'm writing up the visit for our homebrew club and would like to quote you.",
        # Done for the sender's group, or the sender as their guest, tenant or patient.
        "Hi Nat, you designed our school's mural in 2019 - the kids still stop to look at it.",
        "Hi Nat, we stayed at your B&B in Whitby last summer - best breakfast of the trip!",
        "Bonjour Nat, j'ai séjourné dans votre gîte en Ardèche l'été dernier, merci pour tout !",
        "Olá Nat, fui paciente da sua equipa no Hospital de Santa Maria em 2021. Obrigado!",
        "Hi Nat, we served together on the Kano flood relief team in 2017 - hope you are doing well!",
    ],
)
def test_something_they_did_for_the_sender_is_a_shared_context(analyzer, text):
    report = analyzer.analyze(text)
    assert "SPC102" in report.all_codes()
    assert report.label == "personalized", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Hi, you viewed my profile so I thought I'd connect.",
        "Hi there, you liked my post, let's connect!",
        # A request, not something they did.
        "Hi Nat, would you let me know when the call for speakers opens?",
        "Hello, you accepted my request on the other site, so here I am too.",
    ],
)
def test_what_anyone_does_on_the_platform_is_not(analyzer, text):
    report = analyzer.analyze(text)
    assert "SPC102" not in report.all_codes()
    assert report.label == "default", report.reason


def test_thanks_for_an_introduction_is_a_shared_context(analyzer):
    report = analyzer.analyze(
        "Hi Ana, Tom from the Lisbon JS meetup here - thanks again for the intro to your CTO!"
    )
    assert "SPC102" in report.all_codes()
    assert report.label == "personalized", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Hi Wanjiru, thank you for coaching me through the Nairobi half marathon plan. I ran it in "
        "1:52 on Sunday!",
        "Hi Piet, thanks for reviewing my pull request on the tide-tables parser. The caching note made "
        "a big difference.",
        "Hi Ruth, we were classmates in Mrs Okoye's chemistry set at Hillcrest, I think you sat by the "
        "window. Lovely to find you here.",
        "Hi Idris, I'm the person who asked about sourdough hydration at your stall at Borough Market. "
        "Would love to follow the bakery.",
        "Hi Marta, I'm the pastry cook from Forno Rosso who trained with you at the Bologna school in "
        "2019. Still making your cannoli recipe every week!",
        "Hi Oren, I bought one of your walnut chopping boards at the Stroud craft fair and it's still "
        "perfect after five years. Thank you!",
        "Hi Tibor, I'm your new neighbour at number 12 - sorry about all the drilling! Good to find "
        "you on here.",
        "Hi Yuna, I bought the linen coat you designed for the Arket collaboration and wear it every "
        "day. Would love to follow what you make next.",
        "Hi Sol, I'm the TA for the statistics module you're taking this term - connecting so you can "
        "reach me with questions about the coursework.",
        "Hi Dec, I'm the hiring manager for the graduate surveyor role you applied for at Savills. I'd "
        "like to invite you to an interview next week.",
        "Hi Gwen, I'm the new secretary of the Ashby allotment society, taking over from you in May. Could "
        "I ask how you kept the waiting list?",
        "Hi Rui, what a surprise to bump into you at the Lisbon book fair! I hadn't seen you since we "
        "left Farfetch.",
        "Hi Ed, we were at school together in Truro - great to see you're a vet now! How are your folks?",
        "Hi Ola, thank you for showing our Year 9 class around the recycling plant - they loved the "
        "sorting line.",
        "Hi Ivo, good to finally put a face to the name after all those emails about the Leeds depot.",
        "Hi Ivo, I was one of the volunteers you trained at the Oxfam shop in Bath last spring.",
        "Hi Ivo, I visited your bakery in Hebden Bridge with my cookery class - the sourdough demo was "
        "great.",
        "Hi Ivo, we held our book club's tenth birthday at your café in Hebden Bridge - thank you!",
        # They contacted the sender about something named.
        "Hi Ivo, I appreciate your outreach regarding the night charge nurse post. Looking forward to "
        "connecting.",
        # A piece passed on, theirs or the sender's.
        "Hi Ivo, thanks for sharing the post on night-shift rotas. Which part rang true on your ward?",
        "Hi Ivo, thank you for reposting this write-up about our allotment's rainwater tanks!",
        # A time spent together somewhere.
        "Ivo! Good to find you here after our time together at the Leeds depot. Let's stay in touch.",
        "Hi Ivo, I still think of our time at the Hebden Bridge bakery course whenever I bake rye.",
        # Seen again somewhere.
        "Ivo, lovely to see you again at the Bath allotment fair. Let's keep in touch!",
    ],
)
def test_a_shared_past_or_something_thanked_for_is_a_shared_context(analyzer, text):
    report = analyzer.analyze(text)
    assert "SPC102" in report.all_codes()
    assert report.label == "personalized", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Hi Leo, thanks for accepting my request. Looking forward to connecting.",
        "Hello, thank you for considering my invitation to join your network.",
        "Hi Ana, thanks for taking the time to read my note.",
        "Hi Nadia, thank you for the great content you share. Let's connect!",
        "Hi Rui, thanks for the connect! Have a good one.",
        # A step in someone's marketing, and sharing what fits anyone.
        "Hi Leo, thanks for downloading our guide to rota planning. Happy to connect.",
        "Hi Leo, thank you for subscribing to my channel! Would love to connect here too.",
        "Hi Leo, thanks for sharing your insights. Would love to connect.",
    ],
)
def test_thanks_for_a_platform_step_or_a_courtesy_is_not(analyzer, text):
    report = analyzer.analyze(text)
    assert "SPC102" not in report.all_codes()
    assert report.label == "default", report.reason


def test_a_platform_step_done_with_them_is_not_a_shared_context(analyzer):
    report = analyzer.analyze("Hi Oren, I connected with you on the other site, so here I am too.")
    assert "SPC102" not in report.all_codes()
    assert report.label == "default", report.reason


def test_school_together_is_a_classmate_claim(analyzer):
    from inviteslint.facts import Facts

    text = "Hi Ed, we were at college together in Truro. Great to see you doing so well!"
    assert [c["kind"] for c in analyzer.analyze(text).claims] == ["classmate"]
    report = analyzer.analyze(text, Facts(relationship="none"))
    assert "CLM002" in report.all_codes()


@pytest.mark.parametrize(
    "text",
    [
        "Hi Nadia, nice to meet you! Let's connect.",
        "Hi Nadia, great to see you here! Let's connect.",
        "Hello Piet, lovely to meet you. Would be great to be connected.",
        "Ciao Bianca, piacere di conoscerti! Restiamo in contatto.",
        "Hola Tere, encantada de conocerte. ¡Conectemos!",
    ],
)
def test_nice_to_meet_you_alone_fits_anyone(analyzer, text):
    report = analyzer.analyze(text)
    assert "SPC102" not in report.all_codes()
    assert report.label == "default", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Hi Nadia, nice to meet you at the Cardiff food festival on Sunday! Let's connect.",
        "Ciao Bianca, piacere di conoscerti ieri alla fiera di Verona. Restiamo in contatto!",
    ],
)
def test_meeting_someone_somewhere_is_a_shared_context(analyzer, text):
    report = analyzer.analyze(text)
    assert "SPC102" in report.all_codes()
    assert report.label == "personalized", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Hi Omar, we shared a desk at the Lloyds graduate scheme in 2017. Would be great to reconnect!",
        "Hi Omar, it's been years since our Lloyds graduate scheme in Bristol. Let's catch up soon.",
        "Hola Omar, coincidimos en el máster de Deusto en 2017, ¡a ver si podemos ponernos al día!",
    ],
)
def test_wishing_to_catch_up_is_a_reason_to_connect(analyzer, text):
    assert "SPC002" not in analyzer.analyze(text).all_codes()


@pytest.mark.parametrize(
    "text",
    [
        "Hi Omar, Priya Nair from the Bristol fintech meetup suggested I reach out. She said you ran "
        "its first hackathon.",
        "Hi Omar, my old manager Ruth Lee told me to get in touch about the Lloyds graduate scheme you ran.",
        "Hi Omar, I'm the new planner at the Leeds depot - Jonas said you're the person to ask about rotas.",
    ],
)
def test_being_sent_by_someone_who_knows_them_is_a_reason_to_connect(analyzer, text):
    assert "SPC002" not in analyzer.analyze(text).all_codes()


@pytest.mark.parametrize(
    "text",
    [
        "Hi Omar, we sat together at the Bristol data meetup on Tuesday - thanks for the tip about DuckDB.",
        "Hallo Omar, danke für den Tipp zu DuckDB beim Barcamp in Köln letzte Woche. Viele Grüße",
        "Hi Omar, good to meet you at PyData Leeds. I'd love to keep talking about your feature store.",
    ],
)
def test_thanks_for_something_or_going_on_with_a_talk_is_a_reason(analyzer, text):
    assert "SPC002" not in analyzer.analyze(text).all_codes()


@pytest.mark.parametrize(
    "text",
    [
        "Hi Omar, we shared a desk at the Lloyds graduate scheme in 2017. Thanks for reading my note!",
        "Hi Omar, we shared a desk at the Lloyds graduate scheme in 2017. Thank you for your time!",
        "Buongiorno Omar, eravamo allo stesso master alla Bocconi nel 2017. Grazie per l'attenzione.",
    ],
)
def test_thanks_as_a_formula_is_not(analyzer, text):
    assert "SPC002" in analyzer.analyze(text).all_codes()


@pytest.mark.parametrize(
    "text",
    [
        "Hi Omar, you lent me your spare tent at Boomtown when ours flooded on the first night. Thank you!",
        "Hi Omar, you talked my dad through his new hearing aids at the Specsavers in Leith. He hears the "
        "grandchildren again. Thanks so much.",
        "Hallo Omar, du hast meinem Vater beim Umzug in Kassel geholfen. Danke nochmal!",
        "Hola Omar, me arreglaste la bici en la estación de Atocha cuando perdía el tren. "
        "¡Gracias de corazón!",
        "Hej Omar, du lärde min dotter att simma i Malmö i somras. Tack så mycket!",
        # Their name after the thanks makes it no sign-off.
        "Hi Omar, you carved the bench on our village green for my grandad's memorial. Every time I walk "
        "past it I smile. Thank you, Omar.",
        # A piece of their work told, then thanked for.
        "Hi Omar, your answer on the Home Assistant forum about Zigbee channel clashes fixed our whole "
        "house's sensors. Thanks!",
        # A deed thanked for, whatever the words after it ("request" is a formula's word).
        "Hi Omar, thanks for proofreading my pull request on the pandas docs last week - your note about the "
        "examples made it much clearer.",
    ],
)
def test_a_past_or_their_work_told_and_thanked_for_is_the_reason(analyzer, text):
    report = analyzer.analyze(text)
    assert {"SPC101", "SPC102"} & set(report.all_codes())
    assert "SPC002" not in report.all_codes()


@pytest.mark.parametrize(
    "text",
    [
        "Hi Omar, we shared a desk at the Lloyds graduate scheme in 2017. Would love to connect. "
        "Thanks,\nAnna",
        "Hi Omar, we shared a desk at the Lloyds graduate scheme in 2017. Would love to connect. Thanks in "
        "advance!",
        # The Polish "tak" is "yes"; the English "tack" is a sailing word.
        "Cześć Omar, pracowaliśmy razem w Lloyds w Krakowie w 2017 roku. Tak, to już tyle lat, chętnie się "
        "połączę.",
        "Hi Omar, you coached our sailing club at Rutland Water the summer I learned to tack.",
    ],
)
def test_a_sign_off_or_a_word_that_only_looks_like_thanks_is_not(analyzer, text):
    report = analyzer.analyze(text)
    assert "SPC102" in report.all_codes()
    assert "SPC002" in report.all_codes()


@pytest.mark.parametrize(
    "text",
    [
        # Telling them how it turned out.
        "Hi Omar, you coached me through my lifeguard course at the Leith baths. Last week I pulled a boy "
        "out of the deep end. Thought you’d like to know.",
        "Hi Omar, you marked my first essay at Stirling in 2016. I've just been made a lecturer and wanted "
        "you to know.",
        "Hola Omar, fuiste mi tutor de prácticas en el hospital de Teruel. Ya soy enfermera y quería "
        "contártelo.",
        # Something asked of them that only they can do, or time offered to their cause.
        "Hi Omar, you played the ceilidh at my sister's wedding in Oban. I'm getting married in August and "
        "we'd love you to play ours.",
        "Hi Omar, you ran the litter pick on Portobello beach where my kids found the message in a bottle. "
        "I'd love to help at the next one.",
        "Hi Omar, you set up the repair café at Leith library that fixed my lamp. I'm training as an "
        "electrician and would value any advice.",
        # A reference asked of someone who knows their work.
        "Hi Omar, you supervised my year on the Ninewells renal ward. I'm applying for a charge nurse post "
        "in Perth and would be so grateful if you'd be one of my referees.",
    ],
)
def test_telling_them_how_it_went_or_asking_what_only_they_do_is_a_reason(analyzer, text):
    report = analyzer.analyze(text)
    assert "SPC002" not in report.all_codes()
    # A hand offered at their event, or the sender's course they coached, is no pitch.
    assert not {"PIT003", "PIT011"} & set(report.all_codes())
    assert report.label == "personalized", report.reason


def test_wanting_them_in_the_network_is_no_reason(analyzer):
    text = (
        "Hi Omar, I'm connecting with 300 people in hospitality this month and would love for you to be "
        "one of them."
    )
    assert "SPC002" in analyzer.analyze(text).all_codes()


def test_staying_in_touch_or_reconnecting_with_everyone_is_not(analyzer):
    for text in (
        "Hi Omar, we shared a desk at the Lloyds graduate scheme in 2017. Let's stay in touch.",
        "Hi Omar, I'm reconnecting with people in the banking world this year. Happy to add you.",
    ):
        assert "SPC002" in analyzer.analyze(text).all_codes(), text


def test_a_look_at_their_profile_is_no_visit(analyzer):
    report = analyzer.analyze("Hi Ivo, I had a look at your profile and your café. Would love to connect.")
    assert "SPC102" not in report.all_codes()


@pytest.mark.parametrize(
    "text",
    [
        "Hi Callum, would you lend us your gazebo for the street party again? Ours blew away in June.",
        "Hi Aaron, could you take the minibus for the U12s on Saturday again? The kids loved your playlist.",
        "Beste meneer Smit, u was mijn stagebegeleider bij de gemeente Delft. Nu werk ik in Utrecht.",
        "Hoi Anna, je was mijn mentor bij de roeivereniging in 2019 - nu train ik zelf de junioren!",
    ],
)
def test_a_favour_asked_again_or_who_they_were_to_the_sender_is_a_shared_past(analyzer, text):
    report = analyzer.analyze(text)
    assert "SPC102" in report.all_codes()
    assert report.label == "personalized", report.reason


def test_an_order_asked_again_is_no_shared_past(analyzer):
    report = analyzer.analyze("Hi Sam, would you like to order your coffee from us again? 10% off now.")
    assert "SPC102" not in report.all_codes()
    assert report.label == "sales", report.reason


def test_a_platform_step_asked_again_is_no_shared_past(analyzer):
    report = analyzer.analyze("Hi Sam, could you please accept my request again? I'd like to connect.")
    assert "SPC102" not in report.all_codes()
    lend = analyzer.analyze("Hi Callum, could you please lend us your gazebo for the street party again?")
    assert "SPC102" in lend.all_codes()


@pytest.mark.parametrize(
    "text",
    [
        # Done for "us" or someone of the sender's, and who they were to "us", in other languages.
        "Bonjour Anne, vous nous aviez accueillis dans votre ferme à Cancale pendant la fête du cidre.",
        "Bonjour Anne, vous avez suivi mon fils en rééducation après son accident de ski.",
        "Bonjour Anne, vous étiez notre guide au Mont-Saint-Michel avec ma classe de CM2.",
        "Hola Ana, nos enseñaste a hacer pan en el taller de Triana el invierno pasado.",
        "Olá Ana, você nos ajudou a montar a horta da escola em Braga.",
        "Ciao Anna, hai curato il giardino dei miei genitori a Como per dieci anni.",
        "Hallo Anna, Sie waren unsere Hebamme bei der Geburt unserer Tochter in Kiel.",
        "Hi Anna, you were our wedding photographer in Lucca three years ago.",
    ],
)
def test_something_done_for_the_senders_own_is_a_shared_context(analyzer, text):
    assert {"SPC101", "SPC102"} & analyzer.analyze(text).all_codes()


@pytest.mark.parametrize(
    "text",
    [
        "Bonjour Anne, vous avez suivi ma page, merci ! Au plaisir d'échanger.",
        "Ciao Anna, hai visto il mio profilo? Mi farebbe piacere collegarci.",
    ],
)
def test_a_platform_step_in_other_languages_is_not(analyzer, text):
    assert "SPC102" not in analyzer.analyze(text).all_codes()


@pytest.mark.parametrize(
    "text",
    [
        "Hi Ola, your garage fixed our camper van the day before we left for Skye - we made the ferry!",
        "Hi Ola, your choir sang at my grandad's funeral in Hexham. It meant the world to us.",
    ],
)
def test_something_their_business_did_for_the_sender_is_a_shared_context(analyzer, text):
    assert "SPC102" in analyzer.analyze(text).all_codes()


def test_what_their_business_could_do_for_the_sender_is_not(analyzer):
    assert "SPC102" not in analyzer.analyze("Hi Ola, your team could save us hours every week.").all_codes()


@pytest.mark.parametrize(
    "text",
    [
        # "You" did it for the sender's own, with no pronoun before the verb.
        "Olá Rita, você acompanhou minha avó durante a fisioterapia em Niterói.",
        "Oi Rita, vocês atenderam meu pai no pronto-socorro em março, obrigado.",
        "Oi Rita, você cuidou da minha mãe na enfermaria de ortopedia.",
        "Olá Rita, a senhora esperou meia hora no cais com a minha filha até o pai chegar.",
        "Hola Rosa, ayudaste a mi hermano con la mudanza a Zaragoza el verano pasado.",
        "Hola Rosa, usted operó a mi padre de la cadera en el Clínico en 2022.",
        "Bonjour Rose, vous avez traduit pour ma tante au tribunal de Rennes.",
        "Hallo Rosa, Sie haben für meine Eltern die Steuererklärung gemacht.",
        # One of the sender's family in their class, team or care.
        "Hi Rosa, my son Kai was on your U10 hockey team at Eastfield last winter.",
        "Hi Rosa, my mum was on your stroke ward at the Royal in 2023.",
        "Hola Rosa, mi hija estuvo en tu coro del conservatorio de Oviedo.",
        "Olá Rita, o meu filho esteve no seu clube de natação em Coimbra.",
        "Bonjour Rose, ma fille était dans votre chorale à Nantes.",
        "Hallo Rosa, meine Tochter war in Ihrer Theater-AG in Bremen.",
        "Ciao Rosa, mia figlia è stata tua allieva al liceo di Parma.",
    ],
)
def test_something_done_for_the_senders_family_or_them_in_their_care_is_a_shared_context(analyzer, text):
    assert "SPC102" in analyzer.analyze(text).all_codes()


@pytest.mark.parametrize(
    "text",
    [
        "Oi Rita, você viu minha mensagem sobre a proposta?",
        "Hola Rosa, ¿viste mi propuesta para tu tienda?",
        "Hola Rosa, usted leyó mi correo de la semana pasada?",
        "Hi Rosa, my team is your best bet for a faster payroll.",
    ],
)
def test_what_they_saw_of_the_senders_or_the_senders_team_offered_is_not(analyzer, text):
    assert "SPC102" not in analyzer.analyze(text).all_codes()


@pytest.mark.parametrize(
    "text",
    [
        "Hi Rui, I'm reaching out because I noticed we share similar interests.",
        "Hi Rui, I'm sending this because I'm always keen to expand my professional network.",
        "Hi Rui, I'm writing because I love connecting with like-minded professionals.",
    ],
)
def test_a_reason_that_is_itself_filler_is_no_reason(analyzer, text):
    assert "SPC105" not in analyzer.analyze(text).all_codes()


def test_a_reason_with_something_in_it_is_still_a_reason(analyzer):
    text = "Hi Rui, I'm reaching out because your guide to heat pumps in old houses saved our winter."
    assert "SPC105" in analyzer.analyze(text).all_codes()


@pytest.mark.parametrize(
    "text",
    [
        "Hallo Jonas, im März hast du bei uns im Ruderverein einen Erste-Hilfe-Kurs geleitet.",
        "Guten Tag Herr Brandt, Sie haben für uns letztes Jahr die Scheune renoviert.",
        "Bonjour Jonas, on s'est croisées au forum des associations de Tours, au stand du club photo.",
    ],
)
def test_something_done_for_the_senders_group_in_german_or_met_in_french_is_a_shared_context(analyzer, text):
    assert "SPC102" in analyzer.analyze(text).all_codes()


def test_a_quote_asked_of_them_is_no_shared_past(analyzer):
    assert (
        "SPC102"
        not in analyzer.analyze("Guten Tag, haben Sie für uns schon ein Angebot erstellt?").all_codes()
    )


@pytest.mark.parametrize(
    "text",
    [
        "Hi Dana, it would be great to meet you at the cider festival in Hereford next month.",
        "Hi Dana, it'd be lovely to meet you in person at the Porto summit.",
    ],
)
def test_a_meeting_wished_for_is_no_shared_context_and_claims_no_meeting(analyzer, text):
    codes = analyzer.analyze(text).all_codes()
    assert "SPC102" not in codes
    assert "CLM001" not in codes


def test_a_meeting_had_is_still_a_shared_context(analyzer):
    report = analyzer.analyze("Hi Dana, great to meet you at the cider festival in Hereford yesterday.")
    assert "SPC102" in report.all_codes()


@pytest.mark.parametrize(
    "text",
    [
        "Hola Inés, gracias por compartir el informe sobre riego por goteo. ¿Lo probasteis en invierno?",
        "Bonjour Inès, merci d'avoir partagé la vidéo sur la taille des pommiers, très claire !",
        "Hallo Ines, danke fürs Teilen des Leitfadens zur Dachbegrünung!",
        # Thanks in the perfect, for something they did.
        "Bonjour Inès, merci d'avoir animé l'atelier de reliure samedi, j'ai appris énormément.",
        "Ciao Ines, grazie per aver corretto la mia tesi l'anno scorso. Ora lavoro a Torino!",
    ],
)
def test_thanks_in_other_languages_for_a_piece_passed_on_or_a_thing_done(analyzer, text):
    report = analyzer.analyze(text)
    assert "SPC102" in report.all_codes()
    assert report.label == "personalized", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Hola Inés, gracias por compartir tus conocimientos. Encantada de conectar.",
        "Olá Inês, obrigado por partilhar o seu conhecimento. Prazer em conectar.",
        "Bonjour Inès, merci d'avoir lu mon message. Au plaisir d'échanger.",
        "Ciao Ines, grazie per aver accettato. Buona giornata!",
        "Hola Inés, gracias por descargar nuestra guía de riego. Encantada de conectar.",
        "Bonjour Inès, merci d'avoir liké mon post ! Au plaisir d'échanger.",
    ],
)
def test_thanks_in_other_languages_for_what_fits_anyone_is_not(analyzer, text):
    report = analyzer.analyze(text)
    assert "SPC102" not in report.all_codes()
    assert report.label == "default", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Hi Nadia, my daughter goes to your junior chess club every Tuesday and finally beat her dad!",
        "Hola Nadia, mi hijo va cada domingo a tu escuela de surf en Zarautz y ya se pone de pie.",
        "Hallo Nadia, mein Sohn geht seit einem Jahr in Ihre Töpfer-AG und redet von nichts anderem.",
        "Olá Nadia, a minha filha vai às quartas ao teu grupo de teatro e está outra menina.",
        "Hi Nadia, my son's been going to your junior coding club since March and built his first game.",
        "Hola Nadia, mi hija va desde hace un año a tu grupo de teatro y ya no es tan tímida.",
    ],
)
def test_one_of_the_senders_family_going_to_their_club_is_a_shared_context(analyzer, text):
    report = analyzer.analyze(text)
    assert "SPC102" in report.all_codes()
    assert report.label == "personalized", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Hi Noor, I interviewed with your data team on Monday for the analyst role. I enjoyed the case.",
        "Bonjour Noor, depuis notre entretien de mardi, je relis mes notes sur le poste de chargée d'études.",
        "Hola Noor, desde mi entrevista con su equipo el lunes sigo pensando en el caso de logística.",
    ],
)
def test_an_interview_had_with_them_is_a_shared_context(analyzer, text):
    assert "SPC102" in analyzer.analyze(text).all_codes()


@pytest.mark.parametrize(
    "text",
    [
        "Hi Noor, I interviewed with Google last year and I'm looking for analytics roles again.",
        "Hi Noor, our interview-prep platform is free for students this month.",
    ],
)
def test_an_interview_elsewhere_or_a_product_named_after_one_is_not(analyzer, text):
    assert "SPC102" not in analyzer.analyze(text).all_codes()


@pytest.mark.parametrize(
    "text",
    [
        "Hola Iker, cenamos en tu taquería de Coyoacán la noche del partido y aún hablamos del suadero.",
        "Hallo Iker, wir haben letzten Samstag in deiner Kneipe in Ottensen den Geburtstag gefeiert.",
        "Oi Iker, almoçamos no seu boteco na Lapa depois do jogo e o pastel virou lenda lá em casa.",
        "Hi Iker, we ate at your diner on Route 9 the night of the blizzard and still talk about the pie.",
    ],
)
def test_a_meal_at_their_eatery_by_any_name_is_a_shared_context(analyzer, text):
    assert "SPC102" in analyzer.analyze(text).all_codes()


def test_advice_they_gave_the_senders_household_in_german_is_a_shared_context(analyzer):
    text = "Hallo Herr Roth, Sie haben uns im Frühjahr beim Umbau der Scheune beraten, und das Dach hält."
    assert "SPC102" in analyzer.analyze(text).all_codes()


@pytest.mark.parametrize(
    "text",
    [
        "Guten Tag Herr Roth, Sie haben uns noch nicht kennengelernt, aber wir bieten IT-Sicherheit.",
        "Guten Tag Herr Roth, Sie haben unsere Anfrage letzte Woche erhalten. Wir liefern Solaranlagen.",
    ],
)
def test_a_meeting_denied_or_a_message_received_in_german_is_no_shared_past(analyzer, text):
    assert "SPC102" not in analyzer.analyze(text).all_codes()


@pytest.mark.parametrize(
    "text",
    [
        "Hej Mette, min søn gik i jeres skovbørnehave i to år og savner den stadig.",
        "Hej Mette, min dotter spelade i ert innebandylag hela förra säsongen.",
        "Hoi Mette, onze zoon zat twee jaar bij u in de klas en praat nog over de moestuin.",
        "Dzień dobry, moja córka chodziła do Pani klasy przez trzy lata.",
    ],
)
def test_family_in_their_class_or_team_in_the_nordic_languages_dutch_and_polish(analyzer, text):
    assert "SPC102" in analyzer.analyze(text).all_codes()


@pytest.mark.parametrize(
    "text",
    [
        "Hei Mette, du lærte meg å sveise på kurset i Bodø i fjor.",
        "Hej Mette, du hjalp os med flytningen af værkstedet i marts.",
    ],
)
def test_something_du_did_for_the_sender_in_norwegian_and_danish_is_a_shared_context(analyzer, text):
    assert "SPC102" in analyzer.analyze(text).all_codes()


def test_a_post_liked_in_norwegian_is_no_shared_context(analyzer):
    assert "SPC102" not in analyzer.analyze("Hei Mette, du likte innlegget mitt om sveising.").all_codes()


@pytest.mark.parametrize(
    "text",
    [
        "Hallo Mette, ich habe drei Jahre in Ihrem Kammerorchester in Bremen gespielt.",
        "Hi Mette, I rowed in your novice crew at Durham for a whole winter.",
        "Hi Mette, we took a pottery class at your studio in May and still use the bowls.",
        "Olá Mette, fiz um workshop de cerâmica no seu estúdio em Braga.",
        "Hola Mette, hice un curso de cerámica en tu estudio de Gràcia.",
    ],
)
def test_playing_in_their_group_or_a_class_at_their_place_is_a_shared_context(analyzer, text):
    assert "SPC102" in analyzer.analyze(text).all_codes()


@pytest.mark.parametrize(
    "text",
    [
        "Hi Mette, I did some research on your school before writing - we help schools cut admin.",
        "Hola Mette, hicimos una auditoría en su tienda el año pasado.",
    ],
)
def test_research_or_an_audit_done_at_their_place_is_no_shared_context(analyzer, text):
    assert "SPC102" not in analyzer.analyze(text).all_codes()


def test_thanks_for_a_visit_to_the_senders_profile_in_german_is_no_shared_context(analyzer):
    text = "Vielen Dank für Ihren Besuch meines Profils. Gerne können wir uns direkt hier verbinden."
    assert "SPC102" not in analyzer.analyze(text).all_codes()


@pytest.mark.parametrize(
    "text",
    [
        "Hi Tania, I have a background in marine logistics and would love to learn more about your team.",
        "Hi Tania, would love to connect and learn more about your company, and maybe grab a coffee.",
    ],
)
def test_learning_more_about_their_team_or_company_alone_is_no_concrete_reason(analyzer, text):
    assert "SPC105" not in analyzer.analyze(text).all_codes()


def test_learning_more_about_something_of_their_teams_is_still_a_reason(analyzer):
    text = "Hi Tania, I'd love to learn more about your team's approach to onboarding new nurses."
    assert "SPC105" in analyzer.analyze(text).all_codes()


def test_a_post_liked_in_portuguese_is_no_shared_context(analyzer):
    assert "SPC102" not in analyzer.analyze("Oi Rita, você gostou do meu post sobre IA.").all_codes()


@pytest.mark.parametrize(
    "text",
    [
        "Hi Lena, I was on the panel after yours at the Water Summit in Delft.",
        "Hi Lena, you asked the question about tariff design at my talk in Delft last week.",
    ],
)
def test_speaking_next_to_them_or_their_question_at_the_senders_talk_is_a_shared_context(analyzer, text):
    assert "SPC102" in analyzer.analyze(text).all_codes()


def test_admiration_that_has_always_inspired_the_sender_is_no_concrete_reason(analyzer):
    text = "Hi Lena, water policy has always inspired me, so I'm connecting with engineers across Europe."
    assert "SPC105" not in analyzer.analyze(text).all_codes()


def test_something_of_theirs_that_inspired_the_sender_is_still_a_reason(analyzer):
    text = "Hi Lena, your talk in Delft inspired me to start a rainwater project at my school."
    assert "SPC105" in analyzer.analyze(text).all_codes()


@pytest.mark.parametrize(
    "text",
    [
        "Hej Lena, vi sad i samme kor. Jeg har et spørgsmål om jeres nodearkiv.",
        "Hei Lena, jeg leste rapporten din og lurer på hvordan dere målte avrenningen.",
        "Hej Lena, jag läste din rapport och undrar hur ni mätte avrinningen.",
        "Hoi Lena, ik las je rapport en zou je graag twee vragen stellen over de metingen.",
    ],
)
def test_a_question_about_something_in_danish_norwegian_swedish_and_dutch_is_a_reason(analyzer, text):
    assert "SPC105" in analyzer.analyze(text).all_codes()


@pytest.mark.parametrize(
    "text",
    [
        "Hoi Lena, ik heb een vraag: wil je connecten?",
        "Hej Lena, jeg vil gerne høre, om du har lyst til at connecte.",
    ],
)
def test_a_bare_question_or_whether_they_would_connect_is_no_reason(analyzer, text):
    assert "SPC105" not in analyzer.analyze(text).all_codes()


def test_a_birthday_celebrated_at_their_restaurant_in_brazilian_portuguese_is_a_shared_context(analyzer):
    text = "Oi Lena, comemorei meu aniversário no seu restaurante em Olinda e a moqueca virou lenda."
    assert "SPC102" in analyzer.analyze(text).all_codes()


@pytest.mark.parametrize(
    "text",
    [
        "Hi Ana, you asked a great question at the parents' evening about the reading scheme.",
        "Hi Ana, you asked at the PTA meeting about our volunteer rota app - happy to show you how I set it "
        "up for the school.",
    ],
)
def test_a_question_they_asked_in_other_words_is_a_shared_context(analyzer, text):
    report = analyzer.analyze(text)
    assert "SPC102" in report.all_codes()
    assert report.label == "personalized", report.reason


def test_a_seller_answering_a_question_at_a_webinar_still_sells(analyzer):
    report = analyzer.analyze(
        "Hi Ana, you asked at the webinar about pricing - our plans start at 49 dollars a month, shall I "
        "send them?"
    )
    assert report.label == "sales", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Hi Rania, you found the mistake in my dad's prescription at the Deansgate pharmacy.",
        "Dzień dobry, dziękuję za leczenie kanałowe w zeszłym tygodniu - nic nie bolało!",
        "Hallo Greta, danke nochmal fürs Blumengießen im August!",
        "Inés!! Compañeras de equipo en el CB Estudiantes en 2016. ¡Qué alegría verte entrenando!",
    ],
)
def test_something_they_did_for_the_sender_or_a_team_shared_in_few_words(analyzer, text):
    assert "SPC102" in analyzer.analyze(text).all_codes()


@pytest.mark.parametrize(
    "text",
    [
        "Hey, you popped up in my people-you-may-know list. Happy to connect.",
        "Hi Sam, you came up in my feed a lot this year.",
        "Hola Ana, busco compañeros de equipo para el hackathon de Valencia, ¿te apuntas?",
    ],
)
def test_the_platform_showing_them_or_a_team_sought_is_no_shared_past(analyzer, text):
    assert "SPC102" not in analyzer.analyze(text).all_codes()


def test_a_piece_of_their_work_before_what_they_did_stays_their_work(analyzer):
    report = analyzer.analyze(
        "Hi Sam, the framework you described is exactly what our team needed for pricing reviews."
    )
    assert "SPC101" in {s["code"] for s in report.signals}


@pytest.mark.parametrize(
    "text",
    [
        "Hi Kristian, I played under you at U19 in Brøndby and still use your half-time talks.",
        "Hej Kristian, jeg spillede under dig på U17 i Esbjerg, og din peptalk har jeg aldrig glemt.",
        "Liebe Jana, ich habe bei dir 2015 meine Ausbildung angefangen und denke oft daran zurück.",
    ],
)
def test_coached_by_them_or_trained_at_their_place_is_a_shared_past(analyzer, text):
    assert "SPC102" in analyzer.analyze(text).all_codes()


def test_asking_them_about_training_places_is_not(analyzer):
    report = analyzer.analyze("Hallo Jana, ich habe bei Ihnen angefragt, ob Sie Ausbildungsplätze haben.")
    assert "SPC102" not in report.all_codes()


def test_a_degree_is_no_name_and_congrats_on_it_fit_anyone(analyzer):
    report = analyzer.analyze("Congratulations on completing your PhD, Fatima! A great achievement.")
    assert "SPC103" not in {s["code"] for s in report.signals}
    assert report.label == "default", report.reason


@pytest.mark.parametrize(
    "text",
    [
        # A verb in two parts: thanked for what its last part says.
        "Hi Rosa, thanks for stage-managing our panto in Frome last December - we still laugh about it.",
        # Done for the sender's own, said later in the clause.
        "Hi Rosa, thank you for printing the programmes for our choir's carol concert at such short notice.",
        # Lessons one of the family had with them.
        "Hi Rosa, my son had his first drum lessons with you at the music centre and now plays in a band!",
    ],
)
def test_a_deed_thanked_or_lessons_had_with_them_are_shared(analyzer, text):
    report = analyzer.analyze(text)
    assert "SPC102" in report.all_codes(), report.all_codes()
    assert report.label == "personalized", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Hi Rosa, thanks for reading my message - I'd love my daughter to have lessons with you one day.",
        "Hi Rosa, thanks for taking the time for me.",
    ],
)
def test_a_courtesy_or_lessons_wished_for_are_not(analyzer, text):
    assert "SPC102" not in analyzer.analyze(text).all_codes()


@pytest.mark.parametrize(
    "text",
    [
        "Hi Rowan, you called us back at 11pm when our shop's card machine went down before the market. "
        "We'd have lost the whole day.",
        "Hi Rowan, you rang me back from your holiday to talk me through the boiler reset. Above and beyond!",
    ],
)
def test_a_call_returned_for_the_sender_is_a_shared_past(analyzer, text):
    report = analyzer.analyze(text)
    assert "SPC102" in report.all_codes(), report.all_codes()
    assert report.label == "personalized", report.reason


def test_the_senders_business_conceded_beside_a_deed_is_no_pitch(analyzer):
    report = analyzer.analyze(
        "Hi Rowan, you called us back the night the network went down, even though we're a tiny provider "
        "with four customers in Rye. Thank you."
    )
    assert "PIT003" not in report.all_codes(), report.all_codes()
    assert report.label == "personalized", report.reason


def test_the_senders_business_introduced_is_still_a_self_pitch(analyzer):
    report = analyzer.analyze(
        "Hi Rowan, we're a small fibre provider in Rye. Could we talk about wholesale rates?"
    )
    assert "PIT003" in report.all_codes(), report.all_codes()


@pytest.mark.parametrize(
    "text",
    [
        "Hallo Rowan, du hast uns nach dem Stromausfall am Sonntag die Kühltruhe gerettet. Danke dafür!",
        "Hoi Rowan, je hebt na de storing op zondag onze vriezer gered. Dank daarvoor!",
    ],
)
def test_thanks_pointing_back_at_a_deed_is_a_reason(analyzer, text):
    report = analyzer.analyze(text)
    assert "SPC002" not in report.all_codes(), report.all_codes()
    assert report.label == "personalized", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Hi Wren, thanks for letting me run the soldering table at your makerspace open day in Derby!",
        "Hi Wren, thank you for allowing us to film the lambing at your farm in Powys for school.",
        "Hi Wren, I was on the panel with you at the Leeds data summit when the microphones failed.",
    ],
)
def test_a_favour_let_or_a_stage_shared_is_a_shared_past(analyzer, text):
    report = analyzer.analyze(text)
    assert "SPC102" in report.all_codes(), report.signals
    assert report.label == "personalized", report.reason


@pytest.mark.parametrize(
    "text", ["Hi Wren, thanks for letting me know about the meetup!", "Thanks for allowing me to connect."]
)
def test_letting_the_sender_know_or_connect_fits_anyone(analyzer, text):
    assert "SPC102" not in analyzer.analyze(text).all_codes(), text


@pytest.mark.parametrize(
    "text",
    [
        "Hi Tom, without your help with the move we'd never have made it out of the flat by Friday.",
        "Ciao Tom, senza il tuo aiuto con il trasloco non ce l'avremmo mai fatta entro venerdì.",
        "Ciao Tom, volevo ringraziarti per il passaggio all'aeroporto di Bari domenica.",
    ],
)
def test_help_credited_or_thanked_with_the_verb_is_a_shared_past(analyzer, text):
    report = analyzer.analyze(text)
    assert any(s["code"] == "SPC102" for s in report.signals), report.signals


@pytest.mark.parametrize(
    "text",
    [
        "Caro Tom, ti andrebbe di tenere un intervento sul restauro dei mosaici alla giornata di studio?",
        "Hi Tom, would you give a talk on mosaic restoration at our study day in March?",
    ],
)
def test_a_talk_asked_of_them_is_a_reason(analyzer, text):
    report = analyzer.analyze(text)
    assert any(s["code"] == "SPC105" for s in report.signals), report.signals


@pytest.mark.parametrize(
    "text",
    [
        "Hi Nell, thanks for letting our scout troop aboard the lifeboat on Saturday. They loved it.",
        "Hi Nell, thank you for letting my daughter shadow you at the harbour office last week.",
    ],
)
def test_people_of_the_senders_let_in_are_a_favour_thanked_for(analyzer, text):
    report = analyzer.analyze(text)
    assert "SPC102" in report.all_codes(), report.all_codes()
    assert report.label == "personalized", report.reason


def test_a_request_let_through_is_no_favour(analyzer):
    report = analyzer.analyze("Hi Nell, thanks for letting my request through. Have a good week.")
    assert "SPC102" not in report.all_codes(), report.all_codes()


@pytest.mark.parametrize(
    "text",
    [
        "Hi Sam, you moved grandma's things from Leeds to York and kept her plants alive. Thank you.",
        "Hi Sam, you taught Dad to swim at 70. He still goes every Tuesday.",
    ],
)
def test_a_family_member_named_as_ones_own_is_the_senders(analyzer, text):
    report = analyzer.analyze(text)
    assert "SPC102" in report.all_codes(), report.all_codes()
    assert report.label == "personalized", report.reason
