"""One reader for every format a branch has (issue 13, item 11, and "the reader itself"): legacy .xls
(BIFF8, written by xlwt), .ods (built at the XML level as LibreOffice lays it out), CSV in UTF-8,
UTF-8 with BOM, GBK and GB18030; refusals that name the real format; Strict Open XML; and the
xlsx pass compared with openpyxl on generated workbooks.
"""
from __future__ import annotations

import zipfile
from datetime import date, datetime

import openpyxl
import pytest
import xlwt
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from common.errors import Refusal, RefusalList
from common.excel import read_grid, read_sheet
from ledger import io
from tests.test_excel import rewrite_part
from ui.messages import refusal_text

H = io.DOCUMENT_HEADERS


def read_documents(path, **options):
    return read_sheet(path, io.DOCUMENT_SHEET, H, kinds=io.DOCUMENT_KINDS, optional=io.DOCUMENT_OPTIONAL, **options)


def refused(call, *args, **kwargs) -> Refusal:
    with pytest.raises(Refusal) as caught:
        call(*args, **kwargs)
    return caught.value


# --- .xls ---------------------------------------------------------------------------------------

def xls_book(path, rows, extra=None):
    book = xlwt.Workbook(encoding="utf-8")
    sheet = book.add_sheet(io.DOCUMENT_SHEET)
    day = xlwt.easyxf(num_format_str="yyyy-mm-dd")
    for c, header in enumerate(H):
        sheet.write(0, c, header)
    for r, row in enumerate(rows, start=1):
        for c, value in enumerate(row):
            if isinstance(value, date):
                sheet.write(r, c, value, day)
            elif value is not None:
                sheet.write(r, c, value)
    if extra:
        extra(sheet)
    book.save(str(path))
    return path


def test_a_legacy_xls_reads_like_the_same_xlsx(tmp_path):
    path = xls_book(tmp_path / "list.xls", [
        [date(2026, 11, 2), "总部发货", "FH20261102", "HQ", "0280158117", "节温器", 10, 185.5, None, None, "随货"],
        [date(2026, 11, 3), "总部到货", "FH20261102", "HQ", "0280158117", "节温器", "4个", None, "是", "FH20261102",
         None]])
    rows = read_documents(path)
    assert rows.file_format == "xls"
    assert [(r.number, r["日期"], r["备件编号"], r["数量"], r["单价"]) for r in rows] == [
        (2, date(2026, 11, 2), "0280158117", 10, 18550), (3, date(2026, 11, 3), "0280158117", 4, None)]


def test_an_xls_number_in_a_code_column_is_refused_because_its_zeros_cannot_be_seen(tmp_path):
    path = xls_book(tmp_path / "numbers.xls", [[date(2026, 11, 2), "总部发货", "FH1", "HQ", 280158117, None, 1]])
    with pytest.raises(RefusalList) as caught:
        read_documents(path)
    (problem,) = caught.value.items
    assert problem.code == "excel.code_number_no_format" and problem.facts["column"] == "备件编号"
    assert ".xls 文件" in refusal_text(problem)


def test_merged_cells_in_an_xls_data_area_are_refused(tmp_path):
    path = xls_book(tmp_path / "merged.xls", [[date(2026, 11, 2), "总部发货", "FH1", "HQ", "P1", None, 1],
                                               [date(2026, 11, 2), None, "FH1", "HQ", "P2", None, 2]],
                    extra=lambda sheet: sheet.merge(1, 2, 1, 1))
    with pytest.raises(RefusalList) as caught:
        read_documents(path)
    assert [p.code for p in caught.value.items] == ["excel.merged_cells"]


def test_hidden_rows_and_error_values_in_an_xls_are_refused(tmp_path):
    def quirks(sheet):
        sheet.row(2).hidden = True
        sheet.row(3).set_cell_error(10, 0x07)  # #DIV/0! cached in 备注

    path = xls_book(tmp_path / "quirks.xls", [[date(2026, 11, 2), "总部发货", "FH1", "HQ", "P1", None, 1],
                                               [date(2026, 11, 2), "总部发货", "FH1", "HQ", "P2", None, 2, None, None,
                                                None, "作废"],
                                               [date(2026, 11, 2), "总部发货", "FH1", "HQ", "P3", None, 3]],
                    extra=quirks)
    with pytest.raises(RefusalList) as caught:
        read_documents(path)
    assert sorted((p.code, p.facts["row"]) for p in caught.value.items) == [
        ("excel.error_cell", 4), ("excel.hidden_rows", 3)]
    assert "#DIV/0!" in refusal_text(next(p for p in caught.value.items if p.code == "excel.error_cell"))


