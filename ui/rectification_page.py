"""整改: the 客服 page's rectification tab (archive.rectification).

A list of improvement items (``SqlTableModel`` over ``rectification``) with its views (not
closed, overdue, opened this month, all); 开立整改 opens ``OpenItemDialog`` over the low scores and
closed complaints that have no item yet; 登记措施, 回访验证 and 经理检查 are one domain call each;
输出月报 writes the month's list by department (PDF or xlsx); the manager sets the threshold and
adds departments. Refusals go to the tab's message line, or stay in the dialog with the field
marked. Labels the domain keeps in Chinese are translated through "ServiceLabels".
"""
from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Callable

from peewee import Case
from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPlainTextEdit, QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from archive import rectification as rz
from archive.departments import NAME_MAX
from archive.rectification import Department, Rectification
from common.clock import branch_now
from ui.callbacks_page import _Panel, _pydate, _qdate, label
from ui.date_edit import DateEdit
from ui.forms import keyboard_form, refuse, set_invalid, submit_values
from ui.scripts_panel import message_and_buttons
from ui.table_model import Column, SqlTableModel, TableView

VIEWS = ("open", "overdue", "month", "all")


def _code_label(mapping: dict) -> Callable[[str], str]:
    return lambda code: label(mapping.get(code, code or ""))


def columns(today: date) -> list[Column]:
    late = Case(None, [((Rectification.state != rz.VERIFIED) & (Rectification.due_on < today), True)], False)
    return [
        Column(QT_TRANSLATE_NOOP("Columns", "编号"), Rectification.number),
        Column(QT_TRANSLATE_NOOP("Columns", "来源"), Rectification.source, formatter=_code_label(rz.SOURCE_LABELS)),
        Column(QT_TRANSLATE_NOOP("Columns", "部门"), Department.name, formatter=label),
        Column(QT_TRANSLATE_NOOP("Columns", "问题"), Rectification.problem),
        Column(QT_TRANSLATE_NOOP("Columns", "负责人"), Rectification.owner),
        Column(QT_TRANSLATE_NOOP("Columns", "开立日期"), Rectification.opened_on, "date"),
        Column(QT_TRANSLATE_NOOP("Columns", "整改期限"), Rectification.due_on, "date"),
        Column(QT_TRANSLATE_NOOP("Columns", "状态"), Rectification.state, formatter=_code_label(rz.STATE_LABELS)),
        Column(QT_TRANSLATE_NOOP("Columns", "整改措施"), Rectification.action),
        Column(QT_TRANSLATE_NOOP("Columns", "验证"), Rectification.verify_note),
        Column(QT_TRANSLATE_NOOP("Columns", "逾期"), late, "bool"),
    ]


def _pick_list() -> QTableWidget:
    """A read-only list a dialog picks one row of."""
    table = QTableWidget()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().hide()
    return table


