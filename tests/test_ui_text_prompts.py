"""A reason or a note asked for one domain call is never lost: the prompt runs the call while it is
open, so a refusal (text required, the record moved on at another PC, an unknown number) keeps the
prompt open with the text as typed and the field marked; only a call that went through closes it.

The prompts are opened the way a clerk opens them (the page's button, a real ``exec()``); the
clerk types while the prompt is modal, from a zero-delay timer. The fields are found as a clerk
finds them (the one text box of the dialog), so the tests also ran against the QInputDialogs these
prompts replaced, and failed there: OK closed the dialog and the refusal went to the page."""
from datetime import date, datetime

import pytest

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QDialogButtonBox, QLineEdit, QPlainTextEdit

from archive import callbacks, complaints
from tests.test_callbacks_ui import shop  # noqa: F401 - the fixture: two customers, a new car, a repair
from tests.test_ui_dialog_validation import commit_text, in_dialog

CLOCK = lambda: datetime(2026, 11, 23, 10, 0)  # noqa: E731


def text_box(dialog):
    boxes = [w for w in dialog.findChildren(QLineEdit) + dialog.findChildren(QPlainTextEdit)
             if w.isVisibleTo(dialog) and not (isinstance(w, QLineEdit) and isinstance(w.parent(), QComboBox))]
    assert len(boxes) == 1, boxes
    return boxes[0]


def text_of(box) -> str:
    return box.toPlainText() if isinstance(box, QPlainTextEdit) else box.text()


