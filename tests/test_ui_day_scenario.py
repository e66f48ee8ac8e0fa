"""A branch's whole day through the real widgets, offscreen (issue 11, "Done when").

The clerk logs in, keys an HQ shipment, receives it complete, issues parts to a station, reverses a
document, searches the archive, opens and closes a customer's profile, records a callback and a
complaint, produces and prints the daily report; then finance logs in on the same PC (文件 > 切换用户,
Ctrl+L) and signs, and the manager logs in and signs, which locks the day.

Everything is driven with keys and clicks on the main window and the dialogs it opens. Where a
dialog would block (exec), its ``ask`` seam is replaced by a function that builds the real dialog,
types into it and presses its button, so the dialog itself is exercised; only the system's print
dialog is replaced by a PDF printer.
"""
from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox

from archive import files, profile_crypto
from archive.callbacks import Callback
from archive.complaints import Complaint
from common.actor import Actor
from common.clock import branch_now, branch_today
from ledger import books, daily
from ledger.models import Document
from ledger.posting import create_part, create_party
from tests.conftest import TEST_PASSWORD
from tests.test_callbacks_domain import _id_number, car, repair
from ui import i18n, runner
from ui.callbacks_page import CallbackDialog, ComplaintDialog
from ui.daily_page import DailyPage
from ui.login import LoginDialog
from ui.main_window import PAGES, MainWindow


@pytest.fixture(autouse=True)
def settings(qapp, tmp_path, monkeypatch):
    monkeypatch.setenv("BRANCHDESK_DATA_DIR", str(tmp_path / "ui"))
    monkeypatch.setenv(profile_crypto.KEY_ENV, str(tmp_path / "profile.key"))
    i18n.install("zh")
    yield
    i18n.install("zh")


@pytest.fixture
def branch(desk_db, desk_actors):
    """The branch's master data and a customer whose car was delivered a week ago (a 7DC callback
    is due today), all dated on the branch's clock: the pages act at common.clock.branch_now()."""
    today = branch_today()
    manager, clerk = desk_actors["manager"].at(branch_now()), desk_actors["clerk"].at(branch_now())
    create_party(manager, "HQ", "客服本部", "hq")
    create_party(manager, "ZZ01", "郑州金水服务站", "station", "李强", "13803710001")
    create_part(manager, "BP-3501010", "前刹车片", "陶瓷", "套", 18500, 5)
    create_part(manager, "OF-1012010", "机油滤清器", "M20", "个", 3200, 20)
    zhang = files.create_customer(clerk, kind="person", name="张伟", id_number=_id_number(date(1980, 11, 27)),
                                  phone="13803711234")
    _, vin = car(clerk, zhang, today - timedelta(days=7))
    repair(clerk, vin, today - timedelta(days=3))
    return {"customer": zhang, "vin": vin, "db": desk_db}


def settle(qtbot) -> None:
    """Long work runs in a worker thread (ui.runner): wait until it is delivered."""
    qtbot.waitUntil(lambda: not runner.running(), timeout=30000)


def type_text(qtbot, widget, text: str) -> None:
    # QTest types ASCII keys only; Chinese arrives the way an input method commits it.
    if text.isascii():
        qtbot.keyClicks(widget, text)
    else:
        widget.insert(text)


def log_in(qtbot, username: str, password: str = TEST_PASSWORD) -> Actor:
    """The real login dialog: the user name, Enter (moves to the password), the password, Enter."""
    dialog = LoginDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.username.setFocus()
    dialog.username.clear()
    qtbot.keyClicks(dialog.username, username)
    qtbot.keyClick(dialog.username, Qt.Key.Key_Return)
    assert dialog.focusWidget() is dialog.password
    qtbot.keyClicks(dialog.password, password)
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted, dialog.message.text()
    return dialog.actor


def go_to(qtbot, window, key: str):
    """Ctrl+1..8, as the clerk switches pages."""
    number = [page.key for page in PAGES].index(key) + 1
    activate(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_0 + number, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page_key() == key
    return window.frames[key].content


def activate(qtbot, widget) -> None:
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)


