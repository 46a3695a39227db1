"""SPC101: a piece of the recipient's work. Broad nouns ("your work", "your content") count only
with what the work is about; a compliment that fits anyone is not specific."""

import pytest


def _their_work(analyzer, text):
    return [s["text"] for s in analyzer.analyze(text).signals if s["code"] == "SPC101"]


@pytest.mark.parametrize(
    "text",
    [
        "Hi, I love your content! Let's connect.",
        "Huge fan of your work. Let's connect!",
        "I enjoy reading your posts on LinkedIn, would be great to connect.",
        "Your work in this field is inspiring. Happy to connect.",
        "Big fan of your posts about leadership. Let's connect!",
        "Dear Recruiter, I am looking for a graduate role. Please find my CV attached for your review.",
        # How long the sender has followed is not what the work is about.
        "Hi Jen, I've been reading your posts for years now. Let's connect!",
        "Hey Rob, been watching your videos for quite a while. Would be great to connect.",
        # A topic every post could have, and an approach to something everyone has.
        "Hi Ben, I love your approach to life! Let's connect.",
        "Hi Ben, your latest post about industry trends really resonated. Would love to connect!",
        # A whole field is no subject, at their employer or not.
        "Hi Ben, I love your videos on all things supply chain. Let's connect!",
        "Hi Ben, big fan of your work at Unilever on all things brand. Let's connect!",
        "Hi Ben, I enjoy your posts on B2B marketing. Let's connect!",
        "Hi Ben, your content about data science and AI is always great. Happy to connect.",
        # A name after the comma is who is praised, not a title.
        "Love your work, Dr Okafor. Would be great to connect.",
        # A hyphen joins a field to the same broad word.
        "Hey Julia! Your coaching-content really inspired me. Fancy a quick chat?",
        "Hey Julia! 👋 Dein Coaching-Content hat mich total inspiriert. Hast du Lust auf einen Austausch?",
    ],
)
def test_a_compliment_that_fits_anyone_is_not_their_work(analyzer, text):
    assert _their_work(analyzer, text) == []
    assert analyzer.analyze(text).label == "default"


@pytest.mark.parametrize(
    "text",
    [
        "Hi Yara, I noticed your work on the UN carbon accounting toolkit and would love to ask about it.",
        "Saw your Strava art of a giraffe around Nairobi. Genius!",
        "Hi Rafe, your CVE write-up on the camera firmware bug was brilliant. I maintain the package "
        "for that device.",
        "Hi Esme, your grandmother's recipe post for lemon drizzle took me straight back to my nan's "
        "kitchen. Thank you for sharing it.",
        "Hi Ola, I'm picking up the NHS booking project you handed over in June. Could we do a short "
        "handover?",
        "Hi Fen, your AWS re:Invent talk on cost anomalies was the best session I saw.",
        "Hey Ade, your mural on the side of the Peckham library is stunning. I walk past it every day.",
        "Hi Jo, I judged the pitch competition you won at Techstars Berlin and still think about your "
        "soil sensor.",
        "Hi Fran, I just finished the Naples pizza tour you run - the dough workshop was the best part.",
        "Hi Kai, I used your open-source satellite imagery dataset for my crop-yield paper. Thank you!",
        "Hi Maud, I've just finished your biography of Ada Lovelace and the chapter on her letters to "
        "Babbage stayed with me.",
        "Loved your post about onboarding rituals at Notion, especially the buddy system.",
        "Big fan of your work with refugees in Lesbos.",
        "Hi Ana, loved your review of the new Kindle, especially the bit about the backlight.",
        "Hi Lara, I loved your Design Systems Week session on colour tokens.",
        "Loved your talk at PyCon.",  # a talk is one piece of work, named by the word itself
        # Work done with the hands is work too.
        "Hi Ama, you fixed the boiler at our community hall in January and it's still going strong.",
        "Hi Cal, you restored the stained glass at St Anne's and I walk past it every morning.",
        "Hi Ivo, your prototype of a tide-powered phone charger at the Bristol maker faire blew me away.",
        "Bonjour Ivo, ton atelier sur la céramique à Lyon m'a donné envie de me lancer !",
        # How they or their company go about something, with what it is about.
        "Hi Ben, I've been following Notion's approach to community-led growth and would love to connect.",
        "Hi Ben, I loved your approach to onboarding interns at Monzo.",
        # A talk or a video in another language, in any case, and a German compound.
        "Sehr geehrter Herr Hahn, seit Ihrem Vortrag auf der re:publica denke ich anders über Datenschutz.",
        "Salut Inès, ta vidéo sur le compostage en appartement m'a convaincue d'essayer.",
        "Hallo Ina, deine Fotoserie über Berliner Späti-Besitzer hängt jetzt an unserer Bürowand.",
        # Taking part in something named is theirs too.
        "Hi Ama, I saw you're involved with the Salford girls' robotics club - I coach a team there too.",
        # A typeface, a concept, a preprint.
        "Hi Ines, I used your open typeface 'Tidal' for our charity's annual report. Thank you!",
        "Hi Ines, your concept for a bottle-return kiosk at the Bristol expo was the cleverest idea I saw.",
        "Hi Ines, I replicated your preprint on soil microbes in our greenhouse and got the same curve.",
        # A lab protocol of theirs.
        "Hi Ola, I ran your cold-extraction protocol from the preprint on our hops and it worked first time.",
        # A framework of theirs, in English or borrowed into another language.
        "Hi Ola, your framework for scoring volunteer applications saved our shelter a week of work.",
        "Olá Ola, usei o seu framework de triagem de voluntários no nosso abrigo e funcionou muito bem.",
        # A piece named by its title, quoted or in capitals, says what it is about.
        "Hi Tess, enjoyed your latest post, 12 Things I Wish I Knew Before Managing. Number 7 hit home.",
        "Hi Tess, your post “Why Our Pilots Failed” is now required reading on my team.",
        "Hi Tess, I read your latest post: 'What the night shift taught me about triage' and nodded along.",
    ],
)
def test_work_with_its_subject_or_a_named_piece_is_their_work(analyzer, text):
    assert _their_work(analyzer, text)


