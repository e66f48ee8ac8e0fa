"""The owner's club (客户会员制 / 车主俱乐部, seed 002 §4): members, levels, renewals, benefits.

Data model (migration 0023):

- ``ClubMember``: one per enrolled customer. ``seq`` is the gapless member number (1, 2, 3...,
  printed ``HY000001``): taken as the highest plus one inside the enrolment's transaction, a unique
  index refusing a second enrolment that raced for the same number. ``level`` is a level code,
  ``joined_on`` the day the customer joined, ``renewal_due`` the day the membership runs out
  (``MemberRules.term_months`` after joining or the last renewal). A member whose renewal day has
  passed is lapsed (失效): still listed, but benefits are refused until renewed.
- ``ClubRenewal``: every renewal, with the due date before and after and the level it gave.
- ``ClubBenefitUse``: a benefit used: the day, which one (one of the level's benefits), a note,
  who recorded it.

The levels and their rules are the manager's (``MemberRules``, kept as JSON in the Setting
``members.rules``, every change audited as ``members.rules``): levels from lowest to highest, each
with the benefits it gives and what qualifies a customer for it: a value class at least as high
as ``min_class`` (archive.value) or at least ``min_years`` years as a customer (from the first
vehicle's delivery). The lowest level qualifies everyone. A customer enrols at, and a renewal
moves them to, the highest level they qualify for on that day.
"""
from __future__ import annotations

import json
import random
from dataclasses import asdict, dataclass, field, replace
from datetime import date, datetime, time, timedelta

from peewee import CharField, DateField, DateTimeField, ForeignKeyField, IntegerField, IntegrityError, TextField, fn

from archive import value
from archive.models import Customer, Vehicle
from archive.texts import (
    MEMBERS_ALREADY_MEMBER, MEMBERS_BENEFIT_NOT_OFFERED, MEMBERS_BENEFIT_REQUIRED, MEMBERS_BENEFIT_TOO_LONG,
    MEMBERS_CHECK_GAP, MEMBERS_CHECK_RENEWAL, MEMBERS_CUSTOMER_NOT_FOUND, MEMBERS_FUTURE_DATE,
    MEMBERS_LAPSED, MEMBERS_LEVEL_CLASS_UNKNOWN, MEMBERS_LEVEL_CODE_INVALID, MEMBERS_LEVEL_DUPLICATE,
    MEMBERS_LEVEL_IN_USE, MEMBERS_LEVEL_NAME_INVALID, MEMBERS_LEVEL_NOT_QUALIFIED, MEMBERS_LEVEL_UNKNOWN,
    MEMBERS_LEVEL_WITHOUT_RULE, MEMBERS_LEVEL_YEARS_RANGE, MEMBERS_NOT_FOUND, MEMBERS_NO_LEVELS,
    MEMBERS_NUMBER_BUSY, MEMBERS_REMIND_DAYS_RANGE, MEMBERS_RENEW_TOO_EARLY, MEMBERS_TERM_MONTHS_RANGE,
    MEMBERS_UNKNOWN_RENEWAL_FILTER,
)
from common import audit
from common.actor import Actor
from common.auth import require
from common.db import BaseModel, atomic
from common.errors import Refusal
from common.i18n import QT_TRANSLATE_NOOP
from common.messages import Message
from common.models import Setting, User

NUMBER_PREFIX = "HY"
RULES_SETTING = "members.rules"
RENEWAL_FILTERS = ("active", "due", "lapsed")  # in good standing / due within remind_days or lapsed / lapsed


class ClubMember(BaseModel):
    seq = IntegerField(unique=True)
    customer = ForeignKeyField(Customer, unique=True, on_delete="RESTRICT")
    level = CharField(max_length=16)
    joined_on = DateField()
    renewal_due = DateField(index=True)
    enrolled_by = ForeignKeyField(User, on_delete="RESTRICT")
    enrolled_at = DateTimeField()
    note = TextField(default="")

    class Meta:
        table_name = "club_member"

    @property
    def number(self) -> str:
        return member_number(self.seq)


class ClubRenewal(BaseModel):
    member = ForeignKeyField(ClubMember, on_delete="RESTRICT")
    renewed_on = DateField()
    due_before = DateField()
    due_after = DateField()
    level = CharField(max_length=16)
    renewed_by = ForeignKeyField(User, on_delete="RESTRICT")

    class Meta:
        table_name = "club_renewal"


class ClubBenefitUse(BaseModel):
    member = ForeignKeyField(ClubMember, on_delete="RESTRICT")
    used_on = DateField()
    benefit = CharField(max_length=40)
    note = TextField(default="")
    recorded_by = ForeignKeyField(User, on_delete="RESTRICT")
    recorded_at = DateTimeField()

    class Meta:
        table_name = "club_benefit_use"


