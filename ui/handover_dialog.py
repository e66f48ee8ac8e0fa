"""资料交接 (archive/handover.py) from the 档案 page: a window with two tabs.

- 新建交接单: the files not yet handed over and in no batch (sales files or repair visits, of one
  responsible person or all), each with a check box and its missing papers; 交出人 names who hands
  them over; 生成交接单 makes the numbered batch of the checked ones (all or nothing, every refusal
  in the message line, the checks kept).
- 接收 / 打印: the batches still travelling and, beside them, the selected batch's files with the
  papers declared present, ticked (the clerk unticks one not in the folder after all); 打印交接单
  writes the list both sides sign (PDF), 登记接收 hands the files over on the date given, the
  unticked papers staying missing, and says which came late; 作废 frees the files of a batch that
  never came.

Blocking dialogs are reached through classmethods the tests replace (``ask_save_path``,
``ask_reason``).
"""
from __future__ import annotations

from datetime import datetime
from typing import Callable

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QDialog, QFileDialog, QHBoxLayout, QHeaderView, QInputDialog, QLabel, QLineEdit,
    QPushButton, QSplitter, QTableWidget, QTableWidgetItem, QTabWidget, QTreeWidget, QTreeWidgetItem, QVBoxLayout,
    QWidget,
)

from archive import handover, validate
from archive.files import REPAIR, SALES
from common.auth import can
from common.clock import branch_now
from ui.date_edit import DateEdit
from ui.runner import PageActions, run_op

KINDS = (SALES, REPAIR)


def _tr(text: str) -> str:
    return QCoreApplication.translate("HandoverDialog", text)


def _table(columns: int) -> QTableWidget:
    table = QTableWidget(0, columns)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


