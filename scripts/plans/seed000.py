"""Seed 000: Kế hoạch CCHC ngành Y tế tỉnh Đắk Nông năm 2020 (Phụ lục), transcribed by line."""

import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from planlines import build  # noqa: E402

VP = "Văn phòng Sở"
TCCB = "Phòng Tổ chức Cán bộ Sở"
KHTC = "Phòng Kế hoạch Tài chính Sở"
DV = "các đơn vị trực thuộc"
PDV = "các phòng chức năng và các đơn vị trực thuộc"
CMNV = "các phòng CM, NV và các đơn vị trực thuộc"
TX = "Thường xuyên"
T1, T12 = "Tháng 01/2020", "Tháng 12/2020"
Q4 = "Quý IV/2019"

# The quarterly reports of I.1.3: Q1, six months and Q3 before the 15th of the quarter's second
# month, the annual report before 10 November (the seed's lines 433–453).
REPORTS = [
    {"id": "q1", "title": "Báo cáo quý I", "quarter": 1, "monthOfQuarter": 2, "day": 15, "before": True, "output": "report.q1"},
    {"id": "h1", "title": "Báo cáo 6 tháng", "quarter": 2, "monthOfQuarter": 2, "day": 15, "before": True, "output": "report.h1"},
    {"id": "q3", "title": "Báo cáo quý III", "quarter": 3, "monthOfQuarter": 2, "day": 15, "before": True, "output": "report.q3"},
    {"id": "annual", "title": "Báo cáo năm", "month": 11, "day": 10, "before": True, "output": "report.annual"},
]


def std(id, c, i, o, b, lead, co, s=T1, e=T12, **kw):
    return dict(id=id, c=c, i=i, o=o, b=b, lead=lead, co=co, s=s, e=e, **kw)


