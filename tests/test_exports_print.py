"""Exports as other programs and printers see them (issue 13, "Exports"): totals with their values,
ordinary file permissions, remarks neither doubled nor copied, no sum across different books, a
movements export that re-imports unchanged, and every sheet set up to print."""
from __future__ import annotations

import os
import stat
from datetime import date

import openpyxl

from ledger import daily, io
from ledger.daily_print import render_xlsx
from ledger.models import Document
from ledger.posting import Draft, DraftLine, post
from tests.test_daily import on
from tests.test_ledger_io import setup_branch

DAY = date(2026, 11, 20)


def post_day(actors):
    setup_branch(actors["manager"])
    clerk = on(actors["clerk"], DAY)
    # As an import posts it: the document's remark is its first row's, so line 1 repeats it.
    post(clerk, Draft("HQ_SHIP", DAY, "HQ", "FH-1", remark="随货清单已到", lines=[
        DraftLine("BP-3501010", 4, 18500, None, "随货清单已到"), DraftLine("OF-1012010", 10, 3200, None, "")]))
    # As the entry form posts it: a document remark, and a remark on the second line only.
    post(clerk, Draft("HQ_SHIP", DAY, "HQ", "FH-2", remark="补发", lines=[
        DraftLine("BP-3501010", 1, 18500, None, ""), DraftLine("OF-1012010", 2, 3200, None, "外包装破损")]))
    # No document remark, a line remark.
    post(clerk, Draft("HQ_SHIP", DAY, "HQ", "FH-3", lines=[DraftLine("OF-1012010", 3, 3200, None, "急件")]))


def test_sum_totals_carry_their_value_for_readers_that_do_not_calculate(sqlite_actors, tmp_path):
    post_day(sqlite_actors)
    path = tmp_path / "balances.xlsx"
    io.export_balances(path)
    sheet = openpyxl.load_workbook(path, data_only=True)["结存"]
    last = sheet.max_row
    assert sheet.cell(last, 1).value == "合计"
    headers = [c.value for c in sheet[1]]
    good = headers.index("在途（总部发来）") + 1
    assert sheet.cell(last, good).value == sum(sheet.cell(r, good).value for r in range(2, last)) == 20
    formulas = openpyxl.load_workbook(path)["结存"]
    assert formulas.cell(last, good).value.startswith("=SUM(")


def test_exported_files_get_ordinary_permissions(sqlite_actors, tmp_path):
    post_day(sqlite_actors)
    previous = os.umask(0o022)
    try:
        path = tmp_path / "movements.xlsx"
        io.export_movements(path)
    finally:
        os.umask(previous)
    assert stat.S_IMODE(path.stat().st_mode) == 0o644


def test_the_daily_report_prints_a_remark_once_and_does_not_sum_across_books(sqlite_actors, tmp_path):
    post_day(sqlite_actors)
    path = tmp_path / "daily.xlsx"
    render_xlsx(daily.build_report(DAY), path)
    book = openpyxl.load_workbook(path, data_only=True)
    lines = book["单据明细"]
    headers = [c.value for c in lines[1]]
    remarks = [lines.cell(r, headers.index("备注") + 1).value for r in range(2, lines.max_row)]
    assert "随货清单已到" in remarks and "随货清单已到；随货清单已到" not in remarks
    totals = book["账本合计"]
    assert [totals.cell(r, 1).value for r in range(2, totals.max_row + 1)].count("合计") == 0


def test_a_movements_export_reimports_unchanged(sqlite_actors, tmp_path):
    post_day(sqlite_actors)
    path = tmp_path / "movements.xlsx"
    io.export_movements(path)
    sheet = openpyxl.load_workbook(path)["单据"]
    headers = [c.value for c in sheet[1]]
    remarks = [sheet.cell(r, headers.index("备注") + 1).value for r in range(2, sheet.max_row + 1)]
    # Line remarks only: the second document's first line has none and gets none.
    assert remarks == ["随货清单已到", None, None, "外包装破损", "急件"]

    groups, new_parts, problems, _ = io._read_documents(path)
    assert problems == [] and new_parts == []
    read_back = {g.source_number: (g.remark, [(l.part_number, l.qty, l.price_fen, l.remark or "") for l in g.lines])
                 for g in groups}
    in_books = {d.source_number: (d.remark, [(l.part.number, l.qty, l.price_fen, l.remark or "")
                                             for l in d.lines.order_by(io.DocumentLine.line_no)])
                for d in Document.select()}
    assert read_back == in_books


def test_every_exported_sheet_is_set_up_to_print(sqlite_actors, tmp_path):
    post_day(sqlite_actors)
    path = tmp_path / "movements.xlsx"
    io.export_movements(path)
    narrow = tmp_path / "owed.xlsx"
    io.export_book(narrow, "in_transit", actor=on(sqlite_actors["clerk"], DAY))
    for file, orientation in ((path, "landscape"), (narrow, "landscape")):
        book = openpyxl.load_workbook(file)
        for sheet in book.worksheets:
            assert sheet.page_setup.orientation == orientation
            assert sheet.sheet_properties.pageSetUpPr.fitToPage
            assert (sheet.page_setup.fitToWidth, sheet.page_setup.fitToHeight) == (1, 0)
            assert sheet.print_title_rows == "$1:$1"
            fonts = {cell.font.name for row in sheet.iter_rows() for cell in row}
            assert fonts == {"微软雅黑"}, fonts
    small = tmp_path / "template.xlsx"
    io.write_import_template(small)
    assert openpyxl.load_workbook(small)["备件"].page_setup.orientation == "portrait"
