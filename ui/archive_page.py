"""The 档案 page: one search box for the vehicle archive, the vehicle's files, late handovers,
archive boxes, and import / export of archive lists.

- 查询: the search box reads the text every way ``archive.search`` knows (VIN or its end, plate
  with or without province, name in hanzi / pinyin / initials, phone, archive or box number),
  with an optional date range; results (at most 50, best reading first) fill a small table, and
  Enter or a double click opens the vehicle below (``ui.vehicle_view.VehicleView``).
- 逾期移交: per responsible person, papers not yet handed over past their deadline and papers
  handed over late this quarter (季效考核).
- 档案盒: pack the vehicles selected in the results into a numbered box, seal it, print its
  content list.
- 导入 / 导出 / 模板: ``archive.io`` with an .xlsx file; the outcome (or one line per bad row)
  goes into the report box.

Dialogs are reached through classmethods (``ask_open_path``, ``ask_save_path``) tests replace.
"""
from __future__ import annotations

from datetime import date, datetime
from typing import Callable

from PySide6.QtCore import QCoreApplication, QDate, QT_TRANSLATE_NOOP, Qt, QTimer, QUrl
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from archive import files, io, search, validate
from common.auth import can
from common.clock import branch_now
from common.errors import Refusal
from ui.date_edit import DateEdit, FilterDates, name_period
from ui.messages import refusal_text
from ui.retranslate import Retranslating
from ui.runner import run_op
from ui.table_model import fit_columns
from ui.vehicle_view import VehicleView

