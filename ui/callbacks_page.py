"""客服: callbacks, care greetings, complaints and statistics, one tab each.

Data model: every tab is a thin view over the domain (archive.callbacks, archive.care,
archive.complaints, archive.stats). Lists over tables are ``SqlTableModel``s; the care list is
computed (archive.care.upcoming) and small, so it is a plain table widget. Every action is one
domain call; its refusal or result is shown in the tab's message line (never a blocking box).
Dialogs that block are reached through ``ask()`` classmethods the tests replace. Labels the
domain keeps in Chinese (kinds, states, score items, chart titles) are translated here through
the "ServiceLabels" context.

``open_list(parent, key)`` opens the list behind one of the Today page's cards.
"""
from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from typing import Callable

from peewee import Case, fn
from PySide6.QtCore import QCoreApplication, QDate, Qt, QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QAbstractItemView, QButtonGroup, QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFileDialog,
    QGridLayout, QHBoxLayout, QHeaderView, QInputDialog, QLabel, QLineEdit, QPlainTextEdit, QPushButton,
    QRadioButton, QSpinBox, QTableWidget, QTableWidgetItem, QTabWidget, QVBoxLayout, QWidget,
)

from archive import callbacks, care, complaints, departments, stats
from archive.callbacks import Callback
from archive.complaints import Complaint
from archive.models import Customer, Vehicle
from common.clock import branch_now, branch_today
from common.errors import Refusal
from common.money import format_yuan
from ui.charts import ChartWidget
from ui.date_edit import DateEdit
from ui.forms import TextPrompt, form_layout, keyboard_form, set_invalid, submit_values
from ui.retranslate import Retranslating
from ui.runner import PageActions
from ui.table_model import Column, SqlTableModel, TableView

LABELS = "ServiceLabels"

# The archive marks its labels (kinds, states, score items, chart titles) where it defines them;
# these few are data or built from parts: the departments seeded by migration 0026 (a manager may
# rename them) and the value classes A类/B类/C类 of archive.stats. ``label()`` translates any of them.
_DOMAIN_LABELS = (
    QT_TRANSLATE_NOOP("ServiceLabels", "销售部"), QT_TRANSLATE_NOOP("ServiceLabels", "售后服务部"),
    QT_TRANSLATE_NOOP("ServiceLabels", "配件部"), QT_TRANSLATE_NOOP("ServiceLabels", "财务部"),
    QT_TRANSLATE_NOOP("ServiceLabels", "客服部"),
    QT_TRANSLATE_NOOP("ServiceLabels", "A类"), QT_TRANSLATE_NOOP("ServiceLabels", "B类"),
    QT_TRANSLATE_NOOP("ServiceLabels", "C类"),
)

CHANNEL_NAMES = {"sms": QT_TRANSLATE_NOOP("ServiceLabels", "短信"), "phone": QT_TRANSLATE_NOOP("ServiceLabels", "电话"),
                 "card": QT_TRANSLATE_NOOP("ServiceLabels", "贺卡"), "wechat": QT_TRANSLATE_NOOP("ServiceLabels", "微信")}


def label(text: str) -> str:
    return QCoreApplication.translate(LABELS, text) if text else ""


def _code_label(mapping: dict) -> Callable[[str], str]:
    return lambda code: label(mapping.get(code, code or ""))


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def _labels_translated(action: Callable[[dict], object], values: dict):
    """``action(values)``; a refusal's paper-form labels (the items without a score, a kind, a
    state) come back in the current language, so an English screen reads no Chinese item names."""
    try:
        return action(values)
    except Refusal as refusal:
        facts = dict(refusal.facts)
        for key in ("items", "item", "kind", "state"):
            if isinstance(facts.get(key), str):
                facts[key] = QCoreApplication.translate("CallbackDialog", "、").join(
                    label(part) for part in facts[key].split("、"))
        raise Refusal(refusal.code, **facts) from refusal


class _Panel(PageActions, Retranslating, QWidget):
    """A tab: an actor, a clock, a message line and ``_run`` for one domain call."""

    def __init__(self, actor, clock: Callable[[], datetime], parent: QWidget | None = None):
        super().__init__(parent)
        self.actor = actor
        self._clock = clock
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.hide()

    def actor_now(self):
        return self.actor.at(self._clock())

    def today(self) -> date:
        return self._clock().date()

    def kept_view(self):
        return getattr(self, "list", None)

    def prompt(self, title: str, prompt: str, submit: Callable[[dict], object], success: Callable[[object], str],
               **options) -> None:
        """A text for one domain call: ``submit(values)`` runs while the prompt is open, so a refusal
        stays there with the text kept; once it went through, the list refreshes and says ``success``."""
        view = getattr(self, "list", None)
        key = view.current_key() if view is not None else None
        result, ok = self.ask_text(self, title, prompt, submit, **options)
        if ok:
            self.refresh()
            if key is not None:
                view.select_key(key)
            self.say(success(result))

    @classmethod
    def ask_text(cls, parent: QWidget, title: str, prompt: str, submit: Callable[[dict], object], **options):
        """The text prompt seam (tests replace it): (what ``submit`` returned, True), or (None, False)."""
        return TextPrompt.ask(parent, title, prompt, submit, **options)

    def refresh(self) -> None:  # overridden
        pass

    @classmethod
    def ask_save_path(cls, parent: QWidget, suggested: str, filters: str) -> str | None:
        """The file dialog seam (tests replace it)."""
        path, _ = QFileDialog.getSaveFileName(parent, QCoreApplication.translate("ServicePage", "保存"),
                                              suggested, filters)
        return path or None


# -- callbacks ------------------------------------------------------------------------------------

