"""Customer value classes (seed 000, 表1-1) and lifetime value (seed 002 part 4).

Nothing is stored per customer: every figure is computed from the repair file (``RepairVisit``:
its date and ``amount_fen``) and the sales file (``Vehicle``: one vehicle bought, its delivery
date) up to ``today``, in a few grouped queries.

- Contribution (贡献) is the workshop revenue a customer brought in the last
  ``ValueRules.window_months`` months, the sales figure the branch's books know per customer.
- Value classes follow the customer pyramid of 表1-1: customers ranked by contribution, the first
  1 % are VIP客户, the next 4 % 主要客户, the next 15 % 普通客户, the other 80 % 小客户. The
  manager sets the cumulative shares (``ValueRules.shares``: 1, 5, 20 by default); they are kept in
  the ``Setting`` table (key ``value.rules``) and every change is audited (``value.rules``).
  A class is given by a cut-off amount (the contribution of the last customer the share reaches),
  so customers with the same contribution are always in the same class, and a customer without
  any contribution is never above 小客户.
- Lifetime value (客户终身经济价值 = 单次购物金额 x 终身购物频次): the average amount of a paid visit
  times the paid visits expected over the customer's life with the brand: the visits per year so
  far (counted from the first delivery, at least one year) times ``ValueRules.life_years``, never
  fewer than the visits already made.
"""
from __future__ import annotations

import json
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from datetime import date

from peewee import fn

from archive.models import RepairVisit, Vehicle
from archive.texts import (
    VALUE_LIFE_YEARS_RANGE, VALUE_SHARES_INVALID, VALUE_SHARES_ORDER, VALUE_UNKNOWN_CLASS, VALUE_WINDOW_MONTHS_RANGE,
)
from common import audit
from common.actor import Actor
from common.auth import require
from common.db import atomic
from common.errors import Refusal
from common.i18n import QT_TRANSLATE_NOOP
from common.models import Setting

VIP, MAJOR, ORDINARY, SMALL = "vip", "major", "ordinary", "small"
# Codes in rank order, with the Chinese labels of 表1-1 (ui/ translates them).
VALUE_CLASSES: dict[str, str] = {
    VIP: QT_TRANSLATE_NOOP("ValueClass", "VIP客户"),
    MAJOR: QT_TRANSLATE_NOOP("ValueClass", "主要客户"),
    ORDINARY: QT_TRANSLATE_NOOP("ValueClass", "普通客户"),
    SMALL: QT_TRANSLATE_NOOP("ValueClass", "小客户"),
}
RULES_SETTING = "value.rules"


@dataclass(frozen=True)
class ValueRules:
    shares: tuple[int, int, int] = (1, 5, 20)  # cumulative % of customers: VIP, +主要, +普通
    window_months: int = 24  # contribution counted over this many months up to today
    life_years: int = 8  # years a customer is expected to stay with the brand


DEFAULT_RULES = ValueRules()
LIMITS = {"window_months": (1, 120), "life_years": (1, 30)}
_RANGE_CODES = {"window_months": VALUE_WINDOW_MONTHS_RANGE, "life_years": VALUE_LIFE_YEARS_RANGE}


@dataclass(frozen=True)
class CustomerValue:
    klass: str  # a VALUE_CLASSES code
    contribution_fen: int  # workshop revenue within the window (what the class ranks)
    total_fen: int  # all workshop revenue up to today
    purchases: int  # paid visits (amount above zero) up to today
    average_amount_fen: int  # one purchase's amount: total_fen // purchases
    lifetime_value_fen: int  # average_amount_fen x expected purchases over the customer's life
    lifetime_purchases: int  # the expected purchases over the customer's life (lifetime_purchases())
    visits: int  # all workshop visits, warranty and free ones too
    vehicles: int  # vehicles bought (delivered up to today)
    last_visit: date | None  # the latest visit, None when never back
    first_delivery: date | None


# -- rules ----------------------------------------------------------------------------------------

def rules() -> ValueRules:
    """The rules as the manager set them (defaults while unset)."""
    row = Setting.get_or_none(Setting.key == RULES_SETTING)
    if row is None or not row.value:
        return DEFAULT_RULES
    stored = json.loads(row.value)
    return ValueRules(shares=tuple(int(n) for n in stored["shares"]), window_months=int(stored["window_months"]),
                      life_years=int(stored["life_years"]))


