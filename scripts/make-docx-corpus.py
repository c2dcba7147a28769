#!/usr/bin/env python3
"""Writes a deterministic corpus of synthetic submissions for the printed-report checks.

usage: make-docx-corpus.py OUT_FOLDER [--units 30] [--year 2020] [--seed 1]

Every unit is a copy of Examples/so-y-te-dak-nong-2020.json (framework so-seeds) with its own
id and name (departments of one province) and with its "done" counts lowered by a pseudo-random
share, so that every unit scores differently. The same arguments always give the same files.
The names are those of departments in general; the numbers are synthetic, not any unit's result.
"""
import argparse
import json
import os
import random

NAMES = [
    "Sở Nội vụ", "Sở Tư pháp", "Sở Kế hoạch và Đầu tư", "Sở Tài chính", "Sở Công Thương",
    "Sở Nông nghiệp và Phát triển nông thôn", "Sở Giao thông vận tải", "Sở Xây dựng",
    "Sở Tài nguyên và Môi trường", "Sở Thông tin và Truyền thông", "Sở Lao động - Thương binh và Xã hội",
    "Sở Văn hóa, Thể thao và Du lịch", "Sở Khoa học và Công nghệ", "Sở Giáo dục và Đào tạo", "Sở Y tế",
    "Thanh tra tỉnh", "Văn phòng UBND tỉnh", "Ban Dân tộc tỉnh", "Ban Quản lý các khu công nghiệp",
    "Sở Ngoại vụ", "Đài Phát thanh và Truyền hình tỉnh", "Ban Quản lý dự án đầu tư xây dựng tỉnh",
    "Trung tâm Phục vụ hành chính công", "Quỹ Đầu tư phát triển", "Sở Du lịch", "Ban Quản lý Công viên địa chất",
    "Trường Cao đẳng cộng đồng", "Vườn quốc gia Tà Đùng", "Liên minh Hợp tác xã tỉnh", "Ban Quản lý rừng phòng hộ",
]

# (numerator, denominator) facts whose numerator can be lowered without breaking a rule.
SHARES = [
    ("plan.tasksDone", "plan.tasks"), ("inspect.unitsInspected", "inspect.units"),
    ("inspect.issuesHandled", "inspect.issuesFound"), ("tthc.onTime", None), ("feedback.handled", "feedback.received"),
    ("staff.placedPerPosition", "staff.civilServants"), ("training.done", "training.planned"),
    ("staff.rotated", "staff.rotationPlanned"), ("org.decentralizedTasksDone", "org.decentralizedTasks"),
]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("out")
    parser.add_argument("--units", type=int, default=30)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    root = os.path.join(os.path.dirname(__file__), "..")
    with open(os.path.join(root, "Examples", "so-y-te-dak-nong-2020.json"), encoding="utf-8") as f:
        base = json.load(f)
    os.makedirs(args.out, exist_ok=True)
    for n in range(args.units):
        rng = random.Random(args.seed * 1000 + n)
        data = json.loads(json.dumps(base))
        name = NAMES[n % len(NAMES)] + ("" if n < len(NAMES) else f" {n // len(NAMES) + 1}")
        data["unit"] = {"id": f"dak-nong.unit-{n + 1:02d}", "name": name, "kind": "so", "province": "Đắk Nông"}
        facts = data["facts"]
        for numerator, _ in SHARES:
            value = facts.get(numerator)
            if isinstance(value, int) and not isinstance(value, bool) and value > 0:
                facts[numerator] = max(0, value - int(value * rng.random() * 0.45))
        if "tthc.onTime" in facts and "tthc.late" in facts:
            facts["tthc.late"] = facts["tthc.resolved"] - facts["tthc.onTime"]
            facts["tthc.early"] = min(facts["tthc.early"], facts["tthc.onTime"])
        for leaf, points in data.get("direct", {}).items():
            data["direct"][leaf] = round(points * (0.55 + 0.45 * rng.random()), 2)
        with open(os.path.join(args.out, f"unit-{n + 1:02d}.json"), "w", encoding="utf-8") as f:
            json.dump(data, f, ensure_ascii=False, indent=1)
    print(f"ok: {args.units} submissions in {args.out}")


if __name__ == "__main__":
    main()
