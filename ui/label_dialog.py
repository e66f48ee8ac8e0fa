"""打印旧件标签 / 装箱: the small dialog the document view opens for a STATION_BAD_RETURN (its tags)
or an HQ_BAD_RETURN (its boxes: packing, box labels, packing list). Issue 19 items 1, 2 and 4.

Create, lay out, connect, retranslate. The layout choice is one of ``ledger.labels.LAYOUTS`` or an
A4 sheet of chosen rows, columns and margins (the same ``LabelLayout`` code prints both); every
change lays the PDF out again off the GUI thread (ui.runner) and shows it in the preview, and
打印 hands that same PDF to the printer (ui.pdf_print; ``ask_printer`` is the seam tests replace).
The boxes table takes a weight in kilograms and the tag ids of a box (typed or scanned, separated by
spaces or commas); 保存装箱 stores them all or nothing (ledger.tags.pack), a refusal keeps the table
as typed and says what is wrong.
"""
from __future__ import annotations

import io
import re

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QT_TRANSLATE_NOOP, Qt
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QAbstractItemView, QApplication, QComboBox, QDialog, QDialogButtonBox, QDoubleSpinBox, QFormLayout, QGroupBox,
    QHBoxLayout, QLabel, QLineEdit, QPushButton, QSpinBox, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from common.clock import branch_now
from common.errors import Refusal
from ledger import labels, tags, tags_print
from ui.retranslate import Retranslating
from ui.runner import run_op, show_message

LAYOUT_NAMES = {
    "60x40": QT_TRANSLATE_NOOP("LabelDialog", "标签打印机 60×40 毫米"),
    "100x70": QT_TRANSLATE_NOOP("LabelDialog", "标签打印机 100×70 毫米"),
    "a4-3x8": QT_TRANSLATE_NOOP("LabelDialog", "A4 标签纸 3 列 × 8 行"),
    "a4-2x5": QT_TRANSLATE_NOOP("LabelDialog", "A4 标签纸 2 列 × 5 行"),
    "a4-custom": QT_TRANSLATE_NOOP("LabelDialog", "A4 标签纸（自定行列与边距）"),
}
PRINTS = {"labels": QT_TRANSLATE_NOOP("LabelDialog", "箱标签"), "list": QT_TRANSLATE_NOOP("LabelDialog", "装箱单")}


class BoxesTable(QTableWidget):
    """The boxes: weight and tag ids. A key typed on a box's 标签号 cell that holds tags opens it with
    the key added after them (a wedge scanner's next tag), not in place of them as a table cell
    does; the weight cell is replaced as usual. Rows grow to show a box's whole list."""

    TAGS_COLUMN = 1

    def __init__(self, rows: int, columns: int):
        super().__init__(rows, columns)
        self.setWordWrap(True)
        self.itemChanged.connect(lambda item: self.resizeRowToContents(item.row()))

    def edit(self, index, trigger=None, event=None):
        if trigger is None:
            return super().edit(index)
        if (trigger != QAbstractItemView.EditTrigger.AnyKeyPressed or event is None
                or index.column() != self.TAGS_COLUMN or not (index.data() or "").strip()):
            return super().edit(index, trigger, event)
        if not super().edit(index, trigger, None):  # open the editor without the key ...
            return False
        editor = QApplication.focusWidget()
        if isinstance(editor, QLineEdit):
            editor.deselect()
            editor.end(False)
            if not editor.text().endswith(" "):
                editor.insert(" ")
            QApplication.sendEvent(editor, event)  # ... and type it after the box's tags
        return True

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.resizeRowsToContents()


