"""Seed 002: Kế hoạch công tác CCHC năm 2020 tỉnh Quảng Nam (Phụ lục of QĐ 4353/QĐ-UBND), by line.

Columns: TT | Nội dung công việc | Sản phẩm | Thời gian hoàn thành | Cơ quan chủ trì | Cơ quan phối hợp.
The table has no indicator and no budget column. The last row's number is printed "4" after 13
(the "1" of 14 is lost in the text); it is given the id VII.14.
"""

import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from planlines import build  # noqa: E402

STD = "Các Sở, Ban, ngành; UBND các huyện, thị xã, thành phố"
SNV = "Sở Nội vụ"
TT = "Sở Thông tin và Truyền thông"
VP = "Văn phòng UBND tỉnh"


def t(id, c, o, when, lead, co):
    return dict(id=id, c=c, o=[[p] for p in o] if o and isinstance(o[0], list) else ([o] if o else []), lead=lead,
                co=[co] if co else [], s=when, e=when)


SECTIONS = [
    {"id": "I", "title": [(582, 582)], "tasks": [
        t("I.1", [(586, 602)], [(604, 606)], [(607, 607)], STD, "Sở Tư pháp; Văn phòng UBND tỉnh"),
        t("I.2", [(623, 627)], [(629, 639)], [(641, 651)], "Sở Tư pháp", STD),
        t("I.3", [(661, "Cập nhật đầy đủ, kịp thời văn bản"), (663, 663), (673, 677)], None, [(664, "Thường xuyên")], "Sở Tư pháp", STD),
        t("I.4", [(683, 691)], [(693, 701)], [(703, 703)], "Sở Kế hoạch và Đầu tư", STD),
    ]},
    {"id": "II", "title": [(714, 714), (715, 717)], "tasks": [
        t("II.1", [(721, 725)], [(727, 729)], [(730, 730)], STD, VP),
        t("II.2", [(746, 756)], [(758, 768)], [(772, 772)], STD, VP),
        t("II.3", [(793, 801)], [(803, 811)], [(813, 813)], "Sở Tài nguyên và Môi trường, Sở Nội vụ", STD),
        t("II.4", [(829, 835)], [(837, 839)], [(840, 840)], "Các cơ quan chuyên môn thuộc UBND tỉnh", VP),
        t("II.5", [(854, 860)], [(862, 868)], [(870, 870)], "Sở Thông tin và truyền thông; Văn phòng UBND tỉnh", "Các Sở, Ban, ngành"),
        t("II.6", [(884, 898)], [(900, 910)], [(912, 912)], "Các Sở, Ban, ngành; UBND cấp huyện, cấp xã", VP),
        t("II.7", [(930, "Triển khai đồng bộ các giải pháp"), (937, 941)], [(930, "Kết quả hồ sơ"), (943, 945)], [(930, "Thường xuyên")], TT, STD),
        t("II.8", [(953, 959)], [(961, 963)], [(964, 964)], TT, "UBND cấp huyện, cấp xã"),
        t("II.9", [(976, 986)], None, [(988, 988)], "Các Sở, Ban, ngành; UBND cấp huyện, cấp xã",
          "Sở Nội vụ, Sở Thông tin và Truyền thông, Văn phòng UBND tỉnh, Bưu điện tỉnh"),
        t("II.10", [(1006, 1014)], [(1016, 1020)], [(1022, "Quý II/2020")], SNV, STD),
        t("II.11", [(1032, 1038)], [(1040, 1044)], [(1046, 1052), (1069, 1069)], SNV, STD + "; Bưu điện tỉnh"),
        t("II.12", [(1073, 1077)], [(1079, 1081)], [(1082, "Quý II/2020")], SNV, STD),
    ]},
    {"id": "III", "title": [(1090, 1090)], "tasks": [
        t("III.1", [(1094, 1098)], [(1100, 1114)], [(1118, 1128)], SNV, STD),
        t("III.2", [(1140, 1152)], [(1154, 1158)], [(1160, "Quý II/2020")], SNV, STD),
        t("III.3", [(1168, "Tiếp tục điều chỉnh vị trí việc làm"), (1170, 1170), (1185, "của các cơ quan, đơn vị, địa phương.")],
          [(1172, 1174)], [(1175, "Thường xuyên")], STD, SNV),
        t("III.4", [(1191, 1197)], [(1199, 1201)], [(1202, "Quý I/2020")], SNV, STD),
    ]},
    {"id": "IV", "title": [(1210, 1210)], "tasks": [
        t("IV.1", [(1213, 1215)], [(1217, 1227)], [(1229, "Năm 2020")], SNV, STD),
        t("IV.2", [(1239, 1257), (1280, 1282)], [(1259, 1265)], [(1267, "Năm 2020")], SNV, STD),
        t("IV.3", [(1286, 1290)], [(1292, 1302)], [(1304, "Năm 2020")], SNV, STD),
        t("IV.4", [(1314, 1322)], [(1324, 1336)], [(1338, "Năm 2020")], SNV, STD),
    ]},
    {"id": "V", "title": [(1346, 1346)], "tasks": [
        t("V.1", [(1350, 1354)], [(1356, 1362)], [(1364, "Thường xuyên")], "Sở Tài chính", STD),
        t("V.2", [(1372, "Tiếp tục triển khai thực hiện cơ chế"), (1379, 1389)], [(1372, "Các văn bản tổ"), (1391, "chức thực hiện")],
          [(1372, "Năm 2020")], STD, "Sở Tài chính"),
        t("V.3", [(1399, 1421)], [(1423, 1429)], [(1431, 1431)], STD, "Sở Tài chính, Sở Nội vụ"),
        t("V.4", [(1447, 1451)], [(1453, 1455)], [(1456, "Thường xuyên")], "Sở, Ban, ngành", "Sở Tài chính, Sở Nội vụ"),
    ]},
    {"id": "VI", "title": [(1474, 1474)], "tasks": [
        t("VI.1", [(1478, 1484)], [(1486, 1490)], [(1492, 1492)], TT, "Sở Tài chính, Sở Kế hoạch và Đầu tư"),
        t("VI.2", [(1503, 1509)], [(1511, 1513)], [(1515, 1523)], TT, STD),
        t("VI.3", [(1537, 1551)], [(1553, 1561)], [(1563, 1563)], TT, STD),
        t("VI.4", [(1576, 1582), (1606, 1608)], [(1584, 1590)], [(1592, 1592)], "Các Sở, Ban, ngành", TT),
        t("VI.5", [(1611, 1613)], [(1615, 1631)], [(1633, 1633)], TT, "Sở Nội vụ, Văn phòng UBND tỉnh"),
        t("VI.6", [(1644, 1652)], [(1654, 1664)], [(1666, 1666)], TT, STD + "; các Ngân hàng thương mại"),
        t("VI.7", [(1683, 1693), (1726, 1730)], [(1695, 1705), (1732, 1740)], [(1707, 1707)], STD, "Sở Khoa học và Công nghệ"),
    ]},
    {"id": "VII", "title": [(1742, 1742)], "tasks": [
        t("VII.1", [(1746, 1752)], None, [(1754, 1754)], VP, STD),
        t("VII.2", [(1767, 1773)], [(1775, 1783)], [(1785, "Quý I/2020")], SNV, STD),
        t("VII.3", [(1795, 1801)], [(1803, 1815), (1834, 1834)], [(1817, "Quý I/2020")], SNV, STD),
        t("VII.4", [(1838, 1862)], [(1864, 1868)], [(1870, "Quý II/2020")], SNV, STD),
        t("VII.5", [(1880, 1886)], [(1888, 1890)], [(1892, 1902)], SNV, STD),
        t("VII.6", [(1913, 1917), (1944, "trạnh năm 2020.")], [(1919, 1921)], [(1923, 1927), (1944, "- Báo cáo theo"), (1946, 1948)],
          "Sở Kế hoạch và Đầu tư", STD),
        t("VII.7", [(1952, 1958)], [(1960, 1964)], [(1966, 1968)], SNV, STD),
        t("VII.8", [(1979, 1993)], [(1995, 1999)], [(2001, "Quý IV/2020")], SNV, STD),
        t("VII.9", [(2011, 2017)], [(2019, 2023)], [(2025, "Tháng 7/2020")], SNV, STD + "; Bưu điện tỉnh"),
        t("VII.10", [(2037, 2043), (2061, 2063)], [(2045, 2047)], [(2048, "Quý II/2020")], SNV, STD),
        t("VII.11", [(2067, 2077)], [(2079, 2087)], [(2089, 2089)],
          "Sở Nội vụ, Sở Thông tin và Truyền thông, Sở Văn hóa Thể thao và Du lịch, Đài Phát thanh và Truyền hình tỉnh, Báo Quảng Nam",
          "Các Sở, Ban, ngành và UBND các huyện, thị xã, thành phố"),
        t("VII.12", [(2115, 2119)], [(2121, 2131)], [(2133, "Quý II-III/2020")], SNV, STD),
        t("VII.13", [(2143, 2147)], [(2149, 2157)], [(2159, "Quý II/2020")], SNV, "Văn phòng UBND tỉnh, Sở Tài chính, Sở Thông tin và Truyền thông"),
        t("VII.14", [(2169, "Tổng hợp, đề xuất việc giải quyết các"), (2171, 2171), (2185, 2187)], [(2173, 2175), (2189, 2193)],
          [(2176, "Thường xuyên")], SNV, STD),
    ]},
]

META = {
    "seed": "002_22d0f7ddb519dd09.txt",
    "issuer": "Ủy ban nhân dân tỉnh Quảng Nam",
    "number": "4353/QĐ-UBND",
    "date": "2019-12-31",
    "year": 2020,
    "unit": {"id": "quang-nam", "name": "UBND tỉnh Quảng Nam", "kind": "tinh", "province": "Quảng Nam"},
    "source": [(573, 573)],
}

if __name__ == "__main__":
    seeds = sys.argv[1] if len(sys.argv) > 1 else "../shared/seeds"
    out = sys.argv[2] if len(sys.argv) > 2 else "Examples/plans/ubnd-quang-nam-2020.plan.json"
    build(seeds, META, SECTIONS, out)
