"""The branch's own festivals for care greetings (母亲节, 父亲节, a local festival...), next to the
national ones in archive.care.

Stored as one JSON list in the branch setting ``care.branch_festivals`` (common.models.Setting):
each entry {"name", "rule", "month", "day"[, "weekday"]}. Rules:
- ``solar``: the same Gregorian day each year (a 29 February one is greeted on the 28th in common
  years);
- ``lunar``: a day of the Chinese lunar calendar (the 30th of a 29-day month is its last day);
- ``weekday``: the ``day``-th ``weekday`` (0 Monday .. 6 Sunday) of the month; 母亲节 is
  month 5, day 2, weekday 6 (the second Sunday of May).
A manager adds or removes them (audited); everyone's festival list shows them the next day.
"""
from __future__ import annotations

import calendar as gregorian
import json
from dataclasses import asdict, dataclass
from datetime import date, timedelta

from lunardate import LunarDate

from common import audit
from common.actor import Actor
from common.auth import require
from common.db import database
from common.errors import Refusal
from common.models import Setting

from archive import validate
from archive.texts import (
    FESTIVAL_DAY_RANGE, FESTIVAL_DUPLICATE, FESTIVAL_MONTH_RANGE, FESTIVAL_UNKNOWN, FESTIVAL_UNKNOWN_RULE,
    FESTIVAL_WEEKDAY_RANGE,
)

SETTING_KEY = "care.branch_festivals"
SOLAR, LUNAR, WEEKDAY = "solar", "lunar", "weekday"
RULES = (SOLAR, LUNAR, WEEKDAY)


@dataclass(frozen=True)
class BranchFestival:
    name: str
    rule: str
    month: int
    day: int
    weekday: int | None = None

    def date_in(self, year: int) -> date | None:
        """The festival's day in Gregorian ``year`` (None when it has none that year)."""
        if self.rule == SOLAR:
            return date(year, self.month, min(self.day, gregorian.monthrange(year, self.month)[1]))
        if self.rule == WEEKDAY:
            first = date(year, self.month, 1)
            day = first + timedelta(days=(self.weekday - first.weekday()) % 7 + 7 * (self.day - 1))
            return day if day.month == self.month else None
        for lunar_year in (year - 1, year):
            solar = _lunar(lunar_year, self.month, self.day)
            if solar is not None and solar.year == year:
                return solar
        return None


def _lunar(year: int, month: int, day: int) -> date | None:
    for each in range(day, 28, -1):  # the 30th of a short month is its 29th
        try:
            return LunarDate(year, month, each).to_solar_date()
        except ValueError:
            continue
    return None


def branch_festivals() -> list[BranchFestival]:
    row = Setting.get_or_none(Setting.key == SETTING_KEY)
    if row is None:
        return []
    return [BranchFestival(**entry) for entry in json.loads(row.value)]


def branch_festival_days(year: int) -> list[tuple[date, str, str]]:
    """(date, code, name) of the branch's festivals in ``year``, as archive.care.festivals gives them."""
    days = []
    for festival in branch_festivals():
        day = festival.date_in(year)
        if day is not None:
            days.append((day, f"branch:{festival.name}", festival.name))
    return days


def _checked(name, rule: str, month, day, weekday) -> BranchFestival:
    name = validate.required("festival_name", name)[:16]
    if rule not in RULES:
        raise Refusal(FESTIVAL_UNKNOWN_RULE, field="festival_rule", value=str(rule))
    if not isinstance(month, int) or not 1 <= month <= 12:
        raise Refusal(FESTIVAL_MONTH_RANGE, field="festival_month", value=str(month))
    limit = {SOLAR: gregorian.monthrange(2024, month)[1], LUNAR: 30, WEEKDAY: 5}[rule]
    if not isinstance(day, int) or not 1 <= day <= limit:
        raise Refusal(FESTIVAL_DAY_RANGE, field="festival_day", value=str(day), limit=limit)
    if rule == WEEKDAY:
        if not isinstance(weekday, int) or not 0 <= weekday <= 6:
            raise Refusal(FESTIVAL_WEEKDAY_RANGE, field="festival_weekday", value=str(weekday))
    else:
        weekday = None
    return BranchFestival(name, rule, month, day, weekday)


def _save(festivals: list[BranchFestival]) -> None:
    value = json.dumps([asdict(f) for f in festivals], ensure_ascii=False)
    Setting.insert(key=SETTING_KEY, value=value).on_conflict(
        conflict_target=[Setting.key], update={Setting.value: value}).execute()


def add_branch_festival(actor: Actor, name, rule: str, month, day, weekday=None) -> BranchFestival:
    require(actor, "archive.calendar")
    festival = _checked(name, rule, month, day, weekday)
    with database.atomic():
        festivals = branch_festivals()
        if any(f.name == festival.name for f in festivals):
            raise Refusal(FESTIVAL_DUPLICATE, field="festival_name", value=festival.name)
        _save(festivals + [festival])
        audit.record(actor, "care.festival_add", "setting", SETTING_KEY, asdict(festival))
    return festival


def remove_branch_festival(actor: Actor, name: str) -> None:
    require(actor, "archive.calendar")
    with database.atomic():
        festivals = branch_festivals()
        kept = [f for f in festivals if f.name != name]
        if len(kept) == len(festivals):
            raise Refusal(FESTIVAL_UNKNOWN, field="festival_name", value=name)
        _save(kept)
        audit.record(actor, "care.festival_remove", "setting", SETTING_KEY, {"name": name})
