"""The holiday calendar as the manager keeps it: the year view, setting one day, importing a
sheet, filling from the State Council notices, and which years the table covers.

A year is *covered* when its 1 January is in the table as a day off: every notice lists 元旦 first
(1 January is a day off every year), so a year without it is one nobody has entered yet (or only
begun), and its deadlines would silently count weekends only. Those years are named wherever it
matters (the 今日 page from 1 December, a deadline that falls in one, ``check``).

Kinds of day in the table (``archive.models.Holiday``): a day off (放假, any weekday; the
notices list the weekend days of a break too) or a 调休 working day (上班, a Saturday or Sunday
worked). Setting a day back to ``normal`` removes its row.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

from common import audit
from common.actor import Actor
from common.auth import require
from common.db import database
from common.errors import Refusal, RefusalList
from common.excel import Sheet, column_letter, read_sheet, write_workbook
from common.models import Setting, User

from archive import validate, workdays
from archive.holiday_source import PACKAGE_SETTING, package_days, package_version, package_years
from archive.models import Holiday, RepairVisit, SalesFile, Vehicle
from archive.texts import (
    CALENDAR_IMPORT_DAY_REPEATED, CALENDAR_IMPORT_EMPTY, CALENDAR_UNKNOWN_KIND, CALENDAR_WORK_ON_WEEKDAY,
)

OFF, WORK, NORMAL = "off", "work", "normal"
KINDS = (OFF, WORK, NORMAL)
DEFAULT_NAMES = {OFF: "节假日", WORK: "调休上班"}
IMPORT_SHEET = "日历"
IMPORT_HEADERS = ("日期", "类型", "名称")
IMPORT_KIND_WORDS = {"放假": OFF, "休": OFF, "休息": OFF, "上班": WORK, "班": WORK, "调休上班": WORK}
# The month the State Council publishes next year's notice; from its 1st the 今日 page reminds.
NOTICE_MONTH_DAY = (12, 1)


# -- coverage -----------------------------------------------------------------------------------

def covered_years() -> set[int]:
    rows = Holiday.select(Holiday.day).where(~Holiday.is_workday_override).tuples()
    return {day.year for (day,) in rows if (day.month, day.day) == (1, 1)}


def uncovered(years) -> list[int]:
    known = covered_years()
    return sorted({year for year in years if year not in known})


def open_deadline_years(today: date) -> set[int]:
    """Years of today and of every deadline still open (files not handed over)."""
    years = {today.year}
    for model in (SalesFile, RepairVisit):
        latest = model.select(model.handover_due).where(model.handed_over_on.is_null()) \
            .order_by(model.handover_due.desc()).limit(1).scalar()
        if latest is not None:
            years.update(range(today.year, latest.year + 1))
    return years


def notice_years(today: date) -> list[int]:
    """The years the 今日 page names as not entered: next year from 1 December, and any year an
    open deadline (or today) falls in."""
    years = open_deadline_years(today)
    if (today.month, today.day) >= NOTICE_MONTH_DAY:
        years.add(today.year + 1)
    return uncovered(years)


def years_in_use() -> set[int]:
    """Years the branch's data touch: from the first delivery or visit to the last deadline."""
    first = min((d for d in (Vehicle.select(Vehicle.delivery_date).order_by(Vehicle.delivery_date).limit(1).scalar(),
                             RepairVisit.select(RepairVisit.visit_date).order_by(RepairVisit.visit_date).limit(1).scalar())
                 if d is not None), default=None)
    last = max((d for d in (SalesFile.select(SalesFile.handover_due).order_by(SalesFile.handover_due.desc()).limit(1).scalar(),
                            RepairVisit.select(RepairVisit.handover_due).order_by(RepairVisit.handover_due.desc()).limit(1).scalar())
                if d is not None), default=None)
    if first is None or last is None:
        return set()
    return set(range(first.year, last.year + 1))


# -- the year view --------------------------------------------------------------------------------