class OpenItemDialog(QDialog):
    """开立整改项: choose a low score or a closed complaint, the department, owner, due date and
    the problem. OK hands the values to ``submit``; a refusal stays here, the field marked."""

    def __init__(self, today: date, parent: QWidget | None = None, submit: Callable[[dict], object] | None = None):
        super().__init__(parent)
        self.submit = submit
        self.result_value = None
        self.found = rz.candidates(today)
        self.departments = list(rz.departments())
        # create
        self.threshold_note = QLabel()
        self.list = _pick_list()
        self.department = QComboBox()
        for department in self.departments:
            self.department.addItem(label(department.name))
        self.owner = QLineEdit()
        self.owner.setMaxLength(rz.OWNER_MAX)
        self.due_on = DateEdit(_qdate(today + timedelta(days=rz.DEFAULT_DAYS)), today=lambda: today)
        self.due_on.setCalendarPopup(True)
        self.problem = QPlainTextEdit()
        self.problem.setTabChangesFocus(True)
        self.problem.setMaximumHeight(self.fontMetrics().lineSpacing() * 5)
        self.labels = [QLabel() for _ in range(4)]
        self.message, self.buttons = message_and_buttons()
        # lay out
        form = QFormLayout()
        for text_label, field in zip(self.labels, (self.department, self.owner, self.due_on, self.problem)):
            text_label.setBuddy(field)
            form.addRow(text_label, field)
        layout = QVBoxLayout(self)
        layout.addWidget(self.threshold_note)
        layout.addWidget(self.list, 1)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.resize(self.fontMetrics().averageCharWidth() * 110, self.fontMetrics().height() * 34)
        # connect
        self.list.itemSelectionChanged.connect(self._chosen)
        self.keys = keyboard_form(self, self.try_accept, self.message)
        self.buttons.accepted.connect(self.keys.submit)
        self.buttons.rejected.connect(self.reject)
        self.retranslateUi()
        if self.found:
            self.list.selectRow(0)

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("开立整改项"))
        self.threshold_note.setText(self.tr("近 {days} 天回访中 {limit} 分及以下（10 分制）的评分和已结案的投诉，"
                                            "尚未开立整改项的 {n} 项：").format(
            days=rz.CANDIDATE_DAYS, limit=rz.threshold(), n=len(self.found)))
        for text_label, text in zip(self.labels, (self.tr("整改部门(&D)"), self.tr("负责人(&O)"), self.tr("整改期限(&U)"),
                                                  self.tr("问题(&P)"))):
            text_label.setText(text)
        headers = [self.tr("日期"), self.tr("来源"), self.tr("客户"), self.tr("车牌号"), self.tr("项目"), self.tr("得分"),
                   self.tr("内容")]
        self.list.setColumnCount(len(headers))
        self.list.setHorizontalHeaderLabels(headers)
        self.list.setRowCount(len(self.found))
        for r, c in enumerate(self.found):
            score = f"{c.score}/{c.scale_max}" if c.score is not None else ""
            values = (c.day.isoformat(), label(rz.SOURCE_LABELS[c.source]), c.customer, c.plate, label(c.item_label),
                      score, c.problem)
            for column, value in enumerate(values):
                self.list.setItem(r, column, QTableWidgetItem(value))
        self.list.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.list.horizontalHeader().setStretchLastSection(True)

    def chosen(self) -> rz.Candidate | None:
        rows = self.list.selectionModel().selectedRows()
        return self.found[rows[0].row()] if rows else None

    def _chosen(self) -> None:
        candidate = self.chosen()
        if candidate is None:
            return
        codes = [d.code for d in self.departments]
        if candidate.department in codes:
            self.department.setCurrentIndex(codes.index(candidate.department))
        if candidate.source == rz.CALLBACK:
            text = f"{label(candidate.item_label)} {candidate.score}/{candidate.scale_max}"
            self.problem.setPlainText(text + (f"：{candidate.problem}" if candidate.problem else ""))
        else:
            self.problem.setPlainText(candidate.problem)

    def values(self) -> dict:
        department = self.departments[self.department.currentIndex()].code if self.departments else ""
        return dict(candidate=self.chosen(), department=department, owner=self.owner.text(),
                    due_on=_pydate(self.due_on.date()), problem=self.problem.toPlainText())

    def try_accept(self) -> None:
        if self.chosen() is None:
            self.message.setText(self.tr("请先在列表中选中一项低分或投诉。"))
            self.message.show()
            self.list.setFocus()
            return
        submit_values(self, self.submit, self.values(), self.message, {
            "rectify.owner_required": self.owner, "rectify.owner_too_long": self.owner,
            "rectify.problem_required": self.problem, "rectify.due_in_past": self.due_on,
            "rectify.unknown_department": self.department, "rectify.department_retired": self.department})

    @classmethod
    def ask(cls, parent: QWidget, today: date, submit: Callable[[dict], object]):
        dialog = cls(today, parent, submit)
        return dialog.result_value if dialog.exec() == QDialog.DialogCode.Accepted else None


def open_item(actor, values: dict) -> Rectification:
    """The domain call behind OpenItemDialog's OK."""
    candidate = values["candidate"]
    options = dict(department=values["department"], owner=values["owner"], due_on=values["due_on"],
                   problem=values["problem"])
    if candidate.source == rz.CALLBACK:
        return rz.open_from_score(actor, candidate.source_id, candidate.item, **options)
    return rz.open_from_complaint(actor, candidate.source_id, **options)


