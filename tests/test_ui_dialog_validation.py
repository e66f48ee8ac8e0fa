"""A form dialog never loses what was typed: a missing or wrong field keeps the dialog open, marks
that field (property ``invalid``), says which field in the message line and keeps every input.

The dialogs are opened the way a clerk opens them (the page's button, a real ``exec()``); the
clerk's typing happens while the dialog is modal, from a zero-delay timer."""
from datetime import date, datetime

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QInputMethodEvent, QKeyEvent
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication, QDialog

import pytest

from archive import callbacks, complaints
from tests.test_callbacks_ui import shop  # noqa: F401 - the fixture: two customers, a new car, a repair

TODAY = date(2026, 11, 23)
CLOCK = lambda: datetime(2026, 11, 23, 10, 0)  # noqa: E731


def commit_text(widget, text: str) -> None:
    """Text as a Chinese input method commits it (qtbot.keyClicks is ASCII-only)."""
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def in_dialog(qtbot, open_it, clerk):
    """Run ``open_it()`` (which opens a modal dialog) while ``clerk(dialog)`` types into it; then
    close whatever is still open. Returns what ``clerk`` returned."""
    seen = {}

    def act():
        dialog = QApplication.activeModalWidget()
        if dialog is None:  # not shown yet
            QTimer.singleShot(10, act)
            return
        try:
            seen["result"] = clerk(dialog)
        finally:
            if dialog.isVisible():
                dialog.reject()

    QTimer.singleShot(0, act)
    open_it()
    return seen.get("result")


def press_ok(qtbot, dialog) -> None:
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton)


def test_a_complaint_without_complainant_stays_open_marked_and_keeps_the_text(qtbot, shop):
    from ui.callbacks_page import ComplaintsPanel

    panel = ComplaintsPanel(shop["clerk"], clock=CLOCK)
    qtbot.addWidget(panel)

    def clerk(dialog):
        qtbot.keyClicks(dialog.phone, "13803711234")
        commit_text(dialog.summary, "保养等待超过三小时")
        press_ok(qtbot, dialog)
        state = dict(open=dialog.isVisible(), phone=dialog.phone.text(), summary=dialog.summary.toPlainText(),
                     marked=dialog.complainant.property("invalid"), focus=dialog.focusWidget() is dialog.complainant,
                     message=dialog.message.text())
        commit_text(dialog.complainant, "张伟")  # the clerk fills it in and saves again
        state["mark_after_typing"] = dialog.complainant.property("invalid")
        press_ok(qtbot, dialog)
        state["closed"] = not dialog.isVisible()
        return state

    state = in_dialog(qtbot, panel.new_button.click, clerk)
    assert state["open"] and state["marked"] is True and state["focus"]
    assert state["phone"] == "13803711234" and state["summary"] == "保养等待超过三小时"
    assert state["message"] == "请填写投诉人。"
    assert state["mark_after_typing"] is False and state["closed"]
    assert complaints.Complaint.get().complainant == "张伟" and "TS202611001" in panel.message.text()


def test_a_complaint_dated_tomorrow_is_marked_on_the_date_not_snapped_to_today(qtbot, shop):
    from ui.callbacks_page import ComplaintsPanel

    panel = ComplaintsPanel(shop["clerk"], clock=CLOCK)
    qtbot.addWidget(panel)

    def clerk(dialog):
        commit_text(dialog.complainant, "张伟")
        commit_text(dialog.summary, "配件缺货")
        dialog.received_on.selectAll()
        qtbot.keyClicks(dialog.received_on, "20261124")
        press_ok(qtbot, dialog)
        return dict(open=dialog.isVisible(), text=dialog.received_on.text(),
                    marked=dialog.received_on.property("invalid"), message=dialog.message.text())

    state = in_dialog(qtbot, panel.new_button.click, clerk)
    assert state["open"] and state["text"] == "20261124" and state["marked"] is True
    assert state["message"] == "受理日期：2026-11-24 晚于允许的最晚日期 2026-11-23。"
    assert complaints.Complaint.select().count() == 0


def test_a_callback_with_items_unscored_stays_open_with_those_items_marked(qtbot, shop):
    from ui.callbacks_page import CallbacksPanel

    callbacks.generate(shop["clerk"].at(CLOCK()), TODAY)
    panel = CallbacksPanel(shop["clerk"], clock=CLOCK)
    qtbot.addWidget(panel)
    panel.list.table.selectRow(0)

    def clerk(dialog):
        spins = list(dialog.scores.values())
        spins[0].setFocus()
        spins[0].selectAll()
        commit_text(spins[0], "９")  # full-width, as the input method types it
        commit_text(dialog.remarks, "态度很好")
        press_ok(qtbot, dialog)
        return dict(open=dialog.isVisible(), first=spins[0].value(), remarks=dialog.remarks.toPlainText(),
                    marked=[spin.property("invalid") is True for spin in spins],
                    focus=dialog.focusWidget() in (spins[1], spins[1].lineEdit()), message=dialog.message.text())

    state = in_dialog(qtbot, panel.call_button.click, clerk)
    assert state["open"] and state["first"] == 9 and state["remarks"] == "态度很好"
    assert state["marked"] == [False] + [True] * (len(state["marked"]) - 1) and state["focus"]
    assert "未打分" in state["message"]
    assert callbacks.Callback.select().where(callbacks.Callback.state == callbacks.OPEN).count() == 3


