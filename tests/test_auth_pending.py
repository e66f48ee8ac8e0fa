"""Logging in from the environment with the password hash computed on a worker thread
(common.auth.PendingLogin, used by main.py gui): the lockout rules and the audit are those of
auth.authenticate, and the main window is shown only once the password is verified."""
from datetime import timedelta

import pytest

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
        assert refused.value.code == "auth.failed" and refused.value.facts == {"username": "clerk"}
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


# The GUI runs in a child process, as `main.py gui` does: app.exec() returning inside the test
# process would end PySide's delivery of queued signals for every test after it.
_CHILD = r"""
import sys
from common import auth, db
from common.models import AuditLog
from ui import app
from ui.main_window import MainWindow

target = db.Target("sqlite", path=sys.argv[1])
db.open_database(target)
original_show = MainWindow.show

def show(window):
    logins = AuditLog.select().where((AuditLog.action == "login") & (AuditLog.username == "clerk")).count()
    print(f"SHOWN_AFTER_LOGINS {logins}", flush=True)
    original_show(window)

MainWindow.show = show
pending = auth.PendingLogin("clerk", sys.argv[2])
pending.start()
try:
    code = app.run_gui(target, lang="zh", pending_login=pending, exit_when_shown=True)
except Exception as error:
    print(f"REFUSED {getattr(error, 'code', error)}", flush=True)
    code = 1
sys.exit(code)
"""


def _run_gui(tmp_path, database_path, password):
    import os
    import subprocess
    import sys

    from common import db as dbmod
    from common.paths import project_root

    dbmod.close_database()  # the child opens the file itself
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", BRANCHDESK_DATA_DIR=str(tmp_path / "child-ui"))
    return subprocess.run([sys.executable, "-c", _CHILD, str(database_path), password], cwd=project_root(),
                          env=env, capture_output=True, text=True, timeout=120)


def test_gui_with_a_wrong_password_shows_no_main_window(sqlite_actors, sqlite_db, tmp_path):
    from common import db as dbmod

    child = _run_gui(tmp_path, sqlite_db.path, "wrong")
    assert child.returncode == 1, child.stderr
    assert "REFUSED auth.failed" in child.stdout
    assert "SHOWN_AFTER_LOGINS" not in child.stdout  # no main window was ever shown
    dbmod.open_database(sqlite_db)
    assert User.get(User.username == "clerk").failed_logins == 1


def test_gui_shows_the_main_window_only_after_the_login_is_recorded(sqlite_actors, sqlite_db, tmp_path):
    child = _run_gui(tmp_path, sqlite_db.path, TEST_PASSWORD)
    assert child.returncode == 0, child.stderr
    assert "SHOWN_AFTER_LOGINS 1" in child.stdout  # the login row existed before the window was shown
    assert "INTERACTIVE" in child.stdout
