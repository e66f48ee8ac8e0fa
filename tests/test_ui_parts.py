"""The 备件 page driven like a parts clerk: key a delivery with Enter only, see the preview, get
refused, ask a manager, reverse from the detail view, open the books and export them."""
from datetime import date, timedelta

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester

from ledger import books
from ledger.models import Document, Posting
from ledger.posting import Draft, DraftLine, create_part, create_party, post
from tests.conftest import NOW, TEST_PASSWORD
from ui import i18n
from ui.document_form import DocumentForm, ManagerDialog
from ui.document_view import DocumentView, ReversalDialog
from ui.main_window import PageContext
from ui.part_card import PartCard
from ui.parts_page import PartsPage, aging_bucket
from ui.table_model import TableView

CLOCK = lambda: NOW + timedelta(minutes=5)  # noqa: E731


@pytest.fixture(autouse=True)
def ui_settings_dir(qapp, tmp_path, monkeypatch):
    monkeypatch.setenv("BRANCHDESK_DATA_DIR", str(tmp_path / "ui"))
    i18n.install("zh")


@pytest.fixture
def branch(desk_actors):
    manager, clerk = desk_actors["manager"], desk_actors["clerk"]
    create_party(manager, "HQ", "客服本部", "hq")
    create_party(manager, "ZZ01", "郑州金水服务站", "station", "李强", "13803710001")
    create_part(manager, "BP-3501010", "前刹车片", "陶瓷", "套", 18500, 5)
    create_part(manager, "OF-1012010", "机油滤清器", "M20", "个", 3200, 20)
    ship = post(clerk, Draft("HQ_SHIP", date(2026, 11, 2), "HQ", "FH-1102", lines=[("BP-3501010", 10),
                                                                                 ("OF-1012010", 40)]))
    return ship


def make_form(qtbot, actor, doc_type="HQ_RECEIVE"):
    form = DocumentForm(actor, clock=CLOCK, doc_type=doc_type)
    qtbot.addWidget(form)
    form.show()
    return form


def type_text(qtbot, edit, text):
    # QTest can only type ASCII keys; Chinese and full-width text arrives like an IME commits it.
    if text.isascii():
        qtbot.keyClicks(edit, text)
    else:
        edit.insert(text)


def key_line(qtbot, form, part_text, qty_text):
    form.part_edit.setFocus()
    type_text(qtbot, form.part_edit, part_text)
    qtbot.keyClick(form.part_edit, Qt.Key.Key_Return)
    type_text(qtbot, form.qty_edit, qty_text)
    qtbot.keyClick(form.qty_edit, Qt.Key.Key_Return)


def effects_shown(form):
    table = form.effects_table
    return [tuple(table.item(row, column).text() for column in range(6)) for row in range(table.rowCount())]


def test_a_delivery_keyed_with_enter_only_previews_and_posts(qtbot, desk_actors, branch):
    form = make_form(qtbot, desk_actors["clerk"])
    qtbot.keyClicks(form.source_edit, "FH-1102")
    qtbot.keyClicks(form.reference_edit, "FH-1102")
    form.flag_check.setChecked(True)
    key_line(qtbot, form, "BP-3501010", "6")
    assert form.focusWidget() is form.part_edit and form.part_edit.text() == ""
    key_line(qtbot, form, "jyl", "３６")  # pinyin initials of 机油滤清器, full-width digits
    assert [(line.part_number, line.qty) for line in form.lines] == [("BP-3501010", 6), ("OF-1012010", 36)]
    assert form.lines_table.item(1, 2).text() == "机油滤清器"
    form.reference_edit.editingFinished.emit()
    assert ("BP-3501010", "好件库存", "", "0", "+6", "6") in effects_shown(form)
    assert ("BP-3501010", "在途（总部发来）", "", "10", "-6", "4") in effects_shown(form)
    assert ("BP-3501010", "欠人坏件", "HQ", "0", "+6", "6") in effects_shown(form)
    assert Document.select().count() == 1  # the preview wrote nothing
    # Enter on the empty part field goes to 过账; the posted number is shown.
    qtbot.keyClick(form.part_edit, Qt.Key.Key_Return)
    assert form.focusWidget() is form.post_button
    qtbot.mouseClick(form.post_button, Qt.MouseButton.LeftButton)
    assert form.message.text() == "已过账：ZD-2026-000001（总部到货，2 行）"
    assert books.balances_at(None, "OF-1012010")["parts"]["OF-1012010"]["good"] == 36
    assert form.lines == [] and form.lines_table.rowCount() == 0


