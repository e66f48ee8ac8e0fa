"""Reading import sheets safely and writing exports, on real .xlsx files built here."""
import os
import re
import zipfile
from datetime import date, datetime
from decimal import Decimal

import openpyxl
import pytest

from common import excel, excel_read
from common.errors import Refusal, RefusalList
from common.excel import Sheet, read_sheet, write_rows, write_workbook

HEADERS = ["零件号", "名称", "数量", "金额", "日期"]
KINDS = {"数量": "int", "金额": "money", "日期": "date"}


def make_xlsx(path, rows, sheet="明细", extra=None):
    """A workbook as a clerk would make it in Excel (openpyxl normal mode)."""
    workbook = openpyxl.Workbook()
    worksheet = workbook.active
    worksheet.title = sheet
    for row in rows:
        worksheet.append(row)
    if extra:
        extra(worksheet)
    workbook.save(path)
    return path


def rewrite_part(path, member, change):
    """Copy the zip with one part's bytes changed (for hand-made hostile files)."""
    with zipfile.ZipFile(path) as source:
        parts = [(info, source.read(info)) for info in source.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for info, data in parts:
            target.writestr(info.filename, change(data) if info.filename == member else data)


def refused(call, *args, **kwargs) -> Refusal:
    with pytest.raises(Refusal) as caught:
        call(*args, **kwargs)
    return caught.value


def bad_rows(path, **options) -> list[Refusal]:
    problem = refused(read_sheet, path, "明细", HEADERS, kinds=KINDS, **options)
    assert isinstance(problem, RefusalList) and problem.code == "excel.bad_rows", problem
    return problem.items


# --- Reading good files -------------------------------------------------------------------------


def test_rows_come_back_typed_with_their_excel_row_numbers(tmp_path):
    path = make_xlsx(tmp_path / "in.xlsx", [
        ["2026年11月 备件入库"],                          # a title row above the header
        HEADERS + ["不需要的列"],
        ["P001", "机油滤清器", 3, 12.3, datetime(2026, 11, 23)],
        [None, None, None, None, None],                   # blank rows are skipped
        ["P002", "前制动盘（左）", "12", "1,234.50", "2026/11/24", "x"],
    ])
    rows = read_sheet(path, "明细", HEADERS, kinds=KINDS)
    assert [row.number for row in rows] == [3, 5]
    assert rows[0] == {"零件号": "P001", "名称": "机油滤清器", "数量": 3, "金额": 1230, "日期": date(2026, 11, 23)}
    assert rows[1] == {"零件号": "P002", "名称": "前制动盘（左）", "数量": 12, "金额": 123450, "日期": date(2026, 11, 24)}


def test_full_width_digits_and_blanks_from_chinese_input_are_normalised(tmp_path):
    path = make_xlsx(tmp_path / "in.xlsx", [
        HEADERS,
        ["\u3000Ｐ００１  ", " 机油滤清器 ", "１２", "１２．５", "２０２６／１１／２３"],
        ["P002", "空气滤清器", "-3", 0, "2026年11月3日"],
    ])
    rows = read_sheet(path, "明细", HEADERS, kinds=KINDS)
    assert rows[0] == {"零件号": "P001", "名称": "机油滤清器", "数量": 12, "金额": 1250, "日期": date(2026, 11, 23)}
    assert rows[1]["数量"] == -3 and rows[1]["日期"] == date(2026, 11, 3)


def test_a_formula_with_a_cached_value_reads_as_its_value(tmp_path):
    path = make_xlsx(tmp_path / "in.xlsx", [HEADERS, ["P001", "机油滤清器", "=1+2", 10, "2026-11-23"]])
    # As Excel saves it: the formula and the last computed result.
    rewrite_part(path, "xl/worksheets/sheet1.xml",
                 lambda xml: re.sub(rb'<c r="C2"([^>]*)><f>1\+2</f><v\s*/>', rb'<c r="C2"\1><f>1+2</f><v>3</v>', xml))
    assert read_sheet(path, "明细", HEADERS, kinds=KINDS)[0]["数量"] == 3


# --- Refusing bad cells: row, column and reason, every problem at once --------------------------


def test_bad_cells_are_all_reported_with_row_column_letter_and_value(tmp_path):
    path = make_xlsx(tmp_path / "in.xlsx", [
        HEADERS,
        ["P001", "机油滤清器", 1.5, 10, "2026-11-23"],
        ["P002", "机油滤清器", "十二个", "十元", "2026-02-30"],
        ["P003", "机油滤清器", 1, "12.345", 46349],
    ])
    problems = {(p.facts["row"], p.facts["column"]): p for p in bad_rows(path)}
    assert {key: p.code for key, p in problems.items()} == {
        (2, "数量"): "excel.not_integer",
        (3, "数量"): "excel.not_integer",
        (3, "金额"): "excel.not_money",
        (3, "日期"): "excel.not_date",
        (4, "金额"): "excel.money_precision",
        (4, "日期"): "excel.not_date",
    }
    assert problems[(3, "数量")].facts["letter"] == "C" and problems[(3, "数量")].facts["value"] == "十二个"


def test_a_long_number_stored_as_a_number_is_refused_because_excel_dropped_digits(tmp_path):
    path = make_xlsx(tmp_path / "in.xlsx", [["身份证号"], [410102199001011234], [4.101021990010112e17], [123456]])
    problem = refused(read_sheet, path, "明细", ["身份证号"])
    assert [(p.code, p.facts["row"]) for p in problem.items] == [
        ("excel.number_lost_digits", 2), ("excel.number_lost_digits", 3)]


def test_required_cells_may_not_be_empty(tmp_path):
    path = make_xlsx(tmp_path / "in.xlsx", [HEADERS, ["P001", None, 1, 10, "2026-11-23"], [" ", "机油", 1, 1, "2026-11-23"]])
    problems = bad_rows(path, required=["零件号"])
    assert [(p.code, p.facts["row"], p.facts["column"]) for p in problems] == [("excel.cell_empty", 3, "零件号")]


def test_duplicate_rows_are_refused_naming_both_rows(tmp_path):
    line = ["P001", "机油滤清器", 2, 10, "2026-11-23"]
    path = make_xlsx(tmp_path / "in.xlsx", [HEADERS, line, ["P002", "空滤", 1, 5, "2026-11-23"], [" P001", *line[1:]]])
    problems = bad_rows(path)
    assert [(p.code, p.facts["row"], p.facts["first_row"]) for p in problems] == [("excel.duplicate_row", 4, 2)]
    assert len(read_sheet(path, "明细", HEADERS, kinds=KINDS, allow_duplicates=True)) == 3


def test_a_formula_without_a_cached_value_is_refused_not_read_as_empty(tmp_path):
    # openpyxl, like many generators, saves formulas without computing them.
    path = make_xlsx(tmp_path / "in.xlsx", [HEADERS, ["P001", "机油滤清器", 2, "=C2*5", "2026-11-23"]])
    (problem,) = bad_rows(path)
    assert problem.code == "excel.formula_no_value"
    assert problem.facts | {} == {"sheet": "明细", "row": 2, "column": "金额", "letter": "D", "formula": "=C2*5"}


def test_merged_cells_in_the_data_area_are_refused_but_a_merged_title_is_fine(tmp_path):
    rows = [["备件入库"], HEADERS, ["P001", "机油滤清器", 2, 10, "2026-11-23"], ["P002", None, 2, 10, "2026-11-23"]]
    title_only = make_xlsx(tmp_path / "title.xlsx", rows, extra=lambda ws: ws.merge_cells("A1:E1"))
    assert len(read_sheet(title_only, "明细", HEADERS, kinds=KINDS)) == 2
    merged = make_xlsx(tmp_path / "merged.xlsx", rows,
                       extra=lambda ws: (ws.merge_cells("A1:E1"), ws.merge_cells("B3:B4")))
    (problem,) = bad_rows(merged)
    assert problem.code == "excel.merged_cells" and problem.facts["range"] == "B3:B4" and problem.facts["row"] == 3


# --- Refusing bad files -------------------------------------------------------------------------


def test_a_file_that_is_not_an_xlsx_is_refused(tmp_path):
    text = tmp_path / "renamed.xlsx"
    text.write_text("零件号,数量\nP001,3\n", encoding="utf-8")
    # A CSV saved under an .xlsx name is read as the CSV it is (its header is then short).
    problem = refused(read_sheet, text, "明细", HEADERS)
    assert problem.code == "excel.header_missing_format" and problem.facts["found"] == "零件号、数量"
    from ui.messages import refusal_text
    assert "这是 CSV 文件" in refusal_text(problem)
    binary = tmp_path / "binary.xlsx"
    binary.write_bytes(b"\x00\x01\x02 not a workbook")
    assert refused(read_sheet, binary, "明细", HEADERS).code == "excel.not_xlsx"

    good = make_xlsx(tmp_path / "good.xlsx", [HEADERS])
    truncated = tmp_path / "truncated.xlsx"
    truncated.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    assert refused(read_sheet, truncated, "明细", HEADERS).code == "excel.not_xlsx"

    other_zip = tmp_path / "other.xlsx"
    with zipfile.ZipFile(other_zip, "w") as archive:
        archive.writestr("word/document.xml", "<document/>")
    assert refused(read_sheet, other_zip, "明细", HEADERS).code == "excel.not_xlsx"

    assert refused(read_sheet, tmp_path / "missing.xlsx", "明细", HEADERS).code == "excel.file_missing"


def test_a_zip_bomb_is_refused_before_it_is_inflated(tmp_path):
    path = make_xlsx(tmp_path / "bomb.xlsx", [HEADERS])
    # 60 MB of blanks deflate to ~60 KB: a ratio of ~1000.
    rewrite_part(path, "xl/worksheets/sheet1.xml", lambda xml: xml.replace(b"<sheetData>", b"<sheetData>" + b" " * 60_000_000))
    problem = refused(read_sheet, path, "明细", HEADERS)
    assert problem.code == "excel.zip_bomb" and problem.facts["member"] == "xl/worksheets/sheet1.xml"
    assert problem.facts["ratio"] > excel.MAX_COMPRESSION_RATIO


def test_a_file_whose_parts_inflate_beyond_the_total_cap_is_refused(tmp_path, monkeypatch):
    path = make_xlsx(tmp_path / "big.xlsx", [HEADERS] + [[f"P{n}", "机油滤清器", n, n, "2026-11-23"] for n in range(3000)])
    monkeypatch.setattr(excel_read, "MAX_UNCOMPRESSED_BYTES", 100_000)  # instead of writing 200 MB in a test
    problem = refused(read_sheet, path, "明细", HEADERS)
    assert problem.code == "excel.too_large" and problem.facts["path"] == str(path)


BILLION_LAUGHS = (b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol">'
                  + b"".join(b'<!ENTITY lol%d "%s">' % (n, (b"&lol%d;" % (n - 1) if n > 1 else b"&lol;") * 10)
                             for n in range(1, 10))
                  + b"]>\n")


@pytest.mark.parametrize("member", ["xl/worksheets/sheet1.xml", "xl/workbook.xml", "xl/styles.xml"])
def test_xml_entity_expansion_is_refused_with_the_part_named(tmp_path, member):
    path = make_xlsx(tmp_path / "lol.xlsx", [HEADERS, ["P001", "&lol9;", 1, 1, "2026-11-23"]])
    rewrite_part(path, member, lambda xml: BILLION_LAUGHS + re.sub(rb"^<\?xml[^>]*\?>\s*", b"", xml))
    problem = refused(read_sheet, path, "明细", HEADERS)
    assert problem.code == "excel.unsafe_xml" and problem.facts["member"] == member


def test_a_dtd_hidden_after_a_long_comment_is_still_refused(tmp_path):
    # Past the prolog check's window: defusedxml in the sheet scan must catch it.
    path = make_xlsx(tmp_path / "xxe.xlsx", [HEADERS, ["P001", "机油", 1, 1, "2026-11-23"]])
    hostile = (b'<?xml version="1.0"?>\n<!--' + b"x" * 20_000 + b'-->\n'
               b'<!DOCTYPE worksheet [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n')
    rewrite_part(path, "xl/worksheets/sheet1.xml",
                 lambda xml: hostile + re.sub(rb"^<\?xml[^>]*\?>\s*", b"", xml).replace(b"<v>1</v>", b"<v>&xxe;</v>", 1))
    problem = refused(read_sheet, path, "明细", HEADERS)
    assert problem.code == "excel.unsafe_xml"


def test_a_missing_sheet_or_header_is_refused_naming_what_is_there(tmp_path):
    path = make_xlsx(tmp_path / "in.xlsx", [["零件号", "名称", "数量"], ["P001", "机油", 1]], sheet="入库",
                     extra=lambda ws: ws.parent.create_sheet("说明"))
    problem = refused(read_sheet, path, "明细", HEADERS)
    assert problem.code == "excel.sheet_missing" and problem.facts["sheets"] == "入库、说明"
    problem = refused(read_sheet, path, "入库", HEADERS)
    assert problem.code == "excel.header_missing"
    assert problem.facts["missing"] == "金额、日期" and problem.facts["found"] == "零件号、名称、数量"


def write_sheet_xml(path, rows, dimension=True):
    """A minimal hand-made workbook whose sheet is streamed, so a million rows cost seconds."""
    ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
    rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        archive.writestr("[Content_Types].xml",
                         '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                         '<Default Extension="xml" ContentType="application/xml"/>'
                         '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-'
                         'officedocument.spreadsheetml.sheet.main+xml"/></Types>')
        archive.writestr("xl/workbook.xml", f'<workbook {ns} xmlns:r="{rel}"><sheets>'
                                            '<sheet name="明细" sheetId="1" r:id="rId1"/></sheets></workbook>')
        archive.writestr("xl/_rels/workbook.xml.rels",
                         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                         f'<Relationship Id="rId1" Type="{rel}/worksheet" Target="worksheets/sheet1.xml"/>'
                         '</Relationships>')
        with archive.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as sheet:
            sheet.write(f"<worksheet {ns}>".encode())
            if dimension:
                sheet.write(b'<dimension ref="A1:A%d"/>' % rows)
            sheet.write('<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>数量</t></is></c></row>'.encode())
            for start in range(2, rows + 1, 10_000):
                sheet.write(b"".join(b'<row r="%d"><c r="A%d"><v>%d</v></c></row>' % (r, r, r)
                                     for r in range(start, min(start + 10_000, rows + 1))))
            sheet.write(b"</sheetData></worksheet>")
    return path


def test_a_full_1048576_row_sheet_is_refused(tmp_path):
    path = write_sheet_xml(tmp_path / "full.xlsx", 1_048_576)
    problem = refused(read_sheet, path, "明细", ["数量"])
    assert problem.code == "excel.too_many_rows" and problem.facts["rows"] == f"{excel.DEFAULT_MAX_ROWS + 10}+"
    assert problem.facts["limit"] == excel.DEFAULT_MAX_ROWS


def test_rows_are_counted_with_a_cap_when_the_sheet_has_no_dimension(tmp_path):
    path = write_sheet_xml(tmp_path / "nodim.xlsx", 5_000, dimension=False)
    problem = refused(read_sheet, path, "明细", ["数量"], max_rows=1_000)
    assert problem.code == "excel.too_many_rows" and problem.facts["limit"] == 1_000
    rows = read_sheet(path, "明细", ["数量"], kinds={"数量": "int"}, max_rows=5_000)
    assert len(rows) == 4_999 and rows[-1].number == 5_000 and rows[-1]["数量"] == 5_000


def test_a_wrong_small_dimension_does_not_hide_rows(tmp_path):
    path = write_sheet_xml(tmp_path / "lying.xlsx", 50)
    rewrite_part(path, "xl/worksheets/sheet1.xml", lambda xml: xml.replace(b'ref="A1:A50"', b'ref="A1:A3"'))
    assert len(read_sheet(path, "明细", ["数量"])) == 49


# --- Writing -------------------------------------------------------------------------------------


def test_export_round_trip_keeps_chinese_dates_money_and_defuses_formulas(tmp_path):
    path = tmp_path / "导出.xlsx"
    rows = [
        ["P001", "机油滤清器（原厂）", 3, 1230, date(2026, 11, 23), "=HYPERLINK(\"http://x\")"],
        ["P002", "前制动盘", -2, 99999, date(2026, 11, 24), "  +86 138"],
        ["P003", "空滤", 0, 5, date(2026, 11, 25), "@SUM(A1:A2)"],
        ["P004", "雨刮", 1, 0, date(2026, 11, 26), "-1"],
    ]
    headers = ["零件号", "名称", "数量", "金额", "日期", "备注"]
    assert write_rows(path, "出入库", headers, iter(rows), kinds={"金额": "money"}) == 4

    sheet = openpyxl.load_workbook(path)["出入库"]
    assert [cell.value for cell in sheet[1]] == headers
    notes = [sheet.cell(row=r, column=6) for r in range(2, 6)]
    assert [cell.value for cell in notes] == [row[5] for row in rows]
    assert all(cell.data_type == "s" and cell.quotePrefix for cell in notes)  # text, never run
    money = sheet["D2"]
    assert money.value == Decimal("12.3") or money.value == pytest.approx(12.3)
    assert money.number_format == "#,##0.00"
    assert sheet["E2"].is_date and sheet["E2"].value == datetime(2026, 11, 23)
    assert sheet.freeze_panes == "A2"
    assert sheet.column_dimensions["B"].width >= 18  # wide enough for 9 Chinese characters

    back = read_sheet(path, "出入库", headers, kinds={"数量": "int", "金额": "money", "日期": "date"})
    assert [[r[h] for h in headers] for r in back] == [
        [*row[:5], row[5].strip()] for row in rows]


def test_sum_totals_in_a_multi_sheet_export_equal_the_app_totals(tmp_path):
    path = tmp_path / "日报.xlsx"
    lines = [[f"P{n:03d}", "机油滤清器", n % 7 - 2, n * 1001 + 7] for n in range(1, 201)]
    app_qty, app_fen = sum(line[2] for line in lines), sum(line[3] for line in lines)
    counts = write_workbook(path, [
        Sheet("入库", ["零件号", "名称", "数量", "金额"], lines, {"金额": "money"}, total_columns=["数量", "金额"]),
        Sheet("出库", ["零件号", "名称", "数量", "金额"], [], {"金额": "money"}, total_columns=["数量", "金额"]),
    ])
    assert counts == {"入库": 200, "出库": 0}
    workbook = openpyxl.load_workbook(path)
    sheet = workbook["入库"]
    total_row = sheet[202]
    assert total_row[0].value == "合计"

    def evaluate(formula):
        first, last = re.fullmatch(r"=SUM\(([A-Z]+\d+):([A-Z]+\d+)\)", formula).groups()
        return sum(Decimal(str(cell.value)) for (cell,) in sheet[first:last])

    assert evaluate(total_row[2].value) == app_qty
    assert evaluate(total_row[3].value) * 100 == app_fen
    assert total_row[3].number_format == "#,##0.00"
    assert workbook["出库"]["C2"].value == 0
    assert b'fullCalcOnLoad="1"' in zipfile.ZipFile(path).read("xl/workbook.xml")


def test_a_failed_export_leaves_the_previous_file_and_no_temporary_file(tmp_path):
    path = tmp_path / "导出.xlsx"
    write_rows(path, "出入库", ["零件号"], [["P001"]])
    before = path.read_bytes()

    def rows():
        yield ["P002"]
        raise RuntimeError("database went away")

    with pytest.raises(RuntimeError):
        write_rows(path, "出入库", ["零件号"], rows())
    assert path.read_bytes() == before and os.listdir(tmp_path) == ["导出.xlsx"]

    target = tmp_path / "no-such-folder" / "导出.xlsx"
    problem = refused(write_rows, target, "出入库", ["零件号"], [["P001"]])
    assert problem.code == "file.write_failed" and problem.facts["path"] == str(target)


def test_control_characters_in_exported_text_do_not_abort_the_export(tmp_path):
    path = tmp_path / "导出.xlsx"
    write_rows(path, "客户", ["备注"], [["电话\x0b13800000000\x01"]])
    assert openpyxl.load_workbook(path)["客户"]["A2"].value == "电话13800000000"


# --- Messages ------------------------------------------------------------------------------------


def test_every_refusal_reads_as_a_chinese_sentence_naming_row_and_column(tmp_path):
    from ui.messages import refusal_text
    from ui.messages_excel import TEXTS

    from common import excel_read, excel_write

    source = "".join(open(m.__file__, encoding="utf-8").read() for m in (excel_read, excel_write))
    codes = set(re.findall(r'"((?:excel|file)\.[a-z_]+)"', source))
    assert codes and codes <= set(TEXTS), codes - set(TEXTS)

    path = make_xlsx(tmp_path / "in.xlsx", [HEADERS, ["P001", "机油", "三个", 10, "2026-11-23"]])
    text = refusal_text(refused(read_sheet, path, "明细", HEADERS, kinds=KINDS))
    assert "工作表「明细」有 1 处问题" in text
    assert "第 2 行「数量」列（C）应为整数，实际为「三个」" in text
    assert "{" not in text
