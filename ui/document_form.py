"""The parts document entry form: one form for every document type of LEDGERS.md.

Data model: the form holds a header (type, date, counterparty, source number, referenced document,
the type's one flag, remark) and a list of ``FormLine`` (a Part row and an integer quantity). It
turns them into a ``ledger.posting.Draft``; everything the books do with it is decided in
ledger/: ``preview`` fills the effect table (before -> after per part and book) after every
change, ``post`` posts it in one transaction. Nothing is written before 过账.

The type decides what shows: the counterparty box only lists the kinds the type allows, the
reference field shows for the types that settle a shipment, the flag check box is named for what
it means for that type (需返坏件 / 抵欠 / 收回坏件), negative quantities are accepted only by the
two stocktake adjustments and their remark is required.

Drafts (ledger.drafts): 存草稿 keeps what is keyed in the database without touching the books;
closing with lines that are neither posted nor saved asks 保存为草稿 / 放弃 / 取消
(``CloseChoice.ask``, a seam tests replace); a new form starts empty and offers the saved drafts of
its type; posting a draft deletes it in the same transaction.

Keyboard first (the keys are listed on ``DocumentForm``): part field (number, name or pinyin
initials, with a completer; several matches open a ``PickList``) -> Enter -> quantity -> Enter adds
the line and returns to the part field; Enter on an empty part field goes to 过账(&P). A
manager-only type keyed by a clerk asks for a manager's username and password
(``ManagerDialog.ask``, a seam tests replace) and is posted as that manager.
"""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal, InvalidOperation
from typing import Callable

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QPoint, QStringListModel, Qt, QT_TRANSLATE_NOOP, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from common.auth import can
from common.clock import branch_now
from common.errors import Refusal
from ledger import books
from ledger.doctypes import DOC_TYPES
from ledger.posting import Draft, DraftLine, preview
from ui.date_edit import DateEdit
from ui.messages import refusal_text
from ui.messages_parts import doc_type_name, party_kind_name  # noqa: F401 - pages import them from here
from ui.retranslate import Retranslating
from ui.runner import PageActions, run_op
from ui.table_model import format_integer, format_money

BOOK_TITLES = {
    "good": QT_TRANSLATE_NOOP("Books", "好件库存"),
    "bad": QT_TRANSLATE_NOOP("Books", "坏件库存"),
    "in_transit_in": QT_TRANSLATE_NOOP("Books", "在途（总部发来）"),
    "in_transit_out": QT_TRANSLATE_NOOP("Books", "在途（返总部）"),
    "owed_to": QT_TRANSLATE_NOOP("Books", "欠人坏件"),
    "owed_by": QT_TRANSLATE_NOOP("Books", "人欠坏件"),
}
# What the one flag of a line means for each type (LEDGERS.md); types not listed have no flag.
FLAG_NAMES = {
    "HQ_RECEIVE": QT_TRANSLATE_NOOP("DocumentForm", "需返坏件"),
    "STATION_ISSUE": QT_TRANSLATE_NOOP("DocumentForm", "需返坏件"),
    "STATION_BAD_RETURN": QT_TRANSLATE_NOOP("DocumentForm", "抵欠（冲减人欠坏件）"),
    "STATION_GOOD_RETURN": QT_TRANSLATE_NOOP("DocumentForm", "抵欠（冲减人欠坏件）"),
    "HQ_BAD_CONFIRM": QT_TRANSLATE_NOOP("DocumentForm", "抵欠（冲减欠人坏件）"),
    "COUNTER_ISSUE": QT_TRANSLATE_NOOP("DocumentForm", "收回坏件"),
}
ENTRY_TYPES = [code for code in DOC_TYPES if code != "REVERSAL"]  # a reversal comes from the detail view
RED = QBrush(QColor("#b3261e"))


def book_title(book: str) -> str:
    return QCoreApplication.translate("Books", BOOK_TITLES.get(book, book))


def parse_int(text: str) -> int | None:
    """'１２' (full-width), ' 12 ', '-3' -> int; anything else (12.5, 'abc', '') -> None."""
    text = unicodedata.normalize("NFKC", text or "").strip()
    try:
        return int(text)
    except ValueError:
        return None


def parse_yuan(text: str) -> int | None:
    """'185', '185.5', '1,234.50' (yuan) -> integer fen; more than 2 decimals or negative -> None."""
    text = unicodedata.normalize("NFKC", text or "").strip().replace(",", "")
    if not text:
        return 0
    try:
        value = Decimal(text)
    except InvalidOperation:
        return None
    fen = value * 100
    if not value.is_finite() or value < 0 or fen != fen.to_integral_value():
        return None
    return int(fen)


@dataclass
class FormLine:
    part_number: str
    part_name: str
    unit: str
    price_fen: int
    qty: int
    tags: list = field(default_factory=list)  # old-part tag ids scanned onto this line (ledger.tags)


class ManagerDialog(QDialog):
    """A manager's username and password to approve a manager-only document on this PC."""

    def __init__(self, parent: QWidget | None = None, doc_type: str = ""):
        super().__init__(parent)
        self._doc_type = doc_type
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.username = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.username_label, self.password_label = QLabel(), QLabel()
        self.username_label.setBuddy(self.username)
        self.password_label.setBuddy(self.password)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        form = QFormLayout()
        form.addRow(self.username_label, self.username)
        form.addRow(self.password_label, self.password)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        from ui.forms import keyboard_form

        # Enter in the username moves to the password (never an empty password sent); Ctrl+Enter approves.
        self.buttons.accepted.connect(keyboard_form(self, self.accept).submit)
        self.buttons.rejected.connect(self.reject)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("经理批准"))
        self.intro.setText(self.tr("{doc_type}单据须经理批准：请经理输入用户名和密码，单据将以经理的名义过账。")
                           .format(doc_type=doc_type_name(self._doc_type)))
        self.username_label.setText(self.tr("经理用户名(&U)"))
        self.password_label.setText(self.tr("密码(&P)"))

    @classmethod
    def ask(cls, parent: QWidget | None = None, doc_type: str = "") -> tuple[str, str] | None:
        dialog = cls(parent, doc_type)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.username.text(), dialog.password.text()


def approve_as_manager(parent: QWidget, actor, doc_type: str, now: datetime):
    """The actor who may post ``doc_type``: ``actor`` itself, or a manager who types their password
    here. None if cancelled; raises Refusal if the password is wrong or the user is no manager."""
    from common.auth import authenticate

    if not DOC_TYPES[doc_type].restricted or can(actor.user, "parts.post_restricted"):
        return actor.at(now)
    answer = ManagerDialog.ask(parent, doc_type)
    if answer is None:
        return None
    approver = authenticate(answer[0], answer[1], now)
    if not can(approver.user, "parts.post_restricted"):
        from ui.i18n import role_name

        raise Refusal("parts.manager_required", user=approver.user.username, role=role_name(approver.user.role),
                      doc_type=doc_type_name(doc_type))
    return approver