CALLBACK_COLUMNS = [
    Column(QT_TRANSLATE_NOOP("Columns", "回访类型"), Callback.kind, formatter=_code_label(callbacks.KIND_LABELS)),
    Column(QT_TRANSLATE_NOOP("Columns", "客户"), Customer.name),
    Column(QT_TRANSLATE_NOOP("Columns", "电话"), Customer.phone),
    Column(QT_TRANSLATE_NOOP("Columns", "车牌号"), Vehicle.plate),
    Column(QT_TRANSLATE_NOOP("Columns", "车型"), Vehicle.model),
    Column(QT_TRANSLATE_NOOP("Columns", "交车/维修日"), Callback.base_date, "date"),
    Column(QT_TRANSLATE_NOOP("Columns", "应访日期"), Callback.due_from, "date"),
    Column(QT_TRANSLATE_NOOP("Columns", "最迟"), Callback.due_until, "date"),
    Column(QT_TRANSLATE_NOOP("Columns", "状态"), Callback.state, formatter=_code_label(callbacks.STATE_LABELS)),
    Column(QT_TRANSLATE_NOOP("Columns", "已拨次数"), Callback.attempts, "integer"),
    Column(QT_TRANSLATE_NOOP("Columns", "备注"), Callback.remarks),
]

CALLBACK_VIEWS = ("due", "overdue", "closed", "all")


