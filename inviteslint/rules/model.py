"""PIT017, SPC108: a statistical text classifier's call, where the rules leave a note undecided."""

from __future__ import annotations

import gc
import json
from functools import cache
from importlib import resources
from pathlib import Path

from spacy.ml.models import build_bow_text_classifier_v3
from spacy.tokens import Doc
from spacy.util import load_config
from thinc.api import Model

from .base import Hit, family_data, pitch_points
from .context import Context

ARCHITECTURE = "spacy.TextCatBOW.v3"
SCORES_KEY = "inviteslint_model_scores"


@cache
def classifier() -> tuple[Model, list[str]]:
    """The trained classifier shipped with the package (corpora/train_model.py writes it)."""
    return load_classifier(Path(str(resources.files("inviteslint").joinpath("data", "textcat"))))


def load_classifier(path: Path) -> tuple[Model, list[str]]:
    """A classifier saved by corpora/train_model.py and its labels, built from its saved config
    and weights. Neither spacy.load nor a registry lookup: both scan every installed package's
    entry points, a few tenths of a second of start-up."""
    params = dict(load_config(path / "config.cfg")["components"]["textcat"]["model"])
    if params.pop("@architectures") != ARCHITECTURE:
        raise ValueError(f"{path} is not a {ARCHITECTURE} model; run corpora/train_model.py")
    labels = json.loads((path / "textcat" / "cfg").read_text("utf-8"))["labels"]
    params["nO"] = len(labels)  # saved as null: set when the labels were added
    model = build_bow_text_classifier_v3(**params)
    paused = not gc.isenabled()
    model.from_disk(path / "textcat" / "model")
    if paused:  # srsly's msgpack reader turns the collector back on; the pipeline build pauses it
        gc.disable()
    return model, labels


class Detector:
    def __init__(self, nlp, matcher):
        data = family_data("model")
        self.skip = set(data["skip_codes"])
        self.sales_at = float(data["sales_probability"])
        self.personal_at = float(data["personal_probability"])
        self.pitch_threshold = float(family_data("pitch")["threshold"])
        self.model, self.labels = classifier()

    def prepare(self, docs: list[Doc]) -> None:
        """Predict for a batch at once: half the cost of one note at a time. The classifier hashes
        the words it sees, so the notes' own Docs serve whatever their vocab."""
        docs = [doc for doc in docs if len(doc)]
        if docs:
            for doc, row in zip(docs, self.model.predict(docs).tolist(), strict=True):
                doc.user_data[SCORES_KEY] = row

    def detect(self, ctx: Context) -> list[Hit]:
        codes = ctx.codes()
        if codes & self.skip or not ctx.text.strip() or pitch_points(codes) >= self.pitch_threshold:
            return []
        row = ctx.doc.user_data.get(SCORES_KEY)
        if row is None:  # one note on its own (Analyzer.analyze)
            row = self.model.predict([ctx.doc])[0].tolist()
        scores = dict(zip(self.labels, row, strict=True))
        end = len(ctx.text.rstrip())
        if scores["sales"] >= self.sales_at:
            return [Hit("PIT017", 0, end, {"probability": f"{scores['sales']:.2f}"})]
        if scores["personalized"] >= self.personal_at:
            return [Hit("SPC108", 0, end, {"probability": f"{scores['personalized']:.2f}"})]
        return []
