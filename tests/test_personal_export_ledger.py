"""Ledger exports and the archive search that name counter customers (issue 15 item 8, PIPL): they
go through common.personal_data.export_personal - audited with who, what, how many rows naming a
customer and the file; a role without personal.export is refused, writes nothing, and the refusal
is on record. The 备件 page's 往来单位 table export too (pytest-qt)."""
from __future__ import annotations

import argparse
import json

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt

from archive import files
from common.errors import Refusal
from common.models import AuditLog
from ledger import io
from tests.test_ledger_io import month, setup_branch
from ui.cli import cmd_search
from ui.cli.base import Context
from ui.table_model import TableView


def last(action: str) -> tuple[AuditLog, dict]:
    row = AuditLog.select().where(AuditLog.action == action).order_by(AuditLog.id.desc()).first()
    assert row is not None, action
    return row, json.loads(row.detail)


def customer_rows(path, column: str) -> int:
    sheet = load_workbook(path, read_only=True).worksheets[0]
    rows = list(sheet.values)
    at = rows[0].index(column)
    return sum(row[at] == "MS" for row in rows[1:])


def test_movements_and_the_account_book_naming_a_customer_are_audited(db, actors, tmp_path):
    month(actors["clerk"], actors["manager"])
    out = tmp_path / "单据.xlsx"
    io.export_movements(out, actor=actors["clerk"])
    row, detail = last("personal.export")
    assert row.username == "clerk" and detail["what"] == "ledger_movements" and detail["file_name"] == "单据.xlsx"
    assert detail["records"] == customer_rows(out, "往来单位") == 2  # the counter issue and its reversal
    out = tmp_path / "往来帐.xlsx"
    io.export_book(out, "account", actor=actors["manager"])
    row, detail = last("personal.export")
    assert row.username == "manager" and (detail["what"], detail["file_name"]) == ("ledger_account", "往来帐.xlsx")
    assert detail["records"] == customer_rows(out, "往来单位") > 0


def test_an_export_without_customers_is_not_a_personal_data_export(db, actors, tmp_path):
    month(actors["clerk"], actors["manager"])
    io.export_book(tmp_path / "在途.xlsx", "in_transit", actor=actors["finance"])
    io.export_book(tmp_path / "站.xlsx", "account", party="ZZ01", actor=actors["finance"])
    assert not AuditLog.select().where(AuditLog.action.startswith("personal.export")).exists()


@pytest.mark.parametrize("book", [None, "account"])
def test_finance_is_refused_a_ledger_export_naming_customers_and_the_attempt_is_on_record(db, actors, tmp_path, book):
    month(actors["clerk"], actors["manager"])
    out = tmp_path / "out.xlsx"
    with pytest.raises(Refusal) as refused:
        if book is None:
            io.export_movements(out, actor=actors["finance"])
        else:
            io.export_book(out, book, actor=actors["finance"])
    assert refused.value.code == "auth.forbidden" and refused.value.facts["permission"] == "personal.export"
    assert not out.exists()
    row, detail = last("personal.export_refused")
    assert row.username == "finance" and detail["file_name"] == "out.xlsx"
    assert detail["what"] == ("ledger_movements" if book is None else "ledger_account")


def search_args(query: str, json_out: bool = False):
    return argparse.Namespace(query=query, date_from=None, date_to=None, limit=50, json=json_out)


def test_the_cli_search_is_an_audited_read_and_refused_without_the_permission(db, actors, monkeypatch, capsys):
    files.create_customer(actors["clerk"], kind="person", name="张伟", phone="13803711234")
    files.create_customer(actors["clerk"], kind="person", name="张丽", phone="13903710000")
    ctx = Context(search_args("张"))
    monkeypatch.setattr(ctx, "session", lambda: (None, actors["clerk"]))
    assert cmd_search.run(ctx.args, ctx) == 0
    assert "13803711234" in capsys.readouterr().out
    row, detail = last("personal.export")
    assert row.username == "clerk" and (detail["what"], detail["records"], detail["file"]) == ("archive_search", 2, "terminal")

    ctx = Context(search_args("张", json_out=True))
    monkeypatch.setattr(ctx, "session", lambda: (None, actors["finance"]))
    with pytest.raises(Refusal):
        cmd_search.run(ctx.args, ctx)
    assert "13803711234" not in capsys.readouterr().out
    row, detail = last("personal.export_refused")
    assert row.username == "finance" and detail["what"] == "archive_search"


@pytest.fixture
def parties_page(qtbot, sqlite_db, sqlite_actors, monkeypatch, tmp_path):
    from ui.main_window import PageContext
    from ui.parts_page import PartsPage

    setup_branch(sqlite_actors["manager"])
    target = tmp_path / "往来单位.xlsx"
    monkeypatch.setattr(TableView, "ask_save_path", classmethod(lambda cls, parent, suggested: str(target)))

    def make(role):
        page = PartsPage(PageContext(sqlite_actors[role], sqlite_db, None))
        qtbot.addWidget(page)
        page.show()
        page.tabs.setCurrentWidget(page.tab["parties"])
        qtbot.waitUntil(lambda: page.tab["parties"].view is not None)
        return page.tab["parties"].view, target
    return make


def test_the_parties_table_export_is_audited_for_the_clerk(qtbot, parties_page):
    view, target = parties_page("clerk")
    qtbot.mouseClick(view.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "已导出 3 行" in view.message.text())
    assert target.exists()
    row, detail = last("personal.export")
    assert row.username == "clerk" and (detail["what"], detail["records"], detail["file_name"]) == (
        "parties", 3, "往来单位.xlsx")


def test_the_parties_table_export_is_refused_to_finance_and_on_record(qtbot, parties_page):
    view, target = parties_page("finance")
    qtbot.mouseClick(view.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "没有此操作的权限" in view.message.text())
    assert not target.exists()
    row, detail = last("personal.export_refused")
    assert row.username == "finance" and detail["what"] == "parties"