def member_number(seq: int) -> str:
    return f"{NUMBER_PREFIX}{seq:06d}"


# -- rules ----------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Level:
    code: str
    name: str
    min_class: str = ""  # a value.VALUE_CLASSES code, "" for none
    min_years: int = 0  # 0 for none
    benefits: tuple[str, ...] = ()


@dataclass(frozen=True)
class MemberRules:
    levels: tuple[Level, ...] = field(default_factory=tuple)
    term_months: int = 12  # a membership runs this long from joining or renewal
    remind_days: int = 30  # due for renewal this many days ahead (今日 card 会员待续期)


DEFAULT_RULES = MemberRules(
    levels=(
        Level(
            "standard",
            QT_TRANSLATE_NOOP("MemberLevels", "普卡会员"),
            "",
            0,
            (
                QT_TRANSLATE_NOOP("MemberLevels", "免费洗车"),
                QT_TRANSLATE_NOOP("MemberLevels", "免费安全检测"),
                QT_TRANSLATE_NOOP("MemberLevels", "道路救援"),
            ),
        ),
        Level(
            "silver",
            QT_TRANSLATE_NOOP("MemberLevels", "银卡会员"),
            value.ORDINARY,
            3,
            (
                QT_TRANSLATE_NOOP("MemberLevels", "免费洗车"),
                QT_TRANSLATE_NOOP("MemberLevels", "免费安全检测"),
                QT_TRANSLATE_NOOP("MemberLevels", "道路救援"),
                QT_TRANSLATE_NOOP("MemberLevels", "工时九五折"),
            ),
        ),
        Level(
            "gold",
            QT_TRANSLATE_NOOP("MemberLevels", "金卡会员"),
            value.MAJOR,
            6,
            (
                QT_TRANSLATE_NOOP("MemberLevels", "免费洗车"),
                QT_TRANSLATE_NOOP("MemberLevels", "免费安全检测"),
                QT_TRANSLATE_NOOP("MemberLevels", "道路救援"),
                QT_TRANSLATE_NOOP("MemberLevels", "工时九折"),
                QT_TRANSLATE_NOOP("MemberLevels", "生日礼品"),
            ),
        ),
        Level(
            "diamond",
            QT_TRANSLATE_NOOP("MemberLevels", "钻石会员"),
            value.VIP,
            0,
            (
                QT_TRANSLATE_NOOP("MemberLevels", "免费洗车"),
                QT_TRANSLATE_NOOP("MemberLevels", "免费安全检测"),
                QT_TRANSLATE_NOOP("MemberLevels", "道路救援"),
                QT_TRANSLATE_NOOP("MemberLevels", "工时八五折"),
                QT_TRANSLATE_NOOP("MemberLevels", "生日礼品"),
                QT_TRANSLATE_NOOP("MemberLevels", "活动优先报名"),
                QT_TRANSLATE_NOOP("MemberLevels", "代步车"),
            ),
        ),
    )
)
LIMITS = {"term_months": (1, 60), "remind_days": (1, 180)}
_RANGE_CODES = {"term_months": MEMBERS_TERM_MONTHS_RANGE, "remind_days": MEMBERS_REMIND_DAYS_RANGE}
_CLASS_RANK = {code: rank for rank, code in enumerate(reversed(list(value.VALUE_CLASSES)))}  # small 0 .. vip 3


def rules() -> MemberRules:
    row = Setting.get_or_none(Setting.key == RULES_SETTING)
    if row is None or not row.value:
        return DEFAULT_RULES
    stored = json.loads(row.value)
    return MemberRules(levels=tuple(Level(item["code"], item["name"], item.get("min_class", ""),
                                          int(item.get("min_years", 0)), tuple(item.get("benefits", ())))
                                    for item in stored["levels"]),
                       term_months=int(stored["term_months"]), remind_days=int(stored["remind_days"]))


def _as_json(candidate: MemberRules) -> dict:
    return {"levels": [{**asdict(level), "benefits": list(level.benefits)} for level in candidate.levels],
            "term_months": candidate.term_months, "remind_days": candidate.remind_days}


