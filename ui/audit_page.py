"""审计: the whole audit log for the roles with ``audit.read`` (manager and administrator).

Data model: one ``SqlTableModel`` over ``AuditLog`` (joined with the user, newest first); it holds
only row keys and reads the shown rows a page at a time, so a ten-year log opens as fast as a short
one. The filters (user, action, kind of object, dates) are one SQL condition (``set_where``); rows
are worded as on 今日 (ui.activity: who, what, on which object), never as the stored codes.

Also here: 导出 Excel of what is listed (itself audited: ``audit.export`` with the row count and
the file), the audit chain's state (common.audit.verify_database, run in the background when the
page is first shown and again on 校验), and the check of a printed daily report's fingerprint
(ledger.daily.verify_fingerprint: date and code from the paper; says whether the database still
holds what was signed). Blocking file dialogs go through TableView.ask_save_path (tests replace it).
"""
from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Callable

from peewee import JOIN
from PySide6.QtCore import QDate, Qt, QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QComboBox, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget,
)

from common.clock import branch_now
from common.models import AuditLog, User
from ui import activity
from ui.date_edit import DateEdit, FilterDates, name_period
from ui.retranslate import Retranslating
from ui.table_model import Column, SqlTableModel, TableView, export_xlsx

DEFAULT_DAYS = 30  # the page opens on the last month; the dates widen it

# The row's place in the hash chain, then as on 今日: time, who, what, on which object (the widest, last).
COLUMNS = [Column(QT_TRANSLATE_NOOP("Columns", "序号"), AuditLog.seq, "integer"), *activity.COLUMNS]


