"""Names on the blank pipeline: SPC103, runs of capitalised words joined by "of", "de", "the" or
"&"; SPC104, the recipient's name in a greeting or called out before "!" or "?"."""

import pytest

from inviteslint import Facts, analyze


@pytest.mark.parametrize(
    ("note", "names"),
    [
        # A name that ends the note is a run like any other.
        ("Thanks for the intro through our mutual friend Marta Nowak", ["Marta Nowak"]),
        ("Your keynote at Bank of America on fraud models was great.", ["Bank of America"]),
        ("Congrats on the move to Procter & Gamble.", ["Procter & Gamble"]),
        ("Great to meet you at Universidad de Chile yesterday.", ["Universidad de Chile"]),
        # A connector with no capitalised word after it is not part of the name.
        ("I enjoyed the panel with Ortiz of the platform team.", ["Ortiz"]),
        # Inner capitals are names too: events, products and surnames.
        ("Great talk at PyCon DE on typing!", ["PyCon DE"]),
        ("I found your fix on GitHub while at McDonald Labs.", ["GitHub", "McDonald Labs"]),
        # A sentence's first word after an emoji, a bullet or an inverted mark is capitalised for
        # being first.
        ("Hi Maya! 👋 Loved your demo at the React Amsterdam meetup.", ["React Amsterdam"]),
        ("Hola Lucía, me gustaría conectar contigo. ¡Un saludo desde Sevilla!", ["Sevilla"]),
        ("Two questions for you:\n• Which stack did you use at Monzo?", ["Monzo"]),
        # Connectors of the other languages join a name too; a run ends at its last name.
        ("We volunteered for Médecins du Monde in Calais.", ["Médecins du Monde", "Calais"]),
        ("Great to meet you at the Salone del Mobile stand.", ["Salone del Mobile"]),
        ("I studied at the Universidade do Porto too.", ["Universidade do Porto"]),
        ("We met on the course at DI last spring.", ["DI"]),
        # A job title is the role, not a named thing; the company after it still is.
        ("I'm writing to the Operations Manager at Fenwick Foods about the pallets.", ["Fenwick Foods"]),
        ("Saw your role as Director of Finance at Halden Trust.", ["Halden Trust"]),
        ("We volunteer with Engineers Without Borders in Leeds.", ["Engineers Without Borders", "Leeds"]),
    ],
)
def test_named_runs(analyzer, note, names):
    found = [s["text"] for s in analyzer.analyze(note).signals if s["code"] == "SPC103"]
    assert found == names


@pytest.mark.parametrize(
    "text, name",
    [
        ("Thanks for the careful review of my pull request, Jonas! Connecting here.", "Jonas"),
        ("Your slides on rate limiting were the clearest I've seen, Priya! Mind if I connect?", "Priya"),
    ],
)
def test_a_name_called_out_before_an_exclamation_is_the_recipients(analyzer, text, name):
    signals = {(s["code"], s["text"]) for s in analyzer.analyze(text).signals}
    assert ("SPC104", name) in signals


@pytest.mark.parametrize(
    "text",
    [
        "Loved the workshop on rate limiting. Best, Jonas.",
        "Loved the workshop on rate limiting. Cheers, Tom!",
        "Hello everyone, Team!",
    ],
)
def test_a_sign_off_is_not_the_recipients_name(analyzer, text):
    assert "SPC104" not in {s["code"] for s in analyzer.analyze(text).signals}


NOTE = "Hi Craig, congrats on your work anniversary! Let's connect."


@pytest.mark.parametrize(
    "sign_off",
    [
        "\n\nBest,\nTom Baker",
        " All the best, Tom Baker",
        " - Tom Baker",
        "\nTom Baker\nNorthwind Logistics",
        "\n\nKind regards,\nTom Baker\nHead of Operations | Northwind Logistics\n+44 7700 900123\n"
        "tom@northwind.com",
        "\n\nMit freundlichen Grüßen\nTom Baker",
    ],
)
def test_the_senders_sign_off_names_nothing_of_the_recipients(analyzer, sign_off):
    report = analyzer.analyze(NOTE + sign_off)
    assert [s["text"] for s in report.signals if s["code"] == "SPC103"] == []
    assert report.label == "default", report.reason