class DepartmentsDialog(QDialog):
    """部门: the departments complaints and improvement items go to (the manager's). Add one, or
    rename / retire / reinstate the one selected; each change is one domain call (audited), a
    refusal said here with the typed name kept. Esc or 关闭 closes."""

    def __init__(self, actor_now: Callable[[], object], parent: QWidget | None = None):
        super().__init__(parent)
        self.actor_now = actor_now
        self.rows: list[Department] = []
        # create
        self.list = _pick_list()
        self.name_label = QLabel()
        self.name = QLineEdit()
        self.name.setMaxLength(NAME_MAX)
        self.name_label.setBuddy(self.name)
        self.add_button = QPushButton()
        self.rename_button = QPushButton()
        self.retire_button = QPushButton()
        for button in (self.add_button, self.rename_button, self.retire_button):
            button.setAutoDefault(False)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        # lay out
        row = QHBoxLayout()
        row.addWidget(self.name_label)
        row.addWidget(self.name, 1)
        for button in (self.add_button, self.rename_button, self.retire_button):
            row.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.resize(self.fontMetrics().averageCharWidth() * 80, self.fontMetrics().height() * 24)
        # connect
        self.list.itemSelectionChanged.connect(self._chosen)
        self.add_button.clicked.connect(self.add)
        self.rename_button.clicked.connect(self.rename)
        self.retire_button.clicked.connect(self.retire)
        self.buttons.rejected.connect(self.reject)
        self.retranslateUi()
        self.reload()

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("部门维护"))
        self.name_label.setText(self.tr("名称(&N)"))
        self.add_button.setText(self.tr("新增(&A)"))
        self.rename_button.setText(self.tr("改名(&R)"))
        self.list.setColumnCount(2)
        self.list.setHorizontalHeaderLabels([self.tr("部门"), self.tr("状态")])
        self._chosen()

    def reload(self, keep: int | None = None) -> None:
        self.rows = list(rz.departments(active_only=False))
        self.list.setRowCount(len(self.rows))
        for r, department in enumerate(self.rows):
            self.list.setItem(r, 0, QTableWidgetItem(label(department.name)))
            self.list.setItem(r, 1, QTableWidgetItem(self.tr("使用中") if department.active else self.tr("已停用")))
        self.list.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.list.horizontalHeader().setStretchLastSection(True)
        ids = [d.id for d in self.rows]
        if keep in ids:
            self.list.selectRow(ids.index(keep))
        self._chosen()

    def chosen(self) -> Department | None:
        rows = self.list.selectionModel().selectedRows()
        return self.rows[rows[0].row()] if rows else None

    def _chosen(self) -> None:
        department = self.chosen()
        self.rename_button.setEnabled(department is not None)
        self.retire_button.setEnabled(department is not None)
        retired = department is not None and not department.active
        self.retire_button.setText(self.tr("恢复(&S)") if retired else self.tr("停用(&S)"))
        if department is not None and self.sender() is self.list:
            self.name.setText(department.name)

    def _save(self, save: Callable[[], Department], said: Callable[[Department], str]) -> None:
        from ui.runner import run_op

        def done(department: Department) -> None:
            set_invalid(self.name, False)  # an earlier refusal's mark, once a change went through
            self.reload(department.id)

        run_op(self, save, success=said, on_done=done,
               on_refused=lambda refusal: refuse(refusal, self.message, lambda _: self.name),
               message_line=self.message)

    def add(self) -> None:
        self._save(lambda: rz.save_department(self.actor_now(), self.name.text()),
                   lambda department: self.tr("已新增部门“{name}”。").format(name=department.name))

    def rename(self) -> None:
        department = self.chosen()
        if department is not None:
            self._save(lambda: rz.save_department(self.actor_now(), self.name.text(), code=department.code,
                                                  active=department.active),
                       lambda renamed: self.tr("部门已改名为“{name}”。").format(name=renamed.name))

    def retire(self) -> None:
        department = self.chosen()
        if department is not None:
            self._save(lambda: rz.save_department(self.actor_now(), department.name, code=department.code,
                                                  active=not department.active),
                       lambda changed: (self.tr("部门“{name}”已恢复使用。") if changed.active else
                                        self.tr("部门“{name}”已停用：已有的投诉和整改项保留，不再接新的。"))
                       .format(name=changed.name))

    @classmethod
    def ask(cls, parent: QWidget, actor_now: Callable[[], object]) -> None:
        cls(actor_now, parent).exec()


