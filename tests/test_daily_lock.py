"""A locked day is locked for every path that writes: the entry form's post, a reversal, the Excel
import and the command line."""
import os
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest

from common.errors import Refusal
from ledger import daily
from ledger.models import Document
from tests.conftest import TEST_PASSWORD
from tests.test_daily import FRIDAY, THURSDAY, clerks_friday

ROOT = Path(__file__).resolve().parent.parent
HEADERS = ["日期", "单据类型", "单据号", "往来单位", "备件编号", "备件名称", "数量", "单价", "需返坏件", "关联单号", "备注"]


def lock_friday(actors):
    clerks_friday(actors)
    produced = daily.produce(actors["clerk"], FRIDAY)
    daily.sign_finance(actors["finance"], FRIDAY, TEST_PASSWORD, produced.content_hash)
    daily.sign_manager(actors["manager"], FRIDAY, TEST_PASSWORD, produced.content_hash)


def import_file(tmp_path, day) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "单据"
    sheet.append(HEADERS)
    sheet.append([day, "维修换件", "WX-IMPORT-1", "MS", "OF-1012010", "机油滤清器", 1, 32.00, None, None, "补单"])
    path = tmp_path / "documents.xlsx"
    book.save(path)
    return path


def test_the_import_refuses_a_document_dated_in_a_locked_day(db, actors, tmp_path):
    from ledger.io import import_documents

    lock_friday(actors)
    before = Document.select().count()
    with pytest.raises(Refusal) as refused:
        import_documents(actors["clerk"], import_file(tmp_path, THURSDAY))
    def codes(refusal):  # the import nests one refusal per bad document under its row
        return [refusal.code] + [code for item in getattr(refusal, "items", []) for code in codes(item)]

    assert "ledger.day_locked" in codes(refused.value)
    assert Document.select().count() == before
    # The same file dated on an open day posts.
    import_documents(actors["clerk"], import_file(tmp_path, FRIDAY.replace(day=23)))
    assert Document.select().count() == before + 1


def test_the_command_line_refuses_a_locked_day(sqlite_db, sqlite_actors, tmp_path):
    lock_friday(sqlite_actors)
    before = Document.select().count()
    env = dict(os.environ, BRANCHDESK_USER="clerk", BRANCHDESK_PASSWORD=TEST_PASSWORD, BRANCHDESK_LANG="zh_CN")
    result = subprocess.run(
        [sys.executable, "main.py", "--db", str(sqlite_db.path), "import", "documents", str(import_file(tmp_path, FRIDAY))],
        cwd=ROOT, capture_output=True, text=True, env=env, timeout=120,
    )
    assert result.returncode != 0
    assert "2026-11-20" in result.stdout + result.stderr
    assert Document.select().count() == before
