"""对账 page: a statement is written in a worker thread (ui.runner); the window keeps running, the
message line says what was saved, and a file that cannot be written is a refusal in red."""
from PySide6.QtCore import QDate, Qt

from common.pdf import pdf_text
from tests.conftest import NOW
from tests.test_reconcile import november
from ui import reconcile_page, runner
from ui.reconcile_page import ReconcilePage


def open_statements(qtbot, desk_actors):
    november(desk_actors["clerk"], desk_actors["manager"])
    page = ReconcilePage(desk_actors["clerk"], clock=lambda: NOW)
    qtbot.addWidget(page)
    page.show()
    tab = page.statements
    tab.party_combo.setCurrentIndex(tab.party_combo.findData("ZZ01"))
    tab.from_edit.setDate(QDate(2026, 11, 16))
    tab.to_edit.setDate(QDate(2026, 11, 23))
    return tab


def test_the_statement_pdf_is_written_off_the_gui_thread(qtbot, desk_actors, monkeypatch, tmp_path):
    tab = open_statements(qtbot, desk_actors)
    target = tmp_path / "对账单.pdf"
    monkeypatch.setattr(reconcile_page._Tab, "ask_save_path", classmethod(lambda cls, *a: str(target)))
    qtbot.mouseClick(tab.pdf_button, Qt.LeftButton)
    assert runner.busy(tab)  # the click returned while the statement is being written
    qtbot.waitUntil(lambda: not runner.running(), timeout=20000)
    assert "已保存对账单" in tab.message.text() and tab.message.property("role") == "hint"
    assert "BP-3501010" in "".join(pdf_text(target))


def test_a_statement_that_cannot_be_written_is_a_refusal_in_red(qtbot, desk_actors, monkeypatch, tmp_path):
    tab = open_statements(qtbot, desk_actors)
    target = tmp_path / "no such folder" / "对账单.pdf"
    monkeypatch.setattr(reconcile_page._Tab, "ask_save_path", classmethod(lambda cls, *a: str(target)))
    qtbot.mouseClick(tab.pdf_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: not runner.running(), timeout=20000)
    assert "无法写入文件" in tab.message.text() and tab.message.property("role") == "error"
    assert not target.exists()