def validate_rules(candidate: MemberRules) -> MemberRules:
    """The rules cleaned (names and benefits trimmed), or a Refusal naming the level and field."""
    if not candidate.levels:
        raise Refusal(MEMBERS_NO_LEVELS, field="levels")
    for name, (low, high) in LIMITS.items():
        number = getattr(candidate, name)
        if not isinstance(number, int) or not low <= number <= high:
            raise Refusal(_RANGE_CODES[name], field=name, value=number, low=low, high=high)
    cleaned, codes, names = [], set(), set()
    for position, level in enumerate(candidate.levels, start=1):
        code, name = level.code.strip().lower(), level.name.strip()
        if not code or not code.replace("_", "").isalnum() or not code.isascii() or len(code) > 16:
            raise Refusal(MEMBERS_LEVEL_CODE_INVALID, field="code", position=position, level_code=level.code)
        if not name or len(name) > 20:
            raise Refusal(MEMBERS_LEVEL_NAME_INVALID, field="name", position=position, level_code=code)
        if code in codes or name in names:
            raise Refusal(MEMBERS_LEVEL_DUPLICATE, field="code", position=position, level_code=code, name=name)
        if level.min_class and level.min_class not in value.VALUE_CLASSES:
            raise Refusal(MEMBERS_LEVEL_CLASS_UNKNOWN, field="min_class", position=position, name=name)
        if not isinstance(level.min_years, int) or not 0 <= level.min_years <= 50:
            raise Refusal(MEMBERS_LEVEL_YEARS_RANGE, field="min_years", position=position, name=name,
                          value=level.min_years)
        if position > 1 and not level.min_class and not level.min_years:
            # Everyone would qualify: the level above the lowest must ask for something.
            raise Refusal(MEMBERS_LEVEL_WITHOUT_RULE, field="min_class", position=position, name=name)
        benefits = tuple(dict.fromkeys(b.strip() for b in level.benefits if b.strip()))
        if any(len(b) > 40 for b in benefits):
            raise Refusal(MEMBERS_BENEFIT_TOO_LONG, field="benefits", position=position, name=name, maximum=40)
        codes.add(code)
        names.add(name)
        cleaned.append(Level(code, name, level.min_class if position > 1 else "",
                             level.min_years if position > 1 else 0, benefits))
    return replace(candidate, levels=tuple(cleaned))


def set_rules(actor: Actor, candidate: MemberRules) -> MemberRules:
    """Store the manager's levels and terms; audited as ``members.rules`` (old and new). A level that
    members still hold cannot be dropped. Unchanged: nothing written."""
    require(actor, "members.rules")
    result = validate_rules(candidate)
    with atomic():
        before = rules()
        if before == result:
            return result
        kept = {level.code for level in result.levels}
        held = (ClubMember.select(ClubMember.level, fn.COUNT(ClubMember.id)).where(ClubMember.level.not_in(list(kept)))
                .group_by(ClubMember.level).tuples())
        for code, count in held:
            raise Refusal(MEMBERS_LEVEL_IN_USE, field="code", level_code=code, members=int(count),
                          name=level_name(code, before))
        text = json.dumps(_as_json(result), ensure_ascii=False)
        Setting.insert(key=RULES_SETTING, value=text).on_conflict(
            conflict_target=[Setting.key], update={Setting.value: text}).execute()
        audit.record(actor, "members.rules", "setting", RULES_SETTING, {"old": _as_json(before), "new": _as_json(result)})
    return result


def level_name(code: str, member_rules: MemberRules | None = None) -> str:
    for level in (member_rules or rules()).levels:
        if level.code == code:
            return level.name
    return code


def _level(code: str, member_rules: MemberRules) -> Level | None:
    return next((level for level in member_rules.levels if level.code == code), None)


def years_as_customer(customer_id: int, today: date) -> int:
    first = Vehicle.select(fn.MIN(Vehicle.delivery_date)).where(
        (Vehicle.customer == customer_id) & (Vehicle.delivery_date <= today)).scalar()
    if first is None:
        return 0
    first = value._as_date(first)
    return today.year - first.year - ((today.month, today.day) < (first.month, first.day))


def qualifies(level: Level, klass: str, years: int) -> bool:
    if not level.min_class and not level.min_years:
        return True
    return bool((level.min_class and _CLASS_RANK[klass] >= _CLASS_RANK[level.min_class])
                or (level.min_years and years >= level.min_years))


def level_for(customer_id: int, today: date, member_rules: MemberRules | None = None) -> str:
    """The highest level code the customer qualifies for on ``today``."""
    member_rules = member_rules or rules()
    klass, years = value.value_class(customer_id, today), years_as_customer(customer_id, today)
    qualified = [level.code for level in member_rules.levels if qualifies(level, klass, years)]
    return qualified[-1] if qualified else member_rules.levels[0].code


def add_months(day: date, months: int) -> date:
    return value._add_months(day, months)


# -- use cases ------------------------------------------------------------------------------------