def test_a_possessive_after_a_broad_noun_is_no_quoted_title(analyzer):
    assert _their_work(analyzer, "Hi Tess, your post's advice was great. Let's connect!") == []


def test_a_broad_noun_before_what_they_did_is_not_their_work(analyzer):
    assert _their_work(analyzer, "Hi Ivan, I really admire the work you did. Let's connect!") == []


def test_an_offer_to_set_them_up_is_not_their_work(analyzer):
    text = "Hi Ivan, happy to get you set up with an account whenever suits."
    assert _their_work(analyzer, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Hi Ines, I've been following Monzo's work on savings pots and the round-up rules are clever.",
        "Hi Ines, impressed by Ocado's work on warehouse robot failures. Would love to connect.",
    ],
)
def test_a_company_named_with_its_piece_of_work_is_their_work(analyzer, text):
    assert _their_work(analyzer, text)
    assert analyzer.analyze(text).label == "personalized"


@pytest.mark.parametrize(
    "text",
    [
        "Hi Ines, I loved Adam Grant's book on giving. Let's connect!",
        "Hi Ines, I admire Monzo's work. Let's connect!",
        # An analyst's report is read by everyone, and cited in pitches.
        "Hi Ines, I read Forrester's report on CX trends and thought of you. Let's connect!",
    ],
)
def test_a_famous_persons_book_or_a_company_with_no_subject_is_not(analyzer, text):
    assert _their_work(analyzer, text) == []
    assert analyzer.analyze(text).label == "default"


@pytest.mark.parametrize(
    "text",
    [
        "Hi Amara, I've followed your work at Ordnance Survey on flood-risk maps for years. Would you be "
        "open to a short call about them?",
        "Hi Tomasz, I admire your work at the BBC on climate explainers. I teach geography and use "
        "them in class.",
    ],
)
def test_work_at_their_employer_on_a_subject_is_their_work(analyzer, text):
    assert _their_work(analyzer, text)
    assert analyzer.analyze(text).label == "personalized"


@pytest.mark.parametrize(
    "text",
    [
        "Hi Ben, your posts on AI in radiology triage are the clearest I've read. Let's connect!",
        "Hi Ben, your posts on marketing attribution for charities helped our fundraising team.",
    ],
)
def test_a_subject_within_a_field_is_their_work(analyzer, text):
    assert _their_work(analyzer, text)


def test_work_at_their_employer_alone_is_not(analyzer):
    assert _their_work(analyzer, "Hi Tomasz, I admire your work at the BBC. Would love to connect.") == []


def test_what_they_built_with_its_subject_is(analyzer):
    text = "Hi Ines, I was impressed by what you've built with the tide-gauge sensors in Plymouth harbour."
    assert _their_work(analyzer, text)


def test_books_a_bookkeeper_keeps_are_not_their_work(analyzer):
    assert _their_work(analyzer, "Hi Sol, happy to tidy your books before year end. First month free!") == []
    assert _their_work(analyzer, "Hi Sol, I loved your books on Lisbon, especially the one about the trams.")


@pytest.mark.parametrize(
    "text",
    [
        "Hi Noor, I've listened to all your episodes on Victorian shipwrecks - the Whitby one twice. "
        "I dive on the north-east coast and would love to follow what you find next.",
        "Hi Noor, your keynotes on kidney transplant waiting lists are why I chose nephrology. Thank you!",
    ],
)
def test_their_work_in_the_plural_is_their_work(analyzer, text):
    report = analyzer.analyze(text)
    assert "SPC101" in report.all_codes()
    assert report.label == "personalized", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Hi Ada, I came across your portfolio this morning - lovely work. I especially liked the "
        "signage for the Leith farmers' market. Would be glad to connect.",
        "Hallo Ada, deine Arbeiten gefallen mir sehr, besonders die Etiketten für die Brauerei am Hafen. "
        "Lass uns gern vernetzen!",
    ],
)
def test_one_piece_singled_out_of_their_work_is_their_work(analyzer, text):
    report = analyzer.analyze(text)
    assert "SPC101" in report.all_codes()
    assert report.label == "personalized", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Hi Ada, love your portfolio! Let's connect.",
        "Hi Ada, love your work, especially lately! Let's connect.",
        "Hi Ada, your posts are great, especially the ones on LinkedIn.",
        # An adviser's "your portfolio" is the recipient's money, not their work.
        "Hi Ada, we rebalance your portfolio for lower fees every quarter. Open to a chat?",
    ],
)
def test_their_work_in_broad_words_or_their_investments_are_not(analyzer, text):
    assert "SPC101" not in analyzer.analyze(text).all_codes()


