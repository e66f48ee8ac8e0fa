"""到货检验 (记录货品记录跟踪表): record the receiving inspection of a posted delivery from a
station, from the document view, so the document's 收货表单 can be printed (issue 19 item 6).

Data model: prefilled from the posted document (``ledger.books.document_detail``): its party and
date, its source number as the delivery list number (the number ``ledger.inspection.for_document``
matches the inspection back to the document by), one line per document line with 清单数量 = the
document's quantity and 实收 = the same until the clerk types the count found. Each line may carry
one anomaly (``ledger.inspection.ANOMALY_KINDS``) and a note, edited below the table for the
current line. OK hands everything to ``ledger.inspection.record_inspection`` through ui.runner; a
refusal keeps the dialog open with everything typed and names the line or field.

Keys: the 实收 cells take digits directly (ui.count_entry.CountTable: the first digit types over
the listed quantity); Enter goes to the next line's 实收, and on the last line to the next field;
Tab leaves the table for the current line's 异常 and 异常说明; Ctrl+Enter records from anywhere.
"""
from __future__ import annotations

from datetime import datetime
from typing import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QGridLayout, QGroupBox,
    QHBoxLayout, QLabel, QLineEdit, QTableWidgetItem, QVBoxLayout, QWidget,
)

from common.clock import branch_now
from ui.count_entry import CountTable
from ui.forms import keyboard_form, mark_invalid, refuse
from ui.retranslate import Retranslating
from ui.runner import run_op, show_message

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
# The stored kinds are the Chinese words (ledger.inspection.ANOMALY_KINDS); these are their texts.
KIND_NAMES = {"": QT_TRANSLATE_NOOP("InspectionDialog", "无"),
              "变形": QT_TRANSLATE_NOOP("InspectionDialog", "变形"),
              "露皮": QT_TRANSLATE_NOOP("InspectionDialog", "露皮"),
              "缺件": QT_TRANSLATE_NOOP("InspectionDialog", "缺件"),
              "外壳划伤": QT_TRANSLATE_NOOP("InspectionDialog", "外壳划伤"),
              "屏划伤": QT_TRANSLATE_NOOP("InspectionDialog", "屏划伤"),
              "其他": QT_TRANSLATE_NOOP("InspectionDialog", "其他")}
# Documents of goods a station sends the branch: the ones a box is opened and counted for.
RECEIVED_TYPES = ("STATION_BAD_RETURN", "STATION_GOOD_RETURN")


def can_inspect(actor, detail: dict | None) -> bool:
    """Whether the document view offers 到货检验 for this posted document."""
    from common.auth import can

    return (detail is not None and detail["doc_type"] in RECEIVED_TYPES and detail["reversed_by"] is None
            and bool(detail["party_code"]) and can(actor.user, "reconcile.manage"))