class CallbackDialog(Retranslating, QDialog):
    """The callback form: outcome, one score per service item, remarks, do-not-contact.

    OK hands the values to ``submit`` (the domain call); a refusal stays in the dialog, with the
    field it is about marked (the unscored items, the outcome) and everything typed kept."""

    def __init__(self, callback: Callback, parent: QWidget | None = None,
                 submit: Callable[[dict], object] | None = None):
        super().__init__(parent)
        from archive.scripts import current_form
        from ui.scripts_panel import ScriptsPanel

        self.callback = callback
        # The kind's survey form in use (archive.scripts): its items and scale, set by the manager.
        self.form = current_form(callback.kind)
        self.items = self.form.items
        self.submit = submit
        self.result_value = None

        # create
        self.header = QLabel()
        self.reached = QRadioButton()
        self.retry = QRadioButton()
        self.refused = QRadioButton()
        self.outcomes = QButtonGroup(self)
        for button in (self.reached, self.retry, self.refused):
            self.outcomes.addButton(button)
        self.reached.setChecked(True)
        self.score_labels: dict[str, QLabel] = {}
        self.scores: dict[str, QSpinBox] = {}
        for code in self.items:
            spin = QSpinBox()
            spin.setRange(0, self.form.scale_max)  # 0 shows as "—": not scored yet
            spin.setSpecialValueText("—")
            self.scores[code] = spin
            self.score_labels[code] = QLabel()
            self.score_labels[code].setBuddy(spin)
        self.scale_note = QLabel()
        self.remarks = QPlainTextEdit()
        self.remarks.setTabChangesFocus(True)
        self.do_not_contact = QCheckBox()
        from common.branch import identity

        # What to say, beside the form, with the customer's and the branch's names filled in.
        self.scripts = ScriptsPanel(callback.kind, fields={"客户": callback.customer.name, "分公司": identity().name})
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setProperty("role", "error")
        self.message.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)

        # lay out
        outcome_row = QHBoxLayout()
        for button in (self.reached, self.retry, self.refused):
            outcome_row.addWidget(button)
        grid = QGridLayout()
        for index, code in enumerate(self.items):
            grid.addWidget(self.score_labels[code], index // 2, (index % 2) * 2)
            grid.addWidget(self.scores[code], index // 2, (index % 2) * 2 + 1)
        outer = QHBoxLayout(self)
        layout = QVBoxLayout()
        outer.addLayout(layout, 3)
        outer.addWidget(self.scripts, 2)
        layout.addWidget(self.header)
        layout.addLayout(outcome_row)
        layout.addWidget(self.scale_note)
        layout.addLayout(grid)
        layout.addWidget(self.remarks)
        layout.addWidget(self.do_not_contact)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        # Enter goes down the scores column by column as they are printed on the paper form.
        chain = [self.reached, self.retry, self.refused, *self.scores.values(), self.remarks, self.do_not_contact,
                 self.scripts.situation]
        for first, second in zip(chain, chain[1:]):
            self.setTabOrder(first, second)

        # connect
        self.keys = keyboard_form(self, self.try_accept, self.message)
        self.buttons.accepted.connect(self.keys.submit)
        self.buttons.rejected.connect(self.reject)
        self.outcomes.buttonToggled.connect(self._update_scores)

        self.retranslateUi()
        self._update_scores()
        from ui.style_panel import add_style_panel  # the customer's communication style, beside the form

        self.style_panel = add_style_panel(self, callback.customer_id)

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("回访登记"))
        c = self.callback
        self.header.setText(self.tr("{kind}：{customer}  {phone}  {plate}  应访 {due}").format(
            kind=label(callbacks.KIND_LABELS[c.kind]), customer=c.customer.name, phone=c.customer.phone or "",
            plate=c.vehicle.plate or "", due=c.due_from.isoformat()))
        self.reached.setText(self.tr("已接通(&Y)"))
        self.retry.setText(self.tr("未接通，明天再拨(&N)"))
        self.refused.setText(self.tr("客户拒绝(&R)"))
        for code, text in self.items.items():
            self.score_labels[code].setText(label(text))
        self.scale_note.setText(self.tr("每项 1 到 {high} 分（调查表第 {version} 版）").format(
            high=self.form.scale_max, version=self.form.version))
        self.remarks.setPlaceholderText(self.tr("备注：客户意见、建议、需改善之处"))
        self.do_not_contact.setText(self.tr("客户要求不再联系（免打扰）"))

    def _update_scores(self, *_) -> None:
        for spin in self.scores.values():
            spin.setEnabled(self.reached.isChecked())

    def values(self) -> dict:
        outcome = "reached" if self.reached.isChecked() else ("retry" if self.retry.isChecked() else "refused")
        scores = {code: spin.value() for code, spin in self.scores.items() if spin.value()} \
            if outcome == "reached" else {}
        return dict(outcome=outcome, scores=scores, remarks=self.remarks.toPlainText(),
                    do_not_contact=self.do_not_contact.isChecked())

    def _refused_field(self, refusal) -> QWidget | None:
        """The field a refusal is about; every unscored item is marked, the first one focused."""
        if refusal.code == "callbacks.score_missing":
            missing = [spin for spin in self.scores.values() if not spin.value()]
            for spin in missing:
                set_invalid(spin, True)
            return missing[0] if missing else None
        if refusal.code == "callbacks.score_range":
            return next((self.scores[code] for code, text in self.items.items()
                         if label(text) == refusal.facts.get("item")), None)
        if refusal.code == "callbacks.scores_without_contact":
            return self.reached
        return None

    def try_accept(self) -> None:
        submit = self.submit and (lambda values: _labels_translated(self.submit, values))
        submit_values(self, submit, self.values(), self.message,
                      {code: self._refused_field for code in ("callbacks.score_missing", "callbacks.score_range",
                                                              "callbacks.scores_without_contact")})

    @classmethod
    def ask(cls, parent: QWidget, callback: Callback, submit: Callable[[dict], object] | None = None):
        """What ``submit(values)`` returned once it went through, or None when cancelled."""
        dialog = cls(callback, parent, submit)
        return dialog.result_value if dialog.exec() == QDialog.DialogCode.Accepted else None


class CallbacksPanel(_Panel):
    def __init__(self, actor, parent: QWidget | None = None, clock: Callable[[], datetime] = branch_now,
                 view: str = "due"):
        super().__init__(actor, clock, parent)
        from common.auth import can

        self.editable = can(actor.user, "callbacks.edit")
        query = Callback.select().join(Customer).switch(Callback).join(Vehicle)

        # create
        self.view_combo = QComboBox()
        for _ in CALLBACK_VIEWS:
            self.view_combo.addItem("")
        # The customer's value class (archive.value) or club membership narrows the list.
        self.value_filter = QComboBox()
        self.generate_button = QPushButton()
        self.call_button = QPushButton()
        self.block_button = QPushButton()
        self.period_combo = QComboBox()
        for _ in callbacks.PERIODS:
            self.period_combo.addItem("")
        self.report_date = DateEdit(_qdate(self.today()), today=self.today)
        self.report_date.setCalendarPopup(True)
        self.report_button = QPushButton()
        self.work_month_button = QPushButton()  # 客服中心工作月报表 of the report date's month
        self.sample2_button = QPushButton()
        self.sample3_button = QPushButton()
        self.model = SqlTableModel(query, CALLBACK_COLUMNS, self, default_sort=7)
        self.list = TableView(self.model, exportable=True)
        from ui.personal_export import export_personal_table  # customers' names and phones: PIPL

        export_personal_table(self.list, self.actor_now, "callback_list")

        # lay out
        actions = QHBoxLayout()
        for widget in (self.view_combo, self.value_filter, self.generate_button, self.call_button, self.block_button):
            actions.addWidget(widget)
        actions.addStretch(1)
        reports = QHBoxLayout()
        for widget in (self.period_combo, self.report_date, self.report_button, self.work_month_button,
                       self.sample2_button, self.sample3_button):
            reports.addWidget(widget)
        reports.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(actions)
        layout.addLayout(reports)
        layout.addWidget(self.message)
        layout.addWidget(self.list, 1)

        # connect
        self.view_combo.currentIndexChanged.connect(lambda _: self.refresh())
        self.value_filter.currentIndexChanged.connect(lambda _: self.refresh())
        self.generate_button.clicked.connect(self.generate)
        self.call_button.clicked.connect(self.call)
        self.list.activated.connect(lambda _: self.call())
        self.block_button.clicked.connect(self.block)
        self.report_button.clicked.connect(self.write_report)
        self.work_month_button.clicked.connect(self.write_work_month)
        self.sample2_button.clicked.connect(lambda: self.show_samples(2))
        self.sample3_button.clicked.connect(lambda: self.show_samples(3))

        self.retranslateUi()
        self.set_view(view)
        for button in (self.generate_button, self.call_button, self.block_button):
            button.setEnabled(self.editable)

    def retranslateUi(self) -> None:
        for index, text in enumerate((self.tr("今日待回访"), self.tr("逾期未回访"), self.tr("已结束"), self.tr("全部"))):
            self.view_combo.setItemText(index, text)
        self._fill_value_filter()
        self.generate_button.setText(self.tr("生成今日回访(&G)"))
        self.call_button.setText(self.tr("回访登记(&C)"))
        self.block_button.setText(self.tr("设为免打扰(&B)"))
        for index, text in enumerate((self.tr("日报"), self.tr("周报"), self.tr("月报"))):
            self.period_combo.setItemText(index, text)
        self.report_button.setText(self.tr("输出报表(&P)"))
        self.work_month_button.setText(self.tr("工作月报表(&W)…"))
        self.sample2_button.setText(self.tr("二级回访抽样"))
        self.sample3_button.setText(self.tr("三级回访抽样"))

    def set_view(self, view: str) -> None:
        self.view_combo.setCurrentIndex(CALLBACK_VIEWS.index(view))
        self.refresh()

    def _fill_value_filter(self) -> None:
        from ui.messages_members import fill_class_combo

        fill_class_combo(self.value_filter, self.tr("全部客户"), ((self.tr("会员"), "members"),))

    def _condition(self):
        condition = self._view_condition()
        chosen = self.value_filter.currentData()
        if not chosen:
            return condition
        if chosen == "members":
            from archive.members import members_condition

            narrowed = members_condition(Callback.customer, self.today())
        else:
            from archive.value import customers_in_class

            narrowed = customers_in_class(chosen, self.today(), Callback.customer)
        return narrowed if condition is None else condition & narrowed

    def _view_condition(self):
        today = self.today()
        view = CALLBACK_VIEWS[self.view_combo.currentIndex()]
        if view == "due":
            return (Callback.state == callbacks.OPEN) & (Callback.call_from <= today)
        if view == "overdue":
            return (Callback.state == callbacks.OPEN) & (Callback.due_until < today)
        if view == "closed":
            return Callback.state != callbacks.OPEN
        return None

    def refresh(self) -> None:
        self.model.set_where(self._condition())

    def generate(self) -> None:
        self.run(lambda: callbacks.generate(self.actor_now(), self.today()),
                 lambda result: self.tr("已生成 {n} 条回访任务。").format(n=result.total))

    def current_callback(self) -> Callback | None:
        key = self.list.current_key()
        return Callback.get_or_none(Callback.id == key) if key is not None else None

    def call(self) -> None:
        callback = self.current_callback()
        if callback is None:
            self.say(self.tr("请先在列表中选中一条回访。"), error=True)
            return
        name = callback.customer.name
        result = CallbackDialog.ask(self, callback, lambda values: callbacks.record_call(
            self.actor_now(), callback.id, **values))
        if result is not None:
            from archive.rectification import low_scores

            self.refresh()
            text = self.tr("{customer}：{state}").format(customer=name, state=label(callbacks.STATE_LABELS[result.state]))
            low = low_scores(result.callback_id)  # seed 002: what needs improving is followed up
            if low:
                text += " " + self.tr("{items} 在整改低分线以下，可在“整改”页开立整改项。").format(
                    items=self.tr("、").join(label(item) for item in low))
            self.say(text)

    def block(self) -> None:
        callback = self.current_callback()
        if callback is None:
            self.say(self.tr("请先在列表中选中一条回访。"), error=True)
            return
        name = callback.customer.name
        self.prompt(self.tr("免打扰"), self.tr("原因(&R)："),
                    lambda values: callbacks.set_do_not_contact(self.actor_now(), callback.customer_id,
                                                                values["text"]),
                    lambda n: self.tr("{customer} 已设为免打扰，取消 {n} 条待回访。").format(customer=name, n=n))

    def write_report(self) -> None:
        if self.report_date.problem():  # a typed date that is none: say so rather than use the last one
            self.say(self.report_date.problem(), error=True)
            self.report_date.setFocus()
            return
        period = callbacks.PERIODS[self.period_combo.currentIndex()]
        day = _pydate(self.report_date.date())
        path = self.ask_save_path(self, f"回访{self.period_combo.currentText()}-{day:%Y%m%d}.pdf",
                                  "PDF (*.pdf);;Excel (*.xlsx)")
        if not path:
            return
        # Read here: the report is written off the GUI thread, which must not touch widgets.
        now, printed_by, actor = self._clock(), self.actor.user.display_name, self.actor.at(self._clock())
        self.run(lambda: callbacks.write_report(path, period, day, printed_at=now,
                                                printed_by=printed_by, actor=actor),
                 lambda written: self.tr("报表已保存：{path}").format(path=str(written)),
                 long=True, message=self.tr("正在输出回访报表…"))

    def write_work_month(self) -> None:
        """The 客服中心工作月报表 of the month of the report date, as PDF or xlsx."""
        if self.report_date.problem():
            self.say(self.report_date.problem(), error=True)
            self.report_date.setFocus()
            return
        day = _pydate(self.report_date.date())
        path = self.ask_save_path(self, self.tr("客服中心工作月报表-{month}.pdf").format(month=f"{day:%Y%m}"),
                                  "PDF (*.pdf);;Excel (*.xlsx)")
        if not path:
            return
        from archive import work_month_print

        actor = self.actor.at(self._clock())
        self.run(lambda: work_month_print.render(actor, day, path, actor.now),
                 lambda _written: self.tr("工作月报表已保存：{path}").format(path=str(path)),
                 long=True, message=self.tr("正在生成工作月报表…"))

    def show_samples(self, level: int) -> QDialog:
        today = self.today()
        table = QTableWidget()
        if level == 2:
            rows = [(label(callbacks.KIND_LABELS[c.kind]), c.customer.name, c.customer.phone or "", c.vehicle.plate or "",
                     c.completed_on.isoformat() if c.completed_on else "")
                    for c in callbacks.second_level_sample(callbacks.add_months(today, -1))]
            headers = [self.tr("回访类型"), self.tr("客户"), self.tr("电话"), self.tr("车牌号"), self.tr("一级回访日期")]
        else:
            reasons = {"new_car": self.tr("新车客户"), "big_repair": self.tr("大额维修")}
            rows = [(reasons[r.reason], r.customer, r.plate, r.model, r.day.isoformat(),
                     format_yuan(r.amount_fen) if r.amount_fen else "")
                    for r in callbacks.third_level_sample(callbacks.add_months(today, -3))]
            headers = [self.tr("类别"), self.tr("客户"), self.tr("车牌号"), self.tr("车型"), self.tr("日期"),
                       self.tr("维修金额")]
        _fill(table, headers, rows)
        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("二级回访抽样（上月）") if level == 2 else self.tr("三级回访抽样（上季度）"))
        QVBoxLayout(dialog).addWidget(table)
        dialog.resize(760, 480)
        dialog.table = table
        dialog.show()
        return dialog


