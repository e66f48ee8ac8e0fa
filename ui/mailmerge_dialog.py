"""导出短信 / 信函 (archive/mailmerge.py) from the 客服 page's care tab: one kind of care message due
on a day as a list for the SMS platform (.xlsx / .csv) or as address labels / letters (.pdf).

The window shows the kind's template (the manager may change and save it; for the others it is
read-only), the merge fields, a preview of the merged messages (who, phone, text) and how many
customers were left out (do-not-contact, no mobile or no address). A template with an unknown
field is named in the message line and kept as typed. The save-file dialog is a classmethod seam
(``ask_save_path``) the tests replace.
"""
from __future__ import annotations

from datetime import datetime
from typing import Callable

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QComboBox, QDialog, QFileDialog, QHBoxLayout, QHeaderView, QLabel, QPlainTextEdit,
    QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from archive import care, mailmerge
from common.auth import can
from common.clock import branch_now
from common.errors import Refusal
from ui.date_edit import DateEdit
from ui.messages import refusal_text
from ui.runner import PageActions, run_op

KINDS = (care.BIRTHDAY, care.FESTIVAL, care.MAINTENANCE, care.INSPECTION, care.INSURANCE)
# (file suffix, layout of a PDF, label)
FORMATS = (
    (".xlsx", mailmerge.LABELS, QT_TRANSLATE_NOOP("MailMergeDialog", "短信平台名单（Excel .xlsx）")),
    (".csv", mailmerge.LABELS, QT_TRANSLATE_NOOP("MailMergeDialog", "短信平台名单（CSV）")),
    (".pdf", mailmerge.LABELS, QT_TRANSLATE_NOOP("MailMergeDialog", "信封地址标签（PDF，A4 每页 14 张）")),
    (".pdf", mailmerge.LETTERS, QT_TRANSLATE_NOOP("MailMergeDialog", "信函（PDF，每位客户一页）")),
)
PREVIEW_ROWS = 200


def _tr(text: str) -> str:
    return QCoreApplication.translate("MailMergeDialog", text)


