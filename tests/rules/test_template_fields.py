"""A template's fields left unfilled, in every language: the subject of a piece of work or a tie
that is only a field is the template's, not the recipient's."""

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "Olá [Nome], li seu artigo sobre [tema do artigo] e adorei a parte sobre [detalhe]. Vamos conectar?",
        "Bonjour [Prénom], j'ai lu votre article sur [sujet] - très juste. Au plaisir d'échanger !",
        "Hola [Nombre], vi tu publicación sobre [tema] y me pareció muy útil. ¿Conectamos?",
        'Hi [Name], I read your article "[title]" and it changed how I plan sprints. Happy to connect.',
        "Hi [Name], I saw your comment on a post by [influencer] about [topic]. I work in the same space.",
        "Olá [Nome], vi seu comentário no post do [influencer] sobre [tema]. Também trabalho na área.",
    ],
)
def test_a_piece_of_work_whose_subject_is_a_field_is_the_templates(analyzer, text):
    report = analyzer.analyze(text)
    assert "PIT009" in report.all_codes(), report.all_codes()
    assert "SPC101" not in report.all_codes(), report.signals
    assert report.label == "default", report.reason


@pytest.mark.parametrize(
    "field",
    [
        "[área de atuação]",
        "[ponto específico]",
        "[influencer]",
        "[cidade]",
        "[something specific]",
        "[métrica]",
    ],
)
def test_a_lower_case_field_named_by_what_goes_in_it_is_flagged(analyzer, field):
    report = analyzer.analyze(f"Hi Jo, saw your work in {field} and would love to connect.")
    spans = [report.text[f.start : f.end] for f in report.findings if f.code == "PIT009"]
    assert spans == [field], spans


def test_a_topic_written_out_still_counts_beside_a_field(analyzer):
    text = "Hi Jo, your talk on Rust lifetimes at [event] finally made the borrow checker click."
    report = analyzer.analyze(text)
    assert "PIT009" in report.all_codes(), report.all_codes()
    assert report.label == "personalized", report.reason


def test_an_alum_who_gives_their_own_year_in_the_next_sentence_names_a_cohort(analyzer):
    text = (
        "Hi Kemi, fellow Leeds alum here! I graduated in 2017 with a law degree. I saw you moved into legal "
        "tech at Juro and would love to hear how you made the switch."
    )
    report = analyzer.analyze(text)
    assert "SPC102" in report.all_codes(), report.signals
    assert report.label == "personalized", report.reason


def test_an_alum_with_no_year_is_still_a_tie_to_thousands(analyzer):
    report = analyzer.analyze("Hi Kemi, fellow Leeds alum here! Always good to grow the alumni network.")
    assert "SPC102" not in report.all_codes(), report.signals
    assert report.label == "default", report.reason


def test_learning_more_about_current_opportunities_is_the_senders_own_career(analyzer):
    text = (
        "Hi Tom, I noticed you recruit for nursing roles at St Mary's. I'm a staff nurse with four years in "
        "A&E and would love to learn more about current opportunities."
    )
    report = analyzer.analyze(text)
    assert "PIT018" in report.all_codes(), report.all_codes()
    assert report.label == "default", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Hi {{first_name}}, your comment under {{influencer}}'s thread was sharp. Glad to connect.",
        "Ciao [nome], il tuo articolo sul [argomento] mi è piaciuto molto. Colleghiamoci!",
        "Hej [förnamn], ditt inlägg om [ämne] var klockrent. Vi hörs!",
        "Cześć [imię], Twój artykuł o [temat] bardzo mi pomógł. Chętnie nawiążę kontakt.",
    ],
)
def test_a_field_after_more_link_words_and_in_more_languages_is_the_templates(analyzer, text):
    report = analyzer.analyze(text)
    assert "PIT009" in report.all_codes(), report.all_codes()
    assert "SPC101" not in report.all_codes(), report.signals
    assert report.label == "default", report.reason
