"""Swedish notes: what a seller offers, what the recipient did or made, and the same words from
volunteers. Every note here was written for these tests."""

import pytest


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Hej Ida, vi hjälper tandläkare att fylla sina tider via Google. Har du 15 minuter?", "PIT003"),
        ("Hej Olle, vi är en konsultbyrå för energibidrag. Intresserad?", "PIT003"),
        ("Hej Stina, bara 2 platser kvar på vår excelkurs i april - rabatt till fredag!", "PIT004"),
        ("Hej Göran, jag bygger hemsidor för hantverkare från 3 990 kr. Ska jag skicka exempel?", "PIT004"),
        ("Hej Malin, vill du ha en extra inkomst? Vi jobbar hemifrån med våra produkter.", "PIT006"),
        ("Hej Per, vår plattform planerar leveransrutter åt e-handlare. Vill du se en demo?", "PIT016"),
        ("Hej, vem ansvarar för inköp av arbetskläder hos er?", "PIT015"),
    ],
)
def test_a_pitch_in_swedish_is_sales(analyzer, text, code):
    report = analyzer.analyze(text)
    assert code in report.all_codes()
    assert report.label == "sales", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Hej Ebba, tack för din föreläsning om skogsbränder på Naturvårdsverkets dag i Umeå!",
        "Hej Kalle, vi sjöng tillsammans i Allmänna Sången i Uppsala. Hur mår du?",
        "Hej Rut, vi träffades igår på Almedalen - du berättade om era solceller på skolan i Visby.",
        "Hej Nora, Eva Berg gav mig ditt namn: du har byggt upp laddinfrastrukturen i Luleå.",
        "Hej Hugo, din review av min pull request i Django gjorde koden mycket renare. Tack!",
    ],
)
def test_their_work_or_a_shared_past_in_swedish_is_personal(analyzer, text):
    report = analyzer.analyze(text)
    assert report.label == "personalized", report.reason


def test_helping_out_is_no_clientele(analyzer):
    report = analyzer.analyze(
        "Hej Åsa, vi hjälper till på matbanken i Malmö varje lördag - kul att ses här också!"
    )
    assert "PIT003" not in report.all_codes()
    assert report.label != "sales", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Hej Anna, jag skulle vilja lägga till dig i mitt nätverk. Ha en bra dag!",
        "Hej Maria, vi har många gemensamma kontakter så jag tänkte att vi kunde connecta.",
    ],
)
def test_generic_swedish_notes_stay_default(analyzer, text):
    assert analyzer.analyze(text).label == "default"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Hej Jon, vi producerar podcasts åt bilhandlare i hela Skåne. Kolla in vårt demoavsnitt!", "PIT003"),
        ("Hej Mia, vi har en lösning för schemaläggning. Behöver ni hjälp inför sommaren?", "PIT016"),
        ("Hej Tor, jag arbetar med bolån och hittar ofta en lägre ränta åt mina kunder.", "PIT005"),
    ],
)
def test_a_trade_for_a_clientele_or_a_need_sounded_out_in_swedish_is_sales(analyzer, text, code):
    report = analyzer.analyze(text)
    assert code in report.all_codes()
    assert report.label == "sales", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Hej Lina, vi gick i samma klass på Polhemskolan i Lund - kul att se dig här!",
        "Hej Bo, vi jobbade ihop på Posten i Kiruna för länge sedan. Hur är läget?",
        "Hej Eva, du tog hand om min pappa på hjärtavdelningen i Linköping. Tack för allt!",
        "Hej Sam, Lisa Holm berättade att du har byggt om kursplanen i Skövde. Får jag fråga hur?",
    ],
)
def test_a_shared_class_work_together_or_care_in_swedish_is_personal(analyzer, text):
    report = analyzer.analyze(text)
    assert report.label == "personalized", report.reason


def test_posts_on_leadership_in_swedish_fit_anyone(analyzer):
    report = analyzer.analyze("Hej Per, jag gillar dina inlägg om ledarskap. Låt oss connecta!")
    assert report.label == "default", report.reason


def test_an_email_offered_is_an_offer(analyzer):
    report = analyzer.analyze(
        "Hi Ann, we run tailored workshops on negotiation. May I email you our outline?"
    )
    assert "PIT013" in report.all_codes()


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Hej Tove, vi har svetsare redo att börja nästa vecka. Behöver ni folk till verkstaden?", "PIT007"),
        ("Hej Arvid, jag skriver texter för webbshoppar och nyhetsbrev. Behöver ni hjälp i höst?", "PIT003"),
        ("Hej Saga, vi anordnar en kvällskurs i förhandling för chefer, platserna är begränsade.", "PIT004"),
        ("Hej Nils, vår app hjälper bagerier att planera bakningen. Får jag visa hur?", "PIT003"),
        ("Hej Eva, vi ordnar bemanning till lager i hela Skåne. När passar det att prata?", "PIT007"),
        ("Hej Mette, vores app hjælper tandlæger med at fylde kalenderen. Må jeg vise den?", "PIT003"),
    ],
)
def test_staff_copy_places_and_products_offered_in_the_nordic_languages_are_sales(analyzer, text, code):
    report = analyzer.analyze(text)
    assert code in report.all_codes(), report.all_codes()
    assert report.label == "sales", report.reason


def test_a_job_seeker_ready_to_start_is_no_recruiter(analyzer):
    report = analyzer.analyze("Hej Anna, jag är redo att börja direkt och söker jobb som lagerarbetare.")
    assert "PIT007" not in report.all_codes()
    assert report.label == "default", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Hej Sofie, jag var på din keramikkurs i Lund i våras och har fortsatt att dreja hemma.",
        "Hej Mads, jeg var til jeres sommerkoncert i Aarhus, og jeres version af Kim Larsen var smuk.",
        "Hei Ingrid, jeg leste din nye reiseartikkel om Lofoten og har bestilt ferga til Å!",
    ],
)
def test_a_compound_piece_of_their_work_in_lower_case_is_their_work(analyzer, text):
    report = analyzer.analyze(text)
    assert any(s["code"] == "SPC101" for s in report.signals), report.signals
    assert report.label == "personalized", report.reason


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # The sender's trade, by its clientele.
        (
            "Hej Noor! Jobbar själv med bokföring för småföretag här i Umeå. Vore kul att koppla ihop.",
            "PIT003",
        ),
        ("Hi Noor, I work on booking apps for restaurants across the north. Keen to connect.", "PIT003"),
        # A mock-up of their own, offered.
        ("Hej Noor, kan jag visa hur det skulle se ut för Bageri Noor? Helt gratis.", "PIT013"),
    ],
)
def test_a_trade_by_its_clientele_and_a_mock_up_offered_are_a_pitch(analyzer, text, code):
    assert code in analyzer.analyze(text).all_codes()


def test_an_employees_work_at_a_company_is_no_trade(analyzer):
    report = analyzer.analyze(
        "Hej Noor, jag jobbar med HR på ett företag i Umeå och läste din bok om ledarskap."
    )
    assert "PIT003" not in report.all_codes(), report.all_codes()
