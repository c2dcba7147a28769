#!/usr/bin/env python3
"""Writes the shipped sample dossier records (Examples/records/), deterministically.

The same dossiers three ways: ho-so-2024.csv (canonical columns, lists flattened),
ho-so-2024.ndjson (the national sync record with DanhSachHoSoBoSung etc.), and
xuat-mot-cua-2024.csv (a provincial export's Vietnamese headers and status names, read with
Definitions/mappings/mot-cua-tinh.json). Hand-made boundary cases come first (ids HS-B..),
then 270 generated ones (HS-G..), then a few faulty records (HS-X..) that must be left out.
Run from the repository root: python3 scripts/make-sample-records.py
"""
import csv, datetime as dt, io, json

UNITS = ["Sở Tư pháp", "Sở Kế hoạch và Đầu tư", "UBND xã Tân Phú"]
D = dt.datetime

def t(y, m, d, h=0, mi=0, s=0):
    return D(y, m, d, h, mi, s)

records = []

def add(id, unit, received, state, due=None, finished=None, returned=None, refused=None, channel=1, paid=0, digitised=0,
        fees=0, eresult=0, apology=0, statutory=None, supplements=(), form="iso"):
    records.append(dict(id=id, unit=unit, received=received, state=state, due=due, finished=finished, returned=returned,
                        refused=refused, channel=channel, paid=paid, digitised=digitised, fees=fees, eresult=eresult,
                        apology=apology, statutory=statutory, supplements=list(supplements), form=form))

U0, U1, U2 = UNITS
# Boundary cases (see Tests/ParIndexCoreTests/KPIBoundaryTests.swift and the DossierRecords article).
add("HS-B01", U0, t(2024, 3, 11, 8), "DA_XU_LY_XONG", due=t(2024, 3, 14, 17), finished=t(2024, 3, 14, 17))             # 17:00 for 17:00: on time
add("HS-B02", U0, t(2024, 3, 11, 8), "DA_XU_LY_XONG", due=t(2024, 3, 14, 17), finished=t(2024, 3, 14, 17, 1))          # 17:01: late by timestamp, on time by day
add("HS-B03", U0, t(2024, 3, 4, 8), "DA_TRA_KET_QUA", due=t(2024, 3, 14, 17), finished=t(2024, 3, 17, 10, 5),
    returned=t(2024, 3, 18, 8), supplements=[(t(2024, 3, 5, 9), t(2024, 3, 8, 9))])                                      # late, on time after 3 days of supplement
add("HS-B04", U0, t(2024, 3, 4, 8), "DA_XU_LY_XONG", due=t(2024, 3, 20, 17), finished=t(2024, 3, 12, 9),
    supplements=[(t(2024, 3, 5, 9), t(2024, 3, 6, 9)), (t(2024, 3, 7, 9), t(2024, 3, 8, 9))])                            # two requests: overdue under 766
add("HS-B05", U0, t(2024, 3, 4, 8), "DA_XU_LY_XONG", due=t(2024, 3, 20, 17), finished=t(2024, 3, 12, 9),
    supplements=[(t(2024, 3, 5, 9), t(2024, 3, 6, 9))])                                                                  # one request: on time
add("HS-B06", U0, t(2024, 2, 1, 9), "DA_XU_LY_XONG", finished=t(2024, 2, 15, 8), statutory=5)                          # no due date, 5 working days over Tết: due 15/02 09:00
add("HS-B07", U0, t(2024, 2, 1, 9), "DA_XU_LY_XONG", finished=t(2024, 2, 16, 8), statutory=5)                          # the same, finished a day late
add("HS-B08", U0, t(2024, 5, 6, 9), "DA_XU_LY_XONG", finished=t(2024, 5, 8, 9))                                        # no due date, no statutory time
add("HS-B09", U0, t(2024, 12, 20, 9), "DANG_XU_LY", due=t(2025, 1, 10, 17))                                              # in progress at period end, within due
add("HS-B10", U0, t(2024, 12, 16, 9), "DANG_XU_LY", due=t(2024, 12, 27, 17))                                             # in progress at period end, overdue
add("HS-B11", U0, t(2024, 3, 11, 8), "DA_TRA_KET_QUA", due=t(2024, 3, 14, 17), finished=t(2024, 3, 14, 16),
    returned=t(2024, 3, 15, 9))                                                                                          # xong and trả: xong counts
