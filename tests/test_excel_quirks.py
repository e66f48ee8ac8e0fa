"""Spreadsheets as clerks really have them (issue 13, items 2-10): hidden and filtered rows, codes
stored as numbers, error cells, Chinese date formats, float noise, sheets styled to the last row,
loose headers, total rows, worded flags and quantities, and every problem in one round.

Each file is real: written by openpyxl, by xlsxwriter, or built at the XML level where the quirk
needs it.
"""
from __future__ import annotations

import re
import zipfile
from datetime import date, datetime

import openpyxl
import pytest
import xlsxwriter

from common.errors import Refusal, RefusalList
from common.excel import read_sheet
from ledger import io
from ledger.models import Document, Part
from tests.test_excel import rewrite_part
from tests.test_ledger_io import H, doc, setup_branch
from ui.messages import refusal_text

D = date(2026, 11, 2)


def openpyxl_book(path, rows, sheet=io.DOCUMENT_SHEET, headers=H, extra=None):
    book = openpyxl.Workbook()
    worksheet = book.active
    worksheet.title = sheet
    worksheet.append(list(headers))
    for row in rows:
        worksheet.append(list(row))
    if extra:
        extra(worksheet)
    book.save(path)
    return path


def xlsxwriter_book(path, rows, sheet=io.DOCUMENT_SHEET, headers=H, extra=None):
    book = xlsxwriter.Workbook(str(path))
    worksheet = book.add_worksheet(sheet)
    dates = book.add_format({"num_format": "yyyy-mm-dd"})
    worksheet.write_row(0, 0, list(headers))
    for r, row in enumerate(rows, start=1):
        for c, value in enumerate(row):
            if isinstance(value, date):
                worksheet.write_datetime(r, c, datetime(value.year, value.month, value.day), dates)
            elif value is not None:
                worksheet.write(r, c, value)
    if extra:
        extra(book, worksheet)
    book.close()
    return path


def problems_of(call, *args, **kwargs) -> list[Refusal]:
    with pytest.raises(RefusalList) as caught:
        call(*args, **kwargs)
    assert caught.value.code == "excel.bad_rows"
    return caught.value.items


def read_documents(path, **options):
    return read_sheet(path, io.DOCUMENT_SHEET, H, kinds=io.DOCUMENT_KINDS, optional=io.DOCUMENT_OPTIONAL, **options)


# --- 2. hidden rows and rows hidden by an AutoFilter ------------------------------------------------

def _receipt_rows():
    return [doc(D, "总部发货", "FH1", "HQ", "BP-3501010", 10, 18500, remark="第一批"),
            doc(D, "总部发货", "FH1", "HQ", "OF-1012010", 5, 3200, remark="作废"),
            doc(D, "总部发货", "FH1", "HQ", "OF-1012010", 4, 3200)]


def _hide_openpyxl(worksheet):
    worksheet.auto_filter.ref = "A1:K4"
    worksheet.auto_filter.add_filter_column(10, ["第一批"])
    worksheet.row_dimensions[3].hidden = True  # what Excel writes for a filtered-out row


def test_a_row_filtered_out_is_refused_naming_it_and_skipped_only_when_asked(sqlite_actors, tmp_path):
    clerk = sqlite_actors["clerk"]
    setup_branch(clerk)
    path = openpyxl_book(tmp_path / "filtered.xlsx", _receipt_rows(), extra=_hide_openpyxl)
    (problem,) = problems_of(io.import_documents, clerk, path)
    assert problem.code == "excel.hidden_rows_filtered" and problem.facts["rows"] == "3"
    assert "第 3 行" in refusal_text(problem) and "跳过隐藏行" in refusal_text(problem)
    assert Document.select().count() == 0

    result = io.import_documents(clerk, path, skip_hidden=True)
    assert result.skipped_hidden == (3,)
    (document,) = Document.select()
    assert document.remark == "第一批"
    assert [line.qty for line in document.lines.order_by(io.DocumentLine.line_no)] == [10, 4]


def test_rows_hidden_by_hand_in_xlsxwriter_are_refused_too(tmp_path):
    path = xlsxwriter_book(tmp_path / "hidden.xlsx", _receipt_rows(),
                           extra=lambda book, ws: (ws.set_row(2, None, None, {"hidden": True}),
                                                   ws.set_row(3, None, None, {"hidden": True})))
    (problem,) = problems_of(read_documents, path)
    assert problem.code == "excel.hidden_rows" and problem.facts["rows"] == "3、4"
    assert [row.number for row in read_documents(path, skip_hidden=True)] == [2]


