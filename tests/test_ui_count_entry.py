"""Keying a stocktake's counts by hand (录入实盘数), with the keyboard only and counted as in
tests/test_ui_document_keyboard.py: besides the counts themselves (digits + Enter per line), a
22-line count sheet is saved in a handful of keys; a blank line is refused by name, a refusal and
closing never lose what was typed."""
from datetime import date

import pytest
import shiboken6
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from ledger import stocktake
from ledger.posting import Draft, create_part, post
from tests.conftest import NOW
from tests.test_ui_document_keyboard import Keyboard
from tests.test_ui_parts import ui_settings_dir  # noqa: F401
from ui.count_entry import CountEntryDialog
from ui.reconcile_page import ReconcilePage

GOOD, BAD = CountEntryDialog.GOOD, CountEntryDialog.BAD


@pytest.fixture
def counting(desk_actors):
    """22 parts with book good 10, 11, ... and a count started."""
    manager = desk_actors["manager"]
    numbers = [f"P-{n:04d}" for n in range(22)]
    for n, number in enumerate(numbers):
        create_part(manager, number, f"备件{n}", "", "个", 1000 + n, 0)
    post(manager, Draft("ADJUST_GOOD", date(2026, 11, 10), lines=[(p, 10 + n) for n, p in enumerate(numbers)],
                        remark="期初盘盈"))
    stocktake.start(manager)
    return numbers


def closed(dialog) -> bool:
    return not shiboken6.isValid(dialog) or not dialog.isVisible()  # the page deletes it once closed


def open_entry(qtbot, clerk):
    page = ReconcilePage(clerk, clock=lambda: NOW)
    qtbot.addWidget(page)
    page.tabs.setCurrentWidget(page.stocktake)
    page.show()
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    page.stocktake.key_button.setFocus()
    keys = Keyboard(qtbot, page)
    keys.press(Qt.Key.Key_K, Qt.KeyboardModifier.AltModifier)  # 录入实盘数(&K)
    dialog = page.stocktake.count_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(dialog.isActiveWindow)
    keys.window = dialog
    return page, dialog, keys


def type_counts(keys, counts):
    """The counts as the clerk keys them: digits then Enter per line. Returns the keys pressed."""
    before = keys.count
    for value in counts:
        keys.type(str(value))
        keys.press(Qt.Key.Key_Return)
    return keys.count - before


def test_a_22_line_count_sheet_is_keyed_and_saved_in_at_most_10_keys_besides_the_counts(
        qtbot, desk_actors, counting):
    clerk = desk_actors["clerk"]
    page, dialog, keys = open_entry(qtbot, clerk)
    table = dialog.table
    assert QApplication.focusWidget() is table and (table.currentRow(), table.currentColumn()) == (0, GOOD)
    # Blind: the parts and their 序号, never a book quantity.
    headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    assert headers == ["序号", "备件编号", "备件名称", "规格", "单位", "好件实数", "坏件实数"]
    assert table.rowCount() == 22 and [table.item(r, 1).text() for r in range(22)] == counting
    assert all(table.item(r, GOOD).text() == "" for r in range(22))
    counted = [10 + n for n in range(22)]
    counted[3], counted[5] = 7, 120  # 13 on the books: 6 short; 15: 105 over
    typed = type_counts(keys, counted)
    keys.press(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # 保存
    assert closed(dialog), dialog.message.text()
    assert keys.count - typed <= 10, keys.count - typed
    assert page.stocktake.message.text() == "已录入 22 种备件的实盘数。"
    report = stocktake.variance_report()
    assert (report.counted, report.not_counted) == (22, 0)
    assert [(l.part_number, l.variance_good, l.variance_bad) for l in report.lines] == [
        ("P-0003", -6, 0), ("P-0005", 105, 0)]
    assert page.stocktake.variances.rowCount() == 2  # the page shows the variances at once


def test_a_blank_line_is_refused_by_its_number_and_nothing_typed_is_lost(qtbot, desk_actors, counting):
    page, dialog, keys = open_entry(qtbot, desk_actors["clerk"])
    table = dialog.table
    type_counts(keys, [10 + n for n in range(5)])
    keys.press(Qt.Key.Key_Return)  # line 6 left blank
    type_counts(keys, [16 + n for n in range(16)])
    keys.press(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.isVisible() and "序号 6（备件 P-0005）的好件实数未填写" in dialog.message.text()
    assert (table.currentRow(), table.currentColumn()) == (5, GOOD)
    assert stocktake.variance_report().counted == 0
    assert table.item(4, GOOD).text() == "14" and table.item(21, GOOD).text() == "31"
    keys.type("19")
    keys.press(Qt.Key.Key_Backspace)  # 1
    keys.type("5")
    assert table.item(5, GOOD).text() == "15"
    keys.press(Qt.Key.Key_Up)
    keys.press(Qt.Key.Key_Delete)
    assert table.item(4, GOOD).text() == ""
    keys.type("x")
    assert "“x”不能输入" in dialog.message.text() and table.item(4, GOOD).text() == ""
    for char in "１４":  # full-width, as a Chinese input method types (QTest cannot click those)
        QApplication.sendEvent(keys.target(), QKeyEvent(QEvent.Type.KeyPress, 0, Qt.KeyboardModifier.NoModifier, char))
    keys.press(Qt.Key.Key_Tab)  # 坏件实数 of the same line
    keys.type("2")
    keys.press(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert closed(dialog), dialog.message.text()
    report = stocktake.variance_report()
    assert report.counted == 22 and [(l.part_number, l.counted_good, l.counted_bad) for l in report.lines] == [
        ("P-0004", 14, 2)]


def test_a_domain_refusal_keeps_the_typed_counts(qtbot, desk_actors, counting):
    clerk = desk_actors["clerk"]
    page, dialog, keys = open_entry(qtbot, clerk)
    type_counts(keys, [10 + n for n in range(22)])
    stocktake.enter_counts(desk_actors["manager"], [stocktake.Count("P-0002", 9)])  # keyed meanwhile
    keys.press(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.isVisible() and "备件 P-0002 已录入实数 9，本次为 12" in dialog.message.text()
    assert [dialog.table.item(r, GOOD).text() for r in range(22)] == [str(10 + n) for n in range(22)]
    assert stocktake.variance_report().counted == 1


def test_closing_with_typed_counts_asks_and_cancel_keeps_them(qtbot, desk_actors, counting, monkeypatch):
    page, dialog, keys = open_entry(qtbot, desk_actors["clerk"])
    type_counts(keys, [10, 11, 12])
    asked, answers = [], [CountEntryDialog.CANCEL, CountEntryDialog.SAVE, CountEntryDialog.DISCARD]
    monkeypatch.setattr(CountEntryDialog, "ask_close", classmethod(
        lambda cls, parent, lines: asked.append(lines) or answers.pop(0)))
    keys.press(Qt.Key.Key_Escape)
    assert asked == [3] and dialog.isVisible() and dialog.table.item(2, GOOD).text() == "12"
    keys.press(Qt.Key.Key_Escape)  # 保存: refused (19 lines blank), so the dialog stays with its counts
    assert dialog.isVisible() and "序号 4（备件 P-0003）的好件实数未填写" in dialog.message.text()
    assert dialog.table.item(0, GOOD).text() == "10"
    keys.press(Qt.Key.Key_Escape)  # 放弃
    assert closed(dialog) and asked == [3, 3, 3]
    assert stocktake.variance_report().counted == 0
