"""Care (客户关怀): greetings and reminders the clerk sends by SMS, phone or card.

Data model: the due items are computed from the archive, not stored - a birthday from the birth
date inside a person's resident ID number (and from the Mackay 66 profile when archive.profile is
there), festivals from the calendar (lunar ones through ``lunardate``), maintenance from the last
repair visit, annual inspection (年审) and insurance renewal (续保) from the delivery anniversary.
Only what the clerk has done is stored: ``CareDone`` (kind, subject_id, due_on), unique, so an
item once sent never shows again and marking it twice is refused. Customers marked do-not-contact
(archive.callbacks.ContactBlock) get nothing.

Windows: birthdays 2-7 days ahead; festivals, maintenance, inspection and insurance up to a week
ahead.
"""
from __future__ import annotations

from dataclasses import dataclass
import operator
from datetime import date, timedelta
from functools import reduce

from lunardate import LunarDate
from peewee import CharField, DateField, DateTimeField, ForeignKeyField, IntegerField, IntegrityError, fn

from archive.callbacks import ContactBlock
from archive.models import PERSON, Customer, RepairVisit, Vehicle
from archive.texts import CARE_ALREADY_DONE, CARE_UNKNOWN_CHANNEL, CARE_UNKNOWN_KIND
from common import audit
from common.actor import Actor
from common.auth import require
from common.dates import add_months
from common.db import BaseModel, database
from common.errors import Refusal
from common.i18n import QT_TRANSLATE_NOOP
from common.models import User

BIRTHDAY, FESTIVAL, MAINTENANCE, INSPECTION, INSURANCE, ANNIVERSARY = (
    "birthday", "festival", "maintenance", "inspection", "insurance", "anniversary")
KINDS = (BIRTHDAY, FESTIVAL, MAINTENANCE, INSPECTION, INSURANCE, ANNIVERSARY)
KIND_LABELS = {
    BIRTHDAY: QT_TRANSLATE_NOOP("ServiceLabels", "生日祝福"),
    FESTIVAL: QT_TRANSLATE_NOOP("ServiceLabels", "节日问候"),
    MAINTENANCE: QT_TRANSLATE_NOOP("ServiceLabels", "保养提醒"),
    INSPECTION: QT_TRANSLATE_NOOP("ServiceLabels", "年审提醒"),
    INSURANCE: QT_TRANSLATE_NOOP("ServiceLabels", "续保提醒"),
    ANNIVERSARY: QT_TRANSLATE_NOOP("ServiceLabels", "纪念日问候"),
}
CHANNELS = ("sms", "phone", "card", "wechat")

BIRTHDAY_AHEAD = (2, 7)  # greet 2 to 7 days before the birthday
REMIND_AHEAD = 7  # a week before maintenance, inspection, insurance renewal and festivals
MAINTENANCE_INTERVAL = 180  # days from one workshop visit to the next maintenance
FIRST_MAINTENANCE = 90  # days from delivery to the first maintenance
ANNIVERSARY_YEARS = 20  # delivery anniversaries are looked at this many years back

SOLAR_FESTIVALS = {
    "new_year": ((1, 1), QT_TRANSLATE_NOOP("ServiceLabels", "元旦")),
    "valentine": ((2, 14), QT_TRANSLATE_NOOP("ServiceLabels", "情人节")),
    "labour_day": ((5, 1), QT_TRANSLATE_NOOP("ServiceLabels", "劳动节")),
    "national_day": ((10, 1), QT_TRANSLATE_NOOP("ServiceLabels", "国庆节")),
}
LUNAR_FESTIVALS = {
    "spring": ((1, 1), QT_TRANSLATE_NOOP("ServiceLabels", "春节")),
    "lantern": ((1, 15), QT_TRANSLATE_NOOP("ServiceLabels", "元宵节")),
    "dragon_boat": ((5, 5), QT_TRANSLATE_NOOP("ServiceLabels", "端午节")),
    "qixi": ((7, 7), QT_TRANSLATE_NOOP("ServiceLabels", "七夕")),
    "mid_autumn": ((8, 15), QT_TRANSLATE_NOOP("ServiceLabels", "中秋节")),
    "double_ninth": ((9, 9), QT_TRANSLATE_NOOP("ServiceLabels", "重阳节")),
}
# 除夕 is the day before 春节, not "the 30th of the 12th month": that month has 29 days in many years.
NEW_YEARS_EVE = ("new_years_eve", QT_TRANSLATE_NOOP("ServiceLabels", "除夕"))


