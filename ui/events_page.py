"""活动: customer events (archive.events): plan, choose invitees, invite, sign up, sign in, feedback,
cost, the printed list and sheet, and the report of the events' effect on satisfaction.

Data model: the upper table lists events (``SqlTableModel`` over ``customer_event`` with the
invited / signed-up / attended counts as subqueries), the lower one the selected event's list
(``event_invitee`` joined with the customer). Every action is one domain call through the shared
runner; its refusal or result goes to the page's message line. The dialogs that block are reached
through ``ask()`` classmethods the tests replace; the dialogs validate through the domain and stay
open with the field marked and the input kept when it refuses.
"""
from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Callable

from peewee import fn
from PySide6.QtCore import QCoreApplication, Qt, QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QHBoxLayout,
    QInputDialog, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QSpinBox, QSplitter, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget,
)

from archive import events
from archive.events import CustomerEvent, EventInvitee
from archive.models import Customer
from common.clock import branch_now
from common.errors import Refusal
from common.money import format_yuan
from ui.date_edit import DateEdit
from ui.forms import field_named_in, form_layout, submit_values
from ui.messages_events import label
from ui.retranslate import Retranslating
from ui.runner import PageActions
from ui.table_model import Column, SqlTableModel, TableView


def _code_label(mapping: dict) -> Callable[[str], str]:
    return lambda code: label(mapping.get(code, code or ""))


def _counted(condition):
    return (EventInvitee.select(fn.COUNT(EventInvitee.id))
            .where((EventInvitee.event == CustomerEvent.id) & condition))


EVENT_COLUMNS = [
    Column(QT_TRANSLATE_NOOP("Columns", "活动日期"), CustomerEvent.held_on, "date"),
    Column(QT_TRANSLATE_NOOP("Columns", "类型"), CustomerEvent.kind, formatter=_code_label(events.KINDS)),
    Column(QT_TRANSLATE_NOOP("Columns", "活动名称"), CustomerEvent.title),
    Column(QT_TRANSLATE_NOOP("Columns", "地点"), CustomerEvent.place),
    Column(QT_TRANSLATE_NOOP("Columns", "名额"), CustomerEvent.capacity, "integer"),
    Column(QT_TRANSLATE_NOOP("Columns", "已邀请"), _counted(EventInvitee.invited_at.is_null(False)), "integer"),
    Column(QT_TRANSLATE_NOOP("Columns", "已报名"), _counted(EventInvitee.signed_up_on.is_null(False)), "integer"),
    Column(QT_TRANSLATE_NOOP("Columns", "到场"), _counted(EventInvitee.attended == True), "integer"),  # noqa: E712
    Column(QT_TRANSLATE_NOOP("Columns", "预算"), CustomerEvent.budget_fen, "money"),
    Column(QT_TRANSLATE_NOOP("Columns", "实际费用"), CustomerEvent.cost_fen, "money"),
    Column(QT_TRANSLATE_NOOP("Columns", "状态"), CustomerEvent.state, formatter=_code_label(events.STATE_LABELS)),
]

INVITEE_COLUMNS = [
    Column(QT_TRANSLATE_NOOP("Columns", "客户"), Customer.name),
    Column(QT_TRANSLATE_NOOP("Columns", "电话"), Customer.phone),
    Column(QT_TRANSLATE_NOOP("Columns", "城市"), Customer.address, formatter=events.city_of),
    Column(QT_TRANSLATE_NOOP("Columns", "邀请方式"), EventInvitee.invited_via, formatter=_code_label(events.CHANNELS)),
    Column(QT_TRANSLATE_NOOP("Columns", "邀请时间"), EventInvitee.invited_at, "datetime"),
    Column(QT_TRANSLATE_NOOP("Columns", "报名日期"), EventInvitee.signed_up_on, "date"),
    Column(QT_TRANSLATE_NOOP("Columns", "签到"), EventInvitee.attended, "bool"),
    Column(QT_TRANSLATE_NOOP("Columns", "反馈评分"), EventInvitee.feedback_score, "integer"),
    Column(QT_TRANSLATE_NOOP("Columns", "客户意见"), EventInvitee.feedback_note),
]