def test_a_damaged_xls_is_refused_naming_its_format(tmp_path):
    good = xls_book(tmp_path / "good.xls", [[date(2026, 11, 2), "总部发货", "FH1", "HQ", "P1", None, 1]])
    damaged = tmp_path / "damaged.xlsx"  # the name says xlsx; the bytes say xls
    damaged.write_bytes(good.read_bytes()[:1200])
    problem = refused(read_documents, damaged)
    assert problem.code == "excel.unreadable_format" and problem.facts["format"] == ".xls"
    assert "这是 .xls 文件" in refusal_text(problem)


# --- .ods ---------------------------------------------------------------------------------------

class OdsError(str):
    """A cell LibreOffice stores as an error (a failed formula)."""


def ods_book(path, rows, hidden=(), filtered=False):
    """A spreadsheet as LibreOffice stores it (content.xml with typed cells; ``hidden``: row
    numbers hidden by hand, or by the AutoFilter when ``filtered``)."""
    def cell(value):
        if isinstance(value, OdsError):
            return ('<table:table-cell table:formula="of:=1/0" office:value-type="float" office:value="0" '
                    f'calcext:value-type="error"><text:p>{value}</text:p></table:table-cell>')
        if value is None:
            return "<table:table-cell/>"
        if isinstance(value, date):
            return (f'<table:table-cell office:value-type="date" office:date-value="{value.isoformat()}">'
                    f"<text:p>{value.isoformat()}</text:p></table:table-cell>")
        if isinstance(value, (int, float)):
            return (f'<table:table-cell office:value-type="float" office:value="{value}">'
                    f"<text:p>{value}</text:p></table:table-cell>")
        return f'<table:table-cell office:value-type="string"><text:p>{value}</text:p></table:table-cell>'

    visibility = "filter" if filtered else "collapse"
    body = "".join((f'<table:table-row table:visibility="{visibility}">' if number in hidden else "<table:table-row>")
                   + "".join(cell(v) for v in row) + "</table:table-row>"
                   for number, row in enumerate([H] + rows, start=1))
    content = ('<?xml version="1.0" encoding="UTF-8"?>'
               '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
               'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
               'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
               'xmlns:calcext="urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0" '
               'office:version="1.2">'
               f'<office:body><office:spreadsheet><table:table table:name="{io.DOCUMENT_SHEET}">{body}'
               '</table:table></office:spreadsheet></office:body></office:document-content>')
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>'
                '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" '
                'manifest:version="1.2"><manifest:file-entry manifest:full-path="/" '
                'manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>')
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.spreadsheet")
        archive.writestr("content.xml", content, zipfile.ZIP_DEFLATED)
        archive.writestr("META-INF/manifest.xml", manifest, zipfile.ZIP_DEFLATED)
    return path


def test_an_ods_from_libreoffice_is_read(tmp_path):
    path = ods_book(tmp_path / "list.ods", [[date(2026, 11, 2), "总部发货", "FH1", "HQ", "0280158117", "节温器", 3,
                                             12.5]])
    (row,) = read_documents(path)
    assert (row["日期"], row["备件编号"], row["数量"], row["单价"]) == (date(2026, 11, 2), "0280158117", 3, 1250)


