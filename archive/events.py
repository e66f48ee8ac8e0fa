"""Customer events (客户活动, seed 002 §2.7: 客户知识讲座、客户联谊会、自驾游) that raise satisfaction.

Data model (migration 0024_customer_events):
- ``CustomerEvent``: one planned event: ``kind`` (KINDS), title, ``held_on``, place, ``capacity``
  (seats), ``budget_fen``; once held its actual ``cost_fen`` (cost per attendee = cost / attended).
  ``state``: planned -> held (the first attendance or the cost marks it so) | cancelled.
- ``EventInvitee``: one customer on an event's list, chosen by filters (``candidates``: members,
  model, value class, city, last repair visit) or by id. The invitation (``invited_via`` phone /
  SMS / letter, when, by whom), the sign-up (``signed_up_on``, at most ``capacity`` of them), the
  attendance and a feedback score 1-10 per attendee.

Do-not-contact customers (archive.callbacks.ContactBlock) never get on a list, and one who asked
not to be contacted after being listed is refused at the invitation. Each use case is one
function, one transaction, audited; refusals are ``Refusal`` codes ``events.*`` (texts in
ui/messages_events.py).

``effect`` compares the callback scores (archive.callbacks) of attendees in the EFFECT_DAYS before
and after an event with those of everybody else in the same windows: the report of events and
their effect on satisfaction. ``month_summary`` gives the work-month report its events section.
"""
from __future__ import annotations

import random
import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from peewee import BooleanField, Case, CharField, DateField, DateTimeField, ForeignKeyField, IntegerField, JOIN, TextField, fn

from archive.callbacks import Callback, CallbackScore, ContactBlock, DONE
from archive.models import Customer, RepairVisit, Vehicle
from archive.texts import (
    EVENTS_ALREADY_ATTENDED, EVENTS_ALREADY_HELD, EVENTS_ALREADY_SIGNED_UP, EVENTS_BUDGET_INVALID,
    EVENTS_CANCELLED, EVENTS_CAPACITY_INVALID, EVENTS_COST_INVALID, EVENTS_CUSTOMER_NOT_FOUND,
    EVENTS_DATE_PAST, EVENTS_DO_NOT_CONTACT, EVENTS_FEEDBACK_NOT_ATTENDED, EVENTS_FULL, EVENTS_INVITE_AFTER,
    EVENTS_NOT_FOUND, EVENTS_NOT_INVITED, EVENTS_NOT_ON_LIST, EVENTS_NOT_SIGNED_UP, EVENTS_NOT_YET_HELD,
    EVENTS_NO_INVITEES, EVENTS_PERIOD_REVERSED, EVENTS_PLACE_TOO_LONG, EVENTS_SCORE_RANGE,
    EVENTS_SIGNUP_AFTER, EVENTS_TITLE_REQUIRED, EVENTS_TITLE_TOO_LONG, EVENTS_UNKNOWN_CHANNEL,
    EVENTS_UNKNOWN_KIND, EVENTS_UNKNOWN_VALUE_CLASS, EVENTS_VISIT_RANGE,
)
from common import audit
from common.actor import Actor
from common.auth import require
from common.db import BaseModel, database, is_sqlite
from common.errors import Refusal
from common.i18n import QT_TRANSLATE_NOOP
from common.models import User

LECTURE, PARTY, DRIVE = "lecture", "party", "drive"
KINDS = {
    LECTURE: QT_TRANSLATE_NOOP("EventLabels", "客户知识讲座"),
    PARTY: QT_TRANSLATE_NOOP("EventLabels", "客户联谊会"),
    DRIVE: QT_TRANSLATE_NOOP("EventLabels", "自驾游"),
}
PLANNED, HELD, CANCELLED = "planned", "held", "cancelled"
STATE_LABELS = {
    PLANNED: QT_TRANSLATE_NOOP("EventLabels", "筹备中"),
    HELD: QT_TRANSLATE_NOOP("EventLabels", "已举办"),
    CANCELLED: QT_TRANSLATE_NOOP("EventLabels", "已取消"),
}
CHANNELS = {
    "phone": QT_TRANSLATE_NOOP("EventLabels", "电话"),
    "sms": QT_TRANSLATE_NOOP("EventLabels", "短信"),
    "letter": QT_TRANSLATE_NOOP("EventLabels", "信函"),
}
PERMISSION = "events.edit"
EFFECT_DAYS = 180  # callback scores this many days before and after an event are compared
MAX_TITLE = 100
MAX_PLACE = 200