@pytest.mark.parametrize(
    "text",
    [
        "Hi Ines, I'd love to hear how your team migrated the warehouse system off the mainframe.",
        "Hi Ines, I'm curious how your team moved checkout to the new payments API last spring.",
        "Hi Ines, saw that your team rolled out same-day delivery in Porto. How did you plan the routes?",
    ],
)
def test_what_their_team_did_is_their_work(analyzer, text):
    assert _their_work(analyzer, text)
    assert analyzer.analyze(text).label == "personalized"


def test_what_the_sender_offers_their_team_to_do_is_not(analyzer):
    text = "Hi Ines, we help your team automate invoice matching. Open to a quick demo next week?"
    assert _their_work(analyzer, text) == []
    assert _their_work(analyzer, "Hi Ines, we can help your team migrated to the cloud in weeks.") == []
    assert analyzer.analyze(text).label == "sales"


@pytest.mark.parametrize(
    "text",
    [
        "Hola Ana, tu guía sobre compostaje en balcones cambió nuestro huerto.",
        "Olá Rita, o seu guia de compostagem mudou a nossa horta.",
        "Ciao Anna, la tua guida al compostaggio sul balcone ci ha salvato l'orto.",
        "Hallo Anna, dein Leitfaden zum Kompostieren auf dem Balkon hat unseren Garten gerettet.",
        "Hallo Anna, Ihr Kompostierleitfaden hat unserem Schulgarten sehr geholfen.",
    ],
)
def test_their_guide_in_another_language_is_their_work(analyzer, text):
    report = analyzer.analyze(text)
    assert "SPC101" in report.all_codes()
    assert report.label == "personalized", report.reason


def test_a_guide_the_sender_sends_is_not_their_work(analyzer):
    report = analyzer.analyze("Hola Ana, te envío nuestra guía sobre compostaje, ¿te interesa?")
    assert "SPC101" not in report.all_codes()


@pytest.mark.parametrize(
    "text",
    [
        "Hallo Jana, danke für deine Beiträge hier auf LinkedIn!",
        "Bonjour Anne, merci pour vos publications sur LinkedIn, toujours un plaisir.",
        "Olá Rita, obrigado pelos seus vídeos aqui no LinkedIn!",
    ],
)
def test_their_posts_or_videos_in_another_language_with_no_subject_fit_anyone(analyzer, text):
    report = analyzer.analyze(text)
    assert "SPC101" not in report.all_codes()
    assert report.label == "default", report.reason


def test_their_posts_in_another_language_with_a_subject_are_their_work(analyzer):
    report = analyzer.analyze("Hallo Jana, danke für deine Beiträge über Pflegeroboter in der Altenpflege!")
    assert "SPC101" in report.all_codes()


@pytest.mark.parametrize(
    "text",
    [
        "Hi Kofi, I admire your work at Arup designing the footbridge over the Tyne. I'm a structures "
        "student in Leeds.",
        "Hi Kofi, I've followed your work @ Ocado building the picking robots' vision system.",
        "Hi Kofi, I saw you were a core contributor to the Polars streaming engine; it runs our reports.",
        "Hi Kofi, you co-authored the WCAG note on cognitive accessibility, which our team now uses.",
    ],
)
def test_what_they_do_at_their_employer_or_their_part_in_it_is_their_work(analyzer, text):
    assert _their_work(analyzer, text)
    assert analyzer.analyze(text).label == "personalized"


def test_work_at_their_employer_doing_great_things_is_not(analyzer):
    text = "Hi Kofi, I admire your work at Arup doing great things. Would love to connect."
    assert _their_work(analyzer, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Hi Dana, your sourdough videos taught me to bake during lockdown. Thank you!",
        "Hi Dana, your couch-to-5k video is the reason I run three times a week now.",
        "Hi Ines, I keep coming back to your watercolour portfolio when I'm stuck on a commission.",
    ],
)
def test_what_the_work_is_about_said_before_a_broad_noun_is_their_work(analyzer, text):
    assert _their_work(analyzer, text)
    assert analyzer.analyze(text).label == "personalized"


