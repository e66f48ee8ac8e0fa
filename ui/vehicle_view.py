"""One vehicle's archive on screen: customer and vehicle, the sales file checklist, the repair
visits with their checklists, the scans, the box.

Everything shown comes from ``archive.files.vehicle_file`` and ``archive.scans.scans_of_vehicle``
(a handful of queries, no content read). A checklist state is changed right in its combo box
through ``files.set_checklist_item``; a refusal is shown in the message line and the combo goes
back to what the database holds. Scans open in the system viewer (QDesktopServices) from a
temporary copy. File dialogs and the viewer are reached through classmethods (``ask_open_path``,
``ask_save_path``, ``open_url``) that tests replace.
"""
from __future__ import annotations

import tempfile
from datetime import datetime
from typing import Callable

from PySide6.QtCore import QCoreApplication, QDate, QT_TRANSLATE_NOOP, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from archive import files, scans, validate
from archive.models import ITEM_STATES, REPAIR_CHECKLIST, SALES_CHECKLIST
from common.auth import can
from common.clock import branch_now, branch_today
from ui.date_edit import DateEdit
from ui.forms import field_named_in, form_layout, mark_invalid, submit_values
from ui.messages import refusal_text
from ui.retranslate import Retranslating
from ui.runner import run_op, show_message
from ui.table_model import columns_width, fit_columns

STATE_NAMES = {
    "original": QT_TRANSLATE_NOOP("Archive", "原件"),
    "copy": QT_TRANSLATE_NOOP("Archive", "复印件"),
    "missing": QT_TRANSLATE_NOOP("Archive", "缺"),
}
# The checklist labels of archive.models, marked for translation (context "Checklist").
ITEM_NAMES = {
    "purchase_contract": QT_TRANSLATE_NOOP("Checklist", "购车合同"),
    "accessory_contract": QT_TRANSLATE_NOOP("Checklist", "附件购买合同"),
    "identity_document": QT_TRANSLATE_NOOP("Checklist", "客户身份证 / 法人机构代码证 / 营业执照"),
    "residence_permit": QT_TRANSLATE_NOOP("Checklist", "暂住证"),
    "vehicle_certificate": QT_TRANSLATE_NOOP("Checklist", "车辆合格证"),
    "sales_invoice": QT_TRANSLATE_NOOP("Checklist", "车辆零售发票 / 增值税发票"),
    "purchase_tax_certificate": QT_TRANSLATE_NOOP("Checklist", "购置税证"),
    "purchase_tax_receipt": QT_TRANSLATE_NOOP("Checklist", "购置税收据"),
    "registration_receipt": QT_TRANSLATE_NOOP("Checklist", "行驶证代办回执"),
    "insurance_policy": QT_TRANSLATE_NOOP("Checklist", "保险单"),
    "insurance_invoice": QT_TRANSLATE_NOOP("Checklist", "保单发票"),
    "delivery_confirmation": QT_TRANSLATE_NOOP("Checklist", "提车确认书"),
    "sales_outbound_slip": QT_TRANSLATE_NOOP("Checklist", "销售开票出库单"),
    "membership_form": QT_TRANSLATE_NOOP("Checklist", "客户入会资料表"),
    "reception_sheet": QT_TRANSLATE_NOOP("Checklist", "接车单"),
    "work_order": QT_TRANSLATE_NOOP("Checklist", "派工单"),
    "settlement_sheet": QT_TRANSLATE_NOOP("Checklist", "结算单"),
    "routine_inspection": QT_TRANSLATE_NOOP("Checklist", "常规项目检查表"),
}
assert set(ITEM_NAMES) == set(SALES_CHECKLIST) | set(REPAIR_CHECKLIST)


def state_name(state: str) -> str:
    return QCoreApplication.translate("Archive", STATE_NAMES[state])


def item_name(code: str) -> str:
    return QCoreApplication.translate("Checklist", ITEM_NAMES[code])


def _day(value) -> str:
    return value.isoformat() if value else "—"