def _fill(table: QTableWidget, headers: list[str], rows: list) -> None:
    table.setColumnCount(len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            table.setItem(r, c, QTableWidgetItem(str(value)))
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)


# -- care -----------------------------------------------------------------------------------------

CARE_VIEWS = (None,) + tuple(care.FINDERS)


class CarePanel(_Panel):
    def __init__(self, actor, parent: QWidget | None = None, clock: Callable[[], datetime] = branch_now,
                 kind: str | None = None):
        super().__init__(actor, clock, parent)
        from common.auth import can

        self.editable = can(actor.user, "callbacks.edit")
        self.items: list[care.CareItem] = []

        # create
        self.kind_combo = QComboBox()
        for _ in CARE_VIEWS:
            self.kind_combo.addItem("")
        self.channel_combo = QComboBox()
        for _ in care.CHANNELS:
            self.channel_combo.addItem("")
        self.done_button = QPushButton()
        self.merge_button = QPushButton()  # 导出短信 / 信函 (ui/mailmerge_dialog.py)
        self.table = QTableWidget()

        # lay out
        bar = QHBoxLayout()
        for widget in (self.kind_combo, self.channel_combo, self.done_button, self.merge_button):
            bar.addWidget(widget)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)

        # connect
        self.kind_combo.currentIndexChanged.connect(lambda _: self.refresh())
        self.done_button.clicked.connect(self.mark_done)
        self.merge_button.clicked.connect(self.open_mail_merge)

        self.retranslateUi()
        self.kind_combo.setCurrentIndex(CARE_VIEWS.index(kind))
        self.done_button.setEnabled(self.editable)
        self.refresh()

    def retranslateUi(self) -> None:
        self.kind_combo.setItemText(0, self.tr("全部关怀"))
        for index, kind in enumerate(CARE_VIEWS[1:], start=1):
            self.kind_combo.setItemText(index, label(care.KIND_LABELS[kind]))
        for index, channel in enumerate(care.CHANNELS):
            self.channel_combo.setItemText(index, label(CHANNEL_NAMES[channel]))
        self.done_button.setText(self.tr("标记选中为已发送(&D)"))
        self.merge_button.setText(self.tr("导出短信 / 信函(&M)…"))
        self.refresh()

    def refresh(self) -> None:
        if not hasattr(self, "table"):
            return
        self.items = care.upcoming(self.today(), CARE_VIEWS[self.kind_combo.currentIndex()])
        rows = [(label(care.KIND_LABELS[i.kind]), i.due_on.isoformat(), label(i.label) if i.kind == care.FESTIVAL else i.label,
                 i.customer or self.tr("全体客户"), i.phone) for i in self.items]
        _fill(self.table, [self.tr("类别"), self.tr("日期"), self.tr("对象"), self.tr("客户"), self.tr("电话")], rows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)

    def mark_done(self) -> None:
        chosen = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        if not chosen:
            self.say(self.tr("请先选中要标记的行。"), error=True)
            return
        items = [self.items[row] for row in chosen]
        channel = care.CHANNELS[self.channel_combo.currentIndex()]
        self.run(lambda: care.mark_all_done(self.actor_now(), items, channel),
                 lambda n: self.tr("已标记 {n} 条为已发送。").format(n=n))

    def open_mail_merge(self):
        from ui.mailmerge_dialog import MailMergeDialog

        # The kind shown here (a birthday list when 全部关怀 is shown); the list is read again on
        # closing, since an export may have marked its items sent.
        kind = CARE_VIEWS[self.kind_combo.currentIndex()] or care.BIRTHDAY
        self.mail_merge = MailMergeDialog(self.actor, self, clock=self._clock, kind=kind)
        self.mail_merge.finished.connect(lambda _result: self.refresh())
        self.mail_merge.show()
        return self.mail_merge