add("HS-B12", U0, t(2024, 8, 30, 10), "DA_XU_LY_XONG", finished=t(2024, 9, 6, 9), statutory=3)                         # 3 working days over 2/9: due 06/09 10:00
add("HS-B13", U0, t(2024, 8, 30, 10), "DA_XU_LY_XONG", finished=t(2024, 9, 6, 11), statutory=3)                        # the same, an hour late
add("HS-B14", U0, t(2024, 4, 1, 9), "RUT_HO_SO", due=t(2024, 4, 10, 17), finished=t(2024, 4, 3, 9))                   # withdrawn
add("HS-B15", U0, t(2024, 4, 1, 9), "TU_CHOI", due=t(2024, 4, 10, 17), refused=t(2024, 4, 2, 9))                      # refused
add("HS-B16", U0, t(2024, 4, 1, 9), "DUNG_XU_LY", due=t(2024, 4, 10, 17), finished=t(2024, 4, 12, 9))                 # stopped, after the due date
add("HS-B17", U0, t(2024, 6, 3, 9), "CHO_BO_SUNG", due=t(2024, 6, 15, 17), supplements=[(t(2024, 6, 10, 9), None)])    # waiting for an unanswered supplement
add("HS-B18", U0, t(2023, 12, 20, 9), "DA_XU_LY_XONG", due=t(2024, 1, 5, 17), finished=t(2024, 1, 5, 10), form="vn")   # carried over from 2023
add("HS-B19", U0, t(2024, 7, 1, 9), "DA_XU_LY_XONG", due=t(2024, 7, 5, 17), finished=t(2024, 7, 8, 9), apology=1, form="compact")  # late with apology
add("HS-B20", U0, t(2024, 3, 11, 8), "DA_XU_LY_XONG", due=t(2024, 3, 14, 17), finished=t(2024, 3, 13, 9), channel=2, paid=1,
    fees=1, eresult=1, digitised=1)                                                                                       # early, online, paid, electronic result

# Generated dossiers: a fixed linear congruential generator, so the files never change.
state = 20240101
def rnd(n):
    global state
    state = (state * 1103515245 + 12345) % 2**31
    return state % n

def working_after(day, n):
    while n > 0:
        day += dt.timedelta(days=1)
        if day.weekday() < 5: n -= 1
    return day

for k in range(270):
    unit = UNITS[k % 3]
    received = D(2024, 1, 2, 8) + dt.timedelta(days=rnd(350), hours=rnd(9), minutes=rnd(60))
    days = [3, 5, 7, 10, 15][rnd(5)]
    due = working_after(received, days).replace(hour=17, minute=0)
    roll = rnd(100)
    supplements = []
    if rnd(10) == 0:
        ask = received + dt.timedelta(days=1)
        supplements.append((ask, ask + dt.timedelta(days=1 + rnd(3))))
        if rnd(4) == 0:
            ask2 = supplements[0][1] + dt.timedelta(hours=2)
            supplements.append((ask2, ask2 + dt.timedelta(days=1)))
    wait = sum(((b - a) for a, b in supplements if b), dt.timedelta())
    channel = [1, 2, 2, 3][rnd(4)]
    fees = 1 if rnd(3) == 0 else 0
    common = dict(channel=channel, fees=fees, paid=1 if fees and channel == 2 and rnd(2) == 0 else 0, digitised=1 if rnd(2) == 0 else 0,
                  form=["iso", "vn", "compact"][rnd(3)], supplements=supplements)
    id = f"HS-G{k + 1:03d}"
    if roll < 70:
        if rnd(100) < 12:
            finished = due + dt.timedelta(minutes=1 + rnd(60 * 72)) + wait
        else:
            finished = received + (due - received) * rnd(101) / 100 + wait
        finished = max(min(finished, D(2024, 12, 31, 16)), received + dt.timedelta(hours=1))
        late = finished > due
        add(id, unit, received, "DA_TRA_KET_QUA" if rnd(2) else "DA_XU_LY_XONG", due=due, finished=finished,
            returned=finished + dt.timedelta(hours=rnd(30)) if rnd(2) else None, eresult=1 if rnd(3) else 0,
            apology=1 if late and rnd(2) == 0 else 0, **common)
    elif roll < 80:
        received = D(2024, 12, 2, 8) + dt.timedelta(days=rnd(28), hours=rnd(9))
        due = working_after(received, days).replace(hour=17, minute=0)
        add(id, unit, received, "DANG_XU_LY", due=due, **common)
    elif roll < 85:
        add(id, unit, received, "RUT_HO_SO", due=due, finished=received + dt.timedelta(days=1), **common)
    elif roll < 90:
        add(id, unit, received, "TU_CHOI", due=due, refused=received + dt.timedelta(days=rnd(days + 3)), **common)
    elif roll < 93:
        add(id, unit, received, "DUNG_XU_LY", due=due, finished=received + dt.timedelta(days=rnd(days + 3) + 1), **common)
    else:
        add(id, unit, received, "DA_XU_LY_XONG", finished=received + dt.timedelta(days=rnd(days + 4) + 1), statutory=days, **common)