def find(reference) -> ClubMember:
    """A member by number (HY000012, 12) or ClubMember id via ``member:ID``; Refusal if unknown."""
    text = str(reference).strip().upper()
    digits = text[len(NUMBER_PREFIX):] if text.startswith(NUMBER_PREFIX) else text
    member = ClubMember.get_or_none(ClubMember.seq == int(digits)) if digits.isdigit() else None
    if member is None:
        raise Refusal(MEMBERS_NOT_FOUND, number=str(reference))
    return member


def enrol(actor: Actor, customer_id: int, *, level: str | None = None, joined_on: date | None = None,
          note: str = "") -> ClubMember:
    """Enrol a customer: the next member number, the level the rules give (or ``level``, which the
    customer must qualify for), renewal due ``term_months`` after joining. Audited ``members.enrol``."""
    require(actor, "members.edit")
    joined_on = joined_on or actor.today
    if joined_on > actor.today:
        raise Refusal(MEMBERS_FUTURE_DATE, field="joined_on", day=joined_on, today=actor.today)
    member_rules = rules()
    with atomic():
        customer = Customer.get_or_none(Customer.id == customer_id)
        if customer is None:
            raise Refusal(MEMBERS_CUSTOMER_NOT_FOUND, customer=customer_id)
        existing = ClubMember.get_or_none(ClubMember.customer == customer_id)
        if existing is not None:
            raise Refusal(MEMBERS_ALREADY_MEMBER, name=customer.name, number=existing.number)
        deserved = level_for(customer_id, joined_on, member_rules)
        if level is not None:
            wanted = _level(level, member_rules)
            if wanted is None:
                raise Refusal(MEMBERS_LEVEL_UNKNOWN, field="level", level=level)
            order = [item.code for item in member_rules.levels]
            if order.index(wanted.code) > order.index(deserved):
                raise Refusal(MEMBERS_LEVEL_NOT_QUALIFIED, field="level", name=customer.name,
                              level=wanted.name, deserved=level_name(deserved, member_rules))
            deserved = wanted.code
        seq = (ClubMember.select(fn.MAX(ClubMember.seq)).scalar() or 0) + 1
        try:
            with atomic():
                member = ClubMember.create(seq=seq, customer=customer_id, level=deserved, joined_on=joined_on,
                                           renewal_due=add_months(joined_on, member_rules.term_months),
                                           enrolled_by=actor.user, enrolled_at=actor.now, note=note.strip())
        except IntegrityError:
            raise Refusal(MEMBERS_NUMBER_BUSY, name=customer.name) from None
        audit.record(actor, "members.enrol", "club_member", member.id,
                     {"number": member.number, "customer": customer_id, "level": deserved})
    return member


def renew(actor: Actor, reference, renewed_on: date | None = None) -> ClubMember:
    """Renew a membership for another term: from the old due date when renewed in time, from the
    renewal day when it had lapsed; the level moves to what the rules give on that day. Refused
    while the due date is further away than ``remind_days``. Audited ``members.renew``."""
    require(actor, "members.edit")
    renewed_on = renewed_on or actor.today
    if renewed_on > actor.today:
        raise Refusal(MEMBERS_FUTURE_DATE, field="renewed_on", day=renewed_on, today=actor.today)
    member_rules = rules()
    with atomic():
        member = find(reference)
        if (member.renewal_due - renewed_on).days > member_rules.remind_days:
            raise Refusal(MEMBERS_RENEW_TOO_EARLY, number=member.number, due=member.renewal_due,
                          days=member_rules.remind_days)
        start = max(member.renewal_due, renewed_on)
        before, level_before = member.renewal_due, member.level
        member.renewal_due = add_months(start, member_rules.term_months)
        member.level = level_for(member.customer_id, renewed_on, member_rules)
        member.save()
        ClubRenewal.create(member=member, renewed_on=renewed_on, due_before=before, due_after=member.renewal_due,
                           level=member.level, renewed_by=actor.user)
        audit.record(actor, "members.renew", "club_member", member.id,
                     {"number": member.number, "due_before": before.isoformat(),
                      "due_after": member.renewal_due.isoformat(), "level_before": level_before, "level": member.level})
    return member


