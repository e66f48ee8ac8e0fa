"""The day lock: a day signed by finance and the manager is closed, and nothing dated on or before
it may be posted. ``DailyDay`` (table daily_day) is the state of each produced day's latest report
version (ledger.daily produces, signs and reopens it); ``check_not_locked`` is called by every
write path of ledger.posting and ledger.opening, ``locked_through`` says how far the lock reaches.

Below posting and the daily report alike, so the journal's writers never import the report.
"""
from __future__ import annotations

from datetime import date as Date

from peewee import CharField, DateField, DateTimeField, ForeignKeyField, IntegerField, fn

from common.dates import as_date
from common.db import BaseModel, is_sqlite
from common.errors import Refusal
from common.models import User
from ledger.texts import LEDGER_DAY_LOCKED


class DailyDay(BaseModel):
    date = DateField(unique=True)
    state = CharField(max_length=16)
    version = IntegerField()
    locked_at = DateTimeField(null=True)
    locked_by = ForeignKeyField(User, null=True, on_delete="RESTRICT", backref="+")

    class Meta:
        table_name = "daily_day"


def check_not_locked(on: Date) -> None:
    """Refuse a posting dated ``on`` when ``on`` or a later day is locked.

    On PostgreSQL the produced days from ``on`` on are read FOR SHARE: a manager locking one of them
    at the same moment waits for this posting (and then sees the report changed), or this posting
    waits for the lock and then sees it."""
    query = DailyDay.select(DailyDay.date, DailyDay.state, DailyDay.locked_at, DailyDay.locked_by).where(
        DailyDay.date >= on)
    if is_sqlite():
        locked = query.where(DailyDay.state == "locked").order_by(DailyDay.date.desc()).first()
    else:
        rows = [row for row in query.order_by(DailyDay.date.desc()).for_update("FOR SHARE") if row.state == "locked"]
        locked = rows[0] if rows else None
    if locked is not None:
        who = User.get_by_id(locked.locked_by_id) if locked.locked_by_id else None
        raise Refusal(LEDGER_DAY_LOCKED, date=on.isoformat(), locked_day=as_date(locked.date).isoformat(),
                      locked_by=who.display_name if who else "", locked_at=str(locked.locked_at or "")[:16])


def locked_through() -> Date | None:
    """The latest locked day (nothing on or before it can be posted), or None."""
    value = DailyDay.select(fn.MAX(DailyDay.date)).where(DailyDay.state == "locked").scalar()
    return as_date(value) if value else None
