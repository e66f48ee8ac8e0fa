"""今日: the first page after login - today's date, a few counts in cards, the latest activity.

Data model: ``CARDS`` lists (title, hint, count function, required table, and optionally the key
used by ``today_counts`` / `python main.py today --json` and an ``open`` factory that opens the
card's list from its "查看清单" button). A count function gets
today's date and the moment of reading and returns an int; a card whose table does not exist in
this database is left out, so the domain packages add their cards here (one line each) as their
tables land. The activity list is the audit log: everyone sees their own rows, roles with
``audit.read`` see everyone's.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Callable

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QLocale, QSize, Qt, QT_TRANSLATE_NOOP, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QFrame, QGridLayout, QHBoxLayout, QHeaderView, QLabel, QPushButton, QScrollArea,
    QSizePolicy, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from common.clock import branch_now
from common.models import AuditLog, User
from common.today_cards import may_see, permission_for
from ui.activity import ActivityModel
from ui.table_model import TableView


def _day(today: date):
    start = datetime.combine(today, time.min)
    return start, start + timedelta(days=1)


def count_active_users(today: date, now: datetime) -> int:
    return User.select().where(User.active).count()


def count_audit_today(today: date, now: datetime) -> int:
    start, end = _day(today)
    return AuditLog.select().where((AuditLog.at >= start) & (AuditLog.at < end)).count()


def count_logins_today(today: date, now: datetime) -> int:
    start, end = _day(today)
    return AuditLog.select().where((AuditLog.at >= start) & (AuditLog.at < end) & (AuditLog.action == "login")).count()


def count_failed_logins_today(today: date, now: datetime) -> int:
    start, end = _day(today)
    failed = AuditLog.action.in_(["login.failed", "login.locked", "login.refused_locked"])
    return AuditLog.select().where((AuditLog.at >= start) & (AuditLog.at < end) & failed).count()


def count_locked_accounts(today: date, now: datetime) -> int:
    return User.select().where(User.locked_until.is_null(False) & (User.locked_until > now)).count()


def count_daily_unsigned(today: date, now: datetime) -> int:
    from ledger.daily import overdue_days

    return len(overdue_days(today))


@dataclass(frozen=True)
class Card:
    title: str  # Chinese source text, context "TodayCards"
    hint: str
    count: Callable[[date, datetime], int]
    table: str  # the card shows only when this table exists
    key: str = ""  # the name in `today --json`; default: the count function's name without "count_"
    open: str = ""  # "module:callable"(parent widget with .actor, key, title) opening the card's list

    @property
    def name(self) -> str:
        return self.key or self.count.__name__.removeprefix("count_")

    @property
    def permission(self) -> str:
        # Who sees the card is decided in common.today_cards, shared with `main.py today`.
        return permission_for(self.name)


# -- callbacks, care and complaints (archive.callbacks / care / complaints) -------------------------

_service_cache: dict = {}


def _service_counts(today: date, now: datetime) -> dict[str, int]:
    # One pass computes every card of this area (care items come from one scan each); the cache
    # holds one refresh only: PREPARE and today_counts empty it before counting.
    key = (today, now)
    if key not in _service_cache:
        from archive.stats import due_counts

        _service_cache.clear()
        _service_cache[key] = due_counts(today)
    return _service_cache[key]


def _service_card(name: str) -> Callable[[date, datetime], int]:
    def count(today: date, now: datetime) -> int:
        return _service_counts(today, now)[name]

    count.__name__ = f"count_{name}"
    return count


SERVICE_LIST = "ui.callbacks_page:open_list"



def count_open_disputes(today: date, now: datetime) -> int:
    from ledger.reconcile import count_open_disputes as count

    return count()


def count_transit_overdue(today: date, now: datetime) -> int:
    from ledger.books import count_transit_overdue as count

    return count(today)


def count_owed_by_overdue(today: date, now: datetime) -> int:
    from ledger.books import count_owed_overdue

    return count_owed_overdue("owed_by", today)


def count_owed_to_overdue(today: date, now: datetime) -> int:
    from ledger.books import count_owed_overdue

    return count_owed_overdue("owed_to", today)


PARTS_LIST = "ui.parts_page:open_from_today"
OVERDUE_LIST = "ui.today:open_overdue"


def count_below_safety_stock(today: date, now: datetime) -> int:
    from ledger.reorder import count_below_safety

    return count_below_safety()


def count_secondary_without_invoice(today: date, now: datetime) -> int:
    from archive.callbacks import secondary_without_invoice

    return secondary_without_invoice(today)


CARDS: list[Card] = [
    Card(QT_TRANSLATE_NOOP("TodayCards", "今日操作"), QT_TRANSLATE_NOOP("TodayCards", "今天记入操作日志的条数"),
         count_audit_today, "audit_log"),
    Card(QT_TRANSLATE_NOOP("TodayCards", "今日登录"), QT_TRANSLATE_NOOP("TodayCards", "今天成功登录的次数"),
         count_logins_today, "audit_log"),
    Card(QT_TRANSLATE_NOOP("TodayCards", "登录失败"), QT_TRANSLATE_NOOP("TodayCards", "今天输错密码或被锁定的次数"),
         count_failed_logins_today, "audit_log"),
    Card(QT_TRANSLATE_NOOP("TodayCards", "锁定中的账户"), QT_TRANSLATE_NOOP("TodayCards", "管理员可在“设置”中解锁"),
         count_locked_accounts, "user"),
    Card(QT_TRANSLATE_NOOP("TodayCards", "启用的用户"), QT_TRANSLATE_NOOP("TodayCards", "可以登录的账户数"),
         count_active_users, "user"),
    Card(QT_TRANSLATE_NOOP("TodayCards", "待回访"), QT_TRANSLATE_NOOP("TodayCards", "今天应打的 7DC/3DC/定期回访电话"),
         _service_card("callbacks_due"), "callback", "callbacks_due", SERVICE_LIST),
    Card(QT_TRANSLATE_NOOP("TodayCards", "逾期回访"), QT_TRANSLATE_NOOP("TodayCards", "已过回访期限仍未完成"),
         _service_card("callbacks_overdue"), "callback", "callbacks_overdue", SERVICE_LIST),
    Card(QT_TRANSLATE_NOOP("TodayCards", "生日祝福"), QT_TRANSLATE_NOOP("TodayCards", "2-7 天后过生日的客户"),
         _service_card("care_birthday"), "care_done", "care_birthday", SERVICE_LIST),
    Card(QT_TRANSLATE_NOOP("TodayCards", "节日问候"), QT_TRANSLATE_NOOP("TodayCards", "一周内的节日（含农历节日）"),
         _service_card("care_festival"), "care_done", "care_festival", SERVICE_LIST),
    Card(QT_TRANSLATE_NOOP("TodayCards", "保养提醒"), QT_TRANSLATE_NOOP("TodayCards", "一周内到保养期的车辆"),
         _service_card("care_maintenance"), "care_done", "care_maintenance", SERVICE_LIST),
    Card(QT_TRANSLATE_NOOP("TodayCards", "年审提醒"), QT_TRANSLATE_NOOP("TodayCards", "一周内到年审日的车辆"),
         _service_card("care_inspection"), "care_done", "care_inspection", SERVICE_LIST),
    Card(QT_TRANSLATE_NOOP("TodayCards", "续保提醒"), QT_TRANSLATE_NOOP("TodayCards", "一周内保险到期的车辆"),
         _service_card("care_insurance"), "care_done", "care_insurance", SERVICE_LIST),
    Card(QT_TRANSLATE_NOOP("TodayCards", "待确认投诉"), QT_TRANSLATE_NOOP("TodayCards", "等待客服经理确认的投诉"),
         _service_card("complaints_to_confirm"), "complaint", "complaints_to_confirm", SERVICE_LIST),
    Card(QT_TRANSLATE_NOOP("TodayCards", "逾期投诉"), QT_TRANSLATE_NOOP("TodayCards", "超过处理期限仍未结案"),
         _service_card("complaints_overdue"), "complaint", "complaints_overdue", SERVICE_LIST),
    Card(QT_TRANSLATE_NOOP("TodayCards", "二级网点缺开票日期"),
         QT_TRANSLATE_NOOP("TodayCards", "7DC 从开票日起算：补填开票日期后才能安排回访"),
         count_secondary_without_invoice, "callback"),
    Card(QT_TRANSLATE_NOOP("TodayCards", "日报未签"), QT_TRANSLATE_NOOP("TodayCards", "超过两个工作日仍未经财务和经理签字的货品出入库报表"),
         count_daily_unsigned, "daily_day", "daily_unsigned"),
    # -- reconciliation (ledger.reconcile / reorder) --
    Card(QT_TRANSLATE_NOOP("TodayCards", "未处理对账差异"), QT_TRANSLATE_NOOP("TodayCards", "服务站回执与账面不符，尚未处理"),
         count_open_disputes,
         "ledger_dispute", "open_disputes"),
    Card(QT_TRANSLATE_NOOP("TodayCards", "低于安全库存"), QT_TRANSLATE_NOOP("TodayCards", "好件加在途低于安全库存的备件"),
         count_below_safety_stock,
         "ledger_dispute", "below_safety_stock", PARTS_LIST),
    # -- the parts books past their age limits (ledger.books) --
    Card(QT_TRANSLATE_NOOP("TodayCards", "在途超期"), QT_TRANSLATE_NOOP("TodayCards", "发出超过期限仍未到货或未获总部确认的发货单"),
         count_transit_overdue, "ledger_posting", "transit_overdue", OVERDUE_LIST),
    Card(QT_TRANSLATE_NOOP("TodayCards", "服务站欠坏件超期"), QT_TRANSLATE_NOOP("TodayCards", "服务站超过期限仍未返回的坏件（按站和备件）"),
         count_owed_by_overdue, "ledger_posting", "owed_by_overdue", OVERDUE_LIST),
    Card(QT_TRANSLATE_NOOP("TodayCards", "欠总部坏件超期"), QT_TRANSLATE_NOOP("TodayCards", "超过期限仍未返回总部的坏件（按备件）"),
         count_owed_to_overdue, "ledger_posting", "owed_to_overdue", OVERDUE_LIST),
]


def _generate_callbacks(actor, today: date) -> None:
    """Before counting, create the callbacks that fell due today (idempotent, one transaction),
    so the clerk's first look in the morning already shows them."""
    from common.auth import can
    from common.db import database

    if "callback" not in database.get_tables() or not can(actor.user, "callbacks.edit"):
        return
    from archive.callbacks import generate

    generate(actor, today)