class StateCombo(QComboBox):
    """原件 / 复印件 / 缺 for one paper; remembers which file and item it stands for."""

    def __init__(self, kind: str, file_id: int, item: str, state: str, editable: bool):
        super().__init__()
        self.kind, self.file_id, self.item = kind, file_id, item
        for code in ITEM_STATES:
            self.addItem(state_name(code), code)
        self.set_state(state)
        self.setEnabled(editable)
        self.currentIndexChanged.connect(lambda _index: self._badge())

    def set_state(self, state: str) -> None:
        self.blockSignals(True)
        self.setCurrentIndex(self.findData(state))
        self.blockSignals(False)
        self._badge()

    def _badge(self) -> None:
        # The colour of the state (ui/style.py, property paperState): 缺 red, 原件 green, 复印件 amber.
        self.setProperty("paperState", self.currentData())
        self.style().unpolish(self)
        self.style().polish(self)

    def state(self) -> str:
        return self.currentData()

    def retranslate(self) -> None:
        for index, code in enumerate(ITEM_STATES):
            self.setItemText(index, state_name(code))


class RepairVisitDialog(Retranslating, QDialog):
    """One workshop visit: date, RO number, mileage, amount and the service advisor responsible
    for its papers (the checklist starts as missing and is set in the visits table)."""

    def __init__(self, parent: QWidget | None = None, submit=None, today=None):
        super().__init__(parent)
        self.submit = submit
        self.result_value = None
        # Attributes named as the domain's fields: a refusal marks the field it names.
        self.visit_date = DateEdit(QDate(today or branch_today()))
        self.visit_date.setCalendarPopup(True)
        self.visit_date.setDisplayFormat("yyyy-MM-dd")
        self.ro_number = QLineEdit()
        self.ro_number.setMaxLength(40)
        self.mileage_km = QLineEdit()
        self.amount_fen = QLineEdit()
        self.responsible = QLineEdit()
        self.fields = (self.visit_date, self.ro_number, self.mileage_km, self.amount_fen, self.responsible)
        self.labels, self.message, self.buttons = form_layout(self, self.fields, self.try_accept)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("登记进厂"))
        texts = (self.tr("进厂日期(&D)"), self.tr("工单号(&O)"), self.tr("行驶里程（公里）(&K)"),
                 self.tr("结算金额（元）(&M)"), self.tr("责任人(&R)"))
        for label, text in zip(self.labels, texts):
            label.setText(text)

    def try_accept(self) -> None:
        from ui.document_form import parse_int, parse_yuan

        amount = parse_yuan(self.amount_fen.text())
        if amount is None:
            mark_invalid(self.amount_fen, self.message, self.tr(
                "结算金额“{value}”不对：请按元填写，最多两位小数，不能为负数。").format(value=self.amount_fen.text().strip()))
            return
        mileage = parse_int(self.mileage_km.text())
        # Text that is not a whole number goes to the domain as typed: its refusal names the field.
        values = {"visit_date": self.visit_date.date().toPython(), "ro_number": self.ro_number.text(),
                  "mileage_km": self.mileage_km.text().strip() if mileage is None else mileage,
                  "amount_fen": amount, "responsible": self.responsible.text()}
        submit_values(self, self.submit, values, self.message, field_named_in(self))

    @classmethod
    def ask(cls, parent: QWidget | None, submit, today=None):
        dialog = cls(parent, submit, today)
        return dialog.result_value if dialog.exec() == QDialog.DialogCode.Accepted else None


