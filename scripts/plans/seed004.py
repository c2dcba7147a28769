"""Seed 004: Kế hoạch CCHC năm 2023 của Sở Kế hoạch và Đầu tư tỉnh Tuyên Quang (Biểu kế hoạch chi tiết), by line.

Columns: TT | Nội dung | Sản phẩm | Đơn vị chủ trì dự thảo | Đơn vị phối hợp | Thời gian thực hiện.
The table has no indicator and no budget column (targets are written in the content).
"""

import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from planlines import build  # noqa: E402

VP = "Văn phòng Sở"
CM = "Các phòng chuyên môn thuộc Sở"
TX = [(614, 616)]  # "Thường xuyên"


def t(id, c, o, lead, co, when, **kw):
    return dict(id=id, c=c, o=[o], lead=lead, co=[co], s=when, e=when, **kw)


SECTIONS = [
    {"id": "I", "title": [(548, 548)], "tasks": [
        t("I.1", [(550, "Việc tham mưu ban hành văn bản quy phạm pháp luật")], [(551, 553)], "Thanh tra Sở", CM, [(559, 559)]),
        t("I.2", [(562, 564)], [(565, "Kế hoạch")], "Thanh tra Sở", CM, [(571, 573)]),
        t("I.3", [(577, 581)], [(583, "Kế hoạch")], "Thanh tra Sở", CM, [(587, 587)]),
    ]},
    {"id": "II", "title": [(589, 589)], "tasks": [
        t("II.1", [(593, 601)], [(603, 607)], VP, CM, [(614, 616)]),
        t("II.2", [(620, 626)], [(628, 634)], VP, CM, [(641, 643)]),
        t("II.3", [(661, 665)], [(667, 679)], CM, VP, [(686, 688)]),
        t("II.4", [(692, 696)], [(698, 706)], CM, VP, [(713, 719)]),
        t("II.5", [(722, 724)], [(725, 725)], CM, VP, [(732, 734)]),
        t("II.6", [(738, 744)], [(746, 768)], VP, CM, [(775, 777)]),
        t("II.7", [(789, 791)], [(793, 797)], VP, CM, [(804, 806)]),
        t("II.8", [(810, 830)], [(832, 834)], CM, VP, [(841, 843)]),
        t("II.9", [(847, 851)], [(853, 855)], CM, VP, [(862, 864)]),
    ]},
    {"id": "III", "title": [(866, 866)], "tasks": [
        t("III.1", [(870, 876)], [(878, 880)], VP, CM, [(886, 886)]),
        t("III.2", [(897, "Thực hiện phân cấp quản lý")], [(898, 900)], VP, CM, [(906, 906)]),
    ]},
    {"id": "IV", "title": [(908, 908)], "tasks": [
        t("IV.1", [(912, 916)], [(918, 920)], VP, CM, [(926, 926)]),
        t("IV.2", [(930, 938)], [(940, "Kê hoạch")], VP, CM, [(944, 944)]),
    ]},
    {"id": "V", "title": [(946, 946)], "tasks": [
        t("V.1", [(950, 956)], [(958, "Báo cáo")], VP, CM, [(963, 965)]),
    ]},
    {"id": "VI", "title": [(967, 967)], "tasks": [
        t("VI.1", [(971, 979), (1000, 1012)], [(981, 981)], CM, VP, [(987, 989)]),
    ]},
    {"id": "VII", "title": [(1014, 1014)], "tasks": [
        t("VII.1", [(1017, 1019)], [(1021, 1023)], VP, CM, [(1030, 1032)]),
        t("VII.2", [(1036, 1042)], [(1044, 1046)], VP, CM, [(1053, 1055)]),
        t("VII.3", [(1059, 1067)], [(1069, "Báo cáo")], VP, CM, [(1074, 1076)]),
    ]},
]

META = {
    "seed": "004_21fefb198583832d.txt",
    "issuer": "Sở Kế hoạch và Đầu tư tỉnh Tuyên Quang",
    "number": "122/KH-SKH",
    "date": "2023-01-28",
    "year": 2023,
    "unit": {"id": "tuyen-quang.so-khdt", "name": "Sở Kế hoạch và Đầu tư", "kind": "so", "province": "Tuyên Quang"},
    "framework": "so-seeds",
    "source": [(531, 531)],
}

if __name__ == "__main__":
    seeds = sys.argv[1] if len(sys.argv) > 1 else "../shared/seeds"
    out = sys.argv[2] if len(sys.argv) > 2 else "Examples/plans/so-khdt-tuyen-quang-2023.plan.json"
    build(seeds, META, SECTIONS, out)
