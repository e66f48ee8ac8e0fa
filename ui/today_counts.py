"""The 今日 page's counts, without widgets: what each card counts, who sees it, and ``today_counts``
for `python main.py today --json` (which must not import QtWidgets to print a few numbers).

Data model: ``CARDS`` lists (title, hint, count function, required table, and optionally the key
used by ``today_counts`` and an ``open`` factory that opens the card's list from its "查看清单"
button, as "module:callable"). A count function gets today's date and the moment of reading and
returns an int; a card whose table does not exist in this database is left out, so the domain
packages add their cards here (one line each) as their tables land. ui.today shows them.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP

from common.models import AuditLog, User
from common.today_cards import may_see, permission_for

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


def count_daily_unsent(today: date, now: datetime) -> int:
    from ledger.send import unsent_days

    return len(unsent_days())


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


def count_members_due(today: date, now: datetime) -> int:
    from archive.members import count_due_for_renewal

    return count_due_for_renewal(today)


def count_events_to_record(today: date, now: datetime) -> int:
    from archive.events import to_record

    return len(to_record(today))


def count_events_seats_open(today: date, now: datetime) -> int:
    from archive.events import seats_open_soon

    return len(seats_open_soon(today))


EVENTS_LIST = "ui.events_page:open_from_today"


def count_handover_unreceived(today: date, now: datetime) -> int:
    from archive.handover import unreceived

    return len(unreceived(today))


def count_rectify_overdue(today: date, now: datetime) -> int:
    from archive.rectification import count_overdue

    return count_overdue(today)


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
    Card(QT_TRANSLATE_NOOP("TodayCards", "整改逾期"), QT_TRANSLATE_NOOP("TodayCards", "已过整改期限仍未验证关闭的整改项"),
         count_rectify_overdue, "rectification", "rectify_overdue", SERVICE_LIST),
    Card(QT_TRANSLATE_NOOP("TodayCards", "会员待续期"), QT_TRANSLATE_NOOP("TodayCards", "一个月内到期或刚到期的车主俱乐部会员"),
         count_members_due, "club_member", "members_due", "ui.members_page:open_due"),
    Card(QT_TRANSLATE_NOOP("TodayCards", "交接单待接收"),
         QT_TRANSLATE_NOOP("TodayCards", "制单已满 2 个工作日仍未登记接收"),
         count_handover_unreceived, "handover_batch", "handover_unreceived", "ui.handover_dialog:open_from_today"),
    Card(QT_TRANSLATE_NOOP("TodayCards", "活动待登记"),
         QT_TRANSLATE_NOOP("TodayCards", "近两周已举办的活动：签到、反馈评分或实际费用尚未登记"),
         count_events_to_record, "customer_event", "events_to_record", EVENTS_LIST),
    Card(QT_TRANSLATE_NOOP("TodayCards", "活动未满员"), QT_TRANSLATE_NOOP("TodayCards", "一周内举办、报名仍未满的活动"),
         count_events_seats_open, "customer_event", "events_seats_open", EVENTS_LIST),
    Card(QT_TRANSLATE_NOOP("TodayCards", "日报未签"), QT_TRANSLATE_NOOP("TodayCards", "超过两个工作日仍未经财务和经理签字的货品出入库报表"),
         count_daily_unsigned, "daily_day", "daily_unsigned"),
    Card(QT_TRANSLATE_NOOP("TodayCards", "日报未发出"),
         QT_TRANSLATE_NOOP("TodayCards", "已签字但尚未发给经管二部和备件科（邮件或传真文件夹）"),
         count_daily_unsent, "report_send", "daily_unsent", "ui.send_panel:open_unsent"),
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