class CareDone(BaseModel):
    kind = CharField(max_length=12)
    subject_id = IntegerField()
    due_on = DateField()
    channel = CharField(max_length=12, default="sms")
    note = CharField(max_length=200, default="")
    done_at = DateTimeField()
    done_by = ForeignKeyField(User, on_delete="RESTRICT")

    class Meta:
        table_name = "care_done"


@dataclass(frozen=True)
class CareItem:
    kind: str
    subject_id: int  # customer id (birthday, anniversary), vehicle id, or 0 (festival: everyone)
    due_on: date
    label: str  # festival name, vehicle plate or customer name, for the list
    customer: str = ""
    phone: str = ""
    customer_id: int | None = None


def festivals(year: int) -> list[tuple[date, str, str]]:
    """(date, code, Chinese name) of the greeted festivals of a Gregorian year, in date order."""
    days = [(date(year, m, d), code, name) for code, ((m, d), name) in SOLAR_FESTIVALS.items()]
    for code, ((m, d), name) in LUNAR_FESTIVALS.items():
        # A lunar festival of Gregorian year Y falls in lunar year Y, except that early-January
        # dates can belong to lunar year Y-1; look at both and keep those landing in Y.
        for lunar_year in (year - 1, year):
            try:
                solar = LunarDate(lunar_year, m, d).to_solar_date()
            except ValueError:
                continue
            if solar.year == year:
                days.append((solar, code, name))
    for lunar_year in (year, year + 1):
        eve = LunarDate(lunar_year, 1, 1).to_solar_date() - timedelta(days=1)
        if eve.year == year:
            days.append((eve, *NEW_YEARS_EVE))
    return sorted(days)


def birth_date(id_number: str | None) -> date | None:
    """Birth date inside an 18-digit resident ID number (GB 11643: digits 7-14 are YYYYMMDD)."""
    if not id_number or len(id_number) != 18 or not id_number[6:14].isdigit():
        return None
    try:
        return date(int(id_number[6:10]), int(id_number[10:12]), int(id_number[12:14]))
    except ValueError:
        return None


def _this_years(day_of_year: tuple[int, int], year: int) -> date:
    month, day = day_of_year
    if (month, day) == (2, 29):
        try:
            return date(year, 2, 29)
        except ValueError:
            return date(year, 2, 28)  # greet on the 28th in common years
    return date(year, month, day)


def _unblocked(customer_field, everyone: bool = False):
    # ``everyone``: do-not-contact customers too, so a mail-merge list can say how many it left out.
    if everyone:
        return customer_field.is_null(False)
    return customer_field.not_in(ContactBlock.select(ContactBlock.customer))


def _birthdays(as_of: date, everyone: bool = False) -> list[CareItem]:
    days = [as_of + timedelta(days=n) for n in range(BIRTHDAY_AHEAD[0], BIRTHDAY_AHEAD[1] + 1)]
    keys = {f"{d:%m%d}": d for d in days}
    if any(d.month == 2 and d.day == 28 for d in days):
        leap = date(as_of.year, 3, 1) - timedelta(days=1)
        if leap.day == 28:  # common year: 29 February birthdays are greeted on the 28th
            keys["0229"] = next(d for d in days if d.month == 2 and d.day == 28)
    # substr() reads MMDD out of the ID number in SQL on both SQLite and PostgreSQL, so only the
    # matching customers come back.
    query = (Customer.select(Customer.id, Customer.name, Customer.phone, Customer.id_number)
             .where((Customer.kind == PERSON) & fn.substr(Customer.id_number, 11, 4).in_(list(keys))
                    & _unblocked(Customer.id, everyone)))
    items = []
    for customer in query:
        born = birth_date(customer.id_number)
        if born is None:
            continue
        items.append(CareItem(BIRTHDAY, customer.id, keys[customer.id_number[10:14]], customer.name, customer.name,
                              customer.phone or "", customer.id))
    # The same birthday may be in the ID number and in the profile: greet once.
    unique = {(i.kind, i.subject_id, i.due_on): i for i in items + _profile_items(as_of, everyone)}
    return list(unique.values())


