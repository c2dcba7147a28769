"""Seed 001: Kế hoạch CCHC tỉnh Đắk Nông năm 2021 (Phụ lục of QĐ 1887/QĐ-UBND), read from its table.

The seed's table is one row a line, cells separated by tabs: TT | Nội dung, nhiệm vụ | Sản phẩm |
Cơ quan chủ trì | Cơ quan phối hợp | Thời gian thực hiện | Kinh phí. A row whose TT is a Roman
numeral opens a section, a row with only TT and a title opens a group, a row starting with a tab
continues the row before it (after a page break); every other row is a task, copied cell by cell.
"""

import json
import os
import re
import sys

SEED = "001_591ff2b9d60f55ba.txt"
ROMAN = re.compile(r"^(I|II|III|IV|V|VI|VII|VIII|IX|X)(\s+(.*))?$")


def clean(s):
    return re.sub(r"\s+", " ", s).strip()


def times(text):
    """A range "Tháng 11 - tháng 12" is a start and an end; anything else is both."""
    parts = [clean(p) for p in re.split(r"\s+-\s+", text)]
    if len(parts) == 2 and all(p.lower().startswith("tháng") for p in parts):
        return parts[0], parts[1]
    return text, text


def build(folder, out):
    lines = open(os.path.join(folder, SEED), encoding="utf-8").read().split("\n")
    sections, section, group, task = [], None, None, None
    for number, raw in enumerate(lines, 1):
        if "\t" not in raw:
            continue
        cells = [clean(c) for c in raw.split("\t")]
        tt, content, product, lead, partners, when, budget = (cells + [""] * 7)[:7]
        if tt == "TT":
            continue
        if tt == "" and task is not None:  # the rest of the row before a page break
            for key, value in (("content", content), ("lead", lead)):
                if value:
                    task[key] = clean(task[key] + " " + value)
            if product:
                task["outputs"][0] = clean(task["outputs"][0] + " " + product)
            continue
        roman = ROMAN.match(tt)
        if roman and not product:
            title = clean((roman.group(3) or "") + " " + content)
            section = {"id": roman.group(1), "title": f"{roman.group(1)}. {title}",
                       "source": {"seed": SEED, "line": number, "quote": title}, "tasks": []}
            sections.append(section)
            group, task = None, None
            continue
        if not product and not lead:
            group = f"{tt}. {content}"
            continue
        start, end = times(when) if when else ("", "")
        task = {"id": f"{section['id']}.{tt}"}
        if group and "." in tt:
            task["group"] = group
        task["content"] = content
        task["outputs"] = [product]
        if budget:
            task["budget"] = int(budget) if budget.isdigit() else budget
        task["lead"] = lead
        if partners:
            task["coordinating"] = [partners]
        task["start"] = start or "Không ghi"
        task["end"] = end or "Không ghi"
        task["source"] = {"seed": SEED, "line": number, "quote": content}
        section["tasks"].append(task)
    total = next(int(clean(l)) for l in reversed(lines) if clean(l).isdigit())
    planned = sum(t.get("budget", 0) for s in sections for t in s["tasks"])
    if planned != total:
        print(f"note: the tasks' budgets add up to {planned}, the table's total is {total}", file=sys.stderr)
    plan = {
        "formatVersion": 1,
        "kind": "plan",
        "issuer": "Chủ tịch Ủy ban nhân dân tỉnh Đắk Nông",
        "number": "1887/QĐ-UBND",
        "date": "2020-12-18",
        "year": 2021,
        "unit": {"id": "dak-nong", "name": "UBND tỉnh Đắk Nông", "kind": "tinh", "province": "Đắk Nông"},
        "source": {"seed": SEED, "line": next(i for i, l in enumerate(lines, 1) if l.startswith("Nội dung, nhiệm vụ cải cách")),
                   "quote": "Nội dung, nhiệm vụ cải cách hành chính tỉnh Đắk Nông năm 2021"},
        "sections": sections,
    }
    with open(out, "w", encoding="utf-8") as fh:
        json.dump(plan, fh, ensure_ascii=False, indent=2)
        fh.write("\n")
    print(f"{out}: {sum(len(s['tasks']) for s in sections)} tasks in {len(sections)} sections")


if __name__ == "__main__":
    build(sys.argv[1] if len(sys.argv) > 1 else "../shared/seeds",
          sys.argv[2] if len(sys.argv) > 2 else "Examples/plans/ubnd-dak-nong-2021.plan.json")