class RectificationPanel(_Panel):
    def __init__(self, actor, parent: QWidget | None = None, clock: Callable[[], datetime] = branch_now,
                 view: str = "open"):
        super().__init__(actor, clock, parent)
        from common.auth import can

        self.editable = can(actor.user, "rectify.edit")
        self.manages = can(actor.user, "rectify.manage")
        # create
        self.view_combo = QComboBox()
        for _ in VIEWS:
            self.view_combo.addItem("")
        self.open_button = QPushButton()
        self.act_button = QPushButton()
        self.verify_button = QPushButton()
        self.check_button = QPushButton()
        self.month = DateEdit(_qdate(self.today()), today=self.today)
        self.report_button = QPushButton()
        self.threshold_button = QPushButton()
        self.department_button = QPushButton()
        self.model = SqlTableModel(Rectification.select().join(Department), columns(self.today()), self,
                                   default_sort=6)
        self.list = TableView(self.model)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.source_note = QLabel()  # how the selected item gets verified, when only one way is open
        self.source_note.setWordWrap(True)
        self.source_note.hide()
        # lay out
        bar = QHBoxLayout()
        for widget in (self.view_combo, self.open_button, self.act_button, self.verify_button, self.check_button):
            bar.addWidget(widget)
        bar.addStretch(1)
        reports = QHBoxLayout()
        for widget in (self.month, self.report_button, self.threshold_button, self.department_button):
            reports.addWidget(widget)
        reports.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addLayout(reports)
        layout.addWidget(self.message)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.source_note)
        layout.addWidget(self.summary)
        # connect
        self.view_combo.currentIndexChanged.connect(lambda _: self.refresh())
        self.open_button.clicked.connect(self.open_item)
        self.act_button.clicked.connect(self.act)
        self.verify_button.clicked.connect(self.verify_by_callback)
        self.check_button.clicked.connect(self.check)
        self.report_button.clicked.connect(self.write_list)
        self.threshold_button.clicked.connect(self.set_threshold)
        self.department_button.clicked.connect(self.manage_departments)
        self.list.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_source())
        self.retranslateUi()
        self.view_combo.setCurrentIndex(VIEWS.index(view))
        self.refresh()
        for button in (self.open_button, self.act_button):
            button.setEnabled(self.editable)
        for button in (self.check_button, self.threshold_button, self.department_button):
            button.setEnabled(self.manages)

    def retranslateUi(self) -> None:
        for index, text in enumerate((self.tr("未关闭"), self.tr("已逾期"), self.tr("本月开立"), self.tr("全部"))):
            self.view_combo.setItemText(index, text)
        self.open_button.setText(self.tr("开立整改(&O)"))
        self.act_button.setText(self.tr("登记措施(&A)"))
        self.verify_button.setText(self.tr("回访验证(&Y)"))
        self.check_button.setText(self.tr("经理检查(&K)"))
        self.report_button.setText(self.tr("输出整改月报(&P)"))
        self.threshold_button.setText(self.tr("低分线(&T)"))
        self.department_button.setText(self.tr("部门(&D)"))
        self.month.setToolTip(self.tr("输出这一天所在月份的整改月报"))
        self._summarise()

    def refresh(self) -> None:
        if not hasattr(self, "model"):
            return
        view = VIEWS[self.view_combo.currentIndex()]
        today = self.today()
        where = {"open": Rectification.state != rz.VERIFIED,
                 "overdue": (Rectification.state != rz.VERIFIED) & (Rectification.due_on < today),
                 "month": Rectification.opened_on >= today.replace(day=1), "all": None}[view]
        self.model.set_where(where)
        self._summarise()
        self._show_source()

    def _show_source(self) -> None:
        """An item from a complaint has no later callback to verify it: only the manager's check
        closes it. Said beside the list, and 回访验证 is off for it."""
        if not hasattr(self, "source_note"):
            return
        index = self.list.table.currentIndex()
        key = self.model.key(index.row()) if index.isValid() else None
        row = Rectification.get_or_none(Rectification.id == key) if key is not None else None
        from_complaint = row is not None and row.source == rz.COMPLAINT
        self.verify_button.setEnabled(self.editable and not from_complaint)
        if from_complaint and row.state != rz.VERIFIED:
            self.source_note.setText(self.tr("整改项 {number} 来自投诉结案，没有下次回访可验证：登记措施后由客服经理用“经理检查”验证关闭。")
                                     .format(number=row.number))
        self.source_note.setVisible(from_complaint and row.state != rz.VERIFIED)

    def _summarise(self) -> None:
        if not hasattr(self, "summary"):
            return
        first = self.today().replace(day=1)
        figures = rz.month_summary(first, self.today())
        departments = self.tr("，").join(f"{label(name)} {counts['opened']}/{counts['closed']}/{counts['overdue']}"
                                for name, counts in figures["by_department"].items())
        self.summary.setText(self.tr("本月开立 {opened} 项，验证关闭 {closed} 项，逾期未关闭 {overdue} 项；低分线 {limit} 分。"
                                     "按部门（开立/关闭/逾期）：{departments}").format(
            opened=figures["opened"], closed=figures["closed"], overdue=figures["overdue"], limit=rz.threshold(),
            departments=departments or "—"))

    def current_id(self) -> int | None:
        key = self.list.current_key()
        if key is None:
            self.say(self.tr("请先在列表中选中一个整改项。"), error=True)
        return key

    def _done(self, row: Rectification) -> str:
        return self.tr("整改项 {number}：{state}").format(number=row.number, state=label(rz.STATE_LABELS[row.state]))

    def open_item(self) -> None:
        created = OpenItemDialog.ask(self, self.today(), lambda values: open_item(self.actor_now(), values))
        if created is not None:
            self.refresh()
            self.list.select_key(created.id)
            self.say(self._done(created) + " " + self.tr("（{department}，负责人 {owner}，期限 {due}）").format(
                department=label(created.department.name), owner=created.owner, due=created.due_on.isoformat()))

    def act(self) -> None:
        key = self.current_id()
        if key is not None:
            self.prompt(self.tr("整改措施"), self.tr("部门采取的整改措施(&A)："),
                        lambda values: rz.act(self.actor_now(), key, values["text"]), self._done, multiline=True)

    def verify_by_callback(self) -> None:
        key = self.current_id()
        if key is not None:
            self.run(lambda: rz.verify(self.actor_now(), key, rz.BY_CALLBACK), self._done)

    def check(self) -> None:
        key = self.current_id()
        if key is not None:
            self.prompt(self.tr("经理检查"), self.tr("检查时看到的情况(&N)："),
                        lambda values: rz.verify(self.actor_now(), key, rz.BY_MANAGER, values["text"]), self._done,
                        multiline=True)

    def set_threshold(self) -> None:
        def submit(values):
            text = values["text"].strip()
            value = int(text) if text.isdigit() else text
            return rz.set_threshold(self.actor_now(), value)

        self.prompt(self.tr("低分线"), self.tr("这个分数及以下（10 分制）的回访评分需要整改(&S)："), submit,
                    lambda value: self.tr("低分线已设为 {value} 分。").format(value=value), text=str(rz.threshold()))

    def manage_departments(self) -> None:
        DepartmentsDialog.ask(self, self.actor_now)
        self.refresh()

    def write_list(self) -> None:
        if self.month.problem():
            self.say(self.month.problem(), error=True)
            self.month.setFocus()
            return
        month = _pydate(self.month.date()).replace(day=1)
        path = self.ask_save_path(self, f"整改跟踪月报-{month:%Y%m}.pdf", "PDF (*.pdf);;Excel (*.xlsx)")
        if not path:
            return
        # Read here: the list is written off the GUI thread, which must not touch widgets.
        now, printed_by, actor = self._clock(), self.actor.user.display_name, self.actor.at(self._clock())
        self.run(lambda: rz.write_month_list(path, month, printed_at=now, printed_by=printed_by, actor=actor),
                 lambda written: self.tr("整改月报已保存：{path}").format(path=str(written)), long=True,
                 message=self.tr("正在输出整改月报…"))
