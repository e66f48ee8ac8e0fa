"""今日: the first page after login - today's date, a few counts in cards, the latest activity.

Data model: the cards and what each counts are ``CARDS`` in ui/today_counts.py (no widgets: the
command line prints the same counts); this module shows them. The activity list is the audit log:
everyone sees their own rows, roles with ``audit.read`` see everyone's.
"""
from __future__ import annotations

from datetime import date, datetime
from typing import Callable

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QSize, Qt, QT_TRANSLATE_NOOP, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QFrame, QGridLayout, QHBoxLayout, QHeaderView, QLabel, QPushButton, QScrollArea,
    QSizePolicy, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from common.clock import branch_now
from ui.activity import ActivityModel
from ui.retranslate import Retranslating
from ui.table_model import TableView
# Re-exported: callers know the cards and counts as ui.today's.
from ui.today_counts import (  # noqa: F401
    CARDS, Card, OVERDUE_LIST, PARTS_LIST, PREPARE, SERVICE_LIST, shown_cards, today_counts,
)


class CardWidget(Retranslating, QFrame):
    def __init__(self, card: Card, parent: QWidget | None = None):
        super().__init__(parent)
        self.card = card
        self.setObjectName("card")
        self.value = QLabel("…")  # until the page's first refresh fills it
        self.value.setObjectName("cardValue")
        self.title = QLabel()
        self.title.setObjectName("cardTitle")
        self.hint = QLabel()
        self.hint.setObjectName("cardHint")
        self.hint.setWordWrap(True)
        self.open_button = QPushButton()
        self.open_button.setFlat(True)
        self.open_button.setVisible(bool(card.open))
        layout = QVBoxLayout(self)
        # Tight: four rows of cards and the activity list must fit a 1366x768 screen.
        layout.setContentsMargins(8, 5, 8, 5)
        layout.setSpacing(2)
        layout.addWidget(self.title)
        layout.addWidget(self.value)
        layout.addWidget(self.hint)
        layout.addWidget(self.open_button)
        self.open_button.clicked.connect(self.open_list)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.title.setText(QCoreApplication.translate("TodayCards", self.card.title))
        self.hint.setText(QCoreApplication.translate("TodayCards", self.card.hint))
        self.open_button.setText(self.tr("查看清单 ›"))

    def open_list(self):
        """Open the card's list (its ``open`` factory gets the Today page, the key and the title)."""
        import importlib

        if not self.card.open:
            return None
        module_name, _, attribute = self.card.open.partition(":")
        opener = getattr(importlib.import_module(module_name), attribute)
        self.opened = opener(self.window_page(), self.card.name, self.title.text())
        return self.opened

    def window_page(self):
        widget = self.parentWidget()
        while widget is not None and not hasattr(widget, "actor"):
            widget = widget.parentWidget()
        return widget


# -- the lists behind the parts cards: the same rows the card counts (ledger.books) ------------------

OVERDUE_COLUMNS = {
    "transit": [("date", QT_TRANSLATE_NOOP("Columns", "发货日期")), ("number", QT_TRANSLATE_NOOP("Columns", "单号")),
                ("source_number", QT_TRANSLATE_NOOP("Columns", "来源单号")),
                ("party_code", QT_TRANSLATE_NOOP("Columns", "往来单位")),
                ("party_name", QT_TRANSLATE_NOOP("Columns", "单位名称")),
                ("shipped", QT_TRANSLATE_NOOP("Columns", "发货数量")), ("open_qty", QT_TRANSLATE_NOOP("Columns", "未结数量")),
                ("age_days", QT_TRANSLATE_NOOP("Columns", "在途天数"))],
    "owed": [("party_code", QT_TRANSLATE_NOOP("Columns", "往来单位")),
             ("party_name", QT_TRANSLATE_NOOP("Columns", "单位名称")),
             ("part_number", QT_TRANSLATE_NOOP("Columns", "备件编号")),
             ("part_name", QT_TRANSLATE_NOOP("Columns", "备件名称")),
             ("owed", QT_TRANSLATE_NOOP("Columns", "欠数")), ("overdue", QT_TRANSLATE_NOOP("Columns", "超期数量"))],
}
OVERDUE_BOOKS = {"owed_by_overdue": "owed_by", "owed_to_overdue": "owed_to"}


def overdue_rows(key: str, today: date) -> list[dict]:
    """The rows of a parts card's list: exactly what its count function counts."""
    from ledger import books

    if key == "transit_overdue":
        return books.transit_overdue(today)
    return books.owed_overdue(OVERDUE_BOOKS[key], today)