class FoundTable(CountTable):
    """The lines; Enter on the last line leaves the table for the next field (the dialog's keys)."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if (event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and modifiers == Qt.KeyboardModifier.NoModifier
                and self.currentRow() + 1 >= self.rowCount()):
            event.ignore()  # up to the dialog's FormKeys: the next field
            return
        super().keyPressEvent(event)


class InspectionDialog(Retranslating, QDialog):
    """Record what was found in a station's delivery posted as ``detail``."""

    LINE, NUMBER, NAME, LISTED, FOUND, KIND, NOTE = range(7)
    HEADERS = (QT_TRANSLATE_NOOP("InspectionDialog", "行"), QT_TRANSLATE_NOOP("InspectionDialog", "备件编号"),
               QT_TRANSLATE_NOOP("InspectionDialog", "备件名称"), QT_TRANSLATE_NOOP("InspectionDialog", "清单数量"),
               QT_TRANSLATE_NOOP("InspectionDialog", "实收"), QT_TRANSLATE_NOOP("InspectionDialog", "异常"),
               QT_TRANSLATE_NOOP("InspectionDialog", "异常说明"))

    def __init__(self, actor, detail: dict, parent: QWidget | None = None,
                 clock: Callable[[], datetime] = branch_now):
        super().__init__(parent)
        self.actor, self.detail, self._clock = actor, detail, clock
        self.result_value = None
        self.kinds = [""] * len(detail["lines"])
        self.notes = [""] * len(detail["lines"])

        # create
        self.head_box = QGroupBox()
        self.party_label, self.party = QLabel(), QLabel(f"{detail['party_code']}  {detail['party_name']}")
        self.date_label, self.date = QLabel(), QLabel(detail["date"].isoformat())
        self.document_label, self.document = QLabel(), QLabel(detail["number"])
        self.delivery_label, self.delivery_edit = QLabel(), QLineEdit(detail["source_number"] or "")
        self.request_label, self.request_edit = QLabel(), QLineEdit()
        self.lines_label = QLabel()
        self.table = FoundTable((self.FOUND,), self._refused_key, self._typed)
        self.table.setTabKeyNavigation(False)  # Tab leaves for the line's anomaly; arrows move in it
        self.table.setColumnCount(len(self.HEADERS))
        self.kind_label, self.kind_combo = QLabel(), QComboBox()
        self.note_label, self.note_edit = QLabel(), QLineEdit()
        self.package_check = QCheckBox()
        self.package_check.setChecked(True)
        self.package_note_label, self.package_note_edit = QLabel(), QLineEdit()
        self.witness_label, self.witness_edit = QLabel(), QLineEdit()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        for label, field in ((self.delivery_label, self.delivery_edit), (self.request_label, self.request_edit),
                             (self.lines_label, self.table), (self.kind_label, self.kind_combo),
                             (self.note_label, self.note_edit), (self.package_note_label, self.package_note_edit),
                             (self.witness_label, self.witness_edit)):
            label.setBuddy(field)

        # lay out
        grid = QGridLayout(self.head_box)
        for column, (label, field) in enumerate(((self.party_label, self.party), (self.date_label, self.date),
                                                 (self.document_label, self.document))):
            grid.addWidget(label, 0, column * 2)
            grid.addWidget(field, 0, column * 2 + 1)
        grid.addWidget(self.delivery_label, 1, 0)
        grid.addWidget(self.delivery_edit, 1, 1)
        grid.addWidget(self.request_label, 1, 2)
        grid.addWidget(self.request_edit, 1, 3)
        for column in (1, 3, 5):
            grid.setColumnStretch(column, 1)
        line_row = QHBoxLayout()
        line_row.addWidget(self.kind_label)
        line_row.addWidget(self.kind_combo)
        line_row.addWidget(self.note_label)
        line_row.addWidget(self.note_edit, 1)
        package = QFormLayout()
        package.addRow(self.package_check)
        package.addRow(self.package_note_label, self.package_note_edit)
        package.addRow(self.witness_label, self.witness_edit)
        layout = QVBoxLayout(self)
        layout.addWidget(self.head_box)
        layout.addWidget(self.lines_label)
        layout.addWidget(self.table, 1)
        layout.addLayout(line_row)
        layout.addLayout(package)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        for first, second in ((self.delivery_edit, self.request_edit), (self.request_edit, self.table),
                              (self.table, self.kind_combo), (self.kind_combo, self.note_edit),
                              (self.note_edit, self.package_check), (self.package_check, self.package_note_edit),
                              (self.package_note_edit, self.witness_edit)):
            QWidget.setTabOrder(first, second)

        # connect
        self.keys = keyboard_form(self, self.submit, self.message)
        self.buttons.accepted.connect(self.keys.submit)
        self.buttons.rejected.connect(self.reject)
        self.table.currentCellChanged.connect(lambda row, *_: self._show_line(row))
        self.kind_combo.currentIndexChanged.connect(self._kind_chosen)
        self.note_edit.textEdited.connect(self._note_typed)

        self.retranslateUi()
        self._fill_lines()
        self.table.setCurrentCell(0, self.FOUND)
        self.table.setFocus()
        width, height = self.fontMetrics().averageCharWidth() * 110, self.sizeHint().height()
        screen = self.screen().availableGeometry() if self.screen() is not None else None
        if screen is not None:  # a 1366x768 laptop: the whole dialog on the screen
            width, height = min(width, screen.width() - 40), min(height, screen.height() - 60)
        self.resize(width, height)

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("到货检验 {number}（记录货品记录跟踪表）").format(number=self.detail["number"]))
        self.head_box.setTitle(self.tr("到货"))
        self.party_label.setText(self.tr("送货单位"))
        self.date_label.setText(self.tr("到货日期"))
        self.document_label.setText(self.tr("入账单据"))
        self.delivery_label.setText(self.tr("发货清单号(&D)"))
        self.request_label.setText(self.tr("退换货申请表号(&E)"))
        self.lines_label.setText(self.tr("清点明细(&L)：实收栏直接输入数字，回车到下一行"))
        self.kind_label.setText(self.tr("本行异常(&Y)"))
        self.note_label.setText(self.tr("异常说明(&N)"))
        self.package_check.setText(self.tr("外包装完好(&K)"))
        self.package_note_label.setText(self.tr("包装说明(&P)"))
        self.witness_label.setText(self.tr("开箱见证人(&W)"))
        self.witness_edit.setPlaceholderText(self.tr("外包装破损时，与清点人一同开箱的人，例如物流司机"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("记录(&S)"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        self.table.setHorizontalHeaderLabels([self.tr(h) for h in self.HEADERS])
        current = self.kind_combo.currentIndex()
        self.kind_combo.blockSignals(True)
        self.kind_combo.clear()
        for kind, name in KIND_NAMES.items():
            self.kind_combo.addItem(self.tr(name), kind)
        self.kind_combo.setCurrentIndex(max(current, 0))
        self.kind_combo.blockSignals(False)
        for row, kind in enumerate(self.kinds):
            item = self.table.item(row, self.KIND)
            if item is not None:
                item.setText(self.tr(KIND_NAMES[kind]) if kind else "")

    def _fill_lines(self) -> None:
        lines = self.detail["lines"]
        self.table.setRowCount(len(lines))
        for row, line in enumerate(lines):
            values = (str(line["line_no"]), line["part_number"], line["part_name"], str(line["qty"]),
                      str(line["qty"]), "", "")
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                if column in (self.LINE, self.LISTED, self.FOUND):
                    item.setTextAlignment(RIGHT)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        widest = max(self.table.fontMetrics().horizontalAdvance(self.tr(name)) for name in KIND_NAMES.values())
        self.table.setColumnWidth(self.KIND, max(self.table.columnWidth(self.KIND), widest + 16))
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # Up to eight lines in view without scrolling; a longer delivery scrolls.
        shown = min(max(len(lines), 3), 8)
        self.table.setMinimumHeight(self.table.horizontalHeader().sizeHint().height()
                                    + self.table.verticalHeader().defaultSectionSize() * shown + 4)

    def _show_line(self, row: int) -> None:
        """The anomaly fields below the table edit the current line."""
        if not 0 <= row < len(self.kinds):
            return
        self.kind_combo.blockSignals(True)
        self.kind_combo.setCurrentIndex(max(self.kind_combo.findData(self.kinds[row]), 0))
        self.kind_combo.blockSignals(False)
        self.note_edit.setText(self.notes[row])

    def _kind_chosen(self, index: int) -> None:
        row = self.table.currentRow()
        if row < 0:
            return
        kind = self.kind_combo.itemData(index) or ""
        self.kinds[row] = kind
        self.table.item(row, self.KIND).setText(self.tr(KIND_NAMES[kind]) if kind else "")

    def _note_typed(self, text: str) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.notes[row] = text
            self.table.item(row, self.NOTE).setText(text)

    def _refused_key(self, text: str) -> None:
        show_message(self.message, self.tr("实收只能填数字（不是“{text}”）。").format(text=text), error=True)

    def _typed(self) -> None:
        self.message.hide()

    def arrival_lines(self) -> list | None:
        """The lines as typed, or None after marking a blank 实收 (the line and field named)."""
        from ledger.inspection import ArrivalLine

        lines = []
        for row, line in enumerate(self.detail["lines"]):
            found = self.table.count_text(row, self.FOUND)
            if not found:
                self.table.setCurrentCell(row, self.FOUND)
                mark_invalid(self.table, self.message, self.tr("第 {line} 行 {part} 的实收数量未填：没有收到请填 0。")
                             .format(line=line["line_no"], part=line["part_number"]))
                return None
            anomalies = [(self.kinds[row], self.notes[row].strip())] if self.kinds[row] else []
            if not self.kinds[row] and self.notes[row].strip():
                self.table.setCurrentCell(row, self.FOUND)
                mark_invalid(self.kind_combo, self.message, self.tr("第 {line} 行 {part} 写了异常说明，请选择本行异常。")
                             .format(line=line["line_no"], part=line["part_number"]))
                return None
            lines.append(ArrivalLine(line["part_number"], int(line["qty"]), int(found), anomalies=anomalies))
        return lines

    def submit(self) -> None:
        lines = self.arrival_lines()
        if lines is None:
            return
        actor, d = self.actor.at(self._clock()), self.detail
        values = dict(delivery_list_no=self.delivery_edit.text().strip(), request_no=self.request_edit.text().strip(),
                      package_ok=self.package_check.isChecked(), package_note=self.package_note_edit.text().strip(),
                      opened_with=self.witness_edit.text().strip())

        def record():
            from ledger.inspection import record_inspection

            return record_inspection(actor, d["party_code"], d["date"], lines, **values)

        run_op(self, record, message_line=self.message, on_done=self._recorded, on_refused=self._refused)

    def _refused(self, refusal) -> None:
        line = refusal.facts.get("line")
        if isinstance(line, int) and 1 <= line <= self.table.rowCount():
            self.table.setCurrentCell(line - 1, self.FOUND)
        fields = {"inspection.unknown_anomaly": self.kind_combo, "inspection.unknown_part": self.table,
                  "inspection.bad_quantity": self.table}
        refuse(refusal, self.message, fields)

    def _recorded(self, result) -> None:
        self.result_value = result
        self.accept()

    @classmethod
    def open_for(cls, parent: QWidget, actor, detail: dict, on_recorded: Callable[[object], None],
                 clock: Callable[[], datetime] = branch_now) -> "InspectionDialog":
        """Show the dialog (not blocking); ``on_recorded(result)`` once the inspection is recorded."""
        dialog = cls(actor, detail, parent, clock)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)  # one count of the box: no second dialog
        dialog.accepted.connect(lambda: on_recorded(dialog.result_value))
        dialog.show()
        return dialog