def use_benefit(actor: Actor, reference, benefit: str, used_on: date | None = None, note: str = "") -> ClubBenefitUse:
    """Record a benefit a member used. Refused for a lapsed member and for a benefit the member's
    level does not give. Audited ``members.benefit``."""
    require(actor, "members.edit")
    used_on = used_on or actor.today
    benefit = (benefit or "").strip()
    if used_on > actor.today:
        raise Refusal(MEMBERS_FUTURE_DATE, field="used_on", day=used_on, today=actor.today)
    member_rules = rules()
    with atomic():
        member = find(reference)
        if not benefit:
            raise Refusal(MEMBERS_BENEFIT_REQUIRED, field="benefit", number=member.number)
        if member.renewal_due < used_on:
            raise Refusal(MEMBERS_LAPSED, number=member.number, due=member.renewal_due)
        level = _level(member.level, member_rules)
        offered = level.benefits if level else ()
        if benefit not in offered:
            raise Refusal(MEMBERS_BENEFIT_NOT_OFFERED, field="benefit", number=member.number, benefit=benefit,
                          level=level_name(member.level, member_rules), offered="、".join(offered))
        use = ClubBenefitUse.create(member=member, used_on=used_on, benefit=benefit, note=note.strip(),
                                    recorded_by=actor.user, recorded_at=actor.now)
        audit.record(actor, "members.benefit", "club_member", member.id,
                     {"number": member.number, "benefit": benefit, "used_on": used_on.isoformat()})
    return use


# -- reading --------------------------------------------------------------------------------------

def is_member(customer_id: int, today: date | None = None) -> bool:
    """Enrolled (and, given ``today``, not lapsed on it)."""
    query = ClubMember.select().where(ClubMember.customer == customer_id)
    if today is not None:
        query = query.where(ClubMember.renewal_due >= today)
    return query.exists()


def member_ids(today: date) -> set[int]:
    """Customer ids of the members in good standing on ``today`` (for invitee and callback filters)."""
    return {int(c) for (c,) in ClubMember.select(ClubMember.customer).where(ClubMember.renewal_due >= today).tuples()}


def members_condition(field=None, today: date | None = None):
    """A peewee condition on a customer id column keeping members (in good standing on ``today``)."""
    query = ClubMember.select(ClubMember.customer)
    if today is not None:
        query = query.where(ClubMember.renewal_due >= today)
    return (field if field is not None else Customer.id).in_(query)


def count_due_for_renewal(today: date) -> int:
    """Members due within ``remind_days`` or lapsed in that many days before (今日 会员待续期)."""
    days = rules().remind_days
    return ClubMember.select().where(ClubMember.renewal_due.between(today - timedelta(days=days),
                                                                      today + timedelta(days=days))).count()


@dataclass(frozen=True)
class MemberFilter:
    level: str = ""
    renewal: str = ""  # "" or one of RENEWAL_FILTERS
    value_class: str = ""
    city: str = ""  # a part of the address (郑州, 洛阳...)
    model: str = ""  # a vehicle model the customer owns
    text: str = ""  # member number, name or phone


def filter_condition(today: date, filters: MemberFilter):
    """The filters as one peewee condition over ClubMember joined with Customer (None: no filter),
    for member_query and for the members page's lazy table."""
    conditions = []
    if filters.level:
        conditions.append(ClubMember.level == filters.level)
    if filters.renewal:
        days = rules().remind_days
        if filters.renewal == "active":
            conditions.append(ClubMember.renewal_due >= today)
        elif filters.renewal == "due":
            conditions.append(ClubMember.renewal_due.between(today - timedelta(days=days), today + timedelta(days=days)))
        elif filters.renewal == "lapsed":
            conditions.append(ClubMember.renewal_due < today)
        else:
            raise Refusal(MEMBERS_UNKNOWN_RENEWAL_FILTER, value=filters.renewal)
    if filters.value_class:
        conditions.append(value.customers_in_class(filters.value_class, today, ClubMember.customer))
    if filters.city.strip():
        conditions.append(Customer.address.contains(filters.city.strip()))
    if filters.model.strip():
        conditions.append(ClubMember.customer.in_(
            Vehicle.select(Vehicle.customer).where(Vehicle.model.contains(filters.model.strip()))))
    text = filters.text.strip()
    if text:
        upper = text.upper()
        digits = upper[len(NUMBER_PREFIX):] if upper.startswith(NUMBER_PREFIX) else upper
        condition = Customer.name.contains(text) | Customer.phone_digits.contains(text)
        if digits.isdigit():
            condition |= ClubMember.seq == int(digits)
        conditions.append(condition)
    if not conditions:
        return None
    combined = conditions[0]
    for condition in conditions[1:]:
        combined &= condition
    return combined


def member_query(today: date, filters: MemberFilter = MemberFilter()):
    """Members with their customer, filtered in SQL, by member number."""
    query = ClubMember.select(ClubMember, Customer).join(Customer)
    condition = filter_condition(today, filters)
    if condition is not None:
        query = query.where(condition)
    return query.order_by(ClubMember.seq)


@dataclass(frozen=True)
class MemberRow:
    member_id: int
    number: str
    customer_id: int
    name: str
    phone: str
    address: str
    level: str  # code
    level_name: str
    joined_on: date
    renewal_due: date
    lapsed: bool
    value_class: str
    lifetime_value_fen: int
    models: str
    benefits_used: int