SECTIONS = [
    {"id": "I", "title": [(283, 283)], "tasks": [
        std("I.1.1", [(289, 297)], [(299, 329)], [[[(331, "Kế hoạch")], "plan.cchc"]], 0, VP, [DV], "Tháng 12/2019", "Tháng 12/2019", g=[(285, 285)]),
        std("I.1.2", [(350, 356)], [(358, 362)], [[(364, 366)]], 0, "Các phòng CMNV Sở", [DV], TX, TX, g=[(285, 285)]),
        std("I.1.3", [(409, 411)], [(413, 421)], [[(423, 431)]], 0, VP, [DV], [(433, 453)], [(433, 453)],
            recurring=REPORTS, note=[(469, 475)], g=[(285, 285)]),
        std("I.1.4", [(481, 487)], [(489, 499)], [[(501, 511)]], 10, VP, [PDV], "Tháng 6/2020", T12, g=[(285, 285)],
            target={"framework": "so-seeds", "metric": "inspect.coverage", "value": 30}),
        std("I.1.5", [(540, 544), (601, "tự kiểm tra")], [(546, 550), (601, "thẩm quyền xử lý so với"), (603, 605)],
            [[(552, 556)], [(607, 625)]], 10, VP, [PDV], [(566, 570), (635, "kiểm tra")], [(572, 576), (635, "ngày kể"), (637, 645)],
            g=[(285, 285)], target={"framework": "so-seeds", "metric": "inspect.issuesHandledRate", "value": 100}),
        std("I.1.6", [(649, 657)], [(659, 681)], [[(683, 699)]], 0, "Sở Y tế", [DV], g=[(285, 285)]),
        std("I.1.7", [(723, 725)], [(727, 733), (784, 796)], [[(735, 741), (798, 818)]], 10, VP, [PDV], g=[(285, 285)]),
        std("I.1.8", [(827, 829)], [(831, 841)], [[(845, 861), "propaganda.plan"]], 0, VP, [PDV], TX, TX, g=[(285, 285)]),
        std("I.1.9", [(890, 894)], [(896, 904)], [[(906, 910)]], 30, VP, [PDV], TX, TX, g=[(285, 285)]),
    ]},
    {"id": "II", "title": [(959, 959)], "tasks": [
        std("II.1.1", [(965, 973)], [(975, 983)], [[(985, 1007), "legal.draftReport"]], 10, VP, [PDV], TX, TX, g=[(961, 961)],
            target={"framework": "so-seeds", "metric": "legal.onScheduleRate", "value": 100}),
        std("II.1.2", [(1034, 1036)], [(1038, 1046)], [[(1048, 1054)]], 0, VP, [PDV], TX, TX, g=[(961, 961)]),
        std("II.2.1", [(1082, "Mức độ hoàn thành kế"), (1107, 1111)], [(1082, "Ban hành kế hoạch theo"), (1113, 1125)],
            [[[(1082, "Kế hoạch"), (1127, 1139)], "legal.monitorPlan"]], 0, VP, [PDV], g=[(1080, 1080)]),
        std("II.2.2", [(1156, 1158)], [(1160, 1170)], [[(1172, 1180)]], 0, VP, [PDV], g=[(1080, 1080)]),
        std("II.3.1", [(1211, 1217)], [(1219, 1239), (1302, 1304)], [[(1241, 1245), "legal.reviewPlan"]], 10, VP, [PDV], g=[(1207, 1207)]),
        std("II.3.2", [(1308, 1312)], [(1314, 1318)], [[(1320, 1328)]], 10, VP, [PDV], g=[(1207, 1207)]),
        std("II.4.1", [(1359, 1365)], [(1367, 1387)], [[(1389, 1397)]], 0, VP, [CMNV], g=[(1355, 1355)]),
        std("II.4.2", [(1425, 1427)], [(1429, 1433)], [[(1435, 1443)]], 10, VP, [CMNV], g=[(1355, 1355)]),
    ]},
    {"id": "III", "title": [(1492, 1492)], "tasks": [
        std("III.1.1", [(1497, 1499)], [(1501, 1509)], [[(1511, 1515), "tthc.controlPlan"]], 0, VP, [DV], Q4, Q4, g=[(1494, 1494)]),
        std("III.1.2", [(1537, 1539)], [(1541, 1543)], [[(1545, 1547)]], 0, VP, [DV], [(1558, 1560)], [(1558, 1560)], g=[(1494, 1494)]),
        std("III.2.1", [(1567, 1571)], [(1573, 1581)], [[(1583, 1587), "tthc.reviewPlan"]], 0, VP, [DV], Q4, Q4, g=[(1563, 1563)]),
        std("III.2.2", [(1609, 1611)], [(1613, 1619)], [[(1621, 1629)]], 0, VP, [PDV], TX, TX, g=[(1563, 1563)]),
        std("III.2.3", [(1679, 1681)], [(1683, 1685)], [[(1687, 1701)]], 0, VP, [PDV], g=[(1563, 1563)]),
        std("III.3.1", [(1732, 1738)], [(1740, 1764)], [[(1766, 1776)]], 10, VP, [PDV], TX, TX, g=[(1728, 1728)],
            target={"framework": "so-seeds", "metric": "tthc.publishedRate", "value": 100}),
        std("III.3.2", [(1804, 1806)], [(1808, 1814), (1863, 1867)], [[(1816, 1820)]], 0, VP, [PDV], g=[(1728, 1728)]),
        std("III.3.3.3", [(1877, 1881)], [(1883, 1885)], [[(1887, 1905)]], 0, "Thanh tra Sở", [PDV], g=[(1728, 1728)],
            target={"framework": "so-seeds", "metric": "feedback.handledRate", "value": 100}),
    ]},
    {"id": "IV", "title": [(1936, 1936)], "tasks": [
        std("IV.1", [(1940, 1946)], [(1948, 1954)], [[(1956, 1970)]], 0, TCCB, [PDV]),
        std("IV.2", [(2003, 2007), (2060, 2070)], [(2009, 2013), (2072, 2084)], [[(2015, 2019), (2086, 2090), "org.reviewReport"]], 0, TCCB, [PDV]),
        std("IV.3", [(2106, 2122)], [(2124, 2146)], [[(2148, 2158)]], 0, TCCB, [PDV]),
        std("IV.4", [(2191, 2197)], [(2199, 2209)], [[(2211, 2221)]], 0, TCCB, [PDV]),
    ]},
    {"id": "V", "title": [(2274, 2274)], "tasks": [
        std("V.1", [(2278, 2282)], [(2284, 2302)], [[(2304, 2326), "staff.jobFramework"]], 0, TCCB, [PDV]),
        std("V.2.1", [(2370, 2376)], [(2378, 2386)], [[(2388, 2392)]], 0, TCCB, [DV], Q4, Q4, g=[(2366, 2366)]),
        std("V.2.2", [(2417, 2423)], [(2425, 2429)], [[(2431, 2437)]], 0, TCCB, [DV], [(2449, 2451)], [(2449, 2451)], g=[(2366, 2366)]),
        std("V.3.1", [(2488, 2494)], [(2496, 2510)], [[(2512, 2526), "staff.recruitPlan"]], 0, TCCB, [DV], g=[(2454, 2454)]),
        std("V.3.2", [(2549, 2559)], [(2561, 2571)], [[(2573, 2579)]], 0, TCCB, [DV], g=[(2454, 2454)]),
        std("V.3.3", [(2602, 2616)], [(2618, 2630)], [[(2632, 2636)]], 0, TCCB, [DV], [(2648, 2650)], [(2648, 2650)], g=[(2454, 2454)]),
        std("V.3.4", [(2655, 2661), (2728, 2730)], [(2663, 2669)], [[(2671, 2677), (2732, 2738)]], 0, TCCB, [DV], TX, TX, g=[(2454, 2454)]),
        std("V.4.1", [(2743, 2745)], None, [[[(2746, "Kế hoạch")]]], 0, TCCB, [DV], Q4, Q4, g=[(2740, 2740)]),
        std("V.4.2", [(2765, "Thực hiện kế hoạch")], [(2767, 2781)], [[(2783, 2787)]], 0, TCCB, [DV], g=[(2740, 2740)]),
    ]},
    {"id": "VI", "title": [(2808, 2808)], "tasks": [
        std("VI.1", [(2812, 2818)], [(2820, 2834), (2893, 2893)], [[(2836, 2844)]], 0, KHTC, [DV]),
        std("VI.2", [(2897, 2907)], [(2909, 2917)], [[(2919, 2927)]], 0, KHTC, [DV],
            target={"framework": "so-seeds", "metric": "finance.autonomyRate", "value": 80}),
    ]},
    {"id": "VII", "title": [(2956, 2956)], "tasks": [
        std("VII.1.1", [(2962, 2968)], [(2970, 2978)], [[(2980, 2986)]], 0, VP, ["các đơn vị liên quan"], Q4, Q4, g=[(2958, 2958)]),
        std("VII.1.2", [(3009, 3013)], [(3015, 3021)], [[(3023, 3031)]], 0, VP, ["các đơn vị liên quan"], g=[(2958, 2958)]),
        std("VII.1.3", [(3054, 3060)], [(3062, 3070), (3125, "quan, đơn vị")], [[(3072, 3080), (3125, "khác (nếu có)")]], 0, VP, [CMNV],
            g=[(2958, 2958)], target={"framework": "so-seeds", "metric": "edoc.electronicRate", "value": 100}),
        std("VII.1.4", [(3131, 3135)], [(3137, 3143)], [[(3145, 3155)]], 0, VP, [PDV], g=[(2958, 2958)],
            target={"framework": "so-seeds", "metric": "it.emailRate", "value": 100}),
        std("VII.1.5", [(3184, 3188)], [(3190, 3202)], [[(3204, 3212)]], 0, VP, [PDV], g=[(2958, 2958)],
            target={"framework": "so-seeds", "metric": "it.digitalSignatureRate", "value": 100}),
        std("VII.1.6", [(3241, 3247)], [(3249, 3261)], [[(3263, 3271)]], 0, VP, [PDV], g=[(2958, 2958)]),
        std("VII.1.7", [(3300, 3304), (3357, "trong hoạt động")], [(3306, 3310), (3357, "chuẩn TCVN ISO"), (3359, 3361)],
            [[(3312, 3316), (3363, 3367)]], 0, VP, [CMNV], g=[(2958, 2958)]),
        std("VII.1.8", [(3379, 3383)], [(3385, 3411)], [[(3413, 3429)]], 10, VP, ["Trung tâm Kiểm soát Bệnh tật"], g=[(2958, 2958)]),
    ]},
    {"id": "VIII", "title": [(3454, 3454)], "tasks": [
        std("VIII.1", [(3458, 3462)], [(3464, 3466)], [[(3468, 3478)]], 0, VP, ["các phòng chức năng Sở, các đơn vị trực thuộc liên quan"],
            target={"framework": "so-seeds", "metric": "tthc.oneStopRate", "value": 100}),
        std("VIII.2", [(3531, 3535)], [(3537, 3539)], [[(3541, 3549)]], 0, VP, ["các phòng chức năng Sở, các đơn vị trực thuộc liên quan"],
            target={"framework": "so-seeds", "metric": "tthc.onTimeRate", "value": 100}),
        std("VIII.3", [(3582, 3600)], [(3602, 3610)], [[(3612, 3624)]], 0, VP, ["các phòng chức năng Sở, các đơn vị trực thuộc liên quan"]),
        std("VIII.4", [(3659, 3665)], [(3667, 3671)], [[(3673, 3683)]], 0, VP, ["các phòng chức năng Sở, các đơn vị trực thuộc liên quan"],
            target={"framework": "so-seeds", "metric": "tthc.apologyRate", "value": 100}),
        std("VIII.5", [(3736, 3746)], [(3748, 3752)], [[(3754, 3764)]], 0, VP, ["các phòng chức năng Sở, các đơn vị trực thuộc liên quan"],
            target={"framework": "so-seeds", "metric": "feedback.handledRate", "value": 100}),
    ]},
    {"id": "IX", "title": [(3793, 3793)], "tasks": [
        std("IX.1", [(3796, 3798)], [(3800, 3804)], [[(3806, 3808)]], 0, VP, ["các phòng chức năng"], "Quý IV/2020", "Quý IV/2020"),
        std("IX.2", [(3830, 3838)], [(3840, 3842)], [[(3844, 3846)]], 0, VP, ["các phòng chức năng và các đơn vị trực thuộc"]),
    ]},
]

META = {
    "seed": "000_0ae876b4ae5d54f5.txt",
    "issuer": "Sở Y tế tỉnh Đắk Nông",
    "number": "/KH-SYT",
    "dateText": "ngày tháng 12 năm 2019",
    "year": 2020,
    "unit": {"id": "dak-nong.so-y-te", "name": "Sở Y tế", "kind": "so", "province": "Đắk Nông"},
    "framework": "so-seeds",
    "source": [(254, 254)],
}

if __name__ == "__main__":
    seeds = sys.argv[1] if len(sys.argv) > 1 else "../shared/seeds"
    out = sys.argv[2] if len(sys.argv) > 2 else "Examples/plans/so-y-te-dak-nong-2020.plan.json"
    build(seeds, META, SECTIONS, out)