SCAN_GAP_MS = 40  # a keyboard-wedge scanner types a character every few ms; a person takes 80 ms or more
SCAN_MIN_LENGTH = 3
CTRL_ALT_META = (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
                 | Qt.KeyboardModifier.MetaModifier)
ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
# The button that fills the lines with everything still open, per type (what "everything" is).
FILL_NAMES = {
    "HQ_RECEIVE": QT_TRANSLATE_NOOP("DocumentForm", "全部到货(&L)"),
    "HQ_BAD_CONFIRM": QT_TRANSLATE_NOOP("DocumentForm", "全部确认(&L)"),
    "STATION_BAD_RETURN": QT_TRANSLATE_NOOP("DocumentForm", "按所欠全部返回(&L)"),
}


class EntryEdit(QLineEdit):
    """The part and reference fields. Enter is the form's, not the completer's: with the completer's
    list open, Enter takes the highlighted completion (or what was typed) and goes on at once.
    ``entered(scanned)`` says whether a barcode scanner typed the text: every key of it, Enter
    included, came within ``SCAN_GAP_MS`` of the one before (the window system's key times).
    Down or F4 asks for the whole list (``list_requested``)."""

    entered = Signal(bool)
    list_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._key_times: list[int] = []

    def keyPressEvent(self, event) -> None:
        key = event.key()
        completer = self.completer()
        popup = completer.popup() if completer is not None else None
        popup_open = popup is not None and popup.isVisible()
        if key in ENTER_KEYS and not event.modifiers() & CTRL_ALT_META:
            if popup_open:
                index = popup.currentIndex()
                if index.isValid():
                    self.setText(index.data())
                popup.hide()
            scanned = self._typed_by_scanner(event.timestamp())
            self._key_times = []
            event.accept()
            self.entered.emit(scanned)
            return
        if key in (Qt.Key.Key_Down, Qt.Key.Key_F4) and not popup_open and not event.modifiers() & CTRL_ALT_META:
            self.list_requested.emit()
            return
        if event.text() and event.text().isprintable():
            if not self.text() or self.selectedText() == self.text():
                self._key_times = []
            self._key_times.append(event.timestamp())
        elif key not in (Qt.Key.Key_Shift, Qt.Key.Key_Control, Qt.Key.Key_Alt, Qt.Key.Key_Meta):
            self._key_times.append(0)  # edited by hand: no scan
        super().keyPressEvent(event)

    def _typed_by_scanner(self, enter_time: int) -> bool:
        times = self._key_times + [enter_time]
        if len(self._key_times) < SCAN_MIN_LENGTH or len(self._key_times) != len(self.text()) or not all(times):
            return False
        return all(0 <= later - earlier <= SCAN_GAP_MS for earlier, later in zip(times, times[1:]))


class PickList(QListWidget):
    """A list that opens under a field when what was typed matches several things: the arrow keys
    move, Enter (or a click) picks, Esc closes it and picks nothing."""

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.setWindowFlags(Qt.WindowType.Popup)
        self._on_pick = None
        self.itemClicked.connect(self._pick)

    def offer(self, anchor: QWidget, entries, on_pick) -> None:
        """Show ``entries`` ((text, value) pairs) under ``anchor``; ``on_pick(value)`` on a pick."""
        self.clear()
        for text, value in entries:
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, value)
            self.addItem(item)
        self._on_pick = on_pick
        self.setCurrentRow(0)
        rows = min(self.count(), 12)
        self.resize(max(anchor.width(), self.sizeHintForColumn(0) + 4 * self.frameWidth() + 24),
                    rows * max(self.sizeHintForRow(0), 1) + 2 * self.frameWidth() + 2)
        self.move(anchor.mapToGlobal(QPoint(0, anchor.height())))
        self.show()
        self.setFocus(Qt.FocusReason.PopupFocusReason)

    def values(self) -> list:
        return [self.item(row).data(Qt.ItemDataRole.UserRole) for row in range(self.count())]

    def keyPressEvent(self, event) -> None:
        if event.key() in ENTER_KEYS:
            if self.currentItem() is not None:
                self._pick(self.currentItem())
            return
        super().keyPressEvent(event)

    def _pick(self, item: QListWidgetItem) -> None:
        on_pick, self._on_pick = self._on_pick, None
        self.hide()
        if on_pick is not None:
            on_pick(item.data(Qt.ItemDataRole.UserRole))


class CloseChoice:
    """Closing a form with unsaved lines: 保存为草稿 / 放弃 / 取消 (the seam tests replace)."""

    SAVE, DISCARD, CANCEL = "save", "discard", "cancel"

    @classmethod
    def ask(cls, parent: QWidget, doc_type: str, lines: int) -> str:
        from ui.forms import ask_save_discard_cancel

        return ask_save_discard_cancel(
            parent, QCoreApplication.translate("DocumentForm", "单据尚未过账"),
            QCoreApplication.translate("DocumentForm", "这张{doc_type}单据有 {lines} 行尚未过账，也未存为草稿。")
            .format(doc_type=doc_type_name(doc_type), lines=lines),
            QCoreApplication.translate("DocumentForm", "保存为草稿(&S)"))


def _beep() -> None:
    QApplication.beep()


