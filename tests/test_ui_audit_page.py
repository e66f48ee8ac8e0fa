"""The 审计 page (issue 15 item 11): the manager's and the administrator's; filters by user, action,
object and date; actions and objects in words; export to Excel, itself audited; the audit chain's
state; a printed daily report's fingerprint checked against the database."""
from __future__ import annotations

import json
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt

from common import audit, auth
from common import db as dbmod
from common.models import AuditLog
from tests.conftest import NOW, TEST_PASSWORD
from tests.test_ui_login import ui_settings_dir  # noqa: F401 - autouse: own ui.ini, zh
from ui import i18n
from ui.table_model import TableView


@pytest.fixture
def logged(sqlite_actors):
    """Some history: logins of the clerk and finance, a user the admin created a week ago."""
    auth.authenticate("clerk", TEST_PASSWORD, NOW)
    auth.authenticate("finance", TEST_PASSWORD, NOW - timedelta(hours=1))
    auth.create_user(sqlite_actors["admin"].at(NOW - timedelta(days=7)), "zhao", "赵敏", "clerk", "first-pass-9")
    return sqlite_actors


def page_for(qtbot, sqlite_db, actor):
    from ui.audit_page import AuditPage
    from ui.main_window import PageContext

    page = AuditPage(PageContext(actor, sqlite_db, None), clock=lambda: NOW)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    return page


def choose(qtbot, combo, data) -> None:
    """Pick the item whose data is ``data`` with the keyboard, as a user does (Home, then Down)."""
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    for _ in range(combo.count()):
        if combo.currentData() == data:
            return
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentData() == data


def shown(page, column: int) -> list[str]:
    model = page.model
    return [model.index(row, column).data() for row in range(model.rowCount())]


def test_only_the_manager_and_the_admin_see_the_page(qtbot, sqlite_db, sqlite_actors):
    from ui.main_window import PAGES, MainWindow

    row = [p.key for p in PAGES].index("audit")
    for role, visible in (("clerk", False), ("finance", False), ("manager", True), ("admin", True)):
        window = MainWindow(sqlite_actors[role], sqlite_db)
        qtbot.addWidget(window)
        window.show()
        assert window.navigation.item(row).isHidden() is not visible
        assert window.page_actions[row].isVisible() is visible
        if visible:
            window.page_actions[row].trigger()  # 视图 › 审计, Ctrl+0 (the tenth page)
            assert window.current_page_key() == "audit" and window.page_actions[row].shortcut().toString() == "Ctrl+0"
        window.close()


def test_the_log_is_worded_and_filtered_by_user_action_object_and_date(qtbot, sqlite_db, logged):
    page = page_for(qtbot, sqlite_db, logged["manager"])
    assert set(shown(page, 3)) == {"登录", "新建用户"}  # words, not login / user.create
    assert "客户" not in shown(page, 4) and "用户 赵敏" in shown(page, 4)
    choose(qtbot, page.user_combo, logged["clerk"].user.id)
    assert page.user_combo.currentText().startswith("王丽")
    assert set(shown(page, 2)) == {"王丽"} and page.model.rowCount() == 1
    choose(qtbot, page.user_combo, None)  # 全部用户
    choose(qtbot, page.action_combo, "user.create")
    assert page.action_combo.currentText() == "新建用户"
    assert shown(page, 3) == ["新建用户"] and shown(page, 2) == ["系统管理员"]
    choose(qtbot, page.action_combo, None)
    choose(qtbot, page.entity_combo, "user")
    assert page.entity_combo.currentText() == "用户" and page.model.rowCount() == 3
    # The admin's user.create was a week ago: a period starting three days ago leaves it out.
    page.date_from.selectAll()
    qtbot.keyClicks(page.date_from, (NOW - timedelta(days=3)).strftime("%Y-%m-%d"))
    qtbot.keyClick(page.date_from, Qt.Key.Key_Return)
    assert set(shown(page, 3)) == {"登录"}


def test_a_wrong_date_is_said_and_the_list_is_left_as_it_was(qtbot, sqlite_db, logged):
    page = page_for(qtbot, sqlite_db, logged["manager"])
    before = page.model.rowCount()
    page.date_to.selectAll()
    qtbot.keyClicks(page.date_to, "2026-13-45")
    qtbot.keyClick(page.date_to, Qt.Key.Key_Return)
    assert "结束日期" in page.message.text() and "列表未按此日期筛选" in page.message.text()
    assert page.model.rowCount() == before
    assert page.date_to.text() == "2026-13-45"  # what was typed stays


def test_the_export_is_written_and_itself_recorded(qtbot, sqlite_db, logged, tmp_path, monkeypatch):
    from openpyxl import load_workbook

    target = tmp_path / "操作记录.xlsx"
    monkeypatch.setattr(TableView, "ask_save_path", classmethod(lambda cls, parent, suggested: str(target)))
    page = page_for(qtbot, sqlite_db, logged["admin"])
    choose(qtbot, page.user_combo, logged["clerk"].user.id)
    qtbot.mouseClick(page.view.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "已导出 1 条操作记录" in page.view.message.text())
    sheet = load_workbook(target).active
    assert [c.value for c in sheet[1]] == ["序号", "时间", "用户", "操作", "对象"] and sheet.max_row == 2
    row = AuditLog.select().where(AuditLog.action == "audit.export").get()
    assert row.username == "admin" and json.loads(row.detail)["records"] == 1


def test_the_chain_state_is_shown_and_a_row_put_in_by_hand_is_named(qtbot, sqlite_db, logged):
    page = page_for(qtbot, sqlite_db, logged["manager"])
    qtbot.waitUntil(lambda: page.chain_state.text().startswith("完好"))
    database = dbmod.current()
    database.execute_sql("INSERT INTO audit_log (at, username, action, entity, detail) "
                         f"VALUES ({database.param}, 'ghost', 'login', 'user', '')", (NOW,))
    qtbot.mouseClick(page.chain_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.chain_state.text().startswith("发现问题"))
    assert audit.verify_chain()  # the page says what the check finds


def test_a_printed_fingerprint_is_checked_against_the_database(qtbot, sqlite_db, sqlite_actors):
    from tests.test_daily import FRIDAY
    from tests.test_trust_daily import signed_friday

    paper = signed_friday(sqlite_actors)
    page = page_for(qtbot, sqlite_db, sqlite_actors["manager"])
    page.fingerprint_date.selectAll()
    qtbot.keyClicks(page.fingerprint_date, FRIDAY.isoformat())
    qtbot.keyClicks(page.fingerprint, paper)
    qtbot.mouseClick(page.fingerprint_button, Qt.MouseButton.LeftButton)
    assert page.fingerprint_result.text().startswith("相符")
    page.fingerprint.clear()
    qtbot.keyClicks(page.fingerprint, "ABCD-EFGH-2345")
    qtbot.keyClick(page.fingerprint, Qt.Key.Key_Return)
    assert page.fingerprint_result.text().startswith("不符")
    page.fingerprint.clear()
    qtbot.mouseClick(page.fingerprint_button, Qt.MouseButton.LeftButton)
    assert "校验码" in page.fingerprint_result.text() and page.fingerprint.property("invalid")


def test_the_page_reads_in_english(qtbot, sqlite_db, logged):
    i18n.install("en")
    page = page_for(qtbot, sqlite_db, logged["manager"])
    assert set(shown(page, 3)) == {"Log in", "New user"} or all(
        text and "." not in text and not any("\u4e00" <= ch <= "\u9fff" for ch in text) for text in shown(page, 3))
    assert page.user_combo.itemText(0) == "All users"
