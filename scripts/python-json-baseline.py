#!/usr/bin/env python3
"""Times Python's json.loads over the same submissions par-bench ranks: every .json file of a
folder (read + parse), and every line of an NDJSON file. Prints the two times in seconds."""
import json
import os
import sys
import time


def files(folder):
    names = sorted(os.path.join(folder, n) for n in os.listdir(folder) if n.endswith(".json"))
    start = time.perf_counter()
    for name in names:
        with open(name, "rb") as handle:
            json.loads(handle.read())
    return time.perf_counter() - start


def ndjson(path):
    start = time.perf_counter()
    with open(path, "rb") as handle:
        for line in handle:
            if line.strip():
                json.loads(line)
    return time.perf_counter() - start


if __name__ == "__main__":
    best_files = min(files(sys.argv[1]) for _ in range(3))
    best_ndjson = min(ndjson(sys.argv[2]) for _ in range(3))
    print(f"{best_files:.4f} {best_ndjson:.4f}")