@pytest.mark.parametrize(
    ("note", "names"),
    [
        # A closing wish or a plan names the recipient's world, not the sender's signature.
        ("Hi Ana, congrats on the new role. Best of luck at Stripe!", ["Stripe"]),
        ("Hi Ana, great to meet you at the Leeds meetup. See you at PyCon UK!", ["Leeds", "PyCon UK"]),
    ],
)
def test_names_in_a_closing_wish_or_plan_still_count(analyzer, note, names):
    assert [s["text"] for s in analyzer.analyze(note).signals if s["code"] == "SPC103"] == names


@pytest.mark.parametrize(
    ("note", "greeted"),
    [
        ("Good morning Fatima, I'm a final-year accounting student keen to grow my network.", "Fatima"),
        ("Guten Tag Frau Dr. Wolf, ich würde mich freuen, Sie in meinem Netzwerk zu begrüßen.", "Wolf"),
        ("Buenas tardes Sr. Ruiz, me gustaría formar parte de su red de contactos.", "Ruiz"),
        ("Buongiorno Dott. Greco, vorrei aggiungerla alla mia rete professionale.", "Greco"),
        ("Moin Jana, ich freue mich über neue Kontakte!", "Jana"),
        ("Hoi Femke, ik zou je graag toevoegen aan mijn netwerk.", "Femke"),
        ("Beste meneer De Vries, graag voeg ik u toe aan mijn netwerk.", "De Vries"),
        # Polish writes "you" with a capital ("Panią"): the recipient, not a named thing.
        ("Dzień dobry Pani Anno, chciałabym dodać Panią do mojej sieci kontaktów.", "Anno"),
        ("Tjena Leo, jag vill gärna lägga till dig i mitt nätverk.", "Leo"),
        ("Hei Ingrid, jeg vil gjerne legge deg til i nettverket mitt.", "Ingrid"),
        # Informal greetings: Brazilian "Oi", Italian "Salve", French "Coucou", Spanish "Buenas".
        ("Oi Paula, tudo bem? Vamos nos conectar!", "Paula"),
        ("Salve Giorgio, sarebbe un piacere entrare in contatto.", "Giorgio"),
        ("Coucou Manon, on se connecte ?", "Manon"),
        ("Buenas Lucía, ¿conectamos?", "Lucía"),
    ],
)
def test_the_name_after_any_greeting_is_the_recipients(analyzer, note, greeted):
    report = analyzer.analyze(note)
    assert [s["text"] for s in report.signals if s["code"] == "SPC104"] == [greeted]
    assert not any(greeted in s["text"] for s in report.signals if s["code"] == "SPC103")
    assert report.label == "default", report.reason


@pytest.mark.parametrize(
    ("note", "greeted"),
    [
        # A second name is capitalised and on the greeting's line.
        ("Hi Kent\n\nMy name is Lukas and I organise a small conference in Bern.", "Kent"),
        ("Hi Kent how are you? I'd like to connect.", "Kent"),
        ("Hi Anna Östberg, I'd like to connect.", "Anna Östberg"),
    ],
)
def test_a_greeted_name_stops_at_a_lower_case_word_or_a_line_break(analyzer, note, greeted):
    report = analyzer.analyze(note)
    assert [s["text"] for s in report.signals if s["code"] == "SPC104"] == [greeted]


def test_greetings_from_a_place_name_no_recipient(analyzer):
    report = analyzer.analyze("Greetings from Lagos! I would like to connect with you.")
    assert "SPC104" not in report.all_codes()


@pytest.mark.parametrize(
    "note",
    [
        "Cześć wszystkim, zapraszam do sieci kontaktów.",
        "Hoi allemaal, leuk om te verbinden!",
        "Hei alle, god morgen!",
        # No comma after the greeting: the next word is the sender's, not a name.
        "Goedemiddag ik zoek een stage in de logistiek en kom graag met u in contact.",
        "Hej jag letar efter mitt första jobb som ekonom.",
    ],
)
def test_a_greeting_to_everyone_or_with_no_comma_names_no_recipient(analyzer, note):
    report = analyzer.analyze(note)
    assert "SPC104" not in report.all_codes()
    assert report.label == "default", report.reason


@pytest.mark.parametrize(
    "note",
    [
        "hei ingrid, vi jobbet sammen hos equinor i stavanger. hyggelig å se at du er i oslo nå!",
        "hoi femke, we zaten samen in de klas op het grafisch lyceum in utrecht. leuk je hier te zien!",
        "tjena leo, vi spelade innebandy tillsammans i korpen!",
    ],
)
def test_a_lower_case_greeting_in_the_other_languages_still_names_the_recipient(analyzer, note):
    """Typed in lower case, the note loses its capitalised names; the greeted name still counts."""
    report = analyzer.analyze(note)
    assert "SPC104" in report.all_codes()
    assert report.label == "personalized", report.reason


