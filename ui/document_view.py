"""One posted document, read-only: header, lines, what it did to each book, the document it
references and the one that reversed it; and the 冲销 button.

Data model: ``ledger.books.document_detail`` (one dict) is shown as it is; a posted document is
never edited, so the only action is ``ledger.posting.reverse`` after the clerk gives a reason
(``RemarkDialog.ask``, a seam tests replace). Reversing a manager-only type asks for a manager like
the entry form does.
"""
from __future__ import annotations

from datetime import datetime
from typing import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from common.auth import can
from common.errors import Refusal
from ledger import books
from ledger.posting import DOC_TYPES, reverse
from ui.document_form import approve_as_manager, book_title, doc_type_name
from ui.messages import refusal_text
from ui.table_model import format_datetime, format_integer, format_money

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class RemarkDialog:
    """The reason for a reversal (the seam tests replace)."""

    @classmethod
    def ask(cls, parent: QWidget, number: str) -> str | None:
        text, ok = QInputDialog.getText(
            parent, QCoreApplication.translate("DocumentView", "冲销单据"),
            QCoreApplication.translate("DocumentView", "冲销 {number} 的原因：").format(number=number))
        return text if ok else None


class DocumentView(QDialog):
    changed = Signal(int)  # the id of the reversal posted from here
    open_document = Signal(int)

    LINE_HEADERS = (QT_TRANSLATE_NOOP("DocumentView", "行"), QT_TRANSLATE_NOOP("DocumentView", "备件编号"),
                    QT_TRANSLATE_NOOP("DocumentView", "备件名称"), QT_TRANSLATE_NOOP("DocumentView", "数量"),
                    QT_TRANSLATE_NOOP("DocumentView", "单位"), QT_TRANSLATE_NOOP("DocumentView", "单价"),
                    QT_TRANSLATE_NOOP("DocumentView", "金额"), QT_TRANSLATE_NOOP("DocumentView", "标记"),
                    QT_TRANSLATE_NOOP("DocumentView", "备注"))
    EFFECT_HEADERS = (QT_TRANSLATE_NOOP("DocumentView", "行"), QT_TRANSLATE_NOOP("DocumentView", "备件编号"),
                      QT_TRANSLATE_NOOP("DocumentView", "账簿"), QT_TRANSLATE_NOOP("DocumentView", "往来单位"),
                      QT_TRANSLATE_NOOP("DocumentView", "变动"))

    def __init__(self, actor, document_id: int, parent: QWidget | None = None,
                 clock: Callable[[], datetime] = datetime.now):
        super().__init__(parent)
        self.actor = actor
        self.document_id = document_id
        self._clock = clock
        self.detail: dict | None = None

        # create
        self.header_box = QGroupBox()
        self.fields = {name: QLabel() for name in ("number", "type", "date", "party", "source", "reference",
                                                  "reversal", "referenced_by", "created", "remark")}
        self.field_labels = {name: QLabel() for name in self.fields}
        for label in self.fields.values():
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.setWordWrap(True)
        self.lines_box = QGroupBox()
        self.effects_box = QGroupBox()
        self.lines_table = QTableWidget(0, len(self.LINE_HEADERS))
        self.effects_table = QTableWidget(0, len(self.EFFECT_HEADERS))
        for table in (self.lines_table, self.effects_table):
            table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            table.verticalHeader().hide()
            table.horizontalHeader().setStretchLastSection(True)
            table.setAlternatingRowColors(True)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.hide()
        self.reference_button = QPushButton()
        self.reverse_button = QPushButton()
        self.reverse_button.setAutoDefault(False)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)

        # lay out
        form = QFormLayout(self.header_box)
        for name in self.fields:
            form.addRow(self.field_labels[name], self.fields[name])
        QVBoxLayout(self.lines_box).addWidget(self.lines_table)
        QVBoxLayout(self.effects_box).addWidget(self.effects_table)
        bottom = QHBoxLayout()
        bottom.addWidget(self.message, 1)
        bottom.addWidget(self.reference_button)
        bottom.addWidget(self.reverse_button)
        bottom.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.header_box)
        layout.addWidget(self.lines_box, 2)
        layout.addWidget(self.effects_box, 1)
        layout.addLayout(bottom)

        # connect
        self.buttons.rejected.connect(self.reject)
        self.reverse_button.clicked.connect(self.reverse_document)
        self.reference_button.clicked.connect(self._open_reference)

        self.load()
        self.resize(self.fontMetrics().averageCharWidth() * 130, self.fontMetrics().height() * 40)

    def retranslateUi(self) -> None:
        texts = {"number": self.tr("本公司单号"), "type": self.tr("单据类型"), "date": self.tr("日期"),
                 "party": self.tr("往来单位"), "source": self.tr("来源单号"), "reference": self.tr("关联单据"),
                 "reversal": self.tr("冲销情况"), "referenced_by": self.tr("后续单据"), "created": self.tr("录入"),
                 "remark": self.tr("备注")}
        for name, text in texts.items():
            self.field_labels[name].setText(text)
        self.header_box.setTitle(self.tr("单据"))
        self.lines_box.setTitle(self.tr("明细"))
        self.effects_box.setTitle(self.tr("对各账簿的影响"))
        self.reverse_button.setText(self.tr("冲销(&R)…"))
        self.reference_button.setText(self.tr("打开关联单据(&O)"))
        self.lines_table.setHorizontalHeaderLabels([self.tr(h) for h in self.LINE_HEADERS])
        self.effects_table.setHorizontalHeaderLabels([self.tr(h) for h in self.EFFECT_HEADERS])
        self._fill()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def load(self) -> None:
        self.detail = books.document_detail(self.document_id)
        self.retranslateUi()

    def _fill(self) -> None:
        d = self.detail
        if d is None:
            self.setWindowTitle(self.tr("单据不存在"))
            self.reverse_button.setEnabled(False)
            self.reference_button.setEnabled(False)
            return
        self.setWindowTitle(self.tr("单据 {number}").format(number=d["number"]))
        self.fields["number"].setText(d["number"])
        self.fields["type"].setText(doc_type_name(d["doc_type"]))
        self.fields["date"].setText(d["date"].isoformat())
        self.fields["party"].setText(f"{d['party_code']}  {d['party_name']}" if d["party_code"] else "—")
        self.fields["source"].setText(d["source_number"] or "—")
        reference = d["reference"]
        if reference is None:
            self.fields["reference"].setText("—")
        elif d["doc_type"] == "REVERSAL":
            self.fields["reference"].setText(self.tr("冲销 {number}（{doc_type}）").format(
                number=reference["number"], doc_type=doc_type_name(reference["doc_type"])))
        else:
            self.fields["reference"].setText(f"{reference['number']}（{doc_type_name(reference['doc_type'])}）")
        reversal = d["reversed_by"]
        self.fields["reversal"].setText(
            self.tr("已被 {number} 冲销（{date}）").format(number=reversal["number"], date=reversal["date"].isoformat())
            if reversal else (self.tr("冲销单，不能再冲销") if d["doc_type"] == "REVERSAL" else self.tr("有效")))
        self.fields["referenced_by"].setText("、".join(
            f"{r['number']}（{doc_type_name(r['doc_type'])}）" for r in d["referenced_by"]) or "—")
        self.fields["created"].setText(f"{d['created_by']}  {format_datetime(d['created_at'])}")
        self.fields["remark"].setText(d["remark"] or "—")
        self.lines_table.setRowCount(len(d["lines"]))
        for row, line in enumerate(d["lines"]):
            values = (str(line["line_no"]), line["part_number"], line["part_name"], format_integer(line["qty"]),
                      line["unit"], format_money(line["price_fen"]), format_money(line["amount_fen"]),
                      "✓" if line["flag"] else "", line["remark"])
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                if column in (0, 3, 5, 6):
                    item.setTextAlignment(RIGHT)
                self.lines_table.setItem(row, column, item)
        self.effects_table.setRowCount(len(d["effects"]))
        for row, effect in enumerate(d["effects"]):
            values = (str(effect["line_no"]), effect["part_number"], book_title(effect["book"]),
                      effect["party_code"] or "", f"{effect['delta']:+,}")
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                if column in (0, 4):
                    item.setTextAlignment(RIGHT)
                self.effects_table.setItem(row, column, item)
        for table in (self.lines_table, self.effects_table):
            table.resizeColumnsToContents()
        kind = DOC_TYPES[d["doc_type"]]
        self.reverse_button.setEnabled(
            d["doc_type"] != "REVERSAL" and reversal is None and can(self.actor.user, "parts.post"))
        self.reference_button.setEnabled(reference is not None)
        if kind.restricted:
            self.reverse_button.setToolTip(self.tr("冲销此类单据须经理批准"))

    def _open_reference(self) -> None:
        if self.detail and self.detail["reference"]:
            self.open_document.emit(self.detail["reference"]["id"])

    def reverse_document(self) -> None:
        d = self.detail
        if d is None:
            return
        remark = RemarkDialog.ask(self, d["number"])
        if remark is None:
            return
        try:
            actor = approve_as_manager(self, self.actor, d["doc_type"], self._clock())
            if actor is None:
                return
            result = reverse(actor, d["id"], remark)
        except Refusal as refusal:
            self._say(refusal_text(refusal), error=True)
            return
        self.load()
        self._say(self.tr("已冲销：冲销单号 {number}").format(number=result.number), error=False)
        self.changed.emit(result.document_id)

    def _say(self, text: str, *, error: bool) -> None:
        self.message.setProperty("role", "error" if error else "hint")
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)
        self.message.setText(text)
        self.message.show()