@pytest.mark.parametrize(
    "text",
    [
        "Hi Sam, I really enjoy your insightful LinkedIn posts. Let's connect!",
        "Hi Sam, your daily leadership content always makes my morning.",
        "Hi Sam, big fan of your growth content. Would be great to connect.",
        "Hi Sam, love your marketing videos, let's connect.",
        "Hi Sam, I've seen your team's posts. Happy to connect.",
        # A kind of work, not what it is about.
        "Hi Sam, we're a small studio and can take on your overflow work at a fixed monthly rate.",
    ],
)
def test_words_that_describe_or_place_any_work_before_a_broad_noun_are_not(analyzer, text):
    assert _their_work(analyzer, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Hola Ana, tu informe sobre la sequía en Murcia me ayudó con el trabajo de fin de máster.",
        "Olá Rita, o seu relatório sobre a seca no Alentejo foi muito útil para a minha tese.",
        "Bonjour Anne, vos rapports sur la qualité de l'air à Lyon m'ont beaucoup appris.",
        "Hallo Anna, Ihr Bericht über die Pflegereform war die beste Zusammenfassung, die ich kenne.",
        "Ciao Anna, il tuo rapporto sulla siccità in Puglia è stato prezioso per la mia tesi.",
    ],
)
def test_their_report_in_another_language_is_their_work(analyzer, text):
    report = analyzer.analyze(text)
    assert "SPC101" in report.all_codes()
    assert report.label == "personalized", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Bonjour Inès, votre projet Terre Vive pour les jardins partagés de Rennes m'a inspirée.",
        "Hola Inés, tu proyecto de huertos escolares en Getafe es justo lo que buscaba mi AMPA.",
        "Ciao Inès, il tuo progetto di orti condivisi a Bergamo è stato citato in consiglio.",
        "Hallo Inès, Ihr Ansatz zur kommunalen Wärmeplanung hat unserem Ortsrat die Diskussion erleichtert.",
    ],
)
def test_their_project_or_approach_in_another_language_is_their_work(analyzer, text):
    assert "SPC101" in analyzer.analyze(text).all_codes()


def test_an_approach_in_another_language_with_nothing_it_is_about_fits_anyone(analyzer):
    assert "SPC101" not in analyzer.analyze("Bonjour Inès, j'aime beaucoup votre approche !").all_codes()


@pytest.mark.parametrize(
    "text",
    [
        "Olá Inês, vi seu trabalho em mentoria de enfermeiras recém-formadas. Muito bom!",
        "Hola Inés, conocí tu trabajo en huertos escolares por la revista del colegio. ¡Qué bien!",
        # A subject within a field.
        "Olá Inês, vi seu trabalho em educação financeira para jovens no Recife. Que iniciativa!",
    ],
)
def test_their_work_in_a_subject_in_portuguese_and_spanish_is_their_work(analyzer, text):
    assert "SPC101" in analyzer.analyze(text).all_codes()


@pytest.mark.parametrize(
    "text",
    [
        # Where they work, teamwork, and a whole field.
        "Olá Inês, admiro seu trabalho em São Paulo. Abraço!",
        "Hola Inés, admiro tu trabajo en la fundación. Saludos.",
        "Olá Inês, admiro seu trabalho em equipe. Abraço!",
        "Olá Inês, admiro seu trabalho em tecnologia e inovação. Abraço!",
        # A purpose, not a subject; a trade or a function.
        "Olá Inês, admiro seu trabalho em prol da comunidade. Vamos conectar?",
        "Hola Inés, admiro tu trabajo en recursos humanos. ¡Conectemos!",
    ],
)
def test_their_work_at_a_place_in_a_team_or_a_field_is_not(analyzer, text):
    report = analyzer.analyze(text)
    assert "SPC101" not in report.all_codes()
    assert report.label == "default", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Hi Mr Okafor, I was on the tour of your bottling plant on Friday. Your explanation of the "
        "rinse-water loop helped my dissertation a lot.",
        "Hoi Sanne, jouw uitleg over de nieuwe mestregels op de boerderijdag in Dronten was heel helder.",
        "Guten Tag Frau Kaya, Ihre Erklärung zur Wärmepumpenförderung beim Bürgerabend war die beste.",
    ],
)
def test_an_explanation_they_gave_with_its_subject_is_their_work(analyzer, text):
    report = analyzer.analyze(text)
    assert "SPC101" in report.all_codes()
    assert report.label == "personalized", report.reason


def test_thanks_for_an_explanation_with_no_subject_is_not_their_work(analyzer):
    report = analyzer.analyze("Hi Ana, thanks for your explanation. Let's connect.")
    assert "SPC101" not in report.all_codes()
    assert report.label == "default", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Hi Ines, I walked through the library your practice designed in Aarhus last spring.",
        "Bonjour Ines, j'ai vu la chapelle que votre atelier a restaurée à Vannes.",
        "Hallo Ines, ich war in der Schule, die Ihr Büro in Aarhus entworfen hat.",
        "Hola Ines, visité la biblioteca que diseñó tu estudio en Aarhus.",
        "Oi Ines, visitei a escola que a sua equipe projetou em Aarhus.",
        "Ciao Ines, ho visitato la biblioteca che il tuo studio ha progettato ad Aarhus.",
        "Hoi Ines, ik was in de bibliotheek die jullie bureau in Aarhus heeft ontworpen.",
    ],
)
def test_what_their_firm_made_said_in_a_relative_clause_is_their_work(analyzer, text):
    assert "SPC101" in analyzer.analyze(text).all_codes()


@pytest.mark.parametrize(
    "text",
    [
        "Hi Ines, was your studio built for podcasting? We rent soundproofing panels by the month.",
        "Bonjour Ines, est-ce que votre agence a conçu son site elle-même ? Nous créons des sites vitrines.",
    ],
)
def test_a_question_about_how_their_place_was_made_is_not_their_work(analyzer, text):
    assert "SPC101" not in analyzer.analyze(text).all_codes()