class CustomerEvent(BaseModel):
    kind = CharField(max_length=12)
    title = CharField(max_length=MAX_TITLE)
    held_on = DateField()
    place = CharField(max_length=MAX_PLACE, default="")
    capacity = IntegerField()
    budget_fen = IntegerField(default=0)
    cost_fen = IntegerField(null=True)
    state = CharField(max_length=12, default=PLANNED)
    note = TextField(default="")
    created_by = ForeignKeyField(User, on_delete="RESTRICT")
    created_at = DateTimeField()

    class Meta:
        table_name = "customer_event"


class EventInvitee(BaseModel):
    event = ForeignKeyField(CustomerEvent, on_delete="CASCADE")
    customer = ForeignKeyField(Customer, on_delete="RESTRICT")
    added_at = DateTimeField()
    invited_via = CharField(max_length=8, null=True)
    invited_at = DateTimeField(null=True)
    invited_by = ForeignKeyField(User, null=True, on_delete="RESTRICT")
    signed_up_on = DateField(null=True)
    attended = BooleanField(default=False)
    feedback_score = IntegerField(null=True)
    feedback_note = TextField(default="")

    class Meta:
        table_name = "event_invitee"


# -- planning -------------------------------------------------------------------------------------

def plan(actor: Actor, *, kind: str, title: str, held_on: date, place: str = "", capacity: int,
         budget_fen: int = 0, note: str = "") -> int:
    """Plan an event on ``held_on`` (today or later). Returns its id."""
    require(actor, PERMISSION)
    title, place = (title or "").strip(), (place or "").strip()
    if kind not in KINDS:
        raise Refusal(EVENTS_UNKNOWN_KIND, kind=kind)
    if not title:
        raise Refusal(EVENTS_TITLE_REQUIRED, field="title")
    if len(title) > MAX_TITLE:
        raise Refusal(EVENTS_TITLE_TOO_LONG, field="title", maximum=MAX_TITLE)
    if len(place) > MAX_PLACE:
        raise Refusal(EVENTS_PLACE_TOO_LONG, field="place", maximum=MAX_PLACE)
    if held_on < actor.today:
        raise Refusal(EVENTS_DATE_PAST, field="held_on", held_on=held_on, today=actor.today)
    if not isinstance(capacity, int) or isinstance(capacity, bool) or capacity < 1:
        raise Refusal(EVENTS_CAPACITY_INVALID, field="capacity", capacity=capacity)
    if not isinstance(budget_fen, int) or budget_fen < 0:
        raise Refusal(EVENTS_BUDGET_INVALID, field="budget", budget=budget_fen)
    with database.atomic():
        event = CustomerEvent.create(kind=kind, title=title, held_on=held_on, place=place, capacity=capacity,
                                     budget_fen=budget_fen, note=(note or "").strip(), created_by=actor.user,
                                     created_at=actor.now)
        audit.record(actor, "events.plan", "customer_event", event.id,
                     {"title": title, "held_on": held_on.isoformat(), "capacity": capacity})
    return event.id


def _event(event_id: int, *, for_update: bool = False) -> CustomerEvent:
    query = CustomerEvent.select().where(CustomerEvent.id == event_id)
    if for_update and not is_sqlite():
        # The sign-up counts seats: two clerks signing the last seat up at once wait for each other.
        query = query.for_update()
    event = query.first()
    if event is None:
        raise Refusal(EVENTS_NOT_FOUND, event=event_id)
    return event


def _open_event(event_id: int, *, for_update: bool = False) -> CustomerEvent:
    event = _event(event_id, for_update=for_update)
    if event.state == CANCELLED:
        raise Refusal(EVENTS_CANCELLED, event=event.title)
    return event


def cancel(actor: Actor, event_id: int) -> None:
    require(actor, PERMISSION)
    with database.atomic():
        event = _open_event(event_id)
        if event.state == HELD:
            raise Refusal(EVENTS_ALREADY_HELD, event=event.title)
        event.state = CANCELLED
        event.save()
        audit.record(actor, "events.cancel", "customer_event", event.id, {"title": event.title})


