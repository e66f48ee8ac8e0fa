"""Callbacks (回访): phone calls to customers after a delivery or a repair, scored per service item.

Data model:
- ``Callback``: one call that is owed to a customer. ``kind`` says why: ``7dc`` (day 7 after
  delivery, day 10 after invoicing for cars sold by a secondary-network dealer, 二级网点), ``3dc``
  (3-5 days after a repair), ``monthly`` / ``yearly`` (one month / one year after delivery).
  ``source_id`` is the vehicle (or, for 3dc, the repair visit) it was generated from; the unique
  index on (kind, source_id) makes generation idempotent. ``due_from``..``due_until`` is the due
  window; ``call_from`` is when the clerk should next try (moved to tomorrow after "not reached").
  ``state``: open -> done (reached) | unreachable (MAX_ATTEMPTS tries) | refused | cancelled
  (the customer asked not to be contacted).
- ``CallbackScore``: one score per service item of a reached callback, on the items and scale of
  the kind's survey form in use when it was reached (archive.scripts: ``Callback.survey_set``);
  SCORE_ITEMS are version 1 of those forms, the items the paper forms had.
- ``CallbackAttempt``: every try, reached or not, with its remarks (the daily report counts them).
- ``ContactBlock``: do-not-contact (免打扰) per customer; no callbacks or greetings are generated
  for them while it stands.

Reports (daily, weekly, monthly; PDF or xlsx) summarise attempts and scores of a period; the
second-level (monthly, by the customer-service department) and third-level (quarterly, by the
general manager's office) sample lists are drawn deterministically so printing twice gives the
same list.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from pathlib import Path

from peewee import JOIN, Case, CharField, DateField, DateTimeField, ForeignKeyField, IntegerField, TextField, fn

from archive.models import Customer, RepairVisit, Vehicle
from archive.scripts import SurveySet, current_form, item_labels
from archive.texts import (
    CALLBACKS_ALREADY_BLOCKED, CALLBACKS_CUSTOMER_NOT_FOUND, CALLBACKS_DO_NOT_CONTACT, CALLBACKS_NOT_BLOCKED,
    CALLBACKS_NOT_FOUND, CALLBACKS_NOT_OPEN, CALLBACKS_REPORT_FORMAT, CALLBACKS_SCORES_WITHOUT_CONTACT,
    CALLBACKS_SCORE_MISSING, CALLBACKS_SCORE_RANGE, CALLBACKS_TOO_EARLY, CALLBACKS_UNKNOWN_ITEM,
    CALLBACKS_UNKNOWN_OUTCOME, CALLBACKS_UNKNOWN_PERIOD,
)
from common import audit
from common.actor import Actor
from common.auth import require
from common.dates import add_months
from common.db import BaseModel, database
from common.errors import Refusal
from common.i18n import QT_TRANSLATE_NOOP
from common.models import User
from common.personal_data import export_personal

SEVEN_DAY, THREE_DAY, MONTHLY, YEARLY = "7dc", "3dc", "monthly", "yearly"
KINDS = (SEVEN_DAY, THREE_DAY, MONTHLY, YEARLY)
KIND_LABELS = {
    SEVEN_DAY: QT_TRANSLATE_NOOP("ServiceLabels", "7DC 新车回访"),
    THREE_DAY: QT_TRANSLATE_NOOP("ServiceLabels", "3DC 维修回访"),
    MONTHLY: QT_TRANSLATE_NOOP("ServiceLabels", "月度回访"),
    YEARLY: QT_TRANSLATE_NOOP("ServiceLabels", "年度回访"),
}

OPEN, DONE, UNREACHABLE, REFUSED, CANCELLED = "open", "done", "unreachable", "refused", "cancelled"
STATE_LABELS = {
    OPEN: QT_TRANSLATE_NOOP("ServiceLabels", "待回访"),
    DONE: QT_TRANSLATE_NOOP("ServiceLabels", "已回访"),
    UNREACHABLE: QT_TRANSLATE_NOOP("ServiceLabels", "联系不上"),
    REFUSED: QT_TRANSLATE_NOOP("ServiceLabels", "拒绝回访"),
    CANCELLED: QT_TRANSLATE_NOOP("ServiceLabels", "免打扰取消"),
}
REACHED, RETRY, REFUSED_OUTCOME = "reached", "retry", "refused"
OUTCOMES = (REACHED, RETRY, REFUSED_OUTCOME)
OUTCOME_LABELS = {
    REACHED: QT_TRANSLATE_NOOP("ServiceLabels", "已接通"),
    RETRY: QT_TRANSLATE_NOOP("ServiceLabels", "未接通，再拨"),
    REFUSED_OUTCOME: QT_TRANSLATE_NOOP("ServiceLabels", "拒绝"),
}

MAX_ATTEMPTS = 3  # after the third unanswered call the callback is closed as unreachable
LOW_SCORE = 6  # a score at or below this is an improvement point (需改善) in the reports
GRACE_DAYS = 30  # a day the app was not opened still gets its callbacks, up to this late

SALES_ITEMS = {
    "reception": QT_TRANSLATE_NOOP("ServiceLabels", "展厅接待"),
    "consultant": QT_TRANSLATE_NOOP("ServiceLabels", "销售顾问讲解"),
    "test_drive": QT_TRANSLATE_NOOP("ServiceLabels", "试乘试驾"),
    "delivery": QT_TRANSLATE_NOOP("ServiceLabels", "交车过程"),
    "paperwork": QT_TRANSLATE_NOOP("ServiceLabels", "手续办理效率"),
    "overall": QT_TRANSLATE_NOOP("ServiceLabels", "总体满意度"),
}
SERVICE_ITEMS = {
    "reception": QT_TRANSLATE_NOOP("ServiceLabels", "服务接待"),
    "repair_quality": QT_TRANSLATE_NOOP("ServiceLabels", "维修质量"),
    "timeliness": QT_TRANSLATE_NOOP("ServiceLabels", "按时交车"),
    "price": QT_TRANSLATE_NOOP("ServiceLabels", "费用透明"),
    "cleanliness": QT_TRANSLATE_NOOP("ServiceLabels", "车辆清洁"),
    "overall": QT_TRANSLATE_NOOP("ServiceLabels", "总体满意度"),
}
FOLLOW_UP_ITEMS = {
    "vehicle": QT_TRANSLATE_NOOP("ServiceLabels", "车辆使用情况"),
    "service": QT_TRANSLATE_NOOP("ServiceLabels", "服务满意度"),
    "overall": QT_TRANSLATE_NOOP("ServiceLabels", "总体满意度"),
}
SCORE_ITEMS = {SEVEN_DAY: SALES_ITEMS, THREE_DAY: SERVICE_ITEMS, MONTHLY: FOLLOW_UP_ITEMS, YEARLY: FOLLOW_UP_ITEMS}


class Callback(BaseModel):
    kind = CharField(max_length=8)
    source_id = IntegerField()
    customer = ForeignKeyField(Customer, on_delete="RESTRICT")
    vehicle = ForeignKeyField(Vehicle, on_delete="RESTRICT")
    visit = ForeignKeyField(RepairVisit, null=True, on_delete="RESTRICT")
    base_date = DateField()
    due_from = DateField()
    due_until = DateField()
    call_from = DateField()
    state = CharField(max_length=12, default=OPEN)
    attempts = IntegerField(default=0)
    remarks = TextField(default="")
    completed_on = DateField(null=True)
    completed_by = ForeignKeyField(User, null=True, on_delete="RESTRICT")
    created_at = DateTimeField()
    # The survey form (items and scale) the scores were given on; set when reached.
    survey_set = ForeignKeyField(SurveySet, null=True, on_delete="RESTRICT", backref="+")

    class Meta:
        table_name = "callback"

    def scores(self):
        return CallbackScore.select().where(CallbackScore.callback == self).order_by(CallbackScore.id)

    def attempts_made(self):
        return CallbackAttempt.select().where(CallbackAttempt.callback == self).order_by(CallbackAttempt.id)


class CallbackScore(BaseModel):
    callback = ForeignKeyField(Callback, on_delete="CASCADE")
    item = CharField(max_length=32)
    score = IntegerField()

    class Meta:
        table_name = "callback_score"


class CallbackAttempt(BaseModel):
    callback = ForeignKeyField(Callback, on_delete="CASCADE")
    at = DateTimeField()
    user = ForeignKeyField(User, on_delete="RESTRICT")
    outcome = CharField(max_length=12)
    remarks = TextField(default="")

    class Meta:
        table_name = "callback_attempt"


class ContactBlock(BaseModel):
    customer = ForeignKeyField(Customer, unique=True, on_delete="RESTRICT")
    reason = CharField(max_length=200, default="")
    since = DateField()
    set_by = ForeignKeyField(User, on_delete="RESTRICT")

    class Meta:
        table_name = "contact_block"


# -- due windows ----------------------------------------------------------------------------------

# Calls the office makes in its working days: their windows move past days off (a repair on the
# Friday before 春节 is called after the office reopens, not overdue before it does).
OFFICE_DAY_KINDS = (SEVEN_DAY, THREE_DAY)
# How far a window can move past a break: the longest run of days off plus the window's length.
SHIFT_SLACK = timedelta(days=15)


def window(kind: str, base: date, secondary_dealer: bool = False, calendar=None) -> tuple[date, date]:
    """The due window (first day, last day) of a callback of ``kind`` counted from ``base``; with
    a working-day ``calendar`` (archive.workdays) the office-day kinds move past days off."""
    first, last = _calendar_window(kind, base, secondary_dealer)
    if calendar is not None and kind in OFFICE_DAY_KINDS:
        return calendar.shift_window(first, last)
    return first, last


def _calendar_window(kind: str, base: date, secondary_dealer: bool) -> tuple[date, date]:
    if kind == SEVEN_DAY:
        # Day 7 after delivery; a secondary-network dealer's car is counted from invoicing, day 10,
        # because the branch hears of the delivery only when the invoice reaches it.
        start = base + timedelta(days=10 if secondary_dealer else 7)
        return start, start + timedelta(days=3)
    if kind == THREE_DAY:
        return base + timedelta(days=3), base + timedelta(days=5)
    if kind == MONTHLY:
        start = add_months(base, 1)
        return start, start + timedelta(days=7)
    if kind == YEARLY:
        start = add_months(base, 12)
        return start, start + timedelta(days=14)
    raise AssertionError(kind)


def _blocked_customers():
    return ContactBlock.select(ContactBlock.customer)


@dataclass
class GenerateResult:
    created: dict[str, int] = field(default_factory=dict)
    # Secondary-dealer cars whose 7DC would be due by now but that have no invoice date: the
    # window runs from the invoice, so no callback is made until the date is entered.
    missing_invoice: tuple[str, ...] = ()

    @property
    def total(self) -> int:
        return sum(self.created.values())


def generate(actor: Actor, as_of: date) -> GenerateResult:
    """Create the callbacks that are due on ``as_of`` (or became due in the last GRACE_DAYS).

    Running it again, or on two PCs at once, creates nothing twice: rows that already exist are
    skipped by the unique index on (kind, source_id).
    """
    from archive.workdays import load_calendar

    require(actor, "callbacks.edit")
    earliest = as_of - timedelta(days=GRACE_DAYS)
    result = GenerateResult()
    calendar = load_calendar(earliest - timedelta(days=13) - SHIFT_SLACK, as_of)
    with database.atomic():
        rows = _seven_day_rows(as_of, earliest, calendar, result)
        # Vehicles: monthly and yearly from the delivery date.
        ranges = {
            MONTHLY: (add_months(earliest, -1) - timedelta(days=7), add_months(as_of, -1) + timedelta(days=3)),
            YEARLY: (add_months(earliest, -12) - timedelta(days=14), add_months(as_of, -12) + timedelta(days=3)),
        }
        for kind, (first, last) in ranges.items():
            existing = Callback.select(Callback.source_id).where(Callback.kind == kind)
            vehicles = (Vehicle.select(Vehicle.id, Vehicle.customer, Vehicle.delivery_date, Vehicle.invoice_date,
                                       Vehicle.sold_by_secondary_dealer)
                        .where(Vehicle.delivery_date.between(first, last)
                               & Vehicle.id.not_in(existing)
                               & Vehicle.customer.not_in(_blocked_customers())))
            for vehicle in vehicles:
                base = vehicle.delivery_date
                due_from, due_until = window(kind, base)
                if due_from <= as_of and due_until >= earliest:
                    rows.append((kind, vehicle.id, vehicle.customer_id, vehicle.id, None, base, due_from, due_until))
        existing = Callback.select(Callback.source_id).where(Callback.kind == THREE_DAY)
        visits = (RepairVisit.select(RepairVisit.id, RepairVisit.vehicle, RepairVisit.visit_date, Vehicle.customer)
                  .join(Vehicle)
                  .where(RepairVisit.visit_date.between(earliest - timedelta(days=5) - SHIFT_SLACK,
                                                        as_of - timedelta(days=3))
                         & RepairVisit.id.not_in(existing)
                         & Vehicle.customer.not_in(_blocked_customers())).tuples())
        for visit_id, vehicle_id, visited, customer_id in visits:
            due_from, due_until = window(THREE_DAY, visited, calendar=calendar)
            if due_from <= as_of and due_until >= earliest:
                rows.append((THREE_DAY, visit_id, customer_id, vehicle_id, visit_id, visited, due_from, due_until))
        for row in rows:
            inserted = (Callback.insert(kind=row[0], source_id=row[1], customer=row[2], vehicle=row[3], visit=row[4],
                                        base_date=row[5], due_from=row[6], due_until=row[7],
                                        call_from=max(row[6], min(as_of, row[7])), created_at=actor.now)
                        .on_conflict_ignore().execute())
            # Another PC may have inserted the same row meanwhile; only our inserts count.
            if inserted and _was_inserted(row[0], row[1], actor.now):
                result.created[row[0]] = result.created.get(row[0], 0) + 1
        if result.total:
            audit.record(actor, "callbacks.generate", "callback", None, {"as_of": as_of.isoformat(), **result.created})
    return result


def _seven_day_rows(as_of: date, earliest: date, calendar, result: GenerateResult) -> list[tuple]:
    """7DC candidates chosen by the date their window runs from: the delivery, or for a car sold
    by a secondary dealer the invoice (its delivery may come days or weeks after it)."""
    existing = Callback.select(Callback.source_id).where(Callback.kind == SEVEN_DAY)
    first, last = earliest - timedelta(days=13) - SHIFT_SLACK, as_of - timedelta(days=7)
    own = ~Vehicle.sold_by_secondary_dealer & Vehicle.delivery_date.between(first, last)
    secondary = Vehicle.sold_by_secondary_dealer & (
        Vehicle.invoice_date.between(first, last)
        | (Vehicle.invoice_date.is_null() & Vehicle.delivery_date.between(first, last)))
    vehicles = (Vehicle.select(Vehicle.id, Vehicle.vin, Vehicle.customer, Vehicle.delivery_date, Vehicle.invoice_date,
                               Vehicle.sold_by_secondary_dealer)
                .where((own | secondary) & Vehicle.id.not_in(existing)
                       & Vehicle.customer.not_in(_blocked_customers())))
    rows, missing = [], []
    for vehicle in vehicles:
        is_secondary = bool(vehicle.sold_by_secondary_dealer)
        if is_secondary and vehicle.invoice_date is None:
            missing.append(vehicle.vin)
            continue
        base = vehicle.invoice_date if is_secondary else vehicle.delivery_date
        due_from, due_until = window(SEVEN_DAY, base, is_secondary, calendar)
        if due_from <= as_of and due_until >= earliest:
            rows.append((SEVEN_DAY, vehicle.id, vehicle.customer_id, vehicle.id, None, base, due_from, due_until))
    result.missing_invoice = tuple(sorted(missing))
    return rows


def secondary_without_invoice(as_of: date) -> int:
    """Secondary-dealer cars delivered in the last GRACE_DAYS + a week without an invoice date:
    their 7DC cannot be scheduled until the date is entered (the 今日 page says so)."""
    return (Vehicle.select().where(Vehicle.sold_by_secondary_dealer & Vehicle.invoice_date.is_null()
                                   & Vehicle.delivery_date.between(as_of - timedelta(days=GRACE_DAYS + 7), as_of)
                                   & Vehicle.id.not_in(Callback.select(Callback.source_id)
                                                       .where(Callback.kind == SEVEN_DAY)))
            .count())


def _was_inserted(kind: str, source_id: int, now: datetime) -> bool:
    return Callback.select().where((Callback.kind == kind) & (Callback.source_id == source_id)
                                   & (Callback.created_at == now)).exists()


# -- the callback form ----------------------------------------------------------------------------

@dataclass(frozen=True)
class CallResult:
    callback_id: int
    state: str
    attempts: int
    call_from: date
    average_score: float | None


def record_call(actor: Actor, callback_id: int, outcome: str, scores: dict[str, int] | None = None,
                remarks: str = "", do_not_contact: bool = False) -> CallResult:
    """Record one call of the callback form: reached (with a score per item), not reached (try
    again tomorrow, at most MAX_ATTEMPTS times) or refused (optionally: do not contact again)."""
    require(actor, "callbacks.edit")
    scores = dict(scores or {})
    remarks = (remarks or "").strip()
    if outcome not in OUTCOMES:
        raise Refusal(CALLBACKS_UNKNOWN_OUTCOME, outcome=outcome)
    with database.atomic():
        callback = Callback.get_or_none(Callback.id == callback_id)
        if callback is None:
            raise Refusal(CALLBACKS_NOT_FOUND, callback=callback_id)
        customer = callback.customer
        if callback.state != OPEN:
            raise Refusal(CALLBACKS_NOT_OPEN, callback=callback_id, customer=customer.name,
                          state=STATE_LABELS[callback.state])
        if ContactBlock.select().where(ContactBlock.customer == customer).exists():
            raise Refusal(CALLBACKS_DO_NOT_CONTACT, customer=customer.name)
        if actor.today < callback.due_from:
            raise Refusal(CALLBACKS_TOO_EARLY, customer=customer.name, due_from=callback.due_from,
                          today=actor.today)
        survey = current_form(callback.kind)
        items = survey.items
        if outcome == REACHED:
            unknown = sorted(set(scores) - set(items))
            if unknown:
                raise Refusal(CALLBACKS_UNKNOWN_ITEM, item=unknown[0], kind=KIND_LABELS[callback.kind])
            missing = [label for code, label in items.items() if scores.get(code) is None]
            if missing:
                raise Refusal(CALLBACKS_SCORE_MISSING, customer=customer.name, items="、".join(missing))
            for code, value in scores.items():
                if not isinstance(value, int) or isinstance(value, bool) or not 1 <= value <= survey.scale_max:
                    raise Refusal(CALLBACKS_SCORE_RANGE, item=items[code], score=value, high=survey.scale_max)
        elif scores:
            raise Refusal(CALLBACKS_SCORES_WITHOUT_CONTACT, customer=customer.name)

        CallbackAttempt.create(callback=callback, at=actor.now, user=actor.user, outcome=outcome, remarks=remarks)
        callback.attempts += 1
        if remarks:
            callback.remarks = f"{callback.remarks}\n{remarks}".strip()
        if outcome == REACHED:
            CallbackScore.insert_many([(callback.id, code, scores[code]) for code in items],
                                      fields=[CallbackScore.callback, CallbackScore.item, CallbackScore.score]).execute()
            callback.survey_set = survey.id
            _close(callback, DONE, actor)
        elif outcome == RETRY:
            if callback.attempts >= MAX_ATTEMPTS:
                _close(callback, UNREACHABLE, actor)
            else:
                callback.call_from = actor.today + timedelta(days=1)
        else:
            _close(callback, REFUSED, actor)
        callback.save()
        audit.record(actor, "callbacks.call", "callback", callback.id,
                     {"outcome": outcome, "state": callback.state, "attempt": callback.attempts})
        if do_not_contact:
            _block(actor, customer, remarks or OUTCOME_LABELS[outcome])
    average = sum(scores.values()) / len(scores) if outcome == REACHED else None
    return CallResult(callback.id, callback.state, callback.attempts, callback.call_from, average)


def _close(callback: Callback, state: str, actor: Actor) -> None:
    callback.state = state
    callback.completed_on = actor.today
    callback.completed_by = actor.user


def _block(actor: Actor, customer: Customer, reason: str) -> int:
    ContactBlock.insert(customer=customer, reason=reason[:200], since=actor.today, set_by=actor.user) \
        .on_conflict_ignore().execute()
    cancelled = (Callback.update(state=CANCELLED, completed_on=actor.today, completed_by=actor.user)
                 .where((Callback.customer == customer) & (Callback.state == OPEN)).execute())
    audit.record(actor, "callbacks.do_not_contact", "customer", customer.id, {"cancelled": cancelled})
    return cancelled


def set_do_not_contact(actor: Actor, customer_id: int, reason: str = "") -> int:
    """Mark a customer do-not-contact; their open callbacks are cancelled. Returns how many."""
    require(actor, "callbacks.edit")
    with database.atomic():
        customer = Customer.get_or_none(Customer.id == customer_id)
        if customer is None:
            raise Refusal(CALLBACKS_CUSTOMER_NOT_FOUND, customer=customer_id)
        if ContactBlock.select().where(ContactBlock.customer == customer).exists():
            raise Refusal(CALLBACKS_ALREADY_BLOCKED, customer=customer.name)
        return _block(actor, customer, (reason or "").strip())


def clear_do_not_contact(actor: Actor, customer_id: int) -> None:
    require(actor, "callbacks.edit")
    with database.atomic():
        removed = ContactBlock.delete().where(ContactBlock.customer == customer_id).execute()
        if not removed:
            name = Customer.select(Customer.name).where(Customer.id == customer_id).scalar() or str(customer_id)
            raise Refusal(CALLBACKS_NOT_BLOCKED, customer=name)
        audit.record(actor, "callbacks.contact_allowed", "customer", customer_id)


def is_blocked(customer_id: int) -> bool:
    return ContactBlock.select().where(ContactBlock.customer == customer_id).exists()


# -- lists ----------------------------------------------------------------------------------------

def due(as_of: date):
    """Open callbacks the clerk should call on ``as_of`` (oldest due first)."""
    return (Callback.select(Callback, Customer, Vehicle).join(Customer).switch(Callback).join(Vehicle)
            .where((Callback.state == OPEN) & (Callback.call_from <= as_of))
            .order_by(Callback.due_until, Callback.id))


def overdue(as_of: date):
    return due(as_of).where(Callback.due_until < as_of)


def count_due(as_of: date) -> int:
    return Callback.select().where((Callback.state == OPEN) & (Callback.call_from <= as_of)).count()


def count_overdue(as_of: date) -> int:
    return Callback.select().where((Callback.state == OPEN) & (Callback.due_until < as_of)).count()


def _spread(column):
    # A fixed pseudo-random order (Knuth's multiplicative hash): the same sample every time the
    # list is printed, yet not simply the first customers of the month.
    # Written without % (peewee reads it as LIKE): x mod m = x - (x / m) * m in integer arithmetic.
    product = column * 2654435761
    return product - (product / 4294967296) * 4294967296


def second_level_sample(month: date, size: int = 20):
    """二级回访: the customer-service department re-calls a sample of last month's reached callbacks."""
    first = month.replace(day=1)
    last = add_months(first, 1) - timedelta(days=1)
    return (Callback.select(Callback, Customer, Vehicle).join(Customer).switch(Callback).join(Vehicle)
            .where((Callback.state == DONE) & Callback.completed_on.between(first, last)
                   & Callback.customer.not_in(_blocked_customers()))
            .order_by(_spread(Callback.id), Callback.id).limit(size))