def test_a_hidden_empty_row_is_no_problem(tmp_path):
    path = openpyxl_book(tmp_path / "blank.xlsx", _receipt_rows()[:1],
                         extra=lambda ws: setattr(ws.row_dimensions[5], "hidden", True))
    assert [row.number for row in read_documents(path)] == [2]


# --- 3. codes stored as numbers ---------------------------------------------------------------------

def test_a_part_number_stored_as_a_zero_padded_number_keeps_its_zeros(sqlite_actors, tmp_path):
    clerk = sqlite_actors["clerk"]
    setup_branch(clerk)

    def padded(worksheet):
        worksheet["E2"].number_format = "0000000000"
        worksheet["C2"].number_format = '"FH"000000'

    path = openpyxl_book(tmp_path / "padded.xlsx", [doc(D, "总部发货", 2026, "HQ", 280158117, 2, 1000,
                                                        name="节温器")], extra=padded)
    result = io.import_documents(clerk, path)
    assert [p.number for p in result.new_parts] == ["0280158117"]
    assert Part.select().where(Part.number == "280158117").count() == 0
    assert Document.get().source_number == "FH002026"


def test_xlsxwriter_zero_padded_codes_and_digits_that_may_be_lost(tmp_path):
    def formats(book, worksheet):
        worksheet.write_number(1, 4, 280158117, book.add_format({"num_format": "0000000000"}))
        worksheet.write_number(2, 4, 1012.01)  # typed 1012.010: the last zero is gone
        worksheet.write_number(3, 4, 123456789012345678)  # past Excel's 15 digits

    path = xlsxwriter_book(tmp_path / "codes.xlsx", [doc(D, "总部发货", "FH1", "HQ", None, 1),
                                                      doc(D, "总部发货", "FH1", "HQ", None, 2),
                                                      doc(D, "总部发货", "FH1", "HQ", None, 3)], extra=formats)
    problems = problems_of(read_documents, path)
    assert [(p.code, p.facts["row"], p.facts["column"]) for p in problems] == [
        ("excel.code_fraction", 3, "备件编号"), ("excel.number_lost_digits", 4, "备件编号")]
    assert "前导零" in refusal_text(problems[0])
    rows = read_documents(path, problems=[])
    assert rows[0]["备件编号"] == "0280158117"


# --- 4. error cells ---------------------------------------------------------------------------------

def test_error_cells_are_refused_naming_the_cell_not_taken_as_text(tmp_path):
    # openpyxl writes "#N/A" as an error cell (t="e"), as Excel stores a failed VLOOKUP.
    path = openpyxl_book(tmp_path / "errors.xlsx", [doc(D, "总部发货", "FH1", "HQ", "#N/A", 1, remark="#DIV/0!")])
    problems = problems_of(read_documents, path)
    assert {(p.code, p.facts["column"], p.facts["value"]) for p in problems} == {
        ("excel.error_cell", "备件编号", "#N/A"), ("excel.error_cell", "备注", "#DIV/0!")}
    assert "第 2 行「备件编号」列（E）是错误值 #N/A" in refusal_text(problems[0]) or \
        "第 2 行「备件编号」列（E）是错误值 #N/A" in refusal_text(problems[1])


def test_an_xlsxwriter_formula_cached_as_an_error_is_refused(tmp_path):
    path = xlsxwriter_book(tmp_path / "vlookup.xlsx", [doc(D, "总部发货", "FH1", "HQ", "P1", 1)],
                           extra=lambda book, ws: ws.write_formula(1, 10, "=1/0", None, "#DIV/0!"))
    (problem,) = problems_of(read_documents, path)
    assert problem.code == "excel.error_cell" and problem.facts["letter"] == "K"


# --- 5. dates ---------------------------------------------------------------------------------------

def _with_builtin_format(path, format_id):
    """Point the date cell's style at a built-in format id with no <numFmt>, as WPS writes it."""
    def change(xml):
        return xml.replace(b'numFmtId="14"', b'numFmtId="%d"' % format_id)
    rewrite_part(path, "xl/styles.xml", change)
    return path


