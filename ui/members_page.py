"""会员: the owner's club (archive.members): the member list with its filters, enrolment, renewal,
benefits used, the member card and list PDFs, the xlsx export, and the manager's rules (member
levels and the customer value classes of archive.value).

Data model: the list is a lazy ``SqlTableModel`` over ``club_member`` joined with ``customer``;
the filter row becomes one SQL condition (``members.filter_condition``). The selected member's
value class, lifetime value, benefits and the benefits used are read when the selection moves.
Every action is one domain call through the shared runner; a refusal goes to the page's (or the
dialog's) message line, and a dialog stays open with the field marked and what was typed kept.
Blocking dialogs and the file dialog are reached through ``ask()`` classmethods tests replace.
"""
from __future__ import annotations

from datetime import date, datetime
from typing import Callable

from PySide6.QtCore import QCoreApplication, QDate, QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QGroupBox, QHBoxLayout,
    QHeaderView,
    QLabel, QLineEdit, QPushButton, QSpinBox, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from archive import members, value
from archive.members import ClubMember, MemberFilter
from archive.models import Customer
from common.auth import can
from common.clock import branch_now
from ui.date_edit import DateEdit
from ui.forms import field_named_in, form_layout, mark_invalid, refuse, submit_values
from ui.messages_members import class_name, data_name, fill_class_combo
from ui.retranslate import Retranslating
from ui.runner import run_op, show_message
from ui.table_model import Column, SqlTableModel, TableView, format_money

CONTEXT = "MembersPage"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _level_name(code: str) -> str:
    return data_name(members.level_name(code))


RENEWAL_NAMES = {"": QT_TRANSLATE_NOOP("MembersPage", "全部"), "active": QT_TRANSLATE_NOOP("MembersPage", "有效"),
                 "due": QT_TRANSLATE_NOOP("MembersPage", "待续期"), "lapsed": QT_TRANSLATE_NOOP("MembersPage", "已到期")}


def member_columns(today: Callable[[], date]) -> list[Column]:
    def state(due) -> str:
        day = due if isinstance(due, date) else date.fromisoformat(str(due)[:10])
        return _tr("已到期") if day < today() else _tr("有效")

    return [
        Column(QT_TRANSLATE_NOOP("Columns", "会员号"), ClubMember.seq, formatter=members.member_number, searchable=False),
        Column(QT_TRANSLATE_NOOP("Columns", "姓名"), Customer.name),
        Column(QT_TRANSLATE_NOOP("Columns", "电话"), Customer.phone),
        Column(QT_TRANSLATE_NOOP("Columns", "等级"), ClubMember.level, formatter=_level_name, searchable=False),
        Column(QT_TRANSLATE_NOOP("Columns", "入会日期"), ClubMember.joined_on, "date"),
        Column(QT_TRANSLATE_NOOP("Columns", "续期日"), ClubMember.renewal_due, "date"),
        Column(QT_TRANSLATE_NOOP("Columns", "状态"), ClubMember.renewal_due, formatter=state, searchable=False),
        Column(QT_TRANSLATE_NOOP("Columns", "地址"), Customer.address),
    ]


