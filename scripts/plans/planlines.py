"""Builds a plan file (Examples/plans/*.json) from a transcription by line numbers of a seed text.

A seed plan's table is flattened one cell after another, a few words a line. A transcription names,
for every cell of every task, the lines it is on: (a, b) is every non-blank line from a to b, and
(n, "words") is words that share line n with other cells. The text of a cell is those pieces joined
with single spaces, so that nothing is retyped; a piece that is not on its line stops the script.
"""

import json
import os
import re
import sys
import unicodedata


def norm(s):
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s)).strip()


class Seed:
    def __init__(self, folder, name):
        self.name = name
        with open(os.path.join(folder, name), encoding="utf-8") as fh:
            self.lines = fh.read().split("\n")

    def piece(self, p):
        if isinstance(p, tuple) and len(p) == 2 and isinstance(p[1], str):
            line, words = p
            if norm(words) not in norm(self.lines[line - 1]):
                sys.exit(f"{self.name}:{line}: {words!r} is not on the line {self.lines[line - 1]!r}")
            return line, norm(words)
        a, b = p if isinstance(p, tuple) else (p, p)
        parts = [norm(self.lines[i - 1]) for i in range(a, b + 1) if norm(self.lines[i - 1])]
        if not parts:
            sys.exit(f"{self.name}:{a}-{b}: blank")
        first = next(i for i in range(a, b + 1) if norm(self.lines[i - 1]))
        return first, " ".join(parts)

    def text(self, pieces):
        return " ".join(self.piece(p)[1] for p in pieces)

    def source(self, pieces):
        line, quote = self.piece(pieces[0])
        return {"seed": self.name, "line": line, "quote": quote}


def task(seed, spec):
    t = {"id": spec["id"]}
    if spec.get("group"):
        t["group"] = spec["group"]
    t["content"] = seed.text(spec["c"])
    if spec.get("i"):
        indicator = seed.text(spec["i"])
        t["indicator"] = {"text": indicator, "target": spec["target"]} if spec.get("target") else indicator
    outputs = []
    for o in spec.get("o", []):
        kind = o[-1] if isinstance(o[-1], str) else None
        pieces = o[:-1] if kind else o
        if len(pieces) == 1 and isinstance(pieces[0], list):
            pieces = pieces[0]
        text = seed.text(pieces)
        outputs.append({"text": text, "kind": kind} if kind else text)
    if outputs:
        t["outputs"] = outputs
    if "b" in spec:
        t["budget"] = spec["b"]
    t["lead"] = spec["lead"]
    if spec.get("co"):
        t["coordinating"] = spec["co"]
    t["start"] = seed.text(spec["s"]) if isinstance(spec["s"], list) else spec["s"]
    t["end"] = seed.text(spec["e"]) if isinstance(spec["e"], list) else spec["e"]
    if spec.get("recurring"):
        t["recurring"] = spec["recurring"]
    if spec.get("note"):
        t["note"] = seed.text(spec["note"])
    t["source"] = seed.source(spec["c"])
    return t


def build(folder, meta, sections, out):
    seed = Seed(folder, meta["seed"])
    plan = {"formatVersion": 1, "kind": "plan"}
    for key in ("issuer", "number", "date", "dateText", "year", "unit", "framework"):
        if key in meta:
            plan[key] = meta[key]
    plan["source"] = seed.source(meta["source"])
    plan["sections"] = []
    for s in sections:
        plan["sections"].append(
            {
                "id": s["id"],
                "title": seed.text(s["title"]),
                "source": seed.source(s["title"]),
                "tasks": [task(seed, dict(t, group=seed.text(t["g"]) if t.get("g") else None)) for t in s["tasks"]],
            }
        )
    with open(out, "w", encoding="utf-8") as fh:
        json.dump(plan, fh, ensure_ascii=False, indent=2)
        fh.write("\n")
    print(f"{out}: {sum(len(s['tasks']) for s in plan['sections'])} tasks in {len(plan['sections'])} sections")
