"""The command line as a clerk or an admin uses it: real processes, real files, real messages."""
from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
ADMIN = {"BRANCHDESK_USER": "admin", "BRANCHDESK_PASSWORD": "admin-pass-1"}


def run_cli(*args, env=None, data_dir=None, timeout=300):
    full_env = {k: v for k, v in os.environ.items() if not k.startswith("BRANCHDESK_")}
    full_env.update({"QT_QPA_PLATFORM": "offscreen", "PYTHONIOENCODING": "utf-8"})
    if data_dir is not None:
        full_env["BRANCHDESK_DATA_DIR"] = str(data_dir)
    full_env.update(env or {})
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *map(str, args)],
        cwd=ROOT, env=full_env, capture_output=True, text=True, encoding="utf-8", timeout=timeout,
        stdin=subprocess.DEVNULL,
    )


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def initialised(tmp_path):
    db = tmp_path / "branch.sqlite3"
    result = run_cli("--db", db, "init", env=ADMIN, data_dir=tmp_path)
    assert result.returncode == 0, result.stderr
    return db


def test_init_creates_a_database_with_a_first_admin(initialised, tmp_path):
    listed = run_cli("--db", initialised, "users", "list", env=ADMIN, data_dir=tmp_path)
    assert listed.returncode == 0, listed.stderr
    assert "admin" in listed.stdout


def test_init_twice_refuses_and_keeps_the_users(initialised, tmp_path):
    again = run_cli("--db", initialised, "init", env={**ADMIN, "BRANCHDESK_USER": "other"}, data_dir=tmp_path)
    assert again.returncode == 1
    assert "已有用户" in again.stderr
    listed = run_cli("--db", initialised, "users", "list", env=ADMIN, data_dir=tmp_path)
    assert "other" not in listed.stdout


def test_wrong_password_is_refused_with_the_lockout_rule(initialised, tmp_path):
    result = run_cli("--db", initialised, "users", "list", env={**ADMIN, "BRANCHDESK_PASSWORD": "nope"}, data_dir=tmp_path)
    assert result.returncode == 1
    # Not how many attempts are left: that would tell that the name exists (issue 15 item 12).
    assert "用户名或密码不正确" in result.stderr and "连续输错 5 次" in result.stderr


def test_no_credentials_and_no_terminal_explains_the_variables(initialised, tmp_path):
    result = run_cli("--db", initialised, "users", "list", data_dir=tmp_path)
    assert result.returncode == 1
    assert "BRANCHDESK_USER" in result.stderr


def test_english_command_line_messages(initialised, tmp_path):
    result = run_cli("--lang", "en", "--db", initialised, "users", "list",
                     env={**ADMIN, "BRANCHDESK_PASSWORD": "nope"}, data_dir=tmp_path)
    assert result.returncode == 1
    assert "password" in result.stderr.lower() and "用户名" not in result.stderr


@pytest.mark.parametrize("path", ["//fileserver/archive/branch.sqlite3", r"\\fileserver\archive\branch.sqlite3"])
def test_sqlite_on_a_network_share_is_refused_with_a_pointer_to_postgresql(path, tmp_path):
    result = run_cli("--db", path, "init", env=ADMIN, data_dir=tmp_path)
    assert result.returncode == 1
    assert "网络" in result.stderr and "PostgreSQL" in result.stderr


