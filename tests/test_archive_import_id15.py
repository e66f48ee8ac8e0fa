"""Archive list import of a 15-digit first-generation resident ID (issue 14): refused by default
with the way to confirm, converted to its 18-digit form on the clerk's word (option, CLI flag,
the 档案 page's question), each converted row named in a hint."""
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt

from archive import io
from archive.models import Customer
from common.errors import RefusalList
from tests.accounts import add_user
from tests.conftest import NOW
from tests.test_archive_io import row, workbook
from tests.test_cli import ADMIN, run_cli
from tests.test_import_dry_run import CLERK, dump
from ui import i18n, runner
from ui.archive_page import ArchivePage
from ui.main_window import PageContext
from ui.messages import refusal_text

OLD_ID, NEW_ID = "110105491231002", "11010519491231002X"


def test_a_15_digit_id_is_refused_by_default_saying_how_to_confirm(actors, tmp_path):
    path = workbook(tmp_path / "list.xlsx", [row(证件号码=OLD_ID)])
    with pytest.raises(RefusalList) as info:
        io.import_archives(actors["clerk"], path)
    assert info.value.facts["id_numbers_15"] == 1
    text = refusal_text(info.value.items[0])
    assert "第 2 行" in text and NEW_ID in text and "--convert-15-digit-ids" in text and "转换并导入" in text
    assert Customer.select().count() == 0


def test_with_the_option_the_18_digit_number_is_stored_and_the_row_named(actors, tmp_path):
    path = workbook(tmp_path / "list.xlsx", [row(证件号码=OLD_ID)])
    result = io.import_archives(actors["clerk"], path, convert_15_digit_ids=True)
    assert Customer.get(Customer.name == "张伟").id_number == NEW_ID
    assert [refusal_text(w) for w in result.warnings] == [
        f"第 2 行：15 位身份证号 {OLD_ID} 已转为 18 位 {NEW_ID}，请与证件核对。"]


def test_cli_flag_converts_and_its_dry_run_changes_nothing(tmp_path):
    db = tmp_path / "branch.sqlite3"
    assert run_cli("--db", db, "init", env=ADMIN, data_dir=tmp_path).returncode == 0
    added = add_user(db, "wangli", "clerk", "wangli-pass", tmp_path, name="王丽")
    assert added.returncode == 0, added.stderr
    path = workbook(tmp_path / "list.xlsx", [row(证件号码=OLD_ID)])
    refused = run_cli("--db", db, "import", "archives", path, env=CLERK, data_dir=tmp_path)
    assert refused.returncode != 0 and "--convert-15-digit-ids" in refused.stdout + refused.stderr
    before = dump(db)
    dry = run_cli("--db", db, "import", "archives", path, "--dry-run", "--convert-15-digit-ids",
                  env=CLERK, data_dir=tmp_path)
    assert dry.returncode == 0, dry.stderr
    assert "预览" in dry.stdout and f"提示：第 2 行：15 位身份证号 {OLD_ID} 已转为 18 位 {NEW_ID}" in dry.stdout
    assert dump(db) == before
    real = run_cli("--db", db, "import", "archives", path, "--convert-15-digit-ids", env=CLERK, data_dir=tmp_path)
    assert real.returncode == 0, real.stderr
    assert f"已转为 18 位 {NEW_ID}" in real.stdout and NEW_ID in "\n".join(dump(db))


def test_the_page_asks_and_converts_on_its_answer(qtbot, qapp, sqlite_actors, tmp_path, monkeypatch):
    monkeypatch.setenv("BRANCHDESK_DATA_DIR", str(tmp_path / "ui"))
    i18n.install("zh")
    page = ArchivePage(PageContext(sqlite_actors["clerk"], None, None), clock=lambda: NOW + timedelta(minutes=5))
    qtbot.addWidget(page)
    page.show()
    path = workbook(tmp_path / "list.xlsx", [row(证件号码=OLD_ID)])
    asked = []
    monkeypatch.setattr(ArchivePage, "ask_open_path", classmethod(lambda cls, parent: str(path)))
    monkeypatch.setattr(ArchivePage, "ask_convert_15_digit_ids",
                        classmethod(lambda cls, parent, count: asked.append(count) or True))
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.report.toPlainText().startswith("已导入 1 行"), timeout=10000)
    qtbot.waitUntil(lambda: not runner.busy(page))
    assert asked == [1]
    assert f"第 2 行：15 位身份证号 {OLD_ID} 已转为 18 位 {NEW_ID}" in page.report.toPlainText()
    assert Customer.get(Customer.name == "张伟").id_number == NEW_ID
