"""The import preview with hidden rows (issue 13, item 2), driven offscreen: a file with a row
filtered out is refused naming it; ticking 跳过隐藏行 previews it again without that row, and the
import then posts exactly what the clerk sees in Excel."""
from datetime import date

from PySide6.QtCore import Qt

from ledger.models import Document
from tests.test_import_dialog_hidden_files import filtered_workbook
from tests.test_ledger_io import setup_branch
from tests.test_ledger_io_ui import cells, make_dialog, settle
from ui.import_dialog import ImportDialog


def test_hidden_rows_are_refused_until_the_clerk_ticks_skip_hidden(qtbot, sqlite_actors, tmp_path, monkeypatch):
    setup_branch(sqlite_actors["manager"])
    path = filtered_workbook(tmp_path / "filtered.xlsx")
    dialog = make_dialog(qtbot, sqlite_actors)
    monkeypatch.setattr(ImportDialog, "ask_open_path", classmethod(lambda cls, parent: str(path)))
    dialog.show()
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    problems = cells(dialog.problems_table)
    assert len(problems) == 1 and problems[0][0] == "3" and "跳过隐藏行" in problems[0][2]
    assert not dialog.import_button.isEnabled()

    qtbot.mouseClick(dialog.skip_hidden_check, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert dialog.skip_hidden_check.isChecked()
    assert dialog.problems_table.isHidden()
    assert [row[4] for row in cells(dialog.preview_table)] == ["2"]  # two lines: the hidden one left out
    assert "跳过隐藏行 1 行（第 3 行）" in dialog.summary.text()
    assert dialog.import_button.isEnabled()
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    (document,) = Document.select()
    assert document.remark == "第一批" and document.lines.count() == 2