def validate_rules(candidate: ValueRules) -> ValueRules:
    """``candidate`` when it makes sense, else a Refusal naming the field."""
    shares = tuple(candidate.shares)
    if len(shares) != 3 or any(not isinstance(n, int) for n in shares):
        raise Refusal(VALUE_SHARES_INVALID, field="shares", shares=list(shares))
    if not 0 < shares[0] < shares[1] < shares[2] < 100:
        raise Refusal(VALUE_SHARES_ORDER, field="shares", vip=shares[0], major=shares[1], ordinary=shares[2])
    for name, (low, high) in LIMITS.items():
        number = getattr(candidate, name)
        if not isinstance(number, int) or not low <= number <= high:
            raise Refusal(_RANGE_CODES[name], field=name, value=number, low=low, high=high)
    return ValueRules(shares=shares, window_months=candidate.window_months, life_years=candidate.life_years)


def set_rules(actor: Actor, candidate: ValueRules) -> ValueRules:
    """Store the manager's rules; audited as ``value.rules`` with the old and the new values.
    Saving them unchanged writes nothing. Refused: nothing is written."""
    require(actor, "value.rules")
    value = validate_rules(candidate)
    with atomic():
        before = rules()
        if before == value:
            return value
        text = json.dumps({**asdict(value), "shares": list(value.shares)})
        Setting.insert(key=RULES_SETTING, value=text).on_conflict(
            conflict_target=[Setting.key], update={Setting.value: text}).execute()
        audit.record(actor, "value.rules", "setting", RULES_SETTING,
                     {"old": {**asdict(before), "shares": list(before.shares)},
                      "new": {**asdict(value), "shares": list(value.shares)}})
    return value


# -- computing --------------------------------------------------------------------------------------

def _add_months(day: date, months: int) -> date:
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    for last in (31, 30, 29, 28):
        try:
            return date(year, month, min(day.day, last))
        except ValueError:
            continue
    raise AssertionError("no valid day")


def _as_date(value) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def window_start(today: date, value_rules: ValueRules | None = None) -> date:
    """The first day whose visits count towards the contribution (the day after the window opens)."""
    from datetime import timedelta

    return _add_months(today, -(value_rules or rules()).window_months) + timedelta(days=1)


def contributions(today: date, value_rules: ValueRules | None = None, customer_ids=None) -> dict[int, int]:
    """Customer id -> workshop revenue (fen) within the window; customers without any are left out."""
    start = window_start(today, value_rules)
    query = (RepairVisit.select(Vehicle.customer, fn.SUM(RepairVisit.amount_fen))
             .join(Vehicle).where(RepairVisit.visit_date.between(start, today)))
    if customer_ids is not None:
        query = query.where(Vehicle.customer.in_(list(customer_ids)))
    return {int(customer): int(fen) for customer, fen in query.group_by(Vehicle.customer).tuples() if fen and fen > 0}


def customer_count(today: date) -> int:
    """Customers with a vehicle delivered by ``today``: the population the shares are taken of."""
    return (Vehicle.select(Vehicle.customer).where(Vehicle.delivery_date <= today)
            .distinct().count())


_cutoff_memo: dict | None = None


@contextmanager
def remembered_cutoffs():
    """Within the block, cut-offs are computed once per (day, rules): for a bulk job (the demo's
    enrolments) that writes nothing the cut-offs depend on. Outside it, every call reads afresh."""
    global _cutoff_memo
    _cutoff_memo = {}
    try:
        yield
    finally:
        _cutoff_memo = None


def cutoffs(today: date, value_rules: ValueRules | None = None) -> dict[str, int]:
    """Class code -> the least contribution (fen) that puts a customer in it. 小客户 is 0. A class
    the shares leave empty (too few customers) gets a cut-off above everyone's contribution."""
    value_rules = value_rules or rules()
    if _cutoff_memo is not None:
        key = (today, value_rules)
        if key not in _cutoff_memo:
            _cutoff_memo[key] = _cutoffs(today, value_rules)
        return _cutoff_memo[key]
    return _cutoffs(today, value_rules)


