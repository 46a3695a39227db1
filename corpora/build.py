"""Build corpora/invites.jsonl from the hand-written sources in corpora/src/.

Each source file holds notes of one label, separated by lines that start with
``%%``; the rest of that line is the note's annotation. ``<empty>`` stands for
an invitation sent without a note. The dev/test split is fixed by a hash of the
label, position and text, so adding notes never moves existing ones.

    python corpora/build.py
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

HERE = Path(__file__).parent
LABELS = ("default", "sales", "personalized")
DEV_SHARE = 60  # percent of each source that goes to dev


def read_source(path: Path) -> list[tuple[str, str]]:
    notes: list[tuple[str, str]] = []
    annotation, lines = None, []
    for line in path.read_text(encoding="utf-8").splitlines() + ["%%"]:
        if line.startswith("%%"):
            if annotation is not None:
                text = "\n".join(lines).strip("\n")
                notes.append(("" if text == "<empty>" else text, annotation))
            annotation, lines = line[2:].strip(), []
        else:
            lines.append(line)
    return notes


def split_of(label: str, index: int, text: str) -> str:
    digest = hashlib.sha256(f"{label}:{index}:{text}".encode()).hexdigest()
    return "dev" if int(digest, 16) % 100 < DEV_SHARE else "test"


def build() -> list[dict]:
    rows = []
    for label in LABELS:
        for index, (text, annotation) in enumerate(read_source(HERE / "src" / f"{label}.txt")):
            rows.append(
                {
                    "id": f"{label[:3]}-{index:03d}",
                    "text": text,
                    "label": label,
                    "notes": annotation,
                    "split": split_of(label, index, text),
                }
            )
    return rows


def main() -> None:
    rows = build()
    with open(HERE / "invites.jsonl", "w", encoding="utf-8") as out:
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    for split in ("dev", "test"):
        part = [r for r in rows if r["split"] == split]
        with open(HERE / f"{split}.jsonl", "w", encoding="utf-8") as out:
            for row in part:
                out.write(json.dumps(row, ensure_ascii=False) + "\n")
        counts = {label: sum(r["label"] == label for r in part) for label in LABELS}
        print(split, len(part), counts)


if __name__ == "__main__":
    main()