def record_cost(actor: Actor, event_id: int, cost_fen: int) -> int | None:
    """The actual cost of a held event (on its day or later). Returns the cost per attendee."""
    require(actor, PERMISSION)
    if not isinstance(cost_fen, int) or isinstance(cost_fen, bool) or cost_fen < 0:
        raise Refusal(EVENTS_COST_INVALID, field="cost", cost=cost_fen)
    with database.atomic():
        event = _open_event(event_id)
        if actor.today < event.held_on:
            raise Refusal(EVENTS_NOT_YET_HELD, event=event.title, held_on=event.held_on, today=actor.today)
        event.cost_fen = cost_fen
        event.state = HELD
        event.save()
        audit.record(actor, "events.cost", "customer_event", event.id, {"cost_fen": cost_fen})
        attended = _count(event.id, EventInvitee.attended == True)  # noqa: E712
    return cost_fen // attended if attended else None


# -- choosing invitees ----------------------------------------------------------------------------

@dataclass(frozen=True)
class Filters:
    """Who to invite. Empty fields do not filter. ``model`` and ``city`` match part of the text
    (速腾, 郑州); ``visited_from`` / ``visited_to`` bound the customer's latest repair visit;
    ``value_class`` is a code of archive.value.VALUE_CLASSES; ``members_only``: club members
    (archive.members)."""

    members_only: bool = False
    model: str = ""
    value_class: str = ""
    city: str = ""
    visited_from: date | None = None
    visited_to: date | None = None


@dataclass(frozen=True)
class Candidate:
    customer_id: int
    name: str
    phone: str
    city: str
    models: str
    last_visit: date | None


_CITY = re.compile(r"([^省区市县\s]{2,7}?市)")


def city_of(address: str) -> str:
    """The city of a Chinese address: 河南省郑州市金水路1号 -> 郑州市 (the province skipped)."""
    text = address or ""
    for marker in ("自治区", "省"):
        if marker in text:
            text = text.split(marker, 1)[1]
            break
    match = _CITY.search(text)
    return match.group(1) if match else ""


def candidates(filters: Filters, today: date, *, event_id: int | None = None, limit: int | None = None
               ) -> list[Candidate]:
    """The customers ``filters`` choose, do-not-contact ones left out, and (with ``event_id``)
    those already on the event's list; ordered by name."""
    if filters.visited_from and filters.visited_to and filters.visited_from > filters.visited_to:
        raise Refusal(EVENTS_VISIT_RANGE, field="visited_from", first=filters.visited_from,
                      last=filters.visited_to)
    last_visit = (RepairVisit.select(Vehicle.customer.alias("cid"), fn.MAX(RepairVisit.visit_date).alias("last"))
                  .join(Vehicle).group_by(Vehicle.customer).alias("lv"))
    query = (Customer.select(Customer.id, Customer.name, Customer.phone, Customer.address, last_visit.c.last)
             .join(last_visit, JOIN.LEFT_OUTER, on=(last_visit.c.cid == Customer.id))
             .where(Customer.id.not_in(ContactBlock.select(ContactBlock.customer))))
    if event_id is not None:
        query = query.where(Customer.id.not_in(EventInvitee.select(EventInvitee.customer)
                                               .where(EventInvitee.event == event_id)))
    model = (filters.model or "").strip()
    if model:
        query = query.where(Customer.id.in_(Vehicle.select(Vehicle.customer).where(Vehicle.model.contains(model))))
    city = (filters.city or "").strip()
    if city:
        query = query.where(Customer.address.contains(city))
    if filters.visited_from:
        query = query.where(last_visit.c.last >= filters.visited_from)
    if filters.visited_to:
        query = query.where(last_visit.c.last <= filters.visited_to)
    rows = list(query.order_by(Customer.name, Customer.id).tuples())
    if filters.members_only or filters.value_class:
        keep = _class_and_member_ids(filters, today)
        rows = [row for row in rows if row[0] in keep]
    if limit is not None:
        rows = rows[:limit]
    ids = [row[0] for row in rows]
    models: dict[int, list[str]] = {}
    for index in range(0, len(ids), 500):
        for cid, name in (Vehicle.select(Vehicle.customer, Vehicle.model).where(Vehicle.customer.in_(ids[index:index + 500]))
                          .order_by(Vehicle.delivery_date).tuples()):
            if name and name not in models.setdefault(cid, []):
                models[cid].append(name)
    return [Candidate(cid, name, phone or "", city_of(address), "、".join(models.get(cid, [])),
                      _as_date(last)) for cid, name, phone, address, last in rows]


