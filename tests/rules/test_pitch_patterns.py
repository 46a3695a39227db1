"""The pitch detector rewrites and guards its regexes for speed; it must find exactly what the
patterns as written in the data find."""

import json
import re
from pathlib import Path

import pytest

from inviteslint.rules.base import family_data
from inviteslint.rules.guards import Guards, faster, guard_of, more_needs, required

CORPUS = Path(__file__).resolve().parents[2] / "corpora" / "invites.jsonl"
TEXTS = [json.loads(line)["text"] for line in CORPUS.read_text(encoding="utf-8").splitlines()]
TEXTS += [
    "a 15 minute call",
    "x15 min",
    "1234 minutes",
    "12.5 % off",
    "3,000 dollars",
    "a5%",
    "Free demo",
    "49 € par mois",
    "just 5k$ a year",
    "only USD 5,000",
    "CHF 450 per seat",
    "happy to share what’s been working for Monzo",
    "glad to show you what worked for our team",
    "posso mostrar o que está a funcionar para a Clínica Sorriso",
    "je vous montre ce qui marche pour d’autres cabinets",
    "le racconto cosa sta funzionando per altre cantine",
    "le mostro cosa funziona per altri ristoranti",
    "lo que está funcionando para otras clínicas",
    "We've been working with Kiwa and Arup on their audits",
    "come and see us at stand D14",
    "wynagrodzenie do 30 tys. zł",
    "strony od 1999 zł",
    "here's a two-minute video showing how the planner works",
    "Hier ein kurzes Video, wie das Tool funktioniert",
    "aquí tienes un vídeo de cómo funciona la plataforma",
    "segue um vídeo curto de como funciona o sistema",
    "voici une courte vidéo qui montre comment fonctionne l'outil",
    "Wie organisieren Sie aktuell die Dienstpläne?",
    "comment gérez-vous actuellement la paie ?",
    "nous automatisons la facturation pour les artisans",
    "me adapto al 100% a tus horarios, y bajamos un 100 % el papel",
    "we’re developing AI solutions for medical professionals",
    "we're building booking apps for hair salons",
    "we are creating payroll software for small charities",
    "we build ordering software for restaurants",
    "I'd love to share how StayFlow’s channel manager is helping boutique hotels",
    "nos clubs clients y passent moins de temps",
    "nuestros clientes ahorran",
    "os nossos clientes poupam",
    "i nostri clienti risparmiano",
    "built Meridian a working demo of the booking fix",
    "I put together a quick valuation of your flat",
    "I drafted a content calendar for your podcast",
    "we mocked up a redesign of your checkout",
    "I built a quick site with your logo for you",
    "we've solved it for 200+ logistics companies",
    "we solved it for 12 schools",
    "order our Christmas hampers before 15 December",
    "we served 40 clinics last year",
    "we've served 500 restaurants",
    "we’ve served over 1,200 independent retailers",
    "we have served more than 30 councils",
    "we’ve solved that for 300 landlords",
    "we have solved the same problem for 25 clinics",
    "we've already solved this for 9 ports",
    "we have already solved it for 70 dealerships",
    "we can only take on 2 new clients this quarter",
    "genau dabei helfe ich Entrümpelungsdiensten",
    "ich habe im letzten Jahr zahlreichen Coaches geholfen",
    "dabei haben wir über 50 Unternehmen in Ihrer Branche geholfen",
    "we are building a payroll dashboard that plugs into Xero",
    "I'm building Tidepool, a scheduling tool for dental practices",
    "I am building a scheduling app for clinics",
    "we're building a quoting tool for roofers",
    "I'm the founder of Tidepool, a scheduling tool for dentists",
    "I'm the co-founder of Tidepool, an app that helps clinics",
    "zuletzt habe ich vielen Praxen geholfen",
    "Acme is looking for a Data Engineer to join our team",
    "we are hiring a Senior QA Engineer to join the team",
    "We are hiring a Senior Data Engineer in Leeds",
    "we're hiring a Head of Product in Bristol",
    "we’re hiring an Account Manager for the Dublin office",
    "we record short podcasts for charities and clinics",
    "we coach nurses to pass their OSCEs first time",
    "we train the juniors every Saturday",
    "we're recruiting experienced plumbers in Leeds",
    "we’re hiring qualified electricians for a hospital job",
    "we are recruiting trainee surveyors",
    "Kent halved phishing clicks with our training",
    "Other ski schools doubled their winter bookings with this",
    "Harbour Pharmacy used this approach to cut their write-offs",
    "I put together a few observations on your online shop",
    "otras clínicas redujeron las ausencias con esto",
    "d'autres cabinets ont gagné deux heures avec ça",
    "I'd love to share how Fernbrook's scheduling platform has helped dental clinics",
    "a rota template that similar care homes have found really useful",
    "comparable estate agents found it handy",
    "I run Hunters & Farmers and help AU teams hire",
    "I run FlowCI, a small tool that does that automatically",
    "We run Rotaly, an app that plans cleaners' shifts",
    "nasz system do grafików dyżurów skraca planowanie",
    "zero-waste shops are now stocking our refill range",
    "Der Frühlingsrabatt auf das Starter-Set läuft nur noch bis Sonntag",
    "my diary for the spring term is already filling up",
    "places are going fast",
    "Can I show you what I'd write for you?",
    "We grow charity Instagram accounts to 10k followers in 90 days",
    "we turn think-tank reports into animated explainers",
    "skoler får 25 % på vores legepladser",
    "happy to share lessons from our work with Ocado",
    "I recorded a custom video for your team",
    "eine personalisierte Seite für euch",
    "una página personalizada para ti",
    "une page personnalisée pour vous",
    "una pagina personalizzata per te",
    "I prepared this especially for Bramble",
    "habe das speziell für euch vorbereitet",
    "Wir haben gerade was Neues gelauncht",
    "Wij hebben net een nieuwe app gelanceerd",
    "We hebben vorige week onze nieuwe app gelanceerd",
    "welcher Prozess kostet Sie aktuell am meisten Zeit?",
    "wir haben gerade eine App für offene Werkstätten gelauncht",
    "we hebben een nieuwe app voor makerspaces ontwikkeld",
    "our rota bot saves clinics 8 hours a month",
    "Passt ein kurzer 20-Minuten-Termin am Donnerstag?",
    "mit unserer Kanzleisoftware sparen Steuerbüros Zeit",
    "I earned 2k last month from home, ask me how",
    "I build booking apps for dog groomers",
    "we build websites for rowing clubs",
    "wij bouwen websites voor kappers",
    "we maken apps voor sportscholen",
    "wir erstellen Webseiten für Zahnärzte",
    "vi lager brøyteplaner og har hjulpet flere kommuner",
    "we make gritting planners and have helped several councils",
    "our team builds gritting planners and has helped over 40 councils",
    "we rent moving heads to touring productions",
    "nous louons des consoles pour les festivals",
    "alquilamos carpas para eventos",
    "wir vermieten Bühnen für Veranstaltungen",
    "wij maken kaasplanken voor kaasspeciaalzaken",
    "mag ik een premie voor u berekenen?",
    "we pay volunteers 10% of subscription revenue",
    "50 booked jobs a month guaranteed",
    "custom glassware with a five-day turnaround",
    "custom glassware with a 5-day turnaround",
    "we install shore power pedestals for marinas",
    "10k views guaranteed",
    "I make explainer videos for bike brands",
    "We install EV chargers for your company car park",
    "we fit air-source heat pumps for your home",
    "we fit LED lighting in warehouses - 10k savings guaranteed",
    "our thermal drones give coastguard teams a 3km search radius",
    "certified uniforms with delivery in 48 hours",
    "fardamento certificado com entrega em 48 horas",
    "our full-dome projector is now in 120 planetariums",
    "our hedgehog houses are stocked by 400 garden centres",
    "our flood sensors are used by over 40 councils",
    "our flood sensors are now in 40 councils",
    "our cleaning robots are in 60 hospitals",
    "our GPS collars help search teams find people faster",
    "our solar panels help farms cut their bills",
    "photo restorers are getting 40 new clients a month with our ads",
    "Harbour Pharmacy is seeing 30% more repeat orders with our app",
    "wij leveren slimme sensoren, al in gebruik bij 20 waterschappen",
    "unsere Software ist bereits bei 40 Stadtwerken im Einsatz",
    "our new e-bike chargers are out",
    "I think your customers would love them",
    "je propose maintenant aux horlogers un site vitrine",
    "ik was klant en verkoop nu fietsverzekeringen",
    "la nostra stazione meteo professionale è scelta da oltre 200 comuni italiani",
]
TEXTS += ["Hi firstName, we love COMPANY_NAME", "Dear LASTNAME", "Hi FIRSTNAME"]
# A clientele named in -people or -folk.
TEXTS += ["I build websites for local tradespeople", "we design apps for busy townsfolk"]
TEXTS += ["Hi {{prospect_name}}, saw your post", "[Link to our case study](https://example.org)"]
TEXTS += ["Notre cabinet place des ingénieurs qualité", "NOSSA EMPRESA COLOCA PROFISSIONAIS de TI"]
TEXTS += ["notre capteur connecté pour fauteuils roulants mesure la pression"]
TEXTS += ["I put together a [guide/report/list] on [relevant topic]", "we created a {checklist} on {topic}"]
TEXTS += ["we're cutting waste for kitchens like yours", "I work with cafés like yours"]
TEXTS += ["with photos like yours"]
TEXTS += ["we get unsigned bands onto festival line-ups", "we place authors on podcasts"]
TEXTS += ["guaranteed 10k streams in 30 days"]
TEXTS += ["our offshore team in Manila can handle your year-end accounts", "we source interim directors"]
TEXTS += ["Any cargo you need to clear at Apapa, we are available."]
TEXTS += ["I work with HR directors on retention", "I work with [their role] on [problem]"]
TEXTS += ["we help {{title}}s"]
TEXTS += ["we recruit support workers for care providers", "our sensory audits come with a floor plan"]
TEXTS += ["we caption your webinars within a day", "wir untertiteln Ihre Schulungsvideos"]
TEXTS += ["zarabiam 10 tys. miesięcznie z domu", "ganho 3000 reais por mês em casa"]
TEXTS += ["fondatrice de Parcelo (ERP qui relie les transporteurs)"]
TEXTS += ["Avec Parcelo, on automatise les relances", "Mit Parcelo automatisieren wir den Abgleich"]
TEXTS += ["jeg er gründer av Lagra, en app som teller", "Gründerin von Lagerblick, einer Software für Lager"]
TEXTS += ["jeg er stifter af Rengo, en platform til rengøring", "Stifterin von Kitaplan, einer App für Kitas"]
TEXTS += ["Sou da equipe Cuidar — plataforma de agendamento para clínicas"]
TEXTS += ["I have an idea that could fit with what you're doing"]
TEXTS += ["ein Vorschlag, der gut passt zu dem, was Sie machen"]
# Letters a case-blind regex reads as "i" or "s" though lower case keeps them apart.
TEXTS += [
    "WE CAN TURN YOUR SLIDES İNTO A COURSE",
    "we turn reports ınto videos",
    "our bot ſaves teams 10 hours a week",
]
PATTERNS = [
    (pattern, flags)
    for rule in family_data("pitch")["rule"]
    for key, flags in (("patterns", re.IGNORECASE), ("patterns_case_sensitive", 0))
    for pattern in rule.get(key, ())
]