class HandoverDialog(PageActions, QDialog):
    def __init__(self, actor, parent: QWidget | None = None, clock: Callable[[], datetime] = branch_now):
        super().__init__(parent)
        self.actor = actor
        self._clock = clock
        self.editable = can(actor.user, "archive.edit")
        self.pending: list[handover.PendingFile] = []
        self.batches: list[handover.HandoverBatch] = []
        self.setWindowFlag(Qt.WindowType.WindowContextHelpButtonHint, False)

        # create
        self.tabs = QTabWidget()
        self.kind_combo = QComboBox()
        for _ in KINDS:
            self.kind_combo.addItem("")
        self.kind_label = QLabel()
        self.kind_label.setBuddy(self.kind_combo)
        self.responsible = QLineEdit()
        self.responsible.setClearButtonEnabled(True)
        self.responsible_label = QLabel()
        self.responsible_label.setBuddy(self.responsible)
        self.handed_by = QLineEdit()
        self.handed_by.setMaxLength(32)
        self.handed_by_label = QLabel()
        self.handed_by_label.setBuddy(self.handed_by)
        self.all_button = QPushButton()
        self.create_button = QPushButton()
        self.pending_table = _table(8)
        self.pending_count = QLabel()
        self.pending_count.setProperty("role", "hint")

        self.batch_table = _table(5)
        self.batch_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # The selected batch's files, each with the papers declared present, ticked: the clerk
        # unticks a paper that is not in the folder after all (received as missing).
        self.papers = QTreeWidget()
        self.papers.setColumnCount(3)
        self.papers_hint = QLabel()
        self.papers_hint.setWordWrap(True)
        self.papers_hint.setProperty("role", "hint")
        self.received_on = DateEdit(None, today=lambda: self._clock().date())
        self.received_on.setCalendarPopup(True)
        self.received_label = QLabel()
        self.received_label.setBuddy(self.received_on)
        self.receive_button = QPushButton()
        self.print_button = QPushButton()
        self.cancel_button = QPushButton()
        for button in (self.create_button, self.receive_button, self.cancel_button):
            button.setEnabled(self.editable)
        for button in (self.all_button, self.create_button, self.receive_button, self.print_button,
                       self.cancel_button):
            # Enter in 交出人 makes the batch (returnPressed); a dialog's default button would also
            # fire and tick every file left (全选), or try to make the batch a second time.
            button.setAutoDefault(False)

        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.hide()
        self.close_button = QPushButton()
        self.close_button.setAutoDefault(False)

        # lay out
        new_tab = QWidget()
        new_layout = QVBoxLayout(new_tab)
        filters = QHBoxLayout()
        for widget in (self.kind_label, self.kind_combo, self.responsible_label, self.responsible):
            filters.addWidget(widget)
        filters.addWidget(self.pending_count, 1)
        filters.addWidget(self.all_button)
        new_layout.addLayout(filters)
        new_layout.addWidget(self.pending_table, 1)
        make = QHBoxLayout()
        make.addWidget(self.handed_by_label)
        make.addWidget(self.handed_by, 1)
        make.addWidget(self.create_button)
        new_layout.addLayout(make)

        batch_tab = QWidget()
        batch_layout = QVBoxLayout(batch_tab)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.batch_table)
        papers_box = QWidget()
        papers_layout = QVBoxLayout(papers_box)
        papers_layout.setContentsMargins(0, 0, 0, 0)
        papers_layout.addWidget(self.papers_hint)
        papers_layout.addWidget(self.papers, 1)
        split.addWidget(papers_box)
        split.setStretchFactor(1, 1)
        split.setSizes([520, 520])  # the batch list shows its columns whole
        batch_layout.addWidget(split, 1)
        actions = QHBoxLayout()
        actions.addWidget(self.print_button)
        actions.addStretch(1)
        actions.addWidget(self.received_label)
        actions.addWidget(self.received_on)
        actions.addWidget(self.receive_button)
        actions.addWidget(self.cancel_button)
        batch_layout.addLayout(actions)

        self.tabs.addTab(new_tab, "")
        self.tabs.addTab(batch_tab, "")
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.message)
        layout.addLayout(bottom)
        self.setTabOrder(self.kind_combo, self.responsible)
        self.setTabOrder(self.responsible, self.all_button)
        self.setTabOrder(self.all_button, self.pending_table)
        self.setTabOrder(self.pending_table, self.handed_by)
        self.setTabOrder(self.handed_by, self.create_button)

        # connect
        self.kind_combo.currentIndexChanged.connect(lambda _: self.refresh_pending())
        self.responsible.editingFinished.connect(self.refresh_pending)
        self.all_button.clicked.connect(self.check_all)
        self.handed_by.returnPressed.connect(self.create_batch)
        self.create_button.clicked.connect(self.create_batch)
        self.receive_button.clicked.connect(self.receive)
        self.print_button.clicked.connect(self.print_batch)
        self.cancel_button.clicked.connect(self.cancel_batch)
        self.close_button.clicked.connect(self.close)
        self.batch_table.itemSelectionChanged.connect(self.show_papers)
        self.pending_table.installEventFilter(self)

        self.retranslateUi()
        self.resize(1100, 600)
        self.refresh_pending()
        self.refresh_batches()

    # -- texts ------------------------------------------------------------------------------------

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("资料交接表单"))
        self.tabs.setTabText(0, self.tr("新建交接单"))
        self.tabs.setTabText(1, self.tr("接收 / 打印"))
        self.kind_label.setText(self.tr("资料类别(&K)"))
        self.kind_combo.setItemText(0, self.tr("销售档案（交车后 2 个工作日内交）"))
        self.kind_combo.setItemText(1, self.tr("维修档案（进厂后 1 个工作日内交）"))
        self.responsible_label.setText(self.tr("责任人(&R)"))
        self.responsible.setPlaceholderText(self.tr("全部"))
        self.handed_by_label.setText(self.tr("交出人(&B)"))
        self.handed_by.setPlaceholderText(self.tr("车业管理员或售后前台的姓名"))
        self.all_button.setText(self.tr("全选(&A)"))
        self.create_button.setText(self.tr("生成交接单(&N)"))
        self.received_label.setText(self.tr("接收日期(&D)"))
        self.receive_button.setText(self.tr("登记接收(&V)"))
        self.print_button.setText(self.tr("打印交接单(&P)…"))
        self.cancel_button.setText(self.tr("作废(&X)…"))
        self.close_button.setText(self.tr("关闭"))
        self.pending_table.setHorizontalHeaderLabels([
            self.tr("交接"), self.tr("车架号 / 工单号"), self.tr("客户"), self.tr("车牌号"), self.tr("交车/进厂"),
            self.tr("责任人"), self.tr("移交期限"), self.tr("缺的资料")])
        self.batch_table.setHorizontalHeaderLabels([
            self.tr("交接单号"), self.tr("资料类别"), self.tr("交出人"), self.tr("份数"), self.tr("制单时间")])
        self.papers.setHeaderLabels([self.tr("车架号 / 工单号 · 资料"), self.tr("客户"), self.tr("责任人")])
        self.papers_hint.setText(self.tr("核对资料：单上列为已交的资料已勾选，实际未到的请取消勾选（记为缺）。"))
        self._count_text()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
            self.refresh_pending()
            self.refresh_batches()
        super().changeEvent(event)

    def _actor(self):
        return self.actor.at(self._clock())

    def kind(self) -> str:
        return KINDS[self.kind_combo.currentIndex()]

    # -- new batch --------------------------------------------------------------------------------

    def refresh_pending(self) -> None:
        from ui.vehicle_view import item_name

        self.pending = handover.pending_files(self._actor(), self.kind(), self.responsible.text())
        table = self.pending_table
        table.setRowCount(len(self.pending))
        for row, item in enumerate(self.pending):
            check = QTableWidgetItem()
            check.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            check.setCheckState(Qt.CheckState.Unchecked)
            table.setItem(row, 0, check)
            missing = [item_name(code) for code, state in item.states.items() if state not in handover.PRESENT]
            values = (item.reference, item.customer, validate.plate_display(item.plate) if item.plate else "",
                      item.base_date.isoformat(), item.responsible, item.handover_due.isoformat(),
                      self.tr("、").join(missing) if missing else self.tr("齐全"))
            for column, value in enumerate(values, start=1):
                table.setItem(row, column, QTableWidgetItem(value))
            # A file missing many papers has a list wider than the column: whole on hover.
            table.item(row, len(values)).setToolTip(values[-1])
        self._count_text()

    def _count_text(self) -> None:
        if hasattr(self, "pending"):
            self.pending_count.setText(self.tr("待交 {n} 份").format(n=len(self.pending)))

    def checked_references(self) -> list[str]:
        return [self.pending[row].reference for row in range(self.pending_table.rowCount())
                if self.pending_table.item(row, 0).checkState() == Qt.CheckState.Checked]

    def check_all(self) -> None:
        state = Qt.CheckState.Unchecked if len(self.checked_references()) == len(self.pending) else Qt.CheckState.Checked
        for row in range(self.pending_table.rowCount()):
            self.pending_table.item(row, 0).setCheckState(state)

    def eventFilter(self, watched, event) -> bool:
        # Space ticks the current row of the pending list whichever cell is current, as in a file
        # manager's list (the table itself would only toggle it on the check box's own column).
        if (watched is self.pending_table and event.type() == QEvent.Type.KeyPress
                and event.key() == Qt.Key.Key_Space):
            row = self.pending_table.currentRow()
            if row >= 0:
                item = self.pending_table.item(row, 0)
                item.setCheckState(Qt.CheckState.Unchecked if item.checkState() == Qt.CheckState.Checked
                                   else Qt.CheckState.Checked)
            return True
        return super().eventFilter(watched, event)

    def create_batch(self) -> None:
        actor, kind, person, references = self._actor(), self.kind(), self.handed_by.text(), self.checked_references()

        def made(created) -> None:
            self.refresh_pending()
            self.refresh_batches(select=created.number)

        run_op(self, lambda: handover.new_batch(actor, kind, person, references), message_line=self.message,
               success=lambda created: self.tr("已生成交接单 {number}：{files} 份档案，资料有 {present} 项、缺 {missing} 项。"
                                               "请在“接收 / 打印”中打印交接单，随资料交接。").format(
                   number=created.number, files=created.files, present=created.papers_present,
                   missing=created.papers_missing),
               on_done=made, on_refused=lambda _r: self.handed_by.setFocus() if not person.strip() else None)

    # -- open batches -----------------------------------------------------------------------------

    def refresh_batches(self, select: str | None = None) -> None:
        self.batches = handover.open_batches(self._actor())
        table = self.batch_table
        table.setRowCount(len(self.batches))
        kinds = {SALES: self.tr("销售档案"), REPAIR: self.tr("维修档案")}
        for row, batch in enumerate(self.batches):
            values = (batch.number, kinds[batch.kind], batch.handed_by, str(batch.lines.count()),
                      f"{batch.created_at:%Y-%m-%d %H:%M}")
            for column, value in enumerate(values):
                table.setItem(row, column, QTableWidgetItem(value))
            if batch.number == select:
                table.selectRow(row)
        if select is None and self.batches and not table.selectedItems():
            table.selectRow(0)
        self.show_papers()

    def show_papers(self) -> None:
        from ui.vehicle_view import item_name

        self.papers.clear()
        rows = self.batch_table.selectionModel().selectedRows()
        if not rows:
            return
        sheet = handover.batch_sheet(self._actor(), self.batches[rows[0].row()].number)
        for line in sheet.lines:
            top = QTreeWidgetItem([line.reference, line.customer, line.responsible])
            top.setData(0, Qt.ItemDataRole.UserRole, line.reference)
            for code in handover.CHECKLISTS[sheet.kind]:  # in the order of the paper checklist
                if line.states.get(code) in handover.PRESENT:
                    child = QTreeWidgetItem(top, [item_name(code)])
                    child.setData(0, Qt.ItemDataRole.UserRole, code)
                    child.setFlags(child.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                    child.setCheckState(0, Qt.CheckState.Checked)
            self.papers.addTopLevelItem(top)
            for index in range(top.childCount()):  # a paper's long name is not cut at the VIN's width
                top.child(index).setFirstColumnSpanned(True)
        for column in range(self.papers.columnCount()):
            self.papers.resizeColumnToContents(column)

    def not_arrived(self) -> dict[str, list[str]]:
        """{reference: [paper codes unticked]} of the batch shown."""
        gaps = {}
        for index in range(self.papers.topLevelItemCount()):
            top = self.papers.topLevelItem(index)
            codes = [top.child(c).data(0, Qt.ItemDataRole.UserRole) for c in range(top.childCount())
                     if top.child(c).checkState(0) != Qt.CheckState.Checked]
            if codes:
                gaps[top.data(0, Qt.ItemDataRole.UserRole)] = codes
        return gaps

    def current_batch(self) -> str | None:
        rows = self.batch_table.selectionModel().selectedRows()
        if not rows:
            self.say(self.tr("请先在列表中选中一张交接单。"), error=True)
            return None
        return self.batches[rows[0].row()].number

    def receive(self) -> None:
        number = self.current_batch()
        if number is None:
            return
        if self.received_on.problem():
            self.say(self.received_on.problem(), error=True)
            self.received_on.setFocus()
            return
        actor, day, gaps = self._actor(), self.received_on.date().toPython(), self.not_arrived()

        def words(got) -> str:
            text = self.tr("交接单 {number} 已接收：{files} 份档案、{papers} 项资料，迟交 {late} 份。").format(
                number=got.number, files=got.files, papers=got.papers_received, late=len(got.late))
            for line in got.late:
                text += "\n" + self.tr("迟交：{reference}（责任人 {person}，期限 {due}，迟 {days} 个工作日）").format(
                    reference=line.reference, person=line.responsible, due=line.handover_due.isoformat(),
                    days=line.workdays_late)
            return text

        run_op(self, lambda: handover.receive_batch(actor, number, day, not_arrived=gaps), message_line=self.message,
               success=words,
               on_done=lambda _got: (self.refresh_batches(), self.refresh_pending()))

    def print_batch(self) -> None:
        number = self.current_batch()
        if number is None:
            return
        path = self.ask_save_path(self, f"{number}.pdf")
        if not path:
            return
        actor, now = self._actor(), self._clock()
        run_op(self, lambda: handover.print_batch(actor, number, path, now), message_line=self.message,
               success=lambda pages: self.tr("交接单 {number} 已保存到 {path}（{pages} 页），打印后交接双方签字。").format(
                   number=number, path=path, pages=pages),
               long=True, message=self.tr("正在生成交接单…"))

    def cancel_batch(self) -> None:
        number = self.current_batch()
        if number is None:
            return
        reason = self.ask_reason(self, number)
        if reason is None:
            return
        actor = self._actor()
        run_op(self, lambda: handover.cancel_batch(actor, number, reason), message_line=self.message,
               success=lambda batch: self.tr("交接单 {number} 已作废，其中的资料可列入新的交接单。").format(number=batch.number),
               on_done=lambda _b: (self.refresh_batches(), self.refresh_pending()))

    # -- seams ------------------------------------------------------------------------------------

    @classmethod
    def ask_save_path(cls, parent: QWidget, suggested: str) -> str | None:
        path, _ = QFileDialog.getSaveFileName(parent, _tr("保存交接单"), suggested, "PDF (*.pdf)")
        return path or None

    @classmethod
    def ask_reason(cls, parent: QWidget, number: str) -> str | None:
        text, ok = QInputDialog.getText(parent, _tr("作废交接单"), _tr("作废 {number} 的原因：").format(number=number))
        return text if ok else None


def open_from_today(parent: QWidget, key: str, title: str = "") -> HandoverDialog:
    """The 今日 card 交接单待接收: the window on its 接收 / 打印 tab with the oldest stalled batch
    selected (``parent`` has ``.actor``; its clock when it has one). Not modal, like the other
    cards' lists."""
    clock = getattr(parent, "_clock", branch_now)
    dialog = HandoverDialog(parent.actor, parent, clock=clock)
    stalled = handover.unreceived(clock().date())
    dialog.tabs.setCurrentIndex(1)
    if stalled:
        dialog.batch_table.clearSelection()
        dialog.refresh_batches(select=stalled[0].number)
    if hasattr(parent, "refresh"):
        # The batches received in the window leave the card: 今日 counts again when it closes.
        dialog.finished.connect(lambda _result: parent.refresh())
    dialog.show()
    return dialog