@pytest.mark.parametrize(
    ("note", "name"),
    [
        ("Sarah -\n\nGood to see you at the Bristol meetup. How did the migration go?", "Sarah"),
        ("Priya, loved your write-up on the outage.", "Priya"),
        ("Marcus - I'm moving to Leeds next month. Coffee before I go?", "Marcus"),
    ],
)
def test_a_name_alone_at_the_top_is_the_recipients(analyzer, note, name):
    found = [s["text"] for s in analyzer.analyze(note).signals if s["code"] == "SPC104"]
    assert found == [name]


@pytest.mark.parametrize(
    "note",
    [
        "Thanks, that was a useful session.",
        "Congrats - great news about the launch!",
        "Greetings, I am a consultant in Dubai.",
        "London, UK - looking to connect with founders.",
        "Buenas, estoy ampliando mi red de contactos.",
        "Recruiters, I'm an experienced PM looking for my next role.",
    ],
)
def test_an_opening_word_or_a_place_at_the_top_names_no_recipient(analyzer, note):
    assert "SPC104" not in analyzer.analyze(note).all_codes()


@pytest.mark.parametrize(
    "note",
    [
        "Lisa -\n\nWould you be open to connecting me with Tomasz at Fernhill? I'm moving into cold-chain "
        "logistics and he's built exactly that.",
        "Hi Lisa, could you put me in touch with Omar Haddad from the food bank? I'd like to volunteer.",
    ],
)
def test_an_introduction_asked_to_someone_they_know_by_name_is_a_reason(analyzer, note):
    report = analyzer.analyze(note)
    assert any(s["code"] == "SPC105" and "me" in s["text"] for s in report.signals)
    assert report.label == "personalized", report.reason


def test_an_introduction_to_a_role_or_a_kind_of_people_is_none(analyzer):
    for note in (
        "Hi Lisa, could you introduce me to your head of procurement? We supply office furniture.",
        "Hi, could you connect me with Kubernetes experts in your network?",
        "Hi Sam, could you introduce me to Google's recruiters? I'm a data analyst.",
    ):
        report = analyzer.analyze(note)
        assert not [s for s in report.signals if s["code"] == "SPC105" and "me" in s["text"]]
        assert report.label != "personalized", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Hi Sam, quick question: How are you finding the new role?",
        "Hallo Frau Weber, kurze Frage: Wie geht es Ihnen nach dem Umzug?",
        "Hallo Petra, ich freue mich, mit Ihnen in Kontakt zu treten. Beste Grüße",
        "Moin Jana, ich freue mich über neue Kontakte!",
    ],
)
def test_a_word_capitalised_after_a_colon_or_a_german_noun_is_no_name(analyzer, text):
    assert "SPC103" not in analyzer.analyze(text).all_codes()


def test_a_name_after_a_colon_is_still_a_name(analyzer):
    report = analyzer.analyze("Hi Sam, a tip from the panel: Ana Ruiz's talk on grid storage is great.")
    assert any(s["code"] == "SPC103" and s["text"].startswith("Ana Ruiz") for s in report.signals)


@pytest.mark.parametrize("apostrophe", ["'", "\u2019"])
def test_the_senders_own_name_after_im_is_no_name(analyzer, apostrophe):
    report = analyzer.analyze(f"Hi Ana, I{apostrophe}m Tomasz and I run the Thursday climbing club.")
    assert not any(s["code"] == "SPC103" and "Tomasz" in s["text"] for s in report.signals)


def test_a_single_capital_letter_is_no_name(analyzer):
    report = analyzer.analyze("Hi Ana, quick Q about the rota: can I swap my Friday shift?")
    assert not any(s["code"] == "SPC103" and s["text"] == "Q" for s in report.signals)


def test_the_senders_company_after_their_self_introduction_is_no_name(analyzer):
    report = analyzer.analyze("Hi Karen, I'm Ana Ruiz from Acme Labs. We make booking software for hotels.")
    assert not any(s["code"] == "SPC103" for s in report.signals)


def test_someone_elses_colleague_is_still_named(analyzer):
    report = analyzer.analyze("Hi Priya, I'm Tom Lee's colleague at Cleo - he said you know the Dublin hub.")
    named = [s["text"] for s in report.signals if s["code"] == "SPC103"]
    assert "Tom Lee" in named and "Cleo" in named


