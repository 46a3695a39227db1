"""The statistical model (PIT017, SPC108): shipped with the package, trained by
corpora/train_model.py, consulted only where the rules leave a note undecided. Every note here
was written for these tests."""

import json
import subprocess
import sys
from pathlib import Path

import spacy

from inviteslint.rules.model import classifier, load_classifier

ROOT = Path(__file__).resolve().parents[2]


def test_a_pitch_no_rule_names_reads_as_sales(analyzer):
    report = analyzer.analyze(
        "Hi Ken, your warehouse team could pick 30% faster with our voice-picking headsets. Shall I "
        "bring a pair round next week?"
    )
    assert "PIT017" in report.all_codes()
    assert report.label == "sales", report.reason


def test_a_shared_past_no_rule_names_reads_as_personalized(analyzer):
    report = analyzer.analyze(
        "Hi Sven, we were in the same evening Italian class at the Uppsala adult college. Your "
        "pronunciation was always better than mine!"
    )
    assert report.label == "personalized", report.reason


def test_the_rules_decide_first(analyzer):
    # A note the rules make `sales` keeps their reasons, whatever the model says.
    report = analyzer.analyze("Hi, I'm a web designer. I can build you a new website for a great price.")
    assert report.label == "sales"
    assert "PIT017" not in report.decided_by and "SPC001" in report.decided_by


def test_the_platform_default_note_is_not_sent_to_the_model(analyzer):
    report = analyzer.analyze("Hi Jo, I'd like to add you to my professional network on LinkedIn.")
    assert not {"PIT017", "SPC108"} & report.all_codes()
    assert report.label == "default"


def test_one_note_and_a_batch_get_the_same_labels(analyzer):
    with open(ROOT / "corpora" / "test.jsonl", encoding="utf-8") as f:
        texts = [json.loads(line)["text"] for line in f][:120]
    one = [analyzer.analyze(t).label for t in texts]
    many = [report.label for report, _ in analyzer.analyze_many((t, None) for t in texts)]
    assert one == many


def test_the_shipped_model_is_what_the_training_script_writes(tmp_path):
    subprocess.run(
        [sys.executable, str(ROOT / "corpora" / "train_model.py"), str(tmp_path / "textcat")],
        check=True,
        capture_output=True,
    )
    shipped, labels = classifier()
    fresh, fresh_labels = load_classifier(tmp_path / "textcat")
    assert fresh_labels == labels
    nlp = spacy.blank("en")
    with open(ROOT / "corpora" / "invites.jsonl", encoding="utf-8") as f:
        docs = [nlp.make_doc(t) for t in (json.loads(line)["text"] for line in f) if t.strip()]
    a, b = shipped.predict(docs).argmax(axis=1), fresh.predict(docs).argmax(axis=1)
    assert (a == b).mean() >= 0.99, "the shipped model is out of date: run python corpora/train_model.py"
