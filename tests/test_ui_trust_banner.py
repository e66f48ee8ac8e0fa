"""A dropped guard of the audit log is said at the top of the main window to an administrator or a
manager (issue 15 item 1), in their language; a clerk's window and an honest database show none."""
from __future__ import annotations

import pytest

from common import db as dbmod
from ui import i18n
from ui.main_window import MainWindow


@pytest.fixture(autouse=True)
def ui_settings_dir(qapp, tmp_path, monkeypatch):
    monkeypatch.setenv("BRANCHDESK_DATA_DIR", str(tmp_path / "ui"))
    i18n.install("zh")
    yield
    i18n.install("zh")


def window_for(qtbot, sqlite_db, actor) -> MainWindow:
    window = MainWindow(actor, sqlite_db)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_an_honest_database_shows_no_warning(qtbot, sqlite_db, sqlite_actors):
    window = window_for(qtbot, sqlite_db, sqlite_actors["manager"])
    assert not window.trust_banner.isVisible()


def test_a_dropped_trigger_is_shown_to_the_manager_and_not_to_a_clerk(qtbot, sqlite_db, sqlite_actors):
    dbmod.current().execute_sql("DROP TRIGGER audit_log_no_delete")
    window = window_for(qtbot, sqlite_db, sqlite_actors["manager"])
    banner = window.trust_banner
    assert banner.isVisible() and "audit_log_no_delete" in banner.text() and "不会自动重建" in banner.text()
    assert banner.geometry().top() < window.stack.geometry().top()  # above the page, not hidden under it

    window.language_actions["en"].trigger()  # the 语言 menu, as a user switches
    qtbot.waitUntil(lambda: "guard trigger audit_log_no_delete is missing" in banner.text())

    window.set_actor(sqlite_actors["clerk"])  # 切换用户: a clerk cannot look into it
    assert not banner.isVisible()
    # Still not recreated by opening the window.
    names = [row[0] for row in dbmod.current().execute_sql("SELECT name FROM sqlite_master WHERE type = 'trigger'")]
    assert "audit_log_no_delete" not in names