@pytest.mark.parametrize("format_id", [27, 31, 36, 50, 57, 58])
def test_chinese_locale_builtin_date_formats_read_as_dates(tmp_path, format_id):
    path = openpyxl_book(tmp_path / "wps.xlsx", [doc(datetime(2026, 10, 3), "总部发货", "FH1", "HQ", "P1", 1)],
                         extra=lambda ws: setattr(ws["A2"], "number_format", "mm-dd-yy"))
    _with_builtin_format(path, format_id)
    assert read_documents(path)[0]["日期"] == date(2026, 10, 3)


def test_eight_digit_dates_as_number_or_text(tmp_path):
    path = openpyxl_book(tmp_path / "digits.xlsx", [doc(20261003, "总部发货", "FH1", "HQ", "P1", 1),
                                                     doc("20261004", "总部发货", "FH2", "HQ", "P1", 1),
                                                     doc("20261332", "总部发货", "FH3", "HQ", "P1", 1)])
    problems = []
    rows = read_documents(path, problems=problems)
    assert [r["日期"] for r in rows] == [date(2026, 10, 3), date(2026, 10, 4), None]
    assert [(p.code, p.facts["row"]) for p in problems] == [("excel.not_date", 4)]


# --- 6. float noise in money --------------------------------------------------------------------------

def test_money_with_float_noise_is_rounded_to_the_fen_but_a_real_fraction_is_refused(tmp_path):
    path = openpyxl_book(tmp_path / "noise.xlsx", [doc(D, "总部发货", "FH1", "HQ", "P1", 1, 45.8),
                                                    doc(D, "总部发货", "FH1", "HQ", "P2", 1, 0.3),
                                                    doc(D, "总部发货", "FH1", "HQ", "P3", 1, 45.805)])
    # Excel stores a formula's result with 17 significant digits, noise included.
    rewrite_part(path, "xl/worksheets/sheet1.xml", lambda xml: xml.replace(
        b"<v>45.8</v>", b"<v>45.800000000000004</v>").replace(b"<v>0.3</v>", b"<v>0.30000000000000004</v>"))
    problems = []
    rows = read_documents(path, problems=problems)
    assert [r["单价"] for r in rows] == [4580, 30, None]
    assert [(p.code, p.facts["row"]) for p in problems] == [("excel.money_precision", 4)]


# --- 7. formatting to the last row ----------------------------------------------------------------------

def test_a_sheet_styled_to_row_1048576_is_judged_by_its_real_rows(tmp_path):
    path = openpyxl_book(tmp_path / "styled.xlsx", [doc(D, "总部发货", "FH1", "HQ", "P1", 1)])

    def styled(xml):
        empty_rows = b"".join(b'<row r="%d" s="1" customFormat="1"><c r="A%d" s="1"/></row>' % (n, n)
                              for n in range(3, 300_003))
        xml = re.sub(rb'<dimension ref="[A-Z0-9:]+" ?/>', b'<dimension ref="A1:K1048576"/>', xml)
        return xml.replace(b"</sheetData>", empty_rows + b'<row r="1048576" s="1" customFormat="1"/></sheetData>')

    rewrite_part(path, "xl/worksheets/sheet1.xml", styled)
    assert b"A1:K1048576" in zipfile.ZipFile(path).read("xl/worksheets/sheet1.xml")[:2000]
    rows = read_sheet(path, io.DOCUMENT_SHEET, H, kinds=io.DOCUMENT_KINDS, max_rows=1_000)
    assert [row.number for row in rows] == [2]


# --- 8. loose headers, missing optional columns, odd sheet names, total rows ------------------------------

def test_headers_with_units_and_blanks_missing_optional_columns_and_a_sheet1(tmp_path):
    headers = [" 日期", "单据类型", "单据号 ", "往来单位", "备件编号", "数量(个)", "单价（元）"]
    path = openpyxl_book(tmp_path / "loose.xlsx", [[D, "总部发货", "FH1", "HQ", "P1", 3, 12.5]], sheet="Sheet1",
                         headers=headers)
    (row,) = read_documents(path)
    assert (row["数量"], row["单价"], row["备注"], row["需返坏件"]) == (3, 1250, None, None)


def test_a_sheet_name_with_stray_blanks_is_found_among_several(tmp_path):
    def more(worksheet):
        worksheet.parent.create_sheet("说明")
    path = openpyxl_book(tmp_path / "blanks.xlsx", [doc(D, "总部发货", "FH1", "HQ", "P1", 1)], sheet=" 单据 ",
                         extra=more)
    assert len(read_documents(path)) == 1