def _class_and_member_ids(filters: Filters, today: date) -> set[int]:
    """Customers of the value class and/or club members (archive.value / archive.members, issue
    18 item 10 and 1)."""
    keep: set[int] | None = None
    if filters.value_class:
        from archive import value

        if filters.value_class not in value.VALUE_CLASSES:
            raise Refusal(EVENTS_UNKNOWN_VALUE_CLASS, field="value_class", klass=filters.value_class)
        keep = {cid for cid, info in value.customer_values(today).items() if info.klass == filters.value_class}
    if filters.members_only:
        from archive import members

        ids = set(members.member_ids(today))
        keep = ids if keep is None else keep & ids
    return keep or set()


def _as_date(value) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def add_invitees(actor: Actor, event_id: int, customer_ids) -> int:
    """Put customers on the event's list (those already on it are skipped). A do-not-contact
    customer is refused by name. Returns how many were added."""
    require(actor, PERMISSION)
    ids = sorted({int(cid) for cid in customer_ids})
    if not ids:
        raise Refusal(EVENTS_NO_INVITEES)
    with database.atomic():
        event = _open_event(event_id)
        if event.state == HELD:
            raise Refusal(EVENTS_ALREADY_HELD, event=event.title)
        known = set()
        for index in range(0, len(ids), 500):
            known |= {cid for (cid,) in Customer.select(Customer.id).where(Customer.id.in_(ids[index:index + 500])).tuples()}
        unknown = [cid for cid in ids if cid not in known]
        if unknown:
            raise Refusal(EVENTS_CUSTOMER_NOT_FOUND, customer=unknown[0])
        for index in range(0, len(ids), 500):
            blocked = (Customer.select(Customer.name).join(ContactBlock, on=(ContactBlock.customer == Customer.id))
                       .where(Customer.id.in_(ids[index:index + 500])).limit(1).scalar())
            if blocked:
                raise Refusal(EVENTS_DO_NOT_CONTACT, customer=blocked)
        before = _count(event.id)
        rows = [(event.id, cid, actor.now) for cid in ids]
        for index in range(0, len(rows), 500):
            (EventInvitee.insert_many(rows[index:index + 500], fields=[EventInvitee.event, EventInvitee.customer,
                                                                      EventInvitee.added_at])
             .on_conflict_ignore().execute())
        added = _count(event.id) - before
        audit.record(actor, "events.add_invitees", "customer_event", event.id, {"added": added})
    return added


def _count(event_id: int, condition=None) -> int:
    query = EventInvitee.select().where(EventInvitee.event == event_id)
    if condition is not None:
        query = query.where(condition)
    return query.count()


def _invitee(event: CustomerEvent, customer_id: int) -> EventInvitee:
    row = (EventInvitee.select(EventInvitee, Customer).join(Customer)
           .where((EventInvitee.event == event.id) & (EventInvitee.customer == customer_id)).first())
    if row is None:
        name = Customer.select(Customer.name).where(Customer.id == customer_id).scalar()
        if name is None:
            raise Refusal(EVENTS_CUSTOMER_NOT_FOUND, customer=customer_id)
        raise Refusal(EVENTS_NOT_ON_LIST, customer=name, event=event.title)
    return row


def record_invitation(actor: Actor, event_id: int, customer_ids, channel: str) -> int:
    """The invitation went out to these listed customers by ``channel`` (phone, sms, letter), now,
    by ``actor``. A customer who has since asked not to be contacted is refused by name."""
    require(actor, PERMISSION)
    if channel not in CHANNELS:
        raise Refusal(EVENTS_UNKNOWN_CHANNEL, field="channel", channel=channel)
    ids = sorted({int(cid) for cid in customer_ids})
    if not ids:
        raise Refusal(EVENTS_NO_INVITEES)
    with database.atomic():
        event = _open_event(event_id)
        if actor.today > event.held_on:
            raise Refusal(EVENTS_INVITE_AFTER, event=event.title, held_on=event.held_on)
        for cid in ids:
            row = _invitee(event, cid)
            if ContactBlock.select().where(ContactBlock.customer == cid).exists():
                raise Refusal(EVENTS_DO_NOT_CONTACT, customer=row.customer.name)
        updated = (EventInvitee.update(invited_via=channel, invited_at=actor.now, invited_by=actor.user)
                   .where((EventInvitee.event == event.id) & EventInvitee.customer.in_(ids)).execute())
        audit.record(actor, "events.invite", "customer_event", event.id, {"channel": channel, "invited": updated})
    return updated


