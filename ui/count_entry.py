"""Keying a stocktake's counts by hand (实盘录入), keyboard first.

Data model: the dialog lists the open stocktake's parts not counted yet, in the printed blind
count sheet's order with its 序号 (ledger.stocktake.uncounted_sheet_lines), and never the book
quantity. What is typed lives only in the table's cells until 保存, which hands every line to
ledger.stocktake.enter_counts (the function the xlsx import uses) in one all-or-nothing call.

Keys: the focus starts on the first line's 好件实数. Digits type the count (the first digit types
over what the cell held, as in a spreadsheet), Backspace takes the last digit back, Del empties the
cell, Enter goes to the same column of the next line, Tab / the arrows move between cells, Ctrl+Enter
saves, Esc closes. A blank 好件实数 is refused naming its 序号 and part (blind counts must be typed;
there is no "all zero"); a blank 坏件实数 counts 0, as in the import. A refusal keeps the dialog open
with everything typed; closing with typed counts asks 保存 / 放弃 / 取消 (``CountEntryDialog.ask_close``,
a seam tests replace).
"""
from __future__ import annotations

import unicodedata
from typing import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QHBoxLayout, QHeaderView, QLabel, QPushButton, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget,
)

from ledger import stocktake
from ui.forms import CANCEL, DISCARD, SAVE, ask_save_discard_cancel, say
from ui.runner import run_op

MAX_DIGITS = 9  # a shelf holds no billion parts; longer input is a stuck key


class CountTable(QTableWidget):
    """The count cells take digits directly (no editor to commit or lose); the other columns are
    read only. ``on_refused_key(text)`` is told about a key that is no digit."""

    def __init__(self, count_columns: tuple[int, ...], on_refused_key: Callable[[str], None],
                 on_typed: Callable[[], None], parent: QWidget | None = None):
        super().__init__(parent)
        self.count_columns = count_columns
        self._on_refused_key = on_refused_key
        self._on_typed = on_typed
        self._fresh = True  # the next digit types over the cell (just arrived on it)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setTabKeyNavigation(True)
        self.verticalHeader().hide()
        self.currentCellChanged.connect(lambda *_: setattr(self, "_fresh", True))

    def count_text(self, row: int, column: int) -> str:
        item = self.item(row, column)
        return item.text() if item is not None else ""

    def _set_count(self, row: int, column: int, text: str) -> None:
        self.item(row, column).setText(text)
        self._on_typed()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        row, column = self.currentRow(), self.currentColumn()
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        in_count = row >= 0 and column in self.count_columns
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and modifiers == Qt.KeyboardModifier.NoModifier:
            if row + 1 < self.rowCount():
                self.setCurrentCell(row + 1, column)
            return
        if in_count and event.key() == Qt.Key.Key_Backspace and modifiers == Qt.KeyboardModifier.NoModifier:
            self._set_count(row, column, self.count_text(row, column)[:-1])
            self._fresh = False
            return
        if in_count and event.key() == Qt.Key.Key_Delete and modifiers == Qt.KeyboardModifier.NoModifier:
            self._set_count(row, column, "")
            self._fresh = False
            return
        # A Chinese input method types full-width digits (０-９): NFKC makes them 0-9.
        text = unicodedata.normalize("NFKC", event.text())
        if in_count and text and text.isprintable() and modifiers in (
                Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ShiftModifier):
            if not (text.isascii() and text.isdigit()):
                self._on_refused_key(text)
                return
            current = "" if self._fresh else self.count_text(row, column)
            if len(current + text) > MAX_DIGITS:
                self._on_refused_key(current + text)
                return
            self._set_count(row, column, (current + text).lstrip("0") or "0")
            self._fresh = False
            return
        super().keyPressEvent(event)


