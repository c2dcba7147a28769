#!/usr/bin/env python3
"""Checks plan files (Examples/plans/*.plan.json) against the seed texts they transcribe.

  scripts/check-plan-quotes.py --seeds DIR PLAN.json...

Every `source` (of the plan, of each section and of each task) must name a seed file of DIR and a
line of it where its `quote` starts (NFC, whitespace-normalised; the quote may run on over the
following lines). Then the words of each task's content, indicator, output products, start and end
must occur in that order in the seed from the task's line on (cells of a table row are interleaved,
and a row may continue after a page break), so that no task holds words its seed does not have.
Exits 1 on the first file with a problem, listing every problem of it.
"""

import glob
import json
import os
import re
import sys
import unicodedata

WINDOW = 400  # lines after a task's line in which its cells must be found


def norm(s):
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s)).strip()


def load_seeds(folder):
    seeds = {}
    for path in sorted(glob.glob(os.path.join(folder, "*.txt"))):
        with open(path, encoding="utf-8") as fh:
            seeds[os.path.basename(path)] = [norm(line) for line in fh.read().split("\n")]
    return seeds


def check_source(where, source, seeds, problems):
    if not isinstance(source, dict):
        problems.append(f"{where}: no source")
        return None
    seed, line, quote = source.get("seed"), source.get("line"), source.get("quote")
    lines = seeds.get(seed)
    if lines is None:
        problems.append(f"{where}: unknown seed {seed!r}")
        return None
    if not isinstance(line, int) or not 1 <= line <= len(lines):
        problems.append(f"{where}: line {line!r} is not a line of {seed}")
        return None
    first = lines[line - 1]
    following = " ".join(l for l in lines[line - 1 : line - 1 + WINDOW] if l)
    q = norm(quote or "")
    at = following.find(q)
    if not q or at < 0 or at >= max(len(first), 1):
        problems.append(f"{where}: quote not found at {seed}:{line}: {q[:60]!r}")
        return None
    return lines, line


def words_in_order(text, lines, line):
    haystack = " ".join(l for l in lines[line - 1 : line - 1 + WINDOW] if l).split(" ")
    position = 0
    for word in norm(text).split(" "):
        try:
            position = haystack.index(word, position) + 1
        except ValueError:
            return word
    return None


def check_plan(path, seeds):
    problems = []
    with open(path, encoding="utf-8") as fh:
        plan = json.load(fh)
    check_source(f"{path}: plan", plan.get("source"), seeds, problems)
    tasks = 0
    for s, section in enumerate(plan.get("sections", [])):
        check_source(f"{path}: sections[{s}] {section.get('id')}", section.get("source"), seeds, problems)
        for task in section.get("tasks", []):
            tasks += 1
            where = f"{path}: task {task.get('id')}"
            found = check_source(where, task.get("source"), seeds, problems)
            if not found:
                continue
            lines, line = found
            cells = [("content", task.get("content", ""))]
            indicator = task.get("indicator")
            if indicator is not None:
                cells.append(("indicator", indicator["text"] if isinstance(indicator, dict) else indicator))
            for o, output in enumerate(task.get("outputs", [])):
                cells.append((f"outputs[{o}]", output["text"] if isinstance(output, dict) else output))
            cells += [("start", task.get("start", "")), ("end", task.get("end", ""))]
            for name, text in cells:
                missing = words_in_order(text, lines, line)
                if missing is not None:
                    problems.append(f"{where}: {name}: the word {missing!r} is not in the seed after line {line}")
    return tasks, problems


def main(argv):
    seeds_dir, files = None, []
    it = iter(argv)
    for a in it:
        if a == "--seeds":
            seeds_dir = next(it, None)
        else:
            files.append(a)
    if not seeds_dir or not files:
        print(__doc__.strip().split("\n\n")[0], file=sys.stderr)
        return 64
    seeds = load_seeds(seeds_dir)
    if not seeds:
        print(f"{seeds_dir}: no seed *.txt files found", file=sys.stderr)
        return 66
    total = 0
    for path in files:
        tasks, problems = check_plan(path, seeds)
        if problems:
            print("\n".join(problems), file=sys.stderr)
            return 1
        total += tasks
        print(f"ok: {path}: {tasks} tasks, every quote found in its seed")
    print(f"OK: {len(files)} plan(s), {total} tasks checked against {seeds_dir}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