def sign_up(actor: Actor, event_id: int, customer_id: int) -> int:
    """An invited customer signs up, while there are seats. Returns the seats taken now."""
    require(actor, PERMISSION)
    with database.atomic():
        event = _open_event(event_id, for_update=True)
        row = _invitee(event, customer_id)
        name = row.customer.name
        if row.invited_at is None:
            raise Refusal(EVENTS_NOT_INVITED, customer=name, event=event.title)
        if row.signed_up_on is not None:
            raise Refusal(EVENTS_ALREADY_SIGNED_UP, customer=name, event=event.title)
        if actor.today > event.held_on:
            raise Refusal(EVENTS_SIGNUP_AFTER, customer=name, event=event.title, held_on=event.held_on)
        taken = _count(event.id, EventInvitee.signed_up_on.is_null(False))
        if taken >= event.capacity:
            raise Refusal(EVENTS_FULL, event=event.title, capacity=event.capacity, customer=name)
        row.signed_up_on = actor.today
        row.save()
        audit.record(actor, "events.sign_up", "customer_event", event.id, {"customer": customer_id})
    return taken + 1


def withdraw(actor: Actor, event_id: int, customer_id: int) -> None:
    """A signed-up customer cannot come after all: the seat is free again."""
    require(actor, PERMISSION)
    with database.atomic():
        event = _open_event(event_id)
        row = _invitee(event, customer_id)
        if row.signed_up_on is None:
            raise Refusal(EVENTS_NOT_SIGNED_UP, customer=row.customer.name, event=event.title)
        if row.attended:
            raise Refusal(EVENTS_ALREADY_ATTENDED, customer=row.customer.name, event=event.title)
        row.signed_up_on = None
        row.save()
        audit.record(actor, "events.withdraw", "customer_event", event.id, {"customer": customer_id})


def attend(actor: Actor, event_id: int, customer_id: int) -> int:
    """A signed-up customer came (on the event's day or later, when the sign-in sheet is keyed
    in). Marks the event held. Returns the attendance so far."""
    require(actor, PERMISSION)
    with database.atomic():
        event = _open_event(event_id)
        row = _invitee(event, customer_id)
        name = row.customer.name
        if actor.today < event.held_on:
            raise Refusal(EVENTS_NOT_YET_HELD, event=event.title, held_on=event.held_on, today=actor.today)
        if row.signed_up_on is None:
            raise Refusal(EVENTS_NOT_SIGNED_UP, customer=name, event=event.title)
        if row.attended:
            raise Refusal(EVENTS_ALREADY_ATTENDED, customer=name, event=event.title)
        row.attended = True
        row.save()
        if event.state != HELD:
            event.state = HELD
            event.save()
        audit.record(actor, "events.attend", "customer_event", event.id, {"customer": customer_id})
        return _count(event.id, EventInvitee.attended == True)  # noqa: E712


def record_feedback(actor: Actor, event_id: int, customer_id: int, score: int, note: str = "") -> None:
    """An attendee's feedback score, 1 (poor) to 10 (excellent), and their words."""
    require(actor, PERMISSION)
    with database.atomic():
        event = _open_event(event_id)
        row = _invitee(event, customer_id)
        if not row.attended:
            raise Refusal(EVENTS_FEEDBACK_NOT_ATTENDED, customer=row.customer.name, event=event.title)
        if not isinstance(score, int) or isinstance(score, bool) or not 1 <= score <= 10:
            raise Refusal(EVENTS_SCORE_RANGE, field="score", score=score)
        row.feedback_score = score
        row.feedback_note = (note or "").strip()
        row.save()
        audit.record(actor, "events.feedback", "customer_event", event.id, {"customer": customer_id, "score": score})


# -- lists ----------------------------------------------------------------------------------------

@dataclass(frozen=True)
class EventFigures:
    invited: int
    signed_up: int
    attended: int
    feedback_count: int
    feedback_total: int

    @property
    def average_feedback(self) -> float | None:
        return self.feedback_total / self.feedback_count if self.feedback_count else None