class MembersPage(Retranslating, QWidget):
    def __init__(self, context, parent: QWidget | None = None, clock: Callable[[], datetime] = branch_now):
        super().__init__(parent)
        self.context = context
        self.actor = context.actor
        self._clock = clock
        self.editable = can(self.actor.user, "members.edit")
        self.rules_allowed = can(self.actor.user, "members.rules") or can(self.actor.user, "value.rules")

        # create
        self.level = QComboBox()
        self.renewal = QComboBox()
        self.value_class = QComboBox()
        self.city = QLineEdit()
        self.model_text = QLineEdit()
        self.filter_labels = [QLabel() for _ in range(5)]
        query = ClubMember.select(ClubMember, Customer).join(Customer)
        self.model = SqlTableModel(query, member_columns(self.today), self, default_sort=0)
        self.view = TableView(self.model)
        self.enrol_button = QPushButton()
        self.renew_button = QPushButton()
        self.benefit_button = QPushButton()
        self.card_button = QPushButton()
        self.list_button = QPushButton()
        self.export_button = QPushButton()
        self.rules_button = QPushButton()
        for button in (self.enrol_button, self.renew_button, self.benefit_button):
            button.setEnabled(self.editable)
        self.rules_button.setVisible(self.rules_allowed)
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message = QLabel()
        self.message.setWordWrap(True)

        # lay out
        filters = QHBoxLayout()
        for label, widget in zip(self.filter_labels, (self.level, self.renewal, self.value_class, self.city,
                                                       self.model_text)):
            label.setBuddy(widget)
            filters.addWidget(label)
            filters.addWidget(widget, 1)
        buttons = QHBoxLayout()
        for button in (self.enrol_button, self.renew_button, self.benefit_button, self.card_button,
                       self.list_button, self.export_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.rules_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addLayout(filters)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.detail)
        layout.addWidget(self.message)

        # connect
        for combo in (self.level, self.renewal, self.value_class):
            combo.currentIndexChanged.connect(lambda *_: self.apply_filters())
        for line in (self.city, self.model_text):
            line.returnPressed.connect(self.apply_filters)
            line.editingFinished.connect(self.apply_filters)
        self.enrol_button.clicked.connect(self.enrol)
        self.renew_button.clicked.connect(self.renew)
        self.benefit_button.clicked.connect(self.use_benefit)
        self.card_button.clicked.connect(self.print_card)
        self.list_button.clicked.connect(self.print_list)
        self.export_button.clicked.connect(self.export)
        self.rules_button.clicked.connect(self.edit_rules)
        self.view.table.selectionModel().selectionChanged.connect(lambda *_: self.show_detail())

        self.retranslateUi()

    # -- texts ------------------------------------------------------------------------------------

    def retranslateUi(self) -> None:
        texts = (self.tr("等级(&T)"), self.tr("续期(&W)"), self.tr("价值类别(&C)"), self.tr("地区(&A)"),
                 self.tr("车型(&M)"))
        for label, text in zip(self.filter_labels, texts):
            label.setText(text)
        self.enrol_button.setText(self.tr("入会(&E)…"))
        self.renew_button.setText(self.tr("续期(&R)"))
        self.benefit_button.setText(self.tr("登记权益使用(&U)…"))
        self.card_button.setText(self.tr("打印会员证(&P)…"))
        self.list_button.setText(self.tr("会员名单 PDF(&L)…"))
        self.export_button.setText(self.tr("导出 Excel(&X)…"))
        self.rules_button.setText(self.tr("等级与分类规则(&G)…"))
        self.city.setPlaceholderText(self.tr("如 洛阳"))
        self.model_text.setPlaceholderText(self.tr("如 迈腾"))
        self.view.filter.setPlaceholderText(self.tr("按会员号、姓名或电话筛选"))
        self._fill_combos()
        self.show_detail()

    def _fill_combos(self) -> None:
        fill_class_combo(self.value_class, self.tr("全部"))
        current = (self.level.currentData(), self.renewal.currentData())
        for combo in (self.level, self.renewal):
            combo.blockSignals(True)
            combo.clear()
        self.level.addItem(self.tr("全部"), "")
        for level in members.rules().levels:
            self.level.addItem(data_name(level.name), level.code)
        for code, text in RENEWAL_NAMES.items():
            self.renewal.addItem(_tr(text), code)
        for combo, data in zip((self.level, self.renewal), current):
            index = combo.findData(data if data is not None else "")
            combo.setCurrentIndex(max(0, index))
            combo.blockSignals(False)

    # -- reading ----------------------------------------------------------------------------------

    def _actor(self):
        return self.actor.at(self._clock())

    def today(self) -> date:
        return self._clock().date()

    def filters(self) -> MemberFilter:
        return MemberFilter(level=self.level.currentData() or "", renewal=self.renewal.currentData() or "",
                            value_class=self.value_class.currentData() or "", city=self.city.text(),
                            model=self.model_text.text(), text=self.view.filter.text())

    def apply_filters(self) -> None:
        # The text box is the table's own filter (SqlTableModel.set_filter); the rest is one condition.
        chosen = MemberFilter(**{**self.filters().__dict__, "text": ""})
        self.model.set_where(members.filter_condition(self.today(), chosen))
        self.show_detail()

    def refresh(self) -> None:
        self.model.refresh()
        self.show_detail()

    def selected_member(self) -> ClubMember | None:
        keys = self.view.selected_keys()
        key = keys[0] if keys else self.view.current_key()
        return ClubMember.get_or_none(ClubMember.id == key) if key is not None else None

    def show_detail(self) -> None:
        member = self.selected_member()
        for button in (self.renew_button, self.benefit_button):
            button.setEnabled(self.editable and member is not None)
        self.card_button.setEnabled(member is not None)
        if member is None:
            self.detail.setText(self.tr("共 {count} 位会员。选中一位会员查看其价值与权益。").format(
                count=self.model.rowCount()))
            return
        today = self.today()
        found = value.customer_values(today, [member.customer_id]).get(member.customer_id)
        level = next((item for item in members.rules().levels if item.code == member.level), None)
        used = list(members.benefit_uses(member.number).limit(5))
        used_text = self.tr("；").join(self.tr("{day} {benefit}（{by}）").format(
            day=use.used_on.isoformat(), benefit=data_name(use.benefit), by=use.recorded_by.display_name)
            for use in used) or self.tr("尚未使用")
        self.detail.setText(self.tr(
            "{number} {name}　{level}　续期日 {due}\n价值类别 {klass}　终身价值 {lifetime} 元（单次 {average} 元 × 终身 "
            "{purchases} 次）\n权益：{benefits}\n最近使用：{used}").format(
            number=member.number, name=member.customer.name, level=_level_name(member.level),
            due=member.renewal_due.isoformat(), klass=class_name(found.klass if found else value.SMALL),
            lifetime=format_money(found.lifetime_value_fen if found else 0),
            average=format_money(found.average_amount_fen if found else 0),
            purchases=found.lifetime_purchases if found else 0,
            benefits=self.tr("、").join(data_name(b) for b in level.benefits) if level and level.benefits else "—",
            used=used_text))

    # -- actions ----------------------------------------------------------------------------------

    def enrol(self) -> None:
        actor = self._actor

        def submit(values):
            return members.enrol(actor(), values["customer_id"], level=values["level"] or None,
                                 joined_on=values["joined_on"], note=values["note"])

        member = EnrolDialog.ask(self, submit, self.today())
        if member is None:
            return
        self.refresh()
        self.view.select_key(member.id)
        self.show_detail()
        show_message(self.message, self.tr("{name} 已入会：会员号 {number}，等级 {level}，续期日 {due}。").format(
            name=member.customer.name, number=member.number, level=_level_name(member.level),
            due=member.renewal_due.isoformat()), error=False)

    def renew(self) -> None:
        member = self.selected_member()
        if member is None:
            return
        actor = self._actor()
        run_op(self, lambda: members.renew(actor, member.number), message_line=self.message,
               success=lambda renewed: self.tr("会员 {number} 已续期至 {due}，等级 {level}。").format(
                   number=renewed.number, due=renewed.renewal_due.isoformat(),
                   level=_level_name(renewed.level)),
               on_done=lambda renewed: self._reselect(renewed.id))

    def _reselect(self, member_id: int) -> None:
        self.model.refresh()
        self.view.select_key(member_id)
        self.show_detail()

    def use_benefit(self) -> None:
        member = self.selected_member()
        if member is None:
            return
        level = next((item for item in members.rules().levels if item.code == member.level), None)
        actor = self._actor

        def submit(values):
            return members.use_benefit(actor(), member.number, values["benefit"], values["used_on"], values["note"])

        use = BenefitDialog.ask(self, submit, level.benefits if level else (), self.today())
        if use is None:
            return
        self._reselect(member.id)
        show_message(self.message, self.tr("已登记：会员 {number} {day} 使用“{benefit}”。").format(
            number=member.number, day=use.used_on.isoformat(), benefit=data_name(use.benefit)), error=False)

    def print_card(self) -> None:
        member = self.selected_member()
        if member is None:
            return
        path = self.ask_save_path(self, self.tr("会员证-{number}.pdf").format(number=member.number), "PDF (*.pdf)")
        if not path:
            return
        actor = self._actor()
        run_op(self, lambda: members.print_card(actor, member.number, path, actor.now), message_line=self.message,
               success=lambda pages: self.tr("已写入 {path}（{pages} 页）。").format(path=path, pages=pages))

    def print_list(self) -> None:
        path = self.ask_save_path(self, self.tr("会员名单.pdf"), "PDF (*.pdf)")
        if not path:
            return
        actor, filters = self._actor(), self.filters()
        run_op(self, lambda: members.print_list(actor, actor.today, filters, path, actor.now),
               message_line=self.message, long=True, message=self.tr("正在生成会员名单…"),
               success=lambda pages: self.tr("已写入 {path}（{pages} 页）。").format(path=path, pages=pages))

    def export(self) -> None:
        path = self.ask_save_path(self, self.tr("会员名单.xlsx"), self.tr("Excel 工作簿 (*.xlsx)"))
        if not path:
            return
        actor, filters = self._actor(), self.filters()
        run_op(self, lambda: members.export_xlsx(actor, actor.today, filters, path), message_line=self.message,
               long=True, message=self.tr("正在导出会员名单…"),
               success=lambda rows: self.tr("已导出 {rows} 位会员到 {path}。").format(rows=rows, path=path))

    def edit_rules(self) -> None:
        actor = self._actor

        def submit(values):
            # Both checked before either is stored: a bad level leaves the value rules unsaved too.
            member_rules = members.validate_rules(values["members"])
            value_rules = value.validate_rules(values["value"])
            return value.set_rules(actor(), value_rules), members.set_rules(actor(), member_rules)

        saved = RulesDialog.ask(self, submit, value.rules(), members.rules())
        if saved is None:
            return
        self._fill_combos()
        self.apply_filters()
        show_message(self.message, self.tr("已保存等级与分类规则。"), error=False)

    @classmethod
    def ask_save_path(cls, parent: QWidget, suggested: str, filters: str) -> str | None:
        """The file dialog seam (tests replace it)."""
        path, _ = QFileDialog.getSaveFileName(parent, _tr("保存"), suggested, filters)
        return path or None


