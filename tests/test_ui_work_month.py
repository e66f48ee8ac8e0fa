"""工作月报表 from the 客服 page's callbacks tab, where the monthly callback reports are: the month of
the report date typed, saved as PDF (read back) and as xlsx; a date that is none is named and
nothing written. SQLite and PostgreSQL."""
import openpyxl
from PySide6.QtCore import Qt

from common.pdf import pdf_text
from tests.test_ui_handover import CLOCK, ui_settings_dir  # noqa: F401 - the autouse fixture
from tests.test_work_month import november
from ui import i18n
from ui.callbacks_page import CallbacksPanel


def panel_for(qtbot, actor, monkeypatch, path) -> CallbacksPanel:
    panel = CallbacksPanel(actor, clock=CLOCK)
    qtbot.addWidget(panel)
    panel.show()
    monkeypatch.setattr(CallbacksPanel, "ask_save_path", classmethod(lambda cls, parent, suggested, filters: str(path)))
    return panel


def type_date(qtbot, panel, text) -> None:
    panel.report_date.setFocus()
    panel.report_date.selectAll()
    qtbot.keyClicks(panel.report_date, text)


def test_the_work_month_report_of_the_typed_month(qtbot, desk_actors, tmp_path, monkeypatch):
    clerk = desk_actors["clerk"]
    november(clerk)
    out = tmp_path / "月报.pdf"
    panel = panel_for(qtbot, clerk, monkeypatch, out)
    type_date(qtbot, panel, "2026-02-30")
    qtbot.mouseClick(panel.work_month_button, Qt.MouseButton.LeftButton)
    assert panel.message.property("role") == "error" and not out.exists()
    type_date(qtbot, panel, "2026-11-05")
    qtbot.mouseClick(panel.work_month_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "已保存" in panel.message.text(), timeout=20000)
    text = "".join(pdf_text(out)).replace(" ", "").replace("\n", "")
    assert "客服中心工作月报表2026年11月" in text and "赵强" in text and "八、车主俱乐部会员" in text
    book = tmp_path / "月报.xlsx"
    monkeypatch.setattr(CallbacksPanel, "ask_save_path", classmethod(lambda cls, parent, suggested, filters: str(book)))
    qtbot.mouseClick(panel.work_month_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: str(book) in panel.message.text(), timeout=20000)
    assert len(openpyxl.load_workbook(book).sheetnames) == 10


def test_english_button_and_a_month_not_begun(qtbot, desk_actors, tmp_path, monkeypatch):
    i18n.install("en")
    out = tmp_path / "m.pdf"
    panel = panel_for(qtbot, desk_actors["clerk"], monkeypatch, out)
    assert panel.work_month_button.text() == "&Work-month report…"
    type_date(qtbot, panel, "2026-12-01")
    qtbot.mouseClick(panel.work_month_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.message.isVisible(), timeout=20000)
    assert "has not begun" in panel.message.text() and not out.exists()
