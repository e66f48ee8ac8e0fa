"""对账: statements and disputes, the weekly stocktake, receiving follow-ups, serials and reorder,
one tab each.

Data model: every tab is a thin view over the domain (ledger.reconcile, stocktake, inspection,
serials, reorder). The lists are small and computed (open disputes, a variance report, open
follow-ups, search hits, reorder suggestions), so they are plain table widgets refilled after each
action. Every action is one domain call; its refusal or result goes to the tab's message line.
Blocking dialogs (file names, reasons) are reached through ``ask_*`` classmethods tests replace.
"""
from __future__ import annotations

from datetime import date, datetime
from typing import Callable

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QComboBox, QFileDialog, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPushButton, QTableWidget, QTableWidgetItem, QTabWidget, QVBoxLayout, QWidget,
)

from common.clock import branch_now
from ledger import inspection, reconcile, reorder, serials, stocktake
from ledger.models import Party
from ledger.reconcile_print import render_count_sheet, render_statement, render_variance_report
from ui.forms import TextPrompt
from ui.retranslate import Retranslating
from ui.runner import PageActions, show_message
from ui.date_edit import DateEdit


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def _fill(table: QTableWidget, headers: list[str], rows: list, keys: list | None = None) -> None:
    table.clear()
    table.setColumnCount(len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            item = QTableWidgetItem("" if value is None else str(value))
            if c == 0 and keys is not None:
                item.setData(256, keys[r])  # Qt.UserRole: the row's id for the actions
            table.setItem(r, c, item)


def _table() -> QTableWidget:
    table = QTableWidget()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def _current_key(table: QTableWidget):
    row = table.currentRow()
    item = table.item(row, 0) if row >= 0 else None
    return item.data(256) if item is not None else None


class _Tab(PageActions, Retranslating, QWidget):
    """A tab: the actor, a clock, a message line and ``run`` for one domain call."""

    def __init__(self, actor, clock: Callable[[], datetime], parent: QWidget | None = None):
        super().__init__(parent)
        self.actor = actor
        self._clock = clock
        self.message = QLabel()
        self.message.setWordWrap(True)

    def actor_now(self):
        return self.actor.at(self._clock())

    def refresh(self) -> None:
        pass

    @classmethod
    def ask_save_path(cls, parent: QWidget, suggested: str, filters: str) -> str | None:
        path, _ = QFileDialog.getSaveFileName(parent, QCoreApplication.translate("ReconcilePage", "保存"),
                                              suggested, filters)
        return path or None

    @classmethod
    def ask_open_path(cls, parent: QWidget, filters: str) -> str | None:
        path, _ = QFileDialog.getOpenFileName(parent, QCoreApplication.translate("ReconcilePage", "打开"), "", filters)
        return path or None

    def prompt(self, title: str, prompt: str, action: Callable[[str], object], success: Callable[[object], str],
               **options):
        """A text for one domain call ``action(text)``, run while the prompt is open (a refusal stays
        there with the text kept and marked); once it went through, the message line and a refresh."""
        result, ok = self.ask_text(self, title, prompt, lambda values: action(values["text"]), **options)
        if ok:
            show_message(self.message, success(result), error=False)
            self.refresh()

    @classmethod
    def ask_text(cls, parent: QWidget, title: str, prompt: str, submit: Callable[[dict], object], **options):
        """The text prompt seam (tests replace it): (what ``submit`` returned, True), or (None, False)."""
        return TextPrompt.ask(parent, title, prompt, submit, **options)


class StatementsTab(_Tab):
    def __init__(self, actor, clock, parent=None):
        super().__init__(actor, clock, parent)
        self.party_combo = QComboBox()
        for party in Party.select().where(Party.kind != "customer").order_by(Party.code):
            self.party_combo.addItem(f"{party.code} {party.name}", party.code)
        start, end = reconcile.default_period(clock().date())
        self.from_edit, self.to_edit = DateEdit(_qdate(start)), DateEdit(_qdate(end))
        for edit in (self.from_edit, self.to_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.party_label, self.period_label = QLabel(), QLabel()
        self.pdf_button, self.xlsx_button, self.import_button = QPushButton(), QPushButton(), QPushButton()
        self.disputes_label = QLabel()
        self.disputes = _table()
        self.accept_button, self.posting_button = QPushButton(), QPushButton()

        top = QHBoxLayout()
        for widget in (self.party_label, self.party_combo, self.period_label, self.from_edit, self.to_edit,
                       self.pdf_button, self.xlsx_button, self.import_button):
            top.addWidget(widget)
        top.addStretch(1)
        actions = QHBoxLayout()
        actions.addWidget(self.accept_button)
        actions.addWidget(self.posting_button)
        actions.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.disputes_label)
        layout.addWidget(self.disputes, 1)
        layout.addLayout(actions)
        layout.addWidget(self.message)

        self.pdf_button.clicked.connect(lambda: self.write(".pdf"))
        self.xlsx_button.clicked.connect(lambda: self.write(".xlsx"))
        self.import_button.clicked.connect(self.import_answer)
        self.accept_button.clicked.connect(self.accept_theirs)
        self.posting_button.clicked.connect(self.resolve_by_posting)
        self.retranslateUi()
        self.refresh()

    def retranslateUi(self) -> None:
        self.party_label.setText(self.tr("往来单位："))
        self.period_label.setText(self.tr("期间："))
        self.pdf_button.setText(self.tr("打印对账单(&P)"))
        self.xlsx_button.setText(self.tr("导出 Excel(&E)"))
        self.import_button.setText(self.tr("导入回执(&I)"))
        self.disputes_label.setText(self.tr("未处理的差异"))
        self.accept_button.setText(self.tr("接受对方数量(&A)"))
        self.posting_button.setText(self.tr("已记账处理(&D)"))
        self.refresh()

    def refresh(self) -> None:
        headers = [self.tr("往来单位"), self.tr("期间"), self.tr("备件编号"), self.tr("备件名称"), self.tr("差异"),
                   self.tr("对方说明"), self.tr("登记时间")]
        rows, keys = [], []
        for dispute in reconcile.open_disputes():
            line, statement = dispute.line, dispute.line.statement
            diffs = "；".join(f"{field} {ours}→{theirs}" for field, (ours, theirs) in line.differences().items())
            rows.append([statement.party.code, f"{statement.date_from:%m-%d}~{statement.date_to:%m-%d}",
                         line.part.number, line.part.name, diffs, line.their_note,
                         f"{dispute.opened_at:%Y-%m-%d %H:%M}"])
            keys.append(dispute.id)
        _fill(self.disputes, headers, rows, keys)

    def write(self, suffix: str) -> None:
        code = self.party_combo.currentData()
        if code is None:
            return
        problem = self.from_edit.problem() or self.to_edit.problem()
        if problem:  # a typed period that is no date: say so rather than print the last good one
            from ui.forms import say

            say(self.message, problem)
            return
        date_from, date_to = _pydate(self.from_edit.date()), _pydate(self.to_edit.date())
        path = self.ask_save_path(self, f"对账单-{code}-{date_from:%Y%m%d}-{date_to:%Y%m%d}{suffix}",
                                  "PDF (*.pdf)" if suffix == ".pdf" else "Excel (*.xlsx)")
        if path:
            actor = self.actor_now()
            self.run(lambda: render_statement(actor, code, date_from, date_to, path),
                     lambda r: self.tr("已保存对账单：{0} 行。").format(r["lines"]), long=True,
                     message=self.tr("正在生成对账单…"))

    def import_answer(self) -> None:
        path = self.ask_open_path(self, "Excel (*.xlsx)")
        if path:
            actor = self.actor_now()
            self.run(lambda: reconcile.import_answer(actor, path),
                     lambda r: self.tr("回执已登记：相符 {0} 行，差异 {1} 行。").format(r.lines_confirmed,
                                                                          r.lines_differing),
                     long=True, message=self.tr("正在导入回执…"))

    def accept_theirs(self) -> None:
        key = _current_key(self.disputes)
        if key is None:
            return
        self.prompt(self.tr("接受对方数量"), self.tr("原因(&R)："),
                    lambda reason: reconcile.resolve_by_accepting(self.actor_now(), key, reason),
                    lambda r: self.tr("差异已处理。"))

    def resolve_by_posting(self) -> None:
        key = _current_key(self.disputes)
        if key is None:
            return
        self.prompt(self.tr("已记账处理"), self.tr("更正单据的本公司单号(&N)："),
                    lambda number: reconcile.resolve_by_posting(self.actor_now(), key, number),
                    lambda r: self.tr("差异已处理。"), required=True)


class StocktakeTab(_Tab):
    def __init__(self, actor, clock, parent=None):
        super().__init__(actor, clock, parent)
        self.status = QLabel()
        self.start_button, self.sheet_button, self.import_button = QPushButton(), QPushButton(), QPushButton()
        self.key_button = QPushButton()  # 录入实盘数: counts keyed by hand (ui.count_entry)
        self.count_dialog = None
        self.replace_check = QCheckBox()
        self.reason_button, self.report_button, self.approve_button, self.cancel_button = (
            QPushButton(), QPushButton(), QPushButton(), QPushButton())
        self.variances = _table()
        top = QHBoxLayout()
        for widget in (self.start_button, self.sheet_button, self.key_button, self.import_button, self.replace_check):
            top.addWidget(widget)
        top.addStretch(1)
        bottom = QHBoxLayout()
        for widget in (self.reason_button, self.report_button, self.approve_button, self.cancel_button):
            bottom.addWidget(widget)
        bottom.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.status)
        layout.addWidget(self.variances, 1)
        layout.addLayout(bottom)
        layout.addWidget(self.message)
        self.start_button.clicked.connect(self.start)
        self.sheet_button.clicked.connect(self.count_sheet)
        self.import_button.clicked.connect(self.import_counts)
        self.key_button.clicked.connect(self.key_counts)
        self.reason_button.clicked.connect(self.set_reason)
        self.report_button.clicked.connect(self.write_report)
        self.approve_button.clicked.connect(self.approve)
        self.cancel_button.clicked.connect(self.cancel)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.start_button.setText(self.tr("开始盘点(&S)"))
        self.sheet_button.setText(self.tr("打印盘点表"))
        self.import_button.setText(self.tr("导入实盘数"))
        self.key_button.setText(self.tr("录入实盘数(&K)"))
        self.replace_check.setText(self.tr("覆盖已录入的实盘数"))
        self.reason_button.setText(self.tr("填写差异原因(&R)"))
        self.report_button.setText(self.tr("打印差异表"))
        self.approve_button.setText(self.tr("审批并生成调整单"))
        self.cancel_button.setText(self.tr("取消盘点"))
        self.refresh()

    def refresh(self) -> None:
        running = stocktake.open_stocktake()
        for button in (self.sheet_button, self.import_button, self.key_button, self.reason_button, self.report_button,
                       self.approve_button, self.cancel_button):
            button.setEnabled(running is not None)
        self.start_button.setEnabled(running is None)
        headers = [self.tr("备件编号"), self.tr("备件名称"), self.tr("账面好件"), self.tr("实盘好件"), self.tr("好件差异"),
                   self.tr("账面坏件"), self.tr("实盘坏件"), self.tr("坏件差异"), self.tr("原因"), self.tr("盘点后有单据")]
        if running is None:
            self.status.setText(self.tr("当前没有进行中的盘点。"))
            _fill(self.variances, headers, [])
            return
        report = stocktake.variance_report(running.id)
        self.status.setText(self.tr("盘点 {0}（{1} 开始）：已盘 {2} 种，未盘 {3} 种。").format(
            running.id, f"{running.started_at:%Y-%m-%d %H:%M}", report.counted, report.not_counted))
        rows = [[l.part_number, l.part_name, l.book_good, l.counted_good, f"{l.variance_good:+d}", l.book_bad,
                 l.counted_bad, f"{l.variance_bad:+d}", l.reason, self.tr("是") if l.moved_since_start else ""]
                for l in report.lines]
        _fill(self.variances, headers, rows, [l.part_number for l in report.lines])

    def start(self) -> None:
        self.run(lambda: stocktake.start(self.actor_now()),
                 lambda r: self.tr("已开始盘点，冻结了 {0} 种备件的账面数。").format(r.part_count))

    def count_sheet(self) -> None:
        path = self.ask_save_path(self, "盘点表.pdf", "PDF (*.pdf)")
        if path:
            actor = self.actor_now()
            self.run(lambda: render_count_sheet(actor, path), lambda pages: self.tr("盘点表已保存。"), long=True,
                     message=self.tr("正在生成盘点表…"))

    def import_counts(self) -> None:
        path = self.ask_open_path(self, "Excel (*.xlsx)")
        if path:
            actor, replace = self.actor_now(), self.replace_check.isChecked()
            self.run(lambda: stocktake.import_counts(actor, path, replace),
                     lambda r: self.tr("已录入 {0} 种，其中覆盖 {1} 种。").format(r.entered, r.replaced),
                     long=True, message=self.tr("正在导入实盘数…"))

    def key_counts(self) -> None:
        """The count entry dialog (window modal, not blocking: the clerk keys while the page waits)."""
        from ui.count_entry import CountEntryDialog

        running = stocktake.open_stocktake()
        if running is None:
            return
        if not stocktake.uncounted_sheet_lines(running.id):
            show_message(self.message, self.tr("盘点 {0} 的备件都已录入实盘数。").format(running.id), error=False)
            return
        dialog = CountEntryDialog(self.actor_now, running.id, self)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.finished.connect(lambda _: self._counts_keyed(dialog))
        self.count_dialog = dialog
        dialog.open()

    def _counts_keyed(self, dialog) -> None:
        if dialog.saved is not None:
            show_message(self.message, self.tr("已录入 {0} 种备件的实盘数。").format(dialog.saved.entered), error=False)
        self.count_dialog = None
        dialog.deleteLater()
        self.refresh()

    def set_reason(self) -> None:
        part = _current_key(self.variances)
        running = stocktake.open_stocktake()
        if part is None or running is None:
            return
        self.prompt(self.tr("差异原因"), self.tr("备件 {0} 的差异原因(&R)：").format(part),
                    lambda reason: stocktake.set_reason(self.actor_now(), running.id, part, reason),
                    lambda r: self.tr("原因已保存。"))

    def write_report(self) -> None:
        path = self.ask_save_path(self, "盘点差异表.pdf", "PDF (*.pdf)")
        if path:
            actor = self.actor_now()
            self.run(lambda: render_variance_report(actor, path), lambda r: self.tr("差异表已保存。"), long=True,
                     message=self.tr("正在生成差异表…"))

    def approve(self) -> None:
        running = stocktake.open_stocktake()
        if running is not None:
            actor, key = self.actor_now(), running.id
            self.run(lambda: stocktake.approve(actor, key),
                     lambda r: self.tr("已审批：{0} {1}").format(r.document_good or "", r.document_bad or ""),
                     long=True, message=self.tr("正在审批并生成调整单…"))

    def cancel(self) -> None:
        running = stocktake.open_stocktake()
        if running is not None:
            self.run(lambda: stocktake.cancel(self.actor_now(), running.id), lambda r: self.tr("盘点已取消。"))


