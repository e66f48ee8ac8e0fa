"""The 客户 page: customers (persons and companies) with a filter box, the selected customer's
vehicles, and dialogs to add or edit a customer and to register a vehicle.

The list is a lazy ``SqlTableModel`` over ``Customer``; the filter box matches name, pinyin,
initials, archive number and phone. Every change goes through ``archive.files`` (which validates
and normalises: full-width input, resident ID / credit code check characters, phones, plates,
VIN with its check digit as a warning only); a refusal stays in the dialog's message line so the
clerk corrects the field and tries again. The 麦凯66档案 button opens the Mackay 66 profile
(``ui.profile.open_profile``) when that module is installed, and says so when it is not.
"""
from __future__ import annotations

import importlib
from datetime import datetime
from typing import Callable

from PySide6.QtCore import QCoreApplication, QDate, QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from archive import files, validate
from archive.models import COMPANY, PERSON, Customer, Vehicle
from common.auth import can
from common.clock import branch_now, branch_today
from common.errors import Refusal
from ui.date_edit import DateEdit
from ui.forms import field_named_in, form_layout, refuse, submit_values
from ui.messages import refusal_text
from ui.retranslate import Retranslating
from ui.runner import run_op, show_message
from ui.table_model import Column, SqlTableModel, TableView

KIND_NAMES = {PERSON: QT_TRANSLATE_NOOP("Customers", "个人"), COMPANY: QT_TRANSLATE_NOOP("Customers", "单位")}


def kind_name(kind: str) -> str:
    return QCoreApplication.translate("Customers", KIND_NAMES.get(kind, kind))


COLUMNS = [
    Column(QT_TRANSLATE_NOOP("Columns", "档案编号"), Customer.archive_number),
    Column(QT_TRANSLATE_NOOP("Columns", "客户名称"), Customer.name),
    Column(QT_TRANSLATE_NOOP("Columns", "类型"), Customer.kind, formatter=kind_name, searchable=False),
    Column(QT_TRANSLATE_NOOP("Columns", "电话"), Customer.phone),
    Column(QT_TRANSLATE_NOOP("Columns", "拼音"), Customer.name_pinyin),
    Column(QT_TRANSLATE_NOOP("Columns", "首字母"), Customer.name_initials),
    Column(QT_TRANSLATE_NOOP("Columns", "地址"), Customer.address),
    Column(QT_TRANSLATE_NOOP("Columns", "建档时间"), Customer.created_at, "datetime"),
]