def test_score_boxes_take_full_width_digits_typed_as_keys(qtbot, shop):
    from ui.callbacks_page import CallbackDialog

    callbacks.generate(shop["clerk"].at(CLOCK()), TODAY)
    dialog = CallbackDialog(callbacks.Callback.get(callbacks.Callback.kind == "3dc"))
    qtbot.addWidget(dialog)
    spin = next(iter(dialog.scores.values()))
    spin.selectAll()
    QApplication.sendEvent(spin, QKeyEvent(QEvent.Type.KeyPress, 0, Qt.KeyboardModifier.NoModifier, "８"))
    assert spin.value() == 8


def test_a_new_part_without_a_name_stays_open_with_the_number_and_price_kept(qtbot, desk_actors):
    from ledger.models import Part
    from tests.test_ui_parts import page_for

    page = page_for(qtbot, desk_actors["clerk"])

    def clerk(dialog):
        qtbot.keyClicks(dialog.number, "HS-3707010")
        commit_text(dialog.price, "４５.５")  # full-width, as the input method types it
        press_ok(qtbot, dialog)
        state = dict(open=dialog.isVisible(), number=dialog.number.text(), price=dialog.price.text(),
                     marked=dialog.name.property("invalid"), focus=dialog.focusWidget() is dialog.name,
                     message=dialog.message.text())
        commit_text(dialog.name, "火花塞")
        qtbot.keyClick(dialog.name, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        state["closed"] = not dialog.isVisible()
        return state

    state = in_dialog(qtbot, page.add_part, clerk)
    assert state["open"] and state["marked"] is True and state["focus"]
    assert state["number"] == "HS-3707010" and state["price"] == "４５.５"
    assert "名称" in state["message"] and state["closed"]
    assert Part.get(Part.number == "HS-3707010").price_fen == 4550
    assert page.message.text() == "已新增备件 HS-3707010。"


def test_a_taken_counterparty_code_is_marked_in_the_dialog(qtbot, desk_actors):
    from ledger.posting import create_party
    from tests.test_ui_parts import page_for

    create_party(desk_actors["manager"], "HQ", "客服本部", "hq")
    page = page_for(qtbot, desk_actors["clerk"])

    def clerk(dialog):
        qtbot.keyClicks(dialog.code, "HQ")
        commit_text(dialog.name, "重复的本部")
        press_ok(qtbot, dialog)
        return dict(open=dialog.isVisible(), marked=dialog.code.property("invalid"), name=dialog.name.text(),
                    message=dialog.message.text())

    state = in_dialog(qtbot, page.add_party, clerk)
    assert state == dict(open=True, marked=True, name="重复的本部", message="往来单位编码 HQ 已存在。")


@pytest.fixture
def users_panel(qtbot, desk_actors):
    from ui.users import UsersPanel

    panel = UsersPanel(desk_actors["admin"], clock=CLOCK)
    qtbot.addWidget(panel)
    return panel


def test_a_new_user_without_username_stays_open_with_the_rest_kept(qtbot, users_panel):
    from common.models import User

    def admin(dialog):
        dialog.display_name.setFocus()  # the clerk skips the username
        commit_text(dialog.display_name, "赵敏")
        for text in ("", "long-enough-1", "long-enough-1"):  # Enter to the role, the password, the repeat
            qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)
            qtbot.keyClicks(dialog.focusWidget(), text)
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)  # the last field: Enter saves
        return dict(open=dialog.isVisible(), name=dialog.display_name.text(), password=dialog.password.text(),
                    marked=dialog.username.property("invalid"), focus=dialog.focusWidget() is dialog.username,
                    message=dialog.message.text())

    state = in_dialog(qtbot, users_panel.add_button.click, admin)
    assert state["open"] and state["marked"] is True and state["focus"]
    assert state["name"] == "赵敏" and state["password"] == "long-enough-1" and "用户名" in state["message"]
    assert User.select().count() == 4


def test_a_mismatched_repeat_marks_the_repeat_and_keeps_the_password(qtbot, users_panel):
    from common.models import User

    users_panel.view.select_key(User.get(User.username == "clerk").id)

    def admin(dialog):
        qtbot.keyClicks(dialog.password, "brand-new-pass")
        qtbot.keyClicks(dialog.repeat, "brand-new-pas")
        press_ok(qtbot, dialog)
        return dict(open=dialog.isVisible(), password=dialog.password.text(),
                    marked=dialog.repeat.property("invalid"), message=dialog.message.text())

    state = in_dialog(qtbot, users_panel.password_button.click, admin)
    assert state == dict(open=True, password="brand-new-pass", marked=True, message="两次输入的密码不一致。")