# Faulty records: left out, named with file and line.
add("HS-X01", U1, t(2024, 5, 10, 9), "DA_XU_LY_XONG", due=t(2024, 5, 20, 17), finished=t(2024, 5, 9, 9))   # finished before received
add("HS-X02", U1, t(2024, 5, 10, 9), "DANG_XU_LY", due=t(2024, 5, 8, 17))                                 # due before receipt
add("HS-X03", U2, t(2024, 5, 10, 9), "DA_HUY", due=t(2024, 5, 20, 17))                                    # unknown state

def fmt(value, form):
    if value is None: return ""
    if form == "vn": return value.strftime("%d/%m/%Y %H:%M:%S")
    if form == "compact": return value.strftime("%Y%m%d%H%M%S")
    return value.strftime("%Y-%m-%dT%H:%M:%S")

def days_text(delta):
    value = delta.total_seconds() / 86400
    return ("%.6f" % value).rstrip("0").rstrip(".")

COLUMNS = ["MaHoSo", "DonViXuLy", "MaTTHC", "KenhThucHien", "NgayTiepNhan", "NgayHenTra", "NgayKetThucXuLy", "NgayTra", "NgayTuChoi",
           "TrangThaiHoSo", "DuocThanhToanTrucTuyen", "HoSoCoThanhPhanSoHoa", "SoNgayQuyDinh", "CoThuXinLoi", "SoLanYeuCauBoSung",
           "SoNgayChoBoSung", "NgayYeuCauBoSung", "NgayHoanThanhBoSung", "CoLePhi", "CoKetQuaDienTu"]

def flat(r):
    s = r["supplements"]
    wait = sum(((b - a) for a, b in s if b), dt.timedelta())
    last = s[-1] if s else (None, None)
    f = r["form"]
    return [r["id"], r["unit"], "1.00%d" % (hash(r["id"]) % 1 + 1), r["channel"], fmt(r["received"], f), fmt(r["due"], f), fmt(r["finished"], f),
            fmt(r["returned"], f), fmt(r["refused"], f), r["state"], r["paid"], r["digitised"], r["statutory"] or "", r["apology"], len(s) or "",
            days_text(wait) if wait else "", fmt(last[0], f), fmt(last[1], f), r["fees"], r["eresult"]]

out = io.StringIO(newline="")
w = csv.writer(out, lineterminator="\r\n")
w.writerow(COLUMNS)
for r in records: w.writerow(flat(r))
open("Examples/records/ho-so-2024.csv", "w", encoding="utf-8", newline="").write(out.getvalue())