def key_line(qtbot, form, part: str, qty: str) -> None:
    form.part_edit.setFocus()
    type_text(qtbot, form.part_edit, part)
    qtbot.keyClick(form.part_edit, Qt.Key.Key_Return)
    type_text(qtbot, form.qty_edit, qty)
    qtbot.keyClick(form.qty_edit, Qt.Key.Key_Return)


def choose(qtbot, combo, code: str) -> None:
    """Home, then Down until the item with that code (a combo box by keys)."""
    combo.setFocus()
    codes = [combo.itemData(row) for row in range(combo.count())]
    assert code in codes, codes
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    for _ in range(codes.index(code)):
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentData() == code


def choose_type(qtbot, form, code: str) -> None:
    choose(qtbot, form.type_combo, code)
    qtbot.keyClick(form.type_combo, Qt.Key.Key_Return)  # Enter moves on to the date


def choose_party(qtbot, form, code: str) -> None:
    choose(qtbot, form.party_combo, code)


def post_with_ctrl_enter(qtbot, form) -> str:
    assert form.lines, form.message.text()
    qtbot.keyClick(form.part_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot)
    assert form.message.text().startswith("已过账："), form.message.text()
    return form.message.text().split("：", 1)[1].split("（", 1)[0]


def reverse_with_reason(qtbot, view, monkeypatch, reason: str) -> None:
    """冲销: the reversal dialog shows what changes; the reason is typed and Enter posts."""
    from ui import document_view

    def ask(cls, parent, detail, effects, on_date):
        dialog = cls(parent, detail, effects, on_date)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        assert dialog.table.rowCount() > 0  # its effects on the books, before anything is posted
        type_text(qtbot, dialog.reason_edit, reason)
        qtbot.keyClick(dialog.reason_edit, Qt.Key.Key_Return)
        return dialog.reason() if dialog.result() == QDialog.DialogCode.Accepted else None

    monkeypatch.setattr(document_view.ReversalDialog, "ask", classmethod(ask))
    qtbot.mouseClick(view.reverse_button, Qt.MouseButton.LeftButton)


def press_ok(qtbot, dialog) -> None:
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def callback_answered(qtbot, score: int, remark: str):
    """The callback form as the clerk fills it: reached, each item scored, a remark, OK."""
    def ask(cls, parent, callback, submit=None):
        dialog = cls(callback, parent, submit)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        assert dialog.reached.isChecked()
        for spin in dialog.scores.values():
            spin.setFocus()
            spin.selectAll()
            qtbot.keyClicks(spin, str(score))
        dialog.remarks.setFocus()
        dialog.remarks.insertPlainText(remark)  # Chinese, as an input method commits it
        press_ok(qtbot, dialog)
        return dialog.result_value if dialog.result() == QDialog.DialogCode.Accepted else None
    return ask


def complaint_typed(qtbot, name: str, phone: str, summary: str):
    def ask(cls, parent, today, submit=None):
        dialog = cls(parent, today, submit)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        dialog.complainant.setFocus()
        type_text(qtbot, dialog.complainant, name)
        dialog.phone.setFocus()
        qtbot.keyClicks(dialog.phone, phone)
        dialog.summary.setFocus()
        dialog.summary.insertPlainText(summary)
        press_ok(qtbot, dialog)
        return dialog.result_value if dialog.result() == QDialog.DialogCode.Accepted else None
    return ask


