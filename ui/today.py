"""今日: the first page after login - today's date, a few counts in cards, the latest activity.

Data model: ``CARDS`` lists (title, hint, count function, required table). A count function gets
today's date and the moment of reading and returns an int; a card whose table does not exist in
this database is left out, so the domain packages add their cards here (one line each) as their
tables land. The activity list is the audit log: everyone sees their own rows, roles with
``audit.read`` see everyone's.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Callable

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QLocale, Qt, QT_TRANSLATE_NOOP
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from common.models import AuditLog, User
from ui.table_model import Column, SqlTableModel, TableView


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


@dataclass(frozen=True)
class Card:
    title: str  # Chinese source text, context "TodayCards"
    hint: str
    count: Callable[[date, datetime], int]
    table: str  # the card shows only when this table exists


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
]

ACTION_NAMES = {
    "login": QT_TRANSLATE_NOOP("AuditActions", "登录"),
    "login.failed": QT_TRANSLATE_NOOP("AuditActions", "登录失败"),
    "login.locked": QT_TRANSLATE_NOOP("AuditActions", "账户被锁定"),
    "login.refused_locked": QT_TRANSLATE_NOOP("AuditActions", "锁定期间尝试登录"),
    "user.create": QT_TRANSLATE_NOOP("AuditActions", "新建用户"),
    "user.update": QT_TRANSLATE_NOOP("AuditActions", "修改用户"),
    "user.reset_password": QT_TRANSLATE_NOOP("AuditActions", "重置密码"),
    "user.change_password": QT_TRANSLATE_NOOP("AuditActions", "修改本人密码"),
    "user.unlock": QT_TRANSLATE_NOOP("AuditActions", "解锁账户"),
    "backup.create": QT_TRANSLATE_NOOP("AuditActions", "备份数据库"),
    "backup.restore": QT_TRANSLATE_NOOP("AuditActions", "恢复数据库"),
}


ENTITY_NAMES = {
    "user": QT_TRANSLATE_NOOP("AuditActions", "用户"),
    "database": QT_TRANSLATE_NOOP("AuditActions", "数据库"),
}


def entity_name(entity: str) -> str:
    source = ENTITY_NAMES.get(entity)
    return QCoreApplication.translate("AuditActions", source) if source else entity


def action_name(action: str) -> str:
    source = ACTION_NAMES.get(action)
    return QCoreApplication.translate("AuditActions", source) if source else action


ACTIVITY_COLUMNS = [
    Column(QT_TRANSLATE_NOOP("Columns", "时间"), AuditLog.at, "datetime"),
    Column(QT_TRANSLATE_NOOP("Columns", "用户"), AuditLog.username),
    Column(QT_TRANSLATE_NOOP("Columns", "操作"), AuditLog.action, formatter=action_name),
    Column(QT_TRANSLATE_NOOP("Columns", "对象"), AuditLog.entity, formatter=entity_name),
    Column(QT_TRANSLATE_NOOP("Columns", "编号"), AuditLog.entity_id),
]


class CardWidget(QFrame):
    def __init__(self, card: Card, parent: QWidget | None = None):
        super().__init__(parent)
        self.card = card
        self.setObjectName("card")
        self.value = QLabel("–")
        self.value.setObjectName("cardValue")
        self.title = QLabel()
        self.title.setObjectName("cardTitle")
        self.hint = QLabel()
        self.hint.setObjectName("cardHint")
        self.hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.value)
        layout.addWidget(self.hint)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.title.setText(QCoreApplication.translate("TodayCards", self.card.title))
        self.hint.setText(QCoreApplication.translate("TodayCards", self.card.hint))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)


class TodayPage(QWidget):
    COLUMNS_PER_ROW = 5

    def __init__(self, context, parent: QWidget | None = None, clock: Callable[[], datetime] = datetime.now):
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
        self.cards = [CardWidget(card) for card in CARDS if card.table in tables]
        self.activity_title = QLabel()
        self.activity_title.setObjectName("cardTitle")
        query = AuditLog.select()
        self.sees_everyone = can(self.actor.user, "audit.read")
        if not self.sees_everyone:
            query = query.where(AuditLog.user == self.actor.user.id)
        self.activity = SqlTableModel(query, ACTIVITY_COLUMNS, self, default_sort=0,
                                      default_order=Qt.SortOrder.DescendingOrder)
        self.activity_view = TableView(self.activity)

        # lay out
        top = QHBoxLayout()
        top.addWidget(self.greeting, 1)
        top.addWidget(self.refresh_button)
        grid = QGridLayout()
        for number, card in enumerate(self.cards):
            grid.addWidget(card, number // self.COLUMNS_PER_ROW, number % self.COLUMNS_PER_ROW)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addLayout(grid)
        layout.addSpacing(self.fontMetrics().height() // 2)
        layout.addWidget(self.activity_title)
        layout.addWidget(self.activity_view, 1)

        # connect
        self.refresh_button.clicked.connect(self.refresh)
        QShortcut(QKeySequence.StandardKey.Refresh, self, self.refresh)

        self.retranslateUi()
        self.refresh()

    def retranslateUi(self) -> None:
        self.refresh_button.setText(self.tr("刷新(&R)"))
        if self.sees_everyone:
            self.activity_title.setText(self.tr("最近的操作记录"))
        else:
            self.activity_title.setText(self.tr("我最近的操作"))
        self._update_greeting()

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
        for card in self.cards:
            card.value.setText(f"{card.card.count(now.date(), now):,}")
        self.activity.refresh()
        self._update_greeting()

    def showEvent(self, event) -> None:
        # Coming back to 今日 from another page shows current numbers, not those from login.
        if not event.spontaneous() and getattr(self, "_shown_once", False):
            self.refresh()
        self._shown_once = True
        super().showEvent(event)