@dataclass(frozen=True)
class YearCalendar:
    year: int
    entries: dict[date, tuple[str, bool]]  # day -> (name, True for a 调休 working day)

    @property
    def days_off(self) -> list[date]:
        """Holidays on Monday-Friday: the days that are not working days only because of the table."""
        return [d for d, (_, work) in sorted(self.entries.items()) if not work and d.weekday() < 5]

    @property
    def workdays(self) -> list[date]:
        """调休 Saturdays and Sundays that are working days."""
        return [d for d, (_, work) in sorted(self.entries.items()) if work and d.weekday() >= 5]

    @property
    def covered(self) -> bool:
        entry = self.entries.get(date(self.year, 1, 1))
        return entry is not None and not entry[1]

    def as_json(self) -> dict:
        return {"year": self.year, "days_off": [d.isoformat() for d in self.days_off],
                "workdays": [d.isoformat() for d in self.workdays]}


def year_calendar(year: int) -> YearCalendar:
    return YearCalendar(year, {row.day: (row.name, bool(row.is_workday_override)) for row in workdays.holidays(year)})


# -- changing days ------------------------------------------------------------------------------

def kind_of(word: str) -> str:
    cleaned = validate.text(word).lower()
    if cleaned in KINDS:
        return cleaned
    kind = IMPORT_KIND_WORDS.get(validate.text(word))
    if kind is None:
        raise Refusal(CALENDAR_UNKNOWN_KIND, field="calendar_kind", value=validate.text(word))
    return kind


def set_day(actor: Actor, day: date, kind: str, name: str | None = None) -> workdays.CalendarChanged:
    """Make ``day`` a day off, a 调休 working day, or (``normal``) an ordinary day again. Audited;
    open deadlines the change moves are recomputed (archive.workdays)."""
    require(actor, "archive.calendar")
    if kind not in KINDS:
        raise Refusal(CALENDAR_UNKNOWN_KIND, field="calendar_kind", value=str(kind))
    if kind == NORMAL:
        return workdays.remove_holiday(actor, day)
    if kind == WORK and day.weekday() < 5:
        # Monday-Friday already is a working day; marking it would hide a typing mistake.
        raise Refusal(CALENDAR_WORK_ON_WEEKDAY, field="calendar_day", value=day.isoformat())
    return workdays.set_holiday(actor, day, validate.text(name) or DEFAULT_NAMES[kind], kind == WORK)


@dataclass(frozen=True)
class CalendarImported:
    days: int
    years: tuple[int, ...]
    deadlines_moved: int
    dry_run: bool = False  # True: what the import would do; nothing was written
    rows: tuple = ()  # (day, kind, name, Excel row) per day, by date: what a preview lists


class _Rollback(Exception):
    """Raised inside the import's transaction to undo a dry run."""


def import_calendar(actor: Actor, path, dry_run: bool = False) -> CalendarImported:
    """Import a sheet 日历 (日期 | 类型 放假/上班 | 名称); all rows or none, one message per bad row.
    ``dry_run`` does everything (the deadlines it moves counted) and rolls it back."""
    from archive.io import _RowProblems

    require(actor, "archive.calendar")
    records = read_sheet(Path(path), IMPORT_SHEET, IMPORT_HEADERS, kinds={"日期": "date"}, required=("日期", "类型"))
    problems = _RowProblems({h: column_letter(i + 1) for i, h in enumerate(IMPORT_HEADERS)})
    rows: dict[date, tuple[str, str, int]] = {}
    for record in records:
        n, day = record.number, record["日期"]
        kind = problems.check(n, "类型", kind_of, record["类型"])
        if kind == NORMAL:
            problems.items.append(problems.wrap(n, Refusal(CALENDAR_UNKNOWN_KIND, field="calendar_kind",
                                                           value=validate.text(record["类型"])), "类型"))
            continue
        if kind == WORK and day.weekday() < 5:
            problems.items.append(problems.wrap(n, Refusal(CALENDAR_WORK_ON_WEEKDAY, field="calendar_day",
                                                           value=day.isoformat()), "日期"))
            continue
        if day in rows:
            problems.items.append(problems.wrap(n, Refusal(CALENDAR_IMPORT_DAY_REPEATED, field="calendar_day",
                                                           value=day.isoformat(), first_row=rows[day][2]), "日期"))
            continue
        if kind:
            rows[day] = (kind, validate.text(record["名称"])[:32] or DEFAULT_NAMES[kind], n)
    if problems.items:
        raise RefusalList("excel.bad_rows", problems.items[:500], sheet=IMPORT_SHEET, total=len(problems.items))
    if not rows:
        raise Refusal(CALENDAR_IMPORT_EMPTY, sheet=IMPORT_SHEET)
    listed = tuple((day, kind, name, n) for day, (kind, name, n) in sorted(rows.items()))
    try:
        with database.atomic():
            _upsert([(day, name, kind == WORK) for day, (kind, name, _) in rows.items()])
            moved = workdays.recompute_open_deadlines(min(rows) - workdays.DEADLINE_HORIZON, max(rows))
            years = tuple(sorted({day.year for day in rows}))
            audit.record(actor, "calendar.import", "holiday", None,
                         {"file": Path(path).name, "days": len(rows), "years": list(years), "deadlines_moved": moved})
            if dry_run:
                raise _Rollback
    except _Rollback:
        pass
    return CalendarImported(len(rows), years, moved, dry_run, listed)