class OverdueListDialog(Retranslating, QDialog):
    """The shipments or owed bad parts a Today card counts. Enter (or a double click) on a row
    opens it on the 备件 page: the shipment's document (the list stays for the next one), or the
    owed book filtered to that party (the list closes; the book shows the same debts)."""

    def __init__(self, today_page, key: str, title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.today_page, self.key = today_page, key
        self.kind = "transit" if key == "transit_overdue" else "owed"
        self.rows = overdue_rows(key, today_page._clock().date())
        self.summary = QLabel()
        self.table = QTableWidget(len(self.rows), len(OVERDUE_COLUMNS[self.kind]))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        for row, values in enumerate(self.rows):
            for column, (field, _) in enumerate(OVERDUE_COLUMNS[self.kind]):
                value = values.get(field)
                item = QTableWidgetItem("" if value is None else str(value))
                if isinstance(value, int):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)
        if self.rows:
            self.table.selectRow(0)
        self.open_button = QPushButton()
        self.close_button = QPushButton()
        self.close_button.setAutoDefault(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.open_button.setEnabled(bool(self.rows))
        self.open_button.clicked.connect(self.open_selected)
        self.close_button.clicked.connect(self.reject)
        self.table.activated.connect(lambda index: self.open_selected())
        self.table.doubleClicked.connect(lambda index: self.open_selected())
        self.setWindowTitle(title)
        self.retranslateUi()
        # Every column as wide as its content; the party's name takes what is left (not a wide
        # empty quantity column next to truncated names).
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.resize(min(1000, self.screen().availableGeometry().width() - 40),
                    min(560, self.screen().availableGeometry().height() - 80))

    def retranslateUi(self) -> None:
        self.table.setHorizontalHeaderLabels([QCoreApplication.translate("Columns", text)
                                              for _, text in OVERDUE_COLUMNS[self.kind]])
        self.summary.setText(self.tr("共 {count} 项。").format(count=len(self.rows)))
        self.open_button.setText(self.tr("在备件页打开(&O)") if self.kind == "owed" else self.tr("打开单据(&O)"))
        self.close_button.setText(self.tr("关闭"))

    def open_selected(self):
        row = self.table.currentRow()
        if not 0 <= row < len(self.rows):
            return None
        values = self.rows[row]
        parts = self.today_page.window().show_page("parts")
        if self.kind == "transit":
            return parts.open_document(values["document_id"])
        index = parts.party_combo.findData(values["party_code"])
        if index >= 0:
            parts.party_combo.setCurrentIndex(index)
        parts.show_tab(OVERDUE_BOOKS[self.key])
        self.accept()  # out of the way of the book it opened (it would stay above the window)
        return parts


def open_overdue(today_page, key: str, title: str) -> OverdueListDialog:
    """A parts card's 查看清单: not modal, so the clerk can work through the list."""
    dialog = OverdueListDialog(today_page, key, title, today_page)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog


class CardArea(QScrollArea):
    """The cards: all of them when the window has the room, else they scroll. However many cards a
    role sees, the page must fit a 1366x768 screen."""

    def __init__(self, cards: QWidget, parent: QWidget | None = None):
        super().__init__(parent)
        # The cards sit on the page's ground, not on the white a viewport fills itself with. A
        # viewport made here, not read with viewport(): wrapping the one Qt made (a plain QWidget
        # created in C++) makes PySide look through every QWidget subclass for its type, creating
        # some 60 unused classes with their enums (about 20 ms) before the window's first paint.
        # Set before setWidget, which puts the cards into the viewport (a replaced one is deleted).
        viewport = QWidget()
        viewport.setObjectName("qt_scrollarea_viewport")
        viewport.setAutoFillBackground(False)
        self.setViewport(viewport)
        self.setWidget(cards)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        cards.setAutoFillBackground(False)

    def sizeHint(self) -> QSize:
        return self.widget().sizeHint()  # every card, when the window can give that much

    def minimumSizeHint(self) -> QSize:
        needed = self.widget().minimumSizeHint()
        two_rows = self.fontMetrics().height() * 14  # about two rows of cards
        return QSize(needed.width() + self.verticalScrollBar().sizeHint().width(), min(needed.height(), two_rows))


class TodayPage(Retranslating, QWidget):
    """``fill_later``: build the page with "…" in the cards and count only after its first paint
    (the main window does so, so the window shows at once after login; some counts scan years of
    archives). Otherwise the counts are filled before the constructor returns. ``filled`` is
    emitted after every refresh."""

    COLUMNS_PER_ROW = 5
    filled = Signal()

    def __init__(self, context, parent: QWidget | None = None, clock: Callable[[], datetime] = branch_now,
                 fill_later: bool = False):
        super().__init__(parent)
        from common.auth import can
        from common.db import database

        self.actor = context.actor
        self._clock = clock
        tables = set(database.get_tables())

        # create
        self.greeting = QLabel()
        self.greeting.setObjectName("pageSubtitle")
        self.refresh_button = QPushButton()
        # "2027 年节假日尚未录入" (archive.holidays.notice_years): from 1 December, and whenever an
        # open deadline falls in a year the holiday table does not cover.
        self.calendar_notice = QLabel()
        self.calendar_notice.setObjectName("card")
        self.calendar_notice.setProperty("role", "error")
        self.calendar_notice.setWordWrap(True)
        self.calendar_notice.setContentsMargins(10, 6, 10, 6)
        self.calendar_notice.hide()
        self.calendar_years: list[int] = []
        self.has_calendar = "holiday" in tables
        self.cards = [CardWidget(card) for card in shown_cards(self.actor.user, tables)]
        self.activity_title = QLabel()
        self.activity_title.setObjectName("cardTitle")
        # The last two weeks: the Today page is about now; the whole log is a search away.
        self.sees_everyone = can(self.actor.user, "audit.read")
        self.activity = ActivityModel(self.actor, self._clock(), self, everyone=self.sees_everyone,
                                      read_later=fill_later)
        self.activity_view = TableView(self.activity)

        # lay out
        top = QHBoxLayout()
        top.addWidget(self.greeting, 1)
        top.addWidget(self.refresh_button)
        cards = QWidget()
        grid = QGridLayout(cards)
        grid.setContentsMargins(0, 0, 0, 0)
        for number, card in enumerate(self.cards):
            grid.addWidget(card, number // self.COLUMNS_PER_ROW, number % self.COLUMNS_PER_ROW)
        # A role with few cards (finance, admin) gets cards of the usual size, not one card
        # stretched over the page: spare room goes to the right and below.
        for column in range(self.COLUMNS_PER_ROW):
            grid.setColumnStretch(column, 1)
        grid.setRowStretch(-(-len(self.cards) // self.COLUMNS_PER_ROW), 1)
        self.card_area = CardArea(cards)
        # No taller than its cards: the room a role with few cards leaves goes to the activity list.
        self.card_area.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.calendar_notice)
        layout.addWidget(self.card_area, 2)
        layout.addSpacing(self.fontMetrics().height() // 2)
        layout.addWidget(self.activity_title)
        layout.addWidget(self.activity_view, 1)

        # connect
        self.refresh_button.clicked.connect(self.refresh)
        QShortcut(QKeySequence.StandardKey.Refresh, self, self.refresh)

        self.retranslateUi()
        self.pending = fill_later  # True until the first refresh after the first paint
        if not fill_later:
            self.refresh()

    def retranslateUi(self) -> None:
        self.refresh_button.setText(self.tr("刷新(&R)"))
        if self.sees_everyone:
            self.activity_title.setText(self.tr("最近的操作记录"))
        else:
            self.activity_title.setText(self.tr("我最近的操作"))
        self._update_greeting()
        self._show_calendar_notice()

    def _show_calendar_notice(self) -> None:
        years = "、".join(str(year) for year in self.calendar_years)
        self.calendar_notice.setText(self.tr("{years} 年节假日尚未录入：截止日期暂按周末计算。请经理在“设置 → 节假日日历”中按国务院通知录入。")
                                     .format(years=years))
        self.calendar_notice.setVisible(bool(self.calendar_years))

    def _update_greeting(self) -> None:
        now = self._clock()
        day = QLocale().toString(QDate(now.year, now.month, now.day), QLocale.FormatType.LongFormat)
        self.greeting.setText(self.tr("{name}，您好。今天是 {day}。").format(name=self.actor.user.display_name, day=day))

    def refresh(self) -> None:
        now = self._clock()
        for prepare in PREPARE:
            prepare(self.actor.at(now), now.date())
        for card in self.cards:
            card.value.setText(f"{card.card.count(now.date(), now):,}")
        if self.has_calendar:
            from archive.holidays import notice_years

            self.calendar_years = notice_years(now.date())
            self._show_calendar_notice()
        self.activity.refresh()
        self._update_greeting()
        self.pending = False
        self.filled.emit()

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        if self.pending and not getattr(self, "_fill_scheduled", False):
            # Count once the page has been painted: the window is already usable meanwhile.
            self._fill_scheduled = True
            QTimer.singleShot(0, self._fill_pending)

    def _fill_pending(self) -> None:
        if self.pending:
            self.refresh()

    def showEvent(self, event) -> None:
        # Coming back to 今日 from another page shows current numbers, not those from login.
        if not event.spontaneous() and getattr(self, "_shown_once", False) and not self.pending:
            self.refresh()
        self._shown_once = True
        super().showEvent(event)


def deferred_page(context) -> TodayPage:
    """The main window's 今日 page: shown first, counted right after its first paint."""
    return TodayPage(context, fill_later=True)