def figures(event_ids) -> dict[int, EventFigures]:
    """Invitations sent, sign-ups, attendance and feedback per event, in one query."""
    ids = list(event_ids)
    if not ids:
        return {}
    rows = (EventInvitee.select(EventInvitee.event,
                                fn.SUM(Case(None, [(EventInvitee.invited_at.is_null(False), 1)], 0)),
                                fn.SUM(Case(None, [(EventInvitee.signed_up_on.is_null(False), 1)], 0)),
                                fn.SUM(Case(None, [(EventInvitee.attended == True, 1)], 0)),  # noqa: E712
                                fn.COUNT(EventInvitee.feedback_score), fn.SUM(EventInvitee.feedback_score))
            .where(EventInvitee.event.in_(ids)).group_by(EventInvitee.event).tuples())
    found = {eid: EventFigures(int(a or 0), int(b or 0), int(c or 0), int(d or 0), int(e or 0))
             for eid, a, b, c, d, e in rows}
    return {eid: found.get(eid, EventFigures(0, 0, 0, 0, 0)) for eid in ids}


def events_between(first: date | None = None, last: date | None = None):
    query = CustomerEvent.select().order_by(CustomerEvent.held_on.desc(), CustomerEvent.id.desc())
    if first is not None:
        query = query.where(CustomerEvent.held_on >= first)
    if last is not None:
        query = query.where(CustomerEvent.held_on <= last)
    return query


def invitees(event_id: int, *, signed_up_only: bool = False):
    query = (EventInvitee.select(EventInvitee, Customer).join(Customer)
             .where(EventInvitee.event == event_id).order_by(Customer.name, Customer.id))
    if signed_up_only:
        query = query.where(EventInvitee.signed_up_on.is_null(False))
    return query


# -- the 今日 cards -----------------------------------------------------------------------------

RECORD_DAYS = 14  # a held event's sheet not keyed in within this many days is the clerk's to-do
SOON_DAYS = 7  # an event this close with seats left still needs phone calls


def to_record(today: date) -> list[int]:
    """Events held in the last RECORD_DAYS days (today included), not cancelled, whose records are
    not complete: signed-up customers but nobody signed in, the actual cost not entered, or an
    attendee's feedback score missing. Nearest first."""
    signed_up = EventInvitee.select(EventInvitee.event).where(EventInvitee.signed_up_on.is_null(False))
    attended = EventInvitee.select(EventInvitee.event).where(EventInvitee.attended == True)  # noqa: E712
    no_feedback = EventInvitee.select(EventInvitee.event).where(
        (EventInvitee.attended == True) & EventInvitee.feedback_score.is_null())  # noqa: E712
    incomplete = (CustomerEvent.cost_fen.is_null() | (CustomerEvent.id.in_(signed_up) & CustomerEvent.id.not_in(attended))
                  | CustomerEvent.id.in_(no_feedback))
    query = (CustomerEvent.select(CustomerEvent.id)
             .where((CustomerEvent.state != CANCELLED) & (CustomerEvent.held_on <= today)
                    & (CustomerEvent.held_on >= today - timedelta(days=RECORD_DAYS)) & incomplete)
             .order_by(CustomerEvent.held_on.desc(), CustomerEvent.id.desc()))
    return [eid for (eid,) in query.tuples()]


def seats_open_soon(today: date) -> list[int]:
    """Planned events in the next SOON_DAYS days (after today) with fewer sign-ups than seats.
    Soonest first."""
    taken = (EventInvitee.select(fn.COUNT(EventInvitee.id))
             .where((EventInvitee.event == CustomerEvent.id) & EventInvitee.signed_up_on.is_null(False)))
    query = (CustomerEvent.select(CustomerEvent.id)
             .where((CustomerEvent.state == PLANNED) & (CustomerEvent.held_on > today)
                    & (CustomerEvent.held_on <= today + timedelta(days=SOON_DAYS)) & (taken < CustomerEvent.capacity))
             .order_by(CustomerEvent.held_on, CustomerEvent.id))
    return [eid for (eid,) in query.tuples()]


def cost_per_attendee(event: CustomerEvent, attended: int) -> int | None:
    return event.cost_fen // attended if event.cost_fen is not None and attended else None


# -- the effect on satisfaction -------------------------------------------------------------------

@dataclass(frozen=True)
class Effect:
    event_id: int
    title: str
    kind: str
    held_on: date
    attended: int
    average_feedback: float | None
    cost_fen: int | None
    cost_per_attendee_fen: int | None
    attendees_before: float | None  # average callback score of attendees, EFFECT_DAYS before
    attendees_after: float | None
    others_before: float | None  # everybody else's in the same windows
    others_after: float | None

    @staticmethod
    def _change(before, after):
        return after - before if before is not None and after is not None else None

    @property
    def attendees_change(self) -> float | None:
        return self._change(self.attendees_before, self.attendees_after)

    @property
    def others_change(self) -> float | None:
        return self._change(self.others_before, self.others_after)


