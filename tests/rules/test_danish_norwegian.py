"""Danish and Norwegian notes: what a seller offers, and what the recipient did or made, with
Norwegian's "your" after the noun. Every note here was written for these tests."""

import pytest


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Hej Bo, vi hjælper tandlæger med at fylde kalenderen via Google. Har du 15 minutter?", "PIT003"),
        ("Hei Liv, bare 3 plasser igjen på excelkurset i mars - rabatt til fredag!", "PIT004"),
        ("Hej Ulla, jeg tilbyder fast pris på løn for små virksomheder. Skal jeg sende et tilbud?", "PIT004"),
        ("Hei Knut, vi leverer frukt til kontorer i Bergen. Skal jeg sende prislisten?", "PIT003"),
        ("Hej Maj, hvem hos jer står for indkøb af arbejdstøj?", "PIT015"),
    ],
)
def test_a_pitch_in_danish_or_norwegian_is_sales(analyzer, text, code):
    report = analyzer.analyze(text)
    assert code in report.all_codes()
    assert report.label == "sales", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Hej Bo, tak for dit oplæg om havvind på Energidagen i Esbjerg - meget lærerigt!",
        "Hei Liv, takk for foredraget ditt om skred på geologidagene i Tromsø!",
        "Hei Knut, jeg leste kronikken din i Aftenposten om skolebibliotekene. Jeg er bibliotekar selv.",
        "Hej Ulla, vi spillede i samme orkester i Aarhus i 2010 - vi sad ved siden af hinanden!",
        "Hei Maj, vi møttes i fjor på Arendalsuka - du fortalte om bybanen i Bergen.",
        # Danish "af" says what a review was of, as "of" does.
        "Hej Emil, tak for din review af min kode i Home Assistant.",
    ],
)
def test_their_work_or_a_shared_past_in_danish_or_norwegian_is_personal(analyzer, text):
    report = analyzer.analyze(text)
    assert report.label == "personalized", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Hej Anders, jeg vil gerne tilføje dig til mit netværk.",
        "Hei Per, jeg vil gjerne legge deg til i nettverket mitt.",
    ],
)
def test_generic_danish_and_norwegian_notes_stay_default(analyzer, text):
    assert analyzer.analyze(text).label == "default"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # "I help X do Y", renting out, "I sell", "I can show you how".
        (
            "Hej Ulla, jeg hjælper små bryggerier med at sælge mere på eksportmarkeder. Har du 15 minutter?",
            "PIT003",
        ),
        (
            "Hei Stian, jeg hjelper regnskapsbyråer med å automatisere bilagsføring. Kan vi ta en prat?",
            "PIT003",
        ),
        ("Hej Bent, vi udlejer festtelte og borde til firmafester. Kan jeg sende en pris?", "PIT003"),
        (
            "Hei Nina, jeg er forsikringsrådgiver og kan vise deg hvordan dere sparer på bilforsikringen.",
            "PIT005",
        ),
        # Places available and a sign-up; thinking of selling; the company's new product.
        (
            "Hej Iben, der er ledige pladser på vores workshop i maj - tilmelding via linket i min profil.",
            "PIT004",
        ),
        ("Hei Geir, vurderer du å selge hytta? Jeg er megler på Geilo.", "PIT015"),
        ("Hej Rasmus, vores nye platform samler alle jeres fakturaer ét sted. Må jeg vise den?", "PIT016"),
    ],
)
def test_more_danish_and_norwegian_pitches_are_sales(analyzer, text, code):
    report = analyzer.analyze(text)
    assert code in report.all_codes()
    assert report.label == "sales", report.reason


@pytest.mark.parametrize(
    "text",
    [
        # The same club or choir, a past done together, their book or documentary, a referrer.
        "Hej Ole, vi spillede i samme klub i Esbjerg som drenge. Spiller du stadig?",
        "Hei Ane, vi sang i samme kor i Bodø for mange år siden. Synger du fortsatt?",
        "Hej Lene, vi roede sammen på Bagsværd Sø i studietiden. Ror du stadig?",
        "Hej Frida, jeg læste din bog om havens fugle i sommer - tak for den!",
        "Hei Kristian, jeg så dokumentaren din om Hurtigruten. Min onkel var kaptein der.",
        "Hei Live, jeg leste boka di om friluftsliv med barn - vi har prøvd alle turene!",
        "Hej Poul, Hanne Vest anbefalede mig at skrive til dig om jeres erfaringer med lokale madmarkeder.",
    ],
)
def test_more_danish_and_norwegian_pasts_and_works_are_personal(analyzer, text):
    assert analyzer.analyze(text).label == "personalized"