def test_a_part_name_that_matches_nothing_says_so_and_adds_nothing(qtbot, desk_actors, branch):
    form = make_form(qtbot, desk_actors["clerk"], "STATION_ISSUE")
    form.part_edit.setFocus()
    type_text(qtbot, form.part_edit, "火花塞")
    qtbot.keyClick(form.part_edit, Qt.Key.Key_Return)
    assert "找不到备件“火花塞”" in form.message.text() and form.focusWidget() is form.part_edit
    key_line(qtbot, form, "BP-3501010", "1.5")
    assert "数量“1.5”无效" in form.message.text() and form.lines == []


def test_issuing_more_than_in_stock_is_refused_with_part_book_and_numbers(qtbot, desk_actors, branch):
    form = make_form(qtbot, desk_actors["clerk"], "STATION_ISSUE")
    assert form.flag_check.text() == "需返坏件(&F)" and form.reference_edit.isHidden()
    key_line(qtbot, form, "qscp", "3")  # 前刹车片: nothing on the shelf yet
    assert "前刹车片" in form.message.text() and "好件库存" in form.message.text()
    assert "只有 0 可出，本单要 3" in form.message.text()
    assert effects_shown(form)[0][:6] == ("BP-3501010", "好件库存", "", "0", "-3", "-3")
    form.post_document()
    assert "BP-3501010（前刹车片）的好件库存在 2026-11-23 只有 0 可用" in form.message.text()
    assert "整张单据未记账" in form.message.text()
    assert Document.select().count() == 1 and Posting.select().where(Posting.book == "good").count() == 0


def test_a_clerk_posting_scrap_is_asked_for_a_manager(qtbot, desk_actors, branch, monkeypatch):
    clerk, manager = desk_actors["clerk"], desk_actors["manager"]
    post(manager, Draft("ADJUST_BAD", date(2026, 11, 3), lines=[("BP-3501010", 2)], remark="盘点发现"))
    form = make_form(qtbot, clerk, "SCRAP")
    assert not form.party_combo.isEnabled()
    key_line(qtbot, form, "BP-3501010", "2")
    assert "须经理批准" in form.message.text()
    asked = []
    monkeypatch.setattr(ManagerDialog, "ask", classmethod(lambda cls, parent, doc_type: asked.append(doc_type)
                                                          or ("clerk", TEST_PASSWORD)))
    form.post_document()
    assert asked == ["SCRAP"] and "不是经理" in form.message.text() and Document.select().count() == 2
    monkeypatch.setattr(ManagerDialog, "ask", classmethod(lambda cls, parent, doc_type: ("manager", "wrong-pass")))
    form.post_document()
    assert "用户名或密码不正确" in form.message.text() and Document.select().count() == 2
    monkeypatch.setattr(ManagerDialog, "ask", classmethod(lambda cls, parent, doc_type: ("manager", TEST_PASSWORD)))
    form.post_document()
    scrap = Document.get(Document.doc_type == "SCRAP")
    assert scrap.created_by.username == "manager" and form.message.text().startswith("已过账：BF-2026-000001")
    assert books.balances_at(None, "BP-3501010")["parts"]["BP-3501010"]["bad"] == 0


def test_cancelling_the_manager_dialog_posts_nothing(qtbot, desk_actors, branch, monkeypatch):
    form = make_form(qtbot, desk_actors["clerk"], "ADJUST_GOOD")
    type_text(qtbot, form.remark_edit, "盘盈")
    key_line(qtbot, form, "BP-3501010", "-1")
    assert [line.qty for line in form.lines] == [-1]  # negative quantities only for adjustments
    monkeypatch.setattr(ManagerDialog, "ask", classmethod(lambda cls, parent, doc_type: None))
    form.post_document()
    assert Document.select().count() == 1 and form.lines


def test_reversal_from_the_detail_view(qtbot, desk_actors, branch, monkeypatch):
    clerk = desk_actors["clerk"]
    receipt = post(clerk, Draft("HQ_RECEIVE", date(2026, 11, 4), "HQ", "FH-1102", reference=branch.document_id,
                                lines=[DraftLine("BP-3501010", 4, flag=True)]))
    view = DocumentView(clerk, receipt.document_id, clock=CLOCK)
    qtbot.addWidget(view)
    assert view.fields["reference"].text() == f"{branch.number}（总部发货）"
    assert view.fields["reversal"].text() == "有效" and view.effects_table.rowCount() == 3
    monkeypatch.setattr(ReversalDialog, "ask", classmethod(lambda cls, parent, detail, effects, on: "数量录错"))
    view.reverse_document()
    reversal = Document.get(Document.doc_type == "REVERSAL")
    assert view.message.text() == f"已冲销：冲销单号 {reversal.number}"
    assert view.fields["reversal"].text() == f"已被 {reversal.number} 冲销（2026-11-23）"
    assert not view.reverse_button.isEnabled()
    assert books.balances_at(None, "BP-3501010")["parts"]["BP-3501010"]["in_transit_in"] == 10
    # The shipment cannot be reversed while... nothing references it any more: it can now.
    shipment_view = DocumentView(clerk, branch.document_id, clock=CLOCK)
    qtbot.addWidget(shipment_view)
    assert shipment_view.fields["referenced_by"].text() == f"{receipt.number}（总部到货）"


