"""The 整改 tab (issue 18 item 3) and the 整改逾期 card, driven with qtbot (offscreen) on SQLite
and PostgreSQL: a clerk opens an item from a low score, records the action, the manager checks
it; the month's list by department is written and read back."""
from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from archive import callbacks, rectification as rz
from archive.callbacks import Callback
from common.pdf import pdf_text
from tests.test_callbacks_domain import car, person, repair
from tests.test_ui_branch import type_text
from tests.test_ui_scripts import show_active

TODAY = date(2026, 11, 23)
CLOCK = lambda: datetime(2026, 11, 23, 10, 0)  # noqa: E731


@pytest.fixture
def low_score(desk_actors):
    clerk = desk_actors["clerk"]
    owner = person(clerk, "王芳")
    _, vin = car(clerk, owner, date(2025, 6, 1))
    repair(clerk, vin, TODAY - timedelta(days=10))
    day = TODAY - timedelta(days=7)
    callbacks.generate(clerk.at(datetime.combine(day, datetime.min.time())), day)
    callback = Callback.get(Callback.kind == "3dc")
    scores = {code: 9 for code in callbacks.SERVICE_ITEMS} | {"timeliness": 3}
    callbacks.record_call(clerk.at(datetime(2026, 11, 16, 10, 0)), callback.id, "reached", scores,
                          remarks="等了三个小时")
    return desk_actors


def test_clerk_opens_an_item_from_a_low_score_and_records_the_action(qtbot, low_score, monkeypatch):
    from ui.callbacks_page import _Panel
    from ui.rectification_page import OpenItemDialog, RectificationPanel

    panel = RectificationPanel(low_score["clerk"], clock=CLOCK)
    qtbot.addWidget(panel)
    assert panel.model.rowCount() == 0 and not panel.check_button.isEnabled()
    seen = {}

    def ask(cls, parent, today, submit):
        dialog = cls(today, parent, submit)
        qtbot.addWidget(dialog)
        show_active(qtbot, dialog)
        assert dialog.list.rowCount() == 1 and dialog.list.item(0, 4).text() == "按时交车"
        # Chosen: the department the kind suggests and the problem from the score and remark.
        assert dialog.department.currentText() == "售后服务部"
        assert dialog.problem.toPlainText() == "按时交车 3/10：等了三个小时"
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        seen["refused"] = dialog.message.text()
        dialog.owner.setFocus()
        type_text(qtbot, dialog.owner, "赵强")
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        return dialog.result_value

    monkeypatch.setattr(OpenItemDialog, "ask", classmethod(ask))
    qtbot.mouseClick(panel.open_button, Qt.MouseButton.LeftButton)
    assert "请填写售后服务部的整改负责人" in seen["refused"]
    assert "RZ202611001" in panel.message.text() and "赵强" in panel.message.text()
    assert panel.model.rowCount() == 1
    item = rz.Rectification.get()
    assert item.due_on == TODAY + timedelta(days=14) and item.state == "open"

    monkeypatch.setattr(_Panel, "ask_text", classmethod(
        lambda cls, parent, title, prompt, submit, **options: (submit({"text": "接车时说明预计交车时间"}), True)))
    panel.list.table.selectRow(0)
    qtbot.mouseClick(panel.act_button, Qt.MouseButton.LeftButton)
    assert "已整改待验证" in panel.message.text()
    # No later callback yet: the verification is refused in words, nothing changes.
    qtbot.mouseClick(panel.verify_button, Qt.MouseButton.LeftButton)
    assert "还没有再次回访" in panel.message.text() and rz.Rectification.get().state == "acted"


def test_overdue_card_manager_check_and_the_month_list(qtbot, low_score, monkeypatch, tmp_path):
    from ui.callbacks_page import CardListDialog, _Panel
    from ui.rectification_page import RectificationPanel

    clerk, manager = low_score["clerk"], low_score["manager"]
    callback = Callback.get(Callback.kind == "3dc")
    item = rz.open_from_score(clerk.at(datetime(2026, 11, 16, 15, 0)), callback.id, "timeliness",
                              department="service", owner="赵强", due_on=date(2026, 11, 20))
    rz.act(clerk.at(datetime(2026, 11, 18, 9, 0)), item.id, "超时主动致电")
    dialog = CardListDialog(clerk, "rectify_overdue", "整改逾期", clock=CLOCK)
    qtbot.addWidget(dialog)
    assert dialog.panel.model.rowCount() == 1 and dialog.panel.view_combo.currentText() == "已逾期"

    panel = RectificationPanel(manager, clock=CLOCK)
    qtbot.addWidget(panel)
    panel.list.table.selectRow(0)
    monkeypatch.setattr(_Panel, "ask_text", classmethod(
        lambda cls, parent, title, prompt, submit, **options: (submit({"text": "到售后查看接车记录，已落实"}), True)))
    qtbot.mouseClick(panel.check_button, Qt.MouseButton.LeftButton)
    assert "已验证" in panel.message.text() and rz.count_overdue(TODAY) == 0
    assert "验证关闭 1 项" in panel.summary.text()

    target = tmp_path / "rz.pdf"
    monkeypatch.setattr(_Panel, "ask_save_path", classmethod(lambda cls, parent, suggested, filters: str(target)))
    qtbot.mouseClick(panel.report_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "整改月报已保存" in panel.message.text(), timeout=20000)
    text = "".join(pdf_text(target)).replace("\n", "")
    assert "整改跟踪月报 2026-11" in text and "售后服务部" in text and item.number in text and "王芳" in text


def test_the_callback_form_says_which_scores_need_an_item(qtbot, desk_actors, monkeypatch):
    from ui.callbacks_page import CallbackDialog, CallbacksPanel

    clerk = desk_actors["clerk"]
    owner = person(clerk, "李娜")
    _, vin = car(clerk, owner, date(2025, 6, 1))
    repair(clerk, vin, TODAY - timedelta(days=3))
    panel = CallbacksPanel(clerk, clock=CLOCK)
    qtbot.addWidget(panel)
    panel.generate_button.click()
    panel.list.table.selectRow(0)
    scores = {code: 9 for code in callbacks.SERVICE_ITEMS} | {"price": 4, "timeliness": 6}
    monkeypatch.setattr(CallbackDialog, "ask", classmethod(
        lambda cls, parent, callback, submit: submit(dict(outcome="reached", scores=scores, remarks="",
                                                          do_not_contact=False))))
    panel.call_button.click()
    assert "按时交车、费用透明 在整改低分线以下" in panel.message.text()
