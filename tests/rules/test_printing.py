"""Notes from printing, packaging and signs, after a round of such notes: the packaging, labels or
signs someone made as their work, in several languages; staff sought in the plural with "we're
hiring"; a price below the market's in the languages the rules know. Every note here was written
for these tests."""

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "Hi Fenna, your packaging for the Texel sheep-milk soap - the wool wrap tied with a paper band - is "
        "the example I show my students every term. Could I ask who printed the band?",
        "Hoi Fenna, jouw verpakking voor de schapenzeep van Texel gebruik ik elk semester in mijn les. Wie "
        "heeft de papieren band gedrukt?",
        "Hallo Fenna, deine Verpackung für die Schafmilchseife aus Texel zeige ich jedes Semester im "
        "Unterricht. Wer hat die Banderole gedruckt?",
        "Hi Fenna, your signage for the new Leeuwarden library got my dad, who is partially sighted, to the "
        "lift on his own. Thank you.",
    ],
)
def test_packaging_or_signs_someone_made_are_their_work(analyzer, text):
    report = analyzer.analyze(text)
    assert "SPC101" in report.all_codes(), report.all_codes()
    assert report.label == "personalized", report.reason


def test_a_logo_a_seller_would_redo_is_not_their_work(analyzer):
    report = analyzer.analyze(
        "Hi Fenna, your logo could look sharper on packaging. We redesign logos from €300."
    )
    assert "SPC101" not in report.all_codes(), report.all_codes()
    assert report.label == "sales", report.reason


def test_staff_hired_in_the_plural_is_recruiting(analyzer):
    report = analyzer.analyze(
        "Hi Fenna, we're hiring print technicians for a leading label converter in Eindhoven. Relocation "
        "package included. Interested?"
    )
    assert "PIT007" in report.all_codes(), report.all_codes()
    assert report.label == "sales", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Pani Fenno, sprzedajemy folię stretch poniżej ceny rynkowej do końca tygodnia. Zainteresowana?",
        "Hoi Fenna, we verkopen restpartijen karton onder de marktprijs. Zal ik de lijst sturen?",
        "Hej Fenna, vi säljer tryckpapper under marknadspris hela november. Vill du ha prislistan?",
    ],
)
def test_a_price_below_the_markets_is_an_offer(analyzer, text):
    report = analyzer.analyze(text)
    assert "PIT004" in report.all_codes(), report.all_codes()
    assert report.label == "sales", report.reason