@pytest.mark.parametrize("pattern, flags", PATTERNS, ids=[p for p, _ in PATTERNS])
def test_fast_pattern_and_guard_find_what_the_data_pattern_finds(pattern, flags):
    written, fast = re.compile(pattern, flags), re.compile(faster(pattern), flags)
    guard = guard_of(pattern, bool(flags & re.IGNORECASE))
    # Beside a pattern that needs nothing, so that the index holds other needles too.
    guards = Guards()
    guards.add("PIT000", r"\bzzz\b", True)
    guards.add("tested", pattern, bool(flags & re.IGNORECASE))
    guards.freeze()
    found = 0
    for text in TEXTS:
        expected = [m.span() for m in written.finditer(text)]
        found += bool(expected)
        if "tested" not in {code for code, _ in guards.called(text, text.lower())}:
            assert expected == [], text
            continue
        assert [m.span() for m in fast.finditer(text)] == expected, text
        # Where the note's lower case is searched instead, the same spans; and the same where the
        # first match is glued to a letter before it, so that it no longer starts a word.
        glued = [text[: expected[0][0]] + "x" + text[expected[0][0] :]] if expected else []
        for note in [text, *glued]:
            spans = [m.span() for m in written.finditer(note)]
            found_here = [(s, e) for code, s, e in guards.found(note, note.lower()) if code == "tested"]
            assert found_here == spans, note
    assert found, "each pattern matches something in the corpus or the samples"
    assert guard, "each pattern has a guard"


