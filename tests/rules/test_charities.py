"""Notes from charities, volunteering and fundraising, and from those who sell to them: something in
the sender's life credited to the recipient, in nine languages; someone of theirs the sender
taught; standing beside them, in Dutch; the sender's own sign-up; the charity sector's buyers; a
product's verb and a short meeting in Polish; a partnership wished for. Every note here was written
for these tests; each holds with the rules alone."""

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "Hi Deb, thanks to your debt advice session we cleared the council tax arrears by June.",
        "Hi Deb, we finally moved into a flat of our own thanks to your housing clinic.",
        "Bonjour Deb, grâce à votre atelier CV, j'ai trouvé un stage à la mairie de Nantes.",
        "Hola Deb, gracias a tu taller de currículums encontré prácticas en el ayuntamiento.",
        "Olá Deb, graças ao seu workshop de currículos consegui um estágio na câmara do Porto.",
        "Hallo Deb, dank deiner Bewerbungswerkstatt habe ich eine Lehrstelle in Kassel gefunden.",
        "Hoi Deb, dankzij jouw cv-workshop heb ik een stageplek bij de gemeente Zwolle gevonden.",
        "Ciao Deb, grazie al tuo laboratorio sul curriculum ho trovato un tirocinio in comune a Parma.",
        "Dzień dobry, dzięki Pani warsztatom z CV dostałam staż w urzędzie miasta w Toruniu.",
        "Hej Deb, tack vare din cv-verkstad har jag fått praktik på kommunen i Umeå.",
    ],
)
def test_something_in_the_senders_life_credited_to_them_is_a_shared_past(analyzer, text):
    report = analyzer.analyze(text)
    assert "SPC102" in report.all_codes(), report.all_codes()
    assert report.label == "personalized", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Hi Deb, because of your background in housing, I wanted to reach out and connect.",
        "Hi Deb, thanks to your profile I noticed we both work in advice services.",
        "Hola Deb, gracias a ti por aceptar mi invitación.",
    ],
)
def test_a_reason_to_write_or_thanks_for_a_step_is_no_shared_past(analyzer, text):
    report = analyzer.analyze(text)
    assert "SPC102" not in report.all_codes(), report.all_codes()


@pytest.mark.parametrize(
    "text",
    [
        "Hi Deb, I tutored two of your pupils for their maths GCSE last spring - both passed!",
        "Hi Deb, we hosted one of your interns at the food bank warehouse over the summer.",
    ],
)
def test_someone_of_theirs_the_sender_taught_or_hosted_is_a_shared_past(analyzer, text):
    report = analyzer.analyze(text)
    assert "SPC102" in report.all_codes(), report.all_codes()
    assert report.label == "personalized", report.reason


def test_sitting_beside_them_in_dutch_is_a_shared_past(analyzer):
    report = analyzer.analyze("Hoi Sanne, ik zat met jou in de jury van de voorleeswedstrijd in Amersfoort.")
    assert "SPC102" in report.all_codes(), report.all_codes()
    assert report.label == "personalized", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Hi Deb, I walked the Hope Run with your team in May. Let me know how to register for the next one!",
        "Hi Deb, I volunteered at your book sale in Ely and I'd happily sign up again for the spring one.",
    ],
)
def test_the_senders_own_sign_up_is_no_offer(analyzer, text):
    report = analyzer.analyze(text)
    assert "PIT004" not in report.all_codes(), report.all_codes()
    assert report.label == "personalized", report.reason


def test_a_sign_up_called_for_is_still_an_offer(analyzer):
    report = analyzer.analyze(
        "Hi Deb, our volunteering app matches you with local causes. Sign up here: hopeapp.io"
    )
    assert "PIT004" in report.all_codes(), report.all_codes()
    assert report.label == "sales", report.reason


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Hi Deb, we work with charities across Wales on their donor databases.", "PIT003"),
        ("Dzień dobry, nasz system do grafików wolontariuszy skraca planowanie o połowę.", "PIT016"),
        ("Dzień dobry, chętnie opowiem o naszych szkoleniach na krótkim spotkaniu online.", "PIT001"),
        (
            "Hi Deb, our agency has run 300 appeals since 2015 and we'd love to partner with your food bank.",
            "PIT015",
        ),
    ],
)
def test_what_sellers_to_charities_say_is_a_pitch(analyzer, text, code):
    report = analyzer.analyze(text)
    assert code in report.all_codes(), report.all_codes()
    assert report.label == "sales", report.reason


def test_a_partnership_remembered_is_no_proposal(analyzer):
    report = analyzer.analyze(
        "Hi Deb, it was great to partner with you on the winter coat drive at St Anne's."
    )
    assert "PIT015" not in report.all_codes(), report.all_codes()


@pytest.mark.parametrize(
    "text",
    [
        "Hi Deb, I sorted donations at your coat drive at St Anne's last winter - count me in for this year.",
        "Hi Deb, I ran the tombola at your summer fair in Ely. I'd love to volunteer again in July.",
    ],
)
def test_time_offered_to_their_cause_is_a_reason(analyzer, text):
    report = analyzer.analyze(text)
    assert "SPC105" in report.all_codes(), report.all_codes()
    assert "SPC002" not in report.all_codes(), report.all_codes()