def _profile_items(as_of: date, everyone: bool = False) -> list[CareItem]:
    """Birthdays and wedding anniversaries kept in the Mackay 66 profiles (archive.profile)."""
    try:
        from archive.profile import profile_dates
    except ImportError:  # a build without the profile module still greets by ID number
        return []
    first, last = as_of + timedelta(days=BIRTHDAY_AHEAD[0]), as_of + timedelta(days=BIRTHDAY_AHEAD[1])
    blocked = set() if everyone else set(ContactBlock.select(ContactBlock.customer).tuples())
    return [CareItem(BIRTHDAY if kind == "birthday" else ANNIVERSARY, customer_id, day, name, name, "", customer_id)
            for customer_id, kind, day, name in profile_dates(first, last) if (customer_id,) not in blocked]


def _festivals(as_of: date, everyone: bool = False) -> list[CareItem]:
    from archive.festivals import branch_festival_days

    last = as_of + timedelta(days=REMIND_AHEAD)
    found = {}
    for year in {as_of.year, last.year}:
        for day, code, name in sorted(festivals(year) + branch_festival_days(year)):
            if as_of <= day <= last:
                # Two festivals on one day (春节 on 情人节) are one greeting, named by both.
                label = f"{found[day].label}、{name}" if day in found else name
                found[day] = CareItem(FESTIVAL, 0, day, label)
    return [found[d] for d in sorted(found)]


def _maintenance(as_of: date, everyone: bool = False) -> list[CareItem]:
    first, last = as_of, as_of + timedelta(days=REMIND_AHEAD)
    later = RepairVisit.alias()
    # The last visit of each vehicle: a visit with no later one. Both ends are index range scans.
    visits = (RepairVisit.select(RepairVisit.visit_date, Vehicle.id, Vehicle.plate, Customer.name, Customer.phone,
                                 Customer.id)
              .join(Vehicle).join(Customer)
              .where(RepairVisit.visit_date.between(first - timedelta(days=MAINTENANCE_INTERVAL),
                                                    last - timedelta(days=MAINTENANCE_INTERVAL))
                     & ~fn.EXISTS(later.select(later.id).where((later.vehicle == RepairVisit.vehicle)
                                                               & (later.visit_date > RepairVisit.visit_date)))
                     & _unblocked(Customer.id, everyone))
              .tuples())
    items = [CareItem(MAINTENANCE, vid, visited + timedelta(days=MAINTENANCE_INTERVAL), plate or "", name,
                      phone or "", cid) for visited, vid, plate, name, phone, cid in visits]
    never = (Vehicle.select(Vehicle.delivery_date, Vehicle.id, Vehicle.plate, Customer.name, Customer.phone, Customer.id)
             .join(Customer)
             .where(Vehicle.delivery_date.between(first - timedelta(days=FIRST_MAINTENANCE),
                                                  last - timedelta(days=FIRST_MAINTENANCE))
                    & ~fn.EXISTS(RepairVisit.select(RepairVisit.id).where(RepairVisit.vehicle == Vehicle.id))
                    & _unblocked(Customer.id, everyone))
             .tuples())
    items += [CareItem(MAINTENANCE, vid, delivered + timedelta(days=FIRST_MAINTENANCE), plate or "", name,
                       phone or "", cid) for delivered, vid, plate, name, phone, cid in never]
    return items


def _anniversaries(as_of: date, kind: str, everyone: bool = False) -> list[CareItem]:
    """Delivery anniversaries in the coming week: the insurance policy and the inspection date
    both run from registration, which the branch does on delivery."""
    last = as_of + timedelta(days=REMIND_AHEAD)
    # The end of each range also reaches 29 February of a leap delivery year when ``last`` is the
    # 28th of a common year (that anniversary falls on the 28th), so it shows a full week ahead.
    ranges = [Vehicle.delivery_date.between(
        add_months(as_of, -12 * years),
        max(add_months(last, -12 * years), add_months(last + timedelta(days=1), -12 * years) - timedelta(days=1)))
        for years in range(1, ANNIVERSARY_YEARS + 1)]
    query = (Vehicle.select(Vehicle.delivery_date, Vehicle.id, Vehicle.plate, Customer.name, Customer.phone, Customer.id)
             .join(Customer).where(reduce(operator.or_, ranges) & _unblocked(Customer.id, everyone)).tuples())
    items = []
    for delivered, vid, plate, name, phone, cid in query:
        years = as_of.year - delivered.year
        due = _this_years((delivered.month, delivered.day), delivered.year + years)
        if due < as_of:
            due = _this_years((delivered.month, delivered.day), delivered.year + years + 1)
        if due <= last:  # a 28 February delivery seen on a leap 29 February is next year's
            items.append(CareItem(kind, vid, due, plate or "", name, phone or "", cid))
    return items


