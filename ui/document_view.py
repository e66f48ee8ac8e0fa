"""One posted document, read-only: header, lines, what it did to each book, the document it
references and the one that reversed it; and the 冲销 button.

Data model: ``ledger.books.document_detail`` (one dict) is shown as it is; a posted document is
never edited, so the only action is ``ledger.reversal.reverse``: ``ReversalDialog.ask`` (a seam
tests replace) shows what the reversal will change in which book of which part
(``ledger.reversal.reversal_preview``) and asks for the reason, which is required. Reversing a
manager-only type asks for a manager like the entry form does.

An OPENING (期初建账) carries each line's own book, party, original date and number
(``ledger.opening.opening_lines``): its lines table shows them in columns of their own.

A delivery posted from a receiving inspection (``ledger.inspection.for_document``) has 收货表单:
its 《货品记录跟踪表》 and 《分公司退换货申请表》 as PDF (ledger.receiving_print), saved where
``ReceivingForms.ask_save_path`` (a seam tests replace) says. A station's return not counted in yet
has 到货检验 instead (ui/inspection_dialog.py), which records that inspection.
"""
from __future__ import annotations

from datetime import datetime
from typing import Callable

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QMenu,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from common.auth import can
from common.clock import branch_now
from ledger import books
from ledger.doctypes import DOC_TYPES
from ledger.reversal import reversal_preview, reverse
from ui.document_form import RED, approve_as_manager, book_title, doc_type_name
from ui.forms import keyboard_form, mark_invalid
from ui.retranslate import Retranslating
from ui.runner import PageActions, run_op, show_message
from ui.table_model import format_datetime, format_integer, format_money

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class ReceivingForms:
    """Where a receiving form's PDF is saved (the seam tests replace)."""

    NAMES = {"tracking": QT_TRANSLATE_NOOP("DocumentView", "货品记录跟踪表"),
             "return-request": QT_TRANSLATE_NOOP("DocumentView", "分公司退换货申请表")}

    @classmethod
    def ask_save_path(cls, parent: QWidget, suggested: str) -> str | None:
        path, _ = QFileDialog.getSaveFileName(parent, QCoreApplication.translate("DocumentView", "保存"), suggested,
                                              QCoreApplication.translate("DocumentView", "PDF 文件 (*.pdf)"))
        return path or None


