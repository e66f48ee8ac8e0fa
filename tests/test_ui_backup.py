"""设置 › 备份: 立即备份 writes a real, openable SQLite copy in a worker (the window keeps running);
从备份恢复 names the backup's date, saves the current file to backups/ first, then asks to restart."""
import sqlite3
import threading
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt

from common import backup
from common.models import AuditLog, Setting
from ui import runner
from ui.backup_panel import BackupPanel

NOW = datetime(2026, 11, 23, 18, 30)


def _settings(qtbot, target, actor):
    from ui.main_window import PageContext
    from ui.settings import SettingsPage

    page = SettingsPage(PageContext(actor, target, None), clock=lambda: NOW)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    return page


def test_backup_now_writes_an_openable_copy_in_a_worker(qtbot, sqlite_db, sqlite_actors, tmp_path, monkeypatch):
    Setting.create(key="branch_name", value="城东分公司")
    suggested = []
    out = tmp_path / "elsewhere" / "copy.sqlite3"
    monkeypatch.setattr(BackupPanel, "ask_save_path", classmethod(lambda cls, parent, name: suggested.append(name) or str(out)))
    threads = []
    copy = backup.backup_file

    def seen_copy(*args):
        threads.append(threading.current_thread())
        return copy(*args)

    monkeypatch.setattr(backup, "backup_file", seen_copy)
    page = _settings(qtbot, sqlite_db, sqlite_actors["admin"])
    assert page.backup_box is not None and page.backup_box.isVisible()

    qtbot.mouseClick(page.backup.backup_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not runner.running())

    assert Path(suggested[0]).name == "branch-20261123-183000.sqlite3"
    assert Path(suggested[0]).parent == Path(sqlite_db.path).parent / "backups"
    assert threads and threads[0] is not threading.main_thread()  # the copy ran off the GUI thread
    connection = sqlite3.connect(out)
    try:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert connection.execute("SELECT value FROM setting WHERE key='branch_name'").fetchone()[0] == "城东分公司"
    finally:
        connection.close()
    assert str(out) in page.backup.message.text() and page.backup.message.isVisible()
    assert AuditLog.select().where(AuditLog.action == "backup.create").count() == 1


def test_a_clerk_has_no_backup_section(qtbot, sqlite_db, sqlite_actors):
    page = _settings(qtbot, sqlite_db, sqlite_actors["clerk"])
    assert page.backup_box is None


def test_restore_names_the_date_keeps_the_current_file_and_asks_to_restart(qtbot, sqlite_db, tmp_path, monkeypatch):
    from common import auth
    from common.actor import Actor
    from common.clock import branch_time_of
    from tests.conftest import TEST_PASSWORD

    # An account made as the program makes it: the restore's checks refuse a hand-made one.
    admin = Actor(auth.create_first_admin("admin", "系统管理员", TEST_PASSWORD, NOW), NOW)
    Setting.create(key="branch_name", value="备份时的名字")
    saved_copy = backup.backup_file(Path(sqlite_db.path), tmp_path / "old.sqlite3")
    Setting.update(value="后来改的名字").where(Setting.key == "branch_name").execute()

    asked, restarts = [], []
    monkeypatch.setattr(BackupPanel, "ask_open_path", classmethod(lambda cls, parent, folder: str(saved_copy)))
    monkeypatch.setattr(BackupPanel, "confirm_restore",
                        classmethod(lambda cls, parent, source, written: asked.append((source, written)) or True))
    monkeypatch.setattr(BackupPanel, "ask_restart", classmethod(lambda cls, parent, saved: restarts.append(saved) or False))
    page = _settings(qtbot, sqlite_db, admin)

    qtbot.mouseClick(page.backup.restore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not runner.running() and bool(restarts), timeout=60000)

    # The day the copy was written, on the branch's clock (Beijing), whatever this machine's zone.
    written_on = branch_time_of(saved_copy.stat().st_mtime).date()
    assert asked[0][0] == saved_copy and asked[0][1].date() == written_on
    assert Setting.get(Setting.key == "branch_name").value == "备份时的名字"
    before = restarts[0]
    assert before.parent == Path(sqlite_db.path).parent / "backups" and "before-restore" in before.name
    connection = sqlite3.connect(before)
    try:
        assert connection.execute("SELECT value FROM setting WHERE key='branch_name'").fetchone()[0] == "后来改的名字"
    finally:
        connection.close()
    assert AuditLog.select().where(AuditLog.action == "backup.restore").count() == 1


def test_restore_refuses_a_file_that_is_no_backup_and_changes_nothing(qtbot, sqlite_db, sqlite_actors, tmp_path,
                                                                        monkeypatch):
    junk = tmp_path / "notes.sqlite3"
    junk.write_bytes(b"not a database at all" * 100)
    monkeypatch.setattr(BackupPanel, "ask_open_path", classmethod(lambda cls, parent, folder: str(junk)))
    monkeypatch.setattr(BackupPanel, "confirm_restore", classmethod(lambda cls, *args: (_ for _ in ()).throw(AssertionError)))
    page = _settings(qtbot, sqlite_db, sqlite_actors["admin"])
    qtbot.mouseClick(page.backup.restore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not runner.running())
    assert "notes.sqlite3" in page.backup.message.text() and page.backup.message.property("role") == "error"
    assert not (Path(sqlite_db.path).parent / "backups").exists() or not any(
        (Path(sqlite_db.path).parent / "backups").glob("*before-restore*"))
