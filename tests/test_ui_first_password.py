"""The GUI side of issue 15 item 12: an account an administrator set up must set its own password
before the window opens (the dialog cannot be skipped), and a demo database says so in the title."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from common import auth
from common.models import User
from tests.conftest import NOW
from tests.test_ui_login import ui_settings_dir  # noqa: F401 - autouse: own ui.ini, zh
from ui import i18n
from ui.login import LoginDialog, RequiredPasswordDialog


@pytest.fixture
def new_clerk(sqlite_actors):
    return auth.create_user(sqlite_actors["admin"], "zhao", "赵敏", "clerk", "first-pass-9")


def log_in(qtbot, dialog, username, password):
    qtbot.keyClicks(dialog.username, username)
    qtbot.keyClicks(dialog.password, password)
    qtbot.mouseClick(dialog.login_button, Qt.MouseButton.LeftButton)


def type_twice(qtbot, dialog, password):
    for field in (dialog.password, dialog.repeat):
        field.clear()
        qtbot.keyClicks(field, password)
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton)


def test_a_new_account_sets_its_own_password_before_it_is_logged_in(qtbot, new_clerk, monkeypatch):
    seen = {}

    def answer(cls, parent, actor, old_password, clock):
        dialog = cls(actor, old_password, clock, parent)
        qtbot.addWidget(dialog)
        type_twice(qtbot, dialog, "woaini1314")  # a common one: refused, the dialog stays
        seen["refused"] = dialog.message.text()
        seen["marked"] = bool(dialog.password.property("invalid"))
        seen["open"] = dialog.result() != QDialog.DialogCode.Accepted
        type_twice(qtbot, dialog, "zhao-own-pass")
        return dialog.result() == QDialog.DialogCode.Accepted

    monkeypatch.setattr(RequiredPasswordDialog, "ask", classmethod(answer))
    dialog = LoginDialog(clock=lambda: NOW, username="")
    qtbot.addWidget(dialog)
    log_in(qtbot, dialog, "zhao", "first-pass-9")
    assert "太常见" in seen["refused"] and seen["marked"] and seen["open"]
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.actor.user.username == "zhao"
    user = User.get_by_id(new_clerk.id)
    assert not user.must_change_password and auth.verify_password("zhao-own-pass", user.password_hash)


def test_the_change_cannot_be_skipped(qtbot, new_clerk, monkeypatch):
    def cancel(cls, parent, actor, old_password, clock):
        dialog = cls(actor, old_password, clock, parent)
        qtbot.addWidget(dialog)
        qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Cancel), Qt.MouseButton.LeftButton)
        return dialog.result() == QDialog.DialogCode.Accepted

    monkeypatch.setattr(RequiredPasswordDialog, "ask", classmethod(cancel))
    dialog = LoginDialog(clock=lambda: NOW, username="")
    qtbot.addWidget(dialog)
    log_in(qtbot, dialog, "zhao", "first-pass-9")
    assert dialog.actor is None and dialog.result() != QDialog.DialogCode.Accepted
    assert "须先设置自己的新密码" in dialog.message.text()
    assert User.get_by_id(new_clerk.id).must_change_password


def test_an_account_that_chose_its_password_sees_no_such_dialog(qtbot, sqlite_actors, monkeypatch):
    monkeypatch.setattr(RequiredPasswordDialog, "ask", classmethod(lambda *args: pytest.fail("asked")))
    dialog = LoginDialog(clock=lambda: NOW, username="")
    qtbot.addWidget(dialog)
    from tests.conftest import TEST_PASSWORD

    log_in(qtbot, dialog, "clerk", TEST_PASSWORD)
    assert dialog.actor.user.username == "clerk"


@pytest.mark.parametrize("lang, marker", [("zh", "（演示数据库）"), ("en", "(demo database)")])
def test_a_demo_database_says_so_in_the_window_title(qtbot, sqlite_db, sqlite_actors, lang, marker):
    from ui.main_window import MainWindow

    i18n.install(lang)
    plain = MainWindow(sqlite_actors["clerk"], sqlite_db)
    qtbot.addWidget(plain)
    assert marker not in plain.windowTitle()
    auth.mark_demo_database()
    demo = MainWindow(sqlite_actors["clerk"], sqlite_db)
    qtbot.addWidget(demo)
    assert marker in demo.windowTitle()
    assert marker.strip("（）()") in demo.database_label.text().lower() or "演示数据库" in demo.database_label.text()
