"""Excel helpers for every BranchDesk import and export: reading is common/excel_read.py (xlsx,
xls, ods and CSV as the clerk sees them), writing is common/excel_write.py (streamed xlsx). This
module keeps the one name both sides are imported by, and the self-test round trip.
"""
from __future__ import annotations

from datetime import date
from pathlib import Path

from common.excel_read import (  # noqa: F401  (the reading API, imported from here by callers)
    DEFAULT_MAX_ROWS, ERROR_CODES, HEADER_SEARCH_ROWS, KINDS, MAX_COMPRESSION_RATIO, MAX_REPORTED_PROBLEMS,
    MAX_UNCOMPRESSED_BYTES, MAX_ZIP_MEMBERS, CellError, Records, Row, normalise_text, read_grid, read_sheet,
    sniff_format,
)
from common.excel_write import (  # noqa: F401  (the writing API)
    DATE_FORMAT, DATETIME_FORMAT, YUAN_FORMAT, Sheet, column_letter, write_rows, write_workbook,
)


def self_test(folder) -> str:
    """For ``main.py --self-test``: round-trip an xlsx; raise RuntimeError if anything differs."""
    path = Path(folder) / "self-test.xlsx"
    headers = ["零件号", "名称", "数量", "金额", "日期", "备注"]
    rows = [["P001", "机油滤清器", 3, 1230, date(2026, 11, 23), "=1+2"],
            ["P002", "前制动盘（左）", -1, 5, date(2026, 11, 24), None]]
    write_rows(path, "自检", headers, rows, kinds={"金额": "money"})
    back = read_sheet(path, "自检", headers, kinds={"数量": "int", "金额": "money", "日期": "date"})
    got = [[row[h] for h in headers] for row in back]
    if got != rows:
        raise RuntimeError(f"xlsx self-test: wrote {rows!r}, read {got!r}")
    return f"xlsx ok: {len(back)} rows round-tripped"