# -- dialogs --------------------------------------------------------------------------------------

class EnrolDialog(Retranslating, QDialog):
    """客户 (typed: name, phone, archive number, plate or VIN; matches listed to pick), 等级 (by the
    rules, or a level the customer qualifies for), 入会日期, 备注."""

    def __init__(self, parent: QWidget | None, submit, today: date):
        super().__init__(parent)
        self.submit = submit
        self.actor = getattr(parent, "actor", None)  # the page's user: the search reads as them
        self.result_value = None
        self.search = QLineEdit()
        self.customer = QComboBox()
        self.level = QComboBox()
        self.joined_on = DateEdit(_qdate(today))
        self.joined_on.setDisplayFormat("yyyy-MM-dd")
        self.note = QLineEdit()
        self.fields = (self.search, self.customer, self.level, self.joined_on, self.note)
        self.labels, self.message, self.buttons = form_layout(self, self.fields, self.try_accept)
        self.search.textChanged.connect(self.find_customers)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("会员入会"))
        texts = (self.tr("查找客户(&F)"), self.tr("客户(&C)"), self.tr("等级(&L)"), self.tr("入会日期(&D)"),
                 self.tr("备注(&N)"))
        for label, text in zip(self.labels, texts):
            label.setText(text)
        self.search.setPlaceholderText(self.tr("姓名、拼音、电话、档案编号、车牌或车架号"))
        current = self.level.currentData()
        self.level.clear()
        self.level.addItem(self.tr("按等级规则"), "")
        for level in members.rules().levels:
            self.level.addItem(data_name(level.name), level.code)
        self.level.setCurrentIndex(max(0, self.level.findData(current if current is not None else "")))

    def find_customers(self, text: str) -> None:
        from archive.search import search

        self.customer.clear()
        if len(text.strip()) < 1:
            return
        seen = set()
        for hit in search(self.actor, text, limit=30):
            if hit.customer_id in seen:
                continue
            seen.add(hit.customer_id)
            extra = " ".join(part for part in (hit.archive_number, hit.phone, hit.model) if part)
            self.customer.addItem(f"{hit.customer_name}  {extra}", hit.customer_id)

    def values(self) -> dict:
        return {"customer_id": self.customer.currentData(), "level": self.level.currentData() or "",
                "joined_on": self.joined_on.date().toPython(), "note": self.note.text()}

    def try_accept(self) -> None:
        values = self.values()
        if values["customer_id"] is None:
            field = self.search if not self.search.text().strip() else self.customer
            mark_invalid(field, self.message, self.tr("请先查找并选择要入会的客户。"))
            return
        submit_values(self, self.submit, values, self.message, field_named_in(self))

    @classmethod
    def ask(cls, parent: QWidget | None, submit, today: date):
        dialog = cls(parent, submit, today)
        return dialog.result_value if dialog.exec() == QDialog.DialogCode.Accepted else None