class CountEntryDialog(QDialog):
    """Key the open stocktake's counts; stays open until saved (or the clerk closes it)."""

    SAVE, DISCARD, CANCEL = SAVE, DISCARD, CANCEL
    SEQ, NUMBER, NAME, SPEC, UNIT, GOOD, BAD = range(7)

    def __init__(self, actor_now: Callable[[], object], stocktake_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self._actor_now = actor_now
        self.stocktake_id = stocktake_id
        self.saved = None  # the CountResult once saved
        self._dirty = False
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.table = CountTable((self.GOOD, self.BAD), self._refused_key, self._typed)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.save_button, self.close_button = QPushButton(), QPushButton()
        self.save_button.setAutoDefault(False)
        self.close_button.setAutoDefault(False)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.save_button.clicked.connect(self.save)
        self.close_button.clicked.connect(self.reject)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.save, context=Qt.ShortcutContext.WindowShortcut)
        self.lines = stocktake.uncounted_sheet_lines(stocktake_id)
        self._fill()
        self.retranslateUi()
        self.resize(900, 600)

    def _fill(self) -> None:
        self.table.setColumnCount(7)
        self.table.setRowCount(len(self.lines))
        for r, line in enumerate(self.lines):
            for c, value in enumerate(line):
                item = QTableWidgetItem(str(value))
                item.setFlags(Qt.ItemFlag.ItemIsEnabled)  # read only, not selectable
                self.table.setItem(r, c, item)
            for c in (self.GOOD, self.BAD):
                item = QTableWidgetItem("")
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(r, c, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.NAME, QHeaderView.ResizeMode.Stretch)

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("录入实盘数"))
        self.title.setText(self.tr("盘点 {0}：{1} 种备件待录入。输入好件实数后按 Enter 到下一行，坏件实数不填为 0；"
                                   "Ctrl+Enter 保存。").format(self.stocktake_id, len(self.lines)))
        self.table.setHorizontalHeaderLabels([self.tr("序号"), self.tr("备件编号"), self.tr("备件名称"), self.tr("规格"),
                                              self.tr("单位"), self.tr("好件实数"), self.tr("坏件实数")])
        self.save_button.setText(self.tr("保存(&S)"))
        self.close_button.setText(self.tr("关闭"))

    def start(self) -> None:
        """The focus on the first line's 好件实数 (called once the dialog is shown)."""
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        if self.lines:
            self.table.setCurrentCell(0, self.GOOD)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.start()

    def _typed(self) -> None:
        self._dirty = True
        self.message.clear()

    def _refused_key(self, text: str) -> None:
        row = self.table.currentRow()
        say(self.message, self.tr("序号 {0}（备件 {1}）：实盘数只能是不超过 {2} 位的数字，“{3}”不能输入。").format(
            self.lines[row][0], self.lines[row][1], MAX_DIGITS, text))

    def counts(self) -> list[stocktake.Count] | None:
        """Every line's count, or None after saying which line is blank (its cell gets the focus)."""
        counts = []
        for r, (seq, number, *_rest) in enumerate(self.lines):
            good, bad = self.table.count_text(r, self.GOOD), self.table.count_text(r, self.BAD)
            if not good:
                self.table.setCurrentCell(r, self.GOOD)
                self.table.setFocus(Qt.FocusReason.OtherFocusReason)
                say(self.message, self.tr("序号 {0}（备件 {1}）的好件实数未填写；盲盘每一行都要输入实数，没有就输入 0。")
                    .format(seq, number))
                return None
            counts.append(stocktake.Count(number, int(good), int(bad) if bad else 0, seq))
        return counts

    def save(self) -> bool:
        """All counts through ledger.stocktake.enter_counts; True once saved (the dialog closes)."""
        counts = self.counts()
        if counts is None:
            return False
        op = run_op(self, lambda: stocktake.enter_counts(self._actor_now(), counts, stocktake_id=self.stocktake_id),
                    message_line=self.message)
        if op is None or not op.ok:
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)
            return False
        self.saved = op.result
        self._dirty = False
        self.accept()
        return True

    @classmethod
    def ask_close(cls, parent: QWidget, lines: int) -> str:
        """Closing with typed counts: 保存 / 放弃 / 取消 (the seam tests replace)."""
        return ask_save_discard_cancel(
            parent, QCoreApplication.translate("CountEntryDialog", "实盘数尚未保存"),
            QCoreApplication.translate("CountEntryDialog", "已输入的实盘数（共 {0} 行）尚未保存。").format(lines),
            QCoreApplication.translate("CountEntryDialog", "保存(&S)"))

    def typed_lines(self) -> int:
        return sum(bool(self.table.count_text(r, self.GOOD) or self.table.count_text(r, self.BAD))
                   for r in range(self.table.rowCount()))

    def reject(self) -> None:
        if self._dirty and self.typed_lines():
            choice = self.ask_close(self, self.typed_lines())
            if choice == self.CANCEL or (choice == self.SAVE and not self.save()):
                return
            if choice == self.SAVE:
                return  # save() accepted the dialog
        super().reject()
