"""The 客户 page's 导出 Excel (issue 15 item 8): finance is refused in the page's message line and the
attempt is on record; the clerk's file is written and recorded with its row count and name."""
from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt

from archive import files
from common.models import AuditLog
from ui.table_model import TableView


@pytest.fixture
def page_for(qtbot, sqlite_db, sqlite_actors, monkeypatch, tmp_path):
    from ui.customers_page import CustomersPage
    from ui.main_window import PageContext

    files.create_customer(sqlite_actors["clerk"], kind="person", name="张伟", phone="13803711234")
    target = tmp_path / "客户.xlsx"
    monkeypatch.setattr(TableView, "ask_save_path", classmethod(lambda cls, parent, suggested: str(target)))

    def make(role):
        page = CustomersPage(PageContext(sqlite_actors[role], sqlite_db, None))
        qtbot.addWidget(page)
        page.show()
        return page, target
    return make


def test_finance_is_refused_and_the_attempt_is_recorded(qtbot, page_for):
    page, target = page_for("finance")
    qtbot.mouseClick(page.view.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "没有此操作的权限" in page.view.message.text())
    assert "导出或打印客户个人信息" in page.view.message.text()
    assert not target.exists()
    row = AuditLog.get(AuditLog.action == "personal.export_refused")
    assert row.username == "finance" and json.loads(row.detail)["what"] == "customers"


def test_the_clerks_export_is_written_and_recorded_with_its_rows(qtbot, page_for):
    page, target = page_for("clerk")
    qtbot.mouseClick(page.view.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "已导出 1 行" in page.view.message.text())
    assert target.exists()
    detail = json.loads(AuditLog.get(AuditLog.action == "personal.export").detail)
    assert (detail["what"], detail["records"], detail["file_name"]) == ("customers", 1, "客户.xlsx")
