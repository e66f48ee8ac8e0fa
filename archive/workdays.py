"""Working days and handover deadlines.

A day is a working day when it is Monday-Friday and not a public holiday, or when the holiday
table marks it as a 调休 make-up working day (``Holiday.is_workday_override``: the Saturday or
Sunday worked to bridge a holiday). The table is edited by the manager each December when the
State Council publishes next year's holiday plan.

Deadlines (seed 002, part 1): a sales file's papers reach the archive within 2 working days of
delivery, a repair visit's within 1 working day of the visit. "Within N working days of D" is the
N-th working day after D; handing over on that day is on time.

``WorkCalendar`` is a plain value so deadlines can be computed for many rows (import, demo) after
loading the table once. Changing the holiday table recomputes the deadlines of files not yet
handed over whose deadline the change could move, so the overdue list never uses a stale calendar.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from common import audit
from common.actor import Actor
from common.auth import require
from common.db import database
from common.errors import Refusal

from archive import validate
from archive.models import Holiday, RepairVisit, SalesFile, Vehicle

SALES_HANDOVER_WORKDAYS = 2
REPAIR_HANDOVER_WORKDAYS = 1
# Longest stretch without a working day in practice is the 8-9 day National Day break; any
# deadline computed from a day falls within this many calendar days of it.
DEADLINE_HORIZON = timedelta(days=40)


@dataclass(frozen=True)
class WorkCalendar:
    days_off: frozenset[date] = field(default_factory=frozenset)
    extra_workdays: frozenset[date] = field(default_factory=frozenset)

    def is_workday(self, day: date) -> bool:
        if day in self.extra_workdays:
            return True
        if day in self.days_off:
            return False
        return day.weekday() < 5

    def add_workdays(self, start: date, count: int) -> date:
        """The ``count``-th working day after ``start``."""
        day, found = start, 0
        while found < count:
            day += timedelta(days=1)
            if self.is_workday(day):
                found += 1
        return day

    def next_workday(self, day: date) -> date:
        """``day`` itself when it is a working day, else the first working day after it."""
        while not self.is_workday(day):
            day += timedelta(days=1)
        return day

    def shift_window(self, first: date, last: date) -> tuple[date, date]:
        """A call window meant in office days: when it opens on a day off it moves, whole, to the
        first working day, and its last day moves on past days off. A repair on the Friday before
        春节 gets its 3DC window after the office reopens, not inside the holiday."""
        opened = self.next_workday(first)
        return opened, self.next_workday(last + (opened - first))

    def workdays_late(self, due: date, done: date) -> int:
        """Working days between the deadline and the day it was done (0 when on time)."""
        late, day = 0, due
        while day < done:
            day += timedelta(days=1)
            if self.is_workday(day):
                late += 1
        return late


def load_calendar(first: date, last: date) -> WorkCalendar:
    """The calendar covering ``first`` .. ``last`` plus the deadline horizon."""
    rows = Holiday.select().where(Holiday.day.between(first, last + DEADLINE_HORIZON))
    days_off, extra = set(), set()
    for row in rows:
        (extra if row.is_workday_override else days_off).add(row.day)
    return WorkCalendar(frozenset(days_off), frozenset(extra))


def sales_handover_due(delivery_date: date, calendar: WorkCalendar | None = None) -> date:
    calendar = calendar or load_calendar(delivery_date, delivery_date)
    return calendar.add_workdays(delivery_date, SALES_HANDOVER_WORKDAYS)


def repair_handover_due(visit_date: date, calendar: WorkCalendar | None = None) -> date:
    calendar = calendar or load_calendar(visit_date, visit_date)
    return calendar.add_workdays(visit_date, REPAIR_HANDOVER_WORKDAYS)


def holidays(year: int):
    return Holiday.select().where(Holiday.day.between(date(year, 1, 1), date(year, 12, 31))).order_by(Holiday.day)


@dataclass(frozen=True)
class CalendarChanged:
    day: date
    deadlines_moved: int


def set_holiday(actor: Actor, day: date, name: str, is_workday_override: bool = False) -> CalendarChanged:
    """Mark ``day`` as a public holiday, or (override) as a 调休 working day. Replaces an entry."""
    require(actor, "archive.calendar")
    name = validate.required("holiday_name", name)
    with database.atomic():
        Holiday.insert(day=day, name=name, is_workday_override=bool(is_workday_override)).on_conflict(
            conflict_target=[Holiday.day], update={Holiday.name: name, Holiday.is_workday_override: bool(is_workday_override)}
        ).execute()
        moved = _recompute_open_deadlines(day)
        audit.record(actor, "archive.holiday_set", "holiday", day.isoformat(),
                     {"name": name, "workday": bool(is_workday_override), "deadlines_moved": moved})
    return CalendarChanged(day, moved)


def remove_holiday(actor: Actor, day: date) -> CalendarChanged:
    require(actor, "archive.calendar")
    with database.atomic():
        if Holiday.delete().where(Holiday.day == day).execute() == 0:
            raise Refusal("archive.holiday_unknown", day=day.isoformat())
        moved = _recompute_open_deadlines(day)
        audit.record(actor, "archive.holiday_removed", "holiday", day.isoformat(), {"deadlines_moved": moved})
    return CalendarChanged(day, moved)


def _recompute_open_deadlines(changed_day: date) -> int:
    """Recompute deadlines of files not yet handed over that a change on ``changed_day`` can move.

    Files already handed over keep the deadline they were judged by: an assessment already made
    is not rewritten by a later calendar edit.
    """
    return recompute_open_deadlines(changed_day - DEADLINE_HORIZON, changed_day)


def recompute_open_deadlines(first: date, last: date) -> int:
    """Recompute the deadlines of files not yet handed over whose delivery or visit is in
    ``first`` .. ``last``; returns how many moved."""
    calendar = load_calendar(first, last)
    moved = 0
    sales = (SalesFile.select(SalesFile, Vehicle.delivery_date).join(Vehicle)
             .where(SalesFile.handed_over_on.is_null() & Vehicle.delivery_date.between(first, last)))
    for sales_file in sales:
        due = sales_handover_due(sales_file.vehicle.delivery_date, calendar)
        if due != sales_file.handover_due:
            SalesFile.update(handover_due=due).where(SalesFile.id == sales_file.id).execute()
            moved += 1
    visits = RepairVisit.select().where(
        RepairVisit.handed_over_on.is_null() & RepairVisit.visit_date.between(first, last))
    for visit in visits:
        due = repair_handover_due(visit.visit_date, calendar)
        if due != visit.handover_due:
            RepairVisit.update(handover_due=due).where(RepairVisit.id == visit.id).execute()
            moved += 1
    return moved
