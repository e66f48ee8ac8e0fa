"""打印旧件标签 / 装箱 from the document view, by keyboard: the tags' preview, a layout too small
refused in words, printing to a PDF file whose barcodes scan back; boxes typed (or scanned) into
the table and saved, a tag packed twice refused with the table kept as typed."""
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter

from ledger import tags
from ledger.posting import Draft, post
from tests.test_part_tags import _barcodes, branch_with_returns
from tests.test_ui_parts import CLOCK, ui_settings_dir  # noqa: F401 - fixtures
from ui.document_view import DocumentView
from ui.label_dialog import LabelDialog

ALT = Qt.KeyboardModifier.AltModifier


def alt(qtbot, window, key) -> None:
    """Alt+key as a clerk presses it: into the active window's focus; the mnemonic clicks after it."""
    from PySide6.QtWidgets import QApplication

    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(QApplication.focusWidget() or window, key, ALT)
    qtbot.wait(200)


def open_dialog(qtbot, actor, document_id, key) -> LabelDialog:
    view = DocumentView(actor, document_id, clock=CLOCK)
    qtbot.addWidget(view)
    view.show()
    assert view.labels_button.isVisible()
    alt(qtbot, view, key)
    dialog = view.label_dialog
    dialog.document_view = view  # the view stays alive as long as its dialog (it is its parent)
    qtbot.waitUntil(lambda: dialog.pdf.pageCount() > 0 or dialog.message.text() != "")
    return dialog


def test_tags_preview_layout_and_print(qtbot, desk_actors, tmp_path, monkeypatch):
    clerk = desk_actors["clerk"]
    _, _, back = branch_with_returns(clerk)
    dialog = open_dialog(qtbot, clerk, back.document_id, Qt.Key.Key_T)
    assert dialog.pdf.pageCount() == 5  # one 60x40 tag per page, five parts
    # The custom A4 sheet with 20 rows would make labels too small: said in words, nothing shown.
    dialog.layout_combo.setFocus()
    qtbot.keyClick(dialog.layout_combo, Qt.Key.Key_End)
    dialog.rows_spin.setFocus()
    dialog.rows_spin.selectAll()
    qtbot.keyClicks(dialog.rows_spin, "20")
    assert "太小" in dialog.message.text() and not dialog.print_button.isEnabled()
    dialog.rows_spin.selectAll()
    qtbot.keyClicks(dialog.rows_spin, "8")
    assert dialog.pdf.pageCount() == 1 and dialog.print_button.isEnabled()
    out = tmp_path / "printed.pdf"

    def ask_printer(cls, parent):
        printer = QPrinter()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        return printer

    monkeypatch.setattr(LabelDialog, "ask_printer", classmethod(ask_printer))
    alt(qtbot, dialog, Qt.Key.Key_P)
    qtbot.waitUntil(lambda: out.exists(), timeout=10000)
    assert sorted(_barcodes(out, tmp_path)) == sorted(t.tag for t in tags.document_tags(back.document_id))


def test_boxes_typed_saved_and_refused(qtbot, desk_actors):
    clerk = desk_actors["clerk"]
    _, _, back = branch_with_returns(clerk)
    ids = [t.tag for t in tags.ensure_tags(clerk, back.number)][:4]
    ret = post(clerk, Draft("HQ_BAD_RETURN", date(2026, 11, 12), "HQ", "FHZB-1", lines=[("BP-3501010", 4)]))
    dialog = open_dialog(qtbot, clerk, ret.document_id, Qt.Key.Key_B)
    assert "还没有装箱" in dialog.message.text()  # nothing to preview before the boxes are saved
    table = dialog.boxes_table

    def type_cell(row, column, text):
        from PySide6.QtWidgets import QApplication

        table.setCurrentCell(row, column)
        table.setFocus()
        for char in text:  # the first key opens the cell's editor, the rest go into it
            qtbot.keyClick(QApplication.focusWidget(), char)
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)

    type_cell(0, 0, "2.5")
    type_cell(0, 1, f"{ids[0]} {ids[1]} {ids[2]}")
    alt(qtbot, dialog, Qt.Key.Key_A)
    type_cell(1, 0, "0.9")
    type_cell(1, 1, ids[2])
    alt(qtbot, dialog, Qt.Key.Key_S)
    assert f"标签 {ids[2]} 装了两次：第 1 箱和第 2 箱" in dialog.message.text()
    assert table.item(1, 1).text() == ids[2] and tags.packing(ret.document_id) == []
    table.item(1, 1).setText(ids[3])
    alt(qtbot, dialog, Qt.Key.Key_S)
    assert [(b.box_no, b.weight_g, len(b.tags)) for b in tags.packing(ret.document_id)] == [(1, 2500, 3), (2, 900, 1)]
    qtbot.waitUntil(lambda: dialog.pdf.pageCount() == 2)  # the two box labels
