"""The parts import dialog: choose a file, see what it would post, then import it or cancel.

Flow: the clerk picks what to import (单据 / 往来单位 / 备件) and a file; the dialog runs the import
as a dry run (ledger.io, nothing written) and shows per document what it will post and what it does
to each book, the parts it will create, or every refused row with its row number and column. 导入
is enabled only for a file with no problems; it runs the same import for real. A template button
writes the import template (ledger.io.write_import_template).

The preview and the import run in a worker thread through ui.runner (a 10,000-line file takes
seconds): the dialog stays responsive and shows progress. Tests wait for them with
``qtbot.waitUntil(lambda: not ui.runner.running())``.

Two more kinds are offered where they belong, each with its own template, preview and all-or-
nothing import: ``opening`` (期初建账, ledger.opening_io: the go-live date is picked in the dialog;
the preview lists every line of every book with its party, original date, age and number) and
``archives`` (the 档案 list, archive.io). ``kinds`` chooses what the 导入内容 box offers; with one
kind it is not shown. ``embedded=True`` puts the dialog inside another window (the first-start
wizard, ui.setup_wizard): no 取消, and a finished import emits ``imported`` instead of closing.

The blocking file dialogs are classmethods (``ask_open_path``, ``ask_save_path``) tests replace;
``ImportDialog.ask(parent, context)`` opens the dialog and returns the import's result, or None.
"""
from __future__ import annotations

import sys
from datetime import datetime
from typing import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QComboBox, QDialog, QFileDialog, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QMessageBox,
    QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from common.clock import branch_now
from common.errors import Refusal, RefusalList
from ledger import io
from ledger.models import BOOK_NAMES, BOOKS
from ledger.doctypes import DOC_TYPES
from ui.date_edit import DateEdit
from ui.messages import refusal_text
from ui.retranslate import Retranslating
from ui.runner import run_op, show_message

KINDS = ("documents", "parties", "parts", "opening", "archives", "calendar")
PARTS_KINDS = ("documents", "parties", "parts")  # what the 备件 page's 导入 Excel offers
KIND_TEXTS = {"documents": QT_TRANSLATE_NOOP("ImportDialog", "单据"),
              "parties": QT_TRANSLATE_NOOP("ImportDialog", "往来单位"),
              "parts": QT_TRANSLATE_NOOP("ImportDialog", "备件"),
              "opening": QT_TRANSLATE_NOOP("ImportDialog", "期初余额"),
              "archives": QT_TRANSLATE_NOOP("ImportDialog", "档案台账"),
              "calendar": QT_TRANSLATE_NOOP("ImportDialog", "节假日日历")}
TEMPLATE_NAMES = {"documents": QT_TRANSLATE_NOOP("ImportDialog", "备件导入模板.xlsx"),
                  "parties": QT_TRANSLATE_NOOP("ImportDialog", "备件导入模板.xlsx"),
                  "parts": QT_TRANSLATE_NOOP("ImportDialog", "备件导入模板.xlsx"),
                  "opening": QT_TRANSLATE_NOOP("ImportDialog", "期初建账模板.xlsx"),
                  "archives": QT_TRANSLATE_NOOP("ImportDialog", "档案台账导入模板.xlsx"),
                  "calendar": QT_TRANSLATE_NOOP("ImportDialog", "节假日日历模板.xlsx")}
STATUS_TEXTS = {"would_post": QT_TRANSLATE_NOOP("ImportDialog", "将记账"),
                "posted": QT_TRANSLATE_NOOP("ImportDialog", "已记账"),
                "already_posted": QT_TRANSLATE_NOOP("ImportDialog", "已记过账，跳过")}