@pytest.mark.parametrize(
    "text",
    [
        # A favour offered, "at the same time", Swedish "i vår" (this spring), a family errand.
        "Hej Ole, jeg hjælper gerne med at finde frivillige til løbet i Odense.",
        "Hej Maja, på samme gang vil jeg gerne udvide mit netværk.",
        "Hej Eva, i vår startar vi en ny klubb för löpare i Umeå - vill du vara med?",
        "Hei Trine, jeg hjelper min far med å selge gården og lurte på om du kjenner en god advokat.",
    ],
)
def test_the_same_words_without_a_pitch_or_a_past_are_neither(analyzer, text):
    report = analyzer.analyze(text)
    assert not {"PIT003", "PIT016", "SPC102"} & report.all_codes(), report.reason
    assert report.label == "default", report.reason


@pytest.mark.parametrize(
    "text",
    [
        # A good conversation had, in Danish, Norwegian, Swedish and Dutch, with what it was about.
        "Hej Ida, tak for en god samtale om jeres nye lager i Kolding i går. Lad os holde kontakten.",
        "Hei Per, takk for praten om elbilferjer på Hurtigruten-seminaret. Jeg følger gjerne med.",
        "Hej Sara, tack för samtalet om skolmaten i Malmö förra veckan!",
        "Hoi Jeroen, bedankt voor het gesprek over de nieuwe fietsbrug in Utrecht. Ik hou je op de hoogte.",
    ],
)
def test_a_conversation_had_is_a_shared_past(analyzer, text):
    report = analyzer.analyze(text)
    assert "SPC102" in report.all_codes()
    assert report.label == "personalized", report.reason


@pytest.mark.parametrize(
    "text",
    [
        # Long compounds make an English grade formula read these as dense; they are not.
        "Hej Søren, jeg læste din artikel om generationsskifteplanlægning i familieejede "
        "produktionsvirksomheder, og den var meget relevant for mit arbejde med regnskabsanalyse.",
        "Hei Sigrid, jeg leste artikkelen din om bærekraftsrapportering i børsnoterte eiendomsselskaper, "
        "og den var svært nyttig for masteroppgaven min om finansregulering.",
    ],
)
def test_danish_and_norwegian_are_not_graded_as_english(analyzer, text):
    report = analyzer.analyze(text)
    assert report.features["grade"] > 12
    assert "STY005" not in report.all_codes()


@pytest.mark.parametrize(
    "text",
    [
        # A conversation still to come is no shared past.
        "Hej Lars, jeg ser frem til en god samtale om mulighederne hos jer.",
        "Hei Lars, jeg gleder meg til en god samtale om stillingen.",
        "Hej Lars, jag ser fram emot ett trevligt samtal om tjänsten.",
        "Hoi Lars, ik kijk uit naar een fijn gesprek over de vacature.",
    ],
)
def test_a_conversation_to_come_is_no_shared_past(analyzer, text):
    report = analyzer.analyze(text)
    assert "SPC102" not in report.all_codes(), report.reason
    assert report.label == "default", report.reason


def test_a_teams_or_museums_work_in_danish_is_their_work(analyzer):
    text = "Hej Sofie, jeres udstilling om glaskunst fra Holmegaard fik mig til at søge ind på designskolen."
    report = analyzer.analyze(text)
    assert "SPC101" in report.all_codes()
    assert report.label == "personalized", report.reason


