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

Keyboard first: part field (number, name or pinyin initials, with a completer) -> Enter ->
quantity -> Enter adds the line and returns to the part field; Enter on an empty part field goes to
过账(&P). A manager-only type keyed by a clerk asks for a manager's username and password
(``ManagerDialog.ask``, a seam tests replace) and is posted as that manager.
"""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal, InvalidOperation
from typing import Callable

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QStringListModel, Qt, QT_TRANSLATE_NOOP, Signal
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
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
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from common.auth import can
from common.errors import Refusal
from ledger import books
from ledger.posting import DOC_TYPES, Draft, DraftLine, post, preview
from ui.date_edit import DateEdit
from ui.messages import refusal_text
from ui.messages_parts import doc_type_name, party_kind_name  # noqa: F401 - pages import them from here
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


class DocumentForm(QDialog):
    """Key one document and post it; stays open for the next one."""

    posted = Signal(int)  # the new document's id

    LINE_HEADERS = (QT_TRANSLATE_NOOP("DocumentForm", "行"), QT_TRANSLATE_NOOP("DocumentForm", "备件编号"),
                    QT_TRANSLATE_NOOP("DocumentForm", "备件名称"), QT_TRANSLATE_NOOP("DocumentForm", "数量"),
                    QT_TRANSLATE_NOOP("DocumentForm", "单位"), QT_TRANSLATE_NOOP("DocumentForm", "单价"),
                    QT_TRANSLATE_NOOP("DocumentForm", "金额"))
    EFFECT_HEADERS = (QT_TRANSLATE_NOOP("DocumentForm", "备件编号"), QT_TRANSLATE_NOOP("DocumentForm", "账簿"),
                      QT_TRANSLATE_NOOP("DocumentForm", "往来单位"), QT_TRANSLATE_NOOP("DocumentForm", "现有"),
                      QT_TRANSLATE_NOOP("DocumentForm", "变动"), QT_TRANSLATE_NOOP("DocumentForm", "过账后"),
                      QT_TRANSLATE_NOOP("DocumentForm", "当日可出"))

    def __init__(self, actor, parent: QWidget | None = None, clock: Callable[[], datetime] = datetime.now,
                 doc_type: str = "HQ_RECEIVE"):
        super().__init__(parent)
        self.actor = actor
        self._clock = clock
        self.lines: list[FormLine] = []
        self._current_part = None  # the Part row found for the part field
        self._approver = None  # the manager who last approved here: the preview of the next one runs as them
        self.last_result = None

        # create
        self.type_combo = QComboBox()
        for code in ENTRY_TYPES:
            self.type_combo.addItem("", code)
        self.date_edit = DateEdit(QDate(clock().date()))
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.date_edit.setMaximumDate(QDate(clock().date()))
        self.party_combo = QComboBox()
        self.source_edit = QLineEdit()
        self.reference_edit = QLineEdit()
        self.reference_hint = QLabel()
        self.reference_hint.setProperty("role", "hint")
        self.flag_check = QCheckBox()
        self.remark_edit = QLineEdit()
        self.header_labels = {name: QLabel() for name in ("type", "date", "party", "source", "reference", "remark")}
        for name, field in (("type", self.type_combo), ("date", self.date_edit), ("party", self.party_combo),
                            ("source", self.source_edit), ("reference", self.reference_edit),
                            ("remark", self.remark_edit)):
            self.header_labels[name].setBuddy(field)

        self.part_edit = QLineEdit()
        self.part_label = QLabel()
        self.part_label.setBuddy(self.part_edit)
        self.part_info = QLabel()
        self.part_info.setProperty("role", "hint")
        self.qty_edit = QLineEdit()
        self.qty_edit.setMaximumWidth(self.fontMetrics().averageCharWidth() * 12)
        self.qty_label = QLabel()
        self.qty_label.setBuddy(self.qty_edit)
        self.add_button = QPushButton()
        self.add_button.setAutoDefault(False)
        self.remove_button = QPushButton()
        self.remove_button.setAutoDefault(False)
        self.completer_model = QStringListModel(self)
        self.completer = QCompleter(self.completer_model, self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.completer.setMaxVisibleItems(12)
        self.part_edit.setCompleter(self.completer)

        self.lines_table = QTableWidget(0, len(self.LINE_HEADERS))
        self.effects_table = QTableWidget(0, len(self.EFFECT_HEADERS))
        for table in (self.lines_table, self.effects_table):
            table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
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
        self.post_button.setAutoDefault(False)
        self.close_button = QPushButton()
        self.close_button.setAutoDefault(False)

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
        entry = QHBoxLayout()
        entry.addWidget(self.part_label)
        entry.addWidget(self.part_edit, 2)
        entry.addWidget(self.qty_label)
        entry.addWidget(self.qty_edit)
        entry.addWidget(self.add_button)
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
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.lines_box, 3)
        layout.addWidget(self.effects_box, 2)
        layout.addLayout(buttons)
        self.setTabOrder(self.type_combo, self.date_edit)
        self.setTabOrder(self.date_edit, self.party_combo)
        self.setTabOrder(self.party_combo, self.source_edit)
        self.setTabOrder(self.source_edit, self.reference_edit)
        self.setTabOrder(self.reference_edit, self.flag_check)
        self.setTabOrder(self.flag_check, self.remark_edit)
        self.setTabOrder(self.remark_edit, self.part_edit)
        self.setTabOrder(self.part_edit, self.qty_edit)
        self.setTabOrder(self.qty_edit, self.post_button)

        # connect
        self.type_combo.currentIndexChanged.connect(self._type_changed)
        self.date_edit.dateChanged.connect(self.update_preview)
        self.party_combo.currentIndexChanged.connect(self.update_preview)
        for edit in (self.reference_edit, self.remark_edit):
            edit.editingFinished.connect(self.update_preview)
        self.flag_check.toggled.connect(self.update_preview)
        self.part_edit.returnPressed.connect(self.part_entered)
        self.qty_edit.returnPressed.connect(self.qty_entered)
        self.add_button.clicked.connect(self.qty_entered)
        self.remove_button.clicked.connect(self.remove_selected_lines)
        QShortcut(QKeySequence.StandardKey.Delete, self.lines_table, self.remove_selected_lines)
        self.post_button.clicked.connect(self.post_document)
        self.close_button.clicked.connect(self.close)

        self._load_parts()
        self.retranslateUi()
        self.type_combo.setCurrentIndex(max(0, self.type_combo.findData(doc_type)))
        self._type_changed()
        self.resize(self.fontMetrics().averageCharWidth() * 150, self.fontMetrics().height() * 42)

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
        self.part_edit.setPlaceholderText(self.tr("编号、名称或拼音首字母，回车"))
        self.qty_label.setText(self.tr("数量(&Q)"))
        self.qty_edit.setPlaceholderText(self.tr("数量，回车"))
        self.add_button.setText(self.tr("加入(&A)"))
        self.remove_button.setText(self.tr("删除行(&X)"))
        self.lines_box.setTitle(self.tr("明细"))
        self.effects_box.setTitle(self.tr("过账后各账簿的变化（预览，尚未记账）"))
        self.post_button.setText(self.tr("过账(&P)"))
        self.close_button.setText(self.tr("关闭(&C)"))
        self.lines_table.setHorizontalHeaderLabels([self.tr(h) for h in self.LINE_HEADERS])
        self.effects_table.setHorizontalHeaderLabels([self.tr(h) for h in self.EFFECT_HEADERS])
        self._type_texts()
        self._show_lines()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def _type_texts(self) -> None:
        code = self.doc_type()
        kind = DOC_TYPES[code]
        if code in FLAG_NAMES:
            self.flag_check.setText(self.tr(FLAG_NAMES[code]) + "(&F)")
        self.reference_hint.setText(
            self.tr("填写{expected}的本公司单号或来源单号").format(
                expected="/".join(doc_type_name(t) for t in kind.reference_types)) if kind.reference_types else "")
        self.remark_edit.setPlaceholderText(self.tr("必填：写明盘点调整的原因") if kind.signed_qty else "")

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
        for party in books.party_choices(kind.party_kinds) if kind.party_kinds else ():
            self.party_combo.addItem(f"{party.code}  {party.name}", party.code)
        self.party_combo.setCurrentIndex(max(0, self.party_combo.findData(previous)))
        self.party_combo.blockSignals(False)
        self.party_combo.setEnabled(bool(kind.party_kinds))
        for widget in (self.reference_edit, self.header_labels["reference"], self.reference_hint):
            widget.setVisible(bool(kind.reference_types))
        self.flag_check.setVisible(code in FLAG_NAMES)
        self.flag_check.blockSignals(True)
        self.flag_check.setChecked(kind.flag_default)
        self.flag_check.blockSignals(False)
        if kind.signed_qty:
            self.qty_edit.setToolTip(self.tr("盘点调整：盘盈填正数，盘亏填负数"))
        else:
            self.qty_edit.setToolTip("")
        self._type_texts()
        self.update_preview()

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
            lines=[DraftLine(line.part_number, line.qty, None, flag) for line in self.lines],
        )

    def _actor_now(self):
        return self.actor.at(self._clock())

    def _preview_actor(self):
        """Who the preview runs as: the clerk, or the manager who already approved this type."""
        if DOC_TYPES[self.doc_type()].restricted and not can(self.actor.user, "parts.post_restricted"):
            return self._approver.at(self._clock()) if self._approver is not None else None
        return self._actor_now()

    # -- lines ----------------------------------------------------------------------------------

    def part_entered(self) -> None:
        text = self.part_edit.text().strip()
        if not text:
            if self.lines:
                self.post_button.setFocus()
            return
        # A completion reads "number  name  initials"; what the clerk typed is matched as it is.
        token = text.split("  ")[0]
        matches = list(books.find_parts(token).limit(6))
        exact = [p for p in matches if p.number == token or p.name == token or p.name_initials == token.lower()]
        if len(exact) == 1:
            matches = exact
        if not matches:
            self._say(refusal_text(Refusal("parts.part_not_found", text=token)), error=True)
            self.part_edit.selectAll()
            return
        if len(matches) > 1:
            count = books.find_parts(token).count()
            examples = "、".join(p.number for p in matches[:3])
            self._say(refusal_text(Refusal("parts.part_ambiguous", text=token, count=count, examples=examples)),
                      error=True)
            self.completer.setCompletionPrefix(token)
            self.completer.complete()
            return
        part = matches[0]
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
            self._say(refusal_text(Refusal("ledger.bad_quantity", line=len(self.lines) + 1, part=part.number,
                                           qty=text.strip(), doc_type=self.doc_type())), error=True)
            self.qty_edit.selectAll()
            return
        # One line per part: a scanner that reads the same part twice adds to its line.
        for line in self.lines:
            if line.part_number == part.number:
                line.qty += qty
                if line.qty == 0:
                    self.lines.remove(line)
                break
        else:
            self.lines.append(FormLine(part.number, part.name, part.unit, part.price_fen, qty))
        self._current_part = None
        self.part_edit.clear()
        self.qty_edit.clear()
        self.part_info.clear()
        self.message.hide()
        self._show_lines()
        self.update_preview()
        self.part_edit.setFocus()

    def remove_selected_lines(self) -> None:
        rows = sorted({index.row() for index in self.lines_table.selectionModel().selectedRows()}, reverse=True)
        for row in rows:
            del self.lines[row]
        self._show_lines()
        self.update_preview()

    def _show_lines(self) -> None:
        self.lines_table.setRowCount(len(self.lines))
        total_qty, total_fen = 0, 0
        for row, line in enumerate(self.lines):
            amount = line.qty * line.price_fen
            total_qty += line.qty
            total_fen += amount
            values = (str(row + 1), line.part_number, line.part_name, format_integer(line.qty), line.unit,
                      format_money(line.price_fen), format_money(amount))
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                if column in (0, 3, 5, 6):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.lines_table.setItem(row, column, item)
        self.lines_table.resizeColumnsToContents()
        self.totals.setText(self.tr("{lines} 行，数量合计 {qty}，金额合计 {amount} 元").format(
            lines=len(self.lines), qty=format_integer(total_qty), amount=format_money(total_fen)))

    # -- preview and posting --------------------------------------------------------------------

    def update_preview(self, *_) -> None:
        """Run ledger.posting.preview on the draft and show before -> after per book."""
        self.effects_table.setRowCount(0)
        if not self.lines:
            self.post_button.setEnabled(False)
            return
        self.post_button.setEnabled(True)
        actor = self._preview_actor()
        if actor is None:
            self._say(self.tr("{doc_type}须经理批准：按“过账”后由经理输入用户名和密码，然后显示预览。").format(
                doc_type=doc_type_name(self.doc_type())), error=False)
            return
        try:
            effects = preview(actor, self.draft())
        except Refusal as refusal:
            self._say(refusal_text(refusal), error=True)
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
            self._say(refusal_text(Refusal(
                "parts.preview_insufficient", part=first.part_number, name=self._name_of(first.part_number),
                book_name=book_title(first.book), party=first.party_code or "", date=self.draft().date.isoformat(),
                available=max(first.available or 0, 0), asked=-first.delta)), error=True)
        else:
            self.message.hide()

    def _name_of(self, number: str) -> str:
        return next((line.part_name for line in self.lines if line.part_number == number), "")

    def post_document(self) -> None:
        if not self.lines:
            return
        code = self.doc_type()
        try:
            # Every manager-only document is approved on its own: a password typed once must not
            # let the clerk post the next one unasked.
            actor = approve_as_manager(self, self.actor, code, self._clock())
            if actor is None:
                return
            if actor.user.id != self.actor.user.id:
                self._approver = actor
            result = post(actor, self.draft())
        except Refusal as refusal:
            self._say(refusal_text(refusal), error=True)
            return
        self.last_result = result
        self.lines = []
        self.source_edit.clear()
        self.reference_edit.clear()
        self.remark_edit.clear()
        self._show_lines()
        self.update_preview()
        self._load_parts()
        self._say(self.tr("已过账：{number}（{doc_type}，{lines} 行）").format(
            number=result.number, doc_type=doc_type_name(result.doc_type), lines=result.line_count), error=False)
        self.posted.emit(result.document_id)
        self.part_edit.setFocus()

    def _say(self, text: str, *, error: bool) -> None:
        self.message.setProperty("role", "error" if error else "hint")
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)
        self.message.setText(text)
        self.message.show()