@pytest.mark.parametrize(
    "text",
    [
        "Hej Ines, jag läste din översättning av Tokarczuks roman i somras.",
        "Hallo Ines, Ihre Übersetzung von Tokarczuks Roman hat mich durch den Winter gebracht.",
        "Hola Ines, tu traducción de la novela de Tokarczuk me acompañó todo el verano.",
    ],
)
def test_a_translation_of_theirs_is_their_work(analyzer, text):
    assert "SPC101" in analyzer.analyze(text).all_codes()


def test_swedish_er_after_seeing_it_is_their_work(analyzer):
    text = "Hej Mette, vi såg er föreställning på Dramaten i höstas."
    assert "SPC101" in analyzer.analyze(text).all_codes()


@pytest.mark.parametrize(
    "text",
    [
        "Hej Mette, jag besökte er hemsida och såg att ni saknar bokning online.",
        "Hej Mette, jag såg er platsannons och vill gärna söka tjänsten.",
    ],
)
def test_swedish_er_website_or_ad_is_not_their_work(analyzer, text):
    assert "SPC101" not in analyzer.analyze(text).all_codes()


def test_what_lei_made_in_italian_is_their_work_but_not_someone_named(analyzer):
    text = "Buongiorno Mette, ho visto la mostra che ha curato al Castello."
    assert "SPC101" in analyzer.analyze(text).all_codes()
    text = "Buongiorno Mette, ho visto la mostra che ha curato Marco Rossi al Castello."
    assert "SPC101" not in analyzer.analyze(text).all_codes()


def test_a_talk_you_gave_in_spanish_is_their_work(analyzer):
    text = "Hola Mette, la charla que diste en Codemotion me cambió la forma de testear."
    assert "SPC101" in analyzer.analyze(text).all_codes()


@pytest.mark.parametrize(
    "text",
    [
        "Ciao Lena, ho fatto il tuo corso di ceramica a Faenza e ora ho un forno in garage.",
        "Hola Lena, hice tu curso de cerámica en Talavera y ahora tengo un horno en casa.",
        "Hej Lena, jeg har boet i et af de huse, du tegnede i Odense.",
        "Hej Lena, huset du ritade i Lund är fortfarande mitt favorithus.",
    ],
)
def test_a_course_of_theirs_or_what_du_designed_is_their_work(analyzer, text):
    assert "SPC101" in analyzer.analyze(text).all_codes()


def test_a_set_or_a_workshop_du_or_sie_gave_in_german_is_their_work(analyzer):
    played = "Hey Lena, du hast am Samstag im Hafenklub das Soul-Set aufgelegt."
    assert "SPC101" in analyzer.analyze(played).all_codes()
    text = "Guten Tag Frau Roth, Sie haben noch nie einen Workshop moderiert? Wir bieten Kurse an."
    assert "SPC101" not in analyzer.analyze(text).all_codes()


@pytest.mark.parametrize(
    ("text", "work"),
    [
        ("Hi Rosa, I saw your show at the Tramway in Glasgow and loved the lace dresses.", "your show at"),
        ("Hi Ken, I was on the 2016 series of your quiz show; you were so kind.", "your quiz show"),
        ("Oi Rosa, vi seu desfile no SPFW e amei as rendas de bilro.", "seu desfile"),
        ("Hej Ingrid, jag gick på ditt pass om högläsning på bokmässan i Göteborg.", "gick på ditt pass"),
        ("Hej Ingrid, jag var på ditt seminarium om skolbibliotek i Malmö.", "ditt seminarium"),
    ],
)
def test_a_show_or_a_session_of_theirs_is_their_work(analyzer, text, work):
    assert work in _their_work(analyzer, text)


@pytest.mark.parametrize(
    "text",
    [
        "Hi Devon, your posts always show up in my feed, so I thought I'd connect.",
        "Hej Ingrid, jag var på din hemsida och såg att du jobbar med skolbibliotek.",
        "Hei Lars, jeg var på din hjemmeside og så at du jobber med ferjer.",
    ],
)
def test_show_as_a_verb_or_a_website_visited_is_not(analyzer, text):
    assert _their_work(analyzer, text) == []


def test_work_they_have_not_made_yet_is_not_their_work(analyzer):
    report = analyzer.analyze(
        "Dear Dr. Okafor, our journals offer peer review in two weeks. Submit your next paper with "
        "a 40% APC discount this month."
    )
    assert not [s for s in report.signals if s["code"] == "SPC101"]
    assert report.label == "sales", report.reason


def test_what_they_made_in_an_italian_relative_clause_with_fare(analyzer):
    assert "che hai fatto" in _their_work(
        analyzer, "Ciao Giulia, ho ancora la tazza che hai fatto al corso di ceramica a Faenza."
    )


def test_a_company_named_in_two_words_has_work_of_its_own(analyzer):
    report = analyzer.analyze("Hi Ana, I follow Northwind Energy's work on heat-pump controls for flats.")
    assert "SPC101" in report.all_codes(), report.all_codes()