class FollowUpTab(_Tab):
    """Open anomalies from receiving inspections (货品记录跟踪表), chased until closed."""

    def __init__(self, actor, clock, parent=None):
        super().__init__(actor, clock, parent)
        self.title = QLabel()
        self.items = _table()
        self.note_button, self.close_button = QPushButton(), QPushButton()
        buttons = QHBoxLayout()
        buttons.addWidget(self.note_button)
        buttons.addWidget(self.close_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.items, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        self.note_button.clicked.connect(self.add_note)
        self.close_button.clicked.connect(self.close_item)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.title.setText(self.tr("到货异常跟踪（未关闭）"))
        self.note_button.setText(self.tr("记录跟进(&N)"))
        self.close_button.setText(self.tr("关闭跟踪项(&C)"))
        self.refresh()

    def refresh(self) -> None:
        headers = [self.tr("收货日期"), self.tr("往来单位"), self.tr("发货清单号"), self.tr("退换货申请号"),
                   self.tr("备件编号"), self.tr("异常"), self.tr("说明")]
        rows, keys = [], []
        for anomaly in inspection.open_anomalies():
            arrival = anomaly.inspection
            part = anomaly.line.part.number if anomaly.line_id else ""
            rows.append([arrival.received_on, arrival.party.code, arrival.delivery_list_no, arrival.request_no, part,
                         anomaly.kind, anomaly.note])
            keys.append(anomaly.id)
        _fill(self.items, headers, rows, keys)

    def add_note(self) -> None:
        key = _current_key(self.items)
        if key is not None:
            self.prompt(self.tr("记录跟进"), self.tr("跟进情况(&F)："),
                        lambda text: inspection.add_note(self.actor_now(), key, text), lambda r: self.tr("已记录。"))

    def close_item(self) -> None:
        key = _current_key(self.items)
        if key is not None:
            self.prompt(self.tr("关闭跟踪项"), self.tr("处理结果(&R)："),
                        lambda text: inspection.close_anomaly(self.actor_now(), key, text),
                        lambda r: self.tr("已关闭。"))


class SerialsTab(_Tab):
    def __init__(self, actor, clock, parent=None):
        super().__init__(actor, clock, parent)
        self.search_edit = QLineEdit()
        self.hits = _table()
        self.history = _table()
        layout = QVBoxLayout(self)
        layout.addWidget(self.search_edit)
        layout.addWidget(self.hits, 1)
        layout.addWidget(self.history, 1)
        layout.addWidget(self.message)
        self.search_edit.textChanged.connect(self.refresh)
        self.hits.itemSelectionChanged.connect(self.show_history)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.search_edit.setPlaceholderText(self.tr("输入序列号（整机、显示器）的任意部分"))
        self.refresh()

    def refresh(self) -> None:
        text = self.search_edit.text().strip()
        rows = list(serials.search(text).limit(500).dicts()) if text else []
        headers = [self.tr("序列号"), self.tr("类别"), self.tr("备件编号"), self.tr("最近日期"), self.tr("最近事件"),
                   self.tr("往来单位")]
        _fill(self.hits, headers, [[r["serial"], serials.SERIAL_KINDS.get(r["kind"], r["kind"]), r["part_number"],
                                    r["last_date"], serials.EVENTS.get(r["last_event"], r["last_event"]),
                                    r["last_party"]] for r in rows], [r["serial"] for r in rows])

    def show_history(self) -> None:
        serial = _current_key(self.hits)
        headers = [self.tr("日期"), self.tr("事件"), self.tr("往来单位"), self.tr("单据"), self.tr("备注")]
        rows = [] if serial is None else [
            [e.date, serials.EVENTS.get(e.event, e.event), e.party.code if e.party_id else "",
             e.document.number if e.document_id else "", e.note] for e in serials.history(serial)]
        _fill(self.history, headers, rows)


class ReorderTab(_Tab):
    def __init__(self, actor, clock, parent=None):
        super().__init__(actor, clock, parent)
        self.title = QLabel()
        self.list = _table()
        self.export_button = QPushButton()
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.export_button)
        layout.addWidget(self.message)
        self.export_button.clicked.connect(self.export)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.title.setText(self.tr("低于安全库存的备件（好件 + 在途）"))
        self.export_button.setText(self.tr("导出申请单(&X)"))
        self.refresh()

    def refresh(self) -> None:
        headers = [self.tr("备件编号"), self.tr("备件名称"), self.tr("安全库存"), self.tr("好件库存"), self.tr("在途"),
                   self.tr("建议申请数量")]
        rows = [[s.part_number, s.part_name, s.safety_stock, s.good, s.in_transit_in, s.suggested]
                for s in reorder.suggestions()]
        _fill(self.list, headers, rows)

    def export(self) -> None:
        path = self.ask_save_path(self, f"备件申请-{self._clock():%Y%m%d}.xlsx", "Excel (*.xlsx)")
        if path:
            actor = self.actor_now()
            self.run(lambda: reorder.write_request(actor, path),
                     lambda n: self.tr("申请单已保存：{0} 种备件。").format(n), long=True,
                     message=self.tr("正在导出申请单…"))


class ReconcilePage(Retranslating, QWidget):
    def __init__(self, actor, parent: QWidget | None = None, clock: Callable[[], datetime] = branch_now):
        super().__init__(parent)
        self.actor = actor
        self.tabs = QTabWidget()
        self.statements = StatementsTab(actor, clock)
        self.stocktake = StocktakeTab(actor, clock)
        self.follow_ups = FollowUpTab(actor, clock)
        self.serials = SerialsTab(actor, clock)
        self.reorder = ReorderTab(actor, clock)
        for tab in (self.statements, self.stocktake, self.follow_ups, self.serials, self.reorder):
            self.tabs.addTab(tab, "")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        self.tabs.currentChanged.connect(lambda index: self.tabs.widget(index).refresh())
        self.retranslateUi()

    def retranslateUi(self) -> None:
        for index, text in enumerate((self.tr("对账单与差异"), self.tr("盘点"), self.tr("到货异常跟踪"),
                                      self.tr("序列号"), self.tr("补货申请"))):
            self.tabs.setTabText(index, text)


def reconcile_page(context) -> QWidget:
    return ReconcilePage(context.actor)