def export_log(actor, model: SqlTableModel, path: str) -> int:
    """Write the listed rows to ``path`` and record that the log left the program (who, how many
    rows, which file). Returns the row count. No Qt widgets: it runs in a worker."""
    from common import audit, auth
    from common.db import database
    from pathlib import Path

    auth.require(actor, "audit.read")
    count = export_xlsx(model, path)
    with database.atomic():
        audit.record(actor, "audit.export", "audit_log", None,
                     {"what": "audit_log", "records": count, "file": str(path), "file_name": Path(path).name})
    return count


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class AuditPage(Retranslating, QWidget):
    def __init__(self, context, parent: QWidget | None = None, clock: Callable[[], datetime] = branch_now):
        super().__init__(parent)
        from common.auth import require

        self.actor = context.actor
        self._clock = clock
        require(self.actor, "audit.read")  # the navigation shows the page only to these roles
        today = self._clock().date()

        # create
        self.user_label, self.action_label, self.entity_label = QLabel(), QLabel(), QLabel()
        self.user_combo, self.action_combo, self.entity_combo = QComboBox(), QComboBox(), QComboBox()
        for label, combo in ((self.user_label, self.user_combo), (self.action_label, self.action_combo),
                             (self.entity_label, self.entity_combo)):
            label.setBuddy(combo)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.date_label = QLabel()
        self.date_from = DateEdit(_qdate(today - timedelta(days=DEFAULT_DAYS)), today=lambda: self._clock().date())
        self.date_to = DateEdit(_qdate(today), today=lambda: self._clock().date())
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.date_label.setBuddy(self.date_from)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.hide()
        query = AuditLog.select().join(User, JOIN.LEFT_OUTER, on=(AuditLog.user == User.id))
        self.model = SqlTableModel(query, COLUMNS, self, key=AuditLog.id, default_sort=1,
                                   default_order=Qt.SortOrder.DescendingOrder)
        self.view = TableView(self.model, export_handler=self.export)

        self.chain_box = QGroupBox()
        self.chain_state = QLabel()
        self.chain_state.setWordWrap(True)
        self.chain_button = QPushButton()
        self.fingerprint_box = QGroupBox()
        self.fingerprint_date_label, self.fingerprint_label = QLabel(), QLabel()
        self.fingerprint_date = DateEdit(_qdate(today - timedelta(days=1)), today=lambda: self._clock().date())
        self.fingerprint_date.setCalendarPopup(True)
        self.fingerprint_date.setDisplayFormat("yyyy-MM-dd")
        self.fingerprint = QLineEdit()
        self.fingerprint.setMaxLength(40)
        self.fingerprint_date_label.setBuddy(self.fingerprint_date)
        self.fingerprint_label.setBuddy(self.fingerprint)
        self.fingerprint_button = QPushButton()
        self.fingerprint_result = QLabel()
        self.fingerprint_result.setWordWrap(True)
        self.fingerprint_result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.fingerprint_result.hide()

        # lay out
        filters = QHBoxLayout()
        for label, combo in ((self.user_label, self.user_combo), (self.action_label, self.action_combo),
                             (self.entity_label, self.entity_combo)):
            filters.addWidget(label)
            filters.addWidget(combo)
        filters.addSpacing(self.fontMetrics().height())
        filters.addWidget(self.date_label)
        filters.addWidget(self.date_from)
        filters.addWidget(QLabel("–"))
        filters.addWidget(self.date_to)
        filters.addStretch(1)
        chain = QHBoxLayout(self.chain_box)
        chain.addWidget(self.chain_state, 1)
        chain.addWidget(self.chain_button)
        fingerprint = QVBoxLayout(self.fingerprint_box)
        fingerprint_row = QHBoxLayout()
        fingerprint_row.addWidget(self.fingerprint_date_label)
        fingerprint_row.addWidget(self.fingerprint_date)
        fingerprint_row.addWidget(self.fingerprint_label)
        fingerprint_row.addWidget(self.fingerprint, 1)
        fingerprint_row.addWidget(self.fingerprint_button)
        fingerprint.addLayout(fingerprint_row)
        fingerprint.addWidget(self.fingerprint_result)
        checks = QHBoxLayout()
        checks.addWidget(self.chain_box, 1)
        checks.addWidget(self.fingerprint_box, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(filters)
        layout.addWidget(self.message)
        layout.addWidget(self.view, 1)
        layout.addLayout(checks)

        # connect
        self.filter_dates = FilterDates((self.date_from, self.date_to), self.message, self.apply_filters)
        for combo in (self.user_combo, self.action_combo, self.entity_combo):
            combo.currentIndexChanged.connect(lambda _: self.apply_filters())
        for edit in (self.date_from, self.date_to):
            edit.dateChanged.connect(lambda _: self.apply_filters())
        self.chain_button.clicked.connect(self.verify_chain)
        self.fingerprint_button.clicked.connect(self.verify_fingerprint)
        self.fingerprint.returnPressed.connect(self.verify_fingerprint)

        self._chain_checked = False
        self.retranslateUi()
        self.apply_filters()

    # -- texts ----------------------------------------------------------------------------------

    def retranslateUi(self) -> None:
        self.user_label.setText(self.tr("用户(&U)"))
        self.action_label.setText(self.tr("操作(&O)"))
        self.entity_label.setText(self.tr("对象(&B)"))
        self.date_label.setText(self.tr("日期(&D)"))
        name_period(self.date_from, self.date_to)
        self._fill_combos()
        self.chain_box.setTitle(self.tr("审计链"))
        self.chain_button.setText(self.tr("校验(&C)"))
        if not self._chain_checked:
            self.chain_state.setText(self.tr("正在校验……"))
        self.fingerprint_box.setTitle(self.tr("核对打印日报的校验码"))
        self.fingerprint_date_label.setText(self.tr("业务日期(&T)"))
        self.fingerprint_label.setText(self.tr("校验码(&F)"))
        self.fingerprint.setPlaceholderText(self.tr("如 ABCD-EFGH-2345"))
        self.fingerprint_button.setText(self.tr("核对(&V)"))

    def _fill_combos(self) -> None:
        """Every user, action and kind of object, by name in the UI's language; the selection (a
        code in the item's data) is kept across a language switch."""
        users = [(f"{u.display_name}（{u.username}）", u.id) for u in User.select().order_by(User.username)]
        actions = sorted(((activity.action_name(code), code) for code in activity.ACTION_NAMES), key=lambda x: x[0])
        entities = sorted(((activity.entity_name(code), code) for code in activity.ENTITY_NAMES), key=lambda x: x[0])
        for combo, everything, items in ((self.user_combo, self.tr("全部用户"), users),
                                         (self.action_combo, self.tr("全部操作"), actions),
                                         (self.entity_combo, self.tr("全部对象"), entities)):
            chosen = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everything, None)
            for text, data in items:
                combo.addItem(text, data)
            combo.setCurrentIndex(max(0, combo.findData(chosen)) if chosen is not None else 0)
            combo.blockSignals(False)

    # -- the list -------------------------------------------------------------------------------

    def condition(self):
        """The SQL condition of the filters as set now (None: everything)."""
        parts = []
        if self.user_combo.currentData() is not None:
            parts.append(AuditLog.user == self.user_combo.currentData())
        if self.action_combo.currentData() is not None:
            parts.append(AuditLog.action == self.action_combo.currentData())
        if self.entity_combo.currentData() is not None:
            parts.append(AuditLog.entity == self.entity_combo.currentData())
        first, last = self.date_from.date().toPython(), self.date_to.date().toPython()
        parts.append(AuditLog.at >= datetime.combine(first, datetime.min.time()))
        parts.append(AuditLog.at < datetime.combine(last + timedelta(days=1), datetime.min.time()))
        condition = None
        for part in parts:
            condition = part if condition is None else (condition & part)
        return condition

    def apply_filters(self) -> None:
        if self.filter_dates.blocked():
            return  # said in the message line; the list keeps what it showed
        self.model.set_where(self.condition())

    def export(self, model: SqlTableModel) -> None:
        from ui.runner import run_op

        path = self.view.ask_save_path(self, self.tr("操作记录.xlsx"))
        if not path:
            return
        actor = self.actor.at(self._clock())
        run_op(self, lambda: export_log(actor, model, path), long=True, message=self.tr("正在导出操作记录…"),
               message_line=self.view.message, success=lambda n: self.tr("已导出 {n} 条操作记录。").format(n=f"{n:,}"))

    # -- the chain and the paper ----------------------------------------------------------------

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._chain_checked:
            self._chain_checked = True
            self.verify_chain()

    def verify_chain(self) -> None:
        from common import audit
        from ui.runner import run_op

        self.chain_state.setText(self.tr("正在校验……"))
        run_op(self, audit.verify_database, long=True, modal=False, on_done=self._show_chain)

    def _show_chain(self, problems) -> None:
        from ui.messages_trust import problem_text

        if problems:
            self.chain_state.setProperty("role", "error")
            self.chain_state.setText(self.tr("发现问题：") + "\n".join(problem_text(p) for p in problems))
        else:
            self.chain_state.setProperty("role", "hint")
            self.chain_state.setText(self.tr("完好：{n} 条记录环环相扣，数据库的保护触发器都在。").format(
                n=f"{AuditLog.select().count():,}"))
        self.chain_state.style().unpolish(self.chain_state)
        self.chain_state.style().polish(self.chain_state)

    def verify_fingerprint(self) -> None:
        from common.errors import Refusal
        from ledger import daily
        from ui.forms import mark_invalid, say, set_invalid
        from ui.messages import refusal_text

        if self.fingerprint_date.problem():
            mark_invalid(self.fingerprint_date, self.fingerprint_result, self.fingerprint_date.problem())
            return
        if not self.fingerprint.text().strip():
            mark_invalid(self.fingerprint, self.fingerprint_result, self.tr("请填写报表签字下方的校验码。"))
            return
        found = daily.verify_fingerprint(self.fingerprint_date.date().toPython(), self.fingerprint.text().strip())
        set_invalid(self.fingerprint, found.code == "daily.fingerprint.bad_format")
        say(self.fingerprint_result, refusal_text(Refusal(found.code, **found.facts)), error=not found.ok)


def audit_page(context) -> QWidget:
    return AuditPage(context)
