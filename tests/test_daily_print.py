"""The daily report on paper and in Excel: read back, its totals, lines and signature places checked."""
from datetime import date, datetime
from decimal import Decimal

import openpyxl
import pytest

from common.errors import Refusal
from common.pdf import pdf_text
from ledger import daily
from ledger.daily import render_daily
from ledger.daily_print import render_pdf, render_xlsx
from ledger.models import Balance, Part
from ledger.posting import Draft, post
from tests.conftest import TEST_PASSWORD
from tests.test_daily import FRIDAY, clerks_friday, on


def test_the_pdf_shows_every_line_the_totals_and_the_three_signature_places(db, actors, tmp_path):
    clerks_friday(actors)
    out = tmp_path / "daily.pdf"
    pages = render_daily(actors["clerk"], FRIDAY, out)
    texts = pdf_text(out)
    assert len(texts) == pages >= 1
    text = "".join(texts)
    for number in ("ZD-2026-000001", "CX-2026-000001", "FF-2026-000002",
                   "WX-2026-000001", "SZ-FH-1119", "WX-0001"):
        assert number in text
    report = daily.build_report(FRIDAY)
    assert f"数量合计 {report.qty_total}" in text and "金额合计 4,069.00 元" in text
    assert "核对结果：全部相符" in text
    assert "制表人：王丽" in texts[-1] and "财务：__________" in texts[-1] and "经理：__________" in texts[-1]
    assert f"第 {pages} 页 / 共 {pages} 页" in texts[-1]
    assert daily.day_state(FRIDAY) == "produced"


def test_a_long_day_repeats_the_header_on_every_page(db, actors, tmp_path):
    clerks_friday(actors)
    clerk = on(actors["clerk"], FRIDAY, 15)
    post(on(actors["manager"], FRIDAY, 14), Draft("ADJUST_GOOD", FRIDAY, None, lines=[("OF-1012010", 100)],
                                                  remark="盘盈"))
    for n in range(60):
        post(clerk, Draft("COUNTER_ISSUE", FRIDAY, "MS", f"WX-L{n:03d}", lines=[("OF-1012010", 1)]))
    out = tmp_path / "long.pdf"
    pages = render_daily(clerk, FRIDAY, out)
    texts = pdf_text(out)
    assert pages >= 3
    for number, text in enumerate(texts, 1):
        assert f"第 {number} 页 / 共 {pages} 页" in text and "货品出入库报表" in text
    table_pages = [t for t in texts if "WX-L" in t]
    assert len(table_pages) >= 2 and all("单据号" in t and "备件编号" in t for t in table_pages)


def test_a_failed_check_is_printed(db, actors, tmp_path):
    clerks_friday(actors)
    part = Part.get(Part.number == "OF-1012010")
    Balance.update(qty=Balance.qty + 5).where((Balance.part == part.id) & (Balance.book == "good")).execute()
    out = tmp_path / "bad.pdf"
    render_pdf(daily.build_report(FRIDAY), out, datetime(2026, 11, 23, 9))
    text = "".join(pdf_text(out))
    assert "核对结果：1 项不符" in text and "核对未通过" in text
    assert "备件 OF-1012010 的好件库存" in text and "但期末为" in text


def _sum_range(sheet, formula: str) -> Decimal:
    # "=SUM(J2:J7)": add the cells of the range as Excel would.
    inner = formula.removeprefix("=SUM(").removesuffix(")")
    start, end = inner.split(":")
    total = Decimal(0)
    for row in sheet[start:end]:
        for cell in row:
            if cell.value is not None:
                total += Decimal(str(cell.value))
    return total


def test_the_xlsx_sum_formulas_give_the_apps_totals(db, actors, tmp_path):
    clerks_friday(actors)
    out = tmp_path / "daily.xlsx"
    assert render_daily(actors["clerk"], FRIDAY, out) == 9  # lines
    report = daily.build_report(FRIDAY)
    book = openpyxl.load_workbook(out)
    lines = book["单据明细"]
    headers = [c.value for c in lines[1]]
    last = lines.max_row
    assert lines.cell(last, 1).value == "合计"
    qty_formula = lines.cell(last, headers.index("数量") + 1).value
    amount_formula = lines.cell(last, headers.index("金额") + 1).value
    assert qty_formula.startswith("=SUM(") and amount_formula.startswith("=SUM(")
    assert _sum_range(lines, qty_formula) == report.qty_total
    assert _sum_range(lines, amount_formula) == Decimal(report.amount_total_fen) / 100

    totals = book["账本合计"]
    # One row per book and no sum across books: good parts and parts in transit do not add up.
    assert totals.max_row == 1 + len(report.book_totals)
    assert all(totals.cell(r, 1).value != "合计" for r in range(2, totals.max_row + 1))
    moves = book["账本变动"]
    headers = [c.value for c in moves[1]]
    formula = moves.cell(moves.max_row, headers.index("入") + 1).value
    assert _sum_range(moves, formula) == sum(r.qty_in for r in report.book_rows)


def test_an_unknown_output_format_is_refused(db, actors, tmp_path):
    with pytest.raises(Refusal) as refused:
        render_daily(actors["clerk"], FRIDAY, tmp_path / "daily.docx")
    assert refused.value.code == "daily.unknown_format"
    assert daily.day_state(FRIDAY) == "not_produced"
