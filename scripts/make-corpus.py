#!/usr/bin/env python3
"""Writes the hostile and real-world submission corpus of Tests/Fixtures/corpus/.

Every case is a small file derived from Examples/so-y-te-dak-nong-2020.json (framework
"so-seeds"), plus manifest.json, which Tests/ParScoreTests/CorpusTests.swift reads:

    [{"file": "...", "command": "score" | "validate" | "lint", "exit": 0 | 65 | 66,
      "stderr": "substring of the English message", "stdout": "optional substring",
      "generate": "optional: deep | longString | large | largeBadValue | missing | directory"}]

The big cases (100,000-level nesting, a 1,000,000-character string, multi-megabyte files) are not
committed: their entries carry a "generate" key and the test writes them into a temporary folder.

Run from the repository root:  python3 scripts/make-corpus.py
"""
import json
import os
import unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "Tests", "Fixtures", "corpus")
with open(os.path.join(ROOT, "Examples", "so-y-te-dak-nong-2020.json"), encoding="utf-8") as f:
    BASE = f.read()

manifest = []
written = set()


def replace_once(text, old, new):
    assert text.count(old) == 1, f"expected exactly one {old!r}"
    return text.replace(old, new)


def case(name, content, exit_code, stderr="", command="score", stdout=None, note=""):
    """Writes one corpus file (bytes or text) and its manifest entry."""
    data = content if isinstance(content, bytes) else content.encode("utf-8")
    assert len(data) < 50_000, f"{name} is too big to commit"
    path = os.path.join(OUT, name)
    with open(path, "wb") as f:
        f.write(data)
    written.add(name)
    entry = {"file": name, "command": command, "exit": exit_code, "stderr": stderr}
    if stdout is not None:
        entry["stdout"] = stdout
    if note:
        entry["note"] = note
    manifest.append(entry)


def generated(name, kind, exit_code, stderr, command="score", note=""):
    """A manifest entry whose file the test writes at run time."""
    entry = {"file": name, "command": command, "exit": exit_code, "stderr": stderr, "generate": kind}
    if note:
        entry["note"] = note
    manifest.append(entry)


def fact(old, new):
    """The base submission with one fact line changed: `"id": old` → `"id": new`."""
    return replace_once(BASE, old, new)


os.makedirs(OUT, exist_ok=True)
for stale in os.listdir(OUT):
    os.remove(os.path.join(OUT, stale))

# Accepted: what real editors and spreadsheets produce.
case("accept-utf8-bom.json", b"\xef\xbb\xbf" + BASE.encode("utf-8"), 0, stdout="Sở Y tế",
     note="Notepad on Windows saves UTF-8 with a byte-order mark")
case("accept-crlf.json", BASE.replace("\n", "\r\n"), 0, stdout="Sở Y tế", note="Windows line ends")
nfd = replace_once(BASE, '"name": "Sở Y tế"', '"name": "' + unicodedata.normalize("NFD", "Sở Y tế Đắk Nông") + '"')
nfd = replace_once(nfd, '"province": "Đắk Nông"', '"province": "' + unicodedata.normalize("NFD", "Đắk Nông") + '"')
assert nfd != BASE and unicodedata.normalize("NFC", nfd) != nfd
case("accept-nfd-names.json", nfd, 0, stdout="Sở Y tế Đắk Nông",
     note="decomposed Vietnamese (macOS file names, some input methods) is read as NFC")
case("accept-bom-crlf-validate.json", b"\xef\xbb\xbf" + BASE.replace("\n", "\r\n").encode("utf-8"), 0,
     command="validate", stdout="valid")

