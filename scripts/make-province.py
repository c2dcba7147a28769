#!/usr/bin/env python3
"""Writes COUNT submissions of one province's departments from one example submission, with
varied facts (a fixed seed: the same files every time), for the print checks.

usage: make-province.py EXAMPLE.json FOLDER [--count 30] [--province "Thái Bình"]
Each unit is named as the issue's example writes it, "Sở Y tế — Thái Bình": the report drops
the suffix every unit shares.
"""
import argparse
import copy
import json
import os
import random

NAMES = [
    "Sở Nội vụ", "Sở Tư pháp", "Sở Kế hoạch và Đầu tư", "Sở Tài chính", "Sở Công Thương",
    "Sở Nông nghiệp và Phát triển nông thôn", "Sở Giao thông vận tải", "Sở Xây dựng",
    "Sở Tài nguyên và Môi trường", "Sở Thông tin và Truyền thông", "Sở Lao động - Thương binh và Xã hội",
    "Sở Văn hóa, Thể thao và Du lịch", "Sở Khoa học và Công nghệ", "Sở Giáo dục và Đào tạo", "Sở Y tế",
    "Thanh tra tỉnh", "Văn phòng UBND tỉnh", "Ban Dân tộc", "Ban Quản lý các khu công nghiệp",
    "Ban Quản lý dự án đầu tư xây dựng các công trình dân dụng và công nghiệp",
    "Ban Quản lý dự án đầu tư xây dựng các công trình giao thông", "Đài Phát thanh và Truyền hình",
    "Trung tâm Phục vụ hành chính công", "Sở Ngoại vụ", "Ban Quản lý Khu kinh tế", "Bảo hiểm xã hội tỉnh",
    "Cục Thuế tỉnh", "Công an tỉnh", "Kho bạc Nhà nước tỉnh", "Trường Cao đẳng Y tế",
]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("example")
    parser.add_argument("folder")
    parser.add_argument("--count", type=int, default=30)
    parser.add_argument("--province", default="Thái Bình")
    args = parser.parse_args()
    random.seed(7)
    base = json.load(open(args.example, encoding="utf-8"))
    os.makedirs(args.folder, exist_ok=True)
    for i in range(args.count):
        name = NAMES[i % len(NAMES)] + ("" if i < len(NAMES) else f" {i // len(NAMES) + 1}")
        data = copy.deepcopy(base)
        data["unit"] = {"id": f"tb.u{i:02d}", "name": f"{name} — {args.province}", "kind": "so", "province": args.province}
        facts = data["facts"]
        facts["plan.tasksDone"] = random.randint(40, 64)
        facts["tthc.onTime"] = random.randint(1100, 1240)
        facts["training.done"] = random.randint(5, 12)
        facts["inspect.unitsInspected"] = random.randint(2, 18)
        facts["legal.onSchedule"] = random.randint(0, 2)
        with open(os.path.join(args.folder, f"u{i:02d}.json"), "w", encoding="utf-8") as f:
            json.dump(data, f, ensure_ascii=False, indent=1)
            f.write("\n")


if __name__ == "__main__":
    main()