class ReversalDialog(Retranslating, QDialog):
    """Before a reversal is posted: what it will change in which book of which part (the preview
    from ``ledger.reversal.reversal_preview``), and the reason, which is required. OK is 冲销; a
    missing reason keeps the dialog open with the field marked."""

    HEADERS = (QT_TRANSLATE_NOOP("ReversalDialog", "备件编号"), QT_TRANSLATE_NOOP("ReversalDialog", "备件名称"),
               QT_TRANSLATE_NOOP("ReversalDialog", "账簿"), QT_TRANSLATE_NOOP("ReversalDialog", "往来单位"),
               QT_TRANSLATE_NOOP("ReversalDialog", "现有"), QT_TRANSLATE_NOOP("ReversalDialog", "变动"),
               QT_TRANSLATE_NOOP("ReversalDialog", "冲销后"))

    def __init__(self, parent: QWidget | None, detail: dict, effects, on_date):
        super().__init__(parent)
        self.detail, self.effects, self.on_date = detail, list(effects), on_date
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.table = QTableWidget(0, len(self.HEADERS))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.reason_label = QLabel()
        self.reason_edit = QLineEdit()
        self.reason_label.setBuddy(self.reason_edit)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        reason_row = QHBoxLayout()
        reason_row.addWidget(self.reason_label)
        reason_row.addWidget(self.reason_edit, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(reason_row)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.keys = keyboard_form(self, self.submit, self.message)
        self.buttons.accepted.connect(self.keys.submit)
        self.buttons.rejected.connect(self.reject)
        self.retranslateUi()
        self.reason_edit.setFocus()
        self.resize(self.fontMetrics().averageCharWidth() * 100,
                    self.fontMetrics().height() * (12 + min(len(self.effects), 14)))

    def retranslateUi(self) -> None:
        d = self.detail
        self.setWindowTitle(self.tr("冲销 {number}").format(number=d["number"]))
        self.intro.setText(self.tr("冲销 {number}（{doc_type}，{date}）：将记一张 {on} 的冲销单，"
                                   "以下各账簿按此变化。确认无误后填写原因，按“冲销”记账。").format(
            number=d["number"], doc_type=doc_type_name(d["doc_type"]), date=d["date"].isoformat(),
            on=self.on_date.isoformat()))
        self.reason_label.setText(self.tr("冲销原因(&R)"))
        self.reason_edit.setPlaceholderText(self.tr("必填，例如：数量录错、发错服务站"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("冲销(&V)"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        self.table.setHorizontalHeaderLabels([self.tr(h) for h in self.HEADERS])
        names = {line["part_number"]: line["part_name"] for line in d["lines"]}
        self.table.setRowCount(len(self.effects))
        for row, effect in enumerate(self.effects):
            values = (effect.part_number, names.get(effect.part_number, ""), book_title(effect.book),
                      effect.party_code or "", format_integer(effect.before), f"{effect.delta:+,}",
                      format_integer(effect.after))
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                if column >= 4:
                    item.setTextAlignment(RIGHT)
                if not effect.ok:
                    item.setForeground(RED)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        problem = next((e for e in self.effects if not e.ok), None)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(problem is None)
        if problem is not None:
            show_message(self.message, self.tr("冲销后 {part} 的{book}会小于 0（现有 {before}，冲销要 {delta}）："
                                               "这张单据的货已被后续单据用掉，不能冲销。").format(
                part=problem.part_number, book=book_title(problem.book), before=problem.before,
                delta=-problem.delta), error=True)

    def reason(self) -> str:
        return self.reason_edit.text().strip()

    def submit(self) -> None:
        if not self.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled():
            return
        if not self.reason():
            mark_invalid(self.reason_edit, self.message, self.tr("请填写冲销原因：没有原因的冲销单，日报上看不懂。"))
            return
        self.accept()

    @classmethod
    def ask(cls, parent: QWidget, detail: dict, effects, on_date) -> str | None:
        """The reason, or None when the clerk cancelled (the seam tests replace)."""
        dialog = cls(parent, detail, effects, on_date)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.reason()


class DocumentView(PageActions, Retranslating, QDialog):
    changed = Signal(int)  # the id of the reversal posted from here
    open_document = Signal(int)

    LINE_HEADERS = (QT_TRANSLATE_NOOP("DocumentView", "行"), QT_TRANSLATE_NOOP("DocumentView", "备件编号"),
                    QT_TRANSLATE_NOOP("DocumentView", "备件名称"), QT_TRANSLATE_NOOP("DocumentView", "数量"),
                    QT_TRANSLATE_NOOP("DocumentView", "单位"), QT_TRANSLATE_NOOP("DocumentView", "单价"),
                    QT_TRANSLATE_NOOP("DocumentView", "金额"), QT_TRANSLATE_NOOP("DocumentView", "标记"),
                    QT_TRANSLATE_NOOP("DocumentView", "备注"))
    # An opening's line is one book of one part, with the date and number its debt or shipment had.
    OPENING_LINE_HEADERS = (
        QT_TRANSLATE_NOOP("DocumentView", "行"), QT_TRANSLATE_NOOP("DocumentView", "账本"),
        QT_TRANSLATE_NOOP("DocumentView", "往来单位"), QT_TRANSLATE_NOOP("DocumentView", "备件编号"),
        QT_TRANSLATE_NOOP("DocumentView", "备件名称"), QT_TRANSLATE_NOOP("DocumentView", "数量"),
        QT_TRANSLATE_NOOP("DocumentView", "单位"), QT_TRANSLATE_NOOP("DocumentView", "单价"),
        QT_TRANSLATE_NOOP("DocumentView", "金额"), QT_TRANSLATE_NOOP("DocumentView", "原始日期"),
        QT_TRANSLATE_NOOP("DocumentView", "原始单号"), QT_TRANSLATE_NOOP("DocumentView", "备注"))
    EFFECT_HEADERS = (QT_TRANSLATE_NOOP("DocumentView", "行"), QT_TRANSLATE_NOOP("DocumentView", "备件编号"),
                      QT_TRANSLATE_NOOP("DocumentView", "账簿"), QT_TRANSLATE_NOOP("DocumentView", "往来单位"),
                      QT_TRANSLATE_NOOP("DocumentView", "变动"))

    def __init__(self, actor, document_id: int, parent: QWidget | None = None,
                 clock: Callable[[], datetime] = branch_now):
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
        self.labels_button = QPushButton()  # 打印旧件标签 / 装箱 (ui/label_dialog.py), by the document's type
        self.labels_button.setAutoDefault(False)
        self.forms_button = QPushButton()  # 收货表单: the two receiving forms of an inspected delivery
        self.forms_button.setAutoDefault(False)
        self.forms_menu = QMenu(self.forms_button)
        self.form_actions = {kind: self.forms_menu.addAction("") for kind in ReceivingForms.NAMES}
        self.forms_button.setMenu(self.forms_menu)
        self.inspect_button = QPushButton()  # 到货检验: record the inspection the forms are printed from
        self.inspect_button.setAutoDefault(False)
        self._inspected = False
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)

        # lay out: the header in three columns, so the lines get the height (a 1366x768 screen)
        grid = QGridLayout(self.header_box)
        for index, name in enumerate(self.fields):
            row, pair = divmod(index, 3)
            grid.addWidget(self.field_labels[name], row, pair * 2, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(self.fields[name], row, pair * 2 + 1)
        for column in (1, 3, 5):
            grid.setColumnStretch(column, 1)
        QVBoxLayout(self.lines_box).addWidget(self.lines_table)
        QVBoxLayout(self.effects_box).addWidget(self.effects_table)
        bottom = QHBoxLayout()
        bottom.addWidget(self.message, 1)
        bottom.addWidget(self.reference_button)
        bottom.addWidget(self.labels_button)
        bottom.addWidget(self.inspect_button)
        bottom.addWidget(self.forms_button)
        bottom.addWidget(self.reverse_button)
        bottom.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.header_box)
        layout.addWidget(self.lines_box, 3)
        layout.addWidget(self.effects_box, 1)
        layout.addLayout(bottom)

        # connect
        self.buttons.rejected.connect(self.reject)
        self.reverse_button.clicked.connect(self.reverse_document)
        self.reference_button.clicked.connect(self._open_reference)
        self.labels_button.clicked.connect(self.open_labels)
        self.inspect_button.clicked.connect(self.open_inspection)
        for kind, action in self.form_actions.items():
            action.triggered.connect(lambda _=False, kind=kind: self.print_receiving_form(kind))

        self.load()
        width, height = self.fontMetrics().averageCharWidth() * 130, self.fontMetrics().height() * 52
        screen = self.screen().availableGeometry() if self.screen() is not None else None
        if screen is not None:  # a 1366x768 laptop: the whole dialog on the screen, the lines first
            width, height = min(width, screen.width() - 40), min(height, screen.height() - 60)
        self.resize(width, height)

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
        self.forms_button.setText(self.tr("收货表单(&G)"))
        self.inspect_button.setText(self.tr("到货检验(&I)…"))
        self.form_actions["tracking"].setText(self.tr("货品记录跟踪表(&J)…"))
        self.form_actions["return-request"].setText(self.tr("分公司退换货申请表(&Q)…"))
        self.labels_button.setText(self.tr("装箱(&B)…") if self.detail and self.detail["doc_type"] == "HQ_BAD_RETURN"
                                   else self.tr("打印旧件标签(&T)…"))
        headers = self._line_headers()
        self.lines_table.setColumnCount(len(headers))
        self.lines_table.setHorizontalHeaderLabels([self.tr(h) for h in headers])
        self.effects_table.setHorizontalHeaderLabels([self.tr(h) for h in self.EFFECT_HEADERS])
        self._fill()

    def load(self) -> None:
        from ledger import inspection

        self.detail = books.document_detail(self.document_id)
        self._inspected = self.detail is not None and inspection.for_document(self.document_id) is not None
        self.retranslateUi()

    def _is_opening(self) -> bool:
        return self.detail is not None and self.detail["doc_type"] == "OPENING"

    def _line_headers(self) -> tuple:
        return self.OPENING_LINE_HEADERS if self._is_opening() else self.LINE_HEADERS

    def _line_rows(self, d: dict) -> tuple[list[tuple], tuple]:
        """The lines table's rows as texts, and which of its columns are numbers."""
        if not self._is_opening():
            return [(str(line["line_no"]), line["part_number"], line["part_name"], format_integer(line["qty"]),
                     line["unit"], format_money(line["price_fen"]), format_money(line["amount_fen"]),
                     "✓" if line["flag"] else "", line["remark"]) for line in d["lines"]], (0, 3, 5, 6)
        from ledger.models import Party
        from ledger.opening import opening_lines

        meaning = opening_lines(d["id"])
        codes = dict(Party.select(Party.id, Party.code).where(
            Party.id.in_(sorted({m[1] for m in meaning.values() if m[1]}))).tuples())
        rows = []
        for line in d["lines"]:
            book, party_id, origin, number = meaning[line["line_no"]]
            stock = book in ("good", "bad")  # shelf stock has no party, no date of its own
            rows.append((str(line["line_no"]), book_title(book), codes.get(party_id, ""), line["part_number"],
                         line["part_name"], format_integer(line["qty"]), line["unit"], format_money(line["price_fen"]),
                         format_money(line["amount_fen"]), "" if stock else origin.isoformat(), number or "",
                         line["remark"]))
        return rows, (0, 5, 7, 8)

    def _fill(self) -> None:
        d = self.detail
        if d is None:
            self.setWindowTitle(self.tr("单据不存在"))
            self.reverse_button.setEnabled(False)
            self.reference_button.setEnabled(False)
            self.labels_button.setVisible(False)
            self.forms_button.setVisible(False)
            self.inspect_button.setVisible(False)
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
        rows, numeric = self._line_rows(d)
        self.lines_table.setRowCount(len(rows))
        for row, values in enumerate(rows):
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                if column in numeric:
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
            # Resizing to the contents can leave the last section short of the view on a reload.
            table.horizontalHeader().setStretchLastSection(False)
            table.horizontalHeader().setStretchLastSection(True)
        kind = DOC_TYPES[d["doc_type"]]
        self.reverse_button.setEnabled(
            d["doc_type"] != "REVERSAL" and reversal is None and can(self.actor.user, "parts.post"))
        self.reference_button.setEnabled(reference is not None)
        self.labels_button.setVisible(d["doc_type"] in ("STATION_BAD_RETURN", "HQ_BAD_RETURN") and reversal is None)
        self.forms_button.setVisible(self._inspected)
        from ui.inspection_dialog import can_inspect

        self.inspect_button.setVisible(not self._inspected and can_inspect(self.actor, d))
        if kind.restricted:
            self.reverse_button.setToolTip(self.tr("冲销此类单据须经理批准"))

    def _open_reference(self) -> None:
        if self.detail and self.detail["reference"]:
            self.open_document.emit(self.detail["reference"]["id"])

    def open_labels(self) -> None:
        from ui.label_dialog import LabelDialog

        if self.detail is not None:
            self.label_dialog = LabelDialog.open_for(self, self.actor, self.detail)

    def open_inspection(self) -> None:
        """到货检验: count the delivery in (ui/inspection_dialog.py); afterwards 收货表单 prints from it."""
        from ui.inspection_dialog import InspectionDialog

        if self.detail is not None:
            self.inspection_dialog = InspectionDialog.open_for(self, self.actor, self.detail, self._inspection_recorded,
                                                               clock=self._clock)

    def _inspection_recorded(self, result) -> None:
        self.load()
        self.say(self.tr("已记录到货检验：{count} 项异常待跟进；收货表单可以打印了。").format(
            count=result.anomalies_opened), error=False)

    def print_receiving_form(self, kind: str) -> None:
        """Save one receiving form of this delivery as PDF (in the background) where the clerk says."""
        from pathlib import Path

        if self.detail is None:
            return
        name = QCoreApplication.translate("DocumentView", ReceivingForms.NAMES[kind])
        path = ReceivingForms.ask_save_path(self, f"{self.detail['number']}_{name}.pdf")
        if not path:
            return
        actor, number = self.actor.at(self._clock()), self.detail["number"]

        def work():
            from ledger import receiving_print

            render = receiving_print.render_tracking if kind == "tracking" else receiving_print.render_return_request
            return render(actor, number, Path(path))

        run_op(self, work, long=True, message_line=self.message, message=self.tr("正在生成 PDF…"),
               success=lambda printed: self.tr("已保存 {name}：{path}（{pages} 页）").format(
                   name=name, path=path, pages=printed["pages"]))

    def reverse_document(self) -> None:
        """Show what the reversal would change and ask for the reason; then post it."""
        d = self.detail
        if d is None:
            return
        now = self._clock()
        actor = self.actor.at(now)
        run_op(self, lambda: reversal_preview(actor, d["id"]), message_line=self.message,
               on_done=lambda effects: self._confirm_reversal(d, effects, now))

    def _confirm_reversal(self, d: dict, effects, now: datetime) -> None:
        reason = ReversalDialog.ask(self, d, effects, now.date())
        if reason is None:
            return

        def approve_and_reverse():
            actor = approve_as_manager(self, self.actor, d["doc_type"], now)
            return None if actor is None else reverse(actor, d["id"], reason)

        run_op(self, approve_and_reverse, message_line=self.message, on_done=self._reversed)

    def _reversed(self, result) -> None:
        if result is None:  # the manager's approval was cancelled
            return
        self.load()
        self.say(self.tr("已冲销：冲销单号 {number}").format(number=result.number), error=False)
        self.changed.emit(result.document_id)
