"""`import KIND FILE --dry-run` previews and never writes, for every import kind (issue 13, item 1).

Real processes on a real SQLite file: the database's whole content is dumped before and after
each dry run and must be identical; the same file imported for real does change it, so the
comparison can see a write.
"""
from __future__ import annotations

import sqlite3

import pytest

from tests.accounts import add_user
from tests.test_cli import ADMIN, run_cli

CLERK = {"BRANCHDESK_USER": "wangli", "BRANCHDESK_PASSWORD": "wangli-pass"}


def dump(db) -> list[str]:
    """Every statement that rebuilds the database, except what logging in itself writes (each CLI
    run logs in: an audit row, the user's last login)."""
    connection = sqlite3.connect(db)
    try:
        return [line for line in connection.iterdump()
                if not (line.startswith('INSERT INTO "audit_log"') and ",'login'," in line)
                and not line.startswith('INSERT INTO "user"')]
    finally:
        connection.close()


@pytest.fixture(scope="module")
def branch(tmp_path_factory):
    folder = tmp_path_factory.mktemp("dry-run")
    db = folder / "branch.sqlite3"
    assert run_cli("--db", db, "init", env=ADMIN, data_dir=folder).returncode == 0
    added = add_user(db, "wangli", "clerk", "wangli-pass", folder, name="王丽")
    assert added.returncode == 0, added.stderr
    for kind, name in (("template", "parts.xlsx"), ("archive-template", "archives.xlsx")):
        made = run_cli("--db", db, "export", kind, "--out", folder / name, env=CLERK, data_dir=folder)
        assert made.returncode == 0, made.stderr
    return db, folder


def _dry_then_real(db, folder, kind, file):
    before = dump(db)
    dry = run_cli("--db", db, "import", kind, folder / file, "--dry-run", env=CLERK, data_dir=folder)
    assert dry.returncode == 0, dry.stderr
    assert "预览" in dry.stdout
    assert dump(db) == before, f"import {kind} --dry-run wrote to the database"
    real = run_cli("--db", db, "import", kind, folder / file, env=CLERK, data_dir=folder)
    assert real.returncode == 0, real.stderr
    assert dump(db) != before, f"import {kind} changed nothing: the comparison could not see a write"


def test_every_import_kind_dry_run_leaves_the_database_unchanged(branch):
    db, folder = branch
    # In the order a branch imports: master data first, then documents that name it.
    _dry_then_real(db, folder, "parties", "parts.xlsx")
    _dry_then_real(db, folder, "parts", "parts.xlsx")
    _dry_then_real(db, folder, "documents", "parts.xlsx")
    _dry_then_real(db, folder, "archives", "archives.xlsx")



def test_hidden_rows_refuse_an_import_unless_skip_hidden_is_given(branch):
    import openpyxl

    db, folder = branch
    path = folder / "hidden.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "备件"
    for row in (["备件编号", "备件名称"], ["HX-1", "节温器"], ["HX-2", "作废的行"]):
        sheet.append(row)
    sheet.row_dimensions[3].hidden = True
    book.save(path)
    before = dump(db)
    refused = run_cli("--db", db, "import", "parts", path, env=CLERK, data_dir=folder)
    assert refused.returncode == 1 and "第 3 行" in refused.stderr and "--skip-hidden" in refused.stderr
    assert dump(db) == before
    skipped = run_cli("--db", db, "import", "parts", path, "--skip-hidden", env=CLERK, data_dir=folder)
    assert skipped.returncode == 0, skipped.stderr
    assert "跳过隐藏行 1 行（第 3 行）" in skipped.stdout and "新建 1 条" in skipped.stdout
