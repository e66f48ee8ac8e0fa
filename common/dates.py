"""Small date helpers both domains use: a stored date read back as a ``date`` (SQLite returns text,
PostgreSQL a date, some queries a datetime) and calendar-month arithmetic."""
from __future__ import annotations

import calendar
from datetime import date, datetime


def as_date(value) -> date:
    """``value`` (a date, a datetime or ISO text as a database returns it) as a ``date``."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def add_months(day: date, months: int) -> date:
    """The same day ``months`` calendar months later (earlier if negative), clamped to the month's
    last day: 31 January + 1 month is 28 (or 29) February."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))
