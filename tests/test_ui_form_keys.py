"""Keyboard first in every form dialog (ui/forms.FormKeys): Enter moves to the next field and
submits on the last one, Ctrl+Enter submits from anywhere, Enter presses the focused button, and
the focused button shows a ring."""
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog

from tests.test_ui_dialog_validation import commit_text

TODAY = date(2026, 11, 23)


def shown(qtbot, dialog):
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def enter(qtbot, dialog, modifier=Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return, modifier)


@pytest.fixture
def customer_dialog(qtbot, qapp):
    from ui.customers_page import CustomerDialog

    submitted = []
    dialog = shown(qtbot, CustomerDialog(submit=lambda values: submitted.append(values) or values))
    dialog.submitted = submitted
    return dialog


def test_enter_walks_the_fields_in_order_and_submits_on_the_last(qtbot, customer_dialog):
    dialog = customer_dialog
    dialog.kind.setFocus()
    order = []
    for _ in range(4):
        enter(qtbot, dialog)
        order.append(dialog.focusWidget())
    assert order == [dialog.name, dialog.id_number, dialog.phone, dialog.address]
    assert dialog.isVisible() and dialog.submitted == []
    commit_text(dialog.address, "郑州市金水路1号")
    enter(qtbot, dialog)  # the last field: Enter saves
    assert not dialog.isVisible() and dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.submitted[0]["address"] == "郑州市金水路1号"


def test_ctrl_enter_submits_from_the_first_field(qtbot, customer_dialog):
    dialog = customer_dialog
    dialog.name.setFocus()
    commit_text(dialog.name, "王芳")
    enter(qtbot, dialog, Qt.KeyboardModifier.ControlModifier)
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.submitted[0]["name"] == "王芳"


def test_ctrl_enter_submits_from_a_multi_line_text_where_enter_is_a_new_line(qtbot, sqlite_actors):
    from ui.callbacks_page import ComplaintDialog

    received = []
    dialog = shown(qtbot, ComplaintDialog(today=TODAY, submit=received.append))
    dialog.summary.setFocus()
    commit_text(dialog.summary, "第一行")
    enter(qtbot, dialog)
    assert dialog.isVisible() and dialog.summary.toPlainText() == "第一行\n"
    enter(qtbot, dialog, Qt.KeyboardModifier.ControlModifier)
    assert dialog.result() == QDialog.DialogCode.Accepted and received[0]["summary"] == "第一行\n"


def test_enter_on_the_focused_cancel_button_cancels(qtbot, customer_dialog):
    dialog = customer_dialog
    cancel = dialog.buttons.button(dialog.buttons.StandardButton.Cancel)
    dialog.address.setFocus()
    qtbot.keyClick(dialog.address, Qt.Key.Key_Tab)
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
    assert dialog.focusWidget() is cancel
    enter(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Rejected and dialog.submitted == []


def test_enter_stays_on_a_wrong_date_and_says_why(qtbot, sqlite_actors):
    from ui.callbacks_page import ComplaintDialog

    dialog = shown(qtbot, ComplaintDialog(today=TODAY, submit=lambda values: values))
    dialog.received_on.setFocus()
    dialog.received_on.selectAll()
    qtbot.keyClicks(dialog.received_on, "2026-13-40")
    enter(qtbot, dialog)
    assert dialog.focusWidget() is dialog.received_on and dialog.received_on.property("invalid") is True
    dialog.received_on.selectAll()
    qtbot.keyClicks(dialog.received_on, "11-20")
    enter(qtbot, dialog)
    assert dialog.focusWidget() is dialog.channel and dialog.received_on.date().toPython() == date(2026, 11, 20)


def test_the_focused_button_has_a_visible_ring(qtbot, customer_dialog):
    from ui import style

    dialog = customer_dialog
    dialog.setStyleSheet(style.STYLESHEET)
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    cancel = dialog.buttons.button(dialog.buttons.StandardButton.Cancel)
    cancel.setFocus()
    QApplication.processEvents()
    focused = cancel.grab().toImage()
    ok.setFocus()
    QApplication.processEvents()
    unfocused = cancel.grab().toImage()
    assert focused != unfocused
    # The ring is the accent colour at the button's edge.
    assert focused.pixelColor(1, focused.height() // 2).name() == style.ACCENT


def test_enter_in_the_manager_username_moves_to_the_password_not_to_ok(qtbot, qapp):
    from ui.document_form import ManagerDialog

    dialog = shown(qtbot, ManagerDialog(doc_type="SCRAP"))
    dialog.username.setFocus()
    qtbot.keyClicks(dialog.username, "manager")
    enter(qtbot, dialog)
    assert dialog.isVisible() and dialog.focusWidget() is dialog.password
    qtbot.keyClicks(dialog.password, "secret")
    enter(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