# -- complaints -----------------------------------------------------------------------------------

COMPLAINT_VIEWS = ("open", "to_confirm", "overdue", "all")


def complaint_columns(today: date) -> list[Column]:
    late = Case(None, [((Complaint.state != complaints.CLOSED) & (Complaint.due_on < today), True)], False)
    return [
        Column(QT_TRANSLATE_NOOP("Columns", "编号"), Complaint.number),
        Column(QT_TRANSLATE_NOOP("Columns", "受理日期"), Complaint.received_on, "date"),
        Column(QT_TRANSLATE_NOOP("Columns", "投诉人"), Complaint.complainant),
        Column(QT_TRANSLATE_NOOP("Columns", "类别"), Complaint.category, formatter=_code_label(complaints.CATEGORIES)),
        Column(QT_TRANSLATE_NOOP("Columns", "投诉内容"), Complaint.summary),
        # The department's name now (the manager renames them on the 整改 tab), by its code.
        Column(QT_TRANSLATE_NOOP("Columns", "处理部门"), fn.COALESCE(
            departments.Department.select(departments.Department.name)
            .where(departments.Department.code == Complaint.department), Complaint.department), formatter=label),
        Column(QT_TRANSLATE_NOOP("Columns", "状态"), Complaint.state, formatter=_code_label(complaints.STATE_LABELS)),
        Column(QT_TRANSLATE_NOOP("Columns", "处理期限"), Complaint.due_on, "date"),
        Column(QT_TRANSLATE_NOOP("Columns", "逾期"), late, "bool"),
    ]