def test_reversing_a_shipment_with_receipts_shows_the_refusal(qtbot, desk_actors, branch, monkeypatch):
    clerk = desk_actors["clerk"]
    receipt = post(clerk, Draft("HQ_RECEIVE", date(2026, 11, 4), "HQ", "FH-1102", reference=branch.document_id,
                                lines=[("BP-3501010", 4)]))
    view = DocumentView(clerk, branch.document_id, clock=CLOCK)
    qtbot.addWidget(view)
    monkeypatch.setattr(ReversalDialog, "ask", classmethod(lambda cls, parent, detail, effects, on: "错单"))
    view.reverse_document()
    assert view.message.text() == f"单据 {branch.number} 已有后续单据 {receipt.number}，请先冲销这些单据。"
    assert Document.select().where(Document.doc_type == "REVERSAL").count() == 0


def page_for(qtbot, actor):
    page = PartsPage(PageContext(actor, None, None), clock=CLOCK)
    qtbot.addWidget(page)
    page.show()
    return page


def test_every_book_tab_passes_the_model_tester(qtbot, desk_actors, branch):
    clerk = desk_actors["clerk"]
    post(clerk, Draft("HQ_RECEIVE", date(2026, 11, 4), "HQ", "FH-1102", reference=branch.document_id,
                      lines=[DraftLine("BP-3501010", 8, flag=True), DraftLine("OF-1012010", 40)]))
    post(clerk, Draft("STATION_ISSUE", date(2026, 11, 5), "ZZ01", "SQ-1",
                      lines=[DraftLine("BP-3501010", 3, flag=True)]))
    page = page_for(qtbot, clerk)
    page.party_combo.setCurrentIndex(page.party_combo.findData("ZZ01"))
    # 郑州 owes us the bad pads; what we owe is owed to HQ, so it is not listed for 郑州.
    expected = {"stock": 2, "account": 1, "owed_to": 0, "owed_by": 1, "transit": 0, "documents": 1, "parts": 2,
                "parties": 2}
    for key, rows in expected.items():
        tab = page.show_tab(key)
        model = tab.view.model
        QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
        assert model.rowCount() == rows, key
        model.sort(1, Qt.SortOrder.DescendingOrder)
        tab.view.filter.setText("zz-nothing-matches")
        tab.view.apply_filter()
        assert model.rowCount() == 0, key
    page.party_combo.setCurrentIndex(0)
    stock = page.show_tab("stock").view.model
    values = {stock.index(r, 0).data(): (stock.index(r, 4).data(), stock.index(r, 7).data())
              for r in range(stock.rowCount())}
    assert values == {"BP-3501010": ("5", ""), "OF-1012010": ("40", "")}
    page.below_only.setChecked(True)
    assert page.tab["stock"].view.model.rowCount() == 0
    owed = page.show_tab("owed_by").view.model
    assert [owed.index(0, c).data() for c in (0, 2, 6, 7, 8)] == ["ZZ01", "BP-3501010", "3", "18", "0-30"]
    assert "0-30 天 3" in page.aging["owed_by"].text()
    transit = page.show_tab("transit").view.model
    assert [transit.index(0, c).data() for c in (2, 5, 8)] == ["总部发来", "BP-3501010", "2"]


def test_aging_buckets():
    assert [aging_bucket(d) for d in (0, 30, 31, 60, 61, 90, 91, 400)] == [
        "0-30", "0-30", "31-60", "31-60", "61-90", "61-90", ">90", ">90"]


def test_documents_tab_filters_by_type_and_opens_the_detail(qtbot, desk_actors, branch):
    page = page_for(qtbot, desk_actors["clerk"])
    tab = page.show_tab("documents")
    assert tab.view.model.rowCount() == 1
    page.type_combo.setCurrentIndex(page.type_combo.findData("HQ_RECEIVE"))
    assert page.tab["documents"].view.model.rowCount() == 0
    page.type_combo.setCurrentIndex(page.type_combo.findData("HQ_SHIP"))
    tab = page.tab["documents"]
    assert tab.view.model.index(0, 1).data() == branch.number
    view = page.open_document(tab.view.model.key(0))
    qtbot.addWidget(view)
    assert view.fields["number"].text() == branch.number and view.lines_table.rowCount() == 2


