"""The holiday calendar (issue 14): filled from the State Council notices (chinesecalendar) on every
new database and on upgrade, kept by the manager (one day, a sheet), and the years it does not
cover named where a deadline or the 今日 page would otherwise silently count weekends only.
SQLite and PostgreSQL."""
from datetime import date, datetime, timedelta

import chinese_calendar
import pytest

from archive import checks, files, holidays, validate, workdays
from archive.holiday_source import package_days, package_years
from archive.models import Holiday, SalesFile
from common import schema
from common.excel import write_rows
from common.messages import text
from common.errors import Refusal, RefusalList
from common.models import AuditLog, Setting

from tests.conftest import NOW


def refused(call, *args, **kwargs) -> Refusal:
    with pytest.raises(Refusal) as info:
        call(*args, **kwargs)
    return info.value


SERIAL = iter(range(1, 10_000))


def register(actor, delivered: date):
    """A car delivered on ``delivered``, registered that day or (for past days) today."""
    serial = next(SERIAL)
    acting = actor.at(datetime.combine(max(delivered, actor.today), datetime.min.time()))
    owner = files.create_customer(acting, kind="company", name=f"郑州物流{serial}有限公司")
    return files.register_vehicle(acting, owner.id, vin=validate.with_check_digit(f"LFV2A21K0G3{serial:06d}"),
                                  delivery_date=delivered, responsible="李明")


def test_every_day_of_every_year_the_package_knows_is_the_same_working_day_or_day_off(db):
    first, last = date(min(package_years()), 1, 1), date(max(package_years()), 12, 31)
    calendar = workdays.load_calendar(first, last)
    day, wrong = first, []
    while day <= last:
        if calendar.is_workday(day) != chinese_calendar.is_workday(day):
            wrong.append(day)
        day += timedelta(days=1)
    assert wrong == []
    assert {2018, 2025, 2026} <= set(package_years())


def test_a_fresh_database_has_2025_and_2026_as_the_state_council_announced(db):
    y2026 = holidays.year_calendar(2026)
    off = set(y2026.days_off)
    # 春节 2026: 15-23 February off (9 days), Saturday 14 and Saturday 28 February worked.
    assert {date(2026, 2, d) for d in (16, 17, 18, 19, 20, 23)} <= off
    assert date(2026, 2, 24) not in off
    assert {date(2026, 2, 14), date(2026, 2, 28), date(2026, 9, 20), date(2026, 10, 10)} <= set(y2026.workdays)
    assert {date(2026, 10, d) for d in (1, 2, 5, 6, 7)} <= off
    assert y2026.entries[date(2026, 2, 17)] == ("春节", False) and y2026.entries[date(2026, 10, 10)] == ("国庆节", True)
    y2025 = holidays.year_calendar(2025)
    assert {date(2025, 1, 28), date(2025, 2, 4), date(2025, 10, 8)} <= set(y2025.days_off)
    assert {date(2025, 1, 26), date(2025, 2, 8), date(2025, 4, 27), date(2025, 9, 28), date(2025, 10, 11)} \
        == set(y2025.workdays)
    # days_off are Monday-Friday only, workdays Saturday/Sunday only, as `calendar show --json` prints them.
    assert all(d.weekday() < 5 for d in y2026.days_off) and all(d.weekday() >= 5 for d in y2026.workdays)
    assert y2026.as_json()["days_off"][0] == "2026-01-01"


def test_handover_deadlines_of_2018_to_2026_follow_the_notices(db):
    calendar = workdays.load_calendar(date(2018, 1, 1), date(2026, 12, 20))
    day = date(2018, 1, 1)
    while day <= date(2026, 12, 20):
        # find_workday(0, d) is the first working day on or after d: the N-th after D is (N-1, D+1).
        after = day + timedelta(days=1)
        assert workdays.sales_handover_due(day, calendar) == chinese_calendar.find_workday(1, after)
        assert workdays.repair_handover_due(day, calendar) == chinese_calendar.find_workday(0, after)
        day += timedelta(days=1)
    # The example: papers of a repair on 30 September are due after 国庆, on 8 October.
    assert holidays.workdays_after(date(2026, 9, 30), 1).day == date(2026, 10, 8)
    assert holidays.workdays_after(date(2026, 9, 30), 2).day == date(2026, 10, 9)
    assert holidays.workdays_after(date(2026, 2, 13), 1).day == date(2026, 2, 14)  # a 调休 Saturday


def test_the_manager_sets_a_day_audited_and_open_deadlines_move(db, actors):
    registered = register(actors["clerk"], date(2026, 11, 20))  # Friday: due Tuesday 24th
    assert registered.handover_due == date(2026, 11, 24)
    assert refused(holidays.set_day, actors["clerk"], date(2026, 11, 23), "off", "停电").code == "auth.forbidden"
    changed = holidays.set_day(actors["manager"], date(2026, 11, 23), "off", "停电")
    assert changed.deadlines_moved == 1
    assert SalesFile.get_by_id(registered.sales_file_id).handover_due == date(2026, 11, 25)
    row = AuditLog.select().where(AuditLog.action == "archive.holiday_set").get()
    assert row.username == "manager" and row.entity_id == "2026-11-23" and "停电" in row.detail
    holidays.set_day(actors["manager"], date(2026, 11, 23), "normal")
    assert SalesFile.get_by_id(registered.sales_file_id).handover_due == date(2026, 11, 24)
    assert refused(holidays.set_day, actors["manager"], date(2026, 11, 25), "work").code == "calendar.work_on_weekday"
    assert refused(holidays.set_day, actors["manager"], date(2026, 11, 25), "holiday").code == "calendar.unknown_kind"


