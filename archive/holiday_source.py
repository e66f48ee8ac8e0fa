"""The maintained source of the holiday table: the ``chinesecalendar`` package, which carries every
State Council holiday notice (days off and 调休 make-up working days) from 2004 on and gets a new
release when the next year's notice is out (each November or December).

Pure data, no database: the schema migration that first fills the table and the domain code
(archive.holidays) both read it here.
"""
from __future__ import annotations

from datetime import date

# The Setting that remembers the package version whose years were last filled in (archive.holidays);
# here, so a start-up can compare it without importing the calendar's domain code.
PACKAGE_SETTING = "calendar.package_version"

# The package names holidays in English; the table keeps the names the notices use.
PACKAGE_NAMES = {
    "New Year's Day": "元旦",
    "Spring Festival": "春节",
    "Tomb-sweeping Day": "清明节",
    "Labour Day": "劳动节",
    "Dragon Boat Festival": "端午节",
    "Mid-autumn Festival": "中秋节",
    "National Day": "国庆节",
    "Anti-Fascist 70th Day": "抗战胜利纪念日",
}


def package_days() -> dict[date, tuple[str, bool]]:
    """Every day the notices name: day -> (Chinese name, True for a make-up working day)."""
    from chinese_calendar import constants

    days = {day: (PACKAGE_NAMES.get(name, name), False) for day, name in constants.holidays.items()}
    days.update({day: (PACKAGE_NAMES.get(name, name), True) for day, name in constants.workdays.items()})
    return days


def package_years() -> list[int]:
    """The years the package has a notice for (a year's notice always gives days off)."""
    from chinese_calendar import constants

    return sorted({day.year for day in constants.holidays})


def package_version() -> str:
    """The installed chinesecalendar's version. Every start compares it with the one the holiday
    table was filled from, so it is read without importing the package (common.package_version)."""
    from common.package_version import source_version

    version = source_version("chinese_calendar")
    if version is not None:
        return version
    import chinese_calendar

    return getattr(chinese_calendar, "__version__", "")
