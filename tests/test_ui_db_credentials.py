"""The PostgreSQL password on screen (issue 17 item 3): the settings page and the database label
never show it, a password typed into the address goes to the credential store, and the password
dialog asks once. A real scram-sha-256 cluster (tests/pgauth.py); an in-memory keyring backend
stands in for the OS credential store, which is not available here."""
from __future__ import annotations

import json
import stat
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QLineEdit

from common import db as dbmod, schema
from common.actor import Actor
from tests.conftest import NOW, make_user
from tests.pgauth import LOGIN_PASSWORD, LOGIN_USER, auth_cluster, store  # noqa: F401 - fixtures
from ui.db_password import DatabasePasswordDialog
from ui.main_window import MainWindow


@pytest.fixture
def pg_admin(auth_cluster, store, password_hash):
    """Logged in as admin on the password-protected server, opened from an address that carried
    the password (as --db or an old settings file gives it)."""
    target = dbmod.parse_target(auth_cluster.login_url(LOGIN_PASSWORD), default=Path())
    dbmod.open_database(target, create=True)
    schema.upgrade(target, NOW)
    yield target, Actor(make_user("admin", password_hash), NOW)
    from tests.conftest import _finish_ui_ops

    _finish_ui_ops()
    dbmod.close_database()
    auth_cluster._admin_execute(f'DROP DATABASE IF EXISTS "{auth_cluster.login_db}" WITH (FORCE)')
    auth_cluster._admin_execute(f'CREATE DATABASE "{auth_cluster.login_db}" OWNER "{LOGIN_USER}"')


def _shown_texts(widget) -> str:
    texts = []
    for child in widget.findChildren(QLabel):
        texts += [child.text(), child.toolTip()]
    for child in widget.findChildren(QLineEdit):
        texts += [child.text(), child.placeholderText(), child.toolTip()]
    return "\n".join(texts)


def _settings_file(tmp_path) -> Path:
    return tmp_path / "data" / "settings.json"


def test_settings_page_and_database_label_never_show_the_password(qtbot, pg_admin, tmp_path):
    target, admin = pg_admin
    window = MainWindow(admin, target)
    qtbot.addWidget(window)
    window.show()
    window.show_page("settings")
    for shown in (_shown_texts(window), window.database_label.text(), window.database_label.toolTip()):
        assert LOGIN_PASSWORD not in shown and "p%40ss" not in shown


def test_an_old_settings_file_password_is_not_shown_on_the_settings_page(qtbot, pg_admin, tmp_path, auth_cluster, store):
    target, admin = pg_admin
    path = _settings_file(tmp_path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({"database": auth_cluster.login_url(LOGIN_PASSWORD)}), encoding="utf-8")
    window = MainWindow(admin, target)
    qtbot.addWidget(window)
    page = window.show_page("settings")
    assert page.next_database.text() == auth_cluster.login_url()
    assert "p%40ss" not in _shown_texts(page)
    assert "p%40ss" not in path.read_text(encoding="utf-8")
    assert list(store.entries.values()) == [LOGIN_PASSWORD]


def test_a_password_typed_into_the_address_goes_to_the_store_not_the_field(qtbot, pg_admin, tmp_path, auth_cluster, store):
    target, admin = pg_admin
    window = MainWindow(admin, target)
    qtbot.addWidget(window)
    window.show()
    page = window.show_page("settings")
    page.next_database.clear()
    qtbot.keyClicks(page.next_database, auth_cluster.login_url(LOGIN_PASSWORD))
    qtbot.mouseClick(page.next_database_save, Qt.MouseButton.LeftButton)
    assert "系统凭据管理器" in page.next_database_message.text()
    assert page.next_database.text() == auth_cluster.login_url()
    text = _settings_file(tmp_path).read_text(encoding="utf-8")
    assert "p%40ss" not in text and json.loads(text)["database"] == auth_cluster.login_url()
    assert stat.S_IMODE(_settings_file(tmp_path).stat().st_mode) == 0o600
    assert list(store.entries.values()) == [LOGIN_PASSWORD]


def test_the_server_asks_and_the_dialog_keeps_the_password_when_ticked(qtbot, pg_admin, tmp_path, auth_cluster, store,
                                                                      monkeypatch):
    target, admin = pg_admin
    asked = []

    def answer(cls, parent=None, **question):
        asked.append(question)
        return LOGIN_PASSWORD, True

    monkeypatch.setattr(DatabasePasswordDialog, "ask", classmethod(answer))
    window = MainWindow(admin, target)
    qtbot.addWidget(window)
    window.show()
    page = window.show_page("settings")
    page.next_database.clear()
    qtbot.keyClicks(page.next_database, auth_cluster.login_url())
    qtbot.keyClick(page.next_database, Qt.Key.Key_Return)
    assert page.next_database_message.text() == "已保存。重新启动程序后生效。"
    assert len(asked) == 1 and asked[0]["wrong"] is False
    assert list(store.entries.values()) == [LOGIN_PASSWORD]
    assert json.loads(_settings_file(tmp_path).read_text(encoding="utf-8"))["database"] == auth_cluster.login_url()


def test_password_dialog_hides_what_is_typed_and_wants_one(qtbot):
    dialog = DatabasePasswordDialog(where="postgresql://wang@server/branch", user="wang", wrong=True, can_remember=True)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.password.echoMode() == QLineEdit.EchoMode.Password
    assert "重新输入" in dialog.message.text() and "wang" in dialog.intro.text()
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.message.text() == "请输入密码。"
    typed = "p@ss#/:% x"  # QTest types Latin keys only
    qtbot.keyClicks(dialog.password, typed)
    qtbot.keyClick(dialog.remember, Qt.Key.Key_Space)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert (dialog.password.text(), dialog.remember.isChecked()) == (typed, True)