class ComplaintDialog(Retranslating, QDialog):
    """The upper half of 客户投诉处理表: who, how, what. OK hands the values to ``submit`` (the
    domain call); a refusal stays in the dialog with its field marked and the input kept."""

    def __init__(self, parent: QWidget | None = None, today: date | None = None,
                 submit: Callable[[dict], object] | None = None):
        super().__init__(parent)
        self.submit = submit
        self.result_value = None
        # create
        self.complainant = QLineEdit()
        self.phone = QLineEdit()
        today = today or branch_today()
        self.received_on = DateEdit(_qdate(today), today=lambda: today)
        self.received_on.setMaximumDate(_qdate(today))  # a complaint is received today or before
        self.category = QComboBox()
        for _ in complaints.CATEGORIES:
            self.category.addItem("")
        self.channel = QComboBox()
        for _ in complaints.CHANNELS:
            self.channel.addItem("")
        self.summary = QPlainTextEdit()
        self.summary.setTabChangesFocus(True)
        # lay out (and connect: OK, Enter on the last field and Ctrl+Enter call try_accept)
        self.fields = (self.complainant, self.phone, self.received_on, self.channel, self.category, self.summary)
        self.labels, self.message, self.buttons = form_layout(self, self.fields, self.try_accept)
        self.message.hide()
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("客户投诉处理表"))
        for text_label, text in zip(self.labels, (self.tr("投诉人(&W)"), self.tr("电话(&T)"), self.tr("受理日期(&D)"),
                                                  self.tr("投诉方式(&M)"), self.tr("类别(&K)"), self.tr("投诉内容(&S)"))):
            text_label.setText(text)
        for index, text in enumerate(complaints.CATEGORIES.values()):
            self.category.setItemText(index, label(text))
        for index, text in enumerate(complaints.CHANNELS.values()):
            self.channel.setItemText(index, label(text))

    def values(self) -> dict:
        return dict(complainant=self.complainant.text(), phone=self.phone.text(), summary=self.summary.toPlainText(),
                    received_on=_pydate(self.received_on.date()),
                    category=list(complaints.CATEGORIES)[self.category.currentIndex()],
                    channel=list(complaints.CHANNELS)[self.channel.currentIndex()])

    def try_accept(self) -> None:
        submit_values(self, self.submit, self.values(), self.message, {
            "complaints.complainant_required": self.complainant, "complaints.summary_required": self.summary,
            "complaints.future_date": self.received_on, "complaints.unknown_category": self.category,
            "complaints.unknown_channel": self.channel})

    @classmethod
    def ask(cls, parent: QWidget, today: date, submit: Callable[[dict], object] | None = None):
        """What ``submit(values)`` returned once it went through, or None when cancelled."""
        dialog = cls(parent, today, submit)
        return dialog.result_value if dialog.exec() == QDialog.DialogCode.Accepted else None