class CustomerDialog(Retranslating, QDialog):
    """Kind, name, ID number, phone, address. ``submit`` is called with the values on OK and
    returns a Refusal to show (the dialog stays open) or None (it closes)."""

    def __init__(self, parent: QWidget | None = None, initial: dict | None = None, submit=None):
        super().__init__(parent)
        initial = initial or {}
        self.submit = submit
        self.result_value = None
        # A role that may not see ID numbers edits a customer without being shown the stored one:
        # the field starts empty, shows the masked number as its placeholder, and left empty keeps it.
        self.masked_id = initial.get("masked_id_number")
        self.kind = QComboBox()
        for kind in (PERSON, COMPANY):
            self.kind.addItem(kind_name(kind), kind)
        self.kind.setCurrentIndex(self.kind.findData(initial.get("kind", PERSON)))
        self.kind.setEnabled("id" not in initial)  # a customer's kind is fixed once created
        self.name = QLineEdit(initial.get("name", ""))
        self.id_number = QLineEdit("" if self.masked_id else initial.get("id_number") or "")
        self.phone = QLineEdit(initial.get("phone") or "")
        self.address = QLineEdit(initial.get("address") or "")
        self.fields = (self.kind, self.name, self.id_number, self.phone, self.address)
        self.labels, self.message, self.buttons = form_layout(self, self.fields, self.try_accept)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("客户"))
        texts = (self.tr("类型(&T)"), self.tr("名称(&N)"), self.tr("证件号码(&I)"), self.tr("电话(&P)"), self.tr("地址(&A)"))
        for label, text in zip(self.labels, texts):
            label.setText(text)
        if self.masked_id:
            hint = self.tr("已登记 {masked}；留空则不修改").format(masked=self.masked_id)
            self.id_number.setPlaceholderText(hint)
            # The hint is the only place the clerk sees which number is on file: room for all of it.
            self.id_number.setMinimumWidth(self.id_number.fontMetrics().horizontalAdvance(hint)
                                           + self.id_number.fontMetrics().height())
        else:
            self.id_number.setPlaceholderText(self.tr("个人填身份证号，单位填统一社会信用代码"))

    def values(self) -> dict:
        id_number = self.id_number.text()
        if self.masked_id and not id_number.strip():
            id_number = None  # keep the stored number (archive.files.update_customer: None = unchanged)
        return {"kind": self.kind.currentData(), "name": self.name.text(), "id_number": id_number,
                "phone": self.phone.text(), "address": self.address.text()}

    def try_accept(self) -> None:
        """OK: the domain call through ui.runner; a refusal keeps the dialog open with its field
        marked, a 15-digit ID is offered in 18 digits and tried again."""
        if self.submit is None:
            submit_values(self, None, self.values(), self.message)
            return
        values, submit = self.values(), self.submit

        def refused(refusal: Refusal) -> None:
            if refusal.code == "archive.id_number_15_digits" and self.confirm_converted_id(refusal.facts):
                self.id_number.setText(refusal.facts["converted"])  # the clerk checked it against the card
                self.try_accept()
                return
            refuse(refusal, self.message, field_named_in(self))

        def done(result) -> None:
            self.result_value = result
            QDialog.accept(self)

        run_op(self, lambda: submit(values), message_line=self.message, on_done=done, on_refused=refused)

    def confirm_converted_id(self, facts: dict) -> bool:
        """A 15-digit first-generation ID: use its 18-digit form? (a seam tests replace)"""
        from PySide6.QtWidgets import QMessageBox

        answer = QMessageBox.question(self, self.tr("15 位身份证号码"), self.tr(
            "{value} 是 15 位的第一代身份证号码，对应的 18 位号码为 {converted}。\n请与证件核对：按 18 位号码保存吗？").format(
                value=facts["value"], converted=facts["converted"]))
        return answer == QMessageBox.StandardButton.Yes

    @classmethod
    def ask(cls, parent: QWidget | None, initial: dict | None, submit):
        """Show the dialog; returns what ``submit`` returned, or None when cancelled."""
        dialog = cls(parent, initial, submit)
        return dialog.result_value if dialog.exec() == QDialog.DialogCode.Accepted else None


class VehicleDialog(Retranslating, QDialog):
    """VIN, plate, model, colour, delivery date and the salesperson responsible for the papers."""

    def __init__(self, parent: QWidget | None = None, submit=None, today=None):
        super().__init__(parent)
        self.submit = submit
        self.result_value = None
        self.vin = QLineEdit()
        self.vin.setMaxLength(40)
        self.plate = QLineEdit()
        self.model = QLineEdit()
        self.colour = QLineEdit()
        self.delivery_date = DateEdit(QDate(today or branch_today()))
        self.delivery_date.setCalendarPopup(True)
        self.delivery_date.setDisplayFormat("yyyy-MM-dd")
        self.responsible = QLineEdit()
        self.fields = (self.vin, self.plate, self.model, self.colour, self.delivery_date, self.responsible)
        self.labels, self.message, self.buttons = form_layout(self, self.fields, self.try_accept)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("登记车辆"))
        texts = (self.tr("车架号(&V)"), self.tr("车牌号(&L)"), self.tr("车型(&M)"), self.tr("颜色(&C)"),
                 self.tr("交车日期(&D)"), self.tr("销售责任人(&R)"))
        for label, text in zip(self.labels, texts):
            label.setText(text)
        self.plate.setPlaceholderText(self.tr("如 豫A·12345；新能源 豫A·D12345；未上牌可空"))

    def values(self) -> dict:
        return {"vin": self.vin.text(), "plate": self.plate.text(), "model": self.model.text(),
                "colour": self.colour.text(), "delivery_date": self.delivery_date.date().toPython(),
                "responsible": self.responsible.text()}

    def try_accept(self) -> None:
        # The dialog stays open on a refusal, the field it names marked (ui.forms through ui.runner).
        submit_values(self, self.submit, self.values(), self.message, field_named_in(self))

    @classmethod
    def ask(cls, parent: QWidget | None, submit, today=None):
        dialog = cls(parent, submit, today)
        return dialog.result_value if dialog.exec() == QDialog.DialogCode.Accepted else None


