"""The branch's clock (common.clock, issue 15 item 6): lockouts, audit times and "no date after
today" follow the branch's time zone setting, whatever time zone the process runs in (``TZ``).

The attacks run ``main.py`` in child processes with ``TZ`` set. Where dates must differ, the branch
is put in Pacific/Pago_Pago (UTC-11) and the process in Pacific/Kiritimati (UTC+14): 25 hours
apart, so the process's date is the branch's tomorrow at any moment of the day.
"""
from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from common import clock
from common import db as dbmod
from common.errors import Refusal
from common.models import AuditLog, Setting, User
from tests.conftest import TEST_PASSWORD
from tests.test_cli import run_cli

BRANCH_BEHIND, PROCESS_AHEAD = "Pacific/Pago_Pago", "Pacific/Kiritimati"


def branch_wall_clock(zone: str) -> datetime:
    return datetime.now(ZoneInfo(zone)).replace(tzinfo=None)


def _set_zone(name: str) -> None:
    Setting.insert(key=clock.TIME_ZONE_SETTING, value=name).on_conflict_replace().execute()
    clock.forget_zone()


def _as(user: str, tz: str) -> dict:
    return {"BRANCHDESK_USER": user, "BRANCHDESK_PASSWORD": TEST_PASSWORD, "TZ": tz}


def _reopen(target) -> None:
    dbmod.close_database()
    dbmod.open_database(target)
    clock.forget_zone()


def test_a_tz_variable_does_not_clear_a_lockout(sqlite_db, sqlite_actors, tmp_path):
    _set_zone(BRANCH_BEHIND)
    # Locked a minute ago for the usual fifteen minutes, on the branch's clock.
    User.update(locked_until=branch_wall_clock(BRANCH_BEHIND) + timedelta(minutes=14)).where(
        User.username == "clerk").execute()
    dbmod.close_database()
    result = run_cli("--db", sqlite_db.path, "today", "--json", env=_as("clerk", PROCESS_AHEAD), data_dir=tmp_path)
    assert result.returncode == 1
    assert "已锁定" in result.stderr


def test_audit_rows_carry_the_branch_time_not_the_process_time(sqlite_db, sqlite_actors, tmp_path):
    dbmod.close_database()  # the branch keeps the default zone, Asia/Shanghai
    result = run_cli("--db", sqlite_db.path, "today", "--json", env=_as("clerk", "America/Los_Angeles"),
                     data_dir=tmp_path)
    assert result.returncode == 0, result.stderr
    _reopen(sqlite_db)
    login = AuditLog.select().where(AuditLog.action == "login").order_by(AuditLog.id.desc()).first()
    assert abs(login.at - branch_wall_clock("Asia/Shanghai")) < timedelta(minutes=2)


def test_a_document_dated_the_branchs_tomorrow_is_refused_whatever_the_tz(sqlite_db, sqlite_actors, tmp_path):
    _set_zone(BRANCH_BEHIND)
    dbmod.close_database()
    tomorrow = branch_wall_clock(PROCESS_AHEAD).date()  # the process's today
    assert tomorrow == branch_wall_clock(BRANCH_BEHIND).date() + timedelta(days=1)
    out = tmp_path / "daily.xlsx"
    refused = run_cli("--db", sqlite_db.path, "report", "daily", "--date", tomorrow.isoformat(), "--out", out,
                      env=_as("clerk", PROCESS_AHEAD), data_dir=tmp_path)
    assert refused.returncode == 1 and not out.exists()
    assert "晚于今天" in refused.stderr or tomorrow.isoformat() in refused.stderr
    today = branch_wall_clock(BRANCH_BEHIND).date()
    done = run_cli("--db", sqlite_db.path, "report", "daily", "--date", today.isoformat(), "--out", out,
                   env=_as("clerk", PROCESS_AHEAD), data_dir=tmp_path)
    assert done.returncode == 0, done.stderr


def test_the_branch_clock_reads_the_zone_setting(db, actors):
    assert clock.branch_zone() == ZoneInfo("Asia/Shanghai")  # nothing set: the default
    assert abs(clock.branch_now() - branch_wall_clock("Asia/Shanghai")) < timedelta(seconds=5)
    clock.set_time_zone(actors["admin"], "Asia/Urumqi")
    assert clock.time_zone_name() == "Asia/Urumqi"
    assert abs(clock.branch_now() - branch_wall_clock("Asia/Urumqi")) < timedelta(seconds=5)
    assert clock.branch_today() == branch_wall_clock("Asia/Urumqi").date()
    row = AuditLog.select().where(AuditLog.action == "settings.time_zone").get()
    assert row.username == "admin" and "Asia/Urumqi" in row.detail


@pytest.mark.parametrize("name", ["Mars/Olympus", "", "../../etc/passwd", "/etc/localtime"])
def test_a_name_that_is_no_zone_is_refused_and_changes_nothing(db, actors, name):
    with pytest.raises(Refusal) as refused:
        clock.set_time_zone(actors["admin"], name)
    assert refused.value.code == "clock.unknown_zone"
    assert clock.time_zone_name() == clock.DEFAULT_TIME_ZONE


def test_only_an_administrator_sets_the_zone(db, actors):
    with pytest.raises(Refusal) as refused:
        clock.set_time_zone(actors["manager"], "Asia/Urumqi")
    assert refused.value.code == "auth.forbidden"
    assert clock.time_zone_name() == clock.DEFAULT_TIME_ZONE


def test_the_program_reads_the_time_only_through_the_branch_clock():
    """A new datetime.now() or date.today() would bring the process's TZ back (issue 15 item 6)."""
    import re
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    local_clock = re.compile(r"\b(datetime\.(now|today)\b|date\.today\b|QDate\.currentDate\b|QDateTime\.currentDateTime\b"
                             r"|time\.localtime\b|datetime\.fromtimestamp\b)")
    found = []
    for folder in ("common", "ledger", "archive", "ui"):
        for path in sorted((root / folder).rglob("*.py")):
            if path.name == "clock.py" and folder == "common":
                continue
            for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
                code = line.split("#", 1)[0]
                if local_clock.search(code):
                    found.append(f"{path.relative_to(root)}:{number}: {line.strip()}")
    for number, line in enumerate((root / "main.py").read_text(encoding="utf-8").splitlines(), start=1):
        if local_clock.search(line.split("#", 1)[0]):
            found.append(f"main.py:{number}: {line.strip()}")
    assert found == []