class EventDialog(Retranslating, QDialog):
    """Plan an event: kind, title, day, place, seats, budget, note."""

    def __init__(self, parent: QWidget | None = None, today: date | None = None,
                 submit: Callable[[dict], object] | None = None):
        super().__init__(parent)
        self.submit = submit
        self.result_value = None
        today = today or branch_now().date()
        # create
        self.kind = QComboBox()
        for _ in events.KINDS:
            self.kind.addItem("")
        self.title = QLineEdit()
        self.held_on = DateEdit(today + timedelta(days=14), today=lambda: today)
        self.held_on.setCalendarPopup(True)
        self.place = QLineEdit()
        self.capacity = QSpinBox()
        self.capacity.setRange(0, 10000)
        self.capacity.setValue(30)
        self.budget = QLineEdit()
        self.note = QPlainTextEdit()
        self.note.setTabChangesFocus(True)
        self.note.setMaximumHeight(self.fontMetrics().lineSpacing() * 4)
        # lay out and connect
        self.fields = (self.kind, self.title, self.held_on, self.place, self.capacity, self.budget, self.note)
        self.labels, self.message, self.buttons = form_layout(self, self.fields, self.try_accept)
        self.message.hide()
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("策划客户活动"))
        for text_label, text in zip(self.labels, (self.tr("类型(&K)"), self.tr("活动名称(&T)"), self.tr("日期(&D)"),
                                                  self.tr("地点(&P)"), self.tr("名额(&C)"), self.tr("预算（元）(&B)"),
                                                  self.tr("备注(&M)"))):
            text_label.setText(text)
        for index, text in enumerate(events.KINDS.values()):
            self.kind.setItemText(index, label(text))
        self.budget.setPlaceholderText(self.tr("如 2000 或 2000.50"))

    def values(self) -> dict:
        from ui.document_form import parse_yuan

        typed = self.budget.text()
        budget = parse_yuan(typed)
        return dict(kind=list(events.KINDS)[self.kind.currentIndex()], title=self.title.text(),
                    held_on=self.held_on.date().toPython(), place=self.place.text(), capacity=self.capacity.value(),
                    # What was typed goes to the domain when it is no amount: its refusal quotes it.
                    budget_fen=budget if budget is not None else typed, note=self.note.toPlainText())

    def try_accept(self) -> None:
        fields = field_named_in(self)
        submit_values(self, self.submit, self.values(), self.message,
                      lambda refusal: self.budget if refusal.facts.get("field") == "budget" else fields(refusal))

    @classmethod
    def ask(cls, parent: QWidget, today: date, submit: Callable[[dict], object] | None = None):
        dialog = cls(parent, today, submit)
        return dialog.result_value if dialog.exec() == QDialog.DialogCode.Accepted else None