class CustomersPage(Retranslating, QWidget):
    PROFILE_MODULE = "ui.profile"

    def __init__(self, context, parent: QWidget | None = None, clock: Callable[[], datetime] = branch_now):
        super().__init__(parent)
        self.context = context
        self.actor = context.actor
        self._clock = clock
        self.editable = can(self.actor.user, "archive.edit")
        # ID numbers are sensitive personal information (PIPL): in full only to the roles that may
        # see the profile's sensitive items; everyone else sees them masked.
        from archive.profile import can_view_sensitive

        self.sees_id_numbers = can_view_sensitive(self.actor)

        # create
        self.model = SqlTableModel(Customer.select(), COLUMNS, self, default_sort=0)
        self.view = TableView(self.model, exportable=True)
        from ui.personal_export import export_personal_table  # names, phones, ID numbers: PIPL

        export_personal_table(self.view, lambda: self.actor.at(self._clock()), "customers")
        self.add_button = QPushButton()
        self.edit_button = QPushButton()
        self.vehicle_button = QPushButton()
        self.profile_button = QPushButton()
        for button in (self.add_button, self.edit_button, self.vehicle_button):
            button.setEnabled(self.editable)
        self.profile_available = self._profile_module() is not None
        # Customer value classes (archive.value): a filter of the list, and the class on the detail.
        self.value_label = QLabel()
        self.value_filter = QComboBox()
        self.value_label.setBuddy(self.value_filter)
        self.values_button = QPushButton()
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.vehicles = QTableWidget(0, 5)
        self.vehicles.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.vehicles.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.vehicles.verticalHeader().hide()
        self.vehicles.horizontalHeader().setStretchLastSection(True)
        self.message = QLabel()
        self.message.setWordWrap(True)

        # lay out
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.vehicle_button, self.profile_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.value_label)
        buttons.addWidget(self.value_filter)
        buttons.addWidget(self.values_button)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.detail)
        lower_layout.addWidget(self.vehicles, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.view)
        splitter.addWidget(lower)
        splitter.setStretchFactor(0, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.message)

        # connect
        self.add_button.clicked.connect(self.add_customer)
        self.edit_button.clicked.connect(self.edit_customer)
        self.vehicle_button.clicked.connect(self.register_vehicle)
        self.profile_button.clicked.connect(self.open_profile)
        self.value_filter.currentIndexChanged.connect(lambda *_: self.filter_value_class())
        self.values_button.clicked.connect(self.export_values)
        self.view.table.selectionModel().selectionChanged.connect(lambda *_: self.show_detail())
        self.view.activated.connect(lambda _: self.edit_customer())

        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.add_button.setText(self.tr("新建客户(&N)…"))
        self.edit_button.setText(self.tr("修改(&M)…"))
        self.vehicle_button.setText(self.tr("登记车辆(&V)…"))
        self.profile_button.setText(self.tr("麦凯66档案(&K)"))
        self.profile_button.setToolTip("" if self.profile_available else self.tr("麦凯66档案模块尚未安装。"))
        self.view.filter.setPlaceholderText(self.tr("按名称、拼音、首字母、档案编号或电话筛选"))
        self.value_label.setText(self.tr("价值类别(&L)"))
        self.values_button.setText(self.tr("价值名单 Excel(&W)…"))
        self.values_button.setToolTip(self.tr("所选价值类别的客户及其产值、单次消费与终身价值"))
        self._fill_value_filter()
        self.vehicles.setHorizontalHeaderLabels([self.tr("车架号"), self.tr("车牌号"), self.tr("车型"),
                                                 self.tr("交车日期"), self.tr("档案盒")])
        self.show_detail()

    def _actor(self):
        return self.actor.at(self._clock())

    def _fill_value_filter(self) -> None:
        from ui.messages_members import fill_class_combo

        fill_class_combo(self.value_filter, self.tr("全部客户"))

    def filter_value_class(self) -> None:
        from archive.value import customers_in_class

        code = self.value_filter.currentData()
        self.model.set_where(customers_in_class(code, self._clock().date()) if code else None)
        self.show_detail()

    def export_values(self) -> None:
        """The customers of the chosen class with their value figures, as .xlsx (personal data:
        archive.value.export_xlsx goes through the guard and is audited)."""
        from archive import value

        path = self.ask_save_path(self, self.tr("客户价值.xlsx"))
        if not path:
            return
        actor, code = self._actor(), self.value_filter.currentData() or ""
        run_op(self, lambda: value.export_xlsx(actor, actor.today, code, path), message_line=self.message,
               long=True, message=self.tr("正在导出客户价值名单…"),
               success=lambda rows: self.tr("已导出 {rows} 位客户到 {path}。").format(rows=rows, path=path))

    @classmethod
    def ask_save_path(cls, parent: QWidget, suggested: str) -> str | None:
        """The file dialog seam (tests replace it)."""
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getSaveFileName(parent, QCoreApplication.translate("CustomersPage", "保存"), suggested,
                                              QCoreApplication.translate("CustomersPage", "Excel 工作簿 (*.xlsx)"))
        return path or None

    def value_text(self, customer: Customer) -> str:
        """The customer's value class and lifetime value (archive.value), one line for the detail."""
        from archive import members, value
        from ui.messages_members import class_name, data_name
        from ui.table_model import format_money

        found = value.customer_values(self._clock().date(), [customer.id]).get(customer.id)
        if found is None:
            return self.tr("价值类别 {klass}（尚无交车记录）").format(klass=class_name(value.SMALL))
        member = members.ClubMember.get_or_none(members.ClubMember.customer == customer.id)
        text = self.tr("价值类别 {klass}　终身价值 {lifetime} 元（单次 {average} 元 × 终身 {purchases} 次）　"
                       "统计期产值 {contribution} 元　进厂 {visits} 次").format(
            klass=class_name(found.klass), lifetime=format_money(found.lifetime_value_fen),
            average=format_money(found.average_amount_fen), purchases=found.lifetime_purchases,
            contribution=format_money(found.contribution_fen), visits=found.visits)
        if member is not None:
            text += self.tr("　会员 {number}（{level}，续期日 {due}）").format(
                number=member.number, level=data_name(members.level_name(member.level)),
                due=member.renewal_due.isoformat())
        return text

    def selected_customer(self) -> Customer | None:
        keys = self.view.selected_keys()
        key = keys[0] if keys else self.view.current_key()
        return Customer.get_or_none(Customer.id == key) if key is not None else None

    def show_detail(self) -> None:
        customer = self.selected_customer()
        self.edit_button.setEnabled(self.editable and customer is not None)
        self.vehicle_button.setEnabled(self.editable and customer is not None)
        self.profile_button.setEnabled(customer is not None)
        if customer is None:
            self.detail.setText(self.tr("选中一位客户查看其车辆。"))
            self.vehicles.setRowCount(0)
            return
        self.detail.setText(self.tr("{name}（{kind}，档案编号 {number}）　证件号码 {id}　电话 {phone}　地址 {address}").format(
            name=customer.name, kind=kind_name(customer.kind), number=customer.archive_number or "—",
            id=self.shown_id_number(customer) or "—", phone=customer.phone or "—", address=customer.address or "—")
            + "\n" + self.value_text(customer))
        rows = list(customer.vehicles().select(Vehicle.vin, Vehicle.plate, Vehicle.model, Vehicle.delivery_date,
                                               Vehicle.box).tuples())
        boxes = {}
        box_ids = [row[4] for row in rows if row[4]]
        if box_ids:
            from archive.models import ArchiveBox
            boxes = dict(ArchiveBox.select(ArchiveBox.id, ArchiveBox.number).where(ArchiveBox.id.in_(box_ids)).tuples())
        self.vehicles.setRowCount(len(rows))
        for row, (vin, plate, model, delivered, box_id) in enumerate(rows):
            values = (vin, validate.plate_display(plate) if plate else "", model, delivered.isoformat(),
                      boxes.get(box_id, ""))
            for column, value in enumerate(values):
                self.vehicles.setItem(row, column, QTableWidgetItem(value))

    def shown_id_number(self, customer: Customer) -> str | None:
        if self.sees_id_numbers:
            return customer.id_number
        return validate.masked_id_number(customer.kind, customer.id_number)

    def add_customer(self) -> None:
        def submit(values):
            return files.create_customer(self._actor(), **values)

        customer = CustomerDialog.ask(self, None, submit)
        if customer is None:
            return
        self.view.filter.clear()
        self.view.apply_filter()
        self.model.refresh()
        self.view.select_key(customer.id)
        self.show_detail()
        show_message(self.message, self.tr("已建档：{name}，档案编号 {number}。").format(
            name=customer.name, number=customer.archive_number), error=False)

    def edit_customer(self) -> None:
        customer = self.selected_customer()
        if customer is None or not self.editable:
            return
        initial = {"id": customer.id, "kind": customer.kind, "name": customer.name, "id_number": customer.id_number,
                   "phone": customer.phone, "address": customer.address}
        shown = self.shown_id_number(customer)
        if shown != customer.id_number:
            initial["masked_id_number"] = shown

        def submit(values):
            values.pop("kind")
            return files.update_customer(self._actor(), customer.id, **values)

        updated = CustomerDialog.ask(self, initial, submit)
        if updated is None:
            return
        self.model.refresh()
        self.view.select_key(updated.id)
        self.show_detail()
        show_message(self.message, self.tr("已保存客户 {name}。").format(name=updated.name), error=False)

    def register_vehicle(self) -> None:
        customer = self.selected_customer()
        if customer is None or not self.editable:
            return

        def submit(values):
            return files.register_vehicle(self._actor(), customer.id, **values)

        registered = VehicleDialog.ask(self, submit, self._clock().date())
        if registered is None:
            return
        self.show_detail()
        lines = [self.tr("已登记车辆 {vin}，销售资料移交期限 {due}。").format(
            vin=registered.vin, due=registered.handover_due.isoformat())]
        lines += [refusal_text(warning) for warning in registered.warnings]
        show_message(self.message, "\n".join(lines), error=False)

    def _profile_module(self):
        try:
            module = importlib.import_module(self.PROFILE_MODULE)
        except ImportError:
            return None
        return module if hasattr(module, "open_profile") else None

    def open_profile(self) -> None:
        customer = self.selected_customer()
        if customer is None:
            return
        module = self._profile_module()
        if module is None:
            show_message(self.message, self.tr("麦凯66档案模块尚未安装，暂不能打开。"), error=True)
            return
        module.open_profile(self, self.context, customer.id)


def customers_page(context) -> QWidget:
    return CustomersPage(context)
