"""The complaint call as a guided checklist (seed 004's six steps, archive.complaints.STEPS).

``ComplaintStepsDialog``: the six steps in order, each ticked with its note, time and who; the
next step's hint and note field with 完成此步; the complaint's history (stamps and steps) and
打印处理表 (the 客户投诉处理表 PDF, through the personal-data guard); beside it the complaint
follow-up scripts (ui.scripts_panel.ScriptsPanel). Not modal: the clerk keeps it open through
the call. A refusal (a step out of order, a note missing) shows in the dialog, the note kept.
"""
from __future__ import annotations

from datetime import datetime
from typing import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QFileDialog, QGridLayout, QHBoxLayout, QHeaderView, QLabel, QPlainTextEdit,
    QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from archive import complaints
from archive.scripts import COMPLAINT
from common.clock import branch_now
from ui.callbacks_page import label
from ui.retranslate import Retranslating
from ui.runner import PageActions
from ui.scripts_panel import ScriptsPanel


class ComplaintStepsDialog(PageActions, Retranslating, QDialog):
    def __init__(self, actor, complaint_id: int, parent: QWidget | None = None,
                 clock: Callable[[], datetime] = branch_now):
        super().__init__(parent)
        from common.auth import can

        self.actor = actor
        self._clock = clock
        self.complaint_id = complaint_id
        self.editable = can(actor.user, "callbacks.edit")
        # create
        self.header = QLabel()
        self.header.setWordWrap(True)
        self.marks: dict[str, QLabel] = {}
        self.records: dict[str, QLabel] = {}
        for code in complaints.STEPS:
            self.marks[code] = QLabel()
            self.records[code] = QLabel()
            self.records[code].setWordWrap(True)
        self.next_label = QLabel()
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.note = QPlainTextEdit()
        self.note.setTabChangesFocus(True)
        self.note.setMaximumHeight(self.fontMetrics().lineSpacing() * 4)
        self.next_label.setBuddy(self.note)
        self.done_button = QPushButton()
        self.print_button = QPushButton()
        self.close_button = QPushButton()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.hide()
        self.history = QTableWidget()
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history.verticalHeader().hide()
        self.scripts = ScriptsPanel(COMPLAINT)  # the complaint follow-up call's scripts
        # lay out
        grid = QGridLayout()
        for row, code in enumerate(complaints.STEPS):
            grid.addWidget(self.marks[code], row, 0)
            grid.addWidget(self.records[code], row, 1)
        grid.setColumnStretch(1, 1)
        actions = QHBoxLayout()
        actions.addWidget(self.done_button)
        actions.addStretch(1)
        actions.addWidget(self.print_button)
        actions.addWidget(self.close_button)
        left = QVBoxLayout()
        left.addWidget(self.header)
        left.addLayout(grid)
        left.addWidget(self.next_label)
        left.addWidget(self.hint)
        left.addWidget(self.note)
        left.addLayout(actions)
        left.addWidget(self.message)
        left.addWidget(self.history, 1)
        # The complainant's communication style (ui.style_panel) under the scripts: what to say and
        # how this customer decides, side by side with the steps.
        from ui.style_panel import StylePanel

        complainant = complaints.Complaint.select(complaints.Complaint.customer).where(
            complaints.Complaint.id == complaint_id).scalar()
        self.style_panel = StylePanel(actor, complainant, self, clock=clock)
        right = QVBoxLayout()
        right.addWidget(self.scripts, 3)
        right.addWidget(self.style_panel, 2)
        outer = QHBoxLayout(self)
        outer.addLayout(left, 3)
        outer.addLayout(right, 2)
        self.resize(self.fontMetrics().averageCharWidth() * 150, self.fontMetrics().height() * 36)
        # connect
        self.done_button.clicked.connect(self.tick)
        self.print_button.clicked.connect(self.print_form)
        self.close_button.clicked.connect(self.accept)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("投诉电话处理步骤"))
        self.done_button.setText(self.tr("完成此步(&D)"))
        self.print_button.setText(self.tr("打印处理表(&P)"))
        self.close_button.setText(self.tr("关闭(&C)"))
        self.note.setPlaceholderText(self.tr("本步骤的记录：客户原话、提出的方案、商定的处理"))
        self.refresh()

    def next_step(self) -> str | None:
        done = complaints.steps(self.complaint_id)
        return next((code for code in complaints.STEPS if code not in done), None)

    def refresh(self) -> None:
        complaint = complaints.Complaint.get_by_id(self.complaint_id)
        self.header.setText(self.tr("投诉 {number}  {complainant}  {phone}\n{summary}").format(
            number=complaint.number, complainant=complaint.complainant, phone=complaint.phone,
            summary=complaint.summary))
        done = complaints.steps(self.complaint_id)
        upcoming = self.next_step()
        for index, (code, name) in enumerate(complaints.STEPS.items(), start=1):
            step = done.get(code)
            mark = "✓" if step else ("▶" if code == upcoming else "○")
            self.marks[code].setText(f"{mark} {index}. {label(name)}")
            self.records[code].setText(self.tr("{at} {user}：{note}").format(
                at=f"{step.at:%Y-%m-%d %H:%M}", user=step.user.display_name, note=step.note or "—") if step else "")
        closed = complaint.state == complaints.CLOSED
        if upcoming is None or closed:
            self.next_label.setText(self.tr("处理步骤已全部完成。") if upcoming is None else self.tr("投诉已结案。"))
            self.hint.setText("")
        else:
            self.next_label.setText(self.tr("下一步：{step}(&N)").format(step=label(complaints.STEPS[upcoming])))
            self.hint.setText(label(complaints.STEP_HINTS[upcoming]))
        ready = self.editable and upcoming is not None and not closed
        self.note.setEnabled(ready)
        self.done_button.setEnabled(ready)
        rows = complaints.history(self.complaint_id)
        headers = [self.tr("日期"), self.tr("事项"), self.tr("经办人"), self.tr("内容")]
        self.history.setColumnCount(len(headers))
        self.history.setHorizontalHeaderLabels(headers)
        self.history.setRowCount(len(rows))
        for r, (when, what, who, note) in enumerate(rows):
            stamp = f"{when:%Y-%m-%d %H:%M}" if isinstance(when, datetime) else when.isoformat()
            # A department's name (the assignment's row) reads in the screen's language.
            for c, value in enumerate((stamp, label(what), who, label(note))):
                self.history.setItem(r, c, QTableWidgetItem(value))
        self.history.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.history.horizontalHeader().setStretchLastSection(True)

    def tick(self) -> None:
        from ui.runner import run_op

        step = self.next_step()
        if step is None:
            return
        note = self.note.toPlainText()

        def done(_row) -> None:
            self.note.clear()  # only once it was recorded: a refused note stays for correcting
            self.refresh()
            self.note.setFocus()

        run_op(self, lambda: complaints.record_step(self.actor.at(self._clock()), self.complaint_id, step, note),
               success=lambda row: self.tr("已登记“{step}”。").format(step=label(complaints.STEPS[row.step])),
               on_done=done, message_line=self.message)

    @classmethod
    def ask_save_path(cls, parent: QWidget, suggested: str) -> str | None:
        """The file dialog seam (tests replace it)."""
        path, _ = QFileDialog.getSaveFileName(parent, QCoreApplication.translate("ComplaintStepsDialog", "保存"),
                                              suggested, "PDF (*.pdf)")
        return path or None

    def print_form(self) -> None:
        from ui.runner import run_op

        complaint = complaints.Complaint.get_by_id(self.complaint_id)
        path = self.ask_save_path(self, f"客户投诉处理表-{complaint.number}.pdf")
        if not path:
            return
        now, printed_by, actor = self._clock(), self.actor.user.display_name, self.actor.at(self._clock())
        run_op(self, lambda: complaints.write_form(path, self.complaint_id, printed_at=now, printed_by=printed_by,
                                                   actor=actor),
               success=lambda written: self.tr("处理表已保存：{path}").format(path=str(written)),
               message_line=self.message, long=True, message=self.tr("正在输出客户投诉处理表…"))