def write_calendar_template(path) -> Path:
    """The sheet 日历 with the 2026 National Day notice as the example (days off and the two
    调休 weekend working days)."""
    rows = [[date(2026, 9, 20), "上班", "国庆节调休"]] + [
        [date(2026, 10, day), "放假", "国庆节"] for day in range(1, 8)] + [[date(2026, 10, 10), "上班", "国庆节调休"]]
    write_workbook(path, [Sheet(IMPORT_SHEET, list(IMPORT_HEADERS), rows,
                                kinds={"日期": "date", "类型": "text", "名称": "text"})])
    return Path(path)


def _upsert(rows: list[tuple[date, str, bool]]) -> None:
    from peewee import EXCLUDED

    for start in range(0, len(rows), 200):
        (Holiday.insert_many(rows[start:start + 200], fields=[Holiday.day, Holiday.name, Holiday.is_workday_override])
         .on_conflict(conflict_target=[Holiday.day],
                      update={Holiday.name: EXCLUDED.name, Holiday.is_workday_override: EXCLUDED.is_workday_override})
         .execute())


# -- the maintained source ------------------------------------------------------------------------

def fill_new_package_years(now: datetime, user: User | None = None) -> list[int]:
    """Fill the years the installed chinesecalendar knows and the table does not cover at all
    (a program update bringing a newer notice). Years already covered, by the package or by a
    manager's hand, are left alone. Cheap when nothing is new: the installed package version is
    remembered and compared first."""
    version = package_version()
    stored = Setting.get_or_none(Setting.key == PACKAGE_SETTING)
    if stored is not None and stored.value == version:
        return []
    with database.atomic():
        missing = set(uncovered(package_years()))
        rows = [(day, name, work) for day, (name, work) in sorted(package_days().items()) if day.year in missing]
        moved = 0
        if rows:
            _upsert(rows)
            moved = workdays.recompute_open_deadlines(rows[0][0] - workdays.DEADLINE_HORIZON, rows[-1][0])
            audit.record_at(now, "calendar.package_fill", "holiday", None,
                            {"package": version, "years": sorted(missing), "deadlines_moved": moved}, user=user,
                            username="" if user else "system")
        Setting.insert(key=PACKAGE_SETTING, value=version).on_conflict(
            conflict_target=[Setting.key], update={Setting.value: version}).execute()
    return sorted(missing)


# -- deadlines -------------------------------------------------------------------------------------

@dataclass(frozen=True)
class WorkdaysAfter:
    start: date
    count: int
    day: date
    unknown_years: tuple[int, ...]  # years between start and day the table does not cover


def workdays_after(start: date, count: int) -> WorkdaysAfter:
    """The ``count``-th working day after ``start`` (the rule the handover deadlines use)."""
    if count < 0:
        raise Refusal("calendar.negative_count", field="calendar_count", value=count)
    # Each 7 calendar days hold at least 3 working days even across the longest break.
    calendar = workdays.load_calendar(start, start + timedelta(days=count * 7 // 3 + 7))
    day = calendar.add_workdays(start, count)
    return WorkdaysAfter(start, count, day, tuple(uncovered(range(start.year, day.year + 1))))


def deadline_warnings(*days: date) -> tuple[Refusal, ...]:
    """A warning per deadline year the table does not cover, for a result that shows a deadline."""
    return tuple(Refusal("calendar.deadline_year_unknown", year=year, day=min(d for d in days if d.year == year).isoformat())
                 for year in uncovered({d.year for d in days}))
