"""Templates whose own fields name a sales prospect or the pitch: what the field is for says what the
template is for, whatever is filled in. Every note here was written for these tests."""

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "Hi {{prospect_name}}, saw your post about {{topic}}. Worth comparing notes? {{your_name}}",
        "Hola [Nombre], vi tu post. Trabajo con [CLIENTE_IDEAL] y me encantaría conectar.",
        "Hi [First Name], teams like [Company] often struggle with [pain point]. Open to connect?",
        "Hey {first_name}, {value_prop}. Would love to connect!",
        "Hallo [Vorname], andere [Zielkunden] haben [Ergebnis] erreicht. Lust auf Austausch?",
    ],
)
def test_a_field_named_for_a_prospect_or_the_pitch_makes_the_template_sales(rules_only, text):
    report = rules_only.analyze(text)
    assert "PIT023" in report.all_codes(), report.all_codes()
    assert report.label == "sales", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Hi [Name], great meeting you at [Event Name]! I enjoyed our chat about [topic].",
        "Hi {{first_name}}, your [post/article] on [specific topic] really resonated.",
        "Hi Jo, your talk on prospect theory at the behavioural economics meetup changed how I teach it.",
        "Hi Jo, I read [the prospectus](https://example.org/p) for your fund's new school and loved it.",
    ],
)
def test_neutral_fields_and_the_words_outside_a_field_are_no_sales_field(rules_only, text):
    assert "PIT023" not in rules_only.analyze(text).all_codes()


@pytest.mark.parametrize(
    "text",
    [
        "Hi [Name], I put together a [guide/report/list] on [relevant topic] for teams like yours. Happy to "
        "share it. Let's connect!",
        "Hi {first_name}, we created a {checklist} on {topic} that might help {company}. Want a copy?",
    ],
)
def test_a_resource_the_sender_made_left_as_a_field_is_an_offer(rules_only, text):
    report = rules_only.analyze(text)
    assert "PIT004" in report.all_codes(), report.signals
    assert report.label == "sales", report.reason


def test_a_field_for_their_report_is_no_resource_made(rules_only):
    report = rules_only.analyze("Hi [Name], I read your [report] on [topic] and would love to connect.")
    assert "PIT004" not in report.all_codes(), report.signals


@pytest.mark.parametrize(
    "text",
    [
        "Hoi [naam], ik help [doelgroep] met [resultaat]. Wil je meer weten?",
        "Bonjour [Prénom], j'aide [cible] à [résultat]. Intéressé ?",
        "Hallo [Vorname], wir helfen [Branche] dabei, [Ergebnis]. Kurzer Austausch?",
    ],
)
def test_a_clientele_left_as_a_field_after_i_help_is_a_self_pitch_in_every_language(rules_only, text):
    report = rules_only.analyze(text)
    assert "PIT003" in report.all_codes() and report.label == "sales", report.reason


def test_a_persons_name_left_as_a_field_after_i_help_is_no_clientele(rules_only):
    codes = rules_only.analyze("Ik help [naam] vaak met verhuizen, maar dit keer niet.").all_codes()
    assert "PIT003" not in codes, codes
