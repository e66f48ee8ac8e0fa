"""The parts books in and out of Excel, on SQLite and PostgreSQL, with real .xlsx files built here."""
import re
import zipfile
from datetime import date, datetime

import openpyxl
import pytest

from common.errors import Refusal, RefusalList
from common.excel import read_sheet
from common.models import AuditLog
from ledger import books, checks, io
from ledger.models import Balance, Document, DocumentLine, Party, Part, Posting
from ledger.posting import Draft, DraftLine, create_part, create_party, post
from ledger.reversal import reverse
from tests.test_excel import BILLION_LAUGHS, rewrite_part
from ui.messages import refusal_text

D = date
H = io.DOCUMENT_HEADERS


def setup_branch(actor):
    create_party(actor, "HQ", "客服本部", "hq")
    create_party(actor, "ZZ01", "郑州金水服务站", "station")
    create_party(actor, "MS", "门市散客", "customer")
    create_part(actor, "BP-3501010", "前刹车片", "陶瓷", "套", 18500, 5)
    create_part(actor, "OF-1012010", "机油滤清器", "M20", "个", 3200, 20)


def workbook(path, documents=(), parties=None, parts=None, extra=None):
    """A workbook as the clerk fills it in Excel: sheet 单据 (plus the master sheets if given)."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = io.DOCUMENT_SHEET
    sheet.append(H)
    for row in documents:
        sheet.append(list(row))
    for name, headers, rows in ((io.PARTY_SHEET, io.PARTY_HEADERS, parties), (io.PART_SHEET, io.PART_HEADERS, parts)):
        if rows is not None:
            other = book.create_sheet(name)
            other.append(headers)
            for row in rows:
                other.append(list(row))
    if extra:
        extra(sheet)
    book.save(path)
    return path


def doc(on, doc_type, number, party, part, qty, price=None, flag=None, reference=None, remark=None, name=None):
    return [on, doc_type, number, party, part, name, qty, price, flag, reference, remark]


def refused(call, *args, **kwargs) -> Refusal:
    with pytest.raises(Refusal) as caught:
        call(*args, **kwargs)
    return caught.value


def bad_rows(call, *args, **kwargs) -> list[tuple]:
    """(row, column, code) of every item of a refused import."""
    problem = refused(call, *args, **kwargs)
    assert isinstance(problem, RefusalList) and problem.code == "excel.bad_rows", problem
    found = []
    for item in problem.items:
        inner = item.items[0].code if isinstance(item, RefusalList) and item.items else item.code
        found.append((item.facts.get("row"), item.facts.get("column"), inner))
    return found


def snapshot():
    """Everything an import could change."""
    return (Document.select().count(), DocumentLine.select().count(), Posting.select().count(),
            Part.select().count(), Party.select().count(), AuditLog.select().count(),
            sorted(Balance.select(Balance.part, Balance.book, Balance.party_key, Balance.qty).tuples()),
            books.balances_at())


def bal(number, at=None):
    return books.balances_at(at, number)["parts"][number]


# --- the template and a clerk's import --------------------------------------------------------


def test_the_template_imports_into_an_empty_database_and_keeps_the_books(db, actors, tmp_path):
    clerk = actors["clerk"]
    path = io.write_import_template(tmp_path / "模板.xlsx")
    assert openpyxl.load_workbook(path).sheetnames == ["单据", "往来单位", "备件", "说明"]
    parties = io.import_parties(clerk, path)
    assert parties.created == ("HQ", "ZZ01", "KF01", "MS") and Party.get(Party.code == "ZZ01").kind == "station"
    assert io.import_parts(clerk, path).created == ("BP-3501010", "OF-1012010")
    assert Part.get(Part.number == "BP-3501010").price_fen == 18500

    result = io.import_documents(clerk, path)
    assert [(d.doc_type, d.number, d.rows) for d in result.documents] == [
        ("HQ_SHIP", "ZF-2026-000001", (2, 3)), ("HQ_RECEIVE", "ZD-2026-000001", (4, 5)),
        ("STATION_ISSUE", "FF-2026-000001", (6,)),
        ("STATION_BAD_RETURN", "FH-2026-000001", (7,))]
    # 需返坏件 on the receipt opened a debt to HQ; the station's blank flag on its return cleared its debt.
    assert bal("BP-3501010") == {"good": 6, "bad": 3, "in_transit_in": 0, "in_transit_out": 0,
                                 "owed_to": {"HQ": 10}, "owed_by": {"ZZ01": 1}}
    assert bal("OF-1012010")["in_transit_in"] == 4
    assert checks.check_invariants() == []


def test_a_days_sheet_posts_by_code_or_name_normalising_what_chinese_input_types(db, actors, tmp_path):
    clerk = actors["clerk"]
    setup_branch(actors["manager"])
    path = workbook(tmp_path / "in.xlsx", [
        doc(D(2026, 11, 2), "HQ_SHIP", "FH-1", "客服本部", " BP-3501010 ", "１２", 185),
        doc(D(2026, 11, 2), "总部发货", "FH-1", "客服本部", "NEW-001", 5, 12.5, name="雨刮片"),
        doc(D(2026, 11, 3), "总部到货", "FH-1", "HQ", "BP-3501010", "10", None, "是", "FH-1"),
        doc(D(2026, 11, 3), "总部到货", "FH-1", "HQ", "NEW-001", 5, None, None, "FH-1"),
        doc(D(2026, 11, 5), "STATION_ISSUE", "ZZ-SQ-1", "ZZ01", "BP-3501010", 4, None, "是"),
        doc(D(2026, 11, 8), "服务站返坏件", "ZZ-FH-1", "ZZ01", "BP-3501010", 3, None, "否"),
    ])
    result = io.import_documents(clerk, path)
    assert [p.number for p in result.new_parts] == ["NEW-001"] and result.new_parts[0].row == 3
    new = Part.get(Part.number == "NEW-001")
    assert (new.name, new.price_fen) == ("雨刮片", 1250)
    line = DocumentLine.get(DocumentLine.part == Part.get(Part.number == "BP-3501010").id,
                            DocumentLine.qty == 12)  # full-width １２ and the padded part number
    assert line.price_fen == 18500
    # 否 on the bad return: the bad parts came back but the station's debt stays (不抵欠).
    assert bal("BP-3501010") == {"good": 6, "bad": 3, "in_transit_in": 2, "in_transit_out": 0,
                                 "owed_to": {"HQ": 10}, "owed_by": {"ZZ01": 4}}
    assert bal("NEW-001")["good"] == 5
    assert result.line_count == 6 and len(result.posted) == 4
    assert AuditLog.select().where(AuditLog.action == "ledger.import_documents").count() == 1


def test_the_preview_says_what_each_document_does_and_writes_nothing(db, actors, tmp_path):
    clerk = actors["clerk"]
    setup_branch(actors["manager"])
    # The receipt references the shipment of the same file; NEW-9 is a part never seen before.
    path = workbook(tmp_path / "in.xlsx", [
        doc(D(2026, 11, 2), "总部发货", "FH-1", "HQ", "BP-3501010", 10),
        doc(D(2026, 11, 2), "总部发货", "FH-1", "HQ", "NEW-9", 1, 3, name="新件"),
        doc(D(2026, 11, 3), "总部到货", "FH-1", "HQ", "BP-3501010", 6, None, "是", "FH-1"),
    ])
    before = snapshot()
    preview = io.import_documents(clerk, path, dry_run=True)
    assert snapshot() == before
    assert preview.dry_run and [(d.status, d.number) for d in preview.documents] == [
        ("would_post", "ZF-2026-000001"), ("would_post", "ZD-2026-000001")]
    receipt = {(e.part_number, e.book, e.party_code): (e.before, e.delta, e.after) for e in preview.documents[1].effects}
    assert receipt == {("BP-3501010", "good", None): (0, 6, 6), ("BP-3501010", "in_transit_in", None): (10, -6, 4),
                       ("BP-3501010", "owed_to", "HQ"): (0, 6, 6)}
    assert [p.number for p in preview.new_parts] == ["NEW-9"]
    assert {(c.part_number, c.book): (c.before, c.after) for c in preview.changes} == {
        ("BP-3501010", "good"): (0, 6), ("BP-3501010", "in_transit_in"): (0, 4), ("BP-3501010", "owed_to"): (0, 6),
        ("NEW-9", "in_transit_in"): (0, 1)}
    # Posting for real gives exactly what the preview said, with the same numbers.
    result = io.import_documents(clerk, path)
    assert [(d.status, d.number) for d in result.documents] == [
        ("posted", "ZF-2026-000001"), ("posted", "ZD-2026-000001")]
    assert result.changes == preview.changes


def test_importing_an_already_posted_document_reports_it_and_changes_nothing(db, actors, tmp_path):
    clerk = actors["clerk"]
    setup_branch(actors["manager"])
    post(clerk, Draft("HQ_SHIP", D(2026, 11, 2), "HQ", "FH-1", lines=[("BP-3501010", 10)]))
    path = workbook(tmp_path / "in.xlsx", [doc(D(2026, 11, 2), "总部发货", "FH-1", "HQ", "BP-3501010", 10)])
    before = snapshot()[:5]
    result = io.import_documents(clerk, path)
    assert [(d.status, d.number, d.source_number) for d in result.documents] == [
        ("already_posted", "ZF-2026-000001", "FH-1")]
    assert result.posted == () and snapshot()[:4] == before[:4]
    assert bal("BP-3501010")["in_transit_in"] == 10


def test_a_reversal_row_reverses_the_named_document(db, actors, tmp_path):
    clerk = actors["clerk"]
    setup_branch(actors["manager"])
    ship = post(clerk, Draft("HQ_SHIP", D(2026, 11, 2), "HQ", "FH-1", lines=[("BP-3501010", 10)]))
    path = workbook(tmp_path / "in.xlsx", [doc(D(2026, 11, 4), "冲销", "CX-1", "HQ", None, None, None, None, "FH-1",
                                               "发货清单录错")])
    result = io.import_documents(clerk, path)
    assert result.documents[0].number == "CX-2026-000001"
    assert Document.get(Document.number == "CX-2026-000001").reference_id == ship.document_id
    assert bal("BP-3501010")["in_transit_in"] == 0


# --- bad input: refused with row, column and reason; the database unchanged ------------------------


def test_bad_quantities_parties_and_flags_are_each_named_by_row_and_column(db, actors, tmp_path):
    clerk = actors["clerk"]
    setup_branch(actors["manager"])
    post(clerk, Draft("HQ_SHIP", D(2026, 11, 1), "HQ", "FH-0", lines=[("BP-3501010", 50)]))
    post(clerk, Draft("HQ_RECEIVE", D(2026, 11, 1), "HQ", "FH-0", "FH-0", lines=[("BP-3501010", 50)]))
    path = workbook(tmp_path / "in.xlsx", [
        doc(D(2026, 11, 5), "发服务站", "A", "ZZ01", "BP-3501010", 0),              # 2 zero
        doc(D(2026, 11, 5), "发服务站", "B", "ZZ01", "BP-3501010", -2),             # 3 negative
        doc(D(2026, 11, 5), "发服务站", "C", "XX99", "BP-3501010", 1),              # 4 unknown party
        doc(D(2026, 11, 5), "发服务站", "D", "ZZ01", "BP-3501010", 1, None, "要"),  # 5 bad flag
        doc(D(2026, 11, 5), "总部发货", "E", "HQ", "BP-3501010", 1, None, "是"),    # 6 flag on a shipment
        doc(D(2026, 11, 5), "调拨", "F", "HQ", "BP-3501010", 1),                   # 7 unknown type
        doc(D(2026, 11, 5), "盘点调整好件", "G", None, "BP-3501010", -2, None, None, None, "盘亏"),  # fine
        doc(D(2026, 11, 5), "发服务站", "H", "ZZ01", "NEW-1", 1),                  # 9 new part, no name
        doc(D(2026, 11, 5), "发服务站", "A", "MS", "OF-1012010", 1),               # 10 other party, same doc
    ])
    before = snapshot()
    assert bad_rows(io.import_documents, clerk, path) == [
        (2, "数量", "ledger_io.bad_quantity"), (3, "数量", "ledger_io.bad_quantity"),
        (4, "往来单位", "ledger_io.unknown_party"), (5, "需返坏件", "ledger_io.bad_yes_no"),
        (6, "需返坏件", "ledger_io.flag_not_applicable"), (7, "单据类型", "ledger_io.unknown_type"),
        (9, "备件名称", "ledger_io.new_part_needs_name"), (10, "往来单位", "ledger_io.inconsistent_document")]
    assert snapshot() == before


@pytest.mark.parametrize("value, code", [(1.5, "excel.not_integer"), ("十个", "excel.not_integer"),
                                         ("两件", "excel.not_integer")])
def test_fractional_or_worded_quantities_are_refused(db, actors, tmp_path, value, code):
    setup_branch(actors["manager"])
    path = workbook(tmp_path / "in.xlsx", [doc(D(2026, 11, 2), "总部发货", "FH-1", "HQ", "BP-3501010", value)])
    before = snapshot()
    problem = refused(io.import_documents, actors["clerk"], path)
    assert [(i.code, i.facts["row"], i.facts["column"]) for i in problem.items] == [(code, 2, "数量")]
    assert snapshot() == before


def test_a_receipt_beyond_the_open_shipment_and_an_overlarge_return_refuse_the_whole_file(db, actors, tmp_path):
    clerk = actors["clerk"]
    setup_branch(actors["manager"])
    post(clerk, Draft("HQ_SHIP", D(2026, 11, 1), "HQ", "FH-0", lines=[("OF-1012010", 30)]))
    path = workbook(tmp_path / "in.xlsx", [
        doc(D(2026, 11, 2), "总部发货", "FH-1", "HQ", "BP-3501010", 10),                         # fine
        doc(D(2026, 11, 3), "总部到货", "FH-1", "HQ", "BP-3501010", 8, None, "是", "FH-1"),      # fine
        doc(D(2026, 11, 3), "总部到货", "FH-1X", "HQ", "OF-1012010", 1, None, None, "FH-1"),     # 4 not on FH-1
        doc(D(2026, 11, 4), "总部到货", "FH-0", "HQ", "OF-1012010", 31, None, None, "FH-0"),     # 5 beyond open 30
        doc(D(2026, 11, 5), "发服务站", "SQ-1", "ZZ01", "BP-3501010", 2, None, "是"),            # fine, owes 2
        doc(D(2026, 11, 6), "服务站返坏件", "FH-2", "ZZ01", "BP-3501010", 3),                    # 7 clears 3 of 2
    ])
    before = snapshot()
    problems = bad_rows(io.import_documents, clerk, path)
    assert problems == [(4, "数量", "ledger.exceeds_open"), (5, "数量", "ledger.exceeds_open"),
                        (7, "数量", "ledger.insufficient")]
    # Nothing of the file stays, not even the documents that were fine.
    assert snapshot() == before
    text = refusal_text(refused(io.import_documents, clerk, path))
    assert "第 5 行「数量」列" in text and "31" in text and "30" in text
    assert "第 7 行「数量」列" in text and "人欠坏件" in text


def test_reversing_a_reversed_document_or_a_reversal_is_refused(db, actors, tmp_path):
    clerk = actors["clerk"]
    setup_branch(actors["manager"])
    ship = post(clerk, Draft("HQ_SHIP", D(2026, 11, 2), "HQ", "FH-1", lines=[("BP-3501010", 10)]))
    undo = reverse(clerk, ship.document_id, "录错")
    path = workbook(tmp_path / "in.xlsx", [
        doc(D(2026, 11, 23), "冲销", "CX-1", "HQ", None, None, None, None, "FH-1"),
        doc(D(2026, 11, 23), "REVERSAL", "CX-2", None, None, None, None, None, undo.number),
    ])
    before = snapshot()
    assert bad_rows(io.import_documents, clerk, path) == [(2, "关联单号", "ledger.already_reversed"),
                                                          (3, "关联单号", "ledger.reversal_not_reversible")]
    assert snapshot() == before


def test_manager_only_types_and_readers_are_refused(db, actors, tmp_path):
    setup_branch(actors["manager"])
    path = workbook(tmp_path / "in.xlsx", [doc(D(2026, 11, 2), "报废", "BF-1", None, "BP-3501010", 1)])
    assert bad_rows(io.import_documents, actors["clerk"], path) == [(2, "单据类型", "auth.forbidden")]
    assert refused(io.import_documents, actors["finance"], path).code == "auth.forbidden"


def test_dates_in_the_future_are_refused_on_their_row(db, actors, tmp_path):
    setup_branch(actors["manager"])
    path = workbook(tmp_path / "in.xlsx", [doc(D(2026, 11, 24), "总部发货", "FH-1", "HQ", "BP-3501010", 1)])
    assert bad_rows(io.import_documents, actors["clerk"], path) == [(2, "日期", "ledger.future_date")]


def test_hostile_or_broken_files_are_refused_and_nothing_changes(db, actors, tmp_path):
    clerk = actors["clerk"]
    setup_branch(actors["manager"])
    good = [doc(D(2026, 11, 2), "总部发货", "FH-1", "HQ", "BP-3501010", 1)]
    before = snapshot()

    bomb = workbook(tmp_path / "bomb.xlsx", good)
    rewrite_part(bomb, "xl/worksheets/sheet1.xml",
                 lambda xml: xml.replace(b"<sheetData>", b"<sheetData>" + b" " * 60_000_000))
    assert refused(io.import_documents, clerk, bomb).code == "excel.zip_bomb"

    lol = workbook(tmp_path / "lol.xlsx", good)
    rewrite_part(lol, "xl/worksheets/sheet1.xml", lambda xml: BILLION_LAUGHS + re.sub(rb"^<\?xml[^>]*\?>\s*", b"", xml))
    assert refused(io.import_documents, clerk, lol).code == "excel.unsafe_xml"

    merged = workbook(tmp_path / "merged.xlsx", good * 1 + [doc(D(2026, 11, 2), "总部发货", "FH-1", "HQ",
                                                                "OF-1012010", 1)],
                      extra=lambda sheet: sheet.merge_cells("C2:C3"))
    # Merging emptied C3 as well: both are said.
    assert [i.code for i in refused(io.import_documents, clerk, merged).items] == ["excel.merged_cells",
                                                                                   "excel.cell_empty"]

    def formula(sheet):
        sheet["G2"] = "=1+1"  # openpyxl stores no cached value, like a generator that never calculated

    no_value = workbook(tmp_path / "formula.xlsx", good, extra=formula)
    problem = refused(io.import_documents, clerk, no_value)
    assert [(i.code, i.facts["row"], i.facts["column"]) for i in problem.items] == [("excel.formula_no_value", 2, "数量")]

    twice = workbook(tmp_path / "twice.xlsx", good + good)
    problem = refused(io.import_documents, clerk, twice)
    assert [(i.code, i.facts["row"], i.facts["first_row"]) for i in problem.items] == [("excel.duplicate_row", 3, 2)]

    full = tmp_path / "full.xlsx"
    _full_sheet(full, 1_048_576)
    assert refused(io.import_documents, clerk, full).code == "excel.too_many_rows"
    assert snapshot() == before


def _full_sheet(path, rows):
    """A 单据 sheet with ``rows`` rows, streamed by hand so a million rows take seconds."""
    ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
    rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        archive.writestr("[Content_Types].xml", '<Types xmlns="http://schemas.openxmlformats.org/package/2006/'
                         'content-types"><Default Extension="xml" ContentType="application/xml"/></Types>')
        archive.writestr("xl/workbook.xml", f'<workbook {ns} xmlns:r="{rel}"><sheets>'
                                            '<sheet name="单据" sheetId="1" r:id="rId1"/></sheets></workbook>')
        archive.writestr("xl/_rels/workbook.xml.rels",
                         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                         f'<Relationship Id="rId1" Type="{rel}/worksheet" Target="worksheets/sheet1.xml"/>'
                         '</Relationships>')
        with archive.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as sheet:
            sheet.write(f'<worksheet {ns}><dimension ref="A1:G{rows}"/><sheetData>'.encode())
            sheet.write(b"".join(b'<row r="%d"><c r="G%d"><v>1</v></c></row>' % (r, r) for r in range(2, rows + 1)))
            sheet.write(b"</sheetData></worksheet>")


# --- master data ---------------------------------------------------------------------------------


def test_parties_and_parts_sheets_create_update_and_refuse_bad_rows(db, actors, tmp_path):
    clerk = actors["clerk"]
    create_party(clerk, "HQ", "客服本部", "hq")
    path = workbook(tmp_path / "m.xlsx", parties=[
        ["HQ", "客服本部（备件科）", "总部", "刘科长", "0371-66881234", None],
        ["ＬＹ01", "洛阳涧西服务站", "服务站", "王芳", 13903790002, "洛阳"],
    ], parts=[["BP-3501010", "前刹车片", "陶瓷", "套", "185.50", 5], [" OF-1 ", "机油滤清器", None, None, 32, None]])
    result = io.import_parties(clerk, path)
    assert (result.created, result.updated) == (("LY01",), ("HQ",))
    assert Party.get(Party.code == "LY01").phone == "13903790002" and Party.get(Party.code == "HQ").contact == "刘科长"
    assert io.import_parts(clerk, path).created == ("BP-3501010", "OF-1")
    assert Part.get(Part.number == "BP-3501010").price_fen == 18550 and Part.get(Part.number == "OF-1").unit == "个"
    again = io.import_parts(clerk, path)
    assert (again.created, again.updated, again.unchanged) == ((), (), 2)

    bad = workbook(tmp_path / "bad.xlsx", parties=[["ZZ01", "郑州", "4S店", None, None, None],
                                                   ["KF01", "开封", "经销商", None, None, None],
                                                   ["KF01", "开封二", "经销商", None, None, None]],
                   parts=[["P1", "件", None, None, -1, 0], ["P2", "件", None, None, 1.005, 0]])
    before = snapshot()
    assert bad_rows(io.import_parties, clerk, bad) == [(2, "类型", "ledger_io.bad_party_kind"),
                                                       (4, "编码", "ledger_io.duplicate_key")]
    problem = refused(io.import_parts, clerk, bad)
    # The cell the reader refused and the rule broken on another row come back in one round.
    assert [(i.code, i.facts["row"]) for i in problem.items] == [("ledger_io.negative", 2),
                                                                 ("excel.money_precision", 3)]
    assert snapshot() == before
    assert refused(io.import_parties, actors["finance"], path).code == "auth.forbidden"


# --- exports -------------------------------------------------------------------------------------


def month(clerk, manager):
    setup_branch(manager)
    create_part(manager, "=HYPERLINK(1)", "@恶意名称", price_fen=100)
    ship = post(clerk, Draft("HQ_SHIP", D(2026, 11, 2), "HQ", "FH-1", lines=[("BP-3501010", 10), ("OF-1012010", 40)]))
    post(clerk, Draft("HQ_RECEIVE", D(2026, 11, 4), "HQ", "FH-1", "FH-1",
                      lines=[DraftLine("BP-3501010", 10, flag=True), DraftLine("OF-1012010", 36)]))
    post(clerk, Draft("STATION_ISSUE", D(2026, 11, 5), "ZZ01", "SQ-1", lines=[DraftLine("BP-3501010", 4, flag=True)]))
    post(clerk, Draft("STATION_BAD_RETURN", D(2026, 11, 10), "ZZ01", "FH-31", lines=[("BP-3501010", 3)]))
    post(manager, Draft("ADJUST_GOOD", D(2026, 11, 12), None, "PD-1", remark="-盘亏", lines=[("=HYPERLINK(1)", 2)]))
    wrong = post(clerk, Draft("COUNTER_ISSUE", D(2026, 11, 12), "MS", "WX-1", lines=[("OF-1012010", 1)]))
    reverse(clerk, wrong.document_id, "录错", D(2026, 11, 13))
    return ship


def test_movements_export_every_line_in_the_import_layout_with_formulas_defused(db, actors, tmp_path):
    month(actors["clerk"], actors["manager"])
    path = tmp_path / "movements.xlsx"
    assert io.export_movements(path) == DocumentLine.select().count() == 9
    rows = read_sheet(path, "单据", io.MOVEMENT_HEADERS, kinds={"日期": "date", "数量": "int", "单价": "money",
                                                              "金额": "money"})
    receipt = [r for r in rows if r["单据类型"] == "总部到货"]
    assert [(r["单据号"], r["备件编号"], r["数量"], r["需返坏件"], r["关联单号"], r["单价"], r["金额"]) for r in receipt] == [
        ("FH-1", "BP-3501010", 10, "是", "FH-1", 18500, 185000), ("FH-1", "OF-1012010", 36, "否", "FH-1", 3200, 115200)]
    undo = [r for r in rows if r["单据类型"] == "冲销"][0]
    assert (undo["单据号"], undo["关联单号"]) == ("CX-2026-000001", "WX-2026-000001")
    sheet = openpyxl.load_workbook(path)["单据"]
    cells = {c.value: c.data_type for row in sheet.iter_rows() for c in row if isinstance(c.value, str)}
    assert cells["=HYPERLINK(1)"] == "s" and cells["@恶意名称"] == "s" and cells["-盘亏"] == "s"
    # A date range keeps only the lines of those days.
    assert io.export_movements(tmp_path / "m2.xlsx", D(2026, 11, 4), D(2026, 11, 5)) == 3


def test_balances_and_books_export_what_the_books_say(db, actors, tmp_path):
    ship = month(actors["clerk"], actors["manager"])
    path = tmp_path / "balances.xlsx"
    io.export_balances(path, D(2026, 11, 5))
    sheet = openpyxl.load_workbook(path)["结存"]
    rows = {r[0]: r[1:] for r in sheet.iter_rows(min_row=2, values_only=True) if r[0] != "合计"}
    assert rows["BP-3501010"] == ("前刹车片", 6, 0, 0, 0, 10, 4)
    owed = list(openpyxl.load_workbook(path)["欠人人欠"].iter_rows(min_row=2, values_only=True))
    assert ("BP-3501010", "前刹车片", "ZZ01", "郑州金水服务站", 0, 4) in owed

    io.export_book(tmp_path / "stock.xlsx", "stock", D(2026, 11, 5), D(2026, 11, 30))
    stock = {r[0]: r for r in openpyxl.load_workbook(tmp_path / "stock.xlsx").active.iter_rows(min_row=2, values_only=True)}
    # 前刹车片: 10 in on 11-04 (before), 4 out on 11-05; 3 bad back on 11-10.
    assert stock["BP-3501010"][4:12] == (10, 0, 4, 6, 0, 3, 0, 3)
    assert stock["OF-1012010"][4:14] == (36, 1, 1, 36, 0, 0, 0, 0, 20, None)

    assert io.export_book(tmp_path / "owed.xlsx", "owed_by", date_to=D(2026, 11, 23)) == 1
    owed_row = list(openpyxl.load_workbook(tmp_path / "owed.xlsx").active.iter_rows(min_row=2, values_only=True))[0]
    assert owed_row[:4] == ("ZZ01", "郑州金水服务站", "BP-3501010", "前刹车片") and owed_row[6:] == (1, 18, "30天内")
    assert io.export_book(tmp_path / "transit.xlsx", "in_transit", actor=actors["clerk"]) == 1
    transit = list(openpyxl.load_workbook(tmp_path / "transit.xlsx").active.iter_rows(min_row=2, values_only=True))[0]
    assert (transit[0], transit[5], transit[7], transit[8], transit[9]) == (ship.number, "OF-1012010", 40, 4, 21)
    assert io.export_book(tmp_path / "account.xlsx", "account", party="ZZ01") == 2
    assert io.export_book(tmp_path / "all.xlsx", "account") == 6
    assert refused(io.export_book, tmp_path / "x.xlsx", "ledger").code == "ledger_io.unknown_book"


def test_every_import_refusal_reads_as_a_chinese_sentence(db, actors, tmp_path):
    from ui.messages import TEXTS

    setup_branch(actors["manager"])
    path = workbook(tmp_path / "in.xlsx", [doc(D(2026, 11, 5), "发服务站", "A", "XX", "BP-3501010", 0)])
    text = refusal_text(refused(io.import_documents, actors["clerk"], path))
    assert "第 2 行「数量」列" in text and "第 2 行「往来单位」列" in text and "{" not in text
    assert all(code in TEXTS for code in (
        "ledger_io.document_row", "ledger_io.unknown_type", "ledger_io.cell_required", "ledger_io.bad_quantity",
        "ledger_io.negative", "ledger_io.bad_yes_no", "ledger_io.flag_not_applicable",
        "ledger_io.inconsistent_document", "ledger_io.reversal_needs_reference", "ledger_io.unknown_party",
        "ledger_io.new_part_needs_name", "ledger_io.bad_party_kind", "ledger_io.duplicate_key",
        "ledger_io.unknown_book"))
