"""The 客服 page and the Today cards driven with qtbot (offscreen, SQLite)."""
from datetime import date, datetime, timedelta

import pytest
from PySide6.QtGui import QImage

from archive import callbacks, care, complaints
from archive.callbacks import Callback
from tests.test_callbacks_domain import _id_number, car, repair, all_scores

TODAY = date(2026, 11, 23)
CLOCK = lambda: datetime(2026, 11, 23, 10, 0)  # noqa: E731


@pytest.fixture
def shop(desk_actors):
    from archive import files

    clerk = desk_actors["clerk"]
    zhang = files.create_customer(clerk, kind="person", name="张伟", id_number=_id_number(date(1980, 11, 27)),
                                  phone="13803711234")
    li = files.create_customer(clerk, kind="person", name="李娜", id_number=_id_number(date(1990, 3, 5)),
                               phone="13903712222")
    car(clerk, zhang, TODAY - timedelta(days=7))
    _, vin = car(clerk, li, date(2025, 11, 23))
    repair(clerk, vin, TODAY - timedelta(days=3))
    return desk_actors


def test_clerk_generates_and_records_a_callback(qtbot, shop, monkeypatch):
    from ui.callbacks_page import CallbackDialog, CallbacksPanel

    panel = CallbacksPanel(shop["clerk"], clock=CLOCK)
    qtbot.addWidget(panel)
    assert panel.model.rowCount() == 0
    panel.generate_button.click()
    assert "3" in panel.message.text() and panel.model.rowCount() == 3
    panel.list.table.selectRow(0)
    first = panel.current_callback()
    monkeypatch.setattr(CallbackDialog, "ask", classmethod(
        lambda cls, parent, callback, submit: submit(dict(outcome="reached", scores=all_scores(callback.kind, 9),
                                                          remarks="满意", do_not_contact=False))))
    panel.call_button.click()
    assert first.customer.name in panel.message.text() and "已回访" in panel.message.text()
    assert panel.model.rowCount() == 2
    assert Callback.get_by_id(first.id).state == "done"


def test_a_refused_form_says_which_items_lack_a_score(qtbot, shop, monkeypatch):
    from ui.callbacks_page import CallbackDialog, CallbacksPanel

    callbacks.generate(shop["clerk"].at(CLOCK()), TODAY)
    panel = CallbacksPanel(shop["clerk"], clock=CLOCK)
    qtbot.addWidget(panel)
    panel.list.table.selectRow(0)
    seen = {}

    def ask(cls, parent, callback, submit):
        dialog = cls(callback, parent, submit)
        qtbot.addWidget(dialog)
        dialog.scores["overall"].setValue(9)
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
        seen.update(message=dialog.message.text(), result=dialog.result())
        return None

    monkeypatch.setattr(CallbackDialog, "ask", classmethod(ask))
    panel.call_button.click()
    # The refusal is shown in the form itself, which stays open with the score typed.
    assert "未打分" in seen["message"] and "总体满意度" not in seen["message"]
    assert seen["result"] != CallbackDialog.DialogCode.Accepted
    assert panel.model.rowCount() == 3


def test_callback_form_collects_scores_only_when_reached(qtbot, shop):
    from ui.callbacks_page import CallbackDialog

    callbacks.generate(shop["clerk"].at(CLOCK()), TODAY)
    callback = Callback.get(Callback.kind == "3dc")
    dialog = CallbackDialog(callback)
    qtbot.addWidget(dialog)
    assert "李娜" in dialog.header.text()
    dialog.scores["price"].setValue(7)
    assert dialog.values()["scores"] == {"price": 7}
    dialog.retry.setChecked(True)
    assert not dialog.scores["price"].isEnabled() and dialog.values() == dict(
        outcome="retry", scores={}, remarks="", do_not_contact=False)


def test_report_button_writes_the_daily_pdf(qtbot, shop, tmp_path, monkeypatch):
    from common.pdf import pdf_text
    from ui.callbacks_page import CallbacksPanel

    panel = CallbacksPanel(shop["clerk"], clock=CLOCK)
    qtbot.addWidget(panel)
    target = tmp_path / "day.pdf"
    monkeypatch.setattr(CallbacksPanel, "ask_save_path", classmethod(lambda cls, parent, name, filters: str(target)))
    panel.report_button.click()
    qtbot.waitUntil(lambda: str(target) in panel.message.text())  # written off the GUI thread
    assert "客户回访日报表" in "".join(pdf_text(target))


def test_care_list_marks_a_birthday_greeting_sent(qtbot, shop):
    from ui.callbacks_page import CarePanel

    panel = CarePanel(shop["clerk"], clock=CLOCK, kind="birthday")
    qtbot.addWidget(panel)
    assert panel.table.rowCount() == 1 and panel.table.item(0, 3).text() == "张伟"
    panel.table.selectRow(0)
    panel.done_button.click()
    assert panel.table.rowCount() == 0 and "1" in panel.message.text()
    assert care.CareDone.select().count() == 1


