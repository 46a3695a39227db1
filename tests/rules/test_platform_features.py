"""Notes built on what the platform shows: polls, live and audio events, recommendations, stories,
endorsements and reactions. What the recipient ran or wrote counts with what it was about; the same
words with nothing after them fit anyone. Every note here was written for these tests."""

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "Hi Nadia, your poll on hybrid rotas made me ask my own ward the same question. 64% wanted it!",
        "Hi Colm, I joined your audio event on pricing commissions last night and finally raised mine.",
        "Hi Ines, your recommendation for Tariq is why I applied to his team. I start in June, thank you.",
        "Hi Bo, your story about leaving the bank to run a bakery in Umeå is the push I needed.",
        # A name of the event's kind after the noun, then what it was about, and "per" for whom.
        "Bonjour Anaïs, votre événement LinkedIn Live sur le recyclage des batteries m'a été très utile.",
        "Ciao Luca, la tua raccomandazione per Giulia mi ha convinto a candidarmi da voi. Grazie!",
    ],
)
def test_what_they_ran_or_wrote_with_its_subject_is_their_work(analyzer, text):
    report = analyzer.analyze(text)
    assert "SPC101" in report.all_codes(), report.signals
    assert report.label == "personalized", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Nadia — voted in your poll just now. Sending a request while I'm here.",
        "Hi Colm, thanks for your recommendation! Let's connect.",
        "Loved your story, so inspiring. Let's connect!",
        "Thanks for your work for all of us, let's connect.",
        "Grazie per il tuo lavoro per tutti noi, colleghiamoci.",
    ],
)
def test_the_same_words_with_nothing_after_them_fit_anyone(analyzer, text):
    report = analyzer.analyze(text)
    assert "SPC101" not in report.all_codes(), report.signals
    assert report.label == "default", report.reason


def test_a_stretch_of_time_both_remember_is_a_shared_context(analyzer):
    report = analyzer.analyze(
        "Hi Femi, thanks for endorsing my Kubernetes skills - fair, after we spent those two nights "
        "fixing the ingress at Deliveroo. Hope Lisbon is treating you well!"
    )
    assert any(s["code"] == "SPC102" for s in report.signals), report.signals
    assert report.label == "personalized", report.reason
    seller = analyzer.analyze("Hi Femi, we spent three years perfecting our cold brew. Fancy a free crate?")
    assert not any(s["code"] == "SPC102" for s in seller.signals)


def test_what_nous_do_for_a_clientele_is_a_self_pitch(analyzer):
    report = analyzer.analyze(
        "Bonjour Paul, nous automatisons la facturation pour les artisans du bâtiment. Un appel de "
        "15 minutes cette semaine ?"
    )
    assert "PIT003" in report.all_codes()
    assert report.label == "sales", report.reason
    volunteers = analyzer.analyze(
        "Bonjour Léa, nous organisons une collecte de jouets pour les familles du quartier, merci "
        "pour ton aide l'an dernier !"
    )
    assert "PIT003" not in volunteers.all_codes()


def test_a_german_congratulation_names_only_the_company(analyzer):
    report = analyzer.analyze(
        "Herzlichen Glückwunsch zur neuen Position bei Miele und alles Gute für den Start!"
    )
    named = [s["text"] for s in report.signals if s["code"] == "SPC103"]
    assert named == ["Miele"], named
