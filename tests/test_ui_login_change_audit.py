"""The forced password change and the audit log (issue 15 item 12): a login given up at the change
(取消) leaves no "登录" row, only that a password change was due; done, the login is recorded."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from common.models import AuditLog
from tests.conftest import NOW
from tests.test_ui_first_password import log_in, new_clerk, type_twice  # noqa: F401 - fixture
from tests.test_ui_login import ui_settings_dir  # noqa: F401 - autouse: own ui.ini, zh
from ui.activity import ACTION_NAMES
from ui.login import LoginDialog, RequiredPasswordDialog


def actions(username: str) -> list[str]:
    return [a for (a,) in AuditLog.select(AuditLog.action).where(
        (AuditLog.username == username) & AuditLog.action.startswith("login")).order_by(AuditLog.id).tuples()]


@pytest.mark.parametrize("done", [False, True])
def test_only_a_completed_login_is_recorded_as_one(qtbot, new_clerk, monkeypatch, done):
    def answer(cls, parent, actor, old_password, clock):
        dialog = cls(actor, old_password, clock, parent)
        qtbot.addWidget(dialog)
        if done:
            type_twice(qtbot, dialog, "zhao-own-pass")
        else:
            qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Cancel), Qt.MouseButton.LeftButton)
        return dialog.result() == QDialog.DialogCode.Accepted

    monkeypatch.setattr(RequiredPasswordDialog, "ask", classmethod(answer))
    dialog = LoginDialog(clock=lambda: NOW, username="")
    qtbot.addWidget(dialog)
    log_in(qtbot, dialog, "zhao", "first-pass-9")
    assert (dialog.result() == QDialog.DialogCode.Accepted) is done
    assert actions("zhao") == (["login.password_change_due", "login"] if done else ["login.password_change_due"])
    assert "login.password_change_due" in ACTION_NAMES