class BenefitDialog(QDialog):
    """权益 (one of the member's level), 使用日期, 备注."""

    def __init__(self, parent: QWidget | None, submit, benefits, today: date):
        super().__init__(parent)
        self.submit = submit
        self.result_value = None
        self.benefit = QComboBox()
        for benefit in benefits:
            self.benefit.addItem(data_name(benefit), benefit)  # shown translated, recorded as named
        self.used_on = DateEdit(_qdate(today))
        self.used_on.setDisplayFormat("yyyy-MM-dd")
        self.note = QLineEdit()
        self.fields = (self.benefit, self.used_on, self.note)
        self.labels, self.message, self.buttons = form_layout(self, self.fields, self.try_accept)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("登记权益使用"))
        for label, text in zip(self.labels, (self.tr("权益(&B)"), self.tr("使用日期(&D)"), self.tr("备注(&N)"))):
            label.setText(text)

    def values(self) -> dict:
        return {"benefit": self.benefit.currentData() or "", "used_on": self.used_on.date().toPython(),
                "note": self.note.text()}

    def try_accept(self) -> None:
        submit_values(self, self.submit, self.values(), self.message, field_named_in(self))

    @classmethod
    def ask(cls, parent: QWidget | None, submit, benefits, today: date):
        dialog = cls(parent, submit, benefits, today)
        return dialog.result_value if dialog.exec() == QDialog.DialogCode.Accepted else None