class VehicleView(Retranslating, QWidget):
    """The archive of one vehicle (both files). ``show_vin`` loads it."""

    def __init__(self, actor, parent: QWidget | None = None, clock: Callable[[], datetime] = branch_now):
        super().__init__(parent)
        self.actor = actor
        self._clock = clock
        self.editable = can(actor.user, "archive.edit")
        self.found: files.VehicleFile | None = None
        self.unknown_years: set[int] = set()  # deadline years of the shown vehicle not in the holiday table
        self.scan_list: list[scans.ScanInfo] = []
        self._temp = tempfile.TemporaryDirectory(prefix="branchdesk-scans-")

        # create
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.sales_title = QLabel()
        self.sales_title.setObjectName("cardTitle")
        self.sales_title.setWordWrap(True)  # a deadline in an unentered year makes it long
        self.sales_table = QTableWidget(0, 3)
        self.visits_title = QLabel()
        self.visits_title.setObjectName("cardTitle")
        self.visits_table = QTableWidget(0, 5 + len(REPAIR_CHECKLIST))
        self.scans_title = QLabel()
        self.scans_title.setObjectName("cardTitle")
        self.scans = QListWidget()
        self.add_scan_button = QPushButton()
        self.open_scan_button = QPushButton()
        self.remove_scan_button = QPushButton()
        self.print_button = QPushButton()
        self.visit_button = QPushButton()
        self.message = QLabel()
        self.message.setWordWrap(True)
        for table in (self.sales_table, self.visits_table):
            table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
            table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
            table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            table.verticalHeader().hide()
            table.horizontalHeader().setStretchLastSection(True)
        for button in (self.add_scan_button, self.remove_scan_button, self.visit_button):
            button.setEnabled(self.editable)

        # lay out
        sales = QWidget()
        sales_layout = QVBoxLayout(sales)
        sales_layout.setContentsMargins(0, 0, 0, 0)
        sales_layout.addWidget(self.sales_title)
        sales_layout.addWidget(self.sales_table, 1)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        visits_head = QHBoxLayout()
        visits_head.addWidget(self.visits_title, 1)
        visits_head.addWidget(self.visit_button)
        right_layout.addLayout(visits_head)
        right_layout.addWidget(self.visits_table, 2)
        right_layout.addWidget(self.scans_title)
        right_layout.addWidget(self.scans, 1)
        buttons = QHBoxLayout()
        for button in (self.add_scan_button, self.open_scan_button, self.remove_scan_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.print_button)
        right_layout.addLayout(buttons)
        self.splitter = splitter = QSplitter()
        splitter.addWidget(sales)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 2)
        self._split_by_content = True  # until the clerk drags the splitter
        splitter.splitterMoved.connect(lambda *_: setattr(self, "_split_by_content", False))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.message)

        # connect
        self.add_scan_button.clicked.connect(self.add_scan)
        self.open_scan_button.clicked.connect(self.open_scan)
        self.remove_scan_button.clicked.connect(self.remove_scan)
        self.print_button.clicked.connect(self.print_cover)
        self.visit_button.clicked.connect(self.add_visit)
        self.scans.itemActivated.connect(lambda _: self.open_scan())
        self._paper_table = self.sales_table
        self.sales_table.currentCellChanged.connect(lambda *_: setattr(self, "_paper_table", self.sales_table))
        self.visits_table.currentCellChanged.connect(lambda *_: setattr(self, "_paper_table", self.visits_table))

        self.retranslateUi()
        self.clear()

    # -- texts ------------------------------------------------------------------------------------

    def retranslateUi(self) -> None:
        self.sales_title.setText(self.tr("销售档案"))
        self.visits_title.setText(self.tr("维修档案（每次进厂一行）"))
        self.scans_title.setText(self.tr("扫描件"))
        self.add_scan_button.setText(self.tr("添加扫描件(&A)…"))
        self.open_scan_button.setText(self.tr("打开(&O)"))
        self.remove_scan_button.setText(self.tr("删除扫描件"))
        self.print_button.setText(self.tr("打印封面(&P)…"))
        self.visit_button.setText(self.tr("登记进厂(&N)…"))
        self.sales_table.setHorizontalHeaderLabels([self.tr("资料"), self.tr("状态"), self.tr("扫描件")])
        self.visits_table.setHorizontalHeaderLabels(
            [self.tr("进厂日期"), self.tr("工单号"), self.tr("责任人"), self.tr("移交期限"), self.tr("移交日期")]
            + [item_name(code) for code in REPAIR_CHECKLIST])
        for table in (self.sales_table, self.visits_table):
            for row in range(table.rowCount()):
                for column in range(table.columnCount()):
                    widget = table.cellWidget(row, column)
                    if isinstance(widget, StateCombo):
                        widget.retranslate()
        if self.found is not None:
            self._fill()
        else:
            self.summary.setText(self.tr("在上方的查询结果中选中一辆车，这里显示它的档案。"))

    def _actor(self):
        return self.actor.at(self._clock())

    def _set_loaded(self, loaded: bool) -> None:
        for button in (self.open_scan_button, self.print_button):
            button.setEnabled(loaded)
        for button in (self.add_scan_button, self.remove_scan_button, self.visit_button):
            button.setEnabled(loaded and self.editable)

    # -- loading ----------------------------------------------------------------------------------

    def show_vin(self, vin: str) -> bool:
        actor = self._actor()

        def load():
            from archive.holidays import uncovered  # not at import: the login window comes first

            found = files.vehicle_file(actor, vin)
            # Deadlines in a year nobody entered count weekends only; they are marked as such.
            dues = [found.sales_file.handover_due] + [visit.handover_due for visit in found.visits]
            unknown = set(uncovered({day.year for day in dues if day}))
            return found, scans.scans_of_vehicle(actor, found.vehicle.id), unknown

        def loaded(result) -> None:
            self.found, self.scan_list, self.unknown_years = result
            self._fill()
            show_message(self.message, "", error=False)
            self._set_loaded(True)

        op = run_op(self, load, message_line=self.message, on_done=loaded,
                    on_refused=lambda refusal: self.clear(keep_message=True))
        return op.ok

    def clear(self, keep_message: bool = False) -> None:
        """No vehicle: empty tables, so no paper of a car the clerk did not choose can be changed."""
        self.found = None
        self.scan_list = []
        for table in (self.sales_table, self.visits_table):
            table.setRowCount(0)
        self.scans.clear()
        self.summary.setText(self.tr("在上方的查询结果中选中一辆车，这里显示它的档案。"))
        self.sales_title.setText(self.tr("销售档案"))
        self.visits_title.setText(self.tr("维修档案（每次进厂一行）"))
        self.scans_title.setText(self.tr("扫描件"))
        if not keep_message:
            show_message(self.message, "", error=False)
        self._set_loaded(False)

    def reload(self) -> None:
        if self.found is not None:
            self.show_vin(self.found.vehicle.vin)

    def _fill(self) -> None:
        found = self.found
        vehicle, customer, sales_file = found.vehicle, found.customer, found.sales_file
        box = found.box.number if found.box else self.tr("未装盒")
        plate = validate.plate_display(vehicle.plate) if vehicle.plate else "—"
        self.summary.setText(self.tr(
            "{name}（档案编号 {number}，电话 {phone}）　车架号 {vin}　车牌 {plate}　{model} {colour}　"
            "交车 {delivered}　保修至 {warranty}　档案盒 {box}").format(
            name=customer.name, number=customer.archive_number or "—", phone=customer.phone or "—", vin=vehicle.vin,
            plate=plate, model=vehicle.model, colour=vehicle.colour, delivered=_day(vehicle.delivery_date),
            warranty=_day(vehicle.warranty_until), box=box))
        self.sales_title.setText(self.tr("销售档案　责任人 {person}　移交期限 {due}　移交日期 {on}").format(
            person=sales_file.responsible, due=self._due(sales_file.handover_due), on=_day(sales_file.handed_over_on)))

        counts: dict[tuple, int] = {}
        for scan in self.scan_list:
            key = (scan.kind, scan.file_id, scan.item)
            counts[key] = counts.get(key, 0) + 1
        self.sales_table.setRowCount(len(found.sales_items))
        for row, item in enumerate(found.sales_items):
            label = QTableWidgetItem(item_name(item.item))
            label.setToolTip(label.text())  # the long names (客户身份证 / 法人机构代码证 / 营业执照)
            label.setData(Qt.ItemDataRole.UserRole, item.item)
            self.sales_table.setItem(row, 0, label)
            self.sales_table.setCellWidget(row, 1, self._combo(files.SALES, sales_file.id, item.item, item.state))
            self.sales_table.setItem(row, 2, QTableWidgetItem(str(counts.get((files.SALES, sales_file.id, item.item), 0))))

        self.visits_table.setRowCount(len(found.visits))
        for row, visit in enumerate(found.visits):
            values = (_day(visit.visit_date), visit.ro_number, visit.responsible, self._due(visit.handover_due, True),
                      _day(visit.handed_over_on))
            for column, value in enumerate(values):
                cell = QTableWidgetItem(value)
                cell.setData(Qt.ItemDataRole.UserRole, visit.id)
                self.visits_table.setItem(row, column, cell)
            if visit.handover_due.year in self.unknown_years:
                self.visits_table.item(row, 3).setToolTip(self._due(visit.handover_due))
            states = {i.item: i.state for i in visit.items_list}
            for offset, code in enumerate(REPAIR_CHECKLIST):
                self.visits_table.setCellWidget(row, 5 + offset,
                                                self._combo(files.REPAIR, visit.id, code, states.get(code, "missing")))
        self.visits_title.setText(self.tr("维修档案（{n} 次进厂）").format(n=len(found.visits)))

        self.scans.clear()
        visit_dates = {visit.id: visit.visit_date for visit in found.visits}
        for scan in self.scan_list:
            where = self.tr("销售档案") if scan.kind == files.SALES else \
                self.tr("{day} 进厂").format(day=_day(visit_dates.get(scan.file_id)))
            text = self.tr("{where} · {item} · {file}（{size} KB）").format(
                where=where, item=item_name(scan.item), file=scan.file_name, size=max(1, round(scan.size_bytes / 1024)))
            entry = QListWidgetItem(text)
            entry.setData(Qt.ItemDataRole.UserRole, scan.scan_id)
            self.scans.addItem(entry)
        self.scans_title.setText(self.tr("扫描件（{n} 份）").format(n=len(self.scan_list)))
        self._share_width()
        fit_columns(self.sales_table, stretch=0)  # the papers' names take what is left
        fit_columns(self.visits_table)

    def _due(self, day, short: bool = False) -> str:
        """A deadline; one in a year the holiday table does not know says it counts weekends only
        (``short``: for a table cell, the full sentence in its tooltip)."""
        if day and day.year in self.unknown_years:
            if short:
                return self.tr("{day}（按周末推算）").format(day=day.isoformat())
            return self.tr("{day}（{year} 年节假日尚未录入，按周末推算）").format(day=day.isoformat(), year=day.year)
        return _day(day)

    def _share_width(self) -> None:
        """Each side of the splitter gets the width its columns need; when both do not fit, the
        width is shared in proportion to the need (English names and headers are long)."""
        total = sum(self.splitter.sizes())
        if not self._split_by_content or total <= 0:
            return
        sales, visits = columns_width(self.sales_table), columns_width(self.visits_table)
        if sales + visits > total:
            sales = total * sales // (sales + visits)
        self.splitter.setSizes([sales, total - sales])

    def _combo(self, kind: str, file_id: int, item: str, state: str) -> StateCombo:
        combo = StateCombo(kind, file_id, item, state, self.editable)
        combo.currentIndexChanged.connect(lambda _=None, c=combo: self._state_changed(c))
        return combo

    # -- actions ----------------------------------------------------------------------------------

    def _state_changed(self, combo: StateCombo) -> None:
        actor, kind, file_id, item, state = self._actor(), combo.kind, combo.file_id, combo.item, combo.state()

        def refused(_refusal) -> None:
            # The combo goes back to what the database holds; the refusal stays in the message line.
            message = self.message.text()
            self.reload()
            show_message(self.message, message, error=True)

        run_op(self, lambda: files.set_checklist_item(actor, kind, file_id, item, state), message_line=self.message,
               success=lambda changed: self.tr("{item}：{before} → {after}").format(
                   item=item_name(changed.item), before=state_name(changed.state_before),
                   after=state_name(changed.state)),
               on_refused=refused)

    def add_visit(self) -> None:
        if self.found is None or not self.editable:
            return
        vin = self.found.vehicle.vin

        def submit(values):
            return files.add_repair_visit(self._actor(), vin, **values)

        added = RepairVisitDialog.ask(self, submit, self._clock().date())
        if added is None:
            return
        lines = [self.tr("已登记进厂 {ro}，维修资料移交期限 {due}。").format(
            ro=added.ro_number, due=added.handover_due.isoformat())]
        lines += [refusal_text(warning) for warning in added.warnings]
        text = "\n".join(lines)
        # The reload clears the message line when it is done; the visit's line is shown after it.
        self.show_vin(vin)
        show_message(self.message, text, error=False)

    def selected_paper(self) -> tuple[str, int, str] | None:
        """(kind, file id, item) of the paper a new scan belongs to: the cell last chosen in the
        sales checklist, or in a visit's row (its checklist column; the 接车单 otherwise)."""
        if self.found is None:
            return None
        if self._paper_table is self.visits_table and self.visits_table.currentRow() >= 0:
            row, column = self.visits_table.currentRow(), self.visits_table.currentColumn()
            codes = list(REPAIR_CHECKLIST)
            return files.REPAIR, self.found.visits[row].id, codes[column - 5] if column >= 5 else codes[0]
        row = self.sales_table.currentRow()
        if row >= 0:
            return files.SALES, self.found.sales_file.id, self.found.sales_items[row].item
        return None

    def add_scan(self) -> None:
        paper = self.selected_paper()
        if paper is None:
            show_message(self.message, self.tr("请先在销售档案或维修档案中选中扫描件所属的资料。"), error=True)
            return
        paths = self.ask_open_path(self)
        if not paths:
            return
        actor, (kind, file_id, item) = self._actor(), paper

        def attach() -> int:
            for path in paths:
                scans.attach_scan_file(actor, kind, file_id, item, path)
            return len(paths)

        def attached(count: int) -> None:
            self.reload()
            show_message(self.message, self.tr("已为“{item}”添加 {n} 份扫描件。").format(item=item_name(item), n=count),
                         error=False)

        run_op(self, attach, message_line=self.message, on_done=attached)

    def current_scan_id(self) -> int | None:
        entry = self.scans.currentItem()
        return entry.data(Qt.ItemDataRole.UserRole) if entry is not None else None

    def open_scan(self) -> None:
        scan_id = self.current_scan_id()
        if scan_id is None:
            return
        path = scans.write_scan_to(self._actor(), scan_id, self._temp.name)
        self.open_url(QUrl.fromLocalFile(str(path)))

    def remove_scan(self) -> None:
        scan_id = self.current_scan_id()
        if scan_id is None:
            return
        actor = self._actor()

        def removed(_result) -> None:
            self.reload()
            show_message(self.message, self.tr("已删除扫描件。"), error=False)

        run_op(self, lambda: scans.remove_scan(actor, scan_id), message_line=self.message, on_done=removed)

    def print_cover(self) -> None:
        if self.found is None:
            return
        from archive import print as archive_print

        path = self.ask_save_path(self, f"{self.found.vehicle.vin}.pdf")
        if not path:
            return
        actor, vin, now = self._actor(), self.found.vehicle.vin, self._clock()
        run_op(self, lambda: archive_print.print_cover_sheet(actor, vin, path, now), message_line=self.message,
               success=lambda _pages: self.tr("封面已保存到 {path}。").format(path=path),
               on_done=lambda _pages: self.open_url(QUrl.fromLocalFile(str(path))),
               long=True, message=self.tr("正在生成封面…"))

    # -- seams ------------------------------------------------------------------------------------

    @classmethod
    def ask_open_path(cls, parent: QWidget) -> list[str]:
        paths, _ = QFileDialog.getOpenFileNames(
            parent, QCoreApplication.translate("VehicleView", "选择扫描件或照片"), "",
            QCoreApplication.translate("VehicleView", "扫描件 (*.jpg *.jpeg *.png *.pdf *.tif *.tiff *.gif *.bmp *.webp)"))
        return paths

    @classmethod
    def ask_save_path(cls, parent: QWidget, suggested: str) -> str | None:
        path, _ = QFileDialog.getSaveFileName(parent, QCoreApplication.translate("VehicleView", "保存 PDF"), suggested,
                                              "PDF (*.pdf)")
        return path or None

    @classmethod
    def open_url(cls, url: QUrl) -> bool:
        return QDesktopServices.openUrl(url)