class DocumentForm(PageActions, Retranslating, QDialog):
    """Key one document and post it (or keep it as a draft); stays open for the next one.

    Keys: Enter moves through type -> date -> counterparty -> source number -> reference -> flag ->
    remark -> part -> quantity, and a quantity's Enter adds the line and comes back to the part
    field; Enter on a focused button presses it; Ctrl+Enter posts from anywhere, Ctrl+S keeps a
    draft, Esc closes (asking first when lines are unsaved). In the lines table a quantity or a
    price is typed over in place, Del deletes the selected lines. A barcode scanner in the part
    field adds the scanned part with quantity 1 (or one more); where a return or a confirmation
    takes old-part tags, a scanned tag adds its part with its origin (``scan_tag``). For a receipt or a confirmation the
    reference field lists the open shipments (Down), and 全部到货 fills every open line with its
    open quantity; for a station's bad-part return the same button fills what the station owes.
    """

    posted = Signal(int)  # the new document's id

    LINE_HEADERS = (QT_TRANSLATE_NOOP("DocumentForm", "行"), QT_TRANSLATE_NOOP("DocumentForm", "备件编号"),
                    QT_TRANSLATE_NOOP("DocumentForm", "备件名称"), QT_TRANSLATE_NOOP("DocumentForm", "数量"),
                    QT_TRANSLATE_NOOP("DocumentForm", "单位"), QT_TRANSLATE_NOOP("DocumentForm", "单价"),
                    QT_TRANSLATE_NOOP("DocumentForm", "金额"))
    QTY_COLUMN, PRICE_COLUMN = 3, 5
    EFFECT_HEADERS = (QT_TRANSLATE_NOOP("DocumentForm", "备件编号"), QT_TRANSLATE_NOOP("DocumentForm", "账簿"),
                      QT_TRANSLATE_NOOP("DocumentForm", "往来单位"), QT_TRANSLATE_NOOP("DocumentForm", "现有"),
                      QT_TRANSLATE_NOOP("DocumentForm", "变动"), QT_TRANSLATE_NOOP("DocumentForm", "过账后"),
                      QT_TRANSLATE_NOOP("DocumentForm", "当日可出"))

    def __init__(self, actor, parent: QWidget | None = None, clock: Callable[[], datetime] = branch_now,
                 doc_type: str = "HQ_RECEIVE"):
        super().__init__(parent)
        self.actor = actor
        self._clock = clock
        self.lines: list[FormLine] = []
        self._current_part = None  # the Part row found for the part field
        self._approver = None  # the manager who last approved here: the preview of the next one runs as them
        self.last_result = None
        self.draft_id: int | None = None  # the saved draft this form shows, if any
        self._saved_state: tuple = ()  # what is safe to close without asking (set once built)
        self._shipments: list[dict] = []  # open shipments of the reference field's completer
        self.beep = _beep  # tests replace it

        # create
        self.type_combo = QComboBox()
        for code in ENTRY_TYPES:
            self.type_combo.addItem("", code)
        today = QDate(clock().date())
        self.date_edit = DateEdit(today, today=lambda: self._clock().date())
        self.date_edit.setMaximumDate(today)
        self.party_combo = QComboBox()
        self.party_combo.installEventFilter(self)  # typed code, name or pinyin initials (eventFilter)
        self._parties: list = []  # the Party rows the combo lists
        self._party_typed = ""
        self._party_typed_at = 0
        self._party_ambiguous: list = []  # several parties match what was typed: Enter lists them
        self.source_edit = QLineEdit()
        self.reference_edit = EntryEdit()
        self.reference_hint = QLabel()
        self.reference_hint.setProperty("role", "hint")
        self.flag_check = QCheckBox()
        self.remark_edit = QLineEdit()
        self.header_labels = {name: QLabel() for name in ("type", "date", "party", "source", "reference", "remark")}
        for name, field in (("type", self.type_combo), ("date", self.date_edit), ("party", self.party_combo),
                            ("source", self.source_edit), ("reference", self.reference_edit),
                            ("remark", self.remark_edit)):
            self.header_labels[name].setBuddy(field)
        self.drafts_hint = QLabel()
        self.drafts_hint.setProperty("role", "hint")
        self.drafts_button = QPushButton()

        self.part_edit = EntryEdit()
        self.part_label = QLabel()
        self.part_label.setBuddy(self.part_edit)
        self.part_info = QLabel()
        self.part_info.setProperty("role", "hint")
        self.qty_edit = QLineEdit()
        self.qty_edit.setMaximumWidth(self.fontMetrics().averageCharWidth() * 12)
        self.qty_label = QLabel()
        self.qty_label.setBuddy(self.qty_edit)
        self.add_button = QPushButton()
        self.remove_button = QPushButton()
        self.fill_button = QPushButton()
        self.completer_model = QStringListModel(self)
        self.completer = QCompleter(self.completer_model, self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.completer.setMaxVisibleItems(12)
        self.part_edit.setCompleter(self.completer)
        self.shipment_model = QStringListModel(self)
        self.shipment_completer = QCompleter(self.shipment_model, self)
        self.shipment_completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.shipment_completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.reference_edit.setCompleter(self.shipment_completer)
        self.pick_list = PickList(self)

        self.lines_table = QTableWidget(0, len(self.LINE_HEADERS))
        self.lines_table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                         | QAbstractItemView.EditTrigger.EditKeyPressed
                                         | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.lines_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.effects_table = QTableWidget(0, len(self.EFFECT_HEADERS))
        self.effects_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.effects_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.effects_table.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # read-only: Tab skips it
        for table in (self.lines_table, self.effects_table):
            table.verticalHeader().hide()
            table.horizontalHeader().setStretchLastSection(True)
            table.setAlternatingRowColors(True)
        self.lines_box = QGroupBox()
        self.effects_box = QGroupBox()
        self.totals = QLabel()
        self.totals.setProperty("role", "hint")
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.hide()
        self.post_button = QPushButton()
        self.save_button = QPushButton()
        self.close_button = QPushButton()
        # Enter presses the focused button (autoDefault); Enter in a field never presses one (see
        # keyPressEvent), so the default button only marks what Ctrl+Enter does.
        for button in (self.drafts_button, self.add_button, self.remove_button, self.fill_button, self.post_button,
                       self.save_button, self.close_button):
            button.setAutoDefault(True)
        self.post_button.setDefault(True)

        # lay out
        header = QGridLayout()
        header.addWidget(self.header_labels["type"], 0, 0)
        header.addWidget(self.type_combo, 0, 1)
        header.addWidget(self.header_labels["date"], 0, 2)
        header.addWidget(self.date_edit, 0, 3)
        header.addWidget(self.header_labels["party"], 0, 4)
        header.addWidget(self.party_combo, 0, 5)
        header.addWidget(self.header_labels["source"], 1, 0)
        header.addWidget(self.source_edit, 1, 1)
        header.addWidget(self.header_labels["reference"], 1, 2)
        header.addWidget(self.reference_edit, 1, 3)
        header.addWidget(self.reference_hint, 1, 4, 1, 2)
        header.addWidget(self.flag_check, 2, 1)
        header.addWidget(self.header_labels["remark"], 2, 2)
        header.addWidget(self.remark_edit, 2, 3, 1, 3)
        header.setColumnStretch(1, 1)
        header.setColumnStretch(3, 1)
        header.setColumnStretch(5, 1)
        drafts_row = QHBoxLayout()
        drafts_row.addWidget(self.drafts_hint)
        drafts_row.addWidget(self.drafts_button)
        drafts_row.addStretch(1)
        entry = QHBoxLayout()
        entry.addWidget(self.part_label)
        entry.addWidget(self.part_edit, 2)
        entry.addWidget(self.qty_label)
        entry.addWidget(self.qty_edit)
        entry.addWidget(self.add_button)
        entry.addWidget(self.fill_button)
        entry.addWidget(self.part_info, 2)
        lines_layout = QVBoxLayout(self.lines_box)
        lines_layout.addLayout(entry)
        lines_layout.addWidget(self.lines_table, 1)
        line_buttons = QHBoxLayout()
        line_buttons.addWidget(self.remove_button)
        line_buttons.addStretch(1)
        line_buttons.addWidget(self.totals)
        lines_layout.addLayout(line_buttons)
        effects_layout = QVBoxLayout(self.effects_box)
        effects_layout.addWidget(self.effects_table)
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addStretch(0)  # keeps the buttons at their size while the message line is hidden
        buttons.addWidget(self.post_button)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addLayout(drafts_row)
        layout.addWidget(self.lines_box, 3)
        layout.addWidget(self.effects_box, 1)
        layout.addLayout(buttons)
        # Enter follows the same order as Tab through the header, then the line entry.
        self.enter_order = [self.type_combo, self.date_edit, self.party_combo, self.source_edit,
                            self.reference_edit, self.flag_check, self.remark_edit, self.part_edit]
        chain = self.enter_order + [self.qty_edit, self.add_button, self.fill_button, self.lines_table,
                                    self.remove_button, self.post_button, self.save_button, self.close_button,
                                    self.drafts_button]
        for first, second in zip(chain, chain[1:]):
            self.setTabOrder(first, second)

        # connect
        self.type_combo.currentIndexChanged.connect(self._type_changed)
        self.date_edit.dateChanged.connect(self.update_preview)
        self.party_combo.currentIndexChanged.connect(self.update_preview)
        for edit in (self.reference_edit, self.remark_edit):
            edit.editingFinished.connect(self.update_preview)
        self.flag_check.toggled.connect(self.update_preview)
        self.part_edit.entered.connect(self._part_key_entered)
        self.reference_edit.entered.connect(lambda _: self.reference_entered())
        self.reference_edit.list_requested.connect(self.offer_shipments)
        self.qty_edit.returnPressed.connect(self.qty_entered)
        self.add_button.clicked.connect(self.qty_entered)
        self.fill_button.clicked.connect(self.fill_open)
        self.remove_button.clicked.connect(self.remove_selected_lines)
        self.lines_table.itemChanged.connect(self._line_edited)
        # After a cell's editor closes the keys stay in the table (for the next exception), also
        # where Qt would leave the focus nowhere.
        self.lines_table.itemDelegate().closeEditor.connect(
            lambda *_: QTimer.singleShot(0, self._focus_back_to_lines))
        delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.lines_table, self.remove_selected_lines)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)  # Del in a text field deletes a character
        self.drafts_button.clicked.connect(self.offer_drafts)
        self.post_button.clicked.connect(self.post_document)
        self.save_button.clicked.connect(self.save_draft)
        self.close_button.clicked.connect(self.reject)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.post_document)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self, self.save_draft)

        self._load_parts()
        self.retranslateUi()
        self.type_combo.setCurrentIndex(max(0, self.type_combo.findData(doc_type)))
        self._type_changed()
        self._saved_state = self._state()
        self._fit_screen()

    def _fit_screen(self) -> None:
        """Wide enough for the lines, never bigger than the screen (1366x768 laptops)."""
        width, height = self.fontMetrics().averageCharWidth() * 150, self.fontMetrics().height() * 52
        screen = self.screen().availableGeometry() if self.screen() is not None else None
        if screen is not None:
            width, height = min(width, screen.width() - 40), min(height, screen.height() - 60)
        self.resize(width, height)

    def first_field(self) -> QWidget:
        """Where the keys start: the shipment for a receipt, the counterparty when there is one, else
        the part field."""
        kind = DOC_TYPES[self.doc_type()]
        if kind.reference_types:
            return self.reference_edit
        if kind.party_kinds:
            return self.party_combo
        return self.part_edit

    def start(self) -> None:
        self.first_field().setFocus(Qt.FocusReason.OtherFocusReason)

    # -- texts ----------------------------------------------------------------------------------

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("录入备件单据"))
        for row, code in enumerate(ENTRY_TYPES):
            restricted = DOC_TYPES[code].restricted
            self.type_combo.setItemText(row, doc_type_name(code) + (self.tr("（经理）") if restricted else ""))
        texts = {"type": self.tr("单据类型(&T)"), "date": self.tr("日期(&D)"), "party": self.tr("往来单位(&W)"),
                 "source": self.tr("来源单号(&S)"), "reference": self.tr("关联单号(&G)"), "remark": self.tr("备注(&M)")}
        for name, text in texts.items():
            self.header_labels[name].setText(text)
        self.part_label.setText(self.tr("备件(&J)"))
        self.part_edit.setPlaceholderText(self.tr("编号、名称或拼音首字母，回车；可扫码"))
        self.qty_label.setText(self.tr("数量(&Q)"))
        self.qty_edit.setPlaceholderText(self.tr("数量，回车"))
        self.add_button.setText(self.tr("加入(&A)"))
        self.remove_button.setText(self.tr("删除行(&X)"))
        self.remove_button.setToolTip(self.tr("删除选中的行（Del）"))
        self.lines_box.setTitle(self.tr("明细（数量、单价可直接在表中改）"))
        self.effects_box.setTitle(self.tr("过账后各账簿的变化（预览，尚未记账）"))
        self.post_button.setText(self.tr("过账(&P)"))
        self.post_button.setToolTip(self.tr("过账（Ctrl+Enter）"))
        self.save_button.setText(self.tr("存草稿(&R)"))
        self.save_button.setToolTip(self.tr("存为草稿，不记账（Ctrl+S）"))
        self.close_button.setText(self.tr("关闭(&C)"))
        self.drafts_button.setText(self.tr("打开草稿(&O)…"))
        self.lines_table.setHorizontalHeaderLabels([self.tr(h) for h in self.LINE_HEADERS])
        self.effects_table.setHorizontalHeaderLabels([self.tr(h) for h in self.EFFECT_HEADERS])
        self._type_texts()
        self._show_lines()

    def _type_texts(self) -> None:
        code = self.doc_type()
        kind = DOC_TYPES[code]
        if code in FLAG_NAMES:
            self.flag_check.setText(self.tr(FLAG_NAMES[code]) + "(&F)")
        self.fill_button.setText(self.tr(FILL_NAMES[code]) if code in FILL_NAMES else "")
        self.reference_hint.setText(
            self.tr("{expected}的本公司单号或来源单号；↓ 列出未结清的").format(
                expected="/".join(doc_type_name(t) for t in kind.reference_types)) if kind.reference_types else "")
        self.remark_edit.setPlaceholderText(self.tr("必填：写明盘点调整的原因") if kind.signed_qty else "")
        self._show_drafts_hint()

    # -- header ---------------------------------------------------------------------------------

    def doc_type(self) -> str:
        return self.type_combo.currentData()

    def _load_parts(self) -> None:
        self.completer_model.setStringList([
            f"{number}  {name}  {initials}" for number, name, initials in
            books.part_choices().select(books.Part.number, books.Part.name, books.Part.name_initials).tuples()
        ])

    def _type_changed(self, *_) -> None:
        code = self.doc_type()
        kind = DOC_TYPES[code]
        previous = self.party_combo.currentData()
        self.party_combo.blockSignals(True)
        self.party_combo.clear()
        self._parties = list(books.party_choices(kind.party_kinds)) if kind.party_kinds else []
        self._party_ambiguous = []
        for party in self._parties:
            self.party_combo.addItem(f"{party.code}  {party.name}", party.code)
        self.party_combo.setCurrentIndex(max(0, self.party_combo.findData(previous)))
        self.party_combo.blockSignals(False)
        self.party_combo.setEnabled(bool(kind.party_kinds))
        for widget in (self.reference_edit, self.header_labels["reference"], self.reference_hint):
            widget.setVisible(bool(kind.reference_types))
        self.fill_button.setVisible(code in FILL_NAMES)
        self.flag_check.setVisible(code in FLAG_NAMES)
        self.flag_check.blockSignals(True)
        self.flag_check.setChecked(kind.flag_default)
        self.flag_check.blockSignals(False)
        if kind.signed_qty:
            self.qty_edit.setToolTip(self.tr("盘点调整：盘盈填正数，盘亏填负数"))
        else:
            self.qty_edit.setToolTip("")
        self._load_shipments()
        self._type_texts()
        self.update_preview()

    def _load_shipments(self) -> None:
        kind = DOC_TYPES[self.doc_type()]
        self._shipments = (books.open_shipments(kind.reference_types, self._clock().date())
                           if kind.reference_types else [])
        self.shipment_model.setStringList([self._shipment_text(s) for s in self._shipments])

    def _shipment_text(self, shipment: dict) -> str:
        # An opening's shipment is named by HQ's number; where ours would stand, the opening says so.
        source = (self.tr("期初 {number}").format(number=shipment["opening_number"]) if shipment.get("opening_key")
                  else shipment["source_number"] or "—")
        return self.tr("{number}  {source}  {date}  {party}  未结 {lines} 行 {qty} 件").format(
            number=shipment["number"], source=source, date=shipment["date"],
            party=shipment["party_code"], lines=shipment["open_lines"], qty=format_integer(shipment["open_qty"]))

    def draft(self) -> Draft:
        kind = DOC_TYPES[self.doc_type()]
        flag = self.flag_check.isChecked() if self.doc_type() in FLAG_NAMES else None
        return Draft(
            doc_type=self.doc_type(),
            date=self.date_edit.date().toPython(),
            party=self.party_combo.currentData() if kind.party_kinds else None,
            source_number=self.source_edit.text().strip() or None,
            reference=(self.reference_edit.text().strip() or None) if kind.reference_types else None,
            remark=self.remark_edit.text(),
            lines=[DraftLine(line.part_number, line.qty, line.price_fen, flag) for line in self.lines],
        )

    def _state(self) -> tuple:
        """Everything keyed, to tell whether closing loses something."""
        draft = self.draft()
        return (draft.doc_type, draft.date, draft.party, draft.source_number, draft.reference, draft.remark,
                tuple((l.part_number, l.qty, l.price_fen, l.flag) for l in draft.lines))

    def has_unsaved_lines(self) -> bool:
        return bool(self.lines) and self._state() != self._saved_state

    def _actor_now(self):
        return self.actor.at(self._clock())

    def _preview_actor(self):
        """Who the preview runs as: the clerk, or the manager who already approved this type."""
        if DOC_TYPES[self.doc_type()].restricted and not can(self.actor.user, "parts.post_restricted"):
            return self._approver.at(self._clock()) if self._approver is not None else None
        return self._actor_now()

    # -- keys -----------------------------------------------------------------------------------

    def keyPressEvent(self, event) -> None:
        """Enter from a header field moves to the next field; Enter never presses a button the
        focus is not on (a focused button takes its own Enter before this)."""
        if event.key() in ENTER_KEYS and not event.modifiers() & CTRL_ALT_META:
            focus = QApplication.focusWidget()
            if focus is self.date_edit and self.date_edit.problem():
                self.say(self.date_edit.problem(), error=True)
                return
            current = next((w for w in self.enter_order[:-1] if focus is w or w.isAncestorOf(focus)), None)
            if current is self.party_combo and self._party_ambiguous:
                self._offer_parties()
                return
            if current is not None:
                self._focus_after(current)
            return
        super().keyPressEvent(event)

    def _focus_after(self, current: QWidget) -> None:
        following = self.enter_order[self.enter_order.index(current) + 1:]
        target = next(w for w in following if w.isVisibleTo(self) and w.isEnabled())
        target.setFocus(Qt.FocusReason.TabFocusReason)
        if isinstance(target, QLineEdit):
            target.selectAll()

    def eventFilter(self, watched, event) -> bool:
        """Typing in the counterparty box finds a party by code, name or pinyin initials (the
        box's own search only matches the start of "code  name")."""
        if (watched is self.party_combo and event.type() == QEvent.Type.KeyPress and event.text()
                and event.text().isprintable() and not event.modifiers() & CTRL_ALT_META):
            stamp = event.timestamp()
            fresh = not self._party_typed or not stamp or stamp - self._party_typed_at > \
                QApplication.keyboardInputInterval()
            self._party_typed = (event.text() if fresh else self._party_typed + event.text())
            self._party_typed_at = stamp
            self.party_typed(self._party_typed)
            return True
        return super().eventFilter(watched, event)

    def party_typed(self, text: str) -> None:
        """Select the first party matching ``text``; remember when several do (Enter lists them)."""
        token = unicodedata.normalize("NFKC", text).strip().lower()
        by_code = [p for p in self._parties if p.code.lower().startswith(token)]
        matches = by_code if len(by_code) == 1 else by_code + [
            p for p in self._parties if p not in by_code
            and (token in p.code.lower() or token in p.name.lower() or token in (p.name_initials or ""))]
        self._party_ambiguous = matches if len(matches) > 1 else []
        if not matches:
            self.say(self.tr("没有编码、名称或拼音首字母含“{text}”的往来单位。").format(text=text), error=True)
            return
        self.party_combo.setCurrentIndex(self.party_combo.findData(matches[0].code))
        if self._party_ambiguous:
            self.say(self.tr("“{text}”对应 {count} 个往来单位，按回车从列表中选。").format(
                text=text, count=len(matches)), error=False)
        elif self.message.property("role") != "error":
            self.message.hide()

    def _offer_parties(self) -> None:
        parties, self._party_ambiguous = self._party_ambiguous, []
        self._party_typed = ""
        self.pick_list.offer(self.party_combo, [(f"{p.code}  {p.name}", p.code) for p in parties],
                             self._party_picked)

    def _party_picked(self, code: str) -> None:
        self.party_combo.setCurrentIndex(self.party_combo.findData(code))
        self._focus_after(self.party_combo)

    # -- lines ----------------------------------------------------------------------------------

    def _part_key_entered(self, scanned: bool) -> None:
        if scanned:
            self.scanned(self.part_edit.text())
        else:
            self.part_entered()

    def scanned(self, code: str) -> None:
        """A barcode: an old-part tag id (``scan_tag``) or the part number. A part is added with
        quantity 1, or one more of it."""
        from ledger import tags

        number = unicodedata.normalize("NFKC", code or "").strip()
        self.part_edit.clear()
        if tags.is_tag(number):
            self.scan_tag(number)
            return
        if self.doc_type() == "HQ_BAD_CONFIRM" and self.scan_box(number):
            return
        part = books.Part.get_or_none(books.Part.number == number)
        if part is None:
            self.beep()
            self.say((self.tr("扫描的条码“{code}”既不是备件编号，也不是本分公司打印的旧件标签，未加入。请核对条码。")
                       if self.doc_type() in tags.SCAN_TYPES else
                       self.tr("扫描的条码“{code}”不是任何备件的编号，未加入。请核对条码，或先在“备件”中建档。"))
                     .format(code=number), error=True)
            return
        line = self._add_line(part, 1)
        self.say(self.tr("扫码：{number} {name}，数量 {qty}").format(number=part.number, name=part.name,
                                                                   qty=format_integer(line.qty)), error=False)

    def scanned_tags(self) -> list[str]:
        return [tag for line in self.lines for tag in line.tags]

    def scan_tag(self, code: str) -> bool:
        """An old-part tag (ledger.tags) where this type takes one: its part with quantity 1 on the
        line of that part, the tag kept on the line (recorded when posted) and its origin said:
        station, the return it came in on and its line, the issue it answers; for a confirmation
        the return and box it went back in (an empty reference is set to that return). A tag
        scanned twice, already packed / returned / confirmed, of another station or not expected
        here is refused in words with a beep and changes nothing."""
        from ledger import tags

        reference = self.reference_edit.text().strip().split("  ")[0] or None
        party = self.party_combo.currentData() if DOC_TYPES[self.doc_type()].party_kinds else None
        try:
            found = tags.check_scan(self.doc_type(), party, reference, code, self.scanned_tags())
        except Refusal as refusal:
            self.beep()
            self.say(refusal_text(refusal), error=True)
            return False
        info = found.info
        part = books.Part.get(books.Part.number == info.part_number)
        if found.return_number and not reference:
            shipment = next((s for s in self._shipments if s["number"] == found.return_number), None)
            self.reference_edit.setText(found.return_number)
            if shipment is not None and self.party_combo.findData(shipment["party_code"]) >= 0:
                self.party_combo.setCurrentIndex(self.party_combo.findData(shipment["party_code"]))
        line = next((l for l in self.lines if l.part_number == part.number), None)
        if line is None:
            line = FormLine(part.number, part.name, part.unit, part.price_fen, 0)
            self.lines.append(line)
        line.tags.append(info.tag)
        self._add_line(part, 1)
        origin = self.tr("服务站 {station} {station_name}，{document} 第 {line} 行").format(
            station=info.station_code, station_name=info.station_name, document=info.document_number,
            line=info.line_no)
        if info.issue_number:
            origin += self.tr("，抵 {issue}").format(issue=info.issue_number)
        if found.return_number:
            origin += (self.tr("，返件单 {document} 第 {box} 箱").format(document=found.return_number, box=found.box_no)
                       if found.box_no else self.tr("，返件单 {document}").format(document=found.return_number))
        self.say(self.tr("扫描旧件标签 {tag}：{number} {name}（{origin}），本行 {qty} 件").format(
            tag=info.tag, number=part.number, name=part.name, origin=origin, qty=format_integer(line.qty)),
            error=False)
        return True

    def scan_box(self, code: str) -> bool:
        """A box label scanned into HQ's confirmation: every tag of that box not yet in the form, as if
        scanned one by one (HQ confirms a whole box). False when the code is no box label; a box
        whose tags are all refused (scanned or confirmed already) says why, with a beep."""
        from ledger import tags

        box = tags.box_of_code(code)
        if box is None:
            return False
        return_number, box_no, box_tags = box
        reference = self.reference_edit.text().strip().split("  ")[0] or None
        party = self.party_combo.currentData()
        added, refused = [], None
        for tag in box_tags:
            try:
                tags.check_scan(self.doc_type(), party, reference or return_number, tag, self.scanned_tags())
            except Refusal as refusal:
                refused = refused or refusal
                continue
            self.scan_tag(tag)
            added.append(tag)
        if not added:
            self.beep()
            self.say(self.tr("箱标签 {code}（返件单 {document} 第 {box} 箱）没有可加入的旧件：{reason}").format(
                code=code, document=return_number, box=box_no,
                reason=refusal_text(refused) if refused else self.tr("这一箱是空的。")), error=True)
            return True
        text = self.tr("扫描箱标签 {code}：返件单 {document} 第 {box} 箱，加入 {count} 件旧件").format(
            code=code, document=return_number, box=box_no, count=len(added))
        if refused is not None:
            text += self.tr("；其余 {count} 件未加入：{reason}").format(
                count=len(box_tags) - len(added), reason=refusal_text(refused))
        self.say(text, error=False)
        return True

    def part_entered(self) -> None:
        text = self.part_edit.text().strip()
        if not text:
            if self.lines:
                self.post_button.setFocus()
            return
        # A completion reads "number  name  initials"; what the clerk typed is matched as it is.
        token = text.split("  ")[0]
        matches = list(books.find_parts(token).limit(50))
        exact = [p for p in matches if p.number == token or p.name == token or p.name_initials == token.lower()]
        if len(exact) == 1 or (exact and exact[0].number == token):
            matches = exact[:1]
        if not matches:
            from ledger import tags

            if tags.is_tag(token):  # a tag id typed by hand (a label the scanner cannot read)
                if self.scan_tag(token):
                    self.part_edit.clear()
                else:
                    self.part_edit.selectAll()
                return
            if self.doc_type() == "HQ_BAD_CONFIRM" and self.scan_box(token):  # a box label typed by hand
                self.part_edit.clear()
                return
            self.say(refusal_text(Refusal("parts.part_not_found", text=token)), error=True)
            self.part_edit.selectAll()
            return
        if len(matches) > 1:
            count = books.find_parts(token).count()
            examples = "、".join(p.number for p in matches[:3])
            self.say(refusal_text(Refusal("parts.part_ambiguous", text=token, count=count, examples=examples)),
                     error=True)
            self.pick_list.offer(self.part_edit, [(f"{p.number}  {p.name}  {p.spec}".rstrip(), p.number)
                                                  for p in matches], self._part_picked)
            return
        self._part_chosen(matches[0])

    def _part_picked(self, number: str) -> None:
        part = books.Part.get_or_none(books.Part.number == number)
        if part is not None:
            self._part_chosen(part)

    def _part_chosen(self, part) -> None:
        self._current_part = part
        self.part_edit.setText(part.number)
        self.part_info.setText(self.tr("{name}（{unit}，单价 {price}）").format(
            name=part.name, unit=part.unit, price=format_money(part.price_fen)))
        self.message.hide()
        self.qty_edit.setFocus()
        self.qty_edit.selectAll()

    def qty_entered(self) -> None:
        part = self._current_part
        if part is None or part.number != self.part_edit.text().strip():
            self.part_entered()
            return
        kind = DOC_TYPES[self.doc_type()]
        text = self.qty_edit.text()
        qty = parse_int(text)
        if qty is None or qty == 0 or (qty < 0 and not kind.signed_qty):
            self.say(refusal_text(Refusal("ledger.bad_quantity", line=len(self.lines) + 1, part=part.number,
                                           qty=text.strip(), doc_type=self.doc_type())), error=True)
            self.qty_edit.selectAll()
            return
        self._add_line(part, qty)
        self._current_part = None
        self.part_edit.clear()
        self.qty_edit.clear()
        self.part_info.clear()
        self.message.hide()
        self.part_edit.setFocus()

    def _add_line(self, part, qty: int) -> FormLine:
        # One line per part: a scanner that reads the same part twice adds to its line.
        for line in self.lines:
            if line.part_number == part.number:
                line.qty += qty
                if line.qty == 0:
                    self.lines.remove(line)
                break
        else:
            line = FormLine(part.number, part.name, part.unit, part.price_fen, qty)
            self.lines.append(line)
        self._show_lines()
        self.update_preview()
        return line

    def remove_selected_lines(self) -> None:
        rows = sorted({index.row() for index in self.lines_table.selectedIndexes()}
                      | ({self.lines_table.currentRow()} if self.lines_table.hasFocus() else set()), reverse=True)
        rows = [row for row in rows if 0 <= row < len(self.lines)]
        if not rows:
            return
        for row in rows:
            del self.lines[row]
        self._show_lines()
        self.update_preview()
        if self.lines:
            self.lines_table.setCurrentCell(min(rows[-1], len(self.lines) - 1), self.QTY_COLUMN)

    def _show_lines(self) -> None:
        self.lines_table.blockSignals(True)
        self.lines_table.setRowCount(len(self.lines))
        for row, line in enumerate(self.lines):
            amount = line.qty * line.price_fen
            values = (str(row + 1), line.part_number, line.part_name, format_integer(line.qty), line.unit,
                      format_money(line.price_fen), format_money(amount))
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                if line.tags and column in (1, self.QTY_COLUMN):
                    item.setToolTip(self.tr("旧件标签：{tags}").format(tags="、".join(line.tags)))
                if column in (0, 3, 5, 6):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if column not in (self.QTY_COLUMN, self.PRICE_COLUMN):
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.lines_table.setItem(row, column, item)
        self.lines_table.resizeColumnsToContents()
        self.lines_table.blockSignals(False)
        self._show_totals()
        self._show_drafts_hint()

    def _show_totals(self) -> None:
        self.totals.setText(self.tr("{lines} 行，数量合计 {qty}，金额合计 {amount} 元").format(
            lines=len(self.lines), qty=format_integer(sum(line.qty for line in self.lines)),
            amount=format_money(sum(line.qty * line.price_fen for line in self.lines))))

    def _line_edited(self, item: QTableWidgetItem) -> None:
        """A quantity or a price typed over in the table: kept if valid, else the old value comes
        back and the message line says why."""
        row, column = item.row(), item.column()
        if not 0 <= row < len(self.lines) or column not in (self.QTY_COLUMN, self.PRICE_COLUMN):
            return
        line = self.lines[row]
        text = item.text()
        if column == self.QTY_COLUMN:
            qty = parse_int(text)
            if qty is None or qty == 0 or (qty < 0 and not DOC_TYPES[self.doc_type()].signed_qty):
                self.say(refusal_text(Refusal("ledger.bad_quantity", line=row + 1, part=line.part_number,
                                               qty=text.strip(), doc_type=self.doc_type())), error=True)
            else:
                line.qty = qty
                self.message.hide()
        else:
            price = parse_yuan(text)
            if price is None:
                self.say(refusal_text(Refusal("parts.bad_money", field=self.tr("第 {line} 行单价").format(line=row + 1),
                                               value=text.strip())), error=True)
            else:
                line.price_fen = price
                self.message.hide()
        # Rewrite the row's texts in place: this runs inside the table's own itemChanged, so its
        # items must not be replaced here.
        self.lines_table.blockSignals(True)
        for column, value in ((self.QTY_COLUMN, format_integer(line.qty)),
                              (self.PRICE_COLUMN, format_money(line.price_fen)),
                              (6, format_money(line.qty * line.price_fen))):
            self.lines_table.item(row, column).setText(value)
        self.lines_table.blockSignals(False)
        self._show_totals()
        if not self.message.isVisible():  # the preview would hide why the old value came back
            self.update_preview()

    def _focus_back_to_lines(self) -> None:
        focus = QApplication.focusWidget()
        if self.lines_table.state() == QAbstractItemView.State.EditingState:
            return  # the clerk is already typing in the next cell
        if self.isVisible() and (focus is None or self.lines_table.isAncestorOf(focus)):
            self.lines_table.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- filling from a shipment or from what a station owes -------------------------------------

    def reference_entered(self) -> None:
        """Enter in the reference field: the shipment typed (our number or HQ's, or part of one)."""
        text = self.reference_edit.text().strip()
        token = text.split("  ")[0]
        if not token:
            self._focus_after(self.reference_edit)  # Down lists the open shipments
            return
        exact = [s for s in self._shipments if token in (s["number"], s["source_number"])]
        found = exact or [s for s in self._shipments if token.lower() in s["number"].lower()
                          or token.lower() in (s["source_number"] or "").lower()]
        if len(found) == 1:
            self.choose_shipment(found[0])
        elif len(found) > 1:
            self.offer_shipments(found)
        else:
            # Not an open shipment: leave it as typed; the preview says why it cannot be used.
            self.reference_edit.setText(token)
            self.update_preview()
            self._focus_after(self.reference_edit)

    def offer_shipments(self, shipments: list[dict] | None = None) -> None:
        shipments = self._shipments if shipments is None else shipments
        if not shipments:
            self.say(self.tr("没有未结清的{expected}单据。").format(
                expected="/".join(doc_type_name(t) for t in DOC_TYPES[self.doc_type()].reference_types)), error=False)
            return
        self.pick_list.offer(self.reference_edit, [(self._shipment_text(s), s["document_id"]) for s in shipments],
                             lambda document_id: self.choose_shipment(
                                 next(s for s in shipments if s["document_id"] == document_id)))

    def choose_shipment(self, shipment: dict) -> None:
        """The shipment this document settles: its number, its party, HQ's delivery number as the
        source number of a first receipt; then the focus goes to the fill button."""
        self.reference_edit.setText(shipment["number"])
        index = self.party_combo.findData(shipment["party_code"])
        if index >= 0:
            self.party_combo.setCurrentIndex(index)
        nothing_settled = shipment.get("shipped_qty") == shipment["open_qty"]
        if not self.source_edit.text().strip() and shipment["source_number"] and nothing_settled:
            self.source_edit.setText(shipment["source_number"])
        self.say(self.tr("{number}：未结 {lines} 行共 {qty} 件。按“{fill}”全部填入，再改有差异的行。").format(
            number=shipment["number"], lines=shipment["open_lines"], qty=format_integer(shipment["open_qty"]),
            fill=self.fill_button.text().replace("(&L)", "")), error=False)
        self.update_preview()
        (self.fill_button if self.fill_button.isVisible() else self.part_edit).setFocus(Qt.FocusReason.OtherFocusReason)

    def fill_open(self) -> None:
        """Every open line with its open quantity (the shipment's, or what the station owes); lines
        already keyed for other parts stay."""
        code = self.doc_type()
        if code == "STATION_BAD_RETURN":
            party = self.party_combo.currentData()
            rows = books.owed_by_party(party) if party else []
            if not rows:
                self.say(self.tr("{party} 目前不欠坏件。").format(party=self.party_combo.currentText()), error=False)
                return
        else:
            shipment = self._referenced_shipment()
            if shipment is None:
                self.say(self.tr("请先在“关联单号”中选定一张未结清的单据（↓ 列出）。"), error=True)
                self.reference_edit.setFocus()
                return
            rows = books.open_lines(shipment["document_id"], shipment.get("opening_key"))
        filled = {row["part_number"] for row in rows}
        kept = [line for line in self.lines if line.part_number not in filled]
        self.lines = [FormLine(r["part_number"], r["part_name"], r["unit"], r["price_fen"], r["qty"]) for r in rows] + kept
        self._show_lines()
        self.update_preview()
        if not self.message.isVisible() or self.message.property("role") != "error":
            self.say(self.tr("已填入 {lines} 行。有差异的行请在表中直接改数量（Del 删除），Ctrl+Enter 过账。")
                     .format(lines=len(rows)), error=False)
        self.lines_table.setFocus(Qt.FocusReason.OtherFocusReason)
        self.lines_table.setCurrentCell(0, self.QTY_COLUMN)

    def _referenced_shipment(self) -> dict | None:
        token = self.reference_edit.text().strip().split("  ")[0]
        return next((s for s in self._shipments if token and token in (s["number"], s["source_number"])), None)

    # -- drafts ---------------------------------------------------------------------------------

    def _show_drafts_hint(self) -> None:
        from ledger.drafts import draft_count

        count = draft_count(self.doc_type()) if self.draft_id is None and not self.lines else 0
        self.drafts_hint.setText(self.tr("有 {count} 张{doc_type}草稿未过账。").format(
            count=count, doc_type=doc_type_name(self.doc_type())) if count else "")
        self.drafts_hint.setVisible(bool(count))
        self.drafts_button.setVisible(bool(count))

    def offer_drafts(self) -> None:
        from ledger.drafts import drafts

        rows = list(drafts(self.doc_type()).dicts())
        if len(rows) == 1:
            self.load_draft(rows[0]["id"])
            return
        self.pick_list.offer(self.drafts_button, [(self.tr("{saved}  {party}  {lines} 行  {by}").format(
            saved=f"{r['saved_at']:%Y-%m-%d %H:%M}", party=r["party_code"] or "—", lines=r["line_count"],
            by=r["saved_by_name"]), r["id"]) for r in rows], self.load_draft)

    def load_draft(self, draft_id: int) -> bool:
        """Show a saved draft in the form (the form must be empty)."""
        from ledger.drafts import load_draft

        loaded = load_draft(draft_id)
        if loaded is None:
            self.say(refusal_text(Refusal("ledger.draft_gone", draft=draft_id)), error=True)
            return False
        draft = loaded.draft
        self.type_combo.setCurrentIndex(max(0, self.type_combo.findData(draft.doc_type)))
        self.date_edit.setDate(QDate(draft.date))
        index = self.party_combo.findData(draft.party)
        if index >= 0:
            self.party_combo.setCurrentIndex(index)
        self.source_edit.setText(draft.source_number or "")
        self.reference_edit.setText(draft.reference or "")
        self.remark_edit.setText(draft.remark)
        flags = [line.flag for line in draft.lines if line.flag is not None]
        if flags:
            self.flag_check.setChecked(flags[0])
        parts = {p.number: p for p in books.Part.select().where(
            books.Part.number.in_([line.part_number for line in draft.lines]))}
        self.lines = [FormLine(line.part_number, parts[line.part_number].name, parts[line.part_number].unit,
                               line.price_fen, line.qty) for line in draft.lines]
        from ledger import tags

        for info in tags.draft_tags(loaded.draft_id):
            next((l for l in self.lines if l.part_number == info.part_number), FormLine("", "", "", 0, 0)).tags.append(
                info.tag)
        self.draft_id = loaded.draft_id
        self._show_lines()
        self.update_preview()
        self._saved_state = self._state()
        self.say(self.tr("已打开草稿（{saved}，{by} 保存，{lines} 行）。").format(
            saved=f"{loaded.saved_at:%Y-%m-%d %H:%M}", by=loaded.saved_by, lines=len(self.lines)), error=False)
        self.part_edit.setFocus()
        return True

    def save_draft(self) -> bool:
        """Keep what is keyed as a draft (nothing is posted); True when saved."""
        from ledger.drafts import save_draft

        if not self.lines:
            return False
        actor, draft, draft_id, state = self._actor_now(), self.draft(), self.draft_id, self._state()
        scanned = self.scanned_tags()

        def saved(new_id: int) -> None:
            self.draft_id, self._saved_state = new_id, state

        def work() -> int:
            from common.db import database
            from ledger import tags

            with database.atomic():  # a kept draft keeps its scanned tags
                new_id = save_draft(actor, draft, draft_id)
                tags.keep_draft_tags(new_id, scanned)
            return new_id

        op = run_op(self, work, message_line=self.message, on_done=saved,
                    success=lambda _: self.tr("已存为草稿（{lines} 行），未记账。可在“单据”页的草稿中或下次新单据时打开。")
                    .format(lines=len(draft.lines)))
        return op.ok

    def reject(self) -> None:
        """Esc, 关闭 and the title bar's X all end here: lines not yet posted nor saved are not
        lost without asking."""
        if self.has_unsaved_lines():
            choice = CloseChoice.ask(self, self.doc_type(), len(self.lines))
            if choice == CloseChoice.CANCEL or (choice == CloseChoice.SAVE and not self.save_draft()):
                return
        self._saved_state = self._state()
        super().reject()

    def closeEvent(self, event) -> None:
        # The title bar's X is a spontaneous close and goes through reject() (QDialog's own
        # closeEvent calls it), which asks. A close from code (the program shutting the window
        # down) must not block on a question.
        if not event.spontaneous():
            self._saved_state = self._state()
        super().closeEvent(event)

    # -- preview and posting --------------------------------------------------------------------

    def update_preview(self, *_) -> None:
        """Run ledger.posting.preview on the draft and show before -> after per book."""
        self.effects_table.setRowCount(0)
        if not self.lines:
            self.post_button.setEnabled(False)
            self.save_button.setEnabled(False)
            return
        self.post_button.setEnabled(True)
        self.save_button.setEnabled(True)
        actor = self._preview_actor()
        if actor is None:
            self.say(self.tr("{doc_type}须经理批准：按“过账”后由经理输入用户名和密码，然后显示预览。").format(
                doc_type=doc_type_name(self.doc_type())), error=False)
            return
        try:
            effects = preview(actor, self.draft())
        except Refusal as refusal:
            self.say(refusal_text(refusal), error=True)
            return
        problems = []
        self.effects_table.setRowCount(len(effects))
        for row, effect in enumerate(effects):
            values = (effect.part_number, book_title(effect.book), effect.party_code or "",
                      format_integer(effect.before), f"{effect.delta:+,}", format_integer(effect.after),
                      "" if effect.available is None else format_integer(max(effect.available, 0)))
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                if column >= 3:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if not effect.ok:
                    item.setForeground(RED)
                self.effects_table.setItem(row, column, item)
            if not effect.ok:
                problems.append(effect)
        self.effects_table.resizeColumnsToContents()
        if problems:
            first = problems[0]
            self.say(refusal_text(Refusal(
                "parts.preview_insufficient", part=first.part_number, name=self._name_of(first.part_number),
                book_name=book_title(first.book), party=first.party_code or "", date=self.draft().date.isoformat(),
                available=max(first.available or 0, 0), asked=-first.delta)), error=True)
        elif self.message.property("role") == "error":
            self.message.hide()

    def _name_of(self, number: str) -> str:
        return next((line.part_name for line in self.lines if line.part_number == number), "")

    def post_document(self) -> None:
        from ledger.drafts import post_draft

        if not self.lines:
            return
        if self.date_edit.problem():
            self.say(self.date_edit.problem(), error=True)
            self.date_edit.setFocus()
            return
        code, draft, draft_id, scanned = self.doc_type(), self.draft(), self.draft_id, self.scanned_tags()

        def approve_and_post():
            # Every manager-only document is approved on its own: a password typed once must not
            # let the clerk post the next one unasked.
            actor = approve_as_manager(self, self.actor, code, self._clock())
            if actor is None:
                return None
            if actor.user.id != self.actor.user.id:
                self._approver = actor
            if not scanned:
                return post_draft(actor, draft, draft_id)
            from common.db import database
            from ledger import tags

            with database.atomic():  # the document and its scanned tags, or neither
                result = post_draft(actor, draft, draft_id)
                tags.record_scanned(actor, result.document_id, scanned)
            return result

        run_op(self, approve_and_post, message_line=self.message, on_done=self._posted)

    def _posted(self, result) -> None:
        if result is None:  # the manager's approval was cancelled
            return
        self.last_result = result
        self.lines = []
        self.draft_id = None
        self.source_edit.clear()
        self.reference_edit.clear()
        self.remark_edit.clear()
        self._show_lines()
        self.update_preview()
        self._load_parts()
        self._load_shipments()
        self._saved_state = self._state()
        self.say(self.tr("已过账：{number}（{doc_type}，{lines} 行）").format(
            number=result.number, doc_type=doc_type_name(result.doc_type), lines=result.line_count), error=False)
        self.posted.emit(result.document_id)
        self.start()