class LabelDialog(Retranslating, QDialog):
    def __init__(self, actor, document: dict, parent: QWidget | None = None):
        super().__init__(parent)
        self.actor, self.document = actor, document
        self.boxes_mode = document["doc_type"] == "HQ_BAD_RETURN"
        self.pdf_data = b""

        # create
        self.layout_combo = QComboBox()
        for key in LAYOUT_NAMES:
            self.layout_combo.addItem("", key)
        self.rows_spin, self.columns_spin = QSpinBox(), QSpinBox()
        for spin in (self.rows_spin, self.columns_spin):
            spin.setRange(1, 20)
        self.rows_spin.setValue(8)
        self.columns_spin.setValue(3)
        self.top_spin, self.left_spin = QDoubleSpinBox(), QDoubleSpinBox()
        for spin in (self.top_spin, self.left_spin):
            spin.setRange(0, 40)
            spin.setDecimals(1)
            spin.setValue(8)
        self.print_combo = QComboBox()
        for key in PRINTS:
            self.print_combo.addItem("", key)
        self.layout_label, self.rows_label, self.columns_label = QLabel(), QLabel(), QLabel()
        self.top_label, self.left_label, self.print_label = QLabel(), QLabel(), QLabel()
        for label, buddy in ((self.layout_label, self.layout_combo), (self.rows_label, self.rows_spin),
                             (self.columns_label, self.columns_spin), (self.top_label, self.top_spin),
                             (self.left_label, self.left_spin), (self.print_label, self.print_combo)):
            label.setBuddy(buddy)
        self.boxes_box = QGroupBox()
        self.boxes_table = BoxesTable(0, 2)
        self.boxes_table.verticalHeader().setVisible(True)
        self.boxes_table.horizontalHeader().setStretchLastSection(True)
        self.boxes_table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.add_box_button, self.save_boxes_button = QPushButton(), QPushButton()
        self.preview, self.pdf, self._buffer = self._new_preview(b"")
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.print_button = QPushButton()
        self.print_button.setAutoDefault(False)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)

        # lay out: choices and boxes on the left, the preview takes the rest (1366x768)
        form = QFormLayout()
        form.addRow(self.layout_label, self.layout_combo)
        form.addRow(self.rows_label, self.rows_spin)
        form.addRow(self.columns_label, self.columns_spin)
        form.addRow(self.top_label, self.top_spin)
        form.addRow(self.left_label, self.left_spin)
        form.addRow(self.print_label, self.print_combo)
        box_buttons = QHBoxLayout()
        box_buttons.addWidget(self.add_box_button)
        box_buttons.addWidget(self.save_boxes_button)
        box_buttons.addStretch(1)
        inner = QVBoxLayout(self.boxes_box)
        inner.addWidget(self.boxes_table, 1)
        inner.addLayout(box_buttons)
        left = QVBoxLayout()
        left.addLayout(form)
        left.addWidget(self.boxes_box, 1)
        if not self.boxes_mode:
            left.addStretch(1)
        top = self.top_layout = QHBoxLayout()
        top.addLayout(left, 2)
        top.addWidget(self.preview, 3)
        bottom = QHBoxLayout()
        bottom.addWidget(self.message, 1)
        bottom.addWidget(self.print_button)
        bottom.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(top, 1)
        layout.addLayout(bottom)
        self.boxes_box.setVisible(self.boxes_mode)
        self.print_label.setVisible(self.boxes_mode)
        self.print_combo.setVisible(self.boxes_mode)
        self.setTabOrder(self.layout_combo, self.rows_spin)
        self.setTabOrder(self.rows_spin, self.columns_spin)
        self.setTabOrder(self.columns_spin, self.top_spin)
        self.setTabOrder(self.top_spin, self.left_spin)
        self.setTabOrder(self.left_spin, self.print_combo)
        self.setTabOrder(self.print_combo, self.boxes_table)
        self.setTabOrder(self.boxes_table, self.add_box_button)
        self.setTabOrder(self.add_box_button, self.save_boxes_button)
        self.setTabOrder(self.save_boxes_button, self.print_button)

        # connect
        self.buttons.rejected.connect(self.reject)
        self.layout_combo.currentIndexChanged.connect(self._layout_changed)
        for spin in (self.rows_spin, self.columns_spin, self.top_spin, self.left_spin):
            spin.valueChanged.connect(self.refresh)
        self.print_combo.currentIndexChanged.connect(self.refresh)
        self.add_box_button.clicked.connect(self.add_box)
        self.save_boxes_button.clicked.connect(self.save_boxes)
        self.print_button.clicked.connect(self.print_labels)

        self.retranslateUi()
        if self.boxes_mode:
            self._load_boxes()
        self._layout_changed()
        screen = self.screen().availableGeometry() if self.screen() is not None else None
        width, height = self.fontMetrics().averageCharWidth() * 150, self.fontMetrics().height() * 40
        if screen is not None:
            width, height = min(width, screen.width() - 40), min(height, screen.height() - 60)
        self.resize(width, height)

    def retranslateUi(self) -> None:
        tags_title = self.tr("打印旧件标签 {number}") if not self.boxes_mode else self.tr("装箱 {number}")
        self.setWindowTitle(tags_title.format(number=self.document["number"]))
        for index, key in enumerate(LAYOUT_NAMES):
            self.layout_combo.setItemText(index, self.tr(LAYOUT_NAMES[key]))
        for index, key in enumerate(PRINTS):
            self.print_combo.setItemText(index, self.tr(PRINTS[key]))
        self.layout_label.setText(self.tr("标签版式(&L)"))
        self.rows_label.setText(self.tr("行数(&W)"))
        self.columns_label.setText(self.tr("列数(&C)"))
        self.top_label.setText(self.tr("上边距（毫米）(&T)"))
        self.left_label.setText(self.tr("左边距（毫米）(&E)"))
        self.print_label.setText(self.tr("打印内容(&K)"))
        self.boxes_box.setTitle(self.tr("箱子（重量与所装标签号，可扫描）"))
        self.boxes_table.setHorizontalHeaderLabels([self.tr("重量（公斤）"), self.tr("标签号")])
        self.add_box_button.setText(self.tr("加一箱(&A)"))
        self.save_boxes_button.setText(self.tr("保存装箱(&S)"))
        self.print_button.setText(self.tr("打印(&P)…"))

    # -- layout and preview

    def chosen_layout(self) -> labels.LabelLayout:
        key = self.layout_combo.currentData()
        if key != "a4-custom":
            return labels.LAYOUTS[key]
        return labels.LabelLayout(210, 297, rows=self.rows_spin.value(), columns=self.columns_spin.value(),
                                  margin_top_mm=self.top_spin.value(), margin_left_mm=self.left_spin.value(),
                                  gap_mm=2)

    def _layout_changed(self) -> None:
        custom = self.layout_combo.currentData() == "a4-custom"
        for widget in (self.rows_spin, self.columns_spin, self.top_spin, self.left_spin):
            widget.setEnabled(custom)
        self.refresh()

    def refresh(self) -> None:
        layout = self.chosen_layout()
        actor = self.actor.at(branch_now())
        number = self.document["number"]
        what = self.print_combo.currentData() if self.boxes_mode else "tags"

        def render() -> bytes:
            out = io.BytesIO()
            if what == "tags":
                tags_print.render_tags(actor, number, out, layout)
            elif what == "labels":
                tags_print.render_box_labels(actor, number, out, layout)
            else:
                tags_print.render_packing_list(actor, number, out)
            return out.getvalue()

        run_op(self, render, message_line=self.message, on_done=self._show, on_refused=self._refused_preview)

    def _refused_preview(self, refusal: Refusal) -> None:
        from ui.messages import refusal_text

        self._show(b"")
        show_message(self.message, refusal_text(refusal), error=True)

    def _new_preview(self, data: bytes) -> tuple[QPdfView, QPdfDocument, QBuffer]:
        view = QPdfView()
        view.setPageMode(QPdfView.PageMode.MultiPage)
        view.setZoomMode(QPdfView.ZoomMode.FitInView)
        document, buffer = QPdfDocument(self), QBuffer(self)
        buffer.setData(QByteArray(data))
        if data:
            buffer.open(QIODevice.OpenModeFlag.ReadOnly)
            document.load(buffer)
        view.setDocument(document)
        return view, document, buffer

    def _show(self, data: bytes) -> None:
        # A new view for every PDF: QPdfView renders pages in a thread and caches them by page number,
        # so a page of the previous PDF still being drawn would land in the new one's cache and stay
        # (a 60x40 label stretched over an A4 sheet after two quick layout changes).
        self.pdf_data = data
        old = (self.preview, self.pdf, self._buffer)
        self.preview, self.pdf, self._buffer = self._new_preview(data)
        self.top_layout.replaceWidget(old[0], self.preview)
        for stale in old:
            if isinstance(stale, QWidget):
                stale.hide()
            stale.deleteLater()
        if data:
            self.message.clear()
        self.print_button.setEnabled(bool(data))

    # -- boxes

    def _load_boxes(self) -> None:
        boxes = tags.packing(self.document["id"])
        self.boxes_table.setRowCount(0)
        for box in boxes:
            self._append_box(f"{box.weight_g / 1000:g}", " ".join(t.tag for t in box.tags))
        if not boxes:  # the tags scanned into the return when it was keyed start in box 1
            self._append_box("", " ".join(tags.returned_tags(self.document["id"])))

    def _append_box(self, weight: str, listed: str) -> None:
        row = self.boxes_table.rowCount()
        self.boxes_table.insertRow(row)
        self.boxes_table.setItem(row, 0, QTableWidgetItem(weight))
        self.boxes_table.setItem(row, 1, QTableWidgetItem(listed))

    def add_box(self) -> None:
        self._append_box("", "")
        self.boxes_table.setCurrentCell(self.boxes_table.rowCount() - 1, 0)
        self.boxes_table.setFocus()

    def box_specs(self) -> list[tags.BoxSpec]:
        specs = []
        for row in range(self.boxes_table.rowCount()):
            weight = (self.boxes_table.item(row, 0).text() if self.boxes_table.item(row, 0) else "").strip()
            listed = self.boxes_table.item(row, 1).text() if self.boxes_table.item(row, 1) else ""
            ids = [t for t in re.split(r"[\s,，;；]+", listed) if t]
            if not weight and not ids:
                continue  # an empty row added and not used
            if not ids:
                raise Refusal("tags.empty_box", box=row + 1)
            specs.append(tags.BoxSpec(tags.parse_weight_g(weight), ids))
        return specs

    def save_boxes(self) -> None:
        actor = self.actor.at(branch_now())
        number = self.document["number"]

        def save():
            return tags.pack(actor, number, self.box_specs())

        run_op(self, save, message_line=self.message, on_done=self._saved)

    def _saved(self, counts) -> None:
        self._load_boxes()
        self.refresh()
        show_message(self.message, self.tr("已保存 {boxes} 箱，共 {count} 件。").format(
            boxes=len(counts), count=sum(counts)), error=False)

    # -- print

    @classmethod
    def ask_printer(cls, parent: QWidget):
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, parent)
        return printer if dialog.exec() == QDialog.DialogCode.Accepted else None

    def print_labels(self) -> None:
        from ui.pdf_print import print_pdf

        printer = self.ask_printer(self)
        if printer is None or not self.pdf_data:
            return
        data, title = self.pdf_data, self.windowTitle()
        run_op(self, lambda: print_pdf(data, printer, title), message_line=self.message, long=True,
               success=lambda outcome: self.tr("已送打印：{pages} 页").format(pages=outcome.pages))

    @classmethod
    def open_for(cls, parent: QWidget, actor, document: dict) -> "LabelDialog":
        dialog = cls(actor, document, parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog
