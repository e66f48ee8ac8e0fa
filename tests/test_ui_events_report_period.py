"""The events' effect report over a reversed period (from after to) is refused in words, on the
活动 page before any file name is asked for and on the command line with exit code 1; before,
both wrote an empty report as if no event had been held. SQLite and PostgreSQL (page)."""
from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt

from archive import events
from common.errors import Refusal
from tests.test_ui_events import CLOCK, customers  # noqa: F401 (the fixture)


def test_a_reversed_report_period_is_refused_on_the_page(qtbot, customers, monkeypatch):  # noqa: F811
    from ui.events_page import EventsPage

    actors, _ = customers
    page = EventsPage(actors["clerk"], clock=CLOCK)
    qtbot.addWidget(page)
    asked = []
    monkeypatch.setattr(EventsPage, "ask_save_path", classmethod(lambda cls, *args: asked.append(args)))
    page.report_from.setDate(QDate(2026, 12, 1))
    page.report_to.setDate(QDate(2026, 1, 1))
    qtbot.mouseClick(page.report_button, Qt.MouseButton.LeftButton)
    assert asked == []
    assert "起始日期 2026-12-01 晚于截止日期 2026-01-01" in page.message.text()
    with pytest.raises(Refusal) as refused:
        events.effect(date(2026, 12, 1), date(2026, 1, 1), date(2026, 12, 2))
    assert refused.value.code == "events.period_reversed"


def test_a_reversed_report_period_is_refused_on_the_command_line(sqlite_db, sqlite_actors, tmp_path):
    from common import db as dbmod
    from tests.conftest import TEST_PASSWORD
    from tests.test_cli import run_cli

    dbmod.close_database()
    out = tmp_path / "effect.pdf"
    result = run_cli("--db", sqlite_db.path, "events", "report", "--from", "2026-12-01", "--to", "2026-01-01",
                     "--out", out, env={"BRANCHDESK_USER": "clerk", "BRANCHDESK_PASSWORD": TEST_PASSWORD},
                     data_dir=tmp_path)
    assert result.returncode == 1 and not out.exists()
    assert "起始日期 2026-12-01 晚于截止日期 2026-01-01" in result.stdout + result.stderr
