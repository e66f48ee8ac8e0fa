"""The branch's clock: the one place the program reads the time.

Times the program keeps (audit rows, lockouts, signatures, document dates, "no date after today")
are the branch's wall-clock time in the branch's time zone, the ``time_zone`` setting of the
database (Asia/Shanghai unless an administrator changes it in 设置), taken from the system clock in
UTC. The process's own time zone (the ``TZ`` variable, the PC's Windows time zone) plays no part:
a PC set to another zone, or a ``TZ`` typed before the command, must not clear a lockout, stamp
audit rows hours off or let a document be dated tomorrow.

Stored times stay naive (no offset), as every earlier row of a branch database is: they read as
the branch's wall clock. The zone is read from the database once per opened database and cached;
another PC sharing a PostgreSQL server picks up a changed zone at its next start.

No Qt here: the domain, the command line and the GUI all use it. On Windows, ``zoneinfo`` finds
its zone data in the ``tzdata`` package (pinned in requirements.txt).
"""
from __future__ import annotations

from datetime import date, datetime, timezone
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

TIME_ZONE_SETTING = "time_zone"
DEFAULT_TIME_ZONE = "Asia/Shanghai"

_cache: tuple[object, ZoneInfo] | None = None  # (the peewee database it was read from, its zone)


def utc_now() -> datetime:
    """Now, as an aware UTC datetime (the system clock; the process's time zone is not used)."""
    return datetime.now(timezone.utc)


def zone_named(name: str) -> ZoneInfo | None:
    """The IANA zone called ``name`` (Asia/Shanghai), or None when there is no such zone."""
    name = (name or "").strip()
    if not name or name.startswith(("/", ".")) or ".." in name:
        return None  # zoneinfo would read such a "name" as a path
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        return None


def _stored_zone_name() -> str | None:
    from common.db import database
    from common.models import Setting

    if database.obj is None:
        return None
    try:
        row = Setting.get_or_none(Setting.key == TIME_ZONE_SETTING)
    except Exception:  # noqa: BLE001 - a database without the settings table yet (before its first migration)
        return None
    return row.value if row is not None else None


def branch_zone() -> ZoneInfo:
    """The branch's time zone (the ``time_zone`` setting; Asia/Shanghai when none or unknown)."""
    global _cache
    from common.db import database

    current = database.obj
    if _cache is not None and _cache[0] is current and current is not None:
        return _cache[1]
    zone = zone_named(_stored_zone_name() or "") or ZoneInfo(DEFAULT_TIME_ZONE)
    if current is not None:
        _cache = (current, zone)
    return zone


def forget_zone() -> None:
    """Read the zone from the database again at the next call (after the setting changed)."""
    global _cache
    _cache = None


def branch_now() -> datetime:
    """Now on the branch's wall clock, naive (as the program stores times)."""
    return utc_now().astimezone(branch_zone()).replace(tzinfo=None)


def branch_today() -> date:
    """Today's date at the branch."""
    return branch_now().date()


def branch_time_of(timestamp: float) -> datetime:
    """A POSIX timestamp (a file's modification time) on the branch's wall clock, naive."""
    return datetime.fromtimestamp(timestamp, timezone.utc).astimezone(branch_zone()).replace(tzinfo=None)


def set_time_zone(actor, name: str) -> str:
    """An administrator sets the branch's time zone (settings.manage); audited. Returns the name.

    Refused with clock.unknown_zone when ``name`` is not an IANA zone (e.g. Asia/Shanghai)."""
    from common import audit, auth
    from common.db import database
    from common.errors import Refusal
    from common.models import Setting

    auth.require(actor, "settings.manage")
    name = (name or "").strip()
    if zone_named(name) is None:
        raise Refusal("clock.unknown_zone", zone=name)
    with database.atomic():
        row = Setting.get_or_none(Setting.key == TIME_ZONE_SETTING)
        before = row.value if row is not None else DEFAULT_TIME_ZONE
        if before != name:
            if row is None:
                Setting.create(key=TIME_ZONE_SETTING, value=name)
            else:
                row.value = name
                row.save()
            audit.record(actor, "settings.time_zone", "setting", TIME_ZONE_SETTING, {"from": before, "to": name})
    forget_zone()
    return name


def time_zone_name() -> str:
    """The branch's time zone as stored (the default when none is)."""
    stored = (_stored_zone_name() or "").strip()
    return stored if zone_named(stored) is not None else DEFAULT_TIME_ZONE
