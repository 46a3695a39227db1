"""Web, SEO and marketing sellers: a clientele in -people, a mock-up or quick fixes for their
business, the sender's agency held up as the one to use, a trade for Nordic, Italian and Polish
clienteles and a short offer sent in Polish; against a site their own business made for free. Every
note here was written for these tests."""

import pytest


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Hi Wren, I build websites for local tradespeople. Shall I send some examples?", "PIT003"),
        (
            "Hi Wren, I design booking sites for dog groomers - would it make sense to show you a mock-up "
            "for your salon?",
            "PIT016",
        ),
        (
            "Hi Wren, I made a short video showing quick fixes for your shop's product pages. Want it?",
            "PIT004",
        ),
        (
            "Hi Wren, saw you're hiring a designer. Have you considered outsourcing to an agency like ours?",
            "PIT016",
        ),
        ("Hej Wren, vi bygger hemsidor åt tandläkare med onlinebokning. Vill du se ett exempel?", "PIT003"),
        ("Ciao Wren, realizziamo etichette per cantine del Chianti. Ti mando il catalogo?", "PIT003"),
        (
            "Cześć Wren, prowadzimy kampanie na Facebooku dla salonów fryzjerskich. Mogę przesłać krótką "
            "ofertę?",
            "PIT004",
        ),
    ],
)
def test_a_web_or_marketing_sellers_note_says_what_it_sells(analyzer, text, code):
    report = analyzer.analyze(text)
    assert code in report.all_codes(), report.all_codes()
    assert report.label == "sales", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Hei Wren, byrået ditt laget nettsiden til korpset vårt gratis i fjor. Tusen takk!",
        "Hej Wren, bureauet dit lavede plakaten til vores loppemarked gratis. Tak!",
    ],
)
def test_something_their_business_made_for_free_is_thanked_for_not_offered(analyzer, text):
    report = analyzer.analyze(text)
    assert "PIT004" not in report.all_codes(), report.all_codes()
    assert report.label != "sales", report.reason
