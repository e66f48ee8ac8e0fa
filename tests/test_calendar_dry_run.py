"""The holiday sheet import's dry run and template (the first-start wizard's calendar step previews
before it imports), on SQLite and PostgreSQL."""
from datetime import date

from archive.holidays import import_calendar, write_calendar_template
from archive.models import Holiday
from common.models import AuditLog


def test_a_dry_run_lists_every_day_and_writes_nothing_then_the_import_writes_them(db, actors, tmp_path):
    path = write_calendar_template(tmp_path / "日历.xlsx")
    before = (Holiday.select().count(), AuditLog.select().count())
    preview = import_calendar(actors["manager"], path, dry_run=True)
    assert preview.dry_run and preview.days == 9 and preview.years == (2026,)
    assert preview.rows[0] == (date(2026, 9, 20), "work", "国庆节调休", 2)
    assert [kind for _, kind, _, _ in preview.rows].count("off") == 7
    assert (Holiday.select().count(), AuditLog.select().count()) == before
    done = import_calendar(actors["manager"], path)
    assert not done.dry_run and done.rows == preview.rows
    assert Holiday.get(Holiday.day == date(2026, 10, 10)).is_workday_override