MATCH_NAMES = {
    "vin": QT_TRANSLATE_NOOP("Archive", "车架号"),
    "vin_suffix": QT_TRANSLATE_NOOP("Archive", "车架号后几位"),
    "plate": QT_TRANSLATE_NOOP("Archive", "车牌号"),
    "plate_suffix": QT_TRANSLATE_NOOP("Archive", "车牌尾号"),
    "name": QT_TRANSLATE_NOOP("Archive", "客户名称"),
    "pinyin": QT_TRANSLATE_NOOP("Archive", "拼音"),
    "initials": QT_TRANSLATE_NOOP("Archive", "拼音首字母"),
    "phone": QT_TRANSLATE_NOOP("Archive", "电话"),
    "archive_number": QT_TRANSLATE_NOOP("Archive", "档案编号"),
    "box": QT_TRANSLATE_NOOP("Archive", "档案盒号"),
    "date": QT_TRANSLATE_NOOP("Archive", "日期"),
}
RESULT_HEADERS = (
    QT_TRANSLATE_NOOP("Archive", "匹配"), QT_TRANSLATE_NOOP("Archive", "档案编号"), QT_TRANSLATE_NOOP("Archive", "客户"),
    QT_TRANSLATE_NOOP("Archive", "电话"), QT_TRANSLATE_NOOP("Archive", "车架号"), QT_TRANSLATE_NOOP("Archive", "车牌号"),
    QT_TRANSLATE_NOOP("Archive", "车型"), QT_TRANSLATE_NOOP("Archive", "交车日期"), QT_TRANSLATE_NOOP("Archive", "档案盒"),
)
OVERDUE_HEADERS = (
    QT_TRANSLATE_NOOP("Archive", "责任人 / 车架号"), QT_TRANSLATE_NOOP("Archive", "档案"), QT_TRANSLATE_NOOP("Archive", "客户"),
    QT_TRANSLATE_NOOP("Archive", "车牌号"), QT_TRANSLATE_NOOP("Archive", "交车/进厂"), QT_TRANSLATE_NOOP("Archive", "移交期限"),
    QT_TRANSLATE_NOOP("Archive", "移交日期"), QT_TRANSLATE_NOOP("Archive", "迟交工作日"),
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("Archive", text)


def _day(value) -> str:
    return value.isoformat() if value else ""


def quarter_start(day: date) -> date:
    return date(day.year, 3 * ((day.month - 1) // 3) + 1, 1)


class ArchivePage(Retranslating, QWidget):
    SEARCH_DELAY_MS = 200

    def __init__(self, context, parent: QWidget | None = None, clock: Callable[[], datetime] = branch_now):
        super().__init__(parent)
        self.actor = context.actor
        self._clock = clock
        self.editable = can(self.actor.user, "archive.edit")
        self.hits: list[search.Hit] = []

        # create
        self.tabs = QTabWidget()
        self.query = QLineEdit()
        self.query.setClearButtonEnabled(True)
        self.use_dates = QCheckBox()
        today = QDate(self._clock().date())
        self.date_from = DateEdit(today.addMonths(-1))
        self.date_to = DateEdit(today)
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setEnabled(False)
        self.search_button = QPushButton()
        self.result_count = QLabel()
        self.result_count.setProperty("role", "hint")
        self.results = QTableWidget(0, len(RESULT_HEADERS))
        self.results.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.results.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.results.verticalHeader().hide()
        self.results.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.results.horizontalHeader().setStretchLastSection(True)
        self.vehicle = VehicleView(self.actor, clock=clock)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(self.SEARCH_DELAY_MS)

        self.overdue = QTreeWidget()
        self.overdue.setColumnCount(len(OVERDUE_HEADERS))
        self.overdue_refresh = QPushButton()
        self.handover_button = QPushButton()  # 资料交接表单 (ui/handover_dialog.py)
        self.overdue_hint = QLabel()
        self.overdue_hint.setWordWrap(True)  # one long line made the window wider than a 1366 screen
        self.overdue_hint.setProperty("role", "hint")

        self.box_number = QLineEdit()
        self.box_label = QLabel()
        self.box_label.setBuddy(self.box_number)
        self.pack_button = QPushButton()
        self.seal_button = QPushButton()
        self.box_print_button = QPushButton()
        self.box_hint = QLabel()
        self.box_hint.setWordWrap(True)
        self.box_hint.setProperty("role", "hint")
        for button in (self.pack_button, self.seal_button):
            button.setEnabled(self.editable)

        self.import_button = QPushButton()
        self.import_button.setEnabled(self.editable)
        self.export_button = QPushButton()
        self.template_button = QPushButton()
        self.report = QPlainTextEdit()
        self.report.setReadOnly(True)
        self.report.setMaximumHeight(self.fontMetrics().height() * 8)
        self.report.hide()

        # lay out
        bar = QHBoxLayout()
        bar.addWidget(self.query, 1)
        bar.addWidget(self.use_dates)
        bar.addWidget(self.date_from)
        bar.addWidget(QLabel("—"))
        bar.addWidget(self.date_to)
        bar.addWidget(self.search_button)
        bar.addWidget(self.result_count)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.results)
        splitter.addWidget(self.vehicle)
        splitter.setStretchFactor(1, 3)
        search_tab = QWidget()
        search_layout = QVBoxLayout(search_tab)
        search_layout.addLayout(bar)
        search_layout.addWidget(splitter, 1)

        overdue_tab = QWidget()
        overdue_layout = QVBoxLayout(overdue_tab)
        overdue_bar = QHBoxLayout()
        overdue_bar.addWidget(self.overdue_hint, 1)
        overdue_bar.addWidget(self.overdue_refresh)
        overdue_bar.addWidget(self.handover_button)
        overdue_layout.addLayout(overdue_bar)
        overdue_layout.addWidget(self.overdue, 1)

        box_tab = QWidget()
        box_layout = QVBoxLayout(box_tab)
        box_bar = QHBoxLayout()
        box_bar.addWidget(self.box_label)
        box_bar.addWidget(self.box_number, 1)
        box_bar.addWidget(self.pack_button)
        box_bar.addWidget(self.seal_button)
        box_bar.addWidget(self.box_print_button)
        box_layout.addLayout(box_bar)
        box_layout.addWidget(self.box_hint)
        box_layout.addStretch(1)

        self.tabs.addTab(search_tab, "")
        self.tabs.addTab(overdue_tab, "")
        self.tabs.addTab(box_tab, "")
        files_bar = QHBoxLayout()
        files_bar.addStretch(1)
        files_bar.addWidget(self.template_button)
        files_bar.addWidget(self.import_button)
        files_bar.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(files_bar)
        layout.addWidget(self.report)
        self.setTabOrder(self.query, self.use_dates)
        self.setTabOrder(self.use_dates, self.date_from)
        self.setTabOrder(self.date_from, self.date_to)
        self.setTabOrder(self.date_to, self.results)

        # connect
        self.query.textChanged.connect(lambda _: self._search_timer.start())
        self.query.returnPressed.connect(self.run_search)
        self._search_timer.timeout.connect(self.run_search)
        self.search_button.clicked.connect(self.run_search)
        self.use_dates.toggled.connect(self._dates_toggled)
        self.date_from.dateChanged.connect(lambda _: self._search_timer.start())
        self.date_to.dateChanged.connect(lambda _: self._search_timer.start())
        # A date typed wrong is named in the message box; no search runs with the last good one.
        self.filter_dates = FilterDates((self.date_from, self.date_to), self._report, self.run_search,
                                        active=self.use_dates.isChecked)
        self.results.doubleClicked.connect(lambda index: self.open_hit(index.row()))
        self.results.activated.connect(lambda index: self.open_hit(index.row()))
        # A click or Up/Down changes the selection: the vehicle below follows it at once.
        self.results.itemSelectionChanged.connect(self._show_selected)
        self.overdue_refresh.clicked.connect(self.refresh_overdue)
        self.handover_button.clicked.connect(self.open_handover)
        self.tabs.currentChanged.connect(lambda index: self.refresh_overdue() if index == 1 else None)
        self.pack_button.clicked.connect(self.pack_selected)
        self.seal_button.clicked.connect(self.seal_box)
        self.box_print_button.clicked.connect(self.print_box)
        self.import_button.clicked.connect(lambda: self.import_list())
        self.export_button.clicked.connect(self.export_list)
        self.template_button.clicked.connect(self.save_template)

        self.retranslateUi()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not event.spontaneous():
            # Switched to (Ctrl+2, the navigation): a search page, so the cursor goes where the
            # clerk types. A window merely restored keeps the focus it had.
            self.query.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- texts ------------------------------------------------------------------------------------

    def retranslateUi(self) -> None:
        self.query.setPlaceholderText(self.tr("车架号（全部或后 6-8 位）、车牌号、客户名称 / 拼音 / 首字母、电话（4 位以上）、档案编号、档案盒号"))
        self.use_dates.setText(self.tr("日期(&D)"))
        name_period(self.date_from, self.date_to)
        self.search_button.setText(self.tr("查询(&F)"))
        self.results.setHorizontalHeaderLabels([_tr(h) for h in RESULT_HEADERS])
        self.overdue.setHeaderLabels([_tr(h) for h in OVERDUE_HEADERS])
        self.overdue_refresh.setText(self.tr("刷新(&R)"))
        self.handover_button.setText(self.tr("资料交接表单(&J)…"))
        self.overdue_hint.setText(self.tr("销售资料应在交车后 2 个工作日内、维修资料应在进厂后 1 个工作日内交档案室。"
                                          "列出：至今未交且已过期限的，以及本季度迟交的。"))
        self.box_label.setText(self.tr("档案盒号(&B)"))
        self.pack_button.setText(self.tr("装入查询结果中选中的车辆(&K)"))
        self.seal_button.setText(self.tr("封盒"))
        self.box_print_button.setText(self.tr("打印内容清单…"))
        self.box_hint.setText(self.tr("只有已过保修期的车辆档案可以打包保存；装盒后仍可查询，查询结果显示所在档案盒。"))
        self.tabs.setTabText(0, self.tr("查询"))
        self.tabs.setTabText(1, self.tr("逾期移交"))
        self.tabs.setTabText(2, self.tr("档案盒"))
        self.template_button.setText(self.tr("导入模板…"))
        self.import_button.setText(self.tr("导入档案台账(&I)…"))
        self.export_button.setText(self.tr("导出档案台账(&E)…"))
        self._fill_results()

    def _actor(self):
        return self.actor.at(self._clock())

    def _report(self, text: str, error: bool = False) -> None:
        """The page's message line for ui.runner: a box, since an import may report many rows."""
        self.report.setPlainText(text)
        self.report.setVisible(bool(text))

    # -- search -----------------------------------------------------------------------------------

    def _dates_toggled(self, on: bool) -> None:
        self.date_from.setEnabled(on)
        self.date_to.setEnabled(on)
        self.run_search()

    def date_range(self) -> tuple[date | None, date | None]:
        if not self.use_dates.isChecked():
            return None, None
        return self.date_from.date().toPython(), self.date_to.date().toPython()

    def run_search(self) -> None:
        self._search_timer.stop()
        if self.filter_dates.blocked():
            return
        date_from, date_to = self.date_range()
        try:
            hits = search.search(self.actor, self.query.text(), date_from, date_to)
        except Refusal:  # a role without archive.read: the box finds nothing, as it did before
            return
        self.hits = hits
        # New results: the old selection (and the vehicle shown for it) no longer stand.
        self.results.clearSelection()
        self._fill_results()
        if len(self.hits) == 1 and self.hits[0].vin:
            self.open_hit(0)

    def _fill_results(self) -> None:
        self.results.setRowCount(len(self.hits))
        for row, hit in enumerate(self.hits):
            values = (_tr(MATCH_NAMES.get(hit.matched, hit.matched)), hit.archive_number or "", hit.customer_name,
                      hit.phone or "", hit.vin or "", validate.plate_display(hit.plate) if hit.plate else "",
                      hit.model or "", _day(hit.delivery_date), hit.box_number or "")
            for column, value in enumerate(values):
                self.results.setItem(row, column, QTableWidgetItem(value))
        fit_columns(self.results)
        text = self.query.text().strip()
        if not text and not self.use_dates.isChecked():
            self.result_count.setText("")
        elif len(self.hits) >= 50:
            self.result_count.setText(self.tr("前 50 条，请输入更多字符"))
        else:
            self.result_count.setText(self.tr("{n} 条").format(n=len(self.hits)))

    def open_hit(self, row: int) -> None:
        if 0 <= row < len(self.hits) and self.hits[row].vin:
            self.results.selectRow(row)
            self._show_selected()

    def _show_selected(self) -> None:
        """Show the vehicle of the current row if it is selected (else of the last selected row);
        with nothing selected the pane is empty."""
        rows = sorted({index.row() for index in self.results.selectionModel().selectedRows()})
        current = self.results.currentRow()
        row = current if current in rows else (rows[-1] if rows else -1)
        vin = self.hits[row].vin if 0 <= row < len(self.hits) else None
        if not vin:
            self.vehicle.clear()
        elif self.vehicle.found is None or self.vehicle.found.vehicle.vin != vin:
            self.vehicle.show_vin(vin)

    def selected_vins(self) -> list[str]:
        rows = sorted({index.row() for index in self.results.selectionModel().selectedRows()})
        return [self.hits[row].vin for row in rows if self.hits[row].vin]

    # -- late handovers ---------------------------------------------------------------------------

    def refresh_overdue(self) -> None:
        today = self._clock().date()
        people = files.overdue_handovers(self._actor(), today, since=quarter_start(today))
        self.overdue.clear()
        kinds = {files.SALES: self.tr("销售档案"), files.REPAIR: self.tr("维修档案")}
        for person in people:
            top = QTreeWidgetItem([self.tr("{person}（未交 {outstanding}，迟交 {late}）").format(
                person=person.responsible, outstanding=len(person.outstanding), late=len(person.late))])
            for item in person.outstanding + person.late:
                QTreeWidgetItem(top, [item.vin, kinds[item.kind], item.customer,
                                      validate.plate_display(item.plate) if item.plate else "", _day(item.base_date),
                                      _day(item.handover_due), _day(item.handed_over_on) or self.tr("未交"),
                                      str(item.workdays_late)])
            self.overdue.addTopLevelItem(top)
        self.overdue.expandAll()
        for column in range(self.overdue.columnCount()):
            self.overdue.resizeColumnToContents(column)

    def open_handover(self):
        from ui.handover_dialog import HandoverDialog

        # Received batches hand files over: the late list is read again when the window closes.
        self.handover_dialog = HandoverDialog(self.actor, self, clock=self._clock)
        self.handover_dialog.finished.connect(lambda _result: self.refresh_overdue())
        self.handover_dialog.show()
        return self.handover_dialog

    # -- boxes ------------------------------------------------------------------------------------

    def pack_selected(self) -> None:
        vins = self.selected_vins()
        if not vins:
            self._report(self.tr("请先在查询结果中选中要装盒的车辆（可多选）。"))
            return
        actor, number = self._actor(), self.box_number.text()
        run_op(self, lambda: files.pack_vehicles(actor, number, vins), message_line=self._report,
               success=lambda packed: self.tr("已装入档案盒 {box}：{n} 辆，盒内共 {total} 辆。").format(
                   box=packed.number, n=len(packed.packed), total=packed.total),
               on_done=lambda _packed: self.run_search())

    def seal_box(self) -> None:
        actor, number = self._actor(), self.box_number.text()
        run_op(self, lambda: files.seal_box(actor, number), message_line=self._report,
               success=lambda box: self.tr("档案盒 {box} 已封盒。").format(box=box.number))

    def print_box(self) -> None:
        from archive import print as archive_print

        number = validate.text(self.box_number.text()).upper()
        path = self.ask_save_path(self, f"{number or 'box'}.pdf", "PDF (*.pdf)")
        if not path:
            return
        actor, now = self._actor(), self._clock()
        run_op(self, lambda: archive_print.print_box_contents(actor, number, path, now), message_line=self._report,
               success=lambda pages: self.tr("档案盒 {box} 的内容清单已保存到 {path}（{pages} 页）。").format(
                   box=number, path=path, pages=pages),
               on_done=lambda _pages: VehicleView.open_url(QUrl.fromLocalFile(str(path))),
               long=True, message=self.tr("正在生成内容清单…"))

    # -- files ------------------------------------------------------------------------------------

    def import_list(self, path: str | None = None, convert_15_digit_ids: bool = False) -> None:
        path = path or self.ask_open_path(self)
        if not path:
            return
        actor = self._actor()

        def refused(refusal) -> None:
            # 15-digit first-generation IDs: the clerk may confirm their 18-digit forms and re-run.
            count = refusal.facts.get("id_numbers_15", 0)
            if count and not convert_15_digit_ids and self.ask_convert_15_digit_ids(self, count):
                # After this op has finished: the runner takes one long operation per window.
                QTimer.singleShot(0, lambda: self.import_list(path, convert_15_digit_ids=True))

        def imported(result) -> None:
            lines = [self.tr("已导入 {rows} 行：新建客户 {created} 位，并入已有客户 {existing} 行，车辆 {vehicles} 辆。").format(
                rows=result.rows, created=result.customers_created, existing=result.customers_existing,
                vehicles=result.vehicles)]
            lines += [refusal_text(warning) for warning in result.warnings]
            self._report("\n".join(lines))
            self.run_search()

        # 取消 in the progress dialog rolls the whole list back (io.import_archives's progress).
        run_op(self, lambda progress: io.import_archives(actor, path, progress=progress,
                                                         convert_15_digit_ids=convert_15_digit_ids),
               message_line=self._report, on_done=imported, on_refused=refused, long=True, cancellable=True, message=self.tr("正在导入档案台账…"))

    def export_list(self) -> None:
        path = self.ask_save_path(self, self.tr("档案台账.xlsx"), "Excel (*.xlsx)")
        if not path:
            return
        actor = self._actor()
        # A masked list says so, lest it be taken for a full one (it does not import back).
        masked = "" if files.sees_id_numbers(actor) else self.tr("证件号码已部分隐去（本角色无权查看完整号码）。")
        run_op(self, lambda: io.export_archives(path, actor), message_line=self._report,
               success=lambda counts: self.tr("已导出 {n} 辆车的档案到 {path}。").format(n=counts[io.SHEET], path=path)
               + masked,
               long=True, message=self.tr("正在导出档案台账…"))

    def save_template(self) -> None:
        path = self.ask_save_path(self, self.tr("档案台账导入模板.xlsx"), "Excel (*.xlsx)")
        if not path:
            return
        run_op(self, lambda: io.write_archive_template(path), message_line=self._report,
               success=lambda _result: self.tr("模板已保存到 {path}：每行一辆车；证件号码请按文本填写。").format(path=path))

    # -- seams ------------------------------------------------------------------------------------

    @classmethod
    def ask_open_path(cls, parent: QWidget) -> str | None:
        path, _ = QFileDialog.getOpenFileName(parent, QCoreApplication.translate("ArchivePage", "导入档案台账"), "",
                                              "Excel (*.xlsx)")
        return path or None

    @classmethod
    def ask_convert_15_digit_ids(cls, parent: QWidget, count: int) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, QCoreApplication.translate("ArchivePage", "15 位身份证号码"),
                          QCoreApplication.translate("ArchivePage", "文件中有 {n} 个 15 位身份证号，转为 18 位后导入？")
                          .format(n=count), QMessageBox.StandardButton.NoButton, parent)
        convert = box.addButton(QCoreApplication.translate("ArchivePage", "转换并导入"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QCoreApplication.translate("ArchivePage", "取消"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        return box.clickedButton() is convert

    @classmethod
    def ask_save_path(cls, parent: QWidget, suggested: str, filter_text: str) -> str | None:
        path, _ = QFileDialog.getSaveFileName(parent, QCoreApplication.translate("ArchivePage", "保存"), suggested,
                                              filter_text)
        return path or None


def archive_page(context) -> QWidget:
    return ArchivePage(context)