def _scores(first: date, last: date, customer_ids: list[int]) -> tuple[tuple[int, int], tuple[int, int]]:
    """(count, total) of callback scores completed in [first, last]: of ``customer_ids``, and of
    every other customer."""
    inside = Callback.customer.in_(customer_ids) if customer_ids else (Callback.id < 0)
    row = (CallbackScore.select(fn.SUM(Case(None, [(inside, 1)], 0)), fn.SUM(Case(None, [(inside, CallbackScore.score)], 0)),
                                fn.SUM(Case(None, [(inside, 0)], 1)), fn.SUM(Case(None, [(inside, 0)], CallbackScore.score)))
           .join(Callback).where((Callback.state == DONE) & Callback.completed_on.between(first, last)).tuples().first())
    a, b, c, d = (int(value or 0) for value in (row or (0, 0, 0, 0)))
    return (a, b), (c, d)


def _avg(pair: tuple[int, int]) -> float | None:
    return pair[1] / pair[0] if pair[0] else None


def check_period(first: date, last: date) -> None:
    """A report's period runs forwards: a reversed one would print an empty report as if no
    event had been held."""
    if first > last:
        raise Refusal(EVENTS_PERIOD_REVERSED, field="date_from", first=first, last=last)


def effect(first: date, last: date, today: date) -> list[Effect]:
    """Every event held between ``first`` and ``last`` with its attendance, feedback, cost and
    the callback scores of attendees and of everybody else before and after it (the after window
    ends at ``today`` at the latest)."""
    check_period(first, last)
    events = [e for e in events_between(first, last).order_by(CustomerEvent.held_on, CustomerEvent.id)
              if e.state != CANCELLED]
    counts = figures(e.id for e in events)
    result = []
    for event in events:
        attendees = [cid for (cid,) in EventInvitee.select(EventInvitee.customer)
                     .where((EventInvitee.event == event.id) & (EventInvitee.attended == True)).tuples()]  # noqa: E712
        before_in, before_out = _scores(event.held_on - timedelta(days=EFFECT_DAYS), event.held_on - timedelta(days=1),
                                        attendees)
        after_last = min(today, event.held_on + timedelta(days=EFFECT_DAYS))
        if after_last > event.held_on:
            after_in, after_out = _scores(event.held_on + timedelta(days=1), after_last, attendees)
        else:
            after_in, after_out = (0, 0), (0, 0)
        f = counts[event.id]
        result.append(Effect(event.id, event.title, event.kind, event.held_on, f.attended, f.average_feedback,
                             event.cost_fen, cost_per_attendee(event, f.attended), _avg(before_in), _avg(after_in),
                             _avg(before_out), _avg(after_out)))
    return result


def month_summary(start: date, end: date) -> dict:
    """The events section of the work-month report (archive/work_month.py), for events held
    between ``start`` and ``end``, cancelled ones left out. Keys (plain ints and strings):

    - ``held``: events held (or planned) in the period; ``planned``: of them not yet held
    - ``invited``: invitations sent for them; ``signed_up``; ``attended``
    - ``feedback_count``: attendees who gave a score; ``average_feedback``: their average as
      text with two decimals ("8.50"), "" when none
    - ``cost_fen``: actual costs recorded; ``cost_per_attendee_fen``: cost_fen / attended of the
      events with a cost (0 when none)
    """
    events = [e for e in events_between(start, end) if e.state != CANCELLED]
    counts = figures(e.id for e in events)
    total = lambda attribute: sum(getattr(counts[e.id], attribute) for e in events)  # noqa: E731
    costed = [e for e in events if e.cost_fen is not None]
    costed_attended = sum(counts[e.id].attended for e in costed)
    cost = sum(e.cost_fen for e in costed)
    feedback_count, feedback_total = total("feedback_count"), total("feedback_total")
    return {
        "held": sum(1 for e in events if e.state == HELD),
        "planned": sum(1 for e in events if e.state == PLANNED),
        "invited": total("invited"),
        "signed_up": total("signed_up"),
        "attended": total("attended"),
        "feedback_count": feedback_count,
        "average_feedback": f"{feedback_total / feedback_count:.2f}" if feedback_count else "",
        "cost_fen": cost,
        "cost_per_attendee_fen": cost // costed_attended if costed_attended else 0,
    }