def test_a_sheet_of_next_years_notice_imports_whole_or_not_at_all(db, actors, tmp_path):
    good = tmp_path / "2027.xlsx"
    write_rows(good, "日历", ["日期", "类型", "名称"], [
        [date(2027, 2, 8), "放假", "春节"], [date(2027, 2, 9), "放假", "春节"], [date(2027, 2, 20), "上班", "春节"]])
    bad = tmp_path / "bad.xlsx"
    write_rows(bad, "日历", ["日期", "类型", "名称"], [
        [date(2027, 5, 3), "放假", "劳动节"], [date(2027, 5, 6), "上班", ""], [date(2027, 5, 3), "放假", ""],
        [date(2027, 5, 8), "加班", ""]])
    assert refused(holidays.import_calendar, actors["clerk"], good).code == "auth.forbidden"
    problems = refused(holidays.import_calendar, actors["manager"], bad)
    assert isinstance(problems, RefusalList)
    assert [(p.facts["row"], p.items[0].code) for p in problems.items] == [
        (3, "calendar.work_on_weekday"), (4, "calendar.import_day_repeated"), (5, "calendar.unknown_kind")]
    assert not holidays.year_calendar(2027).covered  # nothing of the bad file was kept
    result = holidays.import_calendar(actors["manager"], good)
    assert (result.days, result.years) == (3, (2027,))
    view = holidays.year_calendar(2027)
    assert view.days_off == [date(2027, 2, 8), date(2027, 2, 9)] and view.workdays == [date(2027, 2, 20)]
    assert AuditLog.select().where(AuditLog.action == "calendar.import").count() == 1


def test_years_not_entered_are_named_from_december_and_for_deadlines(db, actors):
    assert holidays.notice_years(date(2026, 11, 30)) == []
    assert holidays.notice_years(date(2026, 12, 1)) == [2027]
    # A deadline that falls in 2027 says so where it is shown.
    registered = register(actors["clerk"], date(2026, 12, 30))
    assert [w.code for w in registered.warnings] == ["calendar.deadline_year_unknown"]
    assert registered.warnings[0].facts["year"] == 2027
    assert holidays.workdays_after(date(2026, 12, 30), 2).unknown_years == (2027,)
    holidays.set_day(actors["manager"], date(2027, 2, 8), "off", "春节")
    assert holidays.notice_years(date(2026, 12, 1)) == [2027]  # begun, not entered: no 元旦 yet
    holidays.set_day(actors["manager"], date(2027, 1, 1), "off", "元旦")
    assert holidays.notice_years(date(2026, 12, 1)) == []
    # A year in the middle of use that nobody entered (the table lost 2026) is named at once.
    Holiday.delete().where(Holiday.day.between(date(2026, 1, 1), date(2026, 12, 31))).execute()
    assert holidays.notice_years(date(2026, 6, 1)) == [2026]


def test_check_names_years_in_use_the_table_does_not_cover(db, actors):
    assert checks.check_calendar() == []
    register(actors["clerk"], date(2003, 5, 8))  # before the first notice the package has (2004)
    assert [text(p, "zh") for p in checks.check_calendar()] == [
        "2003 年节假日尚未录入，但档案的日期或截止日落在该年：截止日只按周末计算。请在“设置 → 节假日日历”中录入。"]


def test_a_newer_package_fills_its_new_years_on_open_and_leaves_entered_years_alone(db, actors):
    Holiday.delete().where(Holiday.day >= date(2026, 1, 1)).execute()
    Setting.delete().where(Setting.key == holidays.PACKAGE_SETTING).execute()
    holidays.set_day(actors["manager"], date(2025, 12, 31), "off", "本店盘点")
    assert holidays.fill_new_package_years(NOW) == [2026]
    assert holidays.year_calendar(2026).entries == {d: v for d, v in package_days().items() if d.year == 2026}
    assert holidays.year_calendar(2025).entries[date(2025, 12, 31)] == ("本店盘点", False)
    assert AuditLog.select().where(AuditLog.action == "calendar.package_fill").count() == 1
    assert holidays.fill_new_package_years(NOW) == []  # same package version: nothing to do


def test_the_upgrade_fills_an_old_database_and_moves_its_open_deadlines(db, actors):
    registered = register(actors["clerk"], date(2026, 9, 30))
    assert registered.handover_due == date(2026, 10, 9)
    # The database as it was before migration 0010: no holidays, deadlines counted on weekends only.
    Holiday.delete().execute()
    SalesFile.update(handover_due=date(2026, 10, 2)).execute()
    schema.dbmod.current().execute_sql("DELETE FROM schema_migration WHERE name = '0010_holiday_calendar'")
    assert schema.upgrade(db, NOW) == ["0010_holiday_calendar"]
    assert Holiday.select().count() == len(package_days())
    assert SalesFile.get_by_id(registered.sales_file_id).handover_due == date(2026, 10, 9)


def test_n_working_days_is_never_negative(db):
    assert refused(holidays.workdays_after, date(2026, 1, 5), -1).code == "calendar.negative_count"
    assert holidays.workdays_after(date(2026, 1, 5), 0).day == date(2026, 1, 5)