@pytest.mark.parametrize(
    ("note", "name"),
    [
        ("Hi Ingrid, I'm Tom's daughter - he sailed with you at Stavanger for years.", "Tom"),
        ("Hi Ken, I'm Maya, Rob's son - he said you two ran the Oslo half together.", "Rob"),
    ],
)
def test_the_person_the_sender_belongs_to_is_named(analyzer, note, name):
    assert name in [s["text"] for s in analyzer.analyze(note).signals if s["code"] == "SPC103"]


@pytest.mark.parametrize("note", ["Hi Zara, Let's connect! 🚀", "Hi Zara, It's been ages - how are you?"])
def test_a_contraction_after_a_comma_is_no_name(analyzer, note):
    assert not [s for s in analyzer.analyze(note).signals if s["code"] == "SPC103"]


@pytest.mark.parametrize(
    "note",
    [
        "Dear Hiring Manager, I would like to join your network.",
        "Dear Brightwell Recruiting Team, I would like to join your network.",
        "Hola equipo de Brightwell, me gustaría unirme a su red.",
        "Bonjour l'équipe Brightwell, je souhaiterais rejoindre votre réseau.",
    ],
)
def test_a_greeting_to_a_team_or_a_role_names_nobody(analyzer, note):
    """A group greeted is neither the recipient's name nor a named thing, and no wrong name."""
    report = analyzer.analyze(note)
    assert not {"SPC103", "SPC104"} & set(report.all_codes()), report.signals
    assert report.label == "default", report.reason
    assert "CLM004" not in analyze(note, Facts(to="Jane Doe")).codes()


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Caro Matteo, grazie ancora per la visita guidata al cantiere di Parma.", "Matteo"),
        ("Querida Inés, gracias por tu ayuda con la mudanza del sábado.", "Inés"),
        ("Lieber Jonas, danke für deine Hilfe beim Umzug am Samstag!", "Jonas"),
        ("Kære Maja, tak for hjælpen med vinduerne i Vejle.", "Maja"),
        ("Chère Élodie, merci pour le ramonage juste avant la neige.", "Élodie"),
    ],
)
def test_dear_in_the_other_languages_greets_the_recipient(analyzer, text, name):
    report = analyzer.analyze(text)
    assert [s["text"] for s in report.signals if s["code"] == "SPC104"] == [name], report.signals


@pytest.mark.parametrize(
    "text",
    [
        "Estimado cliente, le escribimos con novedades de la tienda.",
        "Sehr geehrte Damen und Herren, anbei die Unterlagen.",
    ],
)
def test_dear_customer_or_ladies_and_gentlemen_names_nobody(analyzer, text):
    report = analyzer.analyze(text)
    assert not any(s["code"] == "SPC104" for s in report.signals), report.signals


def test_days_in_the_plural_are_times_not_names(analyzer):
    names = [
        s["text"]
        for s in analyzer.analyze("We swim at the lido on Sundays and Wednesdays.").signals
        if s["code"] == "SPC103"
    ]
    assert names == []


@pytest.mark.parametrize(
    "note",
    [
        "WE TURN YOUR SLIDES INTO VIDEO COURSES, ask me how",
        "HUGE NEWS: OUR NEW COURSE IS LIVE, grab your seat",
        "Hi Tom, I LOVED YOUR TALK AT THE LEEDS MEETUP",
    ],
)
def test_a_shouted_run_of_capitals_names_nothing(analyzer, note):
    assert [s["text"] for s in analyzer.analyze(note).signals if s["code"] == "SPC103"] == []


@pytest.mark.parametrize(
    ("note", "names"),
    [
        # Acronyms side by side are short: names still, not shouting.
        ("Loved your talk at NASA JPL about the Mars rover.", ["NASA JPL", "Mars"]),
        ("Saw your SAP CPI/BTP migration write-up at Vantor Group.", ["SAP CPI", "BTP", "Vantor Group"]),
        # Two words in capitals are no shout.
        ("We met at the AWS EMEA summit in Dublin.", ["AWS EMEA", "Dublin"]),
    ],
)
def test_acronyms_and_short_runs_of_capitals_are_still_names(analyzer, note, names):
    assert [s["text"] for s in analyzer.analyze(note).signals if s["code"] == "SPC103"] == names
