"""设置 › 分公司时区 (common.clock): an administrator picks the branch's time zone; a name that is no
zone is refused naming the field and stays typed; other roles see it read-only."""
from __future__ import annotations

from PySide6.QtCore import Qt

from common import clock
from common.models import AuditLog
from tests.conftest import NOW


def _settings(qtbot, target, actor):
    from ui.main_window import PageContext
    from ui.settings import SettingsPage

    page = SettingsPage(PageContext(actor, target, None), clock=lambda: NOW)
    qtbot.addWidget(page)
    page.show()
    return page


def _type_zone(qtbot, row, text: str) -> None:
    row.combo.lineEdit().selectAll()
    qtbot.keyClicks(row.combo.lineEdit(), text)


def test_the_admin_sets_the_branch_time_zone(qtbot, sqlite_db, sqlite_actors):
    page = _settings(qtbot, sqlite_db, sqlite_actors["admin"])
    row = page.time_zone
    assert row.combo.currentText() == "Asia/Shanghai"
    _type_zone(qtbot, row, "Asia/Urumqi")
    qtbot.mouseClick(row.save_button, Qt.MouseButton.LeftButton)
    assert row.message.text() == "分公司时区已设为 Asia/Urumqi。"
    assert clock.time_zone_name() == "Asia/Urumqi"
    assert AuditLog.select().where(AuditLog.action == "settings.time_zone").count() == 1


def test_a_name_that_is_no_zone_is_refused_and_stays_typed(qtbot, sqlite_db, sqlite_actors):
    page = _settings(qtbot, sqlite_db, sqlite_actors["admin"])
    row = page.time_zone
    _type_zone(qtbot, row, "Asia/Beijing")
    qtbot.keyClick(row.combo.lineEdit(), Qt.Key.Key_Return)
    assert "分公司时区" in row.message.text() and "Asia/Beijing" in row.message.text()
    assert row.combo.currentText() == "Asia/Beijing"
    assert row.combo.property("invalid")
    assert clock.time_zone_name() == "Asia/Shanghai"


def test_other_roles_see_the_zone_but_cannot_change_it(qtbot, sqlite_db, sqlite_actors):
    page = _settings(qtbot, sqlite_db, sqlite_actors["manager"])
    assert page.time_zone.combo.currentText() == "Asia/Shanghai"
    assert not page.time_zone.combo.isEnabled() and not page.time_zone.save_button.isEnabled()
