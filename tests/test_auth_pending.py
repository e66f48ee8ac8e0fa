"""Logging in from the environment with the password hash computed on a worker thread
(common.auth.PendingLogin, used by main.py gui): the lockout rules and the audit are those of
auth.authenticate, and the main window is shown only once the password is verified."""
from datetime import timedelta

import pytest
from PySide6.QtWidgets import QApplication

from common import auth
from common.errors import Refusal
from common.models import AuditLog, User
from tests.conftest import NOW, TEST_PASSWORD


def _started(username, password):
    pending = auth.PendingLogin(username, password)
    pending.start()
    return pending


def test_a_background_check_counts_and_locks_as_authenticate_does(actors):
    for attempt in range(4):
        with pytest.raises(Refusal) as refused:
            _started("clerk", "wrong").finish(NOW + timedelta(seconds=attempt))
        assert refused.value.code == "auth.failed" and refused.value.facts["remaining"] == 4 - attempt
    with pytest.raises(Refusal) as refused:
        _started("clerk", "wrong").finish(NOW + timedelta(seconds=5))
    assert refused.value.code == "auth.locked"
    with pytest.raises(Refusal) as refused:
        _started("clerk", TEST_PASSWORD).finish(NOW + timedelta(minutes=1))
    assert refused.value.code == "auth.locked"
    actor = _started("clerk", TEST_PASSWORD).finish(NOW + timedelta(minutes=16))
    assert actor.user.username == "clerk"
    actions = [row.action for row in AuditLog.select().where(AuditLog.username == "clerk").order_by(AuditLog.id)]
    assert actions == ["login.failed"] * 4 + ["login.locked", "login.refused_locked", "login"]


def test_a_password_changed_while_checking_is_checked_again(actors):
    pending = _started("clerk", TEST_PASSWORD)
    User.update(password_hash=auth.hash_password("another-pass-2")).where(User.username == "clerk").execute()
    with pytest.raises(Refusal) as refused:
        pending.finish(NOW)
    assert refused.value.code == "auth.failed"


def test_empty_fields_and_unknown_users_are_refused_as_before(actors):
    with pytest.raises(Refusal) as refused:
        auth.PendingLogin("clerk", "")
    assert refused.value.code == "auth.password_required"
    with pytest.raises(Refusal) as refused:
        _started("nobody", "x").finish(NOW)
    assert refused.value.code == "auth.failed"
    assert AuditLog.select().where(AuditLog.username == "clerk").count() == 0


def _main_windows():
    from ui.main_window import MainWindow

    return [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]


def test_gui_with_a_wrong_password_shows_no_main_window(qtbot, sqlite_actors, sqlite_db):
    from ui import app

    with pytest.raises(Refusal) as refused:
        app.run_gui(sqlite_db, lang="zh", pending_login=_started("clerk", "wrong"), exit_when_shown=True)
    assert refused.value.code == "auth.failed"
    assert _main_windows() == []
    assert User.get(User.username == "clerk").failed_logins == 1


def test_gui_shows_the_main_window_only_after_the_login_is_recorded(qtbot, sqlite_actors, sqlite_db, monkeypatch):
    from ui import app
    from ui.main_window import MainWindow

    logins_when_shown = []
    original_show = MainWindow.show

    def show(window):
        logins_when_shown.append(AuditLog.select().where(
            (AuditLog.action == "login") & (AuditLog.username == "clerk")).count())
        original_show(window)

    monkeypatch.setattr(MainWindow, "show", show)
    assert app.run_gui(sqlite_db, lang="zh", pending_login=_started("clerk", TEST_PASSWORD), exit_when_shown=True) == 0
    assert logins_when_shown == [1]
    for window in _main_windows():
        window.close()