def test_what_they_built_at_their_company_fits_any_founder(analyzer):
    text = "Hi Sam, impressed by your background and what you've built at Tillwise. Would love to connect."
    report = analyzer.analyze(text)
    assert "SPC101" not in report.all_codes(), report.all_codes()
    assert report.label == "default", report.reason


def test_what_they_built_with_what_it_is_for_stays_their_work(analyzer):
    report = analyzer.analyze("Hi Sam, everything you've built for the Leeds food bank's volunteers rocks.")
    assert "SPC101" in report.all_codes(), report.all_codes()


@pytest.mark.parametrize(
    "text",
    [
        "Hi Ines, I'm a backend developer with 6 years in Go. Impressed by Tidewave's work on offline-first "
        "sync. Would love to connect and learn about opportunities. Thanks!",
        "Hi Ines, I'm a recent graduate in supply chain and really admire Norvik's work on cold-chain "
        "tracking. I'd be glad to hear how you got into logistics.",
    ],
)
def test_a_companys_work_beside_the_senders_career_ask_is_what_every_applicant_praises(analyzer, text):
    report = analyzer.analyze(text)
    assert "SPC101" not in report.all_codes(), report.signals
    assert report.label == "default", report.reason


def test_a_candidate_who_says_how_they_could_contribute_asks_for_their_own_career(analyzer):
    text = "Hi Ines, I saw Tidewave is hiring; I'd love to discuss how I could contribute to your team."
    assert "PIT018" in analyzer.analyze(text).all_codes()


def test_a_survey_they_made_with_its_subject_is_their_work_and_one_filled_in_is_not(analyzer):
    made = "Hi Ruth, your survey of flat roofs on 1960s schools in Leicester saved our team a site visit."
    filled = "Hi Ruth, thanks for filling in your survey last week."
    assert _their_work(analyzer, made)
    assert _their_work(analyzer, filled) == []


def test_a_breakdown_of_theirs_with_its_subject_is_their_work(analyzer):
    assert _their_work(analyzer, "Hi Ruth, your breakdown of the Champions League final tactics was superb.")
    assert _their_work(analyzer, "Hi Ruth, I'd love your breakdown.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Hi Tomas, I'd love your feedback on my new portfolio site. Your opinion means a lot to me.",
        "Hallo Tomas, ich würde mich über dein Feedback zu meinem neuen Portfolio freuen.",
        "Olá Tomas, adoraria o teu feedback sobre o meu novo portefólio.",
    ],
)
def test_their_feedback_asked_for_is_not_their_work(analyzer, text):
    report = analyzer.analyze(text)
    assert "SPC101" not in report.all_codes(), report.all_codes()
    assert report.label == "default", report.reason


def test_their_feedback_given_on_the_senders_work_is_their_work(analyzer):
    report = analyzer.analyze(
        "Hi Tomas, your feedback on my portfolio review at the Figma meetup was spot on. I've redone the "
        "case studies since."
    )
    assert "SPC101" in report.all_codes(), report.all_codes()
    assert report.label == "personalized", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Good morning Ines, I'd like to discuss your area of study sometime.",
        "Buen día Ines, me gustaría conversar sobre tu área de estudio.",
        "Bonjour Ines, j'aimerais échanger sur votre domaine de recherche.",
    ],
)
def test_their_field_named_with_a_work_noun_is_not_their_work(analyzer, text):
    report = analyzer.analyze(text)
    assert "SPC101" not in report.all_codes(), report.all_codes()
    assert report.label == "default", report.reason


def test_a_study_of_a_field_named_is_still_their_work(analyzer):
    report = analyzer.analyze(
        "Hi Ines, your study of field voles on Skomer changed how I plan my own survey."
    )
    assert "SPC101" in report.all_codes(), report.all_codes()


def test_a_role_playing_adventure_of_theirs_is_their_work(analyzer):
    report = analyzer.analyze(
        "Hi Wren, I ran your one-shot about the drowned bell tower for my Thursday group. They loved it!"
    )
    assert "SPC101" in report.all_codes(), report.signals
    assert report.label == "personalized", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Hi Wren, your chart of Humber flood warnings is pinned above my desk at the council.",
        "Hi Wren, your map of the old railway line made our Sunday walk.",
        "Hi Wren, I keep both of your maps of the canal towpaths in my panniers.",
        "Ciao Wren, la tua inchiesta sui cantieri fermi a Genova l'ho letta in classe con i ragazzi.",
    ],
)
def test_a_chart_a_map_or_a_data_investigation_of_theirs_is_their_work(analyzer, text):
    report = analyzer.analyze(text)
    assert "SPC101" in report.all_codes(), report.signals
    assert report.label == "personalized", report.reason


def test_a_business_listed_on_a_map_is_no_map_of_theirs(analyzer):
    report = analyzer.analyze("Hi Sam, is your Google Maps listing bringing in calls? We can fix that.")
    assert "SPC101" not in report.all_codes(), report.signals
    assert report.label != "personalized", report.reason