class RulesDialog(QDialog):
    """The manager's rules: the value classes' cumulative shares, the months counted and the
    customer's life in years (archive.value); the member levels with their conditions and
    benefits, the term and the reminder days (archive.members)."""

    LEVEL_COLUMNS = (QT_TRANSLATE_NOOP("RulesDialog", "代码"), QT_TRANSLATE_NOOP("RulesDialog", "名称"),
                     QT_TRANSLATE_NOOP("RulesDialog", "价值类别至少"), QT_TRANSLATE_NOOP("RulesDialog", "或客户年数"),
                     QT_TRANSLATE_NOOP("RulesDialog", "权益（用、分隔）"))

    def __init__(self, parent: QWidget | None, submit, value_rules: value.ValueRules,
                 member_rules: members.MemberRules):
        super().__init__(parent)
        self.submit = submit
        self.result_value = None
        self.vip, self.major, self.ordinary = (self._spin(1, 99, n) for n in value_rules.shares)
        self.window_months = self._spin(*value.LIMITS["window_months"], value_rules.window_months)
        self.life_years = self._spin(*value.LIMITS["life_years"], value_rules.life_years)
        self.term_months = self._spin(*members.LIMITS["term_months"], member_rules.term_months)
        self.remind_days = self._spin(*members.LIMITS["remind_days"], member_rules.remind_days)
        self.levels = QTableWidget(0, len(self.LEVEL_COLUMNS))
        self.levels.verticalHeader().hide()
        self.levels.horizontalHeader().setStretchLastSection(True)
        # The conditions' headers and combos are read in full in either language; the benefits take the rest.
        for column in range(len(self.LEVEL_COLUMNS) - 1):
            self.levels.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.levels.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        for level in member_rules.levels:
            self._add_level_row(level)
        self.add_level = QPushButton()
        self.remove_level = QPushButton()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setProperty("role", "error")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)

        self.value_box = QGroupBox()
        value_form = QFormLayout(self.value_box)
        self.value_labels = [QLabel() for _ in range(5)]
        for label, widget in zip(self.value_labels, (self.vip, self.major, self.ordinary, self.window_months,
                                                     self.life_years)):
            label.setBuddy(widget)
            value_form.addRow(label, widget)
        self.member_box = QGroupBox()
        member_layout = QVBoxLayout(self.member_box)
        member_form = QFormLayout()
        self.member_labels = [QLabel(), QLabel()]
        for label, widget in zip(self.member_labels, (self.term_months, self.remind_days)):
            label.setBuddy(widget)
            member_form.addRow(label, widget)
        member_layout.addLayout(member_form)
        member_layout.addWidget(self.levels, 1)
        row_buttons = QHBoxLayout()
        row_buttons.addWidget(self.add_level)
        row_buttons.addWidget(self.remove_level)
        row_buttons.addStretch(1)
        member_layout.addLayout(row_buttons)
        top = QHBoxLayout()
        top.addWidget(self.value_box)
        top.addWidget(self.member_box, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.resize(1000, 460)

        self.add_level.clicked.connect(lambda: self._add_level_row(members.Level("", "", value.ORDINARY, 0, ())))
        self.remove_level.clicked.connect(self._remove_level_row)
        self.buttons.accepted.connect(self.try_accept)
        self.buttons.rejected.connect(self.reject)
        self.retranslateUi()

    @staticmethod
    def _spin(low: int, high: int, current: int) -> QSpinBox:
        box = QSpinBox()
        box.setRange(low, high)
        box.setValue(current)
        return box

    def _add_level_row(self, level: members.Level) -> None:
        row = self.levels.rowCount()
        self.levels.insertRow(row)
        self.levels.setItem(row, 0, QTableWidgetItem(level.code))
        self.levels.setItem(row, 1, QTableWidgetItem(level.name))
        klass = QComboBox()
        klass.addItem(self.tr("不要求"), "")
        for code in value.VALUE_CLASSES:
            klass.addItem(class_name(code), code)
        klass.setCurrentIndex(max(0, klass.findData(level.min_class)))
        self.levels.setCellWidget(row, 2, klass)
        self.levels.setCellWidget(row, 3, self._spin(0, 50, level.min_years))
        self.levels.setItem(row, 4, QTableWidgetItem("、".join(level.benefits)))

    def _remove_level_row(self) -> None:
        row = self.levels.currentRow()
        if row >= 0:
            self.levels.removeRow(row)

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("等级与分类规则"))
        self.value_box.setTitle(self.tr("客户价值分类（表1-1，按维修产值排名）"))
        for label, text in zip(self.value_labels, (self.tr("VIP客户 前(%)(&I)"), self.tr("主要客户 至(%)(&J)"),
                                                   self.tr("普通客户 至(%)(&O)"), self.tr("统计最近(月)(&M)"),
                                                   self.tr("客户生命周期(年)(&Y)"))):
            label.setText(text)
        self.member_box.setTitle(self.tr("会员等级（由低到高）"))
        self.member_labels[0].setText(self.tr("有效期(月)(&T)"))
        self.member_labels[1].setText(self.tr("到期前提醒(天)(&D)"))
        self.levels.setHorizontalHeaderLabels([QCoreApplication.translate("RulesDialog", text)
                                               for text in self.LEVEL_COLUMNS])
        self.add_level.setText(self.tr("添加等级(&A)"))
        self.remove_level.setText(self.tr("删除等级(&R)"))

    def values(self) -> dict:
        levels = []
        for row in range(self.levels.rowCount()):
            text = lambda column: (self.levels.item(row, column).text() if self.levels.item(row, column) else "")  # noqa: E731
            benefits = tuple(part for part in text(4).replace(",", "、").replace("，", "、").split("、"))
            levels.append(members.Level(text(0), text(1), self.levels.cellWidget(row, 2).currentData() or "",
                                        self.levels.cellWidget(row, 3).value(), benefits))
        return {"value": value.ValueRules(shares=(self.vip.value(), self.major.value(), self.ordinary.value()),
                                          window_months=self.window_months.value(), life_years=self.life_years.value()),
                "members": members.MemberRules(levels=tuple(levels), term_months=self.term_months.value(),
                                               remind_days=self.remind_days.value())}

    def field_for(self, refusal):
        field = refusal.facts.get("field")
        if field == "shares":
            return self.vip
        position = refusal.facts.get("position")
        if position and 0 < position <= self.levels.rowCount():
            column = {"code": 0, "name": 1, "min_class": 2, "min_years": 3, "benefits": 4}.get(field, 0)
            self.levels.setCurrentCell(position - 1, column)
            return self.levels
        return getattr(self, str(field or ""), None)

    def try_accept(self) -> None:
        def refused(refusal) -> None:
            refuse(refusal, self.message, self.field_for)

        def done(result) -> None:
            self.result_value = result
            QDialog.accept(self)

        values = self.values()
        run_op(self, lambda: self.submit(values), message_line=self.message, on_done=done, on_refused=refused)

    @classmethod
    def ask(cls, parent: QWidget | None, submit, value_rules, member_rules):
        dialog = cls(parent, submit, value_rules, member_rules)
        return dialog.result_value if dialog.exec() == QDialog.DialogCode.Accepted else None


def open_due(parent: QWidget, key: str, title: str = "", clock: Callable[[], datetime] = branch_now) -> QDialog:
    """The 今日 card 会员待续期: the members page filtered to those due, in a window of its own
    (``parent`` has ``.actor``). Not modal, like the other cards' lists."""
    from types import SimpleNamespace

    dialog = QDialog(parent)
    page = MembersPage(SimpleNamespace(actor=parent.actor), dialog, getattr(parent, "_clock", clock))
    page.renewal.setCurrentIndex(page.renewal.findData("due"))
    QVBoxLayout(dialog).addWidget(page)
    dialog.setWindowTitle(title)
    dialog.resize(1200, 620)
    dialog.show()
    return dialog
