"""A check of a recruiter's two commonest notes across the languages (one person sought by seniority
with a good salary; a role said to fit their profile) found 16 of 20 unread outside English. Every
note here was written for these tests; each holds with the rules alone."""

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "Hola Rita, buscamos una farmacéutica sénior para una cadena en Málaga, buen sueldo. ¿Hablamos?",
        "Hallo Rita, wir suchen eine erfahrene Apothekerin für eine Kette in Bremen. Interesse?",
        "Hoi Rita, we zoeken een ervaren apotheker voor een keten in Leiden. Interesse?",
        "Cześć Rita, szukamy doświadczonej farmaceutki do sieci aptek w Łodzi. Zainteresowana?",
        "Hej Rita, vi söker en erfaren farmaceut till en kedja i Västerås. Intresserad?",
        "Hej Rita, vi søger en erfaren farmaceut til en kæde i Esbjerg. Interesseret?",
        "Olá Rita, tenho uma vaga que encaixa perfeitamente no seu perfil. Podemos falar?",
        "Bonjour Rita, j'ai un poste qui correspond parfaitement à votre profil. On en parle ?",
        "Ciao Rita, ho una posizione che si adatta perfettamente al tuo profilo. Ne parliamo?",
        "Hei Rita, jeg har en stilling som passer perfekt til profilen din. Skal vi ta en prat?",
    ],
)
def test_a_recruiters_note_is_recruiting_in_every_language(analyzer, text):
    report = analyzer.analyze(text)
    assert "PIT007" in report.all_codes(), report.all_codes()
    assert report.label == "sales", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Hallo Rita, wir suchen noch einen erfahrenen Sprecher für unser Panel zur Pflege.",
        "Cześć Rita, szukamy doświadczonej osoby do mentoringu studentów w naszym kole.",
        "Hola Rita, estoy buscando una vacante que encaje con mi perfil.",
    ],
)
def test_a_speaker_or_mentor_sought_or_a_job_seekers_own_profile_is_no_recruiting(analyzer, text):
    report = analyzer.analyze(text)
    assert "PIT007" not in report.all_codes(), report.all_codes()


@pytest.mark.parametrize(
    "text",
    [
        "Bonjour Rita, vous pourriez être intéressé(e) par un poste de cheffe de projet à Lyon. Un café ?",
        "Hola Rita, podrías estar interesada en un puesto de jefa de obra en Sevilla. ¿Hablamos?",
        "Ciao Rita, potresti essere interessata a una posizione di capo cantiere a Verona. Ne parliamo?",
        "Hoi Rita, je zou geïnteresseerd kunnen zijn in een functie als projectleider in Delft. Bellen?",
        "Hi Rita, we'd like to offer you a position as site manager with our client in Leeds.",
        "Bonjour Rita, je voudrais vous proposer un poste de conductrice de travaux à Nantes.",
    ],
)
def test_a_role_held_out_or_offered_is_recruiting_in_every_language(analyzer, text):
    report = analyzer.analyze(text)
    assert "PIT007" in report.all_codes(), report.all_codes()
    assert report.label == "sales", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Olá Rita, sua experiência em logística é exatamente o que estamos procurando. Vamos conversar?",
        "Bonjour Rita, votre profil correspond exactement à ce que nous recherchons pour Lyon.",
        "Hallo Rita, Ihre Erfahrung im Einkauf ist genau das, was wir suchen. Kurzes Telefonat?",
    ],
)
def test_their_profile_held_up_against_what_the_sender_seeks_is_recruiting(analyzer, text):
    report = analyzer.analyze(text)
    assert "PIT007" in report.all_codes(), report.all_codes()
    assert report.label == "sales", report.reason


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Bonjour Noa, envoyez-nous votre CV pour nos missions de relecture.", "PIT014"),
        ("Hoi Noa, stuur je cv naar ons voor de zomerklussen in Gent.", "PIT014"),
        ("Bonjour Noa, nous recrutons des interprètes pour nos clients à Genève.", "PIT007"),
        ("Hoi Noa, wij zoeken vertalers Duits voor een groot project.", "PIT007"),
    ],
)
def test_a_cv_asked_for_and_translators_sought_are_recruiting(analyzer, text, code):
    assert code in analyzer.analyze(text).all_codes()


@pytest.mark.parametrize(
    "text",
    [
        "Hej Maja, jag rekryterar en ekonomichef till ett bolag i Malmö. Får jag berätta mer?",
        "Bonjour Léo, je recrute un responsable logistique pour un groupe lyonnais. On en parle ?",
        "Hola Tomás, tenemos plazas para enfermeros en Alemania con curso de alemán pagado. ¿Te interesa?",
        "Bonjour Fabrice, notre cabinet vous présente des candidats ingénieurs qualifiés en 10 jours.",
    ],
)
def test_a_recruiter_recruiting_offering_places_or_presenting_candidates_in_other_languages(rules_only, text):
    report = rules_only.analyze(text)
    assert "PIT007" in report.all_codes() and report.label == "sales", report.reason


def test_volunteers_recruited_for_a_school_fete_are_no_staff(rules_only):
    report = rules_only.analyze("Bonjour Anne, je recrute des bénévoles pour la kermesse de l'école.")
    codes = report.all_codes()
    assert "PIT007" not in codes, codes


def test_nordic_staff_recruited_in_the_plural_are_staff_sought(rules_only):
    report = rules_only.analyze("Hej Tova, vi rekryterar ekonomer till banker i Stockholm. Får jag ringa?")
    assert "PIT007" in report.all_codes() and report.label == "sales", report.reason
