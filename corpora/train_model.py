"""Train the statistical pitch and personal-note model (PIT017, SPC108) from the labeled notes.

    python corpora/train_model.py [OUTPUT_FOLDER]

Trains spaCy's bag-of-words text classifier (unigrams and bigrams) on the dev split of
invites.jsonl and on tryouts.jsonl, never on the test split, and writes it to
inviteslint/data/textcat/. The seed is fixed, so a run on the same notes and library versions
writes the same model. docs/model.md says how the model is used and measured.
"""

from __future__ import annotations

import json
import random
import shutil
import sys
from pathlib import Path

import spacy
from spacy.training import Example
from spacy.util import fix_random_seed

from inviteslint.rules.model import ARCHITECTURE

ROOT = Path(__file__).resolve().parent.parent
SOURCES = (ROOT / "corpora" / "dev.jsonl", ROOT / "corpora" / "tryouts.jsonl")
OUT = ROOT / "inviteslint" / "data" / "textcat"
LABELS = ("default", "sales", "personalized")
EPOCHS = 15
BATCH = 16
SEED = 0
CONFIG = {
    "model": {
        "@architectures": ARCHITECTURE,
        "exclusive_classes": True,
        "ngram_size": 2,
        "no_output_layer": False,
        "length": 65536,
    }
}


# Tryout rounds kept for the rules only, if a retrain with them misreads a note a test guards.
# Retrained with rounds HHHH, JJJJ or LLLL, the model read a colleague's "could you host a party for
# the team's 10th anniversary?" as a pitch (p = 0.85 to 0.87); round MMMM, requests of all three
# kinds (favours between people who know each other, asks that sell, asks that fit anyone), taught
# it otherwise (p = 0.54), so every round is trained on again (docs/model.md). Round VVVV, French
# soft prospecting against personal notes in the same words, is kept for the rules: retrained with
# it, the model read five held-out notes `default` that it had read right (docs/model.md).
RULES_ONLY_ROUNDS: set[str] = {"VVVV"}


def notes() -> list[dict]:
    rows = []
    for path in SOURCES:
        with open(path, encoding="utf-8") as f:
            rows += [json.loads(line) for line in f]
    # An empty note has nothing to learn from; the rules call it `default` (DEF001).
    return [r for r in rows if r["text"].strip() and r.get("round") not in RULES_ONLY_ROUNDS]


def train(rows: list[dict]) -> spacy.language.Language:
    fix_random_seed(SEED)
    nlp = spacy.blank("en")
    textcat = nlp.add_pipe("textcat", config=CONFIG)
    for label in LABELS:
        textcat.add_label(label)
    examples = [
        Example.from_dict(
            nlp.make_doc(r["text"]), {"cats": {lab: float(lab == r["label"]) for lab in LABELS}}
        )
        for r in rows
    ]
    optimizer = nlp.initialize(lambda: examples)
    shuffle = random.Random(SEED).shuffle
    for _ in range(EPOCHS):
        shuffle(examples)
        for start in range(0, len(examples), BATCH):
            nlp.update(examples[start : start + BATCH], sgd=optimizer, drop=0.2)
    return nlp


def main(argv: list[str]) -> int:
    out = Path(argv[0]) if argv else OUT  # another folder: to compare with the shipped model
    rows = notes()
    nlp = train(rows)
    if out.exists():
        shutil.rmtree(out)
    nlp.to_disk(out)
    print(f"trained on {len(rows)} notes; wrote {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