class ComplaintsPanel(_Panel):
    def __init__(self, actor, parent: QWidget | None = None, clock: Callable[[], datetime] = branch_now,
                 view: str = "open"):
        super().__init__(actor, clock, parent)
        from common.auth import can

        self.editable = can(actor.user, "callbacks.edit")
        self.can_confirm = can(actor.user, "complaints.confirm")

        # create
        self.view_combo = QComboBox()
        for _ in COMPLAINT_VIEWS:
            self.view_combo.addItem("")
        self.new_button = QPushButton()
        self.confirm_button = QPushButton()
        self.assign_button = QPushButton()
        self.resolve_button = QPushButton()
        self.feedback_button = QPushButton()
        self.close_button = QPushButton()
        self.steps_button = QPushButton()  # the complaint call's six steps (ui/complaint_steps.py)
        self.analysis_button = QPushButton()
        self.model = SqlTableModel(Complaint.select(), complaint_columns(self.today()), self, default_sort=1,
                                   default_order=Qt.SortOrder.DescendingOrder)
        self.list = TableView(self.model, exportable=True)
        from ui.personal_export import export_personal_table  # customers' names and phones: PIPL

        export_personal_table(self.list, self.actor_now, "complaint_list")
        self.analysis = QLabel()
        self.analysis.setWordWrap(True)
        self.analysis.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        # lay out
        bar = QHBoxLayout()
        for widget in (self.view_combo, self.new_button, self.confirm_button, self.assign_button, self.resolve_button,
                       self.feedback_button, self.close_button, self.steps_button, self.analysis_button):
            bar.addWidget(widget)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.message)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.analysis)

        # connect
        self.view_combo.currentIndexChanged.connect(lambda _: self.refresh())
        self.new_button.clicked.connect(self.receive)
        self.confirm_button.clicked.connect(lambda: self._step(complaints.confirm))
        self.assign_button.clicked.connect(self.assign)
        self.resolve_button.clicked.connect(self.resolve)
        self.feedback_button.clicked.connect(self.feed_back)
        self.close_button.clicked.connect(lambda: self._step(complaints.close))
        self.analysis_button.clicked.connect(self.show_analysis)
        self.steps_button.clicked.connect(self.show_steps)
        self.list.activated.connect(lambda _: self.show_steps())

        self.retranslateUi()
        self.view_combo.setCurrentIndex(COMPLAINT_VIEWS.index(view))
        self.refresh()
        for button in (self.new_button, self.assign_button, self.resolve_button, self.feedback_button,
                       self.close_button):
            button.setEnabled(self.editable)
        self.confirm_button.setEnabled(self.can_confirm)
        from ui.style_panel import follow_selection  # the selected complainant's communication style

        self.style_panel = follow_selection(self)

    def retranslateUi(self) -> None:
        for index, text in enumerate((self.tr("未结案"), self.tr("待经理确认"), self.tr("已逾期"), self.tr("全部"))):
            self.view_combo.setItemText(index, text)
        self.new_button.setText(self.tr("登记投诉(&N)"))
        self.confirm_button.setText(self.tr("经理确认(&I)"))
        self.assign_button.setText(self.tr("交部门处理(&A)"))
        self.resolve_button.setText(self.tr("登记处理结果(&R)"))
        self.feedback_button.setText(self.tr("反馈客户(&K)"))
        self.close_button.setText(self.tr("结案(&L)"))
        self.analysis_button.setText(self.tr("本月分析(&M)"))
        self.steps_button.setText(self.tr("处理步骤(&T)"))

    def refresh(self) -> None:
        view = COMPLAINT_VIEWS[self.view_combo.currentIndex()]
        today = self.today()
        where = {"open": Complaint.state != complaints.CLOSED, "to_confirm": Complaint.state == complaints.RECEIVED,
                 "overdue": (Complaint.state != complaints.CLOSED) & (Complaint.due_on < today), "all": None}[view]
        self.model.set_where(where)

    def current_id(self) -> int | None:
        key = self.list.current_key()
        if key is None:
            self.say(self.tr("请先在列表中选中一条投诉。"), error=True)
        return key

    def _done(self, complaint: Complaint) -> str:
        return self.tr("投诉 {number}：{state}").format(number=complaint.number,
                                                     state=label(complaints.STATE_LABELS[complaint.state]))

    def _step(self, action) -> None:
        key = self.current_id()
        if key is not None:
            self.run(lambda: action(self.actor_now(), key), self._done)

    def receive(self) -> None:
        complaint = ComplaintDialog.ask(self, self.today(),
                                        lambda values: complaints.receive(self.actor_now(), **values))
        if complaint is not None:
            self.refresh()
            self.list.select_key(complaint.id)
            self.say(self._done(complaint))

    def assign(self) -> None:
        key = self.current_id()
        if key is None:
            return
        active = list(departments.departments())
        names = [label(department.name) for department in active]
        chosen = self.ask_choice(self, self.tr("交部门处理"), self.tr("处理部门："), names)
        if chosen is not None:
            department = active[chosen].code
            self.run(lambda: complaints.assign(self.actor_now(), key, department), self._done)

    def resolve(self) -> None:
        key = self.current_id()
        if key is None:
            return
        self.prompt(self.tr("处理结果"), self.tr("部门的处理结果(&R)："),
                    lambda values: complaints.resolve(self.actor_now(), key, values["text"]), self._done,
                    multiline=True)

    def feed_back(self) -> None:
        key = self.current_id()
        if key is None:
            return
        answers = [self.tr("客户接受处理结果"), self.tr("客户不接受，退回部门重新处理")]
        self.prompt(self.tr("反馈客户"), self.tr("客户的意见(&O)："),
                    lambda values: complaints.feed_back(self.actor_now(), key, values["text"], values["choice"] == 0),
                    self._done, multiline=True, choices=answers, choice_prompt=self.tr("结果(&S)："))

    def show_steps(self) -> QDialog | None:
        """The complaint call's checklist, its history and printed form, beside the follow-up
        scripts; not modal, so the clerk keeps it open through the call."""
        from ui.complaint_steps import ComplaintStepsDialog

        key = self.current_id()
        if key is None:
            return None
        dialog = ComplaintStepsDialog(self.actor, key, self, clock=self._clock)
        dialog.finished.connect(lambda _: self.refresh())
        dialog.show()
        self.steps_dialog = dialog
        return dialog

    @classmethod
    def ask_choice(cls, parent: QWidget, title: str, prompt: str, options: list[str]) -> int | None:
        text, ok = QInputDialog.getItem(parent, title, prompt, options, 0, False)
        return options.index(text) if ok else None

    def show_analysis(self) -> None:
        result = complaints.monthly_analysis(self.today())

        def named(counts: dict, names: dict) -> str:
            return "，".join(f"{label(names.get(k, k))} {n}" for k, n in sorted(counts.items(), key=lambda kv: -kv[1]))

        average = "—" if result.average_days_to_close is None else f"{result.average_days_to_close:.1f}"
        self.analysis.setText(self.tr(
            "{month}：受理 {received} 件，结案 {closed} 件（其中超期结案 {late} 件），月末逾期未结 {overdue} 件，"
            "平均 {days} 天结案。按类别：{categories}。按部门：{departments}。").format(
            month=f"{result.month:%Y-%m}", received=result.received, closed=result.closed, late=result.closed_late,
            overdue=result.open_overdue, days=average, categories=named(result.by_category, complaints.CATEGORIES) or "—",
            departments=named(result.by_department, {}) or "—"))


# -- statistics -----------------------------------------------------------------------------------

CHART_NAMES = {
    "scores": QT_TRANSLATE_NOOP("ServicePage", "回访评分走势（近12个月）"),
    "churn": QT_TRANSLATE_NOOP("ServicePage", "客户流失（距上次进厂月数）"),
    "value": QT_TRANSLATE_NOOP("ServicePage", "客户价值分类（近12个月产值）"),
    "parts": QT_TRANSLATE_NOOP("ServicePage", "备件出入库（近12个月）"),
}


def translated(series: stats.Series) -> stats.Series:
    """A copy of the series with its domain labels in the current language."""
    return replace(series, title=label(series.title), labels=[label(x) for x in series.labels],
                   columns={label(name): values for name, values in series.columns.items()},
                   table_only={label(name): values for name, values in series.table_only.items()})


