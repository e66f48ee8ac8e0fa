"""设置 → 节假日日历 and the 今日 notice, driven as a manager or a clerk does (offscreen, real SQLite)."""
from datetime import date, datetime

import pytest
from PySide6.QtCore import Qt

from archive import festivals, holidays
from archive.models import Holiday
from common.models import AuditLog
from ui import i18n
from ui.calendar_page import CalendarPage, DayDialog, FestivalDialog

NOVEMBER = datetime(2026, 11, 23, 9, 0)
DECEMBER = datetime(2026, 12, 1, 9, 0)


@pytest.fixture(autouse=True)
def ui_settings_dir(qapp, tmp_path, monkeypatch):
    monkeypatch.setenv("BRANCHDESK_DATA_DIR", str(tmp_path / "ui"))
    i18n.install("zh")
    yield
    i18n.install("zh")


def answer(monkeypatch, dialog, values):
    """The dialog as the clerk fills it: its submit gets ``values``; None means 取消."""
    monkeypatch.setattr(dialog, "ask", classmethod(
        lambda cls, parent, *args: None if values is None else args[-1](values)))


def page_for(qtbot, actor, today=date(2026, 11, 23)):
    page = CalendarPage(actor, today=today)
    qtbot.addWidget(page)
    page.show()
    return page


def click_day(qtbot, page, day):
    qtbot.mouseClick(page.grid, Qt.MouseButton.LeftButton, pos=page.grid.day_rect(day).center())


def test_the_grid_shows_2026_as_the_notice_with_names(qtbot, desk_actors):
    page = page_for(qtbot, desk_actors["clerk"])
    assert page.grid.kind_of(date(2026, 2, 17)) == holidays.OFF
    assert page.grid.kind_of(date(2026, 2, 28)) == holidays.WORK
    assert page.grid.kind_of(date(2026, 2, 24)) == holidays.NORMAL
    assert page.grid.month_names(2) == "春节" and page.grid.month_names(10) == "国庆节"
    assert page.grid.month_names(9) == "国庆节、中秋节"  # the 调休 Sunday of 20 September belongs to 国庆
    rows = {page.entries.item(r, 0).text(): page.entries.item(r, 3).text() for r in range(page.entries.rowCount())}
    assert rows["2026-10-10"] == "国庆节" and rows["2026-01-01"] == "元旦"
    assert "放假 33 天" in page.notice.text() and "调休上班 6 天" in page.notice.text()


def test_a_year_nobody_entered_says_so(qtbot, desk_actors):
    page = page_for(qtbot, desk_actors["manager"])
    qtbot.keyClick(page.year, Qt.Key.Key_Up)  # 2027
    assert page.year.value() == 2027
    assert page.notice.text().startswith("2027 年节假日尚未录入")
    assert page.entries.rowCount() == 0


def test_the_manager_clicks_a_day_and_sets_it_off_with_a_name(qtbot, desk_actors, monkeypatch):
    page = page_for(qtbot, desk_actors["manager"])
    qtbot.keyClick(page.year, Qt.Key.Key_Up)
    answer(monkeypatch, DayDialog, {"kind": holidays.OFF, "name": "春节"})
    click_day(qtbot, page, date(2027, 2, 8))
    assert page.grid.kind_of(date(2027, 2, 8)) == holidays.OFF
    assert Holiday.get(Holiday.day == date(2027, 2, 8)).name == "春节"
    assert page.grid.month_names(2) == "春节"
    assert "已保存 2027-02-08" in page.message.text()
    assert AuditLog.select().where(AuditLog.action == "archive.holiday_set").count() == 1
    # One day is not the notice: the year counts as entered from its 元旦 on.
    assert page.notice.text().startswith("2027 年节假日尚未录入")
    answer(monkeypatch, DayDialog, {"kind": holidays.OFF, "name": "元旦"})
    click_day(qtbot, page, date(2027, 1, 1))
    assert page.notice.text().startswith("2027 年：放假 2 天")


def test_the_keyboard_moves_to_a_saturday_and_enter_makes_it_a_working_day(qtbot, desk_actors, monkeypatch):
    page = page_for(qtbot, desk_actors["manager"])
    qtbot.keyClick(page.year, Qt.Key.Key_Up)
    seen = {}

    def ask(cls, parent, day, kind, name, submit):
        seen.update(day=day, kind=kind)
        return submit({"kind": holidays.WORK, "name": "春节"})

    monkeypatch.setattr(DayDialog, "ask", classmethod(ask))
    page.grid.setFocus()
    page.grid.set_current(date(2027, 2, 1))  # Monday
    for _ in range(5):
        qtbot.keyClick(page.grid, Qt.Key.Key_Right)
    qtbot.keyClick(page.grid, Qt.Key.Key_Return)
    assert seen == {"day": date(2027, 2, 6), "kind": holidays.NORMAL}
    assert page.grid.kind_of(date(2027, 2, 6)) == holidays.WORK
    # Space on the same day, and back to an ordinary day.
    answer(monkeypatch, DayDialog, {"kind": holidays.NORMAL, "name": ""})
    qtbot.keyClick(page.grid, Qt.Key.Key_Space)
    assert page.grid.kind_of(date(2027, 2, 6)) == holidays.NORMAL