@pytest.mark.parametrize(
    "pattern, needs",
    [
        (r"\b(?:we|i)\s+(?:can\s+)?turn\s+[^.!?\n]{1,40}?\binto\b", [("we", "i"), ("turn",), ("into",)]),
        (
            r"\bcut(?:ting)?\s+(?:costs|bills)\s+with\s+our\b",
            [("cut",), ("costs", "bills"), ("with",), ("our",)],
        ),
        # An alternative that needs nothing, an optional part and a class need nothing.
        (r"\b(?:demo|[a-z]+)\s+(?:free\s+)?\d+\s?%", [("%",)]),
        # Case is kept where the pattern turns case-blindness off, and those parts are left out.
        (r"\blooking for (?-i:[A-Z]\w+) to join\b", [("looking for ",), (" to join",)]),
    ],
)
def test_required_reads_the_strings_every_match_contains(pattern, needs):
    assert [need[1] for need in required(pattern, True)] == needs


def test_required_strings_are_lower_case_for_an_inline_case_blind_flag():
    assert required(r"(?i)Turn\s+it\s+INTO", False) == [
        ("any", ("turn",), True),
        ("any", ("it",), True),
        ("any", ("into",), True),
    ]


def test_a_pattern_led_by_a_common_word_is_guarded_by_a_rarer_one_too():
    # "we" or "i" is in almost every note; "turn" and "into" are not.
    pattern = r"\b(?:we|i)\s+(?:can\s+|could\s+)?turn\s+[^.!?\n]{1,40}?\binto\b"
    assert {need[1] for need in more_needs(pattern, True)} == {("turn",), ("into",)}
    guards = Guards()
    guards.add("PIT003", pattern, True)
    guards.freeze()
    assert not guards.called("We can help you and I will call", "we can help you and i will call")
    text = "We can turn your slides into a course"
    assert guards.called(text, text.lower())


def test_a_leading_list_of_accented_words_guards_its_pattern():
    pattern = r"\b(?:idée|projet|pomysł)\s+qui\b"
    assert guard_of(pattern, True) == (("any", ("idée", "projet", "pomysł"), True),)
    guards = Guards()
    guards.add("PIT019", pattern, True)
    guards.freeze()
    text = "UNE IDÉE QUI PLAIRA"
    assert [code for code, *_ in guards.found(text, text.lower())] == ["PIT019"]
    # "ß" has no one-letter capital ("SS"), so a word holding it guards nothing.
    assert guard_of(r"\b(?:straße|weg)\s+nach\b", True) == ()
