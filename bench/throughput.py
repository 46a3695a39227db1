"""Throughput of the engine against a bare spaCy tokenizer, measured in one run.

    python bench/throughput.py [N]

Builds N notes (default 20,000) by cycling the labeled corpus, then times (a) a bare
``spacy.blank("en")`` tokenizer pass and (b) ``Analyzer.analyze_many`` over the same texts,
and prints notes/s, µs/note and the ratio (b)/(a). No test asserts on these numbers.
"""

from __future__ import annotations

import itertools
import json
import sys
import time
from pathlib import Path

import spacy

from inviteslint import Analyzer

CORPUS = Path(__file__).resolve().parent.parent / "corpora" / "invites.jsonl"


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 20_000
    base = [json.loads(line)["text"] for line in CORPUS.read_text(encoding="utf-8").splitlines()]
    # A running number keeps texts distinct so no cache flatters the figures.
    texts = [f"{t} ({i})" if t else t for i, t in zip(range(n), itertools.cycle(base))]

    nlp = spacy.blank("en")
    start = time.perf_counter()
    for _ in nlp.tokenizer.pipe(texts, batch_size=256):
        pass
    tokenize = time.perf_counter() - start

    analyzer = Analyzer()
    start = time.perf_counter()
    for _ in analyzer.analyze_many((t, None) for t in texts):
        pass
    analyze = time.perf_counter() - start

    for name, seconds in (("tokenizer only", tokenize), ("inviteslint analyze", analyze)):
        print(f"{name:<22} {n / seconds:>9.0f} notes/s {1e6 * seconds / n:>8.1f} µs/note")
    print(f"ratio analyze/tokenize  {analyze / tokenize:.2f}x")


if __name__ == "__main__":
    main()