# The Chinese names of ledger/posting.py and ledger/models.py, marked here for translation (the
# domain holds no Qt).
TYPE_TEXTS = {
    "HQ_SHIP": QT_TRANSLATE_NOOP("ImportDialog", "总部发货"), "HQ_RECEIVE": QT_TRANSLATE_NOOP("ImportDialog", "总部到货"),
    "TRANSIT_LOSS": QT_TRANSLATE_NOOP("ImportDialog", "在途短少"),
    "STATION_ISSUE": QT_TRANSLATE_NOOP("ImportDialog", "发服务站"),
    "STATION_BAD_RETURN": QT_TRANSLATE_NOOP("ImportDialog", "服务站返坏件"),
    "STATION_GOOD_RETURN": QT_TRANSLATE_NOOP("ImportDialog", "服务站退好件"),
    "HQ_BAD_RETURN": QT_TRANSLATE_NOOP("ImportDialog", "返总部坏件"),
    "HQ_BAD_CONFIRM": QT_TRANSLATE_NOOP("ImportDialog", "总部确认收坏件"),
    "COUNTER_ISSUE": QT_TRANSLATE_NOOP("ImportDialog", "维修换件"),
    "ADJUST_GOOD": QT_TRANSLATE_NOOP("ImportDialog", "盘点调整好件"),
    "ADJUST_BAD": QT_TRANSLATE_NOOP("ImportDialog", "盘点调整坏件"),
    "SCRAP": QT_TRANSLATE_NOOP("ImportDialog", "报废"), "REVERSAL": QT_TRANSLATE_NOOP("ImportDialog", "冲销"),
}
BOOK_TEXTS = {
    "good": QT_TRANSLATE_NOOP("ImportDialog", "好件库存"), "bad": QT_TRANSLATE_NOOP("ImportDialog", "坏件库存"),
    "in_transit_in": QT_TRANSLATE_NOOP("ImportDialog", "在途（总部发来）"),
    "in_transit_out": QT_TRANSLATE_NOOP("ImportDialog", "在途（返总部）"),
    "owed_to": QT_TRANSLATE_NOOP("ImportDialog", "欠人坏件"), "owed_by": QT_TRANSLATE_NOOP("ImportDialog", "人欠坏件"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("ImportDialog", text)


# Computed once: Python enum arithmetic per cell cost a third of a second on a 500-document preview.
_READ_ONLY = QTableWidgetItem().flags() & ~Qt.ItemFlag.ItemIsEditable
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def _item(value) -> QTableWidgetItem:
    item = QTableWidgetItem("" if value is None else str(value))
    item.setFlags(_READ_ONLY)
    if isinstance(value, int):
        item.setTextAlignment(_RIGHT)
    return item


def effects_text(effects) -> str:
    """One line a clerk reads: 'BP-3501010 好件库存 +6（0→6）；…'."""
    parts = []
    for effect in effects:
        book = _tr(BOOK_TEXTS.get(effect.book, BOOK_NAMES[effect.book]))
        party = f"[{effect.party_code}]" if effect.party_code else ""
        parts.append(f"{effect.part_number} {book}{party} {effect.delta:+d}（{effect.before}→{effect.after}）")
    return "；".join(parts)


def _functions(kind: str):
    """(import function, template writer) of a kind; imported here, not at start-up."""
    if kind == "opening":
        from ledger import opening_io

        return opening_io.import_opening, opening_io.write_opening_template
    if kind == "archives":
        from archive import io as archive_io

        return archive_io.import_archives, archive_io.write_archive_template
    if kind == "calendar":
        from archive import holidays

        return holidays.import_calendar, holidays.write_calendar_template
    function = {"documents": io.import_documents, "parties": io.import_parties, "parts": io.import_parts}[kind]
    return function, io.write_import_template


def _is_instance(result, module: str, name: str) -> bool:
    """isinstance(result, module.name) without importing the module: a result of that class means
    its module was imported by whoever made it. Importing it here would run on the GUI thread when
    the preview is shown (archive.io and its dataclasses alone took 25-40 ms of a 10,000-line
    documents import's preview, a result that is none of these)."""
    loaded = sys.modules.get(module)
    return loaded is not None and isinstance(result, getattr(loaded, name))


def _is_opening(result) -> bool:
    return _is_instance(result, "ledger.opening_io", "OpeningImportResult")


def _is_archives(result) -> bool:
    return _is_instance(result, "archive.io", "ArchivesImported")


def _is_calendar(result) -> bool:
    return _is_instance(result, "archive.holidays", "CalendarImported")


class ImportDialog(Retranslating, QDialog):
    imported = Signal(object)  # the result of a finished (not dry) import

    def __init__(self, context, parent: QWidget | None = None, kind: str = "documents",
                 clock: Callable[[], datetime] = branch_now, kinds: tuple | None = None,
                 embedded: bool = False):
        super().__init__(parent)
        self.context = context
        self.clock = clock
        self.kinds = tuple(kinds or (PARTS_KINDS if kind in PARTS_KINDS else (kind,)))
        self.embedded = embedded
        if embedded:
            self.setWindowFlags(Qt.WindowType.Widget)
        self.result_value = None
        self.path: str | None = None
        self._previewed = None
        self._fill_generation = 0  # which preview the table is being filled with

        # create
        self.kind_label = QLabel()
        self.kind_combo = QComboBox()
        for _ in self.kinds:
            self.kind_combo.addItem("")
        self.kind_combo.setCurrentIndex(self.kinds.index(kind))
        # The go-live day of an opening: every owed line's age and the locked days count from it.
        self.date_label = QLabel()
        self.date_edit = DateEdit(clock().date())
        self.date_label.setBuddy(self.date_edit)
        self.path_edit = QLineEdit()
        self.path_edit.setReadOnly(True)
        self.choose_button = QPushButton()
        self.template_button = QPushButton()
        # Off by default: a hidden or filtered-out row is refused, so nothing the clerk cannot see
        # in Excel is posted unless she says so.
        self.skip_hidden_check = QCheckBox()
        # The archive list: a 15-digit first-generation ID is refused unless the clerk asks for its
        # 18-digit form (archive.io), as the 档案 page asks.
        self.convert_ids_check = QCheckBox()
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.preview_table = QTableWidget(0, 0)
        self.problems_label = QLabel()
        self.problems_table = QTableWidget(0, 3)
        for table in (self.preview_table, self.problems_table):
            table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
            table.verticalHeader().setVisible(False)
            table.horizontalHeader().setStretchLastSection(True)
        self.problems_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.import_button = QPushButton()
        self.import_button.setEnabled(False)
        self.cancel_button = QPushButton()

        # lay out
        top = QHBoxLayout()
        top.addWidget(self.kind_label)
        top.addWidget(self.kind_combo)
        top.addWidget(self.date_label)
        top.addWidget(self.date_edit)
        top.addWidget(self.path_edit, 1)
        top.addWidget(self.choose_button)
        top.addWidget(self.template_button)
        buttons = QHBoxLayout()
        buttons.addWidget(self.skip_hidden_check)
        buttons.addWidget(self.convert_ids_check)
        buttons.addStretch(1)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.preview_table, 3)
        layout.addWidget(self.problems_label)
        layout.addWidget(self.problems_table, 2)
        layout.addLayout(buttons)
        if embedded:
            layout.setContentsMargins(0, 0, 0, 0)
            self.cancel_button.hide()
        self.resize(980, 620)

        # connect
        self.choose_button.clicked.connect(self.choose_file)
        self.template_button.clicked.connect(self.save_template)
        self.kind_combo.currentIndexChanged.connect(self._kind_changed)
        self.date_edit.dateChanged.connect(lambda _: self.load(self.path) if self.path else None)
        self.skip_hidden_check.toggled.connect(lambda _: self.load(self.path) if self.path else None)
        self.convert_ids_check.toggled.connect(lambda _: self.load(self.path) if self.path else None)
        self.import_button.clicked.connect(self.run_import)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self._post_key)
        self.cancel_button.clicked.connect(self.reject)

        self._kind_changed()
        self.retranslateUi()

    # -- texts ----------------------------------------------------------------------------------

    def retranslateUi(self) -> None:
        titles = {("opening",): self.tr("期初建账"), ("archives",): self.tr("导入档案台账"),
                  ("calendar",): self.tr("导入节假日日历")}
        self.setWindowTitle(titles.get(self.kinds, self.tr("导入备件数据")))
        self.kind_label.setText(self.tr("导入内容(&K)："))
        self.kind_label.setBuddy(self.kind_combo)
        for index, kind in enumerate(self.kinds):
            self.kind_combo.setItemText(index, _tr(KIND_TEXTS[kind]))
        self.date_label.setText(self.tr("建账日(&D)："))
        self.date_edit.setToolTip(self.tr("期初余额是这一天结束时的账；建账日当天及以前不能再记账。"))
        self.path_edit.setPlaceholderText(self.tr("请选择 .xlsx、.xls、.ods 或 CSV 文件"))
        self.choose_button.setText(self.tr("选择文件(&O)…"))
        self.template_button.setText(self.tr("下载模板(&T)…"))
        self.skip_hidden_check.setText(self.tr("跳过隐藏行(&H)"))
        self.convert_ids_check.setText(self.tr("15 位身份证号转为 18 位(&8)"))
        self.convert_ids_check.setToolTip(self.tr("第一代 15 位身份证号按国家标准补全为 18 位后导入，每行给出提示，请与证件核对。"))
        self.skip_hidden_check.setToolTip(self.tr("不导入在 Excel 中隐藏或被筛选隐藏的行；不勾选时，有这样的行则整个文件不导入。"))
        self.problems_label.setText(self.tr("问题（整个文件不会导入，请改正后重新选择文件）："))
        self.problems_table.setHorizontalHeaderLabels([self.tr("行"), self.tr("列"), self.tr("问题")])
        self.import_button.setText(self.tr("导入(&I)"))
        self.cancel_button.setText(self.tr("取消"))
        if self._previewed is not None:
            self._show_preview(self._previewed)
        elif not self.path:
            self.summary.setText(self.tr(
                "选择文件后先预览：显示每个账本的每一行期初余额（往来单位、原始日期、账龄、原始单号）；确认无误再导入，"
                "整个文件要么全部导入，要么一行也不导入。") if self.kind == "opening" else self.tr(
                "选择文件后先预览：显示每张单据将记什么账、对各账簿的影响；确认无误再导入。"))

    def keyPressEvent(self, event) -> None:
        # Enter in the go-live date takes it and moves on to the file; the dialog's default button
        # (选择文件) must not open over a date the clerk is still checking.
        if (event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.focusWidget() is self.date_edit
                and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier):
            self.choose_button.setFocus(Qt.FocusReason.TabFocusReason)
            return
        super().keyPressEvent(event)

    def _post_key(self) -> None:
        """Ctrl+Enter imports a previewed file without problems, as 导入 does."""
        if self.import_button.isEnabled() and self.import_button.isVisible():
            self.run_import()

    # -- actions --------------------------------------------------------------------------------

    @property
    def kind(self) -> str:
        return self.kinds[self.kind_combo.currentIndex()]

    def _kind_changed(self, *_) -> None:
        single = len(self.kinds) == 1
        self.kind_label.setVisible(not single)
        self.kind_combo.setVisible(not single)
        for widget in (self.date_label, self.date_edit):
            widget.setVisible(self.kind == "opening")
        # The holiday sheet is read whole (archive.holidays has no hidden-row choice).
        self.skip_hidden_check.setVisible(self.kind != "calendar")
        self.convert_ids_check.setVisible(self.kind == "archives")
        if self.path:
            self.load(self.path)

    def _actor(self):
        return self.context.actor.at(self.clock())

    def _call(self, dry_run: bool):
        """The import as a call for the worker thread: every input is read here, in the GUI thread."""
        function, _ = _functions(self.kind)
        actor, path, skip_hidden = self._actor(), self.path, self.skip_hidden_check.isChecked()
        if self.kind == "opening":
            # One document checked and posted in one transaction: no progress steps to cancel at.
            on = self.date_edit.date().toPython()
            return lambda: function(actor, path, on, dry_run=dry_run, skip_hidden=skip_hidden)
        if self.kind == "calendar":  # a sheet of a few dozen days, read whole
            return lambda: function(actor, path, dry_run=dry_run)
        if self.kind == "archives":
            convert = self.convert_ids_check.isChecked()
            return lambda progress: function(actor, path, dry_run=dry_run, skip_hidden=skip_hidden, progress=progress,
                                             convert_15_digit_ids=convert)
        # progress(done, total) raises once 取消 was pressed: the import's transaction rolls back.
        return lambda progress: function(actor, path, dry_run=dry_run, skip_hidden=skip_hidden, progress=progress)

    def choose_file(self) -> None:
        path = self.ask_open_path(self)
        if path:
            self.load(path)

    def load(self, path: str) -> None:
        """Preview the file (a dry run): fill the preview or the problems, enable 导入 if clean."""
        self.path = path
        self.path_edit.setText(path)
        self._previewed = None
        self.import_button.setEnabled(False)
        if self.kind == "opening" and self.date_edit.problem():
            self._show_problems(None)
            self.preview_table.setRowCount(0)
            show_message(self.summary, self.date_edit.problem(), error=True)
            return
        run_op(self, self._call(dry_run=True), long=True, message=self.tr("正在检查文件…"),
               cancellable=self.kind not in ("opening", "calendar"), message_line=self.summary,
               on_refused=self._show_problems,
               on_done=self._previewed_ok)

    def _previewed_ok(self, result) -> None:
        self._previewed = result
        self._show_problems(None)
        self._show_preview(result)
        self.import_button.setEnabled(self._has_work(result))

    @staticmethod
    def _has_work(result) -> bool:
        if isinstance(result, io.ImportResult):
            return bool(result.posted)
        if _is_opening(result):
            return bool(result.line_count)
        if _is_archives(result):
            return bool(result.rows)
        if _is_calendar(result):
            return bool(result.days)
        return bool(result.created or result.updated)

    def run_import(self) -> None:
        if not self.path:
            return
        self.import_button.setEnabled(False)  # one click imports once
        run_op(self, self._call(dry_run=False), long=True, message=self.tr("正在导入…"),
               cancellable=self.kind not in ("opening", "calendar"),
               message_line=self.summary, on_refused=self._import_refused, on_done=self._imported,
               # Nothing was imported: the previewed file may be imported again.
               on_cancelled=lambda: self.import_button.setEnabled(self._previewed is not None))

    def _import_refused(self, refusal: Refusal) -> None:
        # The database changed since the preview (another clerk posted): show why, import nothing.
        self._previewed = None
        self._show_problems(refusal)

    def _imported(self, result) -> None:
        self.result_value = result
        self.imported.emit(result)
        if self.embedded:
            self._previewed = None
            self.preview_table.setRowCount(0)
            show_message(self.summary, self.done_text(result), error=False)
            return
        self.accept()

    def done_text(self, result) -> str:
        """What a finished import did, in one sentence (the wizard's step says it)."""
        if isinstance(result, io.ImportResult):
            return self.tr("已记账 {documents} 张单据、{lines} 行。").format(documents=len(result.posted),
                                                                      lines=result.line_count)
        if _is_opening(result):
            return self.tr("已建期初 {number}，建账日 {date}，{lines} 行；建账日当天及以前不能再记账。").format(
                number=result.number, date=result.date.isoformat(), lines=result.line_count)
        if _is_archives(result):
            return self.tr("已导入 {rows} 行：新建客户 {created} 位，并入已有客户 {existing} 行，车辆 {vehicles} 辆。").format(
                rows=result.rows, created=result.customers_created, existing=result.customers_existing,
                vehicles=result.vehicles)
        if _is_calendar(result):
            return self.tr("已导入 {days} 天（{years} 年），重新计算了 {moved} 个未到的截止日期。").format(
                days=result.days, years="、".join(map(str, result.years)), moved=result.deadlines_moved)
        return self.tr("已新建 {created} 条、更新 {updated} 条。").format(created=len(result.created),
                                                                   updated=len(result.updated))

    def reject(self) -> None:
        if not self.embedded:  # inside the wizard, Esc is the wizard's
            super().reject()

    def save_template(self) -> None:
        path = self.ask_save_path(self, _tr(TEMPLATE_NAMES[self.kind]))
        if not path:
            return
        _, write = _functions(self.kind)
        run_op(self, lambda: write(path), message_line=self.summary,
               success=lambda _: self.tr("模板已保存到 {path}。").format(path=path),
               on_refused=lambda refusal: QMessageBox.warning(self, self.windowTitle(), refusal_text(refusal)))

    # -- showing --------------------------------------------------------------------------------

    def _show_problems(self, refusal: Refusal | None) -> None:
        items = []
        if refusal is not None:
            items = refusal.items if isinstance(refusal, RefusalList) and refusal.items else [refusal]
            self.summary.setText(refusal_text(Refusal(refusal.code, **refusal.facts)) if isinstance(
                refusal, RefusalList) else self.tr("文件未导入。"))
            self.preview_table.setRowCount(0)
        self.problems_table.setRowCount(len(items))
        for row, item in enumerate(items):
            self.problems_table.setItem(row, 0, _item(item.facts.get("row")))
            self.problems_table.setItem(row, 1, _item(item.facts.get("column")))
            self.problems_table.setItem(row, 2, _item(refusal_text(item).replace("\n", " ")))
        self.problems_label.setVisible(bool(items))
        self.problems_table.setVisible(bool(items))

    FILL_CHUNK_ROWS = 100  # preview rows per turn of the event loop: a 500-document file never stalls

    def _fill_documents(self, documents: list, start: int, generation: int) -> None:
        if generation != self._fill_generation:
            return  # another preview is shown by now
        end = min(len(documents), start + self.FILL_CHUNK_ROWS)
        for row in range(start, end):
            outcome = documents[row]
            values = [outcome.date.isoformat(),
                      _tr(TYPE_TEXTS.get(outcome.doc_type, DOC_TYPES[outcome.doc_type].name)),
                      outcome.source_number, outcome.party, outcome.line_count,
                      _tr(STATUS_TEXTS[outcome.status]), outcome.number, effects_text(outcome.effects)]
            for column, value in enumerate(values):
                self.preview_table.setItem(row, column, _item(value))
        if end < len(documents):
            QTimer.singleShot(0, self, lambda: self._fill_documents(documents, end, generation))

    def _show_opening(self, result) -> None:
        """Every line of every book in the books' order, with its party, original date, age on the
        go-live day and number; the summary counts each book."""
        headers = [self.tr("行"), self.tr("账本"), self.tr("往来单位"), self.tr("备件编号"), self.tr("备件名称"),
                   self.tr("数量"), self.tr("原始日期"), self.tr("账龄（天）"), self.tr("原始单号")]
        lines = sorted(result.lines, key=lambda line: (BOOKS.index(line.book), line.row))
        table = self.preview_table
        table.setColumnCount(len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.setRowCount(len(lines))
        dated = ("owed_to", "owed_by", "in_transit_in", "in_transit_out")
        for row, line in enumerate(lines):
            age = (result.date - line.origin_date).days if line.book in dated else None
            values = [line.row, _tr(BOOK_TEXTS[line.book]), line.party_code, line.part_number, line.part_name,
                      line.qty, line.origin_date.isoformat() if line.book in dated else None, age,
                      line.origin_number]
            for column, value in enumerate(values):
                table.setItem(row, column, _item(value))
        per_book = []
        for book in BOOKS:
            of_book = [line for line in lines if line.book == book]
            if not of_book:
                continue
            text = self.tr("{book} {lines} 行 {qty} 件").format(
                book=_tr(BOOK_TEXTS[book]), lines=len(of_book), qty=sum(line.qty for line in of_book))
            if book in ("in_transit_in", "in_transit_out"):
                text += self.tr("（{count} 张单）").format(count=len({line.origin_number for line in of_book}))
            if book == "in_transit_out":
                text += self.tr("，待总部确认")
            per_book.append(text)
        text = self.tr("将建期初 {number}，建账日 {date}，共 {lines} 行：").format(
            number=result.number, date=result.date.isoformat(), lines=result.line_count) + self.tr("；").join(per_book) + self.tr("。")
        if result.new_parts:
            text += self.tr("将新建备件 {count} 个：{parts}。").format(
                count=len(result.new_parts), parts="、".join(f"{p.number} {p.name}" for p in result.new_parts[:20])
                + ("…" if len(result.new_parts) > 20 else ""))
        self.summary.setText(text)

    def _show_archives(self, result) -> None:
        """The archive list: what it creates, and each row's reminder (kept, not blocking)."""
        table = self.preview_table
        table.setColumnCount(2)
        table.setHorizontalHeaderLabels([self.tr("行"), self.tr("提醒")])
        table.setRowCount(len(result.warnings))
        for row, warning in enumerate(result.warnings):
            table.setItem(row, 0, _item(warning.facts.get("row")))
            table.setItem(row, 1, _item(refusal_text(warning).replace("\n", " ")))
        self.summary.setText(self.tr(
            "将导入 {rows} 行：新建客户 {created} 位，并入已有客户 {existing} 行，车辆 {vehicles} 辆。").format(
            rows=result.rows, created=result.customers_created, existing=result.customers_existing,
            vehicles=result.vehicles) + self._skipped_text(result))

    def _show_calendar(self, result) -> None:
        """Each day the sheet sets, and how many open deadlines it moves."""
        table = self.preview_table
        table.setColumnCount(4)
        table.setHorizontalHeaderLabels([self.tr("行"), self.tr("日期"), self.tr("类型"), self.tr("名称")])
        table.setRowCount(len(result.rows))
        for row, (day, kind, name, number) in enumerate(result.rows):
            values = [number, day.isoformat(), self.tr("上班") if kind == "work" else self.tr("放假"), name]
            for column, value in enumerate(values):
                table.setItem(row, column, _item(value))
        self.summary.setText(self.tr("将导入 {days} 天（{years} 年），重新计算 {moved} 个未到的截止日期。").format(
            days=result.days, years="、".join(map(str, result.years)), moved=result.deadlines_moved))

    def _show_preview(self, result) -> None:
        table = self.preview_table
        if _is_opening(result):
            self._show_opening(result)
        elif _is_calendar(result):
            self._show_calendar(result)
        elif _is_archives(result):
            self._show_archives(result)
        elif isinstance(result, io.ImportResult):
            headers = [self.tr("日期"), self.tr("单据类型"), self.tr("单据号"), self.tr("往来单位"), self.tr("行数"),
                       self.tr("状态"), self.tr("本公司单号"), self.tr("对账簿的影响")]
            table.setColumnCount(len(headers))
            table.setHorizontalHeaderLabels(headers)
            table.setRowCount(len(result.documents))
            self._fill_generation += 1
            self._fill_documents(result.documents, 0, self._fill_generation)
            text = self.tr("将记账 {documents} 张单据、{lines} 行；已记过账跳过 {skipped} 张。").format(
                documents=len(result.posted), lines=result.line_count, skipped=len(result.already_posted))
            if result.new_parts:
                text += self.tr("将新建备件 {count} 个：{parts}。").format(
                    count=len(result.new_parts),
                    parts="、".join(f"{p.number} {p.name}" for p in result.new_parts[:20])
                    + ("…" if len(result.new_parts) > 20 else ""))
            self.summary.setText(text + self._skipped_text(result))
        else:
            headers = [self.tr("编码 / 编号"), self.tr("操作")]
            table.setColumnCount(2)
            table.setHorizontalHeaderLabels(headers)
            rows = [(code, self.tr("新建")) for code in result.created] + [(code, self.tr("更新")) for code in result.updated]
            table.setRowCount(len(rows))
            for row, values in enumerate(rows):
                for column, value in enumerate(values):
                    table.setItem(row, column, _item(value))
            self.summary.setText(self.tr("将新建 {created} 条、更新 {updated} 条，{unchanged} 条无变化。").format(
                created=len(result.created), updated=len(result.updated), unchanged=result.unchanged)
                + self._skipped_text(result))
        table.horizontalHeader().setResizeContentsPrecision(50)  # measure 50 rows, not a 500-document file
        table.resizeColumnsToContents()
        table.horizontalHeader().setStretchLastSection(True)

    def _skipped_text(self, result) -> str:
        rows = result.skipped_hidden
        if not rows:
            return ""
        return self.tr("已按要求跳过隐藏行 {count} 行（第 {rows} 行）。").format(
            count=len(rows), rows="、".join(map(str, rows[:20])) + ("…" if len(rows) > 20 else ""))

    # -- seams ----------------------------------------------------------------------------------

    @classmethod
    def ask_open_path(cls, parent: QWidget) -> str | None:
        path, _ = QFileDialog.getOpenFileName(parent, _tr("选择导入文件"), "",
                                              _tr("表格文件 (*.xlsx *.xls *.ods *.csv);;所有文件 (*)"))
        return path or None

    @classmethod
    def ask_save_path(cls, parent: QWidget, suggested: str) -> str | None:
        path, _ = QFileDialog.getSaveFileName(parent, _tr("保存导入模板"), suggested, _tr("Excel 工作簿 (*.xlsx)"))
        return path or None

    @classmethod
    def ask(cls, parent: QWidget, context, kind: str = "documents"):
        """Open the dialog; the import's result (ledger.io.ImportResult / MasterImportResult, the
        opening's OpeningImportResult) or None."""
        dialog = cls(context, parent, kind)
        return dialog.result_value if dialog.exec() == QDialog.DialogCode.Accepted else None