class StatsPanel(_Panel):
    def __init__(self, actor, parent: QWidget | None = None, clock: Callable[[], datetime] = branch_now):
        super().__init__(actor, clock, parent)
        self.series: stats.Series | None = None

        # create
        self.chart_combo = QComboBox()
        for _ in CHART_NAMES:
            self.chart_combo.addItem("")
        self.png_button = QPushButton()
        self.xlsx_button = QPushButton()
        self.chart = ChartWidget()

        # lay out
        bar = QHBoxLayout()
        for widget in (self.chart_combo, self.png_button, self.xlsx_button):
            bar.addWidget(widget)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.message)
        layout.addWidget(self.chart, 1)

        # connect
        self.chart_combo.currentIndexChanged.connect(lambda _: self.refresh())
        self.png_button.clicked.connect(self.save_png)
        self.xlsx_button.clicked.connect(self.save_xlsx)

        self.retranslateUi()

    def retranslateUi(self) -> None:
        for index, key in enumerate(CHART_NAMES):
            self.chart_combo.setItemText(index, QCoreApplication.translate("ServicePage", CHART_NAMES[key]))
        self.png_button.setText(self.tr("保存图片(&I)"))
        self.xlsx_button.setText(self.tr("保存数据(&X)"))
        if self.series is not None:
            self.chart.set_series(translated(self.series))

    def chart_key(self) -> str:
        return list(CHART_NAMES)[self.chart_combo.currentIndex()]

    def refresh(self) -> None:
        self.series = stats.CHARTS[self.chart_key()](self.today())
        self.chart.set_series(translated(self.series))

    def showEvent(self, event) -> None:
        if self.series is None:  # charts are computed when first looked at, not at start-up
            self.refresh()
        super().showEvent(event)

    def save_png(self) -> None:
        if self.series is None:
            self.refresh()
        path = self.ask_save_path(self, f"{self.chart_key()}.png", "PNG (*.png)")
        if path:
            self.run(lambda: self.chart.save_png(path), lambda p: self.tr("图片已保存：{path}").format(path=str(p)))

    def save_xlsx(self) -> None:
        if self.series is None:
            self.refresh()
        path = self.ask_save_path(self, f"{self.chart_key()}.xlsx", "Excel (*.xlsx)")
        if path:
            series = translated(self.series)
            self.run(lambda: series.save_xlsx(path, self.tr("项目")),
                     lambda p: self.tr("数据已保存：{path}").format(path=str(p)))


# -- the page and the Today cards -----------------------------------------------------------------

TABS = ("callbacks", "care", "complaints", "stats", "scripts", "rectify")


class ServicePage(Retranslating, QWidget):
    """客服 page: the four tabs. Factory for ui.main_window.PAGES: "ui.callbacks_page:ServicePage"."""

    def __init__(self, context, parent: QWidget | None = None, clock: Callable[[], datetime] = branch_now):
        super().__init__(parent)
        actor = context.actor if hasattr(context, "actor") else context
        self.tabs = QTabWidget()
        self.callbacks = CallbacksPanel(actor, clock=clock)
        self.care = CarePanel(actor, clock=clock)
        self.complaints = ComplaintsPanel(actor, clock=clock)
        self.stats = StatsPanel(actor, clock=clock)
        from ui.rectification_page import RectificationPanel
        from ui.scripts_panel import ScriptLibraryPanel

        self.scripts = ScriptLibraryPanel(actor, clock=clock)
        self.rectify = RectificationPanel(actor, clock=clock)
        for panel in (self.callbacks, self.care, self.complaints, self.stats, self.scripts, self.rectify):
            self.tabs.addTab(panel, "")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        for index, text in enumerate((self.tr("回访(&1)"), self.tr("关怀(&2)"), self.tr("投诉(&3)"), self.tr("统计(&4)"),
                                      self.tr("话术(&5)"), self.tr("整改(&6)"))):
            self.tabs.setTabText(index, text)

    def show_tab(self, key: str) -> None:
        self.tabs.setCurrentIndex(TABS.index(key))


def _rectification_panel(actor, **options) -> QWidget:
    from ui.rectification_page import RectificationPanel  # it imports this module

    return RectificationPanel(actor, **options)


CARD_LISTS = {
    "callbacks_due": (CallbacksPanel, {"view": "due"}),
    "callbacks_overdue": (CallbacksPanel, {"view": "overdue"}),
    "care_birthday": (CarePanel, {"kind": care.BIRTHDAY}),
    "care_festival": (CarePanel, {"kind": care.FESTIVAL}),
    "care_maintenance": (CarePanel, {"kind": care.MAINTENANCE}),
    "care_inspection": (CarePanel, {"kind": care.INSPECTION}),
    "care_insurance": (CarePanel, {"kind": care.INSURANCE}),
    "complaints_to_confirm": (ComplaintsPanel, {"view": "to_confirm"}),
    "complaints_overdue": (ComplaintsPanel, {"view": "overdue"}),
    "rectify_overdue": (_rectification_panel, {"view": "overdue"}),
}


class CardListDialog(QDialog):
    """The list behind a Today card, in a window of its own (the Today page stays as it was)."""

    def __init__(self, actor, key: str, title: str, parent: QWidget | None = None,
                 clock: Callable[[], datetime] = branch_now):
        super().__init__(parent)
        panel_class, options = CARD_LISTS[key]
        self.panel = panel_class(actor, clock=clock, **options)
        QVBoxLayout(self).addWidget(self.panel)
        self.setWindowTitle(title)
        self.resize(1000, 600)


def open_list(parent: QWidget, key: str, title: str = "", clock: Callable[[], datetime] = branch_now) -> QDialog:
    """Open the list of a Today card (``parent`` has ``.actor``). Not modal: the clerk works the
    list and the Today page refreshes its counts when she comes back."""
    dialog = CardListDialog(parent.actor, key, title, parent, getattr(parent, "_clock", clock))
    dialog.show()
    return dialog