# Steps run (with the actor and today's date) before the cards are counted; additive, like CARDS.
PREPARE: list[Callable] = [lambda actor, today: _service_cache.clear(), _generate_callbacks]


def shown_cards(user, tables) -> list[Card]:
    """The cards ``user``'s role sees (common.today_cards) whose table is in ``tables``."""
    return [card for card in CARDS if card.table in tables and may_see(user, card.name)]


def today_counts(as_of: date, now: datetime | None = None, user=None) -> dict[str, int]:
    """The Today page's counts per kind of due item (for `python main.py today --json`): every
    card whose table exists in this database, or with ``user`` the cards that user's page shows."""
    from common.db import database

    now = now or datetime.combine(as_of, time(12, 0))
    _service_cache.clear()
    tables = set(database.get_tables())
    cards = CARDS if user is None else shown_cards(user, tables)
    return {card.name: card.count(as_of, now) for card in cards if card.table in tables}

class CardWidget(QFrame):
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

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)


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


class OverdueListDialog(QDialog):
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

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

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
        self.setWidget(cards)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.viewport().setAutoFillBackground(False)
        cards.setAutoFillBackground(False)

    def sizeHint(self) -> QSize:
        return self.widget().sizeHint()  # every card, when the window can give that much

    def minimumSizeHint(self) -> QSize:
        needed = self.widget().minimumSizeHint()
        two_rows = self.fontMetrics().height() * 14  # about two rows of cards
        return QSize(needed.width() + self.verticalScrollBar().sizeHint().width(), min(needed.height(), two_rows))


class TodayPage(QWidget):
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

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

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
