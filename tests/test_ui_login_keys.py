"""Login by keyboard: Enter in the user name moves to the password; an empty password is never
sent to the domain nor counted as a failed attempt."""
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from common import auth
from common.errors import Refusal
from common.models import AuditLog, User
from tests.conftest import NOW, TEST_PASSWORD
from ui import i18n
from ui.login import LoginDialog


@pytest.fixture(autouse=True)
def ui_settings_dir(qapp, tmp_path, monkeypatch):
    monkeypatch.setenv("BRANCHDESK_DATA_DIR", str(tmp_path / "ui"))
    i18n.install("zh")
    yield
    i18n.install("zh")


def failures(username):
    return User.get(User.username == username).failed_logins


def shown(qtbot, dialog):
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_enter_in_the_user_name_moves_to_the_password_and_counts_nothing(qtbot, sqlite_actors):
    dialog = shown(qtbot, LoginDialog(clock=lambda: NOW))
    dialog.username.setFocus()
    qtbot.keyClicks(dialog.username, "clerk")
    qtbot.keyClick(dialog.username, Qt.Key.Key_Return)
    assert dialog.focusWidget() is dialog.password
    assert dialog.result() != QDialog.DialogCode.Accepted and not dialog.message.isVisibleTo(dialog)
    assert failures("clerk") == 0
    assert not AuditLog.select().where(AuditLog.action == "login.failed").exists()
    qtbot.keyClicks(dialog.password, TEST_PASSWORD)
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.actor.user.username == "clerk"


def test_enter_on_an_empty_password_asks_for_it_and_never_locks(qtbot, sqlite_actors):
    dialog = shown(qtbot, LoginDialog(clock=lambda: NOW))
    dialog.username.setFocus()
    qtbot.keyClicks(dialog.username, "clerk")
    for _ in range(auth.MAX_FAILED_LOGINS + 1):
        qtbot.keyClick(dialog.username, Qt.Key.Key_Return)
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.message.text() == "请填写密码。"
    assert dialog.focusWidget() is dialog.password
    user = User.get(User.username == "clerk")
    assert user.failed_logins == 0 and user.locked_until is None


def test_enter_with_an_empty_user_name_asks_for_it(qtbot, sqlite_actors):
    dialog = shown(qtbot, LoginDialog(clock=lambda: NOW))
    dialog.password.setFocus()
    qtbot.keyClicks(dialog.password, "whatever")
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.message.text() == "请填写用户名。"
    assert dialog.focusWidget() is dialog.username
    assert not AuditLog.select().where(AuditLog.action == "login.failed").exists()


def test_the_domain_refuses_an_empty_password_without_counting_it(sqlite_actors):
    for _ in range(auth.MAX_FAILED_LOGINS + 1):
        with pytest.raises(Refusal) as refused:
            auth.authenticate("clerk", "", NOW + timedelta(seconds=1))
        assert refused.value.code == "auth.password_required"
    assert failures("clerk") == 0
    assert auth.authenticate("clerk", TEST_PASSWORD, NOW).user.username == "clerk"
