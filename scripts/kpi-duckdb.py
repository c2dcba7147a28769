#!/usr/bin/env python3
"""The completed-only on-time count per unit of a dossier CSV, with DuckDB (par-bench baseline).

The same rule as kpi-polars.py. Prints "unit<TAB>onTime<TAB>denominator" lines, then the elapsed
seconds on stderr. Usage: kpi-duckdb.py FILE.csv [YEAR]
"""
import sys, time
start = time.perf_counter()
import duckdb

path, year = sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 2024
rows = duckdb.sql(f"""
    WITH d AS (
        SELECT DonViXuLy AS unit,
               CAST(COALESCE(NgayKetThucXuLy, NgayTra) AS TIMESTAMP) AS e,
               CAST(NgayHenTra AS TIMESTAMP) AS due
        FROM read_csv('{path.replace("'", "''")}', all_varchar = true, header = true)
        WHERE TrangThaiHoSo IN ('DA_XU_LY_XONG', 'DA_TRA_KET_QUA')
    )
    SELECT unit, SUM(CASE WHEN due IS NULL OR CAST(e AS DATE) <= CAST(due AS DATE) THEN 1 ELSE 0 END) AS on_time, COUNT(*) AS n
    FROM d WHERE year(e) = {year}
    GROUP BY unit ORDER BY unit
""").fetchall()
for unit, on_time, n in rows:
    print(f"{unit}\t{on_time}\t{n}")
print(f"{time.perf_counter() - start:.3f}", file=sys.stderr)
