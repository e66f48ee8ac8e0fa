"""The document form with the keyboard only, counted: every key below is one key a clerk presses
(``Keyboard.press`` / ``Keyboard.type`` send it to whatever has the focus, as a keyboard does).

A 22-line HQ shipment is received complete in a handful of keys, a station's bad parts returned
against what it owes likewise; Enter walks the header, Ctrl+Enter posts, Enter presses the focused
button, several matches open a list, quantities and prices are typed over in the table, Del
deletes a line, and a barcode scanner adds lines."""
from datetime import date

import pytest
import shiboken6
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from ledger import books
from ledger.models import Document, DocumentLine
from ledger.posting import Draft, DraftLine, create_part, post
from tests.test_ui_parts import CLOCK, branch, key_line, make_form, page_for, ui_settings_dir  # noqa: F401


class Keyboard:
    """Keys go where the keyboard would send them: the open popup, else the focused widget."""

    def __init__(self, qtbot, window):
        self.qtbot = qtbot
        self.window = window
        self.count = 0

    def target(self):
        popup = QApplication.activePopupWidget()
        if popup is not None:
            return popup
        focus = QApplication.focusWidget()
        if focus is None or not shiboken6.isValid(focus) or not self.window.isAncestorOf(focus):
            # A window system gives the activation back to the dialog when a popup (a completer's
            # list) closes; the offscreen platform does not, so do it here (keeping the focus).
            focus = self.window.focusWidget()
            self.window.activateWindow()
            self.qtbot.waitUntil(self.window.isActiveWindow)
            if focus is not None:
                focus.setFocus()
        return QApplication.focusWidget()

    def press(self, key, modifier=Qt.KeyboardModifier.NoModifier):
        self.count += 1
        self.qtbot.keyClick(self.target(), key, modifier)
        # The event loop runs between two keys of a real clerk: a table commits its editor, and a
        # button's mnemonic clicks, after the key event itself.
        self.qtbot.wait(200 if modifier & Qt.KeyboardModifier.AltModifier else 20)

    def type(self, text):
        for char in text:
            self.count += 1
            self.qtbot.keyClick(self.target(), char)
            QApplication.processEvents()


def focused():
    return QApplication.focusWidget()


def shown(qtbot, form):
    form.activateWindow()
    qtbot.waitUntil(form.isActiveWindow)
    form.start()
    return Keyboard(qtbot, form)


@pytest.fixture
def twenty_two(desk_actors, branch):
    manager = desk_actors["manager"]
    numbers = [f"P-{n:04d}" for n in range(22)]
    for n, number in enumerate(numbers):
        create_part(manager, number, f"备件{n}", "", "个", 1000 + n, 0)
    return numbers


