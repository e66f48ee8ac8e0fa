"""The parts import dialog driven offscreen: preview, problems with row and column, import, template."""
from datetime import date
from types import SimpleNamespace

from PySide6.QtWidgets import QDialog

from ledger import books
from ledger.models import Document
from tests.conftest import NOW
from tests.test_ledger_io import doc, setup_branch, workbook
from ui import runner
from ui.import_dialog import ImportDialog

D = date


def cells(table) -> list[list[str]]:
    return [[table.item(r, c).text() if table.item(r, c) else "" for c in range(table.columnCount())]
            for r in range(table.rowCount())]


def settle(qtbot) -> None:
    """The preview and the import run in a worker thread (ui.runner): wait for them."""
    qtbot.waitUntil(lambda: not runner.running(), timeout=30000)


def make_dialog(qtbot, actors, kind="documents"):
    context = SimpleNamespace(actor=actors["clerk"], target=None, window=None)
    dialog = ImportDialog(context, kind=kind, clock=lambda: NOW)
    qtbot.addWidget(dialog)
    return dialog


def test_a_good_file_is_previewed_then_imported(qtbot, desk_actors, tmp_path, monkeypatch):
    setup_branch(desk_actors["manager"])
    path = workbook(tmp_path / "in.xlsx", [
        doc(D(2026, 11, 2), "总部发货", "FH-1", "HQ", "BP-3501010", 10),
        doc(D(2026, 11, 3), "总部到货", "FH-1", "HQ", "BP-3501010", 6, None, "是", "FH-1"),
    ])
    dialog = make_dialog(qtbot, desk_actors)
    monkeypatch.setattr(ImportDialog, "ask_open_path", classmethod(lambda cls, parent: str(path)))
    dialog.choose_button.click()
    settle(qtbot)
    rows = cells(dialog.preview_table)
    assert [r[:7] for r in rows] == [
        ["2026-11-02", "总部发货", "FH-1", "HQ", "1", "将记账", "ZF-2026-000001"],
        ["2026-11-03", "总部到货", "FH-1", "HQ", "1", "将记账", "ZD-2026-000001"]]
    assert "BP-3501010 欠人坏件[HQ] +6（0→6）" in rows[1][7]
    assert "将记账 2 张单据、2 行" in dialog.summary.text()
    assert Document.select().count() == 0 and dialog.import_button.isEnabled()
    assert not dialog.problems_table.isVisibleTo(dialog)

    dialog.import_button.click()
    settle(qtbot)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert [d.number for d in dialog.result_value.posted] == ["ZF-2026-000001", "ZD-2026-000001"]
    assert books.balances_at(None, "BP-3501010")["parts"]["BP-3501010"]["good"] == 6


def test_a_bad_file_lists_every_problem_by_row_and_column_and_cannot_be_imported(qtbot, desk_actors, tmp_path):
    setup_branch(desk_actors["manager"])
    path = workbook(tmp_path / "bad.xlsx", [
        doc(D(2026, 11, 2), "总部发货", "FH-1", "HQ", "BP-3501010", 0),
        doc(D(2026, 11, 2), "发服务站", "SQ-1", "无此单位", "BP-3501010", 1),
    ])
    dialog = make_dialog(qtbot, desk_actors)
    dialog.load(str(path))
    settle(qtbot)
    rows = cells(dialog.problems_table)
    assert [r[:2] for r in rows] == [["2", "数量"], ["3", "往来单位"]]
    assert "无此单位" in rows[1][2]
    assert not dialog.import_button.isEnabled() and dialog.preview_table.rowCount() == 0
    assert "2 处问题" in dialog.summary.text()


def test_master_data_preview_and_the_template_button(qtbot, desk_actors, tmp_path, monkeypatch):
    target = tmp_path / "模板.xlsx"
    dialog = make_dialog(qtbot, desk_actors, kind="parties")
    monkeypatch.setattr(ImportDialog, "ask_save_path", classmethod(lambda cls, parent, suggested: str(target)))
    dialog.template_button.click()
    assert target.exists()
    dialog.load(str(target))
    settle(qtbot)
    assert cells(dialog.preview_table)[0] == ["HQ", "新建"] and dialog.import_button.isEnabled()
    dialog.kind_combo.setCurrentIndex(2)  # 备件: previewed again from the same file
    settle(qtbot)
    assert [r[0] for r in cells(dialog.preview_table)] == ["BP-3501010", "OF-1012010"]
