#!/usr/bin/env python3
"""Writes Criteria/tinh-876-2022.json and Criteria/tinh-892-2024.json (provincial PAR INDEX,
scored from published component or field scores) and their example submissions, and marks in
Criteria/bo-876-2022.json which numbers are confirmed (par-index.md §2)."""
import json
from decimal import Decimal

from common import D, ROOT, T, leaf, node, prov, write

REF = "tài liệu tham khảo par-index.md"
HB = "baohoabinh.com.vn, kết quả PAR INDEX 2023 của tỉnh Hòa Bình"
GROUPS = (f"Nhóm A (từ 90 %), B (80 % – dưới 90 %), C (70 % – dưới 80 %) theo cách xếp nhóm tỉnh đã xác nhận cho các năm 2015 và 2022 "
          f"({REF} §3); năm 2023 có 7 tỉnh nhóm A, 56 nhóm B; năm 2024 có 13 nhóm A, 50 nhóm B. Nhóm dưới 70 % không có tên trong "
          "nguồn — nhãn 'Dưới 70 %' là của ParIndex; việc giá trị đúng bằng ngưỡng thuộc nhóm trên là giả định")


def bands(years_note):
    out = []
    for bid, vi, en, lower in (("A", "Nhóm A (từ 90 % trở lên)", "Group A (90 % and above)", 90),
                               ("B", "Nhóm B (từ 80 % đến dưới 90 %)", "Group B (80 % to below 90 %)", 80),
                               ("C", "Nhóm C (từ 70 % đến dưới 80 %)", "Group C (70 % to below 80 %)", 70),
                               ("duoi-70", "Dưới 70 %", "Below 70 %", 0)):
        out.append({"id": bid, "label": T(vi, en), "lower": D(lower), "lowerInclusive": True,
                    "provenance": prov("adapted", GROUPS + years_note)})
    return out


def direct_field(fid, vi, en, mx, field_prov, leaf_source, source="appraisal", component=None, note="", quote=None):
    return node(fid, vi, en, field_prov, [
        leaf(f"{fid}.1", f"{vi} (điểm đã công bố)", f"{en} (published score)", mx,
             prov("adapted", f"Cách mô hình hóa của ParIndex: một điểm nhập trực tiếp bằng điểm đã công bố. {leaf_source}{note}", quote),
             {"kind": "direct", "source": source}),
    ], component=component, mx=mx)