def test_a_race_they_put_on_is_their_work(analyzer):
    report = analyzer.analyze("Wren, your Coniston fell race was my first ever, and you cheered us all in.")
    assert "SPC101" in report.all_codes(), report.signals
    assert report.label == "personalized", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Hi Wren, I saw you'd posted a plan for a tool library at the allotments. Count me in!",
        "Hej Wren! Jag såg att du hade lagt upp ett förslag om en verktygsbod i kolonin. Räkna med mig!",
    ],
)
def test_what_they_posted_said_in_the_past_perfect_is_their_work(analyzer, text):
    report = analyzer.analyze(text)
    assert "SPC101" in report.all_codes(), report.signals
    assert report.label == "personalized", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Hi, your paper on {topic} was a great read. Sending a request.",
        "Really enjoyed your contributions to the {{community}} community this year!",
        "Loved your talk at [event] - let's connect.",
    ],
)
def test_a_piece_of_work_whose_subject_is_an_unfilled_merge_tag_is_the_templates(analyzer, text):
    report = analyzer.analyze(text)
    assert _their_work(analyzer, text) == []
    assert report.label == "default", report.reason


def test_a_piece_of_work_with_its_subject_written_counts_beside_an_unfilled_name(analyzer):
    text = "Hi {first_name}, your paper on flood insurance for renters in Hull was a great read."
    assert _their_work(analyzer, text) == ["your paper"]


def test_an_event_left_as_a_template_field_is_no_shared_past(analyzer):
    text = "Hi [Contact Name], it was great meeting you at [Event Name] last week. Let's keep in touch!"
    report = analyzer.analyze(text)
    assert "PIT009" in report.all_codes(), report.all_codes()
    assert not {"SPC102", "SPC103"} & report.all_codes(), report.all_codes()
    assert report.label == "default", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Hi [Name], we're both working on [shared area]. Would be great to swap notes sometime.",
        "Hi {first_name}, we both studied at {school} - great to connect!",
    ],
)
def test_a_tie_whose_topic_is_left_as_a_template_field_is_none(analyzer, text):
    report = analyzer.analyze(text)
    assert "SPC102" not in report.all_codes(), report.all_codes()
    assert report.label == "default", report.reason


def test_a_lower_case_word_in_brackets_is_no_template_field(analyzer):
    report = analyzer.analyze("Thanks Jo! The slides from the meetup [link] and the notes [sic].")
    assert "PIT009" not in report.all_codes(), report.all_codes()


@pytest.mark.parametrize(
    "text",
    [
        # A field named by what goes in it, in lower case.
        "Hey Jo, your thread on [post topic] stuck with me, especially [specific detail]. Let's connect.",
        # Their role or plans, with the template's field for the rest.
        "Hi Jo, I noticed you're attending [event/webinar]. Would be great to connect beforehand.",
        "Hi Jo, happy to send over a checklist that might help your team at [company name].",
        # The thing they did left as the field before "you <verb>".
        "Hi Jo, I have six years building exactly the [tool from the job ad] you mentioned. Keen to stay on "
        "your radar.",
    ],
)
def test_a_lower_case_template_field_is_no_work_role_or_event_of_theirs(analyzer, text):
    report = analyzer.analyze(text)
    assert "PIT009" in report.all_codes(), report.all_codes()
    assert not {"SPC101", "SPC107"} & report.all_codes(), report.all_codes()
    assert report.label != "personalized", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Jo, the minutes say the budget [laughs] was approved. Thanks for chairing!",
        "Hi Jo, I wrote up the [project kickoff notes](https://example.org/notes) from Tuesday.",
    ],
)
def test_a_stage_direction_or_a_markdown_link_is_no_template_field(analyzer, text):
    assert "PIT009" not in analyzer.analyze(text).all_codes()


@pytest.mark.parametrize(
    "text",
    [
        "Ciao Ada, lavori nel [settore]? Sto riunendo professionisti per scambiare idee, ti va?",
        "Bonjour Ada, vous travaillez dans le [secteur] ? Je réunis des pros pour échanger, ça vous dit ?",
    ],
)
def test_a_template_field_in_another_language_is_flagged_and_the_note_not_sold(analyzer, text):
    report = analyzer.analyze(text)
    assert "PIT009" in report.all_codes(), report.all_codes()
    assert report.label == "default", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Hi Ada, I attended your masterclass on Sherry at the London Wine Fair and took pages of notes.",
        "Buongiorno Ada, ho partecipato alla sua masterclass sul Nebbiolo e ho usato i suoi appunti.",
    ],
)
def test_a_masterclass_they_gave_is_their_work(analyzer, text):
    report = analyzer.analyze(text)
    assert "SPC101" in report.all_codes(), report.all_codes()
    assert report.label == "personalized", report.reason


def test_something_they_published_is_their_work(analyzer):
    report = analyzer.analyze(
        "Hi Ada, the glossary of tidal terms you published last year saved my thesis. Thank you!"
    )
    assert "SPC101" in report.all_codes(), report.all_codes()
    assert report.label == "personalized", report.reason


def test_something_they_donated_to_the_senders_is_theirs(analyzer):
    report = analyzer.analyze(
        "Hi Ada, you donated forty bird boxes to our allotment society in March. Three have nests!"
    )
    assert "SPC101" in report.all_codes(), report.all_codes()
    assert report.label == "personalized", report.reason