def pdf_printer(path):
    from PySide6.QtPrintSupport import QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def switch_user(qtbot, window, monkeypatch, username: str) -> None:
    """Ctrl+L: the login dialog comes up (here: typed into by log_in) and the pages are rebuilt."""
    monkeypatch.setattr(LoginDialog, "ask", classmethod(lambda cls, parent=None, demo_hint=None, **kw:
                                                        log_in(qtbot, username)))
    activate(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.actor.user.username == username


def password_typed(qtbot, prompts: list | None = None):
    """The signing dialog: the signer's own password, Enter."""
    from ui.daily_page import SignDialog

    def ask(cls, parent, role, day, user_name):
        dialog = SignDialog(parent, role, day, user_name)  # owned by the page (gone at the next switch)
        dialog.show()
        qtbot.waitExposed(dialog)
        if prompts is not None:
            prompts.append(dialog.prompt.text())
        dialog.password.setFocus()
        qtbot.keyClicks(dialog.password, TEST_PASSWORD)
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
        return dialog.password.text() if dialog.result() == QDialog.DialogCode.Accepted else None
    return ask


def test_a_branch_day_clerk_finance_manager(qtbot, branch, monkeypatch, tmp_path):
    # -- the clerk logs in ------------------------------------------------------------------------
    clerk = log_in(qtbot, "clerk")
    window = MainWindow(clerk, branch["db"])
    qtbot.addWidget(window)
    window.show()
    activate(qtbot, window)
    assert "王丽" in window.user_label.text()

    # -- she keys HQ's delivery note: an HQ shipment of two lines ---------------------------------
    parts = go_to(qtbot, window, "parts")
    qtbot.mouseClick(parts.new_button, Qt.MouseButton.LeftButton)
    form = parts.form
    qtbot.waitExposed(form)
    activate(qtbot, form)
    choose_type(qtbot, form, "HQ_SHIP")
    choose_party(qtbot, form, "HQ")
    form.source_edit.setFocus()
    qtbot.keyClicks(form.source_edit, "FH-1201")
    key_line(qtbot, form, "BP-3501010", "10")
    key_line(qtbot, form, "jyl", "40")  # 机油滤清器 by its pinyin initials
    shipment = post_with_ctrl_enter(qtbot, form)
    assert Document.get(Document.number == shipment).doc_type == "HQ_SHIP"
    assert books.balances_at(None, "BP-3501010")["parts"]["BP-3501010"]["in_transit_in"] == 10

    # -- the goods arrive: 总部到货 against that shipment, 全部到货 fills every open line ----------
    choose_type(qtbot, form, "HQ_RECEIVE")
    choose_party(qtbot, form, "HQ")
    form.reference_edit.setFocus()
    qtbot.keyClicks(form.reference_edit, "FH-1201")  # HQ's delivery number finds our shipment
    qtbot.keyClick(form.reference_edit, Qt.Key.Key_Return)
    assert form.reference_edit.text() == shipment
    assert form.focusWidget() is form.fill_button
    qtbot.keyClick(form.fill_button, Qt.Key.Key_Space)  # 全部到货
    assert sorted((line.part_number, line.qty) for line in form.lines) == [("BP-3501010", 10), ("OF-1012010", 40)]
    receipt = post_with_ctrl_enter(qtbot, form)
    assert Document.get(Document.number == receipt).doc_type == "HQ_RECEIVE"
    stock = books.balances_at(None, "BP-3501010")["parts"]["BP-3501010"]
    assert (stock["good"], stock["in_transit_in"]) == (10, 0)

    # -- a station orders: 发服务站 ----------------------------------------------------------------
    choose_type(qtbot, form, "STATION_ISSUE")
    choose_party(qtbot, form, "ZZ01")
    key_line(qtbot, form, "BP-3501010", "4")
    issue = post_with_ctrl_enter(qtbot, form)
    assert Document.get(Document.number == issue).doc_type == "STATION_ISSUE"
    qtbot.keyClick(form, Qt.Key.Key_Escape)  # nothing unsaved: the form just closes
    assert not form.isVisible()

    # -- the issue went to the wrong station: she reverses it from the documents list -------------
    activate(qtbot, window)
    documents = parts.show_tab("documents")
    issued = Document.get(Document.number == issue)
    table = documents.view.table
    qtbot.waitUntil(table.isVisible)
    documents.view.select_key(issued.id)
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Return)  # Enter opens the document
    view = next(w for w in QApplication.topLevelWidgets()
                if type(w).__name__ == "DocumentView" and w.isVisible() and w.detail["number"] == issue)
    reverse_with_reason(qtbot, view, monkeypatch, "发错服务站")
    assert view.message.text().startswith("已冲销")
    reversal = Document.get((Document.doc_type == "REVERSAL") & (Document.reference == issued.id))
    assert reversal.remark == "发错服务站"
    assert books.balances_at(None, "BP-3501010")["parts"]["BP-3501010"]["good"] == 10
    view.close()

    # -- a customer phones: she finds his car in the archive by the pinyin initials of his name ---
    archive = go_to(qtbot, window, "archive")
    archive.query.setFocus()
    qtbot.keyClicks(archive.query, "zw")
    qtbot.keyClick(archive.query, Qt.Key.Key_Return)
    assert [hit.vin for hit in archive.hits] == [branch["vin"]]
    table = archive.results
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton,
                     pos=table.visualRect(table.model().index(0, 1)).center())
    assert archive.vehicle.found is not None and archive.vehicle.found.vehicle.vin == branch["vin"]

    # -- ... opens his 麦凯66 profile and closes it again (Esc) -------------------------------------
    customers = go_to(qtbot, window, "customers")
    customers.view.select_key(branch["customer"].id)
    qtbot.mouseClick(customers.profile_button, Qt.MouseButton.LeftButton)
    profile = next(w for w in QApplication.topLevelWidgets() if type(w).__name__ == "ProfileDialog" and w.isVisible())
    qtbot.waitExposed(profile)
    activate(qtbot, profile)
    qtbot.keyClick(profile.focusWidget() or profile, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not profile.isVisible())
    activate(qtbot, window)

    # -- the morning's callbacks: she records the first one with its scores ------------------------
    service = go_to(qtbot, window, "service")
    panel = service.callbacks
    if panel.model.rowCount() == 0:
        qtbot.mouseClick(panel.generate_button, Qt.MouseButton.LeftButton)
    due = panel.model.rowCount()
    assert due >= 1
    panel.list.table.selectRow(0)
    first = panel.current_callback()
    monkeypatch.setattr(CallbackDialog, "ask", classmethod(callback_answered(qtbot, score=9, remark="很满意")))
    qtbot.mouseClick(panel.call_button, Qt.MouseButton.LeftButton)
    assert "已回访" in panel.message.text(), panel.message.text()
    assert Callback.get_by_id(first.id).state == "done"
    assert panel.model.rowCount() == due - 1

    # -- ... and a complaint comes in by phone --------------------------------------------------
    qtbot.mouseClick(service.tabs.tabBar(), Qt.MouseButton.LeftButton,
                     pos=service.tabs.tabBar().tabRect(service.tabs.indexOf(service.complaints)).center())
    assert service.tabs.currentWidget() is service.complaints
    monkeypatch.setattr(ComplaintDialog, "ask", classmethod(complaint_typed(qtbot, "张伟", "13803711234",
                                                                             "保养等待超过三小时")))
    qtbot.mouseClick(service.complaints.new_button, Qt.MouseButton.LeftButton)
    assert Complaint.select().where(Complaint.summary == "保养等待超过三小时").exists(), \
        service.complaints.message.text()

    # -- end of the day: she produces the daily report and prints it -----------------------------
    today = branch_today()
    report = go_to(qtbot, window, "daily")
    assert report.day == today
    qtbot.mouseClick(report.produce_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert daily.day_state(today) == "produced", report.message.text()
    numbers = {report.lines_table.item(row, 0).text() for row in range(report.lines_table.rowCount())}
    assert {shipment, receipt, issue} <= numbers
    printed = tmp_path / "daily.pdf"
    monkeypatch.setattr(DailyPage, "ask_printer", classmethod(lambda cls, parent: pdf_printer(printed)))
    qtbot.mouseClick(report.print_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert daily.day_state(today) == "printed", report.message.text()
    assert printed.exists() and printed.stat().st_size > 0

    # -- finance signs on the clerk's PC: 文件 > 切换用户 (Ctrl+L) ---------------------------------
    switch_user(qtbot, window, monkeypatch, "finance")
    assert "陈静" in window.user_label.text() or window.actor.user.username == "finance"
    report = go_to(qtbot, window, "daily")
    monkeypatch.setattr(DailyPage, "ask_password", classmethod(password_typed(qtbot)))
    qtbot.mouseClick(report.finance_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert daily.day_state(today) == "finance_signed", report.message.text()

    # -- the manager signs, which locks the day --------------------------------------------------
    switch_user(qtbot, window, monkeypatch, "manager")
    assert window.actor.user.username == "manager"
    report = go_to(qtbot, window, "daily")
    prompts = []
    monkeypatch.setattr(DailyPage, "ask_password", classmethod(password_typed(qtbot, prompts)))
    qtbot.mouseClick(report.manager_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert daily.day_state(today) == "locked", report.message.text()
    assert "锁定" in prompts[0]  # she was told that signing locks the day
    assert "锁定" in report.state_label.text()
