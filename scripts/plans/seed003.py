"""Seed 003: Kế hoạch CCHC năm 2020 của Sở Giáo dục và Đào tạo tỉnh Hòa Bình (Phụ lục), by line.

Columns: TT | Nội dung nhiệm vụ | Sản phẩm | Phòng chủ trì | Phòng phối hợp | Thời gian hoàn thành.
The table has no indicator and no budget column.
"""

import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from planlines import build  # noqa: E402

VP = "Văn phòng Sở"
TCCB = "Phòng TCCB"
CMNV = "Các phòng CM, NV"
CN = "Các phòng CN, CM, NV"
CN_DV = "Các phòng CN, CM, NV; các đơn vị, trường học trực thuộc"
CM_DV = "Các phòng CM, NV; các đơn vị, trường học"
YEAR = [(489, 491)]  # "Trong năm 2020", the same words on many rows


def t(id, c, o, lead, co, when):
    return dict(id=id, c=c, o=[o], lead=lead, co=[co] if co else [], s=when, e=when)


SECTIONS = [
    {"id": "I", "title": [(319, 319)], "tasks": [
        t("I.1", [(323, 329)], [(331, 337)], VP, CMNV, [(347, 349)]),
        t("I.2", [(357, 361)], [(363, 369)], VP, CMNV, [(375, 377)]),
        t("I.3", [(380, 382)], [(384, 386)], "Thanh tra", CMNV, [(392, 392)]),
        t("I.4", [(396, 400)], [(402, "Báo cáo kết quả theo dõi")], VP, CMNV, [(408, 410)]),
    ]},
    {"id": "II", "title": [(412, 412)], "tasks": [
        t("II.1", [(416, 424), (443, "soát TTHC năm 2020.")], [(426, 434)], VP, CMNV, [(440, 442)]),
        t("II.2", [(447, 449)], [(451, 457)], VP, CMNV, [(463, 465)]),
        t("II.3", [(469, 477)], [(479, 483)], VP, CMNV, [(489, 491)]),
        t("II.4", [(495, 503)], [(505, 509)], VP, CM_DV, [(517, 519)]),
        t("II.5", [(523, 529)], [(531, 533)], VP, CM_DV, [(541, 543)]),
    ]},
    {"id": "III", "title": [(545, 545)], "tasks": [
        t("III.1", [(551, 557)], [(559, 563)], TCCB, "Các phòng CM, NV; các đơn vị, trường học trực thuộc", [(573, 575)]),
        t("III.2", [(579, 583), (603, 605)], [(585, 587)], TCCB, CN_DV, [(595, 597)]),
        t("III.3", [(611, 615)], [(617, 619)], TCCB, CN_DV, [(629, 631)]),
    ]},
    {"id": "IV", "title": [(633, 633)], "tasks": [
        t("IV.1", [(637, 641)], [(643, 647)], TCCB, CN_DV, [(657, 659)]),
        t("IV.2", [(663, 667)], [(669, 673)], TCCB, "Các phòng CN, CM, NV; Các đơn vị, trường học", [(683, 685)]),
        t("IV.3", [(691, 695)], [(697, "Kế hoạch của Sở GD&ĐT")], TCCB, CN, [(701, 701)]),
        t("IV.4", [(707, 711)], [(715, 719)], TCCB, CN_DV, [(729, 731)]),
        t("IV.5", [(735, 745), (759, 761)], [(747, "Báo cáo sơ kết")], TCCB, CN, [(751, 753)]),
        t("IV.6", [(769, 779)], [(781, 787)], TCCB, CN_DV, [(799, 801)]),
        t("IV.7", [(805, 807)], [(809, 813)], TCCB, "Các đơn vị, trường học", [(819, 821)]),
        t("IV.8", [(825, 829)], [(831, 831)], TCCB, CN_DV, [(844, 856)]),
    ]},
    {"id": "V", "title": [(858, 858)], "tasks": [
        t("V.1", [(860, "Thực hiện phương án tự chủ đối với các"), (862, 864)], [(866, "Báo cáo kết quả")], "Phòng KHTC",
          "Các đơn vị, trường học", [(870, 872)]),
        t("V.2", [(878, 882)], [(884, "Báo cáo kết quả")], "Phòng KHTC", "Các phòng CN, CM, NV, các đơn vị, trường học trực thuộc", [(892, 894)]),
    ]},
    {"id": "VI", "title": [(900, 900)], "tasks": [
        t("VI.1", [(904, 908)], [(910, "Kế hoạch")], "Tổ CNTT", "Các phòng CN, CM, NV, các đơn vị, trường học trực thuộc", [(918, 918)]),
        t("VI.2", [(922, 924)], [(926, 928)], VP, "Các phòng CN, CM, NV, các đơn vị, trường học trực thuộc", [(938, 938)]),
        t("VI.3", [(942, 948)], [(950, 952)], VP, CN, [(958, 962)]),
        t("VI.4", [(966, 970)], [(972, "Báo cáo kết quả thực hiện")], VP, CN, [(976, 978)]),
    ]},
    {"id": "VII", "title": [(980, 980)], "tasks": [
        t("VII.1", [(984, 998)], [(1000, "Báo cáo Tổng kết")], VP, "Các phòng CN, CM, NV; các đơn vị, trường học", [(1008, 1010)]),
        t("VII.2", [(1014, 1018), (1032, "dịch vụ Bưu chính công ích\"")], [(1020, "Báo cáo kết quả thực hiện")], VP,
          "Các phòng CN, CM, NV; các đơn vị, trường học", [(1026, 1026)]),
        t("VII.3", [(1035, 1037)], [(1039, 1041)], "Lãnh đạo Sở", None, [(1043, "Trong năm"), (1045, 1045)]),
        t("VII.4", [(1049, 1051)], [(1053, "Kế hoạch tuyên truyền")], VP, "Các phòng CN, CM, NV; các đơn vị, trường học", [(1061, 1063)]),
        t("VII.5", [(1067, 1069)], [(1071, 1075)], "Văn phòng Sở, Thanh tra Sở", "Các phòng CN, CM, NV; các đơn vị, trường học", [(1091, 1093)]),
        t("VII.6", [(1097, 1103)], [(1105, "Hoàn thiện phiếu điều tra")], VP, CN, [(1109, 1111)]),
        t("VII.7", [(1114, 1116)], [(1118, 1120)], VP, CN, [(1126, 1128)]),
        t("VII.8", [(1131, 1133)], [(1135, 1137)], VP, CN, [(1143, 1143)]),
        t("VII.9", [(1146, 1148)], [(1150, 1152)], VP, CN, [(1158, 1160)]),
    ]},
]

META = {
    "seed": "003_bff9e9b35a18612c.txt",
    "issuer": "Sở Giáo dục và Đào tạo tỉnh Hòa Bình",
    "number": "/KH-SGD&ĐT",
    "dateText": "ngày tháng 01 năm 2020",
    "year": 2020,
    "unit": {"id": "hoa-binh.so-gd-dt", "name": "Sở Giáo dục và Đào tạo", "kind": "so", "province": "Hòa Bình"},
    "framework": "so-seeds",
    "source": [(305, 305)],
}

if __name__ == "__main__":
    seeds = sys.argv[1] if len(sys.argv) > 1 else "../shared/seeds"
    out = sys.argv[2] if len(sys.argv) > 2 else "Examples/plans/so-gddt-hoa-binh-2020.plan.json"
    build(seeds, META, SECTIONS, out)