@pytest.mark.parametrize(
    ("text", "work"),
    [
        (
            "Hi Ada, your screening of Nosferatu with a live organist was the best night out in years.",
            True,
        ),
        ("Hi Ada, your Thursday screenings of silent comedies got my dad out of the house again.", True),
        # A recruiter's step, not a piece of theirs.
        ("Hi Ada, your screening call with our talent team is booked for Monday at ten.", False),
    ],
)
def test_a_screening_they_put_on_is_their_work(analyzer, text, work):
    assert ("SPC101" in analyzer.analyze(text).all_codes()) is work


def test_a_shops_window_display_is_their_work(analyzer):
    report = analyzer.analyze(
        "Hi Ada, your window display of banned books stopped me in the street. I bought three."
    )
    assert "SPC101" in report.all_codes(), report.all_codes()


def test_a_tasting_they_led_is_their_work(rules_only):
    report = rules_only.analyze(
        "Hi Marta, your olive oil tasting at the Borough food festival was the reason I switched brands "
        "at home."
    )
    assert "SPC101" in report.all_codes(), report.all_codes()
    assert report.label == "personalized", report.reason


def test_captions_with_what_they_were_on_are_their_work(rules_only):
    report = rules_only.analyze(
        "Hi Tom, your captioning of the Leeds council budget meeting let my deaf neighbour follow every vote."
    )
    assert "SPC101" in report.all_codes(), report.all_codes()
    assert report.label == "personalized", report.reason


@pytest.mark.parametrize(
    "text", ["Hi Tom, love your captions!", "Hi Tom, your captions are always so funny."]
)
def test_captions_with_nothing_after_fit_anyone(rules_only, text):
    assert "SPC101" not in rules_only.analyze(text).all_codes()


@pytest.mark.parametrize(
    "text",
    [
        "Hi Fenna, we took the twins to your puppet show in Ludlow and they still talk about the crocodile.",
        "Hi Fenna, I wrote up your play at the Traverse for the student paper and still quote its last line.",
    ],
)
def test_a_show_or_play_of_theirs_at_a_named_place_is_their_work(rules_only, text):
    report = rules_only.analyze(text)
    assert "SPC101" in report.all_codes(), report.all_codes()
    assert report.label == "personalized", report.reason


def test_their_play_at_the_weekend_is_no_piece_of_work(rules_only):
    report = rules_only.analyze("Hi Fenna, your play at the weekend was brave - three goals!")
    assert "SPC101" not in report.all_codes(), report.all_codes()


@pytest.mark.parametrize(
    "text",
    [
        # What the sender offers to do to their things is the material of the offer.
        "we turn your slides into video courses, ask me how",
        "Hi Ana, we turn your old blog posts into a weekly newsletter that sells.",
    ],
)
def test_their_work_inside_the_senders_offer_is_no_work_of_theirs(analyzer, text):
    assert _their_work(analyzer, text) == []
    assert analyzer.analyze(text).label == "sales"


def test_a_deed_done_with_their_work_is_still_theirs(analyzer):
    # The sender did it, for their own team: no offer.
    text = "I turned your slides into a cheat sheet for my team - thank you!"
    assert _their_work(analyzer, text) == ["your slides"]
    assert analyzer.analyze(text).label == "personalized"


@pytest.mark.parametrize(
    "text",
    [
        "Hi Anwen, I've been following your work with interest. Let's connect!",
        "Following your posts with great interest and would be glad to connect.",
        "Dear Tom, I follow your work with admiration from Dundee. Happy to connect.",
    ],
)
def test_how_the_sender_follows_their_work_is_no_subject(analyzer, text):
    assert _their_work(analyzer, text) == []
    assert analyzer.analyze(text).label == "default"


@pytest.mark.parametrize(
    "text",
    [
        "Hi Anwen, your work with tenants' interest groups in Swansea is why I joined ours.",
        "Your work with great crested newts at the Denbigh ponds got our survey licence through.",
    ],
)
def test_who_or_what_their_work_is_with_is_still_its_subject(analyzer, text):
    assert _their_work(analyzer, text), analyzer.analyze(text).signals


@pytest.mark.parametrize(
    "text",
    [
        "Oliver, your OO gauge layout at the Doncaster show had the signal box my grandad worked in.",
        "Oliver, your diorama of the Pegasus Bridge landing at Telford was extraordinary.",
    ],
)
def test_a_modellers_layout_or_diorama_with_what_it_is_is_their_work(analyzer, text):
    assert _their_work(analyzer, text), analyzer.analyze(text).signals


@pytest.mark.parametrize(
    "text",
    ["Hi Oliver, love your layout! Let's connect.", "Hi Oliver, your website layout is great, connect?"],
)
def test_a_layout_alone_or_a_websites_is_not_their_work(analyzer, text):
    assert _their_work(analyzer, text) == []


def test_a_greeting_field_before_you_and_its_verb_leaves_their_work(analyzer):
    # The field is their name, not the thing they described.
    report = analyzer.analyze("Hi [Name] you described the Kafka retry pattern at the Leeds meetup.")
    assert "SPC101" in report.all_codes(), report.signals