def member_rows(today: date, filters: MemberFilter = MemberFilter()) -> list[MemberRow]:
    """The member list as shown, exported and printed."""
    members = list(member_query(today, filters))
    ids = [m.customer_id for m in members]
    values = value.customer_values(today, ids) if ids else {}
    models: dict[int, list[str]] = {}
    if ids:
        for customer, model in (Vehicle.select(Vehicle.customer, Vehicle.model).where(Vehicle.customer.in_(ids))
                                .order_by(Vehicle.delivery_date).tuples()):
            if model and model not in models.setdefault(int(customer), []):
                models[int(customer)].append(model)
    used = dict(ClubBenefitUse.select(ClubBenefitUse.member, fn.COUNT(ClubBenefitUse.id))
                .where(ClubBenefitUse.member.in_([m.id for m in members])).group_by(ClubBenefitUse.member).tuples()) \
        if members else {}
    member_rules = rules()
    rows = []
    for member in members:
        customer, found = member.customer, values.get(member.customer_id)
        rows.append(MemberRow(member.id, member.number, member.customer_id, customer.name, customer.phone or "",
                              customer.address or "", member.level, level_name(member.level, member_rules),
                              member.joined_on, member.renewal_due, member.renewal_due < today,
                              found.klass if found else value.SMALL, found.lifetime_value_fen if found else 0,
                              "、".join(models.get(member.customer_id, [])), int(used.get(member.id, 0))))
    return rows


def benefit_uses(reference):
    member = find(reference)
    return (ClubBenefitUse.select(ClubBenefitUse, User).join(User).where(ClubBenefitUse.member == member)
            .order_by(ClubBenefitUse.used_on.desc(), ClubBenefitUse.id.desc()))


def month_summary(start: date, end: date) -> dict:
    """The members' section of the work-month report (R18c), for the days ``start``..``end``:

    - ``enrolled``: customers who joined in those days
    - ``renewed``: renewals made in those days
    - ``due_for_renewal``: memberships whose renewal day falls in those days
    - ``lapsed``: of those, the ones not renewed by ``end``
    - ``benefits_used``: benefits recorded as used in those days
    - ``members``: members in good standing on ``end``
    """
    return {
        "enrolled": ClubMember.select().where(ClubMember.joined_on.between(start, end)).count(),
        "renewed": ClubRenewal.select().where(ClubRenewal.renewed_on.between(start, end)).count(),
        "due_for_renewal": (ClubMember.select().where(ClubMember.renewal_due.between(start, end)).count()
                            + ClubRenewal.select().where(ClubRenewal.due_before.between(start, end)).count()),
        "lapsed": ClubMember.select().where(ClubMember.renewal_due.between(start, end)).count(),
        "benefits_used": ClubBenefitUse.select().where(ClubBenefitUse.used_on.between(start, end)).count(),
        "members": ClubMember.select().where((ClubMember.joined_on <= end) & (ClubMember.renewal_due >= end)).count(),
    }


# -- demo -----------------------------------------------------------------------------------------

def build_demo(actor: Actor, rng: random.Random, today: date) -> int:
    """Enrol a realistic share of the branch's customers: most VIP and major customers, some
    ordinary and few small ones, joined over the past year and a half; some renewed, a few lapsed;
    benefits used now and then. Returns the number of members."""
    member_rules = rules()
    share = {value.VIP: 0.8, value.MAJOR: 0.5, value.ORDINARY: 0.2, value.SMALL: 0.04}
    values = value.customer_values(today)
    chosen = [(cid, v) for cid, v in sorted(values.items()) if rng.random() < share[v.klass]]
    # One transaction for the whole club: each enrolment's own becomes a savepoint, not a sync to disk.
    with value.remembered_cutoffs(), atomic():
        return _enrol_demo(actor, rng, today, member_rules, chosen)


def _club_day(day: date) -> date:
    """The demo's club desk opens on the 1st and the 15th: enrolments and renewals fall on those
    days (which also keeps the value cut-offs computed to a few dozen days in a ten-year branch)."""
    return day.replace(day=15 if day.day >= 15 else 1)