def test_a_vehicle_with_a_bad_plate_stays_open_with_the_plate_marked_and_the_vin_kept(qtbot, desk_actors):
    from archive import files
    from archive.models import Vehicle
    from tests.test_ui_archive import VIN, page_for
    from ui.customers_page import CustomersPage

    owner = files.create_customer(desk_actors["clerk"], kind="person", name="赵敏")
    page = page_for(qtbot, CustomersPage, desk_actors["clerk"])
    page.view.select_key(owner.id)

    def clerk(dialog):
        dialog.vin.setFocus()
        qtbot.keyClicks(dialog.vin, VIN)
        qtbot.keyClick(dialog.vin, Qt.Key.Key_Return)
        commit_text(dialog.focusWidget(), "豫A·D123")  # the plate, a digit short
        for _ in range(4):  # model, colour, delivery date, the salesperson
            qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)
        commit_text(dialog.focusWidget(), "李明")
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)  # the last field: Enter saves
        return dict(open=dialog.isVisible(), vin=dialog.vin.text(), responsible=dialog.responsible.text(),
                    marked=dialog.plate.property("invalid"), focus=dialog.focusWidget() is dialog.plate,
                    message=dialog.message.text())

    state = in_dialog(qtbot, page.register_vehicle, clerk)
    assert state["open"] and state["marked"] is True and state["focus"]
    assert state["vin"] == VIN and state["responsible"] == "李明" and "车牌" in state["message"]
    assert Vehicle.select().count() == 0


def test_the_first_admin_with_a_short_password_stays_open_with_the_password_marked(qtbot, desk_db):
    from common.models import User
    from ui.login import FirstAdminDialog

    def admin(dialog):
        dialog.display_name.setFocus()
        commit_text(dialog.display_name, "刘洋")
        for text in ("abc", "abc"):  # Enter to the password, then to the repeat
            qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)
            qtbot.keyClicks(dialog.focusWidget(), text)
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)
        return dict(open=dialog.isVisible(), name=dialog.display_name.text(), username=dialog.username.text(),
                    marked=dialog.password.property("invalid"), focus=dialog.focusWidget() is dialog.password,
                    message=dialog.message.text())

    state = in_dialog(qtbot, lambda: FirstAdminDialog.ask(), admin)
    assert state["open"] and state["marked"] is True and state["focus"]
    assert state["name"] == "刘洋" and state["username"] == "admin" and "密码" in state["message"]
    assert User.select().count() == 0


def test_a_consent_with_no_scope_ticked_stays_with_the_date_and_version_kept(qtbot, desk_actors, tmp_path,
                                                                             monkeypatch):
    from archive import files, profile_crypto
    from archive import profile as P
    from tests.conftest import NOW
    from ui.profile import ConsentDialog

    monkeypatch.setenv(profile_crypto.KEY_ENV, str(tmp_path / "profile.key"))
    customer = files.create_customer(desk_actors["clerk"], kind="person", name="周杰")
    dialog = ConsentDialog(desk_actors["manager"], customer.id, clock=lambda: NOW)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.given_on.setFocus()
    dialog.given_on.selectAll()
    qtbot.keyClicks(dialog.given_on, "20261120")
    qtbot.keyClick(dialog.given_on, Qt.Key.Key_Return)  # on to the version
    assert dialog.focusWidget() is dialog.version
    qtbot.keyClick(dialog.version, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # record, no scope
    first_box = next(iter(dialog.scope.values()))
    assert first_box.property("invalid") is True and dialog.focusWidget() is first_box
    assert "请至少勾选一类" in dialog.message.text()
    assert dialog.given_on.text() == "2026-11-20" and not P.consents(desk_actors["manager"], customer.id)


def test_in_english_the_unscored_items_are_named_in_english(qtbot, shop):
    from ui import i18n
    from ui.callbacks_page import CallbackDialog

    callbacks.generate(shop["clerk"].at(CLOCK()), TODAY)
    callback = callbacks.Callback.get(callbacks.Callback.kind == "3dc")
    i18n.install("en")
    try:
        dialog = CallbackDialog(callback, submit=lambda values: callbacks.record_call(
            shop["clerk"].at(CLOCK()), callback.id, **values))
        qtbot.addWidget(dialog)
        dialog.scores["overall"].setValue(9)
        press_ok(qtbot, dialog)
        text = dialog.message.text()
    finally:
        i18n.install("zh")
    assert "Repair quality" in text and not any("\u4e00" <= ch <= "\u9fff" for ch in text.replace(
        callback.customer.name, ""))
