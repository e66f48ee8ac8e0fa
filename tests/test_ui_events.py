"""The 活动 page driven with qtbot (offscreen) on SQLite and PostgreSQL: plan an event by typing,
choose invitees by city (the do-not-contact customer never listed), invite, sign up past the
seats (refused in words, the others signed up), sign in on the day, feedback, cost per attendee,
print the sign-in sheet."""
from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt

from archive import callbacks, events
from common.pdf import pdf_text
from tests.test_events_domain import person
from tests.test_callbacks_domain import car

NOW = [datetime(2026, 11, 23, 10, 0)]
CLOCK = lambda: NOW[0]  # noqa: E731


@pytest.fixture
def customers(desk_actors):
    NOW[0] = datetime(2026, 11, 23, 10, 0)
    clerk = desk_actors["clerk"].at(CLOCK())
    made = {}
    for name, address in (("张伟", "河南省郑州市金水路1号"), ("李娜", "河南省洛阳市中州路8号"),
                          ("王芳", "河南省郑州市花园路9号"), ("赵强", "河南省郑州市农业路2号"),
                          ("孙丽", "河南省郑州市文化路3号")):
        made[name] = person(clerk, name, "13800000000", address)
        car(clerk, made[name], date(2025, 5, 1))
    callbacks.set_do_not_contact(clerk, made["赵强"].id, "")
    return desk_actors, made


def test_plan_invite_sign_up_attend_and_print(qtbot, customers, monkeypatch, tmp_path):
    from ui.events_page import EventDialog, EventsPage, FeedbackDialog, InviteDialog

    actors, made = customers
    page = EventsPage(actors["clerk"], clock=CLOCK)
    qtbot.addWidget(page)
    page.resize(1366, 700)

    def plan(cls, parent, today, submit):
        dialog = cls(parent, today, submit)
        qtbot.addWidget(dialog)
        dialog.capacity.setValue(2)
        qtbot.keyClicks(dialog.budget, "12,00x")
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
        # No title yet: refused in the dialog, which stays open with the budget typed.
        assert "请填写活动名称" in dialog.message.text() and dialog.budget.text() == "12,00x"
        dialog.title.insert("冬季保养讲座")  # what an input method commits (keyClicks types ASCII only)
        dialog.place.insert("客户休息室")
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
        assert "预算 12,00x 无效" in dialog.message.text()
        dialog.budget.clear()
        qtbot.keyClicks(dialog.budget, "1200")
        qtbot.keyClick(dialog.budget, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        return dialog.result_value

    monkeypatch.setattr(EventDialog, "ask", classmethod(plan))
    page.plan_button.click()
    event = events.CustomerEvent.get()
    assert (event.title, event.capacity, event.budget_fen, event.place) == ("冬季保养讲座", 2, 120000, "客户休息室")
    assert page.events_model.rowCount() == 1 and "冬季保养讲座" in page.list_label.text()

    def choose(cls, parent, event_id, today, submit):
        dialog = cls(event_id, today, parent, submit)
        qtbot.addWidget(dialog)
        dialog.city.insert("郑州")
        qtbot.keyClick(dialog.city, Qt.Key.Key_Return)
        names = sorted(dialog.table.item(row, 0).text() for row in range(dialog.table.rowCount()))
        assert names == ["孙丽", "张伟", "王芳"]  # 赵强 is do-not-contact, 李娜 lives in 洛阳
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
        return dialog.result_value

    monkeypatch.setattr(InviteDialog, "ask", classmethod(choose))
    page.choose_button.click()
    assert "已加入邀请名单 3 位客户" in page.message.text() and page.invitees_model.rowCount() == 3

    page.invitees.table.selectAll()
    monkeypatch.setattr(EventsPage, "ask_channel", classmethod(lambda cls, parent: "phone"))
    page.invite_button.click()
    assert "已登记邀请 3 位客户" in page.message.text()
    page.invitees.table.selectAll()
    page.signup_button.click()
    # Two seats: the third (in name order 王芳) is refused by name, the first two stay signed up.
    assert "2 个名额已满" in page.message.text() and "王芳" in page.message.text()
    assert events.invitees(event.id, signed_up_only=True).count() == 2
    assert "报名 2/2" in page.list_label.text()

    NOW[0] = datetime(2026, 12, 7, 15, 0)
    event.held_on = date(2026, 12, 7)
    event.save()
    page.refresh()
    page.invitees.table.selectRow(0)  # 孙丽
    page.attend_button.click()
    assert "已签到 1 位" in page.message.text()

    def feedback(cls, parent, customer, submit):
        dialog = cls(customer, parent, submit)
        qtbot.addWidget(dialog)
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
        assert "反馈评分 0 无效" in dialog.message.text()  # not scored yet: refused, the dialog stays
        dialog.score.selectAll()  # as focusing the field by Tab does
        qtbot.keyClicks(dialog.score, "9")
        dialog.note.insert("讲得实用")
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
        return dialog.result_value

    monkeypatch.setattr(FeedbackDialog, "ask", classmethod(feedback))
    page.feedback_button.click()
    assert "孙丽 的反馈评分 9" in page.message.text()
    monkeypatch.setattr(EventsPage, "ask_text", classmethod(
        lambda cls, parent, title, prompt, submit, **options: (submit({"text": "300"}), True)))
    page.cost_button.click()
    assert "人均 300.00 元" in page.message.text()

    out = tmp_path / "sign-in.pdf"
    monkeypatch.setattr(EventsPage, "ask_save_path", classmethod(lambda cls, parent, suggested, filters: str(out)))
    page.print_sheet_button.click()
    qtbot.waitUntil(lambda: out.exists(), timeout=20000)
    text = pdf_text(out)[0]
    assert "孙丽" in text and "张伟" in text and "王芳" not in text


def test_effect_report_and_invitation_list_from_the_page(qtbot, customers, monkeypatch, tmp_path):
    import openpyxl

    from ui.events_page import EventsPage

    actors, made = customers
    clerk = actors["clerk"].at(CLOCK())
    event_id = events.plan(clerk, kind="drive", title="嵩山自驾游", held_on=date(2026, 11, 23), capacity=10)
    events.add_invitees(clerk, event_id, [made["张伟"].id, made["李娜"].id])
    events.record_invitation(clerk, event_id, [made["张伟"].id], "sms")
    events.sign_up(clerk, event_id, made["张伟"].id)
    events.attend(clerk, event_id, made["张伟"].id)
    page = EventsPage(actors["clerk"], clock=CLOCK)
    qtbot.addWidget(page)
    paths = iter([str(tmp_path / "effect.xlsx"), str(tmp_path / "list.pdf")])
    monkeypatch.setattr(EventsPage, "ask_save_path", classmethod(lambda cls, parent, suggested, filters: next(paths)))
    page.report_from.setText("2026-11-01")
    page.report_button.click()
    qtbot.waitUntil(lambda: "报表已保存" in page.message.text(), timeout=20000)
    rows = list(openpyxl.load_workbook(tmp_path / "effect.xlsx")["活动效果"].iter_rows(values_only=True))
    assert rows[1][1] == "嵩山自驾游" and rows[1][3] == 1
    page.print_list_button.click()
    qtbot.waitUntil(lambda: (tmp_path / "list.pdf").exists(), timeout=20000)
    text = pdf_text(tmp_path / "list.pdf")[0]
    assert "张伟" in text and "李娜" in text and "未邀请" in text and "短信" in text
    page.report_from.setText("2026-13-01")  # no such day: said, nothing written
    page.report_button.click()
    assert "报表已保存" not in page.message.text() and page.message.property("role") == "error"