def _enrol_demo(actor: Actor, rng: random.Random, today: date, member_rules: MemberRules, chosen) -> int:
    count = 0
    for customer_id, found in chosen:
        # The club was founded a year and a half ago; older customers joined since.
        first = max(found.first_delivery or today, today - timedelta(days=548))
        latest = today - timedelta(days=1)
        if first > latest:
            continue
        joined = first + timedelta(days=rng.randint(0, max(0, (latest - first).days)))
        joined = max(first, _club_day(min(joined, latest)))
        at = actor.at(datetime.combine(joined, time(10, rng.randint(0, 59))))
        member = enrol(at, customer_id, joined_on=joined)
        count += 1
        # Due in the past year: most renew within the reminder window, some let it lapse.
        if member.renewal_due <= today and rng.random() < 0.75:
            day = _club_day(member.renewal_due - timedelta(days=rng.randint(0, member_rules.remind_days // 2)))
            if day <= today and (member.renewal_due - day).days <= member_rules.remind_days:
                renew(actor.at(datetime.combine(day, time(15, 0))), member.number, day)
                member = ClubMember.get_by_id(member.id)
        level = _level(member.level, member_rules)
        for _ in range(rng.choice((0, 0, 1, 1, 2, 3))):
            end = min(member.renewal_due, today)
            if end < member.joined_on or not level or not level.benefits:
                break
            day = member.joined_on + timedelta(days=rng.randint(0, (end - member.joined_on).days))
            use_benefit(actor.at(datetime.combine(day, time(11, 0))), member.number, rng.choice(level.benefits), day)
    return count


# -- exports and prints ---------------------------------------------------------------------------

LIST_HEADERS = ("会员号", "姓名", "电话", "地址", "等级", "入会日期", "续期日", "状态", "客户价值类别",
                "终身价值(元)", "车型", "已用权益")


def _list_values(row: MemberRow) -> list:
    return [row.number, row.name, row.phone, row.address, row.level_name, row.joined_on, row.renewal_due,
            "已到期" if row.lapsed else "有效", value.VALUE_CLASSES[row.value_class], row.lifetime_value_fen,
            row.models, row.benefits_used]


def export_xlsx(actor: Actor, today: date, filters: MemberFilter, path) -> int:
    """The member list as filtered, as .xlsx (names and phones: personal.export, audited)."""
    from common.excel_write import write_rows
    from common.personal_data import export_personal

    rows = member_rows(today, filters)
    kinds = {"会员号": "text", "电话": "text", "入会日期": "date", "续期日": "date", "终身价值(元)": "money",
             "已用权益": "int"}
    return export_personal(actor, "member_list", path, lambda: write_rows(
        path, "会员名单", LIST_HEADERS, (_list_values(row) for row in rows), kinds),
        records=len(rows), detail=_filter_detail(filters))


def _filter_detail(filters: MemberFilter) -> dict:
    return {key: text for key, text in asdict(filters).items() if text}


def print_list(actor: Actor, today: date, filters: MemberFilter, target, printed_at: datetime) -> int:
    """The member list as a PDF (landscape A4) with the counts per level; returns the page count."""
    from reportlab.lib.units import mm

    from common.branch import identity
    from common.pdf import build_pdf, format_yuan, para, table
    from common.personal_data import export_personal

    rows = member_rows(today, filters)
    lines = [["序号", "会员号", "姓名", "电话", "等级", "入会日期", "续期日", "状态", "价值类别", "终身价值(元)", "车型"]]
    for index, row in enumerate(rows, start=1):
        lines.append([str(index), row.number, row.name, row.phone, row.level_name, row.joined_on.isoformat(),
                      row.renewal_due.isoformat(), "已到期" if row.lapsed else "有效",
                      value.VALUE_CLASSES[row.value_class], format_yuan(row.lifetime_value_fen), row.models])
    member_rules = rules()
    per_level = "，".join(f"{level.name} {sum(1 for r in rows if r.level == level.code)} 人"
                         for level in member_rules.levels)
    shown = _filter_text(filters, member_rules)
    story = [para(f"截至 {today.isoformat()}，共 {len(rows)} 位会员：{per_level}" + (f"（筛选：{shown}）" if shown else "")),
             table(lines, [10 * mm, 22 * mm, 24 * mm, 28 * mm, 20 * mm, 22 * mm, 22 * mm, 14 * mm, 20 * mm,
                           26 * mm, "*"], font_size=8,
                   # Phones and member numbers are text, however numeric they look.
                   align=["CENTER", "LEFT", "LEFT", "LEFT", "LEFT", "CENTER", "CENTER", "CENTER", "LEFT", "RIGHT",
                          "LEFT"])]
    return export_personal(actor, "member_list", target, lambda: build_pdf(
        target, "车主俱乐部会员名单", identity(), printed_at, story, landscape=True,
        signatures=[("制表人", actor.user.display_name, printed_at.date()), ("经理", None, None)]),
        records=len(rows), detail=_filter_detail(filters))


def _filter_text(filters: MemberFilter, member_rules: MemberRules) -> str:
    labels = {"active": "有效", "due": "待续期", "lapsed": "已到期"}
    parts = []
    if filters.level:
        parts.append(f"等级 {level_name(filters.level, member_rules)}")
    if filters.renewal:
        parts.append(labels.get(filters.renewal, filters.renewal))
    if filters.value_class:
        parts.append(value.VALUE_CLASSES.get(filters.value_class, filters.value_class))
    for label, text in (("地区", filters.city), ("车型", filters.model), ("查找", filters.text)):
        if text.strip():
            parts.append(f"{label} {text.strip()}")
    return "、".join(parts)


def print_card(actor: Actor, reference, target, printed_at: datetime) -> int:
    """A member's certificate (会员证): number, name, level, joined, valid until, the level's
    benefits, the vehicles; with the branch's stamp and the manager's signature lines."""
    from reportlab.lib.units import mm

    from common.branch import identity
    from common.pdf import build_pdf, para, table
    from common.personal_data import export_personal

    member = find(reference)
    customer = member.customer
    member_rules = rules()
    level = _level(member.level, member_rules)
    vehicles = list(Vehicle.select().where(Vehicle.customer == customer.id).order_by(Vehicle.delivery_date))
    facts = [["会员号", member.number, "等级", level_name(member.level, member_rules)],
             ["会员姓名", customer.name, "电话", customer.phone or ""],
             ["入会日期", member.joined_on.isoformat(), "有效期至", member.renewal_due.isoformat()]]
    greeting = "贵单位" if customer.kind == "company" else "先生/女士"
    story = [para(f"{customer.name} {greeting}：欢迎加入{identity().name}车主俱乐部。", "heading"),
             table(facts, [28 * mm, "*", 28 * mm, "*"], header_rows=0, align=["LEFT"] * 4, font_size=11),
             para("会员权益", "heading")]
    benefits = [["序号", "权益"]] + [[str(i), b] for i, b in enumerate(level.benefits if level else (), start=1)]
    story.append(table(benefits, [15 * mm, "*"], align=["CENTER", "LEFT"], font_size=10))
    if vehicles:
        story.append(para("会员车辆", "heading"))
        from archive import validate

        story.append(table([["车架号", "车牌号", "车型", "交车日期"]]
                           + [[v.vin, validate.plate_display(v.plate) if v.plate else "", v.model,
                               v.delivery_date.isoformat()] for v in vehicles], font_size=10))
    from reportlab.platypus import Spacer

    story.append(Spacer(1, 4 * mm))
    story.append(para(f"本证有效期至 {member.renewal_due.isoformat()}，到期前 {member_rules.remind_days} 天内可办理续期。"
                      "凭本证及会员车辆享受以上权益。"))
    return export_personal(actor, "member_card", target, lambda: build_pdf(
        target, "车主俱乐部会员证", identity(), printed_at, story,
        signatures=[("经办人", actor.user.display_name, printed_at.date()), ("经理", None, None),
                    ("会员签名", None, None)]),
        records=1, entity="club_member", entity_id=member.id, detail={"number": member.number})


# -- check ----------------------------------------------------------------------------------------

def check_invariants() -> list[Message]:
    """For ``main.py check``: member numbers run 1..N without a gap (a number is given once, in the
    enrolment's transaction, and members are never deleted), and each member's renewal day is the
    one its latest renewal set."""
    problems = []
    count, highest = ClubMember.select(fn.COUNT(ClubMember.id), fn.MAX(ClubMember.seq)).tuples().get()
    if count and int(highest) != int(count):
        taken = {seq for (seq,) in ClubMember.select(ClubMember.seq).tuples()}
        missing = [member_number(n) for n in range(1, int(highest) + 1) if n not in taken][:10]
        problems.append(Message(MEMBERS_CHECK_GAP, {"count": int(count), "highest": member_number(int(highest)),
                                                      "missing": "、".join(missing)}))
    latest = (ClubRenewal.select(ClubRenewal.member, fn.MAX(ClubRenewal.id).alias("last_id"))
              .group_by(ClubRenewal.member))
    rows = (ClubRenewal.select(ClubMember.seq, ClubMember.renewal_due, ClubRenewal.due_after)
            .join(latest, on=(ClubRenewal.id == latest.c.last_id))
            .switch(ClubRenewal).join(ClubMember, on=(ClubRenewal.member == ClubMember.id)).tuples())
    for seq, due, after in rows:
        if value._as_date(due) != value._as_date(after):
            problems.append(Message(MEMBERS_CHECK_RENEWAL, {"number": member_number(seq), "due": str(due),
                                                              "renewed_to": str(after)}))
    return problems