with open("Examples/records/ho-so-2024.ndjson", "w", encoding="utf-8") as f:
    for r in records:
        o = {"MaHoSo": r["id"], "DonViXuLy": r["unit"], "MaTTHC": "1.001", "KenhThucHien": r["channel"], "NgayTiepNhan": fmt(r["received"], "iso")}
        for key, name in [("due", "NgayHenTra"), ("finished", "NgayKetThucXuLy"), ("returned", "NgayTra"), ("refused", "NgayTuChoi")]:
            if r[key]: o[name] = fmt(r[key], "iso")
        o["TrangThaiHoSo"] = r["state"]
        o["DuocThanhToanTrucTuyen"] = r["paid"]
        o["HoSoCoThanhPhanSoHoa"] = r["digitised"]
        if r["statutory"]: o["SoNgayQuyDinh"] = r["statutory"]
        if r["apology"]: o["CoThuXinLoi"] = 1
        if r["supplements"]:
            o["DanhSachHoSoBoSung"] = [dict([("NgayYeuCauBoSung", fmt(a, "iso"))] + ([("NgayHoanThanhBoSung", fmt(b, "iso"))] if b else []))
                                       for a, b in r["supplements"]]
        o["DanhSachLePhi"] = [{"Gia": 50000}] if r["fees"] else []
        o["DanhSachGiayToKetQua"] = [{"DuongDanTepTinKetQua": f"https://dvc.example.gov.vn/kq/{r['id']}.pdf"}] if r["eresult"] else []
        f.write(json.dumps(o, ensure_ascii=False) + "\n")

mapping = json.load(open("Definitions/mappings/mot-cua-tinh.json", encoding="utf-8"))
rename = {v: k for k, v in mapping["columns"].items()}
status = {v: k for k, v in mapping["states"].items()}
channel = {v: k for k, v in mapping["channels"].items()}
out = io.StringIO(newline="")
w = csv.writer(out, lineterminator="\r\n")
export_columns = [c for c in COLUMNS if c != "MaTTHC"]
w.writerow(["STT"] + [rename[c] for c in export_columns])
for n, r in enumerate(records):
    row = dict(zip(COLUMNS, flat(r)))
    for c in ["NgayTiepNhan", "NgayHenTra", "NgayKetThucXuLy", "NgayTra", "NgayTuChoi", "NgayYeuCauBoSung", "NgayHoanThanhBoSung"]:
        key = {"NgayTiepNhan": "received", "NgayHenTra": "due", "NgayKetThucXuLy": "finished", "NgayTra": "returned", "NgayTuChoi": "refused"}.get(c)
        if key: row[c] = fmt(r[key], "vn")
        else:
            s = r["supplements"]
            last = s[-1] if s else (None, None)
            row[c] = fmt(last[0] if c == "NgayYeuCauBoSung" else last[1], "vn")
    row["TrangThaiHoSo"] = status.get(r["state"], r["state"])
    row["KenhThucHien"] = channel[r["channel"]]
    w.writerow([n + 1] + [row[c] for c in export_columns])
open("Examples/records/xuat-mot-cua-2024.csv", "w", encoding="utf-8-sig", newline="").write(out.getvalue())
print(f"{len(records)} records written to Examples/records/")

try:
    import openpyxl
except ImportError:
    print("openpyxl missing: Examples/records/ho-so-2024.xlsx not rewritten")
else:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "HoSo"
    ws.append(COLUMNS)
    date_columns = {"NgayTiepNhan": "received", "NgayHenTra": "due", "NgayKetThucXuLy": "finished", "NgayTra": "returned", "NgayTuChoi": "refused"}
    for r in records:
        row = flat(r)
        for i, c in enumerate(COLUMNS):
            if c in date_columns: row[i] = r[date_columns[c]]
            elif row[i] == "": row[i] = None
            elif c in ("KenhThucHien", "DuocThanhToanTrucTuyen", "HoSoCoThanhPhanSoHoa", "CoThuXinLoi", "CoLePhi", "CoKetQuaDienTu", "SoNgayQuyDinh", "SoLanYeuCauBoSung"):
                row[i] = int(row[i])
        ws.append(row)
        for i, c in enumerate(COLUMNS):
            if c in date_columns and row[i] is not None: ws.cell(row=ws.max_row, column=i + 1).number_format = "dd/mm/yyyy hh:mm:ss"
    wb.properties.created = wb.properties.modified = dt.datetime(2024, 12, 31)
    wb.save("Examples/records/ho-so-2024.xlsx")