def test_a_working_day_on_a_weekday_is_refused_in_the_dialog_and_keeps_what_was_typed(qtbot, desk_actors):
    dialog = DayDialog(None, date(2027, 2, 9), holidays.NORMAL, "",
                       lambda v: holidays.set_day(desk_actors["manager"], date(2027, 2, 9), v["kind"], v["name"]))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.kind.setCurrentIndex(dialog.kind.findData(holidays.WORK))
    dialog.name.insert("补班")  # what an input method commits (keyClicks types ASCII only)
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "本来就是工作日" in dialog.message.text()
    assert dialog.name.text() == "补班"
    assert not Holiday.select().where(Holiday.day == date(2027, 2, 9)).exists()


def test_a_clerk_sees_the_grid_but_cannot_change_it(qtbot, desk_actors, monkeypatch):
    page = page_for(qtbot, desk_actors["clerk"])
    monkeypatch.setattr(DayDialog, "ask", classmethod(lambda cls, *a: pytest.fail("a clerk got the day dialog")))
    click_day(qtbot, page, date(2026, 12, 31))
    assert "只有经理可以修改" in page.message.text()
    assert not page.import_button.isVisible() and not page.festival_add.isVisible()
    assert page.grid.kind_of(date(2026, 12, 31)) == holidays.NORMAL


def test_the_manager_imports_next_years_sheet(qtbot, desk_actors, monkeypatch, tmp_path):
    from common.excel import write_rows

    sheet = tmp_path / "2027.xlsx"
    write_rows(sheet, "日历", ["日期", "类型", "名称"], [[date(2027, 10, 1), "放假", "国庆节"]])
    page = page_for(qtbot, desk_actors["manager"])
    monkeypatch.setattr(CalendarPage, "ask_open_path", classmethod(lambda cls, parent: str(sheet)))
    page.year.setValue(2027)
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    assert "已导入 1 天" in page.message.text()
    assert page.grid.kind_of(date(2027, 10, 1)) == holidays.OFF


def test_the_manager_adds_mothers_day_and_removes_it(qtbot, desk_actors, monkeypatch):
    page = page_for(qtbot, desk_actors["manager"])
    answer(monkeypatch, FestivalDialog, {"name": "母亲节", "rule": "weekday", "month": 5, "day": 2, "weekday": 6})
    qtbot.mouseClick(page.festival_add, Qt.MouseButton.LeftButton)
    assert page.festival_list.item(0).text() == "母亲节　5 月第 2 个星期日"
    assert [f.name for f in festivals.branch_festivals()] == ["母亲节"]
    page.festival_list.setCurrentRow(0)
    qtbot.mouseClick(page.festival_remove, Qt.MouseButton.LeftButton)
    assert page.festival_list.count() == 0 and festivals.branch_festivals() == []


def test_the_festival_dialog_names_a_bad_day_and_keeps_the_name(qtbot, desk_actors):
    dialog = FestivalDialog(None, lambda v: festivals.add_branch_festival(
        desk_actors["manager"], v["name"], v["rule"], v["month"], v["day"], v["weekday"]))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.name.insert("母亲节")
    dialog.rule.setCurrentIndex(dialog.rule.findData("weekday"))
    dialog.month.setValue(5)
    dialog.day.setValue(6)  # there is no sixth Sunday
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "应为 1 到 5" in dialog.message.text()
    assert dialog.name.text() == "母亲节" and festivals.branch_festivals() == []


def test_settings_opens_the_calendar(qtbot, desk_db, desk_actors):
    from ui.main_window import PageContext
    from ui.settings import SettingsPage

    settings = SettingsPage(PageContext(desk_actors["manager"], desk_db, None), clock=lambda: NOVEMBER)
    qtbot.addWidget(settings)
    settings.show()
    qtbot.mouseClick(settings.calendar_button, Qt.MouseButton.LeftButton)
    dialog = settings.calendar_dialog
    qtbot.addWidget(dialog)
    assert dialog.isVisible() and dialog.page.year.value() == 2026


def today_page(qtbot, actor, moment):
    from ui.main_window import PageContext
    from ui.today import TodayPage

    page = TodayPage(PageContext(actor, None, None), clock=lambda: moment)
    qtbot.addWidget(page)
    page.show()
    return page


def test_today_says_from_1_december_that_next_year_is_not_entered(qtbot, desk_actors):
    november = today_page(qtbot, desk_actors["clerk"], NOVEMBER)
    assert not november.calendar_notice.isVisible()
    page = today_page(qtbot, desk_actors["clerk"], DECEMBER)
    assert page.calendar_notice.isVisible()
    assert page.calendar_notice.text().startswith("2027 年节假日尚未录入")
    holidays.set_day(desk_actors["manager"], date(2027, 1, 1), "off", "元旦")
    qtbot.mouseClick(page.refresh_button, Qt.MouseButton.LeftButton)
    assert not page.calendar_notice.isVisible()


def test_today_notice_in_english(qtbot, desk_actors):
    page = today_page(qtbot, desk_actors["clerk"], DECEMBER)
    i18n.set_language("en")
    qtbot.waitUntil(lambda: page.calendar_notice.text().startswith("Public holidays of 2027 have not been entered"))
