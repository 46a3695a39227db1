"""An opt-out line is a campaign's footer (PIT020): the last message of a sequence, which says
nothing about what is sold, is `sales` by it. The same words where nobody is mass-mailing are not
flagged. Every note here was written for these tests; each holds with the rules alone."""

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "Hi Priya, one last nudge: if Tallyworks ever revisits this, I'm around for a chat. Reply STOP to "
        "opt out of further messages.",
        "Bonjour Priya, dernier message : si le sujet revient chez Tallyworks, je reste disponible. Pour ne "
        "plus recevoir de message, répondez STOP.",
        "Guten Tag Frau Rao, meine letzte Nachricht: falls das Thema wieder aufkommt, melden Sie sich gern. "
        "Antworten Sie mit STOP, um keine Nachrichten mehr zu erhalten.",
        "Hola Priya, último mensaje: si el tema vuelve, aquí estoy. Para darse de baja, responda STOP.",
        "Olá Priya, última mensagem: se o tema voltar, fico disponível. Para deixar de receber, "
        "responda SAIR.",
        "Ciao Priya, ultimo messaggio: se il tema torna, ci sono. Rispondi STOP per non ricevere più "
        "messaggi.",
        "Hoi Priya, laatste bericht: als het weer speelt, hoor ik het graag. Antwoord STOP om je af te "
        "melden.",
        "Hej Priya, sista meddelandet: hör av dig om det blir aktuellt. Svara STOPP så hör du inte mer "
        "från mig.",
    ],
)
def test_an_opt_out_line_makes_a_campaigns_last_message_a_pitch(analyzer, text):
    report = analyzer.analyze(text)
    assert "PIT020" in report.all_codes(), report.all_codes()
    assert report.label == "sales", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Hi Priya, I unsubscribed from your ceramics newsletter by mistake - how do I get back on it?",
        "Hi Priya, your piece on the organ donation opt-out in Wales changed my mind. Thank you.",
        "Hi Priya, we sang side by side in the Leeds choir. When the conductor said stop, you kept going!",
    ],
)
def test_the_same_words_with_no_campaign_are_not_flagged(analyzer, text):
    report = analyzer.analyze(text)
    assert "PIT020" not in report.all_codes(), report.all_codes()
    assert report.label == "personalized", report.reason