def test_a_total_row_is_skipped_and_checked_against_the_rows(tmp_path):
    rows = [doc(D, "总部发货", "FH1", "HQ", "P1", 3, 10), doc(D, "总部发货", "FH1", "HQ", "P2", 4, 10)]
    good = openpyxl_book(tmp_path / "total.xlsx", rows + [["合计", None, None, None, None, None, 7]])
    read = read_documents(good)
    assert [r.number for r in read] == [2, 3] and read.total_rows == (4,)
    bad = xlsxwriter_book(tmp_path / "wrong.xlsx", rows + [["合 计", None, None, None, None, None, 8]])
    (problem,) = problems_of(read_documents, bad)
    assert problem.code == "excel.total_mismatch" and problem.facts["row"] == 4 and problem.facts["sum"] == "7"
    assert "上面各行之和为 7" in refusal_text(problem)


# --- 9. worded flags, quantities with units, money with 元 ----------------------------------------------

def test_flags_quantities_and_money_as_clerks_type_them(sqlite_actors, tmp_path):
    clerk = sqlite_actors["clerk"]
    setup_branch(clerk)
    rows = [doc(D, "总部发货", "FH1", "HQ", "BP-3501010", "'20", "185.00元"),
            doc(D, "总部发货", "FH1", "HQ", "OF-1012010", "20个", "￥32"),
            doc(date(2026, 11, 4), "总部到货", "FH1", "HQ", "BP-3501010", 10, flag=True, reference="FH1"),
            doc(date(2026, 11, 4), "总部到货", "FH1", "HQ", "OF-1012010", 5, flag="√", reference="FH1")]
    path = openpyxl_book(tmp_path / "typed.xlsx", rows)
    result = io.import_documents(clerk, path)
    assert [d.line_count for d in result.documents] == [2, 2]
    shipped = Document.get(Document.doc_type == "HQ_SHIP")
    assert [(line.qty, line.price_fen) for line in shipped.lines.order_by(io.DocumentLine.line_no)] == [
        (20, 18500), (20, 3200)]
    received = Document.get(Document.doc_type == "HQ_RECEIVE")
    assert [line.flag for line in received.lines.order_by(io.DocumentLine.line_no)] == [True, True]


# --- 10. every problem in one round -----------------------------------------------------------------------

def test_cell_problems_and_rule_problems_come_back_together(sqlite_actors, tmp_path):
    clerk = sqlite_actors["clerk"]
    setup_branch(clerk)
    path = openpyxl_book(tmp_path / "mixed.xlsx", [
        doc(D, "总部发货", "FH1", "HQ", "BP-3501010", "十个"),        # a cell the reader refuses
        doc(D, "不存在的类型", "FH2", "HQ", "BP-3501010", 1),          # a rule: unknown type
        doc(D, "总部发货", "FH3", "HQ", "BP-3501010", 1, flag="也许"),  # a rule: bad flag word
    ])
    problems = problems_of(io.import_documents, clerk, path)
    assert [(p.facts["row"], p.code) for p in problems] == [
        (2, "excel.not_integer"), (3, "ledger_io.unknown_type"), (4, "ledger_io.bad_yes_no")]


def test_a_refused_cell_is_not_reported_again_as_empty(sqlite_actors, tmp_path):
    clerk = sqlite_actors["clerk"]
    setup_branch(clerk)
    path = openpyxl_book(tmp_path / "once.xlsx", [doc(D, "总部发货", "FH1", "HQ", "#N/A", 1)])
    problems = problems_of(io.import_documents, clerk, path)
    assert [(p.facts["row"], p.facts["column"], p.code) for p in problems] == [(2, "备件编号", "excel.error_cell")]


def test_master_sheets_without_their_optional_columns_import(sqlite_actors, tmp_path):
    clerk = sqlite_actors["clerk"]
    book = openpyxl.Workbook()
    parties = book.active
    parties.title = io.PARTY_SHEET
    for row in (["编码", "名称", "类型"], ["ZZ09", "郑州二七服务站", "服务站"]):
        parties.append(row)
    parts = book.create_sheet(io.PART_SHEET)
    for row in (["备件编号", "备件名称", "单价(元)"], ["0280158117", "节温器", 45.8]):
        parts.append(row)
    path = tmp_path / "master.xlsx"
    book.save(path)
    assert io.import_parties(clerk, path).created == ("ZZ09",)
    assert io.import_parts(clerk, path).created == ("0280158117",)
    part = Part.get(Part.number == "0280158117")
    assert (part.price_fen, part.spec, part.safety_stock, part.unit) == (4580, "", 0, "个")