# Refused: not JSON at all.
case("empty.json", b"", 65, "the file is empty")
case("whitespace-only.json", b"  \r\n\t\n   \n", 65, "the file is empty")
case("truncated.json", BASE[: len(BASE) // 2], 65, "truncated JSON")
case("top-level-array.json", "[\n" + BASE + "]\n", 65, "expected an object")
case("top-level-string.json", '"so-seeds"\n', 65, "expected an object")
case("top-level-null.json", "null\n", 65, "expected an object")
case("invalid-utf8.json", replace_once(BASE, '"name": "Sở Y tế"', '"name": "S\x00"').encode("utf-8").replace(b"\x00", b"\xc3\x28\xff"),
     65, "not valid UTF-8")
case("invalid-utf8-latin1.json", BASE.encode("utf-8").replace("Đắk Nông".encode("utf-8"), "Dak N\xf4ng".encode("latin-1")),
     65, "not valid UTF-8", note="a Latin-1 byte in a string, as old Windows code pages write it")
case("utf16le-bom.json", b"\xff\xfe" + BASE.encode("utf-16-le"), 65, "UTF-16")
case("utf16be-bom.json", b"\xfe\xff" + BASE.encode("utf-16-be"), 65, "UTF-16")
case("utf16le-no-bom.json", BASE.encode("utf-16-le"), 65, "UTF-16")
case("utf16be-no-bom.json", BASE.encode("utf-16-be"), 65, "UTF-16")
case("nul-byte.json", replace_once(BASE, '"kind": "so"', '"kind": "so\x00"').encode("utf-8"), 65, "control character U+0000")
case("trailing-comma.json", replace_once(BASE, '"penalty.missedTasks": 0\n', '"penalty.missedTasks": 0,\n'), 65, "trailing comma")
case("comment-before-key.json", replace_once(BASE, '"facts": {', '"facts": { // số liệu năm 2020'), 65,
     "expected a key in double quotes, found '/'")
case("comment-before-value.json", replace_once(BASE, '"iso.applied": true', '"iso.applied": /* có */ true'), 65,
     "JSON does not allow comments")
case("single-quotes.json", replace_once(BASE, '"iso.applied": true', "'iso.applied': true"), 65, "expected a key in double quotes")
case("trailing-garbage.json", BASE + "\n}\n", 65, "unexpected data after the JSON value")
case("two-documents.json", BASE + BASE, 65, "unexpected data after the JSON value",
     note="two submissions pasted into one file")

# Accepted: -0 is zero, for counts as for amounts and points (a minus before any other number is refused).
case("negative-zero-amount.json", fact('"finance.investmentDisbursed": 61250.5', '"finance.investmentDisbursed": -0.000'), 0,
     stdout="Sở Y tế", note="-0.000 is zero, as 0 is")
case("negative-zero-count.json", fact('"tthc.apologies": 32', '"tthc.apologies": -0'), 0,
     stdout="Sở Y tế", note="-0 is zero, as 0 is; -3 is refused (negative-count.json)")

# Refused: numbers written the way people write them.
case("count-as-string.json", fact('"tthc.onTime": 1240', '"tthc.onTime": "1.240"'), 65,
     'found the string "1.240"')
case("percent-string.json", fact('"tthc.onTime": 1240', '"tthc.onTime": "96,5%"'), 65, 'found the string "96,5%"')
case("percent-as-count.json", fact('"tthc.onTime": 1240', '"tthc.onTime": 96.88'), 65, "expected a whole number, found 96.88")
case("nan.json", fact('"tthc.onTime": 1240', '"tthc.onTime": NaN'), 65, "NaN and Infinity are not valid JSON numbers")
case("infinity.json", fact('"finance.investmentAllocated": 85400', '"finance.investmentAllocated": Infinity'), 65,
     "NaN and Infinity are not valid JSON numbers")
case("negative-infinity.json", fact('"finance.investmentAllocated": 85400', '"finance.investmentAllocated": -Infinity'), 65,
     "invalid number")
case("integer-beyond-64-bits.json", fact('"tthc.resolved": 1280', '"tthc.resolved": 123456789012345678901234567890123'), 65,
     "123456789012345678901234567890123 is outside the allowed range [0, 1000000000]")
case("integer-beyond-64-bits-small.json", fact('"tthc.resolved": 1280', '"tthc.resolved": 18446744073709551616'), 65,
     "is outside the allowed range [0, 1000000000]")
case("huge-exponent.json", fact('"finance.investmentAllocated": 85400', '"finance.investmentAllocated": 1e400'), 65,
     "1e400 is outside the allowed range")
case("tiny-exponent.json", fact('"finance.investmentDisbursed": 61250.5', '"finance.investmentDisbursed": 1e-400'), 65,
     "the number 1e-400 has more than 6 decimals")
case("amount-seven-decimals.json", fact('"finance.investmentDisbursed": 61250.5', '"finance.investmentDisbursed": 61250.1234567'), 65,
     "the number 61250.1234567 has more than 6 decimals", note="no digit is silently rounded away")
case("count-beyond-sane.json", fact('"tthc.resolved": 1280', '"tthc.resolved": 2000000000'), 65,
     "2000000000 is outside the allowed range [0, 1000000000]")
case("negative-count.json", fact('"tthc.resolved": 1280', '"tthc.resolved": -3'), 65, "a count cannot be negative: -3")
case("negative-amount.json", fact('"finance.investmentDisbursed": 61250.5', '"finance.investmentDisbursed": -0.5'), 65,
     "is outside the allowed range")
case("ontime-more-than-resolved.json", fact('"tthc.onTime": 1240', '"tthc.onTime": 1300'), 65,
     'facts["tthc.onTime"]: 1300 is more than facts["tthc.resolved"] (1280)')
case("count-with-fraction.json", fact('"tthc.resolved": 1280', '"tthc.resolved": 1280.5'), 65, "expected a whole number, found 1280.5")
case("boolean-as-string.json", fact('"iso.applied": true', '"iso.applied": "true"'), 65, 'expected true or false, found "true"')
case("answer-not-an-option.json", fact('"survey.q1": "B"', '"survey.q1": "b"'), 65, 'answer "b" is not one of: A, B, C, D')

# Refused: dates.
case("date-day-month-year.json", fact('"plan.issuedOn": "2019-12-20"', '"plan.issuedOn": "31/12/2019"'), 65,
     '"31/12/2019" is not a valid date YYYY-MM-DD')
case("date-february-30.json", fact('"plan.issuedOn": "2019-12-20"', '"plan.issuedOn": "2019-02-30"'), 65,
     '"2019-02-30" is not a valid date YYYY-MM-DD')
case("date-outside-window.json", fact('"plan.issuedOn": "2019-12-20"', '"plan.issuedOn": "2015-12-20"'), 65,
     "the date 2015-12-20 is outside 2019-01-01 – 2021-12-31")
case("date-with-time.json", fact('"plan.issuedOn": "2019-12-20"', '"plan.issuedOn": "2019-12-20T08:00:00Z"'), 65,
     "is not a valid date YYYY-MM-DD")
case("evidence-date-outside-window.json", replace_once(BASE, '"date": "2019-03-15"', '"date": "1999-03-15"'), 65,
     "the date 1999-03-15 is outside 2019-01-01 – 2021-12-31")

# Refused: structure.
case("duplicate-keys.json", fact('"tthc.onTime": 1240,', '"tthc.onTime": 1240,\n    "tthc.onTime": 1250,'), 65,
     'duplicate key "tthc.onTime"')
case("duplicate-top-level-keys.json", replace_once(BASE, '"year": 2020,', '"year": 2020,\n  "year": 2021,'), 65, 'duplicate key "year"')
case("unknown-framework.json", replace_once(BASE, '"framework": "so-seeds"', '"framework": "so-nope"'), 65,
     'unknown framework "so-nope"')
case("framework-path-traversal.json", replace_once(BASE, '"framework": "so-seeds"', '"framework": "../../etc/passwd"'), 65,
     'invalid id "../../etc/passwd"')
case("framework-absolute-path.json", replace_once(BASE, '"framework": "so-seeds"', '"framework": "/etc/passwd"'), 65,
     'invalid id "/etc/passwd"')
case("format-version-99.json", replace_once(BASE, '"formatVersion": 1,', '"formatVersion": 99,'), 65,
     "the submission uses format version 99, newer than version 1")
case("format-version-missing.json", replace_once(BASE, '"formatVersion": 1,\n', ""), 65, 'missing required key "formatVersion"')
case("unknown-top-level-key.json", replace_once(BASE, '"year": 2020,', '"year": 2020,\n  "comments": "gửi lần 2",'), 65,
     'unknown key "comments"')
case("unknown-fact.json", fact('"iso.applied": true', '"iso.applied": true,\n    "iso.certified": true'), 65, 'unknown fact "iso.certified"')
case("unknown-leaf.json", replace_once(BASE, '"1.1.1": 1.5,', '"1.1.1": 1.5,\n    "9.9.9": 1,'), 65, 'unknown sub-criterion id "9.9.9"')
case("parent-node-claimed.json", replace_once(BASE, '"1.1.1": 1.5,', '"1.1.1": 1.5,\n    "1.1": 5,'), 65, '"1.1" is a parent node')
case("year-as-string.json", replace_once(BASE, '"year": 2020,', '"year": "2020",'), 65, 'found the string "2020"')
case("year-outside-framework.json", replace_once(BASE, '"year": 2020,', '"year": 2019,'), 65, "year 2019 is outside the years of framework so-seeds")
case("wrong-unit-kind.json", replace_once(BASE, '"kind": "so"', '"kind": "huyen"'), 65, 'unit kind "huyen" is not one the framework so-seeds applies to')
case("missing-unit.json", replace_once(BASE, '"unit": {', '"unitX": {'), 65, 'unknown key "unitX"')
case("facts-is-array.json", replace_once(BASE, '"facts": {', '"facts": [ {').replace('"penalty.missedTasks": 0\n  }', '"penalty.missedTasks": 0\n  } ]'), 65,
     "expected an object {…}, found […] (an array)")
case("claimed-above-max.json", replace_once(BASE, '"1.1.1": 1.5,', '"1.1.1": 15,'), 65, "15 points is outside 0 – 1.5 (the maximum of leaf 1.1.1)")
case("direct-on-non-direct-leaf.json", replace_once(BASE, '"8.1.3": 0.75,', '"8.1.3": 0.75,\n    "1.1.1": 1,'), 65,
     "leaf 1.1.1 is scored by its deadline rule and takes no direct points")
case("not-applicable-and-appraised.json", replace_once(BASE, '"claimed": {', '"notApplicable": { "1.3.1": "Không có đơn vị trực thuộc." },\n  "claimed": {'), 65,
     "leaf 1.3.1 is both declared not applicable and corrected by the appraisal council")
case("empty-reason.json", replace_once(BASE, '"claimed": {', '"notApplicable": { "2.2.1": "   " },\n  "claimed": {'), 65, "empty string")
case("lone-surrogate.json", replace_once(BASE, '"name": "Sở Y tế"', '"name": "S\\ud800 Y tế"'), 65, "incomplete UTF-16 surrogate pair")
case("unit-name-too-long.json", replace_once(BASE, '"name": "Sở Y tế"', '"name": "' + "Sở Y tế " * 400 + '"'), 65,
     "at most 300 allowed")

# Refused: criteria, checked with `criteria lint`.
with open(os.path.join(ROOT, "Criteria", "bo-876-2022.json"), encoding="utf-8") as f:
    criteria = f.read()
case("criteria-format-version-2.json", replace_once(criteria, '"formatVersion": 1,', '"formatVersion": 2,'), 65,
     "the criteria file uses format version 2, newer than version 1", command="lint")
case("criteria-truncated.json", criteria[: len(criteria) // 3], 65, "truncated JSON", command="lint")

# Big cases, written by the test into a temporary folder.
generated("generated-deep-nesting.json", "deep", 65, "nested deeper than 128 levels",
          note="the base submission with 100,000 nested arrays under claimed")
generated("generated-deep-objects.json", "deepObjects", 65, "nested deeper than 128 levels",
          note="100,000 nested objects as the whole file, never closed")
generated("generated-long-string.json", "longString", 65, "string of 1000000 characters, at most 300 allowed",
          note="a unit name of 1,000,000 characters")
generated("generated-long-string-over-limit.json", "longStringOverLimit", 65, "string too long",
          note="a unit name of 1,000,000 Vietnamese characters (over 1 MiB of UTF-8)")
generated("generated-large.json", "large", 65, 'unknown key "attachments"',
          note="5 MB: the base submission with a huge valid array under an unknown key")
generated("generated-large-bad-value.json", "largeBadValue", 65, 'found the string "1.240"',
          note="5 MB: the base submission padded with blank lines, with one count written as a string")
generated("generated-too-large.json", "tooLarge", 65, "more than the limit of 8388608",
          note="9 MB of whitespace around the base submission")
generated("generated-missing.json", "missing", 66, "no such file", note="a file that does not exist")
generated("generated-folder.json", "directory", 66, "this is a folder, not a file", note="a folder named like a file")

with open(os.path.join(OUT, "manifest.json"), "w", encoding="utf-8") as f:
    json.dump(manifest, f, ensure_ascii=False, indent=2)
    f.write("\n")
print(f"{len(manifest)} cases ({len(written)} files) in {os.path.relpath(OUT, ROOT)}")