def _cutoffs(today: date, value_rules: ValueRules) -> dict[str, int]:
    ranked = sorted(contributions(today, value_rules).values(), reverse=True)
    population = max(customer_count(today), len(ranked))
    result: dict[str, int] = {}
    unreachable = (ranked[0] + 1) if ranked else 1
    for code, share in zip((VIP, MAJOR, ORDINARY), value_rules.shares):
        # Half up, so 1 % of 150 customers is 2 and a branch of 60 still has one VIP.
        reach = (population * share + 50) // 100
        reach = min(reach, len(ranked))
        result[code] = ranked[reach - 1] if reach > 0 else unreachable
    # A lower class never needs more than a higher one (ties at a cut-off go up).
    result[MAJOR] = min(result[MAJOR], result[VIP])
    result[ORDINARY] = min(result[ORDINARY], result[MAJOR])
    result[SMALL] = 0
    return result


def class_of(contribution_fen: int, class_cutoffs: dict[str, int]) -> str:
    if contribution_fen > 0:
        for code in (VIP, MAJOR, ORDINARY):
            if contribution_fen >= class_cutoffs[code]:
                return code
    return SMALL


def value_class(customer_id: int, today: date) -> str:
    """The customer's class code on ``today``."""
    own = contributions(today, customer_ids=[customer_id]).get(customer_id, 0)
    return class_of(own, cutoffs(today)) if own else SMALL


def class_bounds(code: str, today: date) -> tuple[int, int | None]:
    """(lowest, highest exclusive or None) contribution in fen of a class: for list filters."""
    if code not in VALUE_CLASSES:
        raise Refusal(VALUE_UNKNOWN_CLASS, value=code, known="、".join(VALUE_CLASSES.values()))
    limits = cutoffs(today)
    order = list(VALUE_CLASSES)
    index = order.index(code)
    above = limits[order[index - 1]] if index > 0 else None
    return limits[code], above


def customers_in_class(code: str, today: date, field=None):
    """A peewee condition on ``field`` (a customer id column, ``Customer.id`` by default) keeping
    the customers of class ``code`` on ``today``: one grouped subquery, so a list filters in SQL."""
    from archive.models import Customer

    field = field if field is not None else Customer.id
    low, high = class_bounds(code, today)
    start = window_start(today)
    total = fn.SUM(RepairVisit.amount_fen)
    if code == SMALL:
        # Everyone below 普通客户's cut-off, customers never in the workshop too.
        richer = (RepairVisit.select(Vehicle.customer).join(Vehicle)
                  .where(RepairVisit.visit_date.between(start, today)).group_by(Vehicle.customer)
                  .having((total >= high) & (total > 0)))
        return field.not_in(richer)
    query = (RepairVisit.select(Vehicle.customer).join(Vehicle)
             .where(RepairVisit.visit_date.between(start, today)).group_by(Vehicle.customer))
    condition = (total >= low) & (total > 0)
    if high is not None:
        condition &= total < high
    return field.in_(query.having(condition))


