"""The login dialog and the first-administrator dialog, driven through their real widgets."""
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from common import auth
from common.models import User
from tests.conftest import NOW, TEST_PASSWORD
from ui import i18n
from ui.login import FirstAdminDialog, LoginDialog


@pytest.fixture(autouse=True)
def ui_settings_dir(qapp, tmp_path, monkeypatch):
    monkeypatch.setenv("BRANCHDESK_DATA_DIR", str(tmp_path / "ui"))
    i18n.install("zh")
    yield
    i18n.install("zh")


class Clock:
    """The moment of each attempt, advanced by the test (the dialog reads it per attempt)."""

    def __init__(self, now):
        self.now = now

    def __call__(self):
        return self.now


def attempt(qtbot, dialog, username, password):
    dialog.username.setText(username)
    dialog.password.setText(password)
    qtbot.mouseClick(dialog.login_button, Qt.MouseButton.LeftButton)


def test_right_password_logs_in(qtbot, sqlite_actors):
    dialog = LoginDialog(clock=Clock(NOW))
    qtbot.addWidget(dialog)
    attempt(qtbot, dialog, "clerk", TEST_PASSWORD)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.actor.user.username == "clerk"
    assert dialog.actor.now == NOW


def test_wrong_password_reads_as_an_unknown_name_then_locks(qtbot, sqlite_actors):
    clock = Clock(NOW)
    dialog = LoginDialog(clock=clock)
    qtbot.addWidget(dialog)
    attempt(qtbot, dialog, "nobody", "wrong")
    unknown = dialog.message.text()
    attempt(qtbot, dialog, "clerk", "wrong")
    assert dialog.message.isVisibleTo(dialog)
    # The same sentence: nothing tells whoever tries names that "clerk" exists.
    assert dialog.message.text() == unknown == "用户名或密码不正确。连续输错 5 次，账户将锁定 15 分钟。"
    assert dialog.password.text() == ""  # cleared for the next try
    assert dialog.result() != QDialog.DialogCode.Accepted
    for _ in range(4):
        clock.now += timedelta(seconds=5)
        attempt(qtbot, dialog, "clerk", "wrong")
    assert "账户 clerk 因连续输错密码已锁定" in dialog.message.text()
    until = NOW + timedelta(seconds=20) + auth.LOCKOUT
    assert until.strftime("%Y-%m-%d %H:%M") in dialog.message.text()
    # Even the right password is refused while the lockout lasts.
    clock.now += timedelta(minutes=1)
    attempt(qtbot, dialog, "clerk", TEST_PASSWORD)
    assert dialog.actor is None and "已锁定" in dialog.message.text()


def test_refusal_is_shown_in_english_when_english_is_chosen(qtbot, sqlite_actors):
    i18n.install("en")
    dialog = LoginDialog(clock=Clock(NOW))
    qtbot.addWidget(dialog)
    assert dialog.login_button.text() == "&Log in"
    attempt(qtbot, dialog, "nobody", "x")
    assert dialog.message.text() == "Wrong username or password. After 5 wrong attempts in a row the account is locked for 15 minutes."


def test_demo_hint_is_shown_only_for_demo_databases(qtbot, sqlite_actors):
    demo = LoginDialog(demo_hint="演示账户：clerk / finance / manager / admin，密码均为 demo1234")
    plain = LoginDialog()
    qtbot.addWidget(demo)
    qtbot.addWidget(plain)
    assert demo.hint.isVisibleTo(demo) and "demo1234" in demo.hint.text()
    assert not plain.hint.isVisibleTo(plain)


def test_last_username_is_offered_next_time(qtbot, sqlite_actors):
    first = LoginDialog(clock=Clock(NOW))
    qtbot.addWidget(first)
    attempt(qtbot, first, "finance", TEST_PASSWORD)
    second = LoginDialog()
    qtbot.addWidget(second)
    assert second.username.text() == "finance"


def test_first_admin_is_created_on_an_empty_database(qtbot, sqlite_db):
    dialog = FirstAdminDialog(clock=Clock(NOW))
    qtbot.addWidget(dialog)
    dialog.display_name.setText("刘洋")
    dialog.password.setText("long-enough-1")
    dialog.repeat.setText("long-enough-2")
    dialog.accept()
    assert dialog.message.text() == "两次输入的密码不一致。"
    assert not User.select().exists()
    dialog.password.setText("short")
    dialog.repeat.setText("short")
    dialog.accept()
    assert dialog.message.text() == "密码至少需要 8 个字符。"
    dialog.password.setText("long-enough-1")
    dialog.repeat.setText("long-enough-1")
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert auth.authenticate("admin", "long-enough-1", NOW).user.role == "admin"


def test_run_gui_stops_quietly_when_login_is_cancelled(qtbot, sqlite_actors, sqlite_db, monkeypatch):
    from ui import app

    seen = {}

    def cancelled(cls, parent=None, demo_hint=None):
        seen["hint"] = demo_hint
        return None

    monkeypatch.setattr(LoginDialog, "ask", classmethod(cancelled))
    assert app.run_gui(sqlite_db, lang="zh", demo_hint="提示") == 0
    assert seen["hint"] == "提示"


def test_run_gui_asks_for_the_first_admin_on_an_empty_database(qtbot, sqlite_db, monkeypatch):
    from ui import app
    from ui.setup_wizard import SetupWizard

    # The first-start wizard's first step creates the admin (tests/test_ui_setup_wizard.py).
    asked = []
    monkeypatch.setattr(SetupWizard, "ask", classmethod(lambda cls, parent=None, actor=None, target=None:
                                                        asked.append(1)))
    monkeypatch.setattr(LoginDialog, "ask", classmethod(lambda cls, parent=None, demo_hint=None: pytest.fail("no login")))
    assert app.run_gui(sqlite_db) == 0
    assert asked == [1]


SHOWN_SCRIPT = """
import sys
from datetime import datetime
from common import auth, db as dbmod
from ui.app import run_gui
target = dbmod.Target("sqlite", path=sys.argv[1])
dbmod.open_database(target)
actor = auth.authenticate("clerk", sys.argv[2], datetime.now())
sys.exit(run_gui(target, actor=actor, exit_when_shown=True))
"""


def test_run_gui_with_a_logged_in_actor_shows_the_window_and_reports_for_the_bench(sqlite_db, sqlite_actors, tmp_path):
    # In its own process: app.exec() and quit() would disturb the event loop of the test process.
    import os
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", BRANCHDESK_DATA_DIR=str(tmp_path / "child"))
    done = subprocess.run([sys.executable, "-c", SHOWN_SCRIPT, str(sqlite_db.path), TEST_PASSWORD], cwd=root,
                          env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    line = done.stdout.strip().splitlines()[-1]
    assert line.startswith("SHOWN rss_mb=") and int(line.split("=")[1]) > 0
