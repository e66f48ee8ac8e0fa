"""The part card: every book of one part, now and at a chosen date, and the part's whole history.

Data model: balances come from ``ledger.books.balances(actor, date, part)`` (the ``balance --json``
numbers), the history from ``ledger.books.part_card`` - one row per posting with its document and
the running balance of that book - shown in a lazy ``SqlTableModel`` (paged, sorted and filtered in
SQL, exportable to xlsx). ``subquery_table`` is the small adapter that lets the lazy model page
through such a book query: it wraps it as a subquery so its columns can be selected, filtered and
sorted by name.
"""
from __future__ import annotations

from datetime import date, datetime
from typing import Callable

import peewee
from PySide6.QtCore import QDate, QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from common.clock import branch_now
from ledger import books
from ledger.models import BOOKS, PARTY_BOOKS, Part
from ui.date_edit import DateEdit, FilterDates
from ui.document_form import book_title, doc_type_name
from ui.retranslate import Retranslating
from ui.table_model import Column, SqlTableModel, TableView, format_integer, format_money


def subquery_table(query, name: str):
    """(SELECT * FROM (query) AS name, name) - the lazy table selects ``name.c.<column>``.

    The query's own ORDER BY is dropped: the table orders by its sort column, and an ordered
    subquery is one SQLite cannot flatten, so counting the list would compute every column of
    every row (the documents' line counts: 550 ms instead of 160 ms at 204,000 documents)."""
    sub = query.order_by().alias(name)
    return peewee.Select([sub], [peewee.SQL("*")]).bind(Part._meta.database), sub


def history_model(part_number: str, parent=None) -> SqlTableModel:
    base, card = subquery_table(books.part_card(part_number), "card")
    columns = [
        Column(QT_TRANSLATE_NOOP("Columns", "日期"), card.c.date, "date"),
        Column(QT_TRANSLATE_NOOP("Columns", "单号"), card.c.number),
        Column(QT_TRANSLATE_NOOP("Columns", "单据类型"), card.c.doc_type, formatter=doc_type_name),
        Column(QT_TRANSLATE_NOOP("Columns", "来源单号"), card.c.source_number),
        Column(QT_TRANSLATE_NOOP("Columns", "往来单位"), card.c.party_code),
        Column(QT_TRANSLATE_NOOP("Columns", "账簿"), card.c.book, formatter=book_title),
        Column(QT_TRANSLATE_NOOP("Columns", "变动"), card.c.delta, "integer", formatter=lambda v: f"{v:+,}"),
        Column(QT_TRANSLATE_NOOP("Columns", "结存"), card.c.balance, "integer"),
    ]
    return SqlTableModel(base, columns, parent, key=card.c.id, default_sort=0)


class PartCard(Retranslating, QDialog):
    open_document = Signal(int)

    BALANCE_HEADERS = (QT_TRANSLATE_NOOP("PartCard", "账簿"), QT_TRANSLATE_NOOP("PartCard", "往来单位"),
                       QT_TRANSLATE_NOOP("PartCard", "当前"), QT_TRANSLATE_NOOP("PartCard", "截至所选日期"))

    def __init__(self, actor, part_number: str, parent: QWidget | None = None,
                 clock: Callable[[], datetime] = branch_now):
        super().__init__(parent)
        # A card is a look at one part: closing it deletes it, so a card left behind never
        # re-reads its books later (a language switch reaches hidden widgets too).
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.actor = actor
        self.part = Part.get(Part.number == part_number)

        # create
        self.summary = QLabel()
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.at_label = QLabel()
        self.at_date = DateEdit(QDate(clock().date()))
        self.at_date.setCalendarPopup(True)
        self.at_date.setDisplayFormat("yyyy-MM-dd")
        self.at_label.setBuddy(self.at_date)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.hide()
        # A date typed wrong is said here; the 截至 column is not re-read for the last good date.
        self.filter_dates = FilterDates((self.at_date,), self.message, self.show_balances)
        self._rows = None  # the balance rows last read, re-worded on a language switch
        self.balances = QTableWidget(0, len(self.BALANCE_HEADERS))
        self.balances.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.balances.verticalHeader().hide()
        self.balances.horizontalHeader().setStretchLastSection(True)
        self.balance_box = QGroupBox()
        self.history_box = QGroupBox()
        self.history = TableView(history_model(self.part.number, self), exportable=True)

        # lay out
        bar = QHBoxLayout()
        bar.addWidget(self.at_label)
        bar.addWidget(self.at_date)
        bar.addStretch(1)
        balance_layout = QVBoxLayout(self.balance_box)
        balance_layout.addLayout(bar)
        balance_layout.addWidget(self.message)
        balance_layout.addWidget(self.balances)
        QVBoxLayout(self.history_box).addWidget(self.history)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.balance_box, 1)
        layout.addWidget(self.history_box, 2)

        # connect
        self.at_date.dateChanged.connect(self.show_balances)
        self.history.activated.connect(self._open_posting)

        self.retranslateUi()
        self.resize(self.fontMetrics().averageCharWidth() * 120, self.fontMetrics().height() * 40)
        # Enter in the date field reads the date: no button of the card is pressed by it (a dialog
        # makes its buttons auto-default, so Enter used to open the history's export).
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)

    def retranslateUi(self) -> None:
        p = self.part
        self.setWindowTitle(self.tr("备件卡片 {number}").format(number=p.number))
        self.summary.setText(self.tr("{number}  {name}  规格：{spec}  单位：{unit}  单价：{price}  安全库存：{safety}").format(
            number=p.number, name=p.name, spec=p.spec or "—", unit=p.unit, price=format_money(p.price_fen),
            safety=p.safety_stock))
        self.at_label.setText(self.tr("余额截至(&D)"))
        self.balance_box.setTitle(self.tr("各账簿余额"))
        self.history_box.setTitle(self.tr("历史"))
        self.balances.setHorizontalHeaderLabels([self.tr(h) for h in self.BALANCE_HEADERS])
        # A language switch re-words the rows already read; only a date change reads the books again
        # (a card about to be deleted must not query a database that may be gone).
        if self._rows is None:
            self.show_balances()
        else:
            self._show_rows(self._rows)

    def balance_rows(self, at: date) -> list[tuple[str, str, int, int]]:
        """(book, party code, now, at the end of ``at``) for every book; owed books per party."""
        now = books.balances(self.actor, None, self.part.number)["parts"][self.part.number]
        then = books.balances(self.actor, at, self.part.number)["parts"][self.part.number]
        rows = []
        for book in BOOKS:
            if book in PARTY_BOOKS:
                codes = sorted(set(now[book]) | set(then[book]))
                rows += [(book, code, now[book].get(code, 0), then[book].get(code, 0)) for code in codes]
                if not codes:
                    rows.append((book, "", 0, 0))
            else:
                rows.append((book, "", now[book], then[book]))
        return rows

    def show_balances(self, *_) -> None:
        if self.filter_dates.blocked():
            return
        self._rows = self.balance_rows(self.at_date.date().toPython())
        self._show_rows(self._rows)

    def _show_rows(self, rows) -> None:
        self.balances.setRowCount(len(rows))
        for row, (book, code, now, then) in enumerate(rows):
            for column, value in enumerate((book_title(book), code, format_integer(now), format_integer(then))):
                item = QTableWidgetItem(value)
                if column >= 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.balances.setItem(row, column, item)
        self.balances.resizeColumnsToContents()

    def _open_posting(self, posting_id) -> None:
        from ledger.models import Posting

        posting = Posting.get_or_none(Posting.id == posting_id)
        if posting is not None:
            self.open_document.emit(posting.document_id)