def test_complaint_moves_through_clerk_and_manager(qtbot, shop, monkeypatch):
    from ui.callbacks_page import ComplaintDialog, ComplaintsPanel

    clerk_panel = ComplaintsPanel(shop["clerk"], clock=CLOCK)
    qtbot.addWidget(clerk_panel)
    assert not clerk_panel.confirm_button.isEnabled()
    monkeypatch.setattr(ComplaintDialog, "ask", classmethod(lambda cls, parent, today, submit: submit(dict(
        complainant="张伟", phone="", summary="保养等待超过三小时", received_on=today, category="waiting",
        channel="phone"))))
    clerk_panel.new_button.click()
    assert "TS202611001" in clerk_panel.message.text() and clerk_panel.model.rowCount() == 1

    manager_panel = ComplaintsPanel(shop["manager"], clock=CLOCK, view="to_confirm")
    qtbot.addWidget(manager_panel)
    manager_panel.list.table.selectRow(0)
    manager_panel.confirm_button.click()
    assert "经理已确认" in manager_panel.message.text() and manager_panel.model.rowCount() == 0

    clerk_panel.refresh()
    clerk_panel.list.table.selectRow(0)
    monkeypatch.setattr(ComplaintsPanel, "ask_choice", classmethod(lambda cls, parent, title, prompt, options: 1))
    clerk_panel.assign_button.click()
    assert complaints.Complaint.get().department == "service"
    clerk_panel.close_button.click()  # not fed back yet
    assert clerk_panel.message.property("role") == "error" and "TS202611001" in clerk_panel.message.text()
    clerk_panel.analysis_button.click()
    assert "受理 1 件" in clerk_panel.analysis.text()


def test_each_chart_draws_and_saves_png_and_xlsx(qtbot, shop, tmp_path, monkeypatch):
    from openpyxl import load_workbook
    from ui.callbacks_page import CHART_NAMES, StatsPanel

    callbacks.generate(shop["clerk"].at(CLOCK()), TODAY)
    for callback in callbacks.due(TODAY):
        callbacks.record_call(shop["clerk"].at(CLOCK()), callback.id, "reached", all_scores(callback.kind, 8))
    panel = StatsPanel(shop["manager"], clock=CLOCK)
    qtbot.addWidget(panel)
    panel.resize(900, 500)
    for index, key in enumerate(CHART_NAMES):
        panel.chart_combo.setCurrentIndex(index)
        png, xlsx = tmp_path / f"{key}.png", tmp_path / f"{key}.xlsx"
        monkeypatch.setattr(StatsPanel, "ask_save_path", classmethod(lambda cls, parent, name, filters, png=png: str(png)))
        panel.png_button.click()
        monkeypatch.setattr(StatsPanel, "ask_save_path", classmethod(lambda cls, parent, name, filters, x=xlsx: str(x)))
        panel.xlsx_button.click()
        image = QImage(str(png))
        assert image.width() >= 900
        colours = {image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)}
        assert len(colours) > 3  # more than a blank page: axes, bars or lines, text
        sheet = load_workbook(xlsx).active
        assert sheet.max_row >= 2
    scores = load_workbook(tmp_path / "scores.xlsx").active
    assert [c.value for c in scores[13]][:2] == ["2026-11", 8]


def test_today_cards_count_and_open_their_lists(qtbot, shop):
    from ui import today
    from ui.main_window import PageContext

    callbacks.generate(shop["clerk"].at(CLOCK()), TODAY)
    counts = today.today_counts(TODAY)
    assert counts["callbacks_due"] == 3 and counts["care_birthday"] == 1 and counts["complaints_overdue"] == 0
    assert "audit_today" in counts  # other areas' cards are there too
    page = today.TodayPage(PageContext(shop["clerk"], None, None), clock=CLOCK)
    qtbot.addWidget(page)
    card = next(c for c in page.cards if c.card.name == "callbacks_due")
    assert card.value.text() == "3" and card.open_button.isVisibleTo(card)
    dialog = card.open_list()
    qtbot.addWidget(dialog)
    assert dialog.panel.model.rowCount() == 3
    care_card = next(c for c in page.cards if c.card.name == "care_birthday")
    assert care_card.open_list().panel.table.rowCount() == 1


def test_service_page_has_its_tabs(qtbot, shop):
    from ui.callbacks_page import ServicePage
    from ui.main_window import PageContext

    page = ServicePage(PageContext(shop["clerk"], None, None), clock=CLOCK)
    qtbot.addWidget(page)
    assert page.tabs.count() == 6  # 回访 关怀 投诉 统计, 话术 and 整改 (issue 18 items 3, 4)
    page.show_tab("stats")
    assert page.tabs.currentWidget() is page.stats
    page.show_tab("rectify")
    assert page.tabs.currentWidget() is page.rectify


def test_today_page_generates_the_morning_callbacks_for_the_clerk(qtbot, shop):
    from ui import today
    from ui.main_window import PageContext

    finance_page = today.TodayPage(PageContext(shop["finance"], None, None), clock=CLOCK)
    qtbot.addWidget(finance_page)
    # Finance makes no callbacks: no card for them, and her Today page generated none.
    assert "callbacks_due" not in {c.card.name for c in finance_page.cards}
    assert today.today_counts(TODAY)["callbacks_due"] == 0
    page = today.TodayPage(PageContext(shop["clerk"], None, None), clock=CLOCK)
    qtbot.addWidget(page)
    assert next(c for c in page.cards if c.card.name == "callbacks_due").value.text() == "3"
    page.refresh()
    assert Callback.select().count() == 3
