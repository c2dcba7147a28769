#!/usr/bin/env python3
"""The completed-only on-time count per unit of a dossier CSV, with polars (par-bench baseline).

completed-only: dossiers DA_XU_LY_XONG or DA_TRA_KET_QUA whose end (NgayKetThucXuLy, else NgayTra)
falls in the period; on time when the end's day is on or before the due day, or without a due date.
Prints one line per unit "unit<TAB>onTime<TAB>denominator", then the elapsed seconds on stderr.
Usage: kpi-polars.py FILE.csv [YEAR]
"""
import sys, time
start = time.perf_counter()
import polars as pl

path, year = sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 2024
fmt = "%Y-%m-%dT%H:%M:%S"
df = pl.scan_csv(path, infer_schema=False).select(["DonViXuLy", "NgayHenTra", "NgayKetThucXuLy", "NgayTra", "TrangThaiHoSo"])
end = pl.coalesce(pl.col("NgayKetThucXuLy"), pl.col("NgayTra")).str.to_datetime(fmt, strict=False)
due = pl.col("NgayHenTra").str.to_datetime(fmt, strict=False)
result = (
    df.filter(pl.col("TrangThaiHoSo").is_in(["DA_XU_LY_XONG", "DA_TRA_KET_QUA"]))
    .with_columns(end=end, due=due)
    .filter(pl.col("end").dt.year() == year)
    .with_columns(on_time=(pl.col("due").is_null() | (pl.col("end").dt.date() <= pl.col("due").dt.date())))
    .group_by("DonViXuLy")
    .agg(pl.col("on_time").sum().alias("onTime"), pl.len().alias("denominator"))
    .sort("DonViXuLy")
    .collect()
)
for unit, on_time, denominator in result.iter_rows():
    print(f"{unit}\t{on_time}\t{denominator}")
print(f"{time.perf_counter() - start:.3f}", file=sys.stderr)
