"""Notes typed without accents, as quick typing and some sending tools write them, read as the same
notes with their accents: the rules' phrases are matched in both forms (Danish and Norwegian also
with aa, oe, ae for å, ø, æ). Every note here was written for these tests; each holds with the
rules alone."""

import pytest

PAIRS = [
    (
        "Bonjour Léa, nos étagères sur mesure sont à prix réduit jusqu'à vendredi.",
        "Bonjour Lea, nos etageres sur mesure sont a prix reduit jusqu'a vendredi.",
    ),
    (
        "Hola Inés, ¿te envío el catálogo? Tenemos precios más bajos que tu proveedor de guantes.",
        "Hola Ines, te envio el catalogo? Tenemos precios mas bajos que tu proveedor de guantes.",
    ),
    (
        "Olá João, a nossa solução reduz a faturação em atraso. Posso marcar uma demonstração rápida?",
        "Ola Joao, a nossa solucao reduz a faturacao em atraso. Posso marcar uma demonstracao rapida?",
    ),
    (
        "Dzień dobry, czy mogę przesłać ofertę naszego oprogramowania dla przychodni?",
        "Dzien dobry, czy moge przeslac oferte naszego oprogramowania dla przychodni?",
    ),
    (
        "Hei Pål, vi tilbyr en gratis prøveperiode på vaktplanappen. Får jeg sende deg en lenke?",
        "Hei Paal, vi tilbyr en gratis proeveperiode paa vaktplanappen. Faar jeg sende deg en lenke?",
    ),
]


@pytest.mark.parametrize(("accented", "plain"), PAIRS, ids=[p[0][:12] for p in PAIRS])
def test_a_pitch_typed_without_accents_reads_as_with_them(analyzer, accented, plain):
    with_accents, without = analyzer.analyze(accented), analyzer.analyze(plain)
    assert with_accents.label == "sales", with_accents.reason
    assert without.label == "sales", without.reason
    pitch = {c for c in with_accents.all_codes() if c.startswith("PIT")}
    assert pitch <= set(without.all_codes()), (pitch, without.all_codes())


def test_a_personal_note_typed_without_accents_stays_personal(analyzer):
    report = analyzer.analyze(
        "Bonjour Lea, ta conference sur les haies bocageres a Rennes m'a fait replanter 40 metres chez "
        "mes parents. Merci !"
    )
    assert report.label == "personalized", report.reason
    assert not any(c.startswith("PIT") for c in report.all_codes()), report.all_codes()


@pytest.mark.parametrize(
    "text",
    [
        "Bonjour Lea, chez Vitrum on accompagne les commercants du centre-ville pour leurs vitrines.",
        "Hallo Lea, als Steuerberaterin unterstuetze ich Aerzte in Leipzig bei der Abrechnung.",
    ],
)
def test_the_words_a_phrase_looks_for_are_read_without_accents_too(analyzer, text):
    report = analyzer.analyze(text)
    assert "PIT003" in report.all_codes(), report.all_codes()


def test_a_piece_thanked_for_is_read_without_accents_too(analyzer):
    """The thanks detector's pieces of work are read in every spelling, as the work nouns are."""
    report = analyzer.analyze(
        "Hola Lea, gracias por compartir el articulo sobre los setos en Lugo, me sirvio para la tesis."
    )
    assert "SPC102" in report.all_codes(), report.signals
    assert report.label == "personalized", report.reason
