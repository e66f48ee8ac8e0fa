"""Fill the holiday calendar (issue 14) from the State Council notices in the chinesecalendar
package, and move the deadlines of files not yet handed over to match.

Until this migration a new database had no holidays at all and counted weekends only. Days the
package knows replace what the table had for them (the package is the notice); other rows, keyed
by a manager for a year the package did not know yet, stay. Files already handed over keep the
deadline they were judged by. Later package releases add their new years when the program opens
a database (archive.holidays.fill_new_package_years), not here.
"""
from datetime import date, timedelta

from peewee import EXCLUDED, BooleanField, CharField, DateField, Model

from archive.holiday_source import package_days

# Frozen with this migration: the handover rules as they stood (seed 002, part 1).
SALES_HANDOVER_WORKDAYS = 2
REPAIR_HANDOVER_WORKDAYS = 1


def up(migrator, db):
    class Holiday(Model):
        day = DateField(unique=True)
        name = CharField(max_length=32)
        is_workday_override = BooleanField(default=False)

        class Meta:
            database = db
            table_name = "holiday"

    rows = [(day, name, workday) for day, (name, workday) in sorted(package_days().items())]
    for start in range(0, len(rows), 200):
        (Holiday.insert_many(rows[start:start + 200], fields=[Holiday.day, Holiday.name, Holiday.is_workday_override])
         .on_conflict(conflict_target=[Holiday.day],
                      update={Holiday.name: EXCLUDED.name, Holiday.is_workday_override: EXCLUDED.is_workday_override})
         .execute())

    off, worked = set(), set()
    for day, workday in Holiday.select(Holiday.day, Holiday.is_workday_override).tuples():
        (worked if workday else off).add(day)

    def due(start, count):
        day, found = start, 0
        while found < count:
            day += timedelta(days=1)
            if day in worked or (day not in off and day.weekday() < 5):
                found += 1
        return day

    open_sales = db.execute_sql(
        "SELECT s.id, v.delivery_date, s.handover_due FROM sales_file s JOIN vehicle v ON v.id = s.vehicle_id "
        "WHERE s.handed_over_on IS NULL").fetchall()
    open_visits = db.execute_sql(
        "SELECT id, visit_date, handover_due FROM repair_visit WHERE handed_over_on IS NULL").fetchall()
    for table, rows_, count in (("sales_file", open_sales, SALES_HANDOVER_WORKDAYS),
                                ("repair_visit", open_visits, REPAIR_HANDOVER_WORKDAYS)):
        for row_id, base, stored in rows_:
            base = _as_date(base)
            new = due(base, count)
            if new != _as_date(stored):
                db.execute_sql(f"UPDATE {table} SET handover_due = {db.param} WHERE id = {db.param}", (new, row_id))


def _as_date(value):
    return value if isinstance(value, date) else date.fromisoformat(str(value)[:10])