@dataclass(frozen=True)
class SampleRow:
    reason: str  # "new_car" | "big_repair"
    customer: str
    plate: str
    model: str
    day: date
    amount_fen: int
    customer_id: int
    vehicle_id: int


def third_level_sample(quarter_start: date, size: int = 20, big_repair_fen: int = 500_000) -> list[SampleRow]:
    """三级回访 (quarterly, by the general manager's office): customers whose car was delivered in the
    quarter, and customers with a large repair (>= ``big_repair_fen``) in it."""
    first = date(quarter_start.year, (quarter_start.month - 1) // 3 * 3 + 1, 1)
    last = add_months(first, 3) - timedelta(days=1)
    blocked = _blocked_customers()
    new_cars = (Vehicle.select(Vehicle, Customer).join(Customer)
                .where(Vehicle.delivery_date.between(first, last) & Vehicle.customer.not_in(blocked))
                .order_by(_spread(Vehicle.id), Vehicle.id).limit(size))
    repairs = (RepairVisit.select(RepairVisit, Vehicle, Customer).join(Vehicle).join(Customer)
               .where(RepairVisit.visit_date.between(first, last) & (RepairVisit.amount_fen >= big_repair_fen)
                      & Vehicle.customer.not_in(blocked))
               .order_by(RepairVisit.amount_fen.desc(), RepairVisit.id).limit(size))
    rows = [SampleRow("new_car", v.customer.name, v.plate or "", v.model, v.delivery_date, 0, v.customer_id, v.id)
            for v in new_cars]
    rows += [SampleRow("big_repair", r.vehicle.customer.name, r.vehicle.plate or "", r.vehicle.model, r.visit_date,
                       r.amount_fen, r.vehicle.customer_id, r.vehicle_id) for r in repairs]
    return rows


# -- reports --------------------------------------------------------------------------------------

PERIODS = ("day", "week", "month")
PERIOD_TITLES = {"day": "客户回访日报表", "week": "客户回访周报表", "month": "回访调查统计月报表"}


def period_bounds(period: str, day: date) -> tuple[date, date]:
    if period == "day":
        return day, day
    if period == "week":
        monday = day - timedelta(days=day.weekday())
        return monday, monday + timedelta(days=6)
    if period == "month":
        first = day.replace(day=1)
        return first, add_months(first, 1) - timedelta(days=1)
    raise Refusal(CALLBACKS_UNKNOWN_PERIOD, period=period)


@dataclass
class Report:
    period: str
    first: date
    last: date
    summary: list[list]  # kind label, attempts, reached, retry, refused, closed unreachable, average
    items: list[list]  # kind label, item label, count, average, low-score count
    details: list[list]  # day, kind, customer, plate, outcome, average, remarks


def _average(total: int, count: int) -> str:
    return f"{total / count:.2f}" if count else ""


def report(period: str, day: date) -> Report:
    first, last = period_bounds(period, day)
    start, end = datetime.combine(first, time.min), datetime.combine(last + timedelta(days=1), time.min)
    in_period = (CallbackAttempt.at >= start) & (CallbackAttempt.at < end)
    counts = {(kind, outcome): n for kind, outcome, n in
              CallbackAttempt.select(Callback.kind, CallbackAttempt.outcome, fn.COUNT(CallbackAttempt.id))
              .join(Callback).where(in_period).group_by(Callback.kind, CallbackAttempt.outcome).tuples()}
    unreachable = dict(Callback.select(Callback.kind, fn.COUNT(Callback.id))
                       .where((Callback.state == UNREACHABLE) & Callback.completed_on.between(first, last))
                       .group_by(Callback.kind).tuples())
    # Scores given on a form with another scale count on the 10-point scale of the printed form
    # (a 4 of 5 is an 8), so an average over two versions of a form stays one figure.
    scale = fn.COALESCE(SurveySet.scale_max, 10)
    scored = (CallbackScore.select(Callback.kind, CallbackScore.item, fn.COUNT(CallbackScore.id),
                                   fn.SUM(CallbackScore.score * 10.0 / scale),
                                   fn.SUM(Case(None, [(CallbackScore.score * 10 <= LOW_SCORE * scale, 1)], 0)))
              .join(Callback).join(SurveySet, JOIN.LEFT_OUTER, on=(Callback.survey_set == SurveySet.id))
              .where((Callback.state == DONE) & Callback.completed_on.between(first, last))
              .group_by(Callback.kind, CallbackScore.item).tuples())
    per_item = {(kind, item): (n, float(total or 0), int(low or 0)) for kind, item, n, total, low in scored}
    summary, items = [], []
    for kind in KINDS:
        kind_n = sum(n for (k, _), (n, _, _) in per_item.items() if k == kind)
        kind_total = sum(t for (k, _), (_, t, _) in per_item.items() if k == kind)
        summary.append([KIND_LABELS[kind], sum(counts.get((kind, o), 0) for o in OUTCOMES),
                        counts.get((kind, REACHED), 0), counts.get((kind, RETRY), 0),
                        counts.get((kind, REFUSED_OUTCOME), 0), unreachable.get(kind, 0),
                        _average(kind_total, kind_n)])
        labels = {**SCORE_ITEMS[kind], **item_labels(kind)}
        codes = list(labels) + sorted({code for (k, code) in per_item if k == kind} - set(labels))
        for code in codes:
            n, total, low = per_item.get((kind, code), (0, 0, 0))
            if n:
                items.append([KIND_LABELS[kind], labels.get(code, code), n, _average(total, n), low])
    details = []
    if period != "month":  # the monthly report is the statistics form; the detail is in the daily ones
        average = (CallbackScore.select(fn.AVG(CallbackScore.score)).where(CallbackScore.callback == Callback.id))
        query = (CallbackAttempt.select(CallbackAttempt.at, Callback.kind, Customer.name, Vehicle.plate,
                                        CallbackAttempt.outcome, average.alias("average"), CallbackAttempt.remarks,
                                        scale)
                 .join(Callback).join(Customer).switch(Callback).join(Vehicle)
                 .switch(Callback).join(SurveySet, JOIN.LEFT_OUTER, on=(Callback.survey_set == SurveySet.id))
                 .where(in_period).order_by(CallbackAttempt.at, CallbackAttempt.id).tuples())
        for at, kind, name, plate, outcome, avg, remarks, scale_max in query:
            details.append([at.date() if isinstance(at, datetime) else at, KIND_LABELS[kind], name, plate or "",
                            OUTCOME_LABELS[outcome], f"{float(avg) * 10 / int(scale_max):.2f}"
                            if avg is not None and outcome == REACHED else "", remarks])
    return Report(period, first, last, summary, items, details)


SUMMARY_HEADERS = ["回访类型", "拨打次数", "接通", "未接通", "拒绝", "联系不上结案", "平均分"]
ITEM_HEADERS = ["回访类型", "服务项目", "评分人数", "平均分", f"{LOW_SCORE}分及以下"]
DETAIL_HEADERS = ["日期", "回访类型", "客户", "车牌号", "结果", "平均分", "备注"]


def write_report(path, period: str, day: date, *, printed_at: datetime, printed_by: str, branch=None,
                 actor: Actor | None = None) -> Path:
    """Write the callback report of the period containing ``day`` as PDF or xlsx (by suffix). The
    header prints ``branch`` (a name or an identity), by default the branch's identity (common.branch).
    Its detail lines name customers and plates: printed for ``actor`` it needs ``personal.export``
    and is audited with their number (common.personal_data)."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (".pdf", ".xlsx"):
        raise Refusal(CALLBACKS_REPORT_FORMAT, path=str(path))
    data = report(period, day)

    def write() -> Path:
        title = f"{PERIOD_TITLES[period]} {data.first:%Y-%m-%d}" + (
            "" if data.first == data.last else f" 至 {data.last:%Y-%m-%d}")
        if suffix == ".xlsx":
            from common.excel import Sheet, write_workbook

            sheets = [Sheet("汇总", SUMMARY_HEADERS, data.summary, {"拨打次数": "int", "接通": "int"},
                            total_columns=("拨打次数", "接通", "未接通", "拒绝", "联系不上结案")),
                      Sheet("项目评分", ITEM_HEADERS, data.items, {"评分人数": "int"})]
            if period != "month":
                sheets.append(Sheet("明细", DETAIL_HEADERS, data.details, {"日期": "date", "车牌号": "text"}))
            write_workbook(path, sheets)
            return path
        from reportlab.lib.units import mm

        from common.branch import identity
        from common.pdf import build_pdf, para, table

        story = [para("回访汇总", "heading"), table([SUMMARY_HEADERS] + data.summary),
                 para("各服务项目评分（1-10 分）", "heading"),
                 table([ITEM_HEADERS] + (data.items or [["", "本期无评分", "", "", ""]]))]
        if period != "month":
            story += [para("回访明细", "heading"),
                      table([DETAIL_HEADERS] + (data.details or [["", "", "本期无回访", "", "", "", ""]]),
                            col_widths=[22 * mm, 26 * mm, 24 * mm, 22 * mm, 24 * mm, 16 * mm, "*"])]
        build_pdf(path, title, branch or identity(), printed_at, story,
                  signatures=[("制表人", printed_by, printed_at.date()), ("客服经理", None, None)])
        return path

    if actor is None:
        return write()
    return export_personal(actor, "callback_report", path, write, records=len(data.details),
                           detail={"period": period, "day": day.isoformat()})