# ---------------------------------------------------------------- 876, provinces, 2022–2023
C876 = f"876/QĐ-BNV ngày 10/11/2022, điểm tối đa cấp tỉnh theo {HB} ({REF} §2)"
tinh876 = {
    "formatVersion": 1,
    "id": "tinh-876-2022",
    "title": T("Chỉ số cải cách hành chính của các tỉnh, thành phố trực thuộc Trung ương (876/QĐ-BNV), theo bốn phần điểm",
               "PAR INDEX of provinces and centrally-run cities (876/QĐ-BNV), by its four parts"),
    "legalBasis": ["876/QĐ-BNV ngày 10/11/2022 của Bộ Nội vụ (Chỉ số cải cách hành chính, áp dụng cho các năm 2022–2023)"],
    "unitKinds": ["tinh"],
    "years": {"from": 2022, "to": 2023},
    "provenance": prov("adapted", (
        "Khung rút gọn theo 876/QĐ-BNV để kiểm tra kết quả đã công bố của một tỉnh từ bốn phần điểm đã công bố: điểm thẩm định 61,5 + "
        "điểm chỉ tiêu kinh tế - xã hội 6,5 (= 68) + SIPAS 10 + điều tra lãnh đạo, quản lý 22 (= 32). Bốn điểm tối đa được xác nhận "
        f"bởi một nguồn cấp tỉnh ({HB}; {REF} §2); phần điều tra 32 điểm của cấp tỉnh được xác nhận theo 876/QĐ-BNV. Số liệu của bài "
        "báo đó không cộng đúng tổng của chính nó, nên chỉ dùng cho điểm tối đa, không dùng làm số liệu kiểm thử. Không có trong tài "
        "liệu tham khảo [không tìm thấy], nên không mã hóa: điểm tối đa của 8 lĩnh vực, 37 tiêu chí, 88 tiêu chí thành phần cấp tỉnh "
        "của 876/QĐ-BNV (phụ lục chưa tìm được).")),
    "display": {"pointDecimals": 2, "percentDecimals": 2},
    "components": [
        {"id": "appraised", "title": T("Điểm thẩm định", "Appraised score"), "max": D("61.5")},
        {"id": "socioeconomic", "title": T("Điểm chỉ tiêu kinh tế - xã hội", "Socio-economic indicators"), "max": D("6.5")},
        {"id": "sipas", "title": T("Điểm SIPAS (hài lòng của người dân, tổ chức)", "SIPAS (citizen satisfaction)"), "max": D(10)},
        {"id": "leaders", "title": T("Điểm điều tra lãnh đạo, quản lý", "Survey of leaders and managers"), "max": D(22)},
    ],
    "bands": bands("; áp dụng cho 2022–2023 (đã xác nhận cho năm 2022)"),
    "fields": [
        direct_field("1", "Điểm thẩm định", "Appraised score", "61.5", prov("official", C876),
                     "Điểm tối đa 61,5 đã xác nhận.", component="appraised", quote="appraised 61.50"),
        direct_field("2", "Điểm chỉ tiêu kinh tế - xã hội", "Socio-economic indicators", "6.5", prov("official", C876),
                     "Điểm tối đa 6,5 đã xác nhận.", component="socioeconomic", quote="socio-economic indicators 6.50"),
        direct_field("3", "Chỉ số hài lòng của người dân, tổ chức (SIPAS)", "Citizen satisfaction index (SIPAS)", 10,
                     prov("official", C876), "Điểm tối đa 10 đã xác nhận; các câu hỏi SIPAS không được mã hóa.",
                     source="survey", component="sipas", quote="SIPAS 10"),
        direct_field("4", "Điều tra xã hội học lãnh đạo, quản lý", "Survey of leaders and managers", 22, prov("official", C876),
                     "Điểm tối đa 22 đã xác nhận; các câu hỏi điều tra không được mã hóa.", source="survey", component="leaders", quote="survey of leaders and managers 22"),
    ],
}

# ---------------------------------------------------------------- 892, provinces, 2024–2030
S892 = f"892/QĐ-BNV ngày 05/12/2024; điểm tối đa in trong kết quả cấp tỉnh dạng 'điểm / tối đa' (thongtindoingoai.sonla.gov.vn content-1040; thongtin.vietnam.vn; en.baohoabinh.com.vn; {REF} §2)"
def vn(x):
    return format(x, "f").replace(".", ",")


KNOWN = D("9.5") + D(13) + D("10.5") + D(15) + D("16.5")
REST = D(100) - KNOWN
FIELD_NOTE = (" Điểm đã công bố của lĩnh vực gồm cả phần thẩm định và phần điều tra xã hội học của lĩnh vực (nếu có); "
              "nhập vào mục 'appraisal' chỉ là nơi nhập điểm, không nói điểm đó do hội đồng thẩm định cho.")
