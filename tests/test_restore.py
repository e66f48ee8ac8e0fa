"""Restoring a backup (issue 15 item 4) as an admin and as the attacks of the issue try it: real
processes, real files. A manager may not restore; a crafted backup is refused naming what is wrong
and the live file stays byte for byte as it was; a restore is audited in the restored database and
logged beside it; personal data erased after the backup was taken is erased again."""
from __future__ import annotations

import json
import sqlite3
import textwrap
from pathlib import Path

import pytest

from tests.test_cli import ADMIN, ROOT, digest, run_cli

MANAGER = {"BRANCHDESK_USER": "boss", "BRANCHDESK_PASSWORD": "boss-pass-77"}
NICKNAME = "小名阿福RESTORE"
PHONE = "13912345678"


def run_py(code: str, db: Path, data_dir: Path):
    """Domain calls in a process of their own, as a second PC or an earlier session would."""
    import os
    import subprocess
    import sys

    env = {k: v for k, v in os.environ.items() if not k.startswith("BRANCHDESK_")}
    env.update({"QT_QPA_PLATFORM": "offscreen", "BRANCHDESK_DATA_DIR": str(data_dir), "PYTHONIOENCODING": "utf-8"})
    prelude = textwrap.dedent(f"""
        import inspect
        from datetime import datetime
        from common import auth, db as dbmod, schema
        from common.actor import Actor
        from common.models import User
        from archive import files, profile as P
        target = dbmod.Target("sqlite", path=r"{db}")
        dbmod.open_database(target)
        schema.upgrade(target, datetime(2026, 11, 23, 9, 0))
        def actor(name, when=datetime(2026, 11, 23, 10, 0)):
            return Actor(User.get(User.username == name), when)
    """)
    result = subprocess.run([sys.executable, "-c", prelude + textwrap.dedent(code)], cwd=ROOT, env=env,
                            capture_output=True, text=True, encoding="utf-8", timeout=300)
    assert result.returncode == 0, result.stderr
    return result.stdout


@pytest.fixture
def branch(tmp_path):
    """An initialised branch with a manager and a customer whose Mackay 66 profile is filled."""
    db = tmp_path / "branch.sqlite3"
    made = run_cli("--db", db, "init", env=ADMIN, data_dir=tmp_path)
    assert made.returncode == 0, made.stderr
    run_py(f"""
        admin = actor("admin")
        options = ({{"must_change_password": False}}
                   if "must_change_password" in inspect.signature(auth.create_user).parameters else {{}})
        auth.create_user(admin, "boss", "张经理", "manager", "{MANAGER['BRANCHDESK_PASSWORD']}", **options)
        boss = actor("boss")
        customer = files.create_customer(boss, kind="person", name="周志强", phone="13800138000")
        P.save_profile(boss, customer.id, {{"01_nickname": "{NICKNAME}", "04_phone_home": "{PHONE}"}})
    """, db, tmp_path)
    return db


def backup_of(db: Path, tmp_path: Path, name: str = "copy.sqlite3") -> Path:
    out = tmp_path / "copies" / name
    made = run_cli("--db", db, "backup", "--out", out, env=ADMIN, data_dir=tmp_path)
    assert made.returncode == 0, made.stderr
    return out


def snapshot(db: Path) -> tuple[dict, list]:
    """Every table's rows, and the audit log apart (a refused attempt may add its own audit rows)."""
    conn = sqlite3.connect(db)
    try:
        names = [name for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")]
        tables = {name: conn.execute(f'SELECT * FROM "{name}" ORDER BY 1').fetchall()
                  for name in names if name != "audit_log"}
        audit = conn.execute("SELECT * FROM audit_log ORDER BY id").fetchall()
    finally:
        conn.close()
    return tables, audit


def nothing_replaced(db: Path, before: tuple[dict, list]) -> None:
    tables, audit = snapshot(db)
    assert tables == before[0]
    assert audit[:len(before[1])] == before[1]  # the old rows as they were, at most new ones after them
    assert not list((db.parent / "backups").glob("*before-restore*")) if (db.parent / "backups").exists() else True
    assert not list(db.parent.glob(".*.restoring"))


def restore_log(db: Path) -> list[dict]:
    path = Path(f"{db}.restores.jsonl")
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()] if path.exists() else []


