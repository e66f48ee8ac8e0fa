"""`main.py day status|produce|sign|reopen|verify DATE` acts as the logged-in user with the 日报
page's domain functions and refusals (issue 15 item 7), and `check` reports tampering instead of
passing (items 1-3). Real processes on a real SQLite file."""
from __future__ import annotations

import sqlite3

from tests.conftest import TEST_PASSWORD
from tests.test_cli import run_cli
from tests.test_daily import FRIDAY, clerks_friday

DAY = FRIDAY.isoformat()


def day(sqlite_db, tmp_path, user: str, *args, lang=None):
    options = ["--db", sqlite_db.path] + (["--lang", lang] if lang else [])
    return run_cli(*options, "day", *args, data_dir=tmp_path / "cli",
                   env={"BRANCHDESK_USER": user, "BRANCHDESK_PASSWORD": TEST_PASSWORD})


def test_the_sign_off_on_the_command_line_with_the_pages_refusals(sqlite_db, sqlite_actors, tmp_path):
    clerks_friday(sqlite_actors)
    status = day(sqlite_db, tmp_path, "clerk", "status", DAY)
    assert status.returncode == 0 and "未生成" in status.stdout

    produced = day(sqlite_db, tmp_path, "clerk", "produce", DAY)
    assert produced.returncode == 0, produced.stderr
    assert "已生成 2026-11-20 的日报第 1 版" in produced.stdout and "制表人：王丽" in produced.stdout

    early = day(sqlite_db, tmp_path, "manager", "sign", DAY)
    assert early.returncode == 1 and "财务还没有签字" in early.stderr

    clerk = day(sqlite_db, tmp_path, "clerk", "sign", DAY)
    assert clerk.returncode == 1 and "没有此操作的权限" in clerk.stderr

    finance = day(sqlite_db, tmp_path, "finance", "sign", DAY)
    assert finance.returncode == 0, finance.stderr
    assert "财务已签" in finance.stdout and "财务：李会计" in finance.stdout

    # The finance clerk promoted to manager cannot give the second signature as well.
    with sqlite3.connect(sqlite_db.path) as conn:
        conn.execute("UPDATE user SET role = 'manager' WHERE username = 'finance'")
    twice = day(sqlite_db, tmp_path, "finance", "sign", DAY)
    assert twice.returncode == 1 and "两个签字必须是两个人" in twice.stderr
    twice_en = day(sqlite_db, tmp_path, "finance", "sign", DAY, lang="en")
    assert twice_en.returncode == 1 and "two different people" in twice_en.stderr

    locked = day(sqlite_db, tmp_path, "manager", "sign", DAY)
    assert locked.returncode == 0, locked.stderr
    assert "经理已签（已锁定）" in locked.stdout
    code = next(line.split("：", 1)[1] for line in locked.stdout.splitlines() if line.startswith("校验码："))

    verified = day(sqlite_db, tmp_path, "clerk", "verify", DAY, code)
    assert verified.returncode == 0 and verified.stdout.startswith("相符")
    wrong = day(sqlite_db, tmp_path, "clerk", "verify", DAY, "AAAA-BBBB-CCCC")
    assert wrong.returncode == 1 and wrong.stdout.startswith("不符")

    no_reason = day(sqlite_db, tmp_path, "manager", "reopen", DAY)
    assert no_reason.returncode == 1 and "必须填写原因" in no_reason.stderr
    reopened = day(sqlite_db, tmp_path, "manager", "reopen", DAY, "--reason", "补录漏记的门市单")
    assert reopened.returncode == 0 and "已重新打开" in reopened.stdout

    bad = day(sqlite_db, tmp_path, "clerk", "status", "2026-13-01")
    assert bad.returncode == 1 and "无效" in bad.stderr


def test_check_names_a_forged_audit_row_and_a_dropped_trigger(sqlite_db, sqlite_actors, tmp_path):
    clerks_friday(sqlite_actors)
    env = {"BRANCHDESK_USER": "admin", "BRANCHDESK_PASSWORD": TEST_PASSWORD}
    honest = run_cli("--db", sqlite_db.path, "check", data_dir=tmp_path / "cli", env=env)
    # (The test's users were made without the program, which another check reports: not ours here.)
    assert "操作记录第" not in honest.stdout and "触发器" not in honest.stdout, honest.stdout + honest.stderr
    with sqlite3.connect(sqlite_db.path) as conn:
        conn.execute("DROP TRIGGER audit_log_no_update")
        conn.execute("UPDATE audit_log SET username = 'clerk' WHERE seq = 2")
        row_id = conn.execute("SELECT id FROM audit_log WHERE seq = 2").fetchone()[0]
    found = run_cli("--db", sqlite_db.path, "check", data_dir=tmp_path / "cli", env=env)
    assert found.returncode == 1
    assert f"操作记录第 {row_id} 行" in found.stdout and "被改动过" in found.stdout
    assert "audit_log_no_update" in found.stdout
