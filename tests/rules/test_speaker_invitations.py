"""Invitations to speak at the sender's event, where a short call to plan the talk is part of the
one ask (PIT022), against slots sold for a fee, a speaker selling their own talks and a sponsor
sought; and work offered as fitted to a profile (PIT007). Every note here was written for these
tests; each holds with the rules alone."""

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "Hi Noor, I run the Leeds Rust meetup and your talk on async cancellation at RustConf stuck with "
        "me. We'd love to have you as a speaker in May. Could we do a quick 15-minute call to plan it?",
        "Hi Noor, we're putting together the speaker lineup for Hack the Harbour and your work on tide "
        "sensors came straight to mind. Happy to jump on a quick call whenever suits you.",
        "Hallo Frau Berger, wir würden Sie als Referentin für unseren Pflegetag in Graz gewinnen. Passt "
        "ein kurzer Call nächste Woche?",
        "Bonjour Camille, nous aimerions vous inviter à intervenir lors de notre journée sur "
        "l'agriculture urbaine à Lyon. Un appel de 15 minutes cette semaine ?",
        "Hola Marta, nos encantaría contar contigo como ponente en el encuentro de bibliotecas de "
        "Valencia. ¿Tienes 15 minutos esta semana para una llamada?",
        "Hej Lars, vi skulle gärna ha dig som talare på vår träff om stadsodling i Malmö. Har du 15 "
        "minuter för ett kort samtal?",
    ],
)
def test_a_call_to_plan_a_talk_they_are_invited_to_give_is_no_sales_call(analyzer, text):
    report = analyzer.analyze(text)
    assert "PIT022" in report.all_codes(), report.all_codes()
    assert "PIT001" not in report.all_codes(), report.all_codes()
    assert report.label != "sales", report.reason


def test_a_named_event_and_their_company_make_the_invitation_personal(analyzer):
    report = analyzer.analyze(
        "Hi Dana, we're hosting Founders Demo Night and would love to have you as a speaker. Our "
        "student founders would learn a lot from hearing how you built Tidewater Labs. Would you be "
        "open to a quick 15-minute call this week?"
    )
    assert report.label == "personalized", report.reason


@pytest.mark.parametrize(
    "text",
    [
        # A slot sold: the fee.
        "Hi Noor, we'd love to have you as a speaker at the Global Summit on Leadership in Dubai. "
        "Speakers pay a reduced registration fee of $899. Could we book a 15-minute call?",
        # The sender's own talks, offered.
        "Hi Noor, I'm a keynote speaker on resilience. Book me for your next offsite. Open to a quick "
        "15-minute call?",
        # A sponsor sought, not a speaker.
        "Hi Noor, we're hosting Demo Night and think Larkspur would be a great fit as a sponsor. Open "
        "to a quick 15-minute call?",
    ],
)
def test_a_slot_sold_own_talks_offered_or_a_sponsor_sought_stay_sales(analyzer, text):
    report = analyzer.analyze(text)
    assert "PIT022" not in report.all_codes(), report.all_codes()
    assert report.label == "sales", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Hi Tom, I've got a contract project that would be perfect for your skills. Let's connect and talk.",
        "Hi Tom, we have a six-month freelance role that might be a good fit for your background. Keen?",
    ],
)
def test_work_fitted_to_a_skimmed_profile_is_a_recruiting_blast(analyzer, text):
    report = analyzer.analyze(text)
    assert "PIT007" in report.all_codes(), report.all_codes()
    assert report.label == "sales", report.reason


def test_a_job_seekers_own_fit_for_their_team_is_no_recruiting(analyzer):
    report = analyzer.analyze(
        "Hi Tom, I'm a data analyst and I think my experience would be a great fit for your team. Any "
        "advice on how your hiring works?"
    )
    assert "PIT007" not in report.all_codes(), report.all_codes()


def test_investors_listed_among_people_a_club_introduces_are_no_investment_offer(analyzer):
    report = analyzer.analyze(
        "Hi Noor, our student club runs events that connect members with founders, operators, and "
        "investors. Would you be open to speaking at our spring demo night?"
    )
    assert "PIT005" not in report.all_codes(), report.all_codes()
    assert report.label != "sales", report.reason


def test_investors_offered_deals_are_still_an_investment_offer(analyzer):
    report = analyzer.analyze("Hi Noor, we connect accredited investors with pre-IPO deals. Interested?")
    assert "PIT005" in report.all_codes(), report.all_codes()
    assert report.label == "sales", report.reason


def test_a_podcasts_invitation_with_a_link_to_book_is_one_ask(analyzer):
    report = analyzer.analyze(
        "Hi Dana, I loved your thread on offline-first apps. I host Ship It Slowly, a podcast for indie "
        "developers. Would you be interested in joining us for an episode? You can book a time here: "
        "https://cal.com/shipitslowly/guest"
    )
    codes = report.all_codes()
    assert "PIT022" in codes and "PIT002" not in codes, codes
    assert report.label == "personalized", report.reason


def test_a_pr_agencys_client_pitched_as_a_guest_is_a_proposal(analyzer):
    report = analyzer.analyze(
        "Hi Dana, I'm reaching out to recommend Omar Sayed as a guest for your podcast. He led data teams at "
        "two fintechs. Would you be interested in having Omar on as a guest?"
    )
    assert "PIT015" in report.all_codes(), report.all_codes()
    assert report.label == "sales", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Hi Dana, could you share your rates for video integrations? The product will be gifted for review.",
        "Hi Dana, we'd love a dedicated video where you walk through our app with your viewers.",
        "Hi Dana, would you tell us your price per post? We pay through PayPal.",
    ],
)
def test_a_creators_promotion_bought_is_a_proposal(analyzer, text):
    assert "PIT015" in analyzer.analyze(text).all_codes()


def test_thanks_for_having_been_a_guest_is_no_proposal(analyzer):
    report = analyzer.analyze(
        "Hi Dana, we loved having you on as a guest in March - the episode is live now!"
    )
    assert "PIT015" not in report.all_codes(), report.all_codes()


def test_a_stipend_paid_to_the_invited_speaker_is_no_slot_sold(analyzer):
    report = analyzer.analyze(
        "Hi Dana, would you come and speak at Leeds Data Week in May? We'll cover your train fare and "
        "hotel, plus a £500 stipend for the workshop."
    )
    codes = report.all_codes()
    assert "PIT022" in codes and "PIT004" not in codes, codes
    assert report.label != "sales", report.reason


def test_a_sponsor_sought_for_an_event_is_a_proposal(analyzer):
    report = analyzer.analyze(
        "Hi Dana, our student club is hosting a hackathon in June. Monetary sponsorship would help with "
        "the prize pool; happy to share our sponsorship kit."
    )
    assert "PIT015" in report.all_codes(), report.all_codes()
    assert report.label == "sales", report.reason