@pytest.mark.parametrize(
    ("text", "work"),
    [
        ("Hej Trine, du holdt et oplæg om faldforebyggelse på KL's temadag i Kolding.", "du holdt et oplæg"),
        ("Hei Ola, du holdt et foredrag om fjordfiske på Fiskerimessen i Bergen.", "du holdt et foredrag"),
        ("Hej Trine, vi har prøvet jeres balancebrætter på vores rehabiliteringscenter.", "prøvet jeres"),
    ],
)
def test_a_talk_they_gave_or_a_thing_of_theirs_tried_is_their_work(analyzer, text, work):
    found = [s["text"] for s in analyzer.analyze(text).signals if s["code"] == "SPC101"]
    assert any(f.startswith(work) for f in found), found


def test_their_website_tried_is_not_their_work(analyzer):
    report = analyzer.analyze("Hej Trine, vi har prøvet jeres hjemmeside, men kunne ikke finde prisen.")
    assert not [s for s in report.signals if s["code"] == "SPC101"]


@pytest.mark.parametrize(
    ("text", "signal"),
    [
        ("Hei Ole, melkeroboten deres gjorde inntrykk. Kan jeg spørre hvor mye strøm den bruker?", "SPC105"),
        ("Hej Malte, må jeg spørge, hvordan I fik kommunen med på ideen?", "SPC105"),
        ("Hej Malte, vi mødtes på Roskilde i sommers ved frivilligteltet.", "SPC106"),
    ],
)
def test_may_i_ask_how_and_last_summer_in_danish_and_norwegian(analyzer, text, signal):
    assert signal in {s["code"] for s in analyzer.analyze(text).signals}


def test_this_summer_to_come_is_no_time_shared(analyzer):
    report = analyzer.analyze("Hej Lise, i sommer starter jeg som lærer i Aarhus. Lad os connecte!")
    assert "SPC106" not in {s["code"] for s in report.signals}


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (
            "Hej Annika, vi hyr ut undersköterskor till äldreboenden med kort varsel. Får jag skicka priser?",
            "PIT003",
        ),
        ("Hei Ole, solceller på låven med 50 % støtte fra Enova. Skal jeg komme på befaring?", "PIT001"),
    ],
)
def test_staff_rented_out_and_a_site_visit_offered_in_the_nordic_languages(analyzer, text, code):
    report = analyzer.analyze(text)
    assert code in report.all_codes()
    assert report.label == "sales", report.reason


def test_a_kitchen_being_installed_at_home_is_no_pitch(analyzer):
    report = analyzer.analyze(
        "Hei Per, vi installerer nytt kjøkken hjemme i høst, har du tips til en snekker?"
    )
    assert "PIT003" not in report.all_codes()


def test_a_platform_that_helps_a_clientele_is_a_self_pitch_in_norwegian(analyzer):
    report = analyzer.analyze(
        "Hei Ola, vi driver Bygglo – en plattform som hjelper snekkere med å finne oppdrag."
    )
    assert "PIT003" in report.all_codes(), report.all_codes()
    assert report.label == "sales", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Hej Jonna, du fandt en brugt cykelstol til vores søn, da vi lige var flyttet til Aarhus. Den "
        "bruger vi stadig hver dag.",
        "Hei Petter, du fant en brukt sadel til min datter før rideleiren i fjor. Hun vant sløyfe!",
    ],
)
def test_a_deed_with_its_object_first_and_the_senders_own_after_til_is_shared(rules_only, text):
    report = rules_only.analyze(text)
    assert "SPC102" in report.all_codes(), report.all_codes()
    assert report.label == "personalized", report.reason


def test_a_post_shared_to_the_senders_colleagues_is_no_deed(rules_only):
    report = rules_only.analyze("Hej Jonna, du delte et opslag til mine kolleger i sidste uge. Tak!")
    assert "SPC102" not in report.all_codes(), report.all_codes()


@pytest.mark.parametrize(
    "text",
    [
        "Hei Sindre, du var treneren min på spinning på SATS og fikk meg gjennom mitt første ritt.",
        "Hei Kari, du var sjefen min på Rema i Bodø og lærte meg alt om bestilling.",
    ],
)
def test_who_they_were_to_the_sender_with_the_possessive_after_is_a_shared_past(rules_only, text):
    report = rules_only.analyze(text)
    assert "SPC102" in report.all_codes() and report.label == "personalized", report.reason
