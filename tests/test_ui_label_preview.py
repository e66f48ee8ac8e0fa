"""The 打印旧件标签 preview shows the layout chosen: a label printer's pages changed to an A4 sheet
show the sheet (its labels in the top rows, the rest of the page blank), not a label of the previous
layout stretched over the A4 page. QPdfView renders pages in a thread and caches them by page
number: a page of the previous PDF still being drawn when the next one is loaded (two quick layout
changes whose previews arrive back to back) landed in the new document's cache and stayed there."""
import io
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from common.clock import branch_now
from ledger import labels, tags_print
from tests.test_part_tags import branch_with_returns
from tests.test_ui_label_dialog import open_dialog
from tests.test_ui_parts import ui_settings_dir  # noqa: F401 - fixture


def page_rows(qtbot, dialog):
    """The preview as shown: per row of the page (white on the view's grey), whether it holds ink."""
    qtbot.wait(600)  # the view renders its pages in the background
    image = dialog.preview.viewport().grab().toImage()
    white = [(x, y) for y in range(0, image.height(), 2) for x in range(0, image.width(), 2)
             if QColor(image.pixel(x, y)).lightness() > 250]
    top, bottom = min(y for _, y in white), max(y for _, y in white)
    left, right = min(x for x, _ in white), max(x for x, _ in white)
    return [any(QColor(image.pixel(x, y)).lightness() < 90 for x in range(left, right, 2))
            for y in range(top, bottom)]


def test_switching_from_the_label_printer_to_an_a4_sheet_shows_the_sheet(qtbot, desk_actors):
    clerk = desk_actors["clerk"]
    _, _, back = branch_with_returns(clerk)
    dialog = open_dialog(qtbot, clerk, back.document_id, Qt.Key.Key_T)
    dialog.resize(1200, 600)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.pdf.pageCount() == 5
    page_rows(qtbot, dialog)
    dialog.layout_combo.setFocus()
    qtbot.keyClick(dialog.layout_combo, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.layout_combo, Qt.Key.Key_Down)
    assert dialog.layout_combo.currentData() == "a4-3x8"
    qtbot.waitUntil(lambda: dialog.pdf.pageCount() == 1)
    rows = page_rows(qtbot, dialog)
    # 3x8 labels on A4, five tags: two rows of labels in the top quarter, nothing below the middle.
    assert any(rows[: len(rows) // 4])
    assert not any(rows[len(rows) // 2:]), "the lower half of the A4 sheet shows ink: a stale label is drawn"


def test_a_preview_arriving_while_the_previous_one_is_drawn_shows_the_new_layout(qtbot, desk_actors):
    clerk = desk_actors["clerk"]
    _, _, back = branch_with_returns(clerk)
    dialog = open_dialog(qtbot, clerk, back.document_id, Qt.Key.Key_T)
    dialog.resize(1200, 600)
    qtbot.waitExposed(dialog)
    actor = clerk.at(branch_now())

    def preview(key):
        out = io.BytesIO()
        tags_print.render_tags(actor, back.number, out, labels.LAYOUTS[key])
        return out.getvalue()

    label_printer, sheet = preview("100x70"), preview("a4-3x8")
    dialog._show(label_printer)  # the 100x70 preview arrives and is painted (its pages asked for) ...
    dialog.preview.viewport().repaint()
    dialog._show(sheet)  # ... and the A4 one right after it
    rows = page_rows(qtbot, dialog)
    assert dialog.pdf.pageCount() == 1 and any(rows[: len(rows) // 4])
    assert not any(rows[len(rows) // 2:]), "the lower half of the A4 sheet shows ink: a stale label is drawn"
