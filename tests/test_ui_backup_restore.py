"""设置 › 备份 › 从备份恢复 under issue 15 item 4: only an admin restores; a manager, who may still
back up, is told why the button does nothing for him; a crafted backup is refused in the panel's
message line naming the problem, and the live database is untouched."""
import sqlite3
from pathlib import Path

from PySide6.QtCore import Qt

from common import auth, backup
from common.actor import Actor
from common.models import AuditLog, Setting
from tests.conftest import NOW, TEST_PASSWORD
from tests.test_ui_backup import _settings
from ui import runner
from ui.backup_panel import BackupPanel


def _audited_users():
    """Accounts made as the program makes them (audited): check finds hand-made ones."""
    admin = Actor(auth.create_first_admin("admin", "系统管理员", TEST_PASSWORD, NOW), NOW)
    manager = Actor(auth.create_user(admin, "manager", "张经理", "manager", TEST_PASSWORD), NOW)
    return admin, manager


def test_a_manager_backs_up_but_is_refused_restoring(qtbot, sqlite_db, monkeypatch):
    _, manager = _audited_users()
    opened = []
    monkeypatch.setattr(BackupPanel, "ask_open_path", classmethod(lambda cls, parent, folder: opened.append(folder)))
    page = _settings(qtbot, sqlite_db, manager)
    panel = page.backup
    assert page.backup_box.isVisible() and panel.backup_button.isEnabled()  # backing up stays his

    qtbot.mouseClick(panel.restore_button, Qt.MouseButton.LeftButton)
    panel.restore()  # the shortcut or a script reaching the action itself
    qtbot.waitUntil(lambda: not runner.running())

    assert opened == []  # never got as far as choosing a file
    assert not panel.restore_button.isEnabled()
    assert "管理员" in panel.restore_hint.text() and panel.restore_hint.isVisible()
    assert "管理员" in panel.restore_button.toolTip()
    assert not AuditLog.select().where(AuditLog.action == "backup.restore").exists()


def test_a_crafted_backup_is_refused_in_the_panel_and_the_live_file_kept(qtbot, sqlite_db, tmp_path, monkeypatch):
    admin, _ = _audited_users()
    Setting.create(key="branch_name", value="城东分公司")
    crafted = backup.backup_file(Path(sqlite_db.path), tmp_path / "crafted.sqlite3")
    conn = sqlite3.connect(crafted)
    conn.execute("UPDATE user SET role='admin' WHERE username='manager'")
    conn.execute("UPDATE setting SET value='改过的' WHERE key='branch_name'")
    conn.commit()
    conn.close()
    monkeypatch.setattr(BackupPanel, "ask_open_path", classmethod(lambda cls, parent, folder: str(crafted)))
    monkeypatch.setattr(BackupPanel, "confirm_restore", classmethod(lambda cls, *args: True))
    monkeypatch.setattr(BackupPanel, "ask_restart", classmethod(lambda cls, *args: (_ for _ in ()).throw(AssertionError)))
    page = _settings(qtbot, sqlite_db, admin)

    qtbot.mouseClick(page.backup.restore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not runner.running() and "未恢复" in page.backup.message.text(), timeout=60000)

    text = page.backup.message.text()
    assert "crafted.sqlite3" in text and "manager" in text and "角色" in text
    assert page.backup.message.property("role") == "error"
    assert Setting.get(Setting.key == "branch_name").value == "城东分公司"
    assert not (Path(sqlite_db.path).parent / "backups").exists()


def test_an_admin_restore_is_audited_with_the_file_and_its_hash(qtbot, sqlite_db, tmp_path, monkeypatch):
    admin, _ = _audited_users()
    Setting.create(key="branch_name", value="备份时的名字")
    copy = backup.backup_file(Path(sqlite_db.path), tmp_path / "old.sqlite3")
    Setting.update(value="后来改的名字").where(Setting.key == "branch_name").execute()
    restarts = []
    monkeypatch.setattr(BackupPanel, "ask_open_path", classmethod(lambda cls, parent, folder: str(copy)))
    monkeypatch.setattr(BackupPanel, "confirm_restore", classmethod(lambda cls, *args: True))
    monkeypatch.setattr(BackupPanel, "ask_restart", classmethod(lambda cls, parent, saved: restarts.append(saved) or False))
    page = _settings(qtbot, sqlite_db, admin)

    qtbot.mouseClick(page.backup.restore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not runner.running() and bool(restarts), timeout=60000)

    assert Setting.get(Setting.key == "branch_name").value == "备份时的名字"
    row = AuditLog.get(AuditLog.action == "backup.restore")
    assert row.username == "admin" and backup.file_sha256(copy) in row.detail and str(copy) in row.detail
    assert backup.restore_log_path(Path(sqlite_db.path)).exists()
    assert "before-restore" in restarts[0].name