class InviteDialog(Retranslating, QDialog):
    """Choose invitees by filters: club members, model, value class, city, the last repair visit
    (within N months, or more than M months ago: customers to win back). 查找 lists the customers
    (do-not-contact and those already listed left out); OK puts the selected ones (all, when none
    is selected) on the event's list."""

    def __init__(self, event_id: int, today: date, parent: QWidget | None = None,
                 submit: Callable[[dict], object] | None = None):
        super().__init__(parent)
        from archive.value import VALUE_CLASSES

        self.event_id, self.today, self.submit = event_id, today, submit
        self.result_value = None
        self.found: list[events.Candidate] = []
        # create
        self.members_only = QCheckBox()
        self.model_text = QLineEdit()
        self.value_class = QComboBox()
        self.value_codes = ["", *VALUE_CLASSES]
        for _ in self.value_codes:
            self.value_class.addItem("")
        self.city = QLineEdit()
        self.visited_within = QSpinBox()
        self.visited_within.setRange(0, 120)
        self.not_visited_for = QSpinBox()
        self.not_visited_for.setRange(0, 120)
        self.find_button = QPushButton()
        self.count = QLabel()
        self.table = QTableWidget()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setProperty("role", "error")
        self.message.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        # lay out
        form = QFormLayout()
        self.labels = [QLabel() for _ in range(6)]
        for text_label, field in zip(self.labels, (self.members_only, self.model_text, self.value_class, self.city,
                                                   self.visited_within, self.not_visited_for)):
            text_label.setBuddy(field)
            form.addRow(text_label, field)
        row = QHBoxLayout()
        row.addWidget(self.find_button)
        row.addWidget(self.count, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.resize(880, 540)  # fits a 1366x768 screen with the task bar
        self.model_text.setFocus()
        # connect
        self.find_button.clicked.connect(self.find)
        self.buttons.accepted.connect(self.try_accept)
        self.buttons.rejected.connect(self.reject)
        # Enter in a filter field searches (keyPressEvent): no button is the default, so Enter
        # never adds the previous search's customers.
        for button in (self.find_button, *self.buttons.buttons()):
            button.setAutoDefault(False)
            button.setDefault(False)
        self.searched: events.Filters | None = None  # the filters the table's customers were found by
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("选择邀请对象"))
        for text_label, text in zip(self.labels, (self.tr("会员(&E)"), self.tr("车型(&O)"), self.tr("价值分类(&V)"),
                                                  self.tr("城市(&Y)"), self.tr("近几个月内进过厂(&W)"),
                                                  self.tr("超过几个月未进厂(&L)"))):
            text_label.setText(text)
        self.members_only.setText(self.tr("只选车主俱乐部会员"))
        self.model_text.setPlaceholderText(self.tr("如 速腾（含此文字的车型）"))
        self.city.setPlaceholderText(self.tr("如 郑州"))
        self.value_class.setItemText(0, self.tr("全部"))
        from ui.messages_members import class_name  # the value classes' names (R18a's archive.value)

        for index, code in enumerate(self.value_codes[1:], 1):
            self.value_class.setItemText(index, class_name(code))
        for spin in (self.visited_within, self.not_visited_for):
            spin.setSpecialValueText(self.tr("不限"))
            spin.setSuffix(self.tr(" 个月"))
        self.find_button.setText(self.tr("查找(&F)"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("加入邀请名单(&A)"))
        self.table.setColumnCount(5)
        self.table.setHorizontalHeaderLabels([self.tr("客户"), self.tr("电话"), self.tr("城市"), self.tr("车型"),
                                              self.tr("最近进厂")])
        self._say_count()

    def filters(self) -> events.Filters:
        from common.dates import add_months

        within, lapsed = self.visited_within.value(), self.not_visited_for.value()
        return events.Filters(
            members_only=self.members_only.isChecked(), model=self.model_text.text(),
            value_class=self.value_codes[self.value_class.currentIndex()], city=self.city.text(),
            visited_from=add_months(self.today, -within) if within else None,
            visited_to=add_months(self.today, -lapsed) if lapsed else None)

    def keyPressEvent(self, event) -> None:
        filters = (self.members_only, self.model_text, self.value_class, self.city, self.visited_within,
                   self.not_visited_for)
        focus = self.focusWidget()
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and any(
                focus is field or field.isAncestorOf(focus) for field in filters if focus is not None):
            self.find()
            event.accept()
            return
        super().keyPressEvent(event)

    def find(self) -> None:
        from ui.runner import run_op

        filters, today, event_id = self.filters(), self.today, self.event_id
        self.searched = filters
        run_op(self, lambda: events.candidates(filters, today, event_id=event_id), message_line=self.message,
               on_done=self._show)

    def _show(self, found: list[events.Candidate]) -> None:
        self.message.hide()
        self.found = found
        self.table.setRowCount(len(found))
        for row, c in enumerate(found):
            for column, value in enumerate((c.name, c.phone, c.city, c.models,
                                            c.last_visit.isoformat() if c.last_visit else "")):
                self.table.setItem(row, column, QTableWidgetItem(value))
        self.table.resizeColumnsToContents()
        self._say_count()

    def _say_count(self) -> None:
        self.count.setText(self.tr("符合条件的客户 {n} 位（免打扰客户和已在名单上的不列出）；"
                                   "选中部分客户只加入选中的，不选则全部加入。").format(n=len(self.found)))

    def chosen_ids(self) -> list[int]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.found[row].customer_id for row in rows] if rows else [c.customer_id for c in self.found]

    def try_accept(self) -> None:
        if self.searched is not None and self.filters() != self.searched:
            from ui.runner import show_message

            show_message(self.message, self.tr("筛选条件已改动，名单还是上次查找的结果：请先按“查找”，再加入邀请名单。"),
                         error=True)
            self.find_button.setFocus()
            return
        submit_values(self, self.submit, {"customer_ids": self.chosen_ids()}, self.message,
                      lambda refusal: self.table)

    @classmethod
    def ask(cls, parent: QWidget, event_id: int, today: date, submit: Callable[[dict], object] | None = None):
        dialog = cls(event_id, today, parent, submit)
        return dialog.result_value if dialog.exec() == QDialog.DialogCode.Accepted else None