def test_a_manager_may_not_restore(branch, tmp_path):
    copy = backup_of(branch, tmp_path)
    before = snapshot(branch)
    refused = run_cli("--db", branch, "restore", copy, env=MANAGER, data_dir=tmp_path)
    assert refused.returncode == 1
    assert "没有此操作的权限" in refused.stderr and "从备份恢复数据库" in refused.stderr, refused.stderr
    nothing_replaced(branch, before)
    assert [(line["user"], line["refused"]) for line in restore_log(branch)] == [("boss", "auth.forbidden")]
    english = run_cli("--lang", "en", "--db", branch, "restore", copy, env=MANAGER, data_dir=tmp_path)
    assert english.returncode == 1 and "restore" in english.stderr.lower(), english.stderr


def _edit(path: Path, *statements: str) -> None:
    conn = sqlite3.connect(path)
    try:
        for statement in statements:
            conn.execute(statement)
        conn.commit()
    finally:
        conn.close()


def _edit_audit_behind_the_triggers(path: Path, statement: str) -> None:
    """What a careful attacker does: lift the append-only triggers, edit, put them back as they were."""
    conn = sqlite3.connect(path)
    try:
        triggers = conn.execute("SELECT name, sql FROM sqlite_master WHERE type='trigger' AND tbl_name='audit_log'"
                                ).fetchall()
        for name, _ in triggers:
            conn.execute(f'DROP TRIGGER "{name}"')
        conn.execute(statement)
        for _, sql in triggers:
            conn.execute(sql)
        conn.commit()
    finally:
        conn.close()