class MailMergeDialog(PageActions, QDialog):
    def __init__(self, actor, parent: QWidget | None = None, clock: Callable[[], datetime] = branch_now,
                 kind: str | None = None):
        super().__init__(parent)
        self.actor = actor
        self._clock = clock
        self.may_edit = can(actor.user, "care.templates")
        self.merged: mailmerge.MergeList | None = None
        self.setWindowFlag(Qt.WindowType.WindowContextHelpButtonHint, False)

        # create
        self.kind_combo = QComboBox()
        for _ in KINDS:
            self.kind_combo.addItem("")
        self.kind_label = QLabel()
        self.kind_label.setBuddy(self.kind_combo)
        self.day = DateEdit(None, today=lambda: self._clock().date())
        self.day.setCalendarPopup(True)
        self.day_label = QLabel()
        self.day_label.setBuddy(self.day)
        self.template = QPlainTextEdit()
        self.template.setReadOnly(not self.may_edit)
        self.template.setMaximumHeight(self.fontMetrics().height() * 5)
        self.template_label = QLabel()
        self.template_label.setBuddy(self.template)
        self.fields_hint = QLabel()
        self.fields_hint.setWordWrap(True)
        self.fields_hint.setProperty("role", "hint")
        self.preview_button = QPushButton()
        self.save_button = QPushButton()
        self.save_button.setVisible(self.may_edit)
        self.table = QTableWidget(0, 3)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.format_combo = QComboBox()
        for _ in FORMATS:
            self.format_combo.addItem("")
        self.format_label = QLabel()
        self.format_label.setBuddy(self.format_combo)
        self.mark_sent = QCheckBox()
        self.mark_sent.setEnabled(can(actor.user, "callbacks.edit"))
        self.export_button = QPushButton()
        self.close_button = QPushButton()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.hide()
        for button in (self.preview_button, self.save_button, self.export_button, self.close_button):
            button.setAutoDefault(False)  # Enter in the date field reads the date; it exports nothing

        # lay out
        top = QHBoxLayout()
        for widget in (self.kind_label, self.kind_combo, self.day_label, self.day):
            top.addWidget(widget)
        top.addStretch(1)
        template_bar = QHBoxLayout()
        template_bar.addWidget(self.fields_hint, 1)
        template_bar.addWidget(self.preview_button)
        template_bar.addWidget(self.save_button)
        bottom = QHBoxLayout()
        for widget in (self.format_label, self.format_combo, self.mark_sent):
            bottom.addWidget(widget)
        bottom.addStretch(1)
        bottom.addWidget(self.export_button)
        bottom.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.template_label)
        layout.addWidget(self.template)
        layout.addLayout(template_bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.message)
        layout.addLayout(bottom)

        # connect
        self.kind_combo.currentIndexChanged.connect(lambda _: self.load_template())
        self.day.dateChanged.connect(lambda _: self.preview())
        self.preview_button.clicked.connect(self.preview)
        self.save_button.clicked.connect(self.save_template)
        self.format_combo.currentIndexChanged.connect(lambda _: self.preview())
        self.export_button.clicked.connect(self.export)
        self.close_button.clicked.connect(self.close)

        self.retranslateUi()
        if kind in KINDS:
            self.kind_combo.setCurrentIndex(KINDS.index(kind))
        self.load_template()
        self.resize(1000, 600)

    def retranslateUi(self) -> None:
        from ui.callbacks_page import label

        self.setWindowTitle(self.tr("导出短信 / 信函"))
        for index, kind in enumerate(KINDS):
            self.kind_combo.setItemText(index, label(care.KIND_LABELS[kind]))
        for index, (_, _, text) in enumerate(FORMATS):
            self.format_combo.setItemText(index, _tr(text))
        self.kind_label.setText(self.tr("关怀类别(&K)"))
        self.day_label.setText(self.tr("日期(&D)"))
        self.template_label.setText(self.tr("短信模板(&T)") if self.may_edit else self.tr("短信模板（经理维护）(&T)"))
        self.fields_hint.setText(self.tr("合并字段：{fields}。{称呼} 按身份证号写作“张先生 / 张女士”。").replace(
            "{fields}", self.tr("、").join("{" + f + "}" for f in mailmerge.FIELDS)))
        self.preview_button.setText(self.tr("预览(&V)"))
        self.save_button.setText(self.tr("保存模板(&S)"))
        self.format_label.setText(self.tr("格式(&F)"))
        self.mark_sent.setText(self.tr("导出后标记为已发送(&M)"))
        self.export_button.setText(self.tr("导出(&E)…"))
        self.close_button.setText(self.tr("关闭"))
        self.table.setHorizontalHeaderLabels([self.tr("客户"), self.tr("手机号码 / 地址"), self.tr("内容")])

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
            self.preview()
        super().changeEvent(event)

    def kind(self) -> str:
        return KINDS[self.kind_combo.currentIndex()]

    def _format(self) -> tuple[str, str]:
        suffix, layout, _ = FORMATS[self.format_combo.currentIndex()]
        return suffix, layout

    def _channel(self) -> str:
        suffix, layout = self._format()
        return mailmerge.SMS if suffix != ".pdf" else layout

    def load_template(self) -> None:
        self.template.setPlainText(mailmerge.template_for(self.kind()))
        self.preview()

    def preview(self) -> None:
        """The merged messages of the text in the box (saved or not), so the effect is seen first."""
        if self.day.problem():
            self.say(self.day.problem(), error=True)
            return
        try:
            self.merged = mailmerge.merge_list(self.actor.at(self._clock()), self.kind(), self.day.date().toPython(),
                                               self._channel(), template=self.template.toPlainText())
        except Refusal as refusal:
            self.merged = None
            self.table.setRowCount(0)
            self.summary.setText("")
            self.say(refusal_text(refusal), error=True)
            return
        self.message.hide()
        rows = self.merged.rows[:PREVIEW_ROWS]
        self.table.setRowCount(len(rows))
        sms = self._channel() == mailmerge.SMS
        for index, row in enumerate(rows):
            for column, value in enumerate((row.name, row.phone if sms else row.address, row.text)):
                self.table.setItem(index, column, QTableWidgetItem(value))
            self.table.item(index, 2).setToolTip(row.text)  # a long letter is cut at the column's end
        counts = dict(rows=len(self.merged.rows), blocked=self.merged.left_out_blocked,
                      unreachable=self.merged.left_out_unreachable, n=self.merged.longest,
                      segment=mailmerge.SMS_SEGMENT)
        if sms and self.merged.rows:
            text = self.tr("{rows} 位客户；未列入：免打扰 {blocked} 位，无手机号或地址 {unreachable} 位。"
                           "最长一条 {n} 字（每条短信 {segment} 字）。")
        else:
            text = self.tr("{rows} 位客户；未列入：免打扰 {blocked} 位，无手机号或地址 {unreachable} 位。")
        self.summary.setText(text.format(**counts))

    def save_template(self) -> None:
        actor, kind, text = self.actor.at(self._clock()), self.kind(), self.template.toPlainText()
        run_op(self, lambda: mailmerge.set_template(actor, kind, text), message_line=self.message,
               success=lambda _text: self.tr("模板已保存。"), on_done=lambda _text: self.preview())

    def export(self) -> None:
        if self.day.problem():
            self.say(self.day.problem(), error=True)
            return
        suffix, layout = self._format()
        kind, day = self.kind(), self.day.date().toPython()
        path = self.ask_save_path(self, f"{self.kind_combo.currentText()}-{day:%Y%m%d}{suffix}", suffix)
        if not path:
            return
        actor, mark = self.actor.at(self._clock()), self.mark_sent.isChecked()

        def words(written) -> str:
            text = self.tr("已写入 {path}：{rows} 位客户；未列入：免打扰 {blocked} 位，无手机号或地址 {unreachable} 位。").format(
                path=written.path, rows=written.rows, blocked=written.left_out_blocked,
                unreachable=written.left_out_unreachable)
            if written.marked_sent:
                text += self.tr("已标记 {n} 条关怀为已发送。").format(n=written.marked_sent)
            return text

        run_op(self, lambda: mailmerge.export(actor, kind, day, path, layout=layout, mark_sent=mark),
               message_line=self.message, success=words, on_done=lambda _w: self.preview(), long=True,
               message=self.tr("正在导出…"))

    @classmethod
    def ask_save_path(cls, parent: QWidget, suggested: str, suffix: str) -> str | None:
        path, _ = QFileDialog.getSaveFileName(parent, _tr("保存"), suggested, f"(*{suffix})")
        return path or None