def press_ok(qtbot, dialog) -> None:
    box = dialog.findChild(QDialogButtonBox)
    qtbot.mouseClick(box.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def state_of(dialog, box) -> dict:
    message = getattr(dialog, "message", None)
    return dict(open=dialog.isVisible(), text=text_of(box), marked=box.property("invalid"),
                message=message.text() if message is not None else "")


def complaints_panel(qtbot, shop, until: str):
    """The 投诉 panel with one complaint walked to ``until`` (assigned or resolved) and selected."""
    from ui.callbacks_page import ComplaintsPanel

    clerk, manager = shop["clerk"], shop["manager"]
    complaint = complaints.receive(clerk, complainant="张伟", summary="保养等待超过三小时", category="waiting",
                                   received_on=date(2026, 11, 23))
    complaints.confirm(manager, complaint.id)
    complaints.assign(clerk, complaint.id, "service")
    if until == "resolved":
        complaints.resolve(clerk, complaint.id, "服务站已致歉并赠送保养一次")
    panel = ComplaintsPanel(clerk, clock=CLOCK)
    qtbot.addWidget(panel)
    panel.list.select_key(complaint.id)
    return panel, complaint.id


def callbacks_panel(qtbot, shop):
    """The 回访 panel with the morning's callbacks generated and the first one selected."""
    from ui.callbacks_page import CallbacksPanel

    panel = CallbacksPanel(shop["clerk"], clock=CLOCK)
    qtbot.addWidget(panel)
    panel.generate_button.click()
    panel.list.table.selectRow(0)
    return panel, panel.current_callback().customer


def test_do_not_contact_reason_stays_when_another_pc_blocked_the_customer_first(qtbot, shop):
    panel, customer = callbacks_panel(qtbot, shop)

    def clerk(dialog):
        box = text_box(dialog)
        commit_text(box, "客户电话里要求不再回访")
        callbacks.set_do_not_contact(shop["manager"], customer.id, "经理已处理")  # meanwhile, at another PC
        press_ok(qtbot, dialog)
        return state_of(dialog, box)

    state = in_dialog(qtbot, panel.block_button.click, clerk)
    assert state["open"] and state["text"] == "客户电话里要求不再回访" and state["marked"] is True
    assert customer.name in state["message"] and "免打扰" in state["message"]


def test_do_not_contact_reason_is_saved_from_the_prompt(qtbot, shop):
    panel, customer = callbacks_panel(qtbot, shop)

    def clerk(dialog):
        qtbot.keyClicks(text_box(dialog), "no calls please")
        qtbot.keyClick(text_box(dialog), Qt.Key.Key_Return)  # Enter in the one field submits
        return dialog.isVisible()

    assert in_dialog(qtbot, panel.block_button.click, clerk) is False
    assert callbacks.ContactBlock.get(callbacks.ContactBlock.customer == customer.id).reason == "no calls please"
    assert "免打扰" in panel.message.text()


def test_an_empty_resolution_keeps_the_prompt_open_and_marked(qtbot, shop):
    panel, key = complaints_panel(qtbot, shop, "assigned")

    def clerk(dialog):
        box = text_box(dialog)
        commit_text(box, "   ")
        press_ok(qtbot, dialog)
        refused = state_of(dialog, box)
        commit_text(box, "服务站已致歉")
        press_ok(qtbot, dialog)
        refused["closed"] = not dialog.isVisible()
        return refused

    state = in_dialog(qtbot, panel.resolve_button.click, clerk)
    assert state["open"] and state["text"] == "   " and state["marked"] is True
    assert state["message"].startswith("请填写投诉") and "处理结果" in state["message"]
    assert state["closed"] and complaints.Complaint.get_by_id(key).resolution == "服务站已致歉"
    assert "TS" in panel.message.text() and panel.message.property("role") != "error"


def test_a_refused_feedback_keeps_the_customers_words_and_the_answer(qtbot, shop):
    panel, key = complaints_panel(qtbot, shop, "resolved")

    def clerk(dialog):
        box = text_box(dialog)
        commit_text(box, "客户表示理解，但希望缩短等待")
        combo = dialog.findChild(QComboBox)
        if combo is not None:
            combo.setCurrentIndex(1)
        # Meanwhile a colleague fed back already: this step is refused, the clerk's words stay.
        complaints.feed_back(shop["clerk"], key, "已电话告知", True)
        press_ok(qtbot, dialog)
        state = state_of(dialog, box)
        state["choice"] = combo.currentIndex() if combo is not None else None
        return state

    state = in_dialog(qtbot, panel.feedback_button.click, clerk)
    assert state["open"] and state["text"] == "客户表示理解，但希望缩短等待" and state["marked"] is True
    assert state["choice"] == 1 and state["message"]


@pytest.fixture
def statements_tab(qtbot, desk_actors):
    """The 对账 page's statements tab with one open dispute selected (ZZ01 answered 3 for 4)."""
    from ledger import reconcile
    from ledger.reconcile import LineAnswer
    from tests.conftest import NOW
    from tests.test_reconcile import november
    from ui.reconcile_page import ReconcilePage

    clerk = desk_actors["clerk"]
    november(clerk, desk_actors["manager"])
    issued = reconcile.issue_statement(clerk, "ZZ01", date(2026, 11, 16), date(2026, 11, 23))
    reconcile.answer_statement(clerk, issued.statement_id, [
        LineAnswer("BP-3501010", qty_out=3, note="只收到3套"), LineAnswer("OF-1012010", confirmed=True)])
    page = ReconcilePage(clerk, clock=lambda: NOW)
    qtbot.addWidget(page)
    page.statements.disputes.selectRow(0)
    return page.statements


def test_a_correcting_number_not_found_stays_in_the_prompt(qtbot, statements_tab):
    from ledger import reconcile

    def clerk(dialog):
        box = text_box(dialog)
        press_ok(qtbot, dialog)  # nothing typed: named here, not sent
        empty = state_of(dialog, box)
        qtbot.keyClicks(box, "CK2026119999")
        press_ok(qtbot, dialog)
        return empty, state_of(dialog, box)

    empty, unknown = in_dialog(qtbot, statements_tab.posting_button.click, clerk)
    assert empty["open"] and empty["marked"] is True and empty["message"].startswith("请填写")
    assert unknown["open"] and unknown["text"] == "CK2026119999" and unknown["marked"] is True
    assert "CK2026119999" in unknown["message"] and "不存在" in unknown["message"]
    assert reconcile.count_open_disputes() == 1


def test_accepting_their_figure_without_a_reason_stays_open_then_saves(qtbot, statements_tab):
    from ledger import reconcile

    def clerk(dialog):
        box = text_box(dialog)
        qtbot.keyClicks(box, "  ")
        qtbot.keyClick(box, Qt.Key.Key_Return)
        refused = state_of(dialog, box)
        commit_text(box, "以服务站签收为准")
        qtbot.keyClick(box, Qt.Key.Key_Return)
        refused["closed"] = not dialog.isVisible()
        return refused

    state = in_dialog(qtbot, statements_tab.accept_button.click, clerk)
    assert state["open"] and state["text"] == "  " and state["marked"] is True and "原因" in state["message"]
    assert state["closed"] and reconcile.count_open_disputes() == 0 and statements_tab.disputes.rowCount() == 0
    assert statements_tab.message.text() == "差异已处理。"


def test_reopening_a_signed_day_without_a_reason_keeps_the_prompt_open(qtbot, desk_actors):
    from ledger import daily
    from tests.conftest import TEST_PASSWORD
    from tests.test_daily import FRIDAY, clerks_friday
    from tests.test_daily_ui import open_page, settle

    clerks_friday(desk_actors)
    daily.produce(desk_actors["clerk"], FRIDAY)
    daily.sign_finance(desk_actors["finance"], FRIDAY, TEST_PASSWORD)
    daily.sign_manager(desk_actors["manager"], FRIDAY, TEST_PASSWORD)
    page = open_page(qtbot, desk_actors["manager"])
    settle(qtbot)

    def manager(dialog):
        box = text_box(dialog)
        qtbot.keyClicks(box, "   ")
        press_ok(qtbot, dialog)  # the reopen runs in a worker while the prompt stays open
        settle(qtbot)
        refused = state_of(dialog, box)
        commit_text(box, "漏录维修单")
        press_ok(qtbot, dialog)
        qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=30000)
        return refused

    state = in_dialog(qtbot, page.reopen_button.click, manager)
    settle(qtbot)
    assert state["open"] and state["text"] == "   " and state["marked"] is True and "原因" in state["message"]
    assert daily.day_state(FRIDAY) == "reopened" and "重新打开" in page.message.text()