def test_an_ods_with_a_filtered_row_and_an_error_cell_is_refused_naming_both(tmp_path):
    rows = [[date(2026, 11, 2), "总部发货", "FH1", "HQ", "P1", None, 3, 12.5],
            [date(2026, 11, 2), "总部发货", "FH1", "HQ", "P2", None, 3, 12.5, None, None, "作废"],
            [date(2026, 11, 2), "总部发货", "FH1", "HQ", OdsError("#N/A"), None, 1, 12.5]]
    path = ods_book(tmp_path / "filtered.ods", rows, hidden={3}, filtered=True)
    with pytest.raises(RefusalList) as caught:
        read_documents(path)
    assert sorted((p.code, p.facts["row"]) for p in caught.value.items) == [
        ("excel.error_cell", 4), ("excel.hidden_rows_filtered", 3)]
    with pytest.raises(RefusalList) as caught:
        read_documents(path, skip_hidden=True)
    assert [p.code for p in caught.value.items] == ["excel.error_cell"]


# --- CSV ----------------------------------------------------------------------------------------

CSV_TEXT = ("日期,单据类型,单据号,往来单位,备件编号,备件名称,数量,单价,需返坏件,关联单号,备注\r\n"
            "2026-11-02,总部发货,FH20261102,HQ,0280158117,节温器,10,185.00,,,\"随货，清单已到\"\r\n"
            "20261103,总部到货,FH20261102,HQ,0280158117,节温器,6,,是,FH20261102,\r\n")


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gbk", "gb18030"])
def test_csv_in_every_encoding_keeps_codes_as_text(tmp_path, encoding):
    path = tmp_path / f"list-{encoding}.csv"
    path.write_bytes(CSV_TEXT.encode(encoding))
    rows = read_documents(path)
    assert rows.file_format == "csv"
    assert [(r["日期"], r["备件编号"], r["数量"], r["单价"], r["备注"]) for r in rows] == [
        (date(2026, 11, 2), "0280158117", 10, 18500, "随货，清单已到"), (date(2026, 11, 3), "0280158117", 6, None, None)]


def test_a_csv_in_no_chinese_encoding_is_refused_saying_it_is_a_csv(tmp_path):
    path = tmp_path / "list.csv"
    path.write_bytes(CSV_TEXT.encode("utf-16-le").replace(b"\x00", b"") + b"\xff\xfe\xfd")
    problem = refused(read_documents, path)
    assert problem.code == "excel.csv_encoding" and "这是 CSV 文件" in refusal_text(problem)


# --- Strict Open XML ------------------------------------------------------------------------------

def test_strict_open_xml_gets_a_clear_message(tmp_path):
    book = openpyxl.Workbook()
    book.active.title = io.DOCUMENT_SHEET
    book.active.append(H)
    path = tmp_path / "strict.xlsx"
    book.save(path)
    rewrite_part(path, "xl/workbook.xml", lambda xml: xml.replace(
        b"http://schemas.openxmlformats.org/spreadsheetml/2006/main", b"http://purl.oclc.org/ooxml/spreadsheetml/main"))
    problem = refused(read_documents, path)
    assert problem.code == "excel.strict_ooxml" and "Strict Open XML" in refusal_text(problem)


# --- the xlsx pass against openpyxl -----------------------------------------------------------------

_text = st.text(st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), max_size=12)
_cell = st.one_of(
    st.none(), _text, st.integers(-10**12, 10**12), st.floats(allow_nan=False, allow_infinity=False, width=64),
    st.booleans(), st.dates(date(1900, 3, 1), date(2999, 12, 31)),
    st.datetimes(datetime(1900, 3, 1), datetime(2999, 12, 31)).map(lambda d: d.replace(microsecond=0)),
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rows=st.lists(st.lists(_cell, max_size=6), min_size=1, max_size=8), shared=st.booleans())
def test_the_xlsx_pass_reads_what_openpyxl_reads(tmp_path, rows, shared):
    path = tmp_path / "generated.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "S"
    for row in rows:
        sheet.append(row)
    book.save(path)
    if shared:
        # Shared strings instead of inline ones, as Excel writes them: re-save through openpyxl's
        # normal loader keeps the values and switches the storage.
        openpyxl.load_workbook(path).save(path)
    theirs = openpyxl.load_workbook(path, read_only=True, data_only=True)["S"]
    expected = {}
    for number, values in enumerate(theirs.iter_rows(values_only=True), start=1):
        values = list(values)
        while values and values[-1] is None:
            values.pop()
        if values:
            expected[number] = tuple(values)
    ours = {number: tuple(values) for number, values in read_grid(path, "S").rows}
    assert ours == expected