tinh892 = {
    "formatVersion": 1,
    "id": "tinh-892-2024",
    "title": T("Chỉ số cải cách hành chính của các tỉnh, thành phố trực thuộc Trung ương (892/QĐ-BNV), theo lĩnh vực",
               "PAR INDEX of provinces and centrally-run cities (892/QĐ-BNV), by field"),
    "legalBasis": ["892/QĐ-BNV ngày 05/12/2024 của Bộ Nội vụ (Chỉ số cải cách hành chính, áp dụng cho các năm 2024–2030)"],
    "unitKinds": ["tinh"],
    "years": {"from": 2024, "to": 2030},
    "provenance": prov("adapted", (
        "Khung cấp lĩnh vực theo 892/QĐ-BNV (8 lĩnh vực, 38 tiêu chí, 88 tiêu chí thành phần; 68 điểm 'kết quả CCHC và chỉ tiêu KT-XH' "
        f"+ 32 điểm điều tra xã hội học, đã xác nhận, {REF} §2) để kiểm tra kết quả đã công bố của một tỉnh từ điểm các lĩnh vực. "
        "Điểm tối đa đã xác nhận của năm lĩnh vực: Chỉ đạo, điều hành 9,5; Cải cách TTHC 13; Cải cách tổ chức bộ máy 10,5; Cải cách "
        "chế độ công vụ 15; Tác động của CCHC 16,5. THIẾU [không tìm thấy]: điểm tối đa của từng lĩnh vực Cải cách thể chế, Cải cách "
        f"tài chính công và Xây dựng, phát triển Chính quyền điện tử, Chính quyền số; ba lĩnh vực này được gộp thành một nút 'X' với "
        f"{vn(REST)} điểm (= 100 − {vn(KNOWN)}, phép tính, không phải số đã công bố), nhập tổng điểm đã công bố của "
        "ba lĩnh vực. Hai phần 68 + 32 không được mã hóa thành thành phần vì cách chia từng lĩnh vực giữa hai phần chưa có [không tìm "
        "thấy]. Các tiêu chí, tiêu chí thành phần không được mã hóa (phụ lục chưa tìm được).")),
    "display": {"pointDecimals": 2, "percentDecimals": 2},
    "bands": bands("; dùng cho 2024–2030 theo cách xếp nhóm các năm trước (chưa đối chiếu riêng cho 892/QĐ-BNV)"),
    "fields": [
        direct_field("1", "Chỉ đạo, điều hành cải cách hành chính", "Direction and management of administrative reform", "9.5",
                     prov("official", S892), "Điểm tối đa 9,5 đã xác nhận.", note=FIELD_NOTE, quote="Chỉ đạo, điều hành CCHC 9.5"),
        direct_field("3", "Cải cách thủ tục hành chính", "Administrative procedure reform", 13, prov("official", S892),
                     "Điểm tối đa 13 đã xác nhận.", note=FIELD_NOTE, quote="Cải cách TTHC 13"),
        direct_field("4", "Cải cách tổ chức bộ máy hành chính nhà nước", "Reform of the state administrative apparatus", "10.5",
                     prov("official", S892), "Điểm tối đa 10,5 đã xác nhận.", note=FIELD_NOTE, quote="Cải cách tổ chức bộ máy 10.5"),
        direct_field("5", "Cải cách chế độ công vụ", "Civil service reform", 15, prov("official", S892), "Điểm tối đa 15 đã xác nhận.", note=FIELD_NOTE, quote="Cải cách chế độ công vụ 15"),
        direct_field("8", "Tác động của cải cách hành chính đến người dân, tổ chức và phát triển kinh tế - xã hội",
                     "Impact of administrative reform on citizens, organisations and socio-economic development", "16.5",
                     prov("official", S892), "Điểm tối đa 16,5 đã xác nhận.", note=FIELD_NOTE, quote="Tác động của CCHC đến người dân, tổ chức và phát triển KT-XH 16.5"),
        direct_field("X", "Cải cách thể chế; Cải cách tài chính công; Xây dựng và phát triển Chính quyền điện tử, Chính quyền số (gộp)",
                     "Institutional reform; public finance reform; e-government and digital government (combined)", REST,
                     prov("adapted", f"THIẾU điểm tối đa của từng lĩnh vực [không tìm thấy, {REF} §2]; {vn(REST)} = 100 − "
                          f"{vn(KNOWN)} là phép tính từ năm điểm tối đa đã xác nhận ('the three together 35.5 by arithmetic'), "
                          "không phải số đã công bố; id 'X' vì ba lĩnh vực 2, 6, 7 không tách được"),
                     "Nhập tổng điểm đã công bố của ba lĩnh vực; điểm tối đa của từng lĩnh vực chưa có.", note=FIELD_NOTE, quote="the three together 35.5 by arithmetic"),
    ],
}


def example(framework, year, direct):
    return {"formatVersion": 1, "framework": framework, "year": year,
            "unit": {"id": "vi-du.tinh-minh-hoa", "name": "Tỉnh Minh Họa (ví dụ, số liệu minh họa)", "kind": "tinh"},
            "direct": {k: D(v) for k, v in direct.items()}}