def customer_values(today: date, customer_ids=None) -> dict[int, CustomerValue]:
    """Customer id -> CustomerValue for every customer with a vehicle delivered by ``today`` (or
    only those of ``customer_ids``)."""
    value_rules = rules()
    class_cutoffs = cutoffs(today, value_rules)
    window = contributions(today, value_rules, customer_ids)

    vehicles = (Vehicle.select(Vehicle.customer, fn.COUNT(Vehicle.id), fn.MIN(Vehicle.delivery_date))
                .where(Vehicle.delivery_date <= today))
    paid = fn.SUM(RepairVisit.amount_fen)
    visits = (RepairVisit.select(Vehicle.customer, fn.COUNT(RepairVisit.id), paid, fn.MAX(RepairVisit.visit_date))
              .join(Vehicle).where(RepairVisit.visit_date <= today))
    purchases = (RepairVisit.select(Vehicle.customer, fn.COUNT(RepairVisit.id)).join(Vehicle)
                 .where((RepairVisit.visit_date <= today) & (RepairVisit.amount_fen > 0)))
    if customer_ids is not None:
        wanted = list(customer_ids)
        vehicles = vehicles.where(Vehicle.customer.in_(wanted))
        visits = visits.where(Vehicle.customer.in_(wanted))
        purchases = purchases.where(Vehicle.customer.in_(wanted))
    visit_rows = {int(c): (int(n), int(fen or 0), _as_date(last))
                  for c, n, fen, last in visits.group_by(Vehicle.customer).tuples()}
    purchase_rows = {int(c): int(n) for c, n in purchases.group_by(Vehicle.customer).tuples()}

    result: dict[int, CustomerValue] = {}
    for customer, count, first in vehicles.group_by(Vehicle.customer).tuples():
        customer = int(customer)
        first = _as_date(first)
        n_visits, total, last = visit_rows.get(customer, (0, 0, None))
        n_paid = purchase_rows.get(customer, 0)
        average = total // n_paid if n_paid else 0
        expected = lifetime_purchases(n_paid, first, today, value_rules.life_years)
        result[customer] = CustomerValue(
            klass=class_of(window.get(customer, 0), class_cutoffs), contribution_fen=window.get(customer, 0),
            total_fen=total, purchases=n_paid, average_amount_fen=average,
            lifetime_value_fen=average * expected, lifetime_purchases=expected,
            visits=n_visits, vehicles=int(count), last_visit=last, first_delivery=first)
    return result


def lifetime_purchases(purchases: int, first_delivery: date | None, today: date, life_years: int) -> int:
    """Paid visits expected over the customer's life: the rate so far (per year since the first
    delivery, counting at least one year so a new customer's first visit is not taken as a
    yearly habit of dozens) times ``life_years``; never fewer than those already made."""
    if not purchases or first_delivery is None:
        return purchases
    days = max(365, (today - first_delivery).days)
    return max(purchases, (purchases * 365 * life_years + days // 2) // days)


def class_counts(today: date) -> dict[str, int]:
    """Customers per class code (every class present, zero when empty)."""
    counts = {code: 0 for code in VALUE_CLASSES}
    for value in customer_values(today).values():
        counts[value.klass] += 1
    return counts


# -- export ---------------------------------------------------------------------------------------

VALUE_HEADERS = ("档案编号", "客户", "电话", "价值类别", "统计期内产值(元)", "累计产值(元)", "消费次数",
                 "单次消费(元)", "终身价值(元)", "进厂次数", "车辆数", "最近进厂")


def value_rows(today: date, code: str = ""):
    """(Customer, CustomerValue) pairs, highest contribution first; only class ``code`` when given."""
    from archive.models import Customer

    if code and code not in VALUE_CLASSES:
        raise Refusal(VALUE_UNKNOWN_CLASS, value=code, known="、".join(VALUE_CLASSES.values()))
    values = customer_values(today)
    wanted = [cid for cid, found in values.items() if not code or found.klass == code]
    customers = {c.id: c for c in Customer.select().where(Customer.id.in_(wanted))} if wanted else {}
    order = sorted(wanted, key=lambda cid: (-values[cid].contribution_fen, cid))
    return [(customers[cid], values[cid]) for cid in order if cid in customers]


def export_xlsx(actor: Actor, today: date, code: str, path) -> int:
    """The customers with their class and lifetime value (personal.export, audited)."""
    from common.excel_write import write_rows
    from common.personal_data import export_personal

    rows = value_rows(today, code)
    kinds = {"档案编号": "text", "电话": "text", "统计期内产值(元)": "money", "累计产值(元)": "money",
             "单次消费(元)": "money", "终身价值(元)": "money", "消费次数": "int", "进厂次数": "int",
             "车辆数": "int", "最近进厂": "date"}
    lines = ([c.archive_number or "", c.name, c.phone or "", VALUE_CLASSES[v.klass], v.contribution_fen, v.total_fen,
              v.purchases, v.average_amount_fen, v.lifetime_value_fen, v.visits, v.vehicles, v.last_visit]
             for c, v in rows)
    return export_personal(actor, "customer_values", path, lambda: write_rows(path, "客户价值", VALUE_HEADERS, lines, kinds),
                           records=len(rows), detail={"class": code} if code else {})
