"""`main.py today --json` counts what that user's 今日 page shows (common.today_cards): a clerk's
output has no login or account counts, the manager's has them, and each role's keys are exactly
the cards of its page."""
from __future__ import annotations

import json

import pytest

from tests.conftest import TEST_PASSWORD
from tests.test_cli import run_cli
from ui import i18n
from ui.main_window import MainWindow

ACCOUNT_KEYS = {"audit_today", "logins_today", "failed_logins_today", "locked_accounts", "active_users"}


@pytest.fixture(autouse=True)
def ui_settings_dir(qapp, tmp_path, monkeypatch):
    monkeypatch.setenv("BRANCHDESK_DATA_DIR", str(tmp_path / "ui"))
    i18n.install("zh")


def cli_counts(sqlite_db, tmp_path, username: str) -> dict[str, int]:
    result = run_cli("--db", sqlite_db.path, "today", "--json", data_dir=tmp_path / "cli",
                     env={"BRANCHDESK_USER": username, "BRANCHDESK_PASSWORD": TEST_PASSWORD})
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def page_keys(qtbot, sqlite_db, actor) -> set[str]:
    window = MainWindow(actor, sqlite_db)
    qtbot.addWidget(window)
    today = window.show_page("today")
    return {widget.card.name for widget in today.cards}


def test_today_json_counts_the_cards_of_the_users_role(qtbot, sqlite_db, sqlite_actors, tmp_path):
    clerk = cli_counts(sqlite_db, tmp_path, "clerk")
    assert not ACCOUNT_KEYS & clerk.keys()
    assert {"callbacks_due", "owed_by_overdue", "daily_unsigned"} <= clerk.keys()
    manager = cli_counts(sqlite_db, tmp_path, "manager")
    assert ACCOUNT_KEYS <= manager.keys()
    # The clerk's and the manager's logins just now are counted, on the manager's card only.
    assert manager["logins_today"] >= 2
    admin = cli_counts(sqlite_db, tmp_path, "admin")
    assert "callbacks_due" not in admin and "owed_by_overdue" not in admin

    for role, counts in (("clerk", clerk), ("manager", manager), ("admin", admin)):
        assert set(counts) == page_keys(qtbot, sqlite_db, sqlite_actors[role]), role