CRAFTS = {
    # The manager makes himself admin in a copy of the file (the user table only).
    "role": (lambda p: _edit(p, "UPDATE user SET role='admin' WHERE username='boss'"), "角色"),
    # ... and also the audit row that created him, behind the triggers.
    "role_and_audit": (lambda p: (_edit(p, "UPDATE user SET role='admin' WHERE username='boss'"),
                                  _edit_audit_behind_the_triggers(
                                      p, """UPDATE audit_log SET detail='{"role": "admin"}'
                                            WHERE action='user.create' AND detail LIKE '%manager%'""")),
                       "操作记录"),
    "audit_row_deleted": (lambda p: _edit_audit_behind_the_triggers(
        p, "DELETE FROM audit_log WHERE action='profile.save'"), "操作记录"),
    "triggers_dropped": (lambda p: _edit(p, "DROP TRIGGER audit_log_no_update"), "触发器"),
    "schema_from_elsewhere": (lambda p: _edit(p, "INSERT INTO schema_migration (name, applied) "
                                                 "VALUES ('0099_future', '2026-12-01 00:00:00')"), "0099_future"),
    "not_a_database": (lambda p: p.write_bytes(b"BranchDesk backup, honestly\n" * 500), "不是完好的数据库文件"),
    "truncated": (lambda p: p.write_bytes(p.read_bytes()[: len(p.read_bytes()) // 2]), "不是完好的数据库文件"),
}


BEFORE_LOGIN = {"schema_from_elsewhere", "not_a_database", "truncated"}


@pytest.mark.parametrize("craft", list(CRAFTS))
def test_a_crafted_backup_is_refused_and_names_what_is_wrong(branch, tmp_path, craft):
    copy = backup_of(branch, tmp_path)
    change, said = CRAFTS[craft]
    change(copy)
    before = snapshot(branch)
    refused = run_cli("--db", branch, "restore", copy, env=ADMIN, data_dir=tmp_path)
    assert refused.returncode == 1, refused.stdout
    assert said in refused.stderr and "未恢复" in refused.stderr, refused.stderr
    assert "Traceback" not in refused.stderr
    nothing_replaced(branch, before)
    if craft in BEFORE_LOGIN:  # no BranchDesk file at all: refused before anyone logged in, nothing written
        assert restore_log(branch) == []
    else:
        assert [(line["user"], line["file"], line["refused"]) for line in restore_log(branch)] == [
            ("admin", str(copy), "backup.checks_failed")]


def test_a_restore_is_audited_in_the_restored_database_and_logged_beside_it(branch, tmp_path):
    copy = backup_of(branch, tmp_path)
    restored = run_cli("--db", branch, "restore", copy, env=ADMIN, data_dir=tmp_path)
    assert restored.returncode == 0, restored.stderr
    sha = digest(copy)
    assert sha in restored.stdout
    conn = sqlite3.connect(branch)
    try:
        rows = conn.execute("SELECT username, detail FROM audit_log WHERE action='backup.restore'").fetchall()
    finally:
        conn.close()
    assert len(rows) == 1 and rows[0][0] == "admin"
    detail = json.loads(rows[0][1])
    assert detail["sha256"] == sha and detail["file"] == str(copy) and "before-restore" in detail["saved"]
    log = [json.loads(line) for line in Path(f"{branch}.restores.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [(entry["user"], entry["sha256"], entry["file"]) for entry in log] == [("admin", sha, str(copy))]
    checked = run_cli("--db", branch, "check", env=ADMIN, data_dir=tmp_path)
    assert checked.returncode == 0, checked.stdout + checked.stderr


def test_restoring_a_backup_from_before_an_erasure_erases_again(branch, tmp_path):
    copy = backup_of(branch, tmp_path)
    run_py("""
        boss = actor("boss")
        P.erase_profile(boss, files.Customer.get().id)
    """, branch, tmp_path)
    restored = run_cli("--db", branch, "restore", copy, env=ADMIN, data_dir=tmp_path)
    assert restored.returncode == 0, restored.stderr
    assert "再次删除" in restored.stdout

    raw = branch.read_bytes() + (Path(f"{branch}-wal").read_bytes() if Path(f"{branch}-wal").exists() else b"")
    assert NICKNAME.encode() not in raw and PHONE.encode() not in raw
    conn = sqlite3.connect(branch)
    try:
        assert conn.execute("SELECT count(*) FROM profile_value").fetchone()[0] == 0
        said = conn.execute("SELECT username, detail FROM audit_log WHERE action='profile.erasure_reapplied'").fetchall()
        entries = conn.execute("SELECT entry FROM erasure_register").fetchall()
    finally:
        conn.close()
    assert len(said) == 1 and said[0][0] == "admin" and json.loads(said[0][1])["erased_by"] == "boss"
    assert len(entries) == 1
    log = json.loads(Path(f"{branch}.restores.jsonl").read_text(encoding="utf-8").splitlines()[-1])
    assert log["erasure_entries"] == [entries[0][0]] and log["erasures_reapplied"] == 1
    # The copy the restore replaced is kept, and a second restore of the same backup erases again.
    again = run_cli("--db", branch, "restore", copy, env=ADMIN, data_dir=tmp_path)
    assert again.returncode == 0 and "再次删除" in again.stdout, again.stderr


def test_a_damaged_live_file_is_replaced_and_kept_aside(branch, tmp_path):
    copy = backup_of(branch, tmp_path)
    damaged = b"SQLite format 3\x00" + bytes(range(256)) * 64
    branch.write_bytes(damaged)
    for companion in (Path(f"{branch}-wal"), Path(f"{branch}-shm")):
        companion.unlink(missing_ok=True)
    # The live file cannot tell who is admin: the backup's accounts do, and the log says so.
    restored = run_cli("--db", branch, "restore", copy, env=ADMIN, data_dir=tmp_path)
    assert restored.returncode == 0, restored.stderr
    kept = list((branch.parent / "backups").glob("*before-restore*.sqlite3"))
    assert len(kept) == 1 and kept[0].read_bytes() == damaged
    checked = run_cli("--db", branch, "check", env=ADMIN, data_dir=tmp_path)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    log = json.loads(Path(f"{branch}.restores.jsonl").read_text(encoding="utf-8").splitlines()[-1])
    assert log["authenticated_by"] == "backup"