class FeedbackDialog(QDialog):
    """An attendee's feedback: a score 1-10 and their words."""

    def __init__(self, customer: str, parent: QWidget | None = None, submit: Callable[[dict], object] | None = None):
        super().__init__(parent)
        self.customer, self.submit = customer, submit
        self.result_value = None
        self.score = QSpinBox()
        self.score.setRange(0, 10)
        self.score.setSpecialValueText("—")
        self.note = QLineEdit()
        self.labels, self.message, self.buttons = form_layout(self, (self.score, self.note), self.try_accept)
        self.message.hide()
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("活动反馈：{customer}").format(customer=self.customer))
        self.labels[0].setText(self.tr("评分 1-10(&S)"))
        self.labels[1].setText(self.tr("客户意见(&N)"))

    def try_accept(self) -> None:
        submit_values(self, self.submit, {"score": self.score.value(), "note": self.note.text()}, self.message,
                      lambda refusal: self.score)

    @classmethod
    def ask(cls, parent: QWidget, customer: str, submit: Callable[[dict], object] | None = None):
        dialog = cls(customer, parent, submit)
        return dialog.result_value if dialog.exec() == QDialog.DialogCode.Accepted else None


class EventsPage(PageActions, Retranslating, QWidget):
    """活动 page. Factory for ui.main_window.PAGES: "ui.events_page:EventsPage"."""

    def __init__(self, context, parent: QWidget | None = None, clock: Callable[[], datetime] = branch_now):
        super().__init__(parent)
        from common.auth import can

        self.actor = context.actor if hasattr(context, "actor") else context
        self._clock = clock
        self.editable = can(self.actor.user, events.PERMISSION)
        # create
        self.plan_button = QPushButton()
        self.cancel_button = QPushButton()
        self.cost_button = QPushButton()
        today = self.today()
        self.report_from = DateEdit(date(today.year, 1, 1), today=self.today)
        self.report_to = DateEdit(today, today=self.today)
        for edit in (self.report_from, self.report_to):
            edit.setCalendarPopup(True)
        self.report_label = QLabel()
        self.report_button = QPushButton()
        self.events_model = SqlTableModel(CustomerEvent.select(), EVENT_COLUMNS, self, default_sort=0,
                                          default_order=Qt.SortOrder.DescendingOrder)
        self.events_list = TableView(self.events_model)
        self.list_label = QLabel()
        self.choose_button = QPushButton()
        self.invite_button = QPushButton()
        self.signup_button = QPushButton()
        self.withdraw_button = QPushButton()
        self.attend_button = QPushButton()
        self.feedback_button = QPushButton()
        self.print_list_button = QPushButton()
        self.print_sheet_button = QPushButton()
        self.invitees_model = SqlTableModel(
            EventInvitee.select().join(Customer), INVITEE_COLUMNS, self,
            default_sort=0)
        self.invitees = TableView(self.invitees_model, exportable=True)
        from ui.personal_export import export_personal_table  # customers' names and phones: PIPL

        export_personal_table(self.invitees, lambda: self.actor.at(self._clock()), "event_invitees")
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.hide()
        # lay out
        top = QHBoxLayout()
        for widget in (self.plan_button, self.cancel_button, self.cost_button):
            top.addWidget(widget)
        top.addStretch(1)
        for widget in (self.report_label, self.report_from, self.report_to, self.report_button):
            top.addWidget(widget)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        steps = QHBoxLayout()
        for widget in (self.choose_button, self.invite_button, self.signup_button, self.withdraw_button,
                       self.attend_button, self.feedback_button):
            steps.addWidget(widget)
        steps.addStretch(1)
        for widget in (self.print_list_button, self.print_sheet_button):
            steps.addWidget(widget)
        # The event's figures on a line of their own: with the buttons they made the page wider
        # than a 1366-pixel screen in English.
        self.list_label.setWordWrap(True)
        lower_layout.addWidget(self.list_label)
        lower_layout.addLayout(steps)
        lower_layout.addWidget(self.invitees, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.events_list)
        splitter.addWidget(lower)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.message)
        layout.addWidget(splitter, 1)
        # connect
        self.plan_button.clicked.connect(self.plan)
        self.cancel_button.clicked.connect(self.cancel)
        self.cost_button.clicked.connect(self.record_cost)
        self.report_button.clicked.connect(self.write_report)
        self.events_list.table.selectionModel().currentRowChanged.connect(lambda *_: self.show_invitees())
        self.choose_button.clicked.connect(self.choose)
        self.invite_button.clicked.connect(self.invite)
        self.signup_button.clicked.connect(lambda: self._each(events.sign_up, self.tr("已报名 {n} 位。")))
        self.withdraw_button.clicked.connect(lambda: self._each(events.withdraw, self.tr("已取消 {n} 位的报名。")))
        self.attend_button.clicked.connect(lambda: self._each(events.attend, self.tr("已签到 {n} 位。")))
        self.feedback_button.clicked.connect(self.feedback)
        self.print_list_button.clicked.connect(lambda: self.print_sheet("invitations"))
        self.print_sheet_button.clicked.connect(lambda: self.print_sheet("sign-in"))

        self.retranslateUi()
        for button in (self.plan_button, self.cancel_button, self.cost_button, self.choose_button,
                       self.invite_button, self.signup_button, self.withdraw_button, self.attend_button,
                       self.feedback_button):
            button.setEnabled(self.editable)
        if self.events_model.rowCount():
            self.events_list.table.selectRow(0)
        self.show_invitees()
        from ui import live  # another PC's sign-ups and invitations show up by themselves

        live.register(self, ("customer_event", "archive"), self.refresh)

    def retranslateUi(self) -> None:
        self.plan_button.setText(self.tr("策划活动(&N)"))
        self.cancel_button.setText(self.tr("取消活动"))
        self.cost_button.setText(self.tr("登记实际费用(&C)"))
        self.report_label.setText(self.tr("效果报表期间："))
        self.report_button.setText(self.tr("效果报表(&R)"))
        self.choose_button.setText(self.tr("选择邀请对象(&I)"))
        self.invite_button.setText(self.tr("登记邀请(&Y)"))
        self.signup_button.setText(self.tr("报名(&S)"))
        self.withdraw_button.setText(self.tr("取消报名"))
        self.attend_button.setText(self.tr("签到(&A)"))
        self.feedback_button.setText(self.tr("反馈评分(&B)"))
        self.print_list_button.setText(self.tr("打印邀请名单"))
        self.print_sheet_button.setText(self.tr("打印签到表"))
        self._say_list()

    def today(self) -> date:
        return self._clock().date()

    def actor_now(self):
        return self.actor.at(self._clock())

    # -- which event, which customers -------------------------------------------------------------

    def current_event(self) -> CustomerEvent | None:
        key = self.events_list.current_key()
        return CustomerEvent.get_or_none(CustomerEvent.id == key) if key is not None else None

    def selected_customers(self) -> list[tuple[int, str]]:
        """(customer id, name) of the selected list rows, in list order."""
        rows = sorted(index.row() for index in self.invitees.table.selectionModel().selectedRows())
        keys = [self.invitees_model.index(row, 0).data(SqlTableModel.KeyRole) for row in rows]
        found = {row.id: (row.customer_id, row.customer.name)
                 for row in EventInvitee.select(EventInvitee, Customer).join(Customer).where(EventInvitee.id.in_(keys))}
        return [found[key] for key in keys if key in found]

    def _need_event(self) -> CustomerEvent | None:
        event = self.current_event()
        if event is None:
            self.say(self.tr("请先在上方列表中选中一个活动。"), error=True)
        return event

    def _need_customers(self) -> list[tuple[int, str]]:
        chosen = self.selected_customers()
        if not chosen:
            self.say(self.tr("请先在邀请名单中选中客户。"), error=True)
        return chosen

    def refresh(self) -> None:
        """After an action: the same event and the same customer stay selected (the next step)."""
        key, invitee = self.events_list.current_key(), self.invitees.current_key()
        self.events_model.refresh()
        if key is not None:
            self.events_list.select_key(key)
        self.show_invitees()
        if invitee is not None:
            self.invitees.select_key(invitee)

    def show_invitees(self) -> None:
        event = self.current_event()
        self.invitees_model.set_where(EventInvitee.event == (event.id if event else 0))
        self._say_list()

    def _say_list(self) -> None:
        event = self.current_event()
        if event is None:
            self.list_label.setText(self.tr("邀请名单"))
            return
        f = events.figures([event.id])[event.id]
        self.list_label.setText(self.tr("{title}：名单 {listed} 位，邀请 {invited}，报名 {signed}/{capacity}，到场 {attended}").format(
            title=event.title, listed=self.invitees_model.rowCount(), invited=f.invited, signed=f.signed_up,
            capacity=event.capacity, attended=f.attended))

    # -- actions ----------------------------------------------------------------------------------

    def plan(self) -> None:
        result = EventDialog.ask(self, self.today(), lambda values: events.plan(self.actor_now(), **values))
        if result is not None:
            self.events_model.refresh()
            self.events_list.select_key(result)
            self.show_invitees()
            self.say(self.tr("活动已策划，请选择邀请对象。"))

    def cancel(self) -> None:
        event = self._need_event()
        if event is not None:
            self.run(lambda: events.cancel(self.actor_now(), event.id),
                     lambda _: self.tr("活动“{title}”已取消。").format(title=event.title))

    def record_cost(self) -> None:
        event = self._need_event()
        if event is None:
            return

        def submit(values):
            from ui.document_form import parse_yuan

            fen = parse_yuan(values["text"])
            return events.record_cost(self.actor_now(), event.id, fen if fen is not None else values["text"])

        per, ok = self.ask_text(self, self.tr("实际费用"), self.tr("“{title}”的实际费用（元）(&F)：").format(
            title=event.title), submit, required=True)
        if ok:
            self.refresh()
            self.say(self.tr("已登记实际费用，人均 {per} 元。").format(
                per=format_yuan(per) if per is not None else "—"))

    def choose(self) -> None:
        event = self._need_event()
        if event is None:
            return
        added = InviteDialog.ask(self, event.id, self.today(), lambda values: events.add_invitees(
            self.actor_now(), event.id, values["customer_ids"]))
        if added is not None:
            self.refresh()
            self.say(self.tr("已加入邀请名单 {n} 位客户。").format(n=added))

    def invite(self) -> None:
        event = self._need_event()
        chosen = self._need_customers() if event is not None else []
        if not chosen:
            return
        channel = self.ask_channel(self)
        if channel is None:
            return
        ids = [cid for cid, _ in chosen]
        self.run(lambda: events.record_invitation(self.actor_now(), event.id, ids, channel),
                 lambda n: self.tr("已登记邀请 {n} 位客户（{channel}）。").format(
                     n=n, channel=label(events.CHANNELS[channel])))

    def _each(self, step, success: str) -> None:
        """Sign up, withdraw or sign in each selected customer, one transaction each: a refusal
        (the seats are full) names the customer it stopped at; those before it stay done."""
        event = self._need_event()
        chosen = self._need_customers() if event is not None else []
        if not chosen:
            return
        done = []

        def action():
            for cid, _ in chosen:
                step(self.actor_now(), event.id, cid)
                done.append(cid)
            return len(done)

        op = self.run(action, lambda n: success.format(n=n))
        if op is not None and not op.ok and done:
            self.refresh()

    def feedback(self) -> None:
        event = self._need_event()
        chosen = self._need_customers() if event is not None else []
        if not chosen:
            return
        cid, name = chosen[0]
        result = FeedbackDialog.ask(self, name, lambda values: events.record_feedback(
            self.actor_now(), event.id, cid, values["score"], values["note"]) or values["score"])
        if result is not None:
            self.refresh()
            self.say(self.tr("已登记 {customer} 的反馈评分 {score}。").format(customer=name, score=result))

    def print_sheet(self, sheet: str) -> None:
        from archive import events_print

        event = self._need_event()
        if event is None:
            return
        name = self.tr("邀请名单") if sheet == "invitations" else self.tr("签到表")
        path = self.ask_save_path(self, f"{event.title}-{name}.pdf", "PDF (*.pdf)")
        if not path:
            return
        actor = self.actor_now()
        render = events_print.render_invitation_list if sheet == "invitations" else events_print.render_sign_in_sheet
        self.run(lambda: render(actor, event.id, path), lambda pages: self.tr("已保存：{path}（{pages} 页）").format(
            path=path, pages=pages), long=True, message=self.tr("正在输出…"))

    def write_report(self) -> None:
        from archive import events_print

        for edit in (self.report_from, self.report_to):
            if edit.problem():
                self.say(edit.problem(), error=True)
                edit.setFocus()
                return
        first, last = self.report_from.date().toPython(), self.report_to.date().toPython()
        try:
            events.check_period(first, last)  # said before a file name is asked for
        except Refusal as refusal:
            from ui.messages import refusal_text

            self.say(refusal_text(refusal), error=True)
            self.report_from.setFocus()
            return
        path = self.ask_save_path(self, f"客户活动效果报表-{first:%Y%m%d}-{last:%Y%m%d}.pdf",
                                  "PDF (*.pdf);;Excel (*.xlsx)")
        if not path:
            return
        now, printed_by = self._clock(), self.actor.user.display_name
        self.run(lambda: events_print.write_report(path, first, last, printed_at=now, printed_by=printed_by),
                 lambda written: self.tr("报表已保存：{path}").format(path=str(written)), long=True,
                 message=self.tr("正在输出活动效果报表…"))

    # -- seams the tests replace ------------------------------------------------------------------

    @classmethod
    def ask_text(cls, parent: QWidget, title: str, prompt: str, submit: Callable[[dict], object], **options):
        from ui.forms import TextPrompt

        return TextPrompt.ask(parent, title, prompt, submit, **options)

    @classmethod
    def ask_channel(cls, parent: QWidget) -> str | None:
        """How the invitation went out (phone, sms, letter), or None when cancelled."""
        codes = list(events.CHANNELS)
        names = [label(events.CHANNELS[code]) for code in codes]
        text, ok = QInputDialog.getItem(parent, QCoreApplication.translate("EventsPage", "登记邀请"),
                                        QCoreApplication.translate("EventsPage", "邀请方式："), names, 0, False)
        return codes[names.index(text)] if ok and text in names else None

    @classmethod
    def ask_save_path(cls, parent: QWidget, suggested: str, filters: str) -> str | None:
        path, _ = QFileDialog.getSaveFileName(parent, QCoreApplication.translate("EventsPage", "保存"), suggested, filters)
        return path or None


def open_from_today(parent: QWidget, key: str, title: str = "", clock: Callable[[], datetime] = branch_now) -> QDialog:
    """A 今日 card's events (活动待登记 / 活动未满员): the 活动 page limited to them, the first
    selected, in a window of its own (``parent`` has ``.actor``). Not modal, like the other
    cards' lists; the page's buttons work as on the 活动 page."""
    from types import SimpleNamespace

    clock = getattr(parent, "_clock", clock)
    today = clock().date()
    ids = events.to_record(today) if key == "events_to_record" else events.seats_open_soon(today)
    dialog = QDialog(parent)
    page = EventsPage(SimpleNamespace(actor=parent.actor), dialog, clock)
    page.events_model.set_where(CustomerEvent.id.in_(ids or [0]))
    if page.events_model.rowCount():
        page.events_list.table.selectRow(0)
    page.show_invitees()
    QVBoxLayout(dialog).addWidget(page)
    dialog.setWindowTitle(title)
    dialog.resize(1200, 620)
    dialog.show()
    return dialog