def test_a_22_line_shipment_is_received_complete_in_at_most_10_keys(qtbot, desk_actors, twenty_two):
    clerk = desk_actors["clerk"]
    ship = post(clerk, Draft("HQ_SHIP", date(2026, 11, 20), "HQ", "FH-2211",
                             lines=[(number, 3 + n) for n, number in enumerate(twenty_two)]))
    page = page_for(qtbot, clerk)
    form = page.open_form("HQ_RECEIVE")
    keys = shown(qtbot, form)
    keys.press(Qt.Key.Key_Down)  # the open shipments
    assert form.pick_list.isVisible() and ship.document_id in form.pick_list.values()
    form.pick_list.setCurrentRow(form.pick_list.values().index(ship.document_id))  # (the newest is below)
    keys.press(Qt.Key.Key_Return)
    assert form.reference_edit.text() == ship.number and form.party_combo.currentData() == "HQ"
    assert form.source_edit.text() == "FH-2211" and focused() is form.fill_button
    keys.press(Qt.Key.Key_Return)  # 全部到货
    assert len(form.lines) == 22
    keys.press(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # post
    assert form.message.text().startswith("已过账：ZD-2026-000001"), form.message.text()
    assert keys.count <= 10, keys.count
    receipt = Document.get(Document.doc_type == "HQ_RECEIVE")
    assert receipt.reference_id == ship.document_id and receipt.source_number == "FH-2211"
    assert {(l.part.number, l.qty) for l in DocumentLine.select().where(DocumentLine.document == receipt.id)} == {
        (number, 3 + n) for n, number in enumerate(twenty_two)}
    assert books.balances_at(None, "P-0021")["parts"]["P-0021"] == {
        "good": 24, "bad": 0, "in_transit_in": 0, "in_transit_out": 0, "owed_to": {}, "owed_by": {}}


def test_the_only_open_shipment_with_one_exception_edited_in_the_table(qtbot, desk_actors, twenty_two):
    clerk = desk_actors["clerk"]
    # Only this shipment is open (the branch fixture's one is received first).
    post(clerk, Draft("HQ_RECEIVE", date(2026, 11, 3), "HQ", "FH-1102", reference="FH-1102",
                      lines=[("BP-3501010", 10), ("OF-1012010", 40)]))
    ship = post(clerk, Draft("HQ_SHIP", date(2026, 11, 20), "HQ", "FH-2211", lines=[(n, 5) for n in twenty_two]))
    form = page_for(qtbot, clerk).open_form("HQ_RECEIVE")
    keys = shown(qtbot, form)
    keys.type("2211")  # part of HQ's number
    keys.press(Qt.Key.Key_Return)
    assert form.reference_edit.text() == ship.number
    keys.press(Qt.Key.Key_Return)  # 全部到货
    keys.press(Qt.Key.Key_Down)  # second line's quantity: one part arrived short
    keys.type("4")
    keys.press(Qt.Key.Key_Return)
    assert [line.qty for line in form.lines[:3]] == [5, 4, 5]
    keys.press(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert form.message.text().startswith("已过账："), form.message.text()
    assert keys.count <= 12, keys.count
    assert books.balances_at(None, "P-0001")["parts"]["P-0001"]["in_transit_in"] == 1


def test_a_station_returns_the_22_bad_parts_it_owes_in_at_most_10_keys(qtbot, desk_actors, twenty_two):
    clerk, manager = desk_actors["clerk"], desk_actors["manager"]
    post(manager, Draft("ADJUST_GOOD", date(2026, 11, 10), lines=[(n, 10) for n in twenty_two], remark="期初盘盈"))
    post(clerk, Draft("STATION_ISSUE", date(2026, 11, 12), "ZZ01", "SQ-9",
                      lines=[DraftLine(n, 2, flag=True) for n in twenty_two]))
    form = page_for(qtbot, clerk).open_form("STATION_BAD_RETURN")
    keys = shown(qtbot, form)
    assert focused() is form.party_combo
    keys.type("Z")  # 郑州金水服务站 (ZZ01)
    assert form.party_combo.currentData() == "ZZ01"
    keys.press(Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)  # 按所欠全部返回
    assert len(form.lines) == 22 and focused() is form.lines_table
    keys.press(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert form.message.text().startswith("已过账：FH-2026-000001"), form.message.text()
    assert keys.count <= 10, keys.count
    assert books.owed_by_party("ZZ01") == []
    assert books.balances_at(None, "P-0005")["parts"]["P-0005"]["bad"] == 2


def test_enter_walks_the_header_in_order_and_skips_what_the_type_hides(qtbot, desk_actors, branch):
    form = make_form(qtbot, desk_actors["clerk"], "HQ_RECEIVE")
    keys = shown(qtbot, form)
    form.type_combo.setFocus()
    seen = []
    for _ in range(7):
        keys.press(Qt.Key.Key_Return)
        seen.append(focused())
    assert seen == [form.date_edit, form.party_combo, form.source_edit, form.reference_edit, form.flag_check,
                    form.remark_edit, form.part_edit]
    issue = make_form(qtbot, desk_actors["clerk"], "SCRAP")  # no party, reference nor flag
    keys = shown(qtbot, issue)
    issue.type_combo.setFocus()
    keys.press(Qt.Key.Key_Return)
    keys.press(Qt.Key.Key_Return)
    assert focused() is issue.source_edit
    keys.press(Qt.Key.Key_Return)
    assert focused() is issue.remark_edit


def test_a_wrong_date_keeps_the_focus_and_says_why(qtbot, desk_actors, branch):
    form = make_form(qtbot, desk_actors["clerk"], "STATION_ISSUE")
    keys = shown(qtbot, form)
    form.date_edit.setFocus()
    form.date_edit.selectAll()
    keys.type("20261301")
    keys.press(Qt.Key.Key_Return)
    assert focused() is form.date_edit and "不是有效日期" in form.message.text()


def test_enter_on_the_focused_post_button_posts_and_ctrl_enter_posts_from_a_header_field(
        qtbot, desk_actors, branch):
    form = make_form(qtbot, desk_actors["clerk"], "HQ_RECEIVE")
    keys = shown(qtbot, form)
    form.reference_edit.setText("FH-1102")
    key_line(qtbot, form, "BP-3501010", "2")
    keys.press(Qt.Key.Key_Return)  # Enter on the empty part field: to 过账
    assert focused() is form.post_button
    keys.press(Qt.Key.Key_Return)
    assert form.message.text().startswith("已过账：ZD-2026-000001"), form.message.text()
    form.reference_edit.setText("FH-1102")
    key_line(qtbot, form, "BP-3501010", "3")
    form.source_edit.setFocus()
    keys.press(Qt.Key.Key_Enter, Qt.KeyboardModifier.ControlModifier)
    assert form.message.text().startswith("已过账：ZD-2026-000002"), form.message.text()


def test_enter_in_a_field_never_presses_a_button(qtbot, desk_actors, branch):
    form = make_form(qtbot, desk_actors["clerk"], "STATION_ISSUE")
    keys = shown(qtbot, form)
    form.lines = []
    form.source_edit.setFocus()
    keys.type("SQ-1")
    keys.press(Qt.Key.Key_Return)
    assert form.isVisible() and Document.select().count() == 1 and focused() is form.flag_check


def test_ambiguous_pinyin_initials_open_a_list_to_pick_from(qtbot, desk_actors, branch):
    create_part(desk_actors["manager"], "BD-3501020", "前刹车盘", "", "个", 26000, 2)  # also qscp
    form = make_form(qtbot, desk_actors["clerk"], "STATION_ISSUE")
    keys = shown(qtbot, form)
    form.part_edit.setFocus()
    keys.type("qscp")
    keys.press(Qt.Key.Key_Return)
    assert form.pick_list.isVisible() and sorted(form.pick_list.values()) == ["BD-3501020", "BP-3501010"]
    assert "对应 2 个备件" in form.message.text()
    assert form.lines == [] and form.part_edit.text() == "qscp"  # nothing taken for the clerk
    keys.press(Qt.Key.Key_Down)
    picked = form.pick_list.currentItem().data(Qt.ItemDataRole.UserRole)
    keys.press(Qt.Key.Key_Return)
    assert not form.pick_list.isVisible() and form.part_edit.text() == picked
    assert focused() is form.qty_edit
    keys.type("1")
    keys.press(Qt.Key.Key_Return)
    assert [line.part_number for line in form.lines] == [picked]


def test_quantity_and_price_are_edited_in_place_and_del_deletes_a_line(qtbot, desk_actors, branch):
    form = make_form(qtbot, desk_actors["clerk"], "HQ_RECEIVE")
    keys = shown(qtbot, form)
    form.reference_edit.setText("FH-1102")
    # Lines keyed without the completer's list (the offscreen platform leaves a closed popup the
    # active window, which would take the table's editor away).
    for number, qty in (("BP-3501010", "2"), ("OF-1012010", "10")):
        form.part_edit.setText(number)
        form.part_entered()
        form.qty_edit.setText(qty)
        form.qty_entered()
    table = form.lines_table
    table.setFocus()
    table.setCurrentCell(0, form.QTY_COLUMN)
    keys.type("7")
    keys.press(Qt.Key.Key_Return)
    assert form.lines[0].qty == 7 and table.item(0, form.QTY_COLUMN).text() == "7"
    assert table.item(0, 6).text() == "1,295.00" and "数量合计 17" in form.totals.text()
    table.setCurrentCell(0, form.PRICE_COLUMN)
    keys.type("190.5")
    keys.press(Qt.Key.Key_Return)
    assert form.lines[0].price_fen == 19050 and table.item(0, 6).text() == "1,333.50", (form.message.text(), table.item(0, 5).text(), focused())
    table.setCurrentCell(1, form.QTY_COLUMN)
    keys.type("x")
    keys.press(Qt.Key.Key_Return)
    assert form.lines[1].qty == 10 and table.item(1, form.QTY_COLUMN).text() == "10"
    assert "数量“x”无效" in form.message.text()
    # The name column cannot be typed over.
    table.setCurrentCell(1, 2)
    keys.type("z")
    assert table.item(1, 2).text() == "机油滤清器"
    table.setCurrentCell(0, 1)
    keys.press(Qt.Key.Key_Delete)
    assert [line.part_number for line in form.lines] == ["OF-1012010"] and table.rowCount() == 1
    form.post_document()
    receipt = Document.get(Document.doc_type == "HQ_RECEIVE")
    assert [(l.qty, l.price_fen) for l in receipt.lines] == [(10, 3200)]


def scan(qtbot, widget, code, start_ms=100_000, gap_ms=8):
    """A keyboard-wedge scanner: the characters, then Enter, a few ms apart (window-system times)."""
    for n, char in enumerate(list(code) + ["\r"]):
        key = Qt.Key.Key_Return if char == "\r" else Qt.Key(ord(char.upper()))
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, char)
            event.setTimestamp(start_ms + n * gap_ms)
            QApplication.sendEvent(widget, event)


def test_a_barcode_scanner_in_the_part_field_adds_lines_and_beeps_at_an_unknown_code(
        qtbot, desk_actors, branch):
    form = make_form(qtbot, desk_actors["clerk"], "HQ_RECEIVE")
    shown(qtbot, form)
    beeps = []
    form.beep = lambda: beeps.append(1)
    form.part_edit.setFocus()
    scan(qtbot, form.part_edit, "BP-3501010")
    assert [(l.part_number, l.qty) for l in form.lines] == [("BP-3501010", 1)]
    assert form.part_edit.text() == "" and focused() is form.part_edit
    scan(qtbot, form.part_edit, "BP-3501010", start_ms=200_000)
    scan(qtbot, form.part_edit, "OF-1012010", start_ms=300_000)
    assert [(l.part_number, l.qty) for l in form.lines] == [("BP-3501010", 2), ("OF-1012010", 1)]
    scan(qtbot, form.part_edit, "XX-0000001", start_ms=400_000)
    assert beeps == [1] and "条码“XX-0000001”不是任何备件的编号" in form.message.text()
    assert len(form.lines) == 2
    # The same characters typed by hand (80 ms apart) go to the quantity field as before.
    scan(qtbot, form.part_edit, "OF-1012010", start_ms=500_000, gap_ms=80)
    assert focused() is form.qty_edit and [l.qty for l in form.lines] == [2, 1]


def test_ambiguous_party_initials_open_a_list_and_a_unique_code_is_taken_at_once(qtbot, desk_actors, branch):
    from ledger.posting import create_party

    create_party(desk_actors["manager"], "ZZ02", "郑州中原服务站", "station")  # initials zzzyfwz
    form = make_form(qtbot, desk_actors["clerk"], "STATION_ISSUE")
    keys = shown(qtbot, form)
    assert focused() is form.party_combo
    keys.type("zz")  # both 郑州 stations: code and pinyin initials
    assert form.party_combo.currentData() == "ZZ01" and "对应 2 个往来单位" in form.message.text()
    keys.press(Qt.Key.Key_Return)
    assert form.pick_list.isVisible() and form.pick_list.values() == ["ZZ01", "ZZ02"]
    keys.press(Qt.Key.Key_Down)
    keys.press(Qt.Key.Key_Return)
    assert form.party_combo.currentData() == "ZZ02" and focused() is form.source_edit
    form.party_combo.setFocus()
    keys.type("zzzy")  # 郑州中原 by its initials alone: one match, taken as typed
    assert form.party_combo.currentData() == "ZZ02"
    keys.press(Qt.Key.Key_Return)
    assert not form.pick_list.isVisible() and focused() is form.source_edit