FINDERS = {
    BIRTHDAY: _birthdays,
    FESTIVAL: _festivals,
    MAINTENANCE: _maintenance,
    INSPECTION: lambda as_of, everyone=False: _anniversaries(as_of, INSPECTION, everyone),
    INSURANCE: lambda as_of, everyone=False: _anniversaries(as_of, INSURANCE, everyone),
}


def upcoming(as_of: date, kind: str | None = None, everyone: bool = False) -> list[CareItem]:
    """Greetings and reminders to send on ``as_of`` that are not marked done yet, by due date;
    with ``everyone`` those of do-not-contact customers too (to count what a list leaves out)."""
    kinds = [kind] if kind else list(FINDERS)
    items = []
    for each in kinds:
        finder = FINDERS.get(each, _birthdays)
        # Wedding anniversaries are personal days like birthdays and share their list and card.
        items += [item for item in finder(as_of, everyone)
                  if kind is None or item.kind == each or (each == BIRTHDAY and item.kind == ANNIVERSARY)]
    if not items:
        return []
    done = set(CareDone.select(CareDone.kind, CareDone.subject_id, CareDone.due_on)
               .where(CareDone.due_on.between(min(i.due_on for i in items), max(i.due_on for i in items))).tuples())
    return sorted((i for i in items if (i.kind, i.subject_id, i.due_on) not in done),
                  key=lambda i: (i.due_on, i.kind, i.subject_id))


def counts(as_of: date) -> dict[str, int]:
    result = {kind: 0 for kind in FINDERS}
    for item in upcoming(as_of):
        key = BIRTHDAY if item.kind == ANNIVERSARY else item.kind
        result[key] += 1
    return result


def mark_done(actor: Actor, kind: str, subject_id: int, due_on: date, channel: str = "sms", note: str = "") -> CareDone:
    """The clerk sent the greeting or reminder. Marking the same item twice is refused."""
    require(actor, "callbacks.edit")
    if kind not in KINDS:
        raise Refusal(CARE_UNKNOWN_KIND, kind=kind)
    if channel not in CHANNELS:
        raise Refusal(CARE_UNKNOWN_CHANNEL, channel=channel)
    try:
        with database.atomic():
            row = CareDone.create(kind=kind, subject_id=subject_id, due_on=due_on, channel=channel,
                                  note=(note or "").strip()[:200], done_at=actor.now, done_by=actor.user)
            audit.record(actor, "care.done", "care_done", row.id, {"kind": kind, "due_on": due_on.isoformat()})
    except IntegrityError as exc:
        raise Refusal(CARE_ALREADY_DONE, kind=KIND_LABELS[kind], due_on=due_on) from exc
    return row


def mark_all_done(actor: Actor, items: list[CareItem], channel: str = "sms") -> int:
    """Mark a whole list (a batch SMS) done in one transaction; items already done are skipped."""
    require(actor, "callbacks.edit")
    with database.atomic():
        rows = [(i.kind, i.subject_id, i.due_on, channel, "", actor.now, actor.user.id) for i in items]
        before = CareDone.select().count()
        for index in range(0, len(rows), 500):
            CareDone.insert_many(rows[index:index + 500], fields=[
                CareDone.kind, CareDone.subject_id, CareDone.due_on, CareDone.channel, CareDone.note,
                CareDone.done_at, CareDone.done_by]).on_conflict_ignore().execute()
        added = CareDone.select().count() - before
        audit.record(actor, "care.done_batch", "care_done", None, {"count": added})
    return added