def test_an_unusable_data_directory_is_named(tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where a folder should be")
    result = run_cli("--db", blocker / "sub" / "branch.sqlite3", "init", env=ADMIN, data_dir=tmp_path)
    assert result.returncode == 1
    assert "无法写入" in result.stderr and "not-a-folder" in result.stderr
    assert blocker.read_text() == "a file where a folder should be"


def test_a_missing_database_is_not_silently_created_by_check(tmp_path):
    missing = tmp_path / "missing.sqlite3"
    result = run_cli("--db", missing, "check", env=ADMIN, data_dir=tmp_path)
    assert result.returncode == 1
    assert "找不到数据库文件" in result.stderr
    assert not missing.exists()


def test_a_corrupt_database_is_reported_and_left_untouched(tmp_path):
    corrupt = tmp_path / "corrupt.sqlite3"
    corrupt.write_bytes(b"SQLite format 3\x00" + os.urandom(8192))
    before = digest(corrupt)
    result = run_cli("--db", corrupt, "check", env=ADMIN, data_dir=tmp_path)
    assert result.returncode == 1
    assert "损坏" in result.stderr
    assert digest(corrupt) == before


def test_a_database_from_a_newer_program_is_refused_untouched(initialised, tmp_path):
    conn = sqlite3.connect(initialised)
    conn.execute("INSERT INTO schema_migration (name, applied) VALUES ('9999_from_the_future', '2030-01-01')")
    conn.commit()
    conn.close()
    before = digest(initialised)
    result = run_cli("--db", initialised, "check", env=ADMIN, data_dir=tmp_path)
    assert result.returncode == 1
    assert "9999" in result.stderr and "新版程序" in result.stderr
    assert digest(initialised) == before


def test_backup_and_restore_round_trip(initialised, tmp_path):
    out = tmp_path / "copies" / "before-new-user.sqlite3"
    made = run_cli("--db", initialised, "backup", "--out", out, env=ADMIN, data_dir=tmp_path)
    assert made.returncode == 0, made.stderr
    added = run_cli("--db", initialised, "users", "add", "zhaoliu", "--name", "赵六", "--role", "clerk",
                    env={**ADMIN, "BRANCHDESK_NEW_PASSWORD": "zhaoliu-pass"}, data_dir=tmp_path)
    assert added.returncode == 0, added.stderr
    restored = run_cli("--db", initialised, "restore", out, env=ADMIN, data_dir=tmp_path)
    assert restored.returncode == 0, restored.stderr
    listed = run_cli("--db", initialised, "users", "list", env=ADMIN, data_dir=tmp_path)
    assert "zhaoliu" not in listed.stdout
    saved = list((initialised.parent / "backups").glob("*before-restore*.sqlite3"))
    assert len(saved) == 1
    # The database as it was before the restore is kept: it still has the new user.
    conn = sqlite3.connect(saved[0])
    assert conn.execute("SELECT count(*) FROM user WHERE username='zhaoliu'").fetchone()[0] == 1
    conn.close()


def test_restore_refuses_a_file_that_is_not_a_backup(initialised, tmp_path):
    bogus = tmp_path / "bogus.sqlite3"
    sqlite3.connect(bogus).execute("CREATE TABLE t (x)").connection.close()
    before = digest(initialised)
    result = run_cli("--db", initialised, "restore", bogus, env=ADMIN, data_dir=tmp_path)
    assert result.returncode == 1
    assert "不是本程序的数据库备份" in result.stderr
    assert digest(initialised) == before


def _database_at_first_migration(path: Path) -> None:
    """A database as an older program left it: only the first migration, and a user in it."""
    script = textwrap.dedent(f"""
        from datetime import datetime
        from playhouse.migrations import Runner
        from common import db as dbmod, schema, auth
        dbmod.open_database(dbmod.Target("sqlite", path=r"{path}"), create=True)
        Runner(dbmod.current(), directory=str(schema.MIGRATIONS_DIR), table_name=schema.HISTORY_TABLE).up("0001_foundation")
        # In that version's columns: today's User model has more (0017 must_change_password).
        dbmod.current().execute_sql(
            'INSERT INTO "user" (username, display_name, role, password_hash, active, failed_logins, created_at) '
            "VALUES ('admin', '管理员', 'admin', ?, 1, 0, ?)",
            (auth.hash_password("admin-pass-1"), datetime(2026, 1, 5, 9, 0)))
    """)
    subprocess.run([sys.executable, "-c", script], cwd=ROOT, check=True, timeout=120)


def test_a_process_killed_during_an_upgrade_leaves_the_database_as_it_was(tmp_path):
    path = tmp_path / "old.sqlite3"
    _database_at_first_migration(path)
    killer = textwrap.dedent(f"""
        import os, signal
        from datetime import datetime
        from playhouse import migrations
        from common import db as dbmod, schema
        original = migrations.Runner._run
        def run_then_die(self, name, module, direction, fake=False):
            original(self, name, module, direction, fake)
            os.kill(os.getpid(), signal.SIGKILL)  # power cut right after the first pending migration ran
        migrations.Runner._run = run_then_die
        target = dbmod.Target("sqlite", path=r"{path}")
        dbmod.open_database(target)
        schema.upgrade(target, datetime(2026, 11, 23, 8, 0))
    """)
    killed = subprocess.run([sys.executable, "-c", killer], cwd=ROOT, timeout=120)
    assert killed.returncode == -9
    conn = sqlite3.connect(path)
    applied = [row[0] for row in conn.execute("SELECT name FROM schema_migration ORDER BY name")]
    tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    users = conn.execute("SELECT username FROM user").fetchall()
    conn.close()
    assert applied == ["0001_foundation"]
    assert tables == {"user", "audit_log", "setting", "schema_migration"}
    assert users == [("admin",)]
    # The next start upgrades it fully, after taking a backup copy of the old version.
    result = run_cli("--db", path, "users", "list", env=ADMIN, data_dir=tmp_path)
    assert result.returncode == 0, result.stderr
    backups = list((tmp_path / "backups").glob("old-v1-before-upgrade-*.sqlite3"))
    assert len(backups) >= 1
    conn = sqlite3.connect(backups[0])
    assert [r[0] for r in conn.execute("SELECT name FROM schema_migration")] == ["0001_foundation"]
    conn.close()


def test_init_and_login_on_postgresql(pg_cluster, tmp_path):
    url = pg_cluster.url(pg_cluster.create_database())
    made = run_cli("--db", url, "init", env=ADMIN, data_dir=tmp_path)
    assert made.returncode == 0, made.stderr
    listed = run_cli("--db", url, "users", "list", env=ADMIN, data_dir=tmp_path)
    assert listed.returncode == 0, listed.stderr
    assert "admin" in listed.stdout
    refused = run_cli("--db", url, "backup", env=ADMIN, data_dir=tmp_path)
    assert refused.returncode == 1 and "pg_dump" in refused.stderr


def test_count_sheet_from_the_command_line_starts_a_count_when_asked(initialised, tmp_path):
    from common.pdf import pdf_text

    template = tmp_path / "template.xlsx"
    assert run_cli("--db", initialised, "export", "template", "--out", template, env=ADMIN, data_dir=tmp_path).returncode == 0
    imported = run_cli("--db", initialised, "import", "parts", template, env=ADMIN, data_dir=tmp_path)
    assert imported.returncode == 0, imported.stderr
    from tests.accounts import add_user

    added = add_user(initialised, "wangli", "clerk", "wangli-pass", tmp_path, name="王丽")
    assert added.returncode == 0, added.stderr
    clerk = {"BRANCHDESK_USER": "wangli", "BRANCHDESK_PASSWORD": "wangli-pass"}
    sheet = tmp_path / "count.pdf"
    refused = run_cli("--db", initialised, "report", "count-sheet", "--out", sheet, env=clerk, data_dir=tmp_path)
    assert refused.returncode == 1 and "请先开始盘点" in refused.stderr and not sheet.exists()
    started = run_cli("--db", initialised, "report", "count-sheet", "--start", "--out", sheet, env=clerk, data_dir=tmp_path)
    assert started.returncode == 0, started.stderr
    text = "".join(pdf_text(sheet))
    assert "盘点" in text
    again = run_cli("--db", initialised, "report", "count-sheet", "--start", "--out", sheet, env=clerk, data_dir=tmp_path)
    assert again.returncode == 1 and "尚未结束" in again.stderr