# -- demo data ------------------------------------------------------------------------------------

DEMO_EVENTS = (
    (LECTURE, "冬季用车与保养知识讲座", "分公司客户休息室"),
    (PARTY, "车主迎新联谊会", "郑州市金水区喜来登酒店宴会厅"),
    (DRIVE, "嵩山少林自驾游", "登封嵩山少林景区"),
    (LECTURE, "安全驾驶与应急处置讲座", "分公司培训教室"),
    (PARTY, "中秋车主联谊茶话会", "分公司展厅"),
    (DRIVE, "黄河湿地自驾游", "郑州黄河风景名胜区"),
    (LECTURE, "新能源车使用与充电讲座", "分公司客户休息室"),
)


def build_demo(actor: Actor, rng: random.Random, start: date, end: date) -> dict[str, int]:
    """About one event every two months over the demo's last year: invitations by phone, SMS or
    letter, sign-ups up to the seats, most who signed up came and scored the event; the held
    events have their cost. The last one is still being planned (next month), its invitations
    going out."""
    customers = [cid for (cid,) in Customer.select(Customer.id)
                 .where(Customer.id.not_in(ContactBlock.select(ContactBlock.customer))).order_by(Customer.id).tuples()]
    if len(customers) < 20:
        return {"events": 0, "event_invitees": 0}
    first = max(start, end - timedelta(days=365))
    days = []
    day = first + timedelta(days=30)
    while day < end - timedelta(days=5):
        days.append(day)
        day += timedelta(days=rng.randrange(50, 70))
    days.append(end + timedelta(days=21))
    made, listed = 0, 0
    with database.atomic():
        for index, held_on in enumerate(days):
            kind, title, place = DEMO_EVENTS[index % len(DEMO_EVENTS)]
            capacity = {LECTURE: 40, PARTY: 60, DRIVE: 24}[kind]
            budget = {LECTURE: 2_000_00, PARTY: 12_000_00, DRIVE: 9_600_00}[kind]
            planned_on = held_on - timedelta(days=30)
            upcoming = held_on > end
            event = CustomerEvent.create(kind=kind, title=title, held_on=held_on, place=place, capacity=capacity,
                                         budget_fen=budget, created_by=actor.user,
                                         created_at=datetime.combine(min(planned_on, end), time(9, 30)),
                                         state=PLANNED if upcoming else HELD)
            chosen = rng.sample(customers, min(len(customers), capacity * 2))
            rows, seats = [], 0
            invite_day = min(planned_on + timedelta(days=3), end)
            for position, cid in enumerate(chosen):
                invited = not upcoming or position < capacity
                via = rng.choice(("phone", "phone", "sms", "letter")) if invited else None
                at = datetime.combine(invite_day + timedelta(days=position % 5), time(9 + position % 8, 10)) \
                    if invited else None
                if at is not None and at.date() > end:
                    at = datetime.combine(end, time(9, 0))
                signed = invited and seats < capacity and rng.random() < (0.25 if upcoming else 0.6)
                seats += signed
                came = signed and not upcoming and rng.random() < 0.85
                score = max(1, min(10, round(rng.gauss(8.8, 0.9)))) if came and rng.random() < 0.9 else None
                rows.append(dict(event=event.id, customer=cid, added_at=event.created_at, invited_via=via, invited_at=at,
                                 invited_by=actor.user.id if invited else None,
                                 signed_up_on=min(held_on - timedelta(days=2), end) if signed else None,
                                 attended=came, feedback_score=score,
                                 feedback_note=rng.choice(("", "", "讲得很实用", "希望多办", "时间安排紧了一点"))
                                 if score else ""))
            for chunk in range(0, len(rows), 200):
                EventInvitee.insert_many(rows[chunk:chunk + 200]).execute()
            if not upcoming:
                attended = sum(1 for row in rows if row["attended"])
                event.cost_fen = int(budget * rng.uniform(0.8, 1.05)) if attended else 0
                event.save()
            made += 1
            listed += len(rows)
        audit.record(actor, "events.demo_populate", "customer_event", None, {"events": made, "invitees": listed})
    return {"events": made, "event_invitees": listed}