# ---------------------------------------------------------------- bo-876-2022: say which numbers are confirmed
def mark_bo876():
    path = f"{ROOT}/Criteria/bo-876-2022.json"
    fw = json.load(open(path, encoding="utf-8"), parse_float=Decimal)
    fw["provenance"]["source"] = (
        "Khung rút gọn theo 876/QĐ-BNV ngày 10/11/2022 để tái hiện kết quả công bố từ điểm thành phần đã công bố: hai thành phần chấm "
        "trực tiếp (điểm thẩm định, điểm điều tra xã hội học). ĐÃ XÁC NHẬN: điểm điều tra xã hội học 31,5 (876/QĐ-BNV; "
        f"{REF} §2); 7 lĩnh vực, 38 tiêu chí, 97 tiêu chí thành phần. CHƯA XÁC NHẬN: điểm thẩm định 68,5 là suy ra (100 − 31,5), "
        "chưa đối chiếu được với văn bản [U]; điểm từng lĩnh vực [không tìm thấy], nên 7 lĩnh vực, 38 tiêu chí, 97 tiêu chí thành "
        "phần không được mã hóa. Phân nhóm: năm 2023 các bộ được chia hai nhóm trên và dưới 80 % (đã xác nhận, Chinhphu.vn "
        "17/04/2024); việc chỉ số đúng 80 % thuộc nhóm trên chưa được xác nhận — ranh giới 'từ 80 % trở lên' là giả định.")
    band_source = ("ĐÃ XÁC NHẬN: năm 2023 các bộ được chia hai nhóm trên và dưới 80 % (Chinhphu.vn 17/04/2024; "
                   f"{REF} §3). CHƯA XÁC NHẬN: chỉ số đúng 80 % thuộc nhóm trên (giả định của ParIndex)")
    for b in fw["bands"]:
        b["provenance"] = {"status": "adapted", "source": band_source}
    f1, f2 = fw["fields"]
    f1["provenance"]["source"] = ("CHƯA XÁC NHẬN [U]: 68,5 suy ra = 100 − 31,5 (điểm điều tra xã hội học theo 876/QĐ-BNV ngày "
                                  "10/11/2022); tổng điểm tối đa của phần thẩm định chưa đối chiếu được với văn bản.")
    f1["children"][0]["provenance"]["source"] = ("Cách mô hình hóa của ParIndex: gộp toàn bộ phần thẩm định của 876/QĐ-BNV thành một "
                                                 "tiêu chí; chi tiết theo tiêu chí, tiêu chí thành phần không được mã hóa. Điểm tối đa "
                                                 "68,5 CHƯA XÁC NHẬN (suy ra).")
    f1["children"][0]["children"][0]["provenance"]["source"] = ("Cách mô hình hóa của ParIndex: một điểm nhập trực tiếp bằng điểm thẩm "
                                                                "định đã công bố; điểm tối đa 68,5 = 100 − 31,5 CHƯA XÁC NHẬN (suy ra).")
    f2["provenance"]["source"] = f"ĐÃ XÁC NHẬN: điểm điều tra xã hội học 31,5 theo 876/QĐ-BNV ngày 10/11/2022 ({REF} §2)"
    f2["children"][0]["provenance"]["source"] = ("Điểm tối đa 31,5 ĐÃ XÁC NHẬN theo 876/QĐ-BNV ngày 10/11/2022; gộp các tiêu chí điều "
                                                 "tra thành một tiêu chí là cách mô hình hóa của ParIndex.")
    for leaf_prov in (f1["children"][0]["children"][0]["provenance"], f2["children"][0]["children"][0]["provenance"]):
        leaf_prov["quote"] = "survey 31.5 [C] (appraised part 68.5 [U])"
    f2["children"][0]["children"][0]["provenance"]["source"] = (
        "Điểm tối đa 31,5 ĐÃ XÁC NHẬN theo 876/QĐ-BNV ngày 10/11/2022; một điểm nhập trực tiếp bằng điểm điều tra xã hội học đã công "
        "bố (cách mô hình hóa của ParIndex, các câu hỏi điều tra không được mã hóa).")
    write("Criteria/bo-876-2022.json", fw)


if __name__ == "__main__":
    write("Criteria/tinh-876-2022.json", tinh876)
    write("Criteria/tinh-892-2024.json", tinh892)
    # Synthetic values for a fictional province: an example, never a real result (the reference has
    # no provincial figures that add up; par-index.md §2).
    write("Examples/tinh-876-2022-minh-hoa-vi-du-2023.json",
          example("tinh-876-2022", 2023, {"1.1": "52.40", "2.1": "5.10", "3.1": "8.35", "4.1": "18.20"}))
    write("Examples/tinh-892-2024-minh-hoa-vi-du-2024.json",
          example("tinh-892-2024", 2024, {"1.1": "8.60", "3.1": "11.80", "4.1": "9.10", "5.1": "12.90", "8.1": "14.10",
                                          "X.1": "30.25"}))
    mark_bo876()