def test_export_writes_a_real_workbook(qtbot, desk_actors, branch, tmp_path, monkeypatch):
    page = page_for(qtbot, desk_actors["clerk"])
    view = page.show_tab("transit").view
    target = tmp_path / "在途.xlsx"
    monkeypatch.setattr(TableView, "ask_save_path", classmethod(lambda cls, parent, suggested: str(target)))
    qtbot.mouseClick(view.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "已导出" in view.message.text())  # written in a worker thread (ui.runner)
    sheet = openpyxl.load_workbook(target).active
    rows = list(sheet.values)
    assert rows[0][:3] == ("发货日期", "单号", "方向")
    assert sorted((r[5], r[8]) for r in rows[1:]) == [("BP-3501010", 10), ("OF-1012010", 40)]


def test_part_card_shows_every_book_now_and_at_a_date(qtbot, desk_actors, branch):
    clerk = desk_actors["clerk"]
    post(clerk, Draft("HQ_RECEIVE", date(2026, 11, 4), "HQ", "FH-1102", reference=branch.document_id,
                      lines=[DraftLine("BP-3501010", 8, flag=True)]))
    page = page_for(qtbot, clerk)
    stock = page.show_tab("stock").view
    card = page.open_part_card(stock.model.key(0))
    qtbot.addWidget(card)
    QAbstractItemModelTester(card.history.model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    assert card.history.model.rowCount() == 4  # shipped, then received: in transit out, good in, owed to HQ
    card.at_date.setDate(date(2026, 11, 3))
    rows = {(b, c): (now, then) for b, c, now, then in card.balance_rows(date(2026, 11, 3))}
    assert rows[("good", "")] == (8, 0) and rows[("in_transit_in", "")] == (2, 10)
    assert rows[("owed_to", "HQ")] == (8, 0)
    shown = {card.balances.item(r, 0).text(): card.balances.item(r, 3).text() for r in range(card.balances.rowCount())}
    assert shown["在途（总部发来）"] == "10"


def test_master_data_add_and_edit_through_the_dialogs(qtbot, desk_actors, branch, monkeypatch):
    from ui.masterdata import PartDialog, PartyDialog
    from ledger.models import Part, Party

    page = page_for(qtbot, desk_actors["clerk"])
    monkeypatch.setattr(PartDialog, "ask", classmethod(lambda cls, parent, part=None, submit=None: submit({
        "number": " HS-3707010 ", "name": "火花塞", "spec": "", "unit": "个", "price_fen": 4550, "safety_stock": 12})))
    page.add_part()
    assert Part.get(Part.number == "HS-3707010").name_initials == "hhs"
    assert page.message.text() == "已新增备件 HS-3707010。"
    parts_view = page.show_tab("parts").view
    parts_view.select_key(Part.get(Part.number == "HS-3707010").id)
    monkeypatch.setattr(PartDialog, "ask", classmethod(lambda cls, parent, part=None, submit=None: submit({
        "number": part.number, "name": "火花塞（铱金）", "spec": "", "unit": "个", "price_fen": 9000,
        "safety_stock": 12})))
    page.edit_part()
    assert Part.get(Part.number == "HS-3707010").price_fen == 9000
    refused = []

    def ask_party(cls, parent, party=None, submit=None):  # the real dialog: a taken code keeps it open
        dialog = cls(parent, party, submit)
        qtbot.addWidget(dialog)
        dialog.code.setText("HQ")
        dialog.name.setText("重复")
        dialog.try_accept()
        refused.append((dialog.message.text(), dialog.code.property("invalid"), dialog.name.text(), dialog.result()))
        return None  # the clerk cancels

    monkeypatch.setattr(PartyDialog, "ask", classmethod(ask_party))
    page.add_party()
    assert refused == [("往来单位编码 HQ 已存在。", True, "重复", 0)] and Party.select().count() == 2


def test_part_dialog_refuses_a_price_with_three_decimals(qtbot):
    from ui.masterdata import PartDialog

    dialog = PartDialog()
    qtbot.addWidget(dialog)
    dialog.number.setText("X1")
    dialog.name.setText("测试")
    dialog.price.setText("1.005")
    assert dialog.values() is None and "单价“1.005”不是有效金额" in dialog.message.text()
    dialog.price.setText("１８５.５")
    assert dialog.values()["price_fen"] == 18550


def test_the_main_window_opens_the_parts_page(qtbot, desk_actors, branch):
    from ui.main_window import MainWindow

    window = MainWindow(desk_actors["clerk"], type("T", (), {"describe": lambda self: "test"})())
    qtbot.addWidget(window)
    assert isinstance(window.page_widget("parts"), PartsPage)
