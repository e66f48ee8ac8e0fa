"""Complaints (客户投诉处理表): from receipt to closing.

Data model: one ``Complaint`` row per complaint, numbered TSyyyymmNNN (unique index). It moves
through STATES in order, each step one use case that stamps its date and who did it:
received (the clerk keys it in) -> confirmed (the customer-service manager confirms it,
permission "complaints.confirm") -> assigned (handed to a department) -> resolved (the
department's result) -> fed_back (the result told to the customer, and whether they accepted
it) -> closed. A customer who does not accept the result sends it back to "assigned" (the
department works on it again). ``due_on`` (RESOLVE_DAYS after receipt) makes a complaint overdue
while it is not closed; the monthly analysis counts them by category, department and state.

``ComplaintStep``: the six steps of the complaint call (seed 004: 开场白, 提出问题, 聆听回应,
提议选择, 达成一致, 最后确定), one row per step ticked, with its note, time and who; ticked in
order (a guided checklist), until the complaint is closed. They print on the complaint's form.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

from peewee import BooleanField, CharField, DateField, DateTimeField, ForeignKeyField, IntegrityError, TextField, fn

from archive import departments
from archive.models import Customer, Vehicle
from archive.texts import (
    COMPLAINTS_COMPLAINANT_REQUIRED, COMPLAINTS_FEEDBACK_REQUIRED, COMPLAINTS_FORM_FORMAT,
    COMPLAINTS_FUTURE_DATE, COMPLAINTS_NOT_FOUND, COMPLAINTS_NUMBER_BUSY, COMPLAINTS_RESOLUTION_REQUIRED,
    COMPLAINTS_STEPS_CLOSED, COMPLAINTS_STEP_DONE, COMPLAINTS_STEP_NOTE_REQUIRED,
    COMPLAINTS_STEP_NOTE_TOO_LONG, COMPLAINTS_STEP_OUT_OF_ORDER, COMPLAINTS_SUMMARY_REQUIRED,
    COMPLAINTS_UNKNOWN_CATEGORY, COMPLAINTS_UNKNOWN_CHANNEL, COMPLAINTS_UNKNOWN_DEPARTMENT,
    COMPLAINTS_UNKNOWN_STEP, COMPLAINTS_VEHICLE_NOT_FOUND, COMPLAINTS_WRONG_STATE,
)
from common import audit
from common.actor import Actor
from common.auth import require
from common.dates import add_months
from common.db import BaseModel, database
from common.errors import Refusal
from common.i18n import QT_TRANSLATE_NOOP
from common.models import User

RECEIVED, CONFIRMED, ASSIGNED, RESOLVED, FED_BACK, CLOSED = (
    "received", "confirmed", "assigned", "resolved", "fed_back", "closed")
STATES = (RECEIVED, CONFIRMED, ASSIGNED, RESOLVED, FED_BACK, CLOSED)
STATE_LABELS = {
    RECEIVED: QT_TRANSLATE_NOOP("ServiceLabels", "已受理"),
    CONFIRMED: QT_TRANSLATE_NOOP("ServiceLabels", "经理已确认"),
    ASSIGNED: QT_TRANSLATE_NOOP("ServiceLabels", "已交部门处理"),
    RESOLVED: QT_TRANSLATE_NOOP("ServiceLabels", "已处理"),
    FED_BACK: QT_TRANSLATE_NOOP("ServiceLabels", "已反馈客户"),
    CLOSED: QT_TRANSLATE_NOOP("ServiceLabels", "已结案"),
}
CATEGORIES = {
    "attitude": QT_TRANSLATE_NOOP("ServiceLabels", "服务态度"),
    "repair_quality": QT_TRANSLATE_NOOP("ServiceLabels", "维修质量"),
    "parts": QT_TRANSLATE_NOOP("ServiceLabels", "配件供应"),
    "price": QT_TRANSLATE_NOOP("ServiceLabels", "收费问题"),
    "sales_promise": QT_TRANSLATE_NOOP("ServiceLabels", "销售承诺"),
    "waiting": QT_TRANSLATE_NOOP("ServiceLabels", "等待时间"),
    "vehicle_quality": QT_TRANSLATE_NOOP("ServiceLabels", "车辆质量"),
    "other": QT_TRANSLATE_NOOP("ServiceLabels", "其他"),
}
CHANNELS = {
    "phone": QT_TRANSLATE_NOOP("ServiceLabels", "电话"),
    "visit": QT_TRANSLATE_NOOP("ServiceLabels", "到店"),
    "callback": QT_TRANSLATE_NOOP("ServiceLabels", "回访中反映"),
    "hq": QT_TRANSLATE_NOOP("ServiceLabels", "厂家转来"),
    "online": QT_TRANSLATE_NOOP("ServiceLabels", "网络"),
}
RESOLVE_DAYS = 7  # a complaint should be closed within a week of receipt


class Complaint(BaseModel):
    number = CharField(max_length=20, unique=True)
    received_on = DateField()
    received_by = ForeignKeyField(User, on_delete="RESTRICT")
    customer = ForeignKeyField(Customer, null=True, on_delete="RESTRICT")
    vehicle = ForeignKeyField(Vehicle, null=True, on_delete="RESTRICT")
    complainant = CharField(max_length=100)
    phone = CharField(max_length=20, default="")
    channel = CharField(max_length=12, default="phone")
    category = CharField(max_length=16)
    summary = TextField()
    state = CharField(max_length=12, default=RECEIVED)
    due_on = DateField()
    confirmed_on = DateField(null=True)
    confirmed_by = ForeignKeyField(User, null=True, on_delete="RESTRICT")
    department = CharField(max_length=16, default="")
    assigned_on = DateField(null=True)
    resolution = TextField(default="")
    resolved_on = DateField(null=True)
    feedback = TextField(default="")
    customer_satisfied = BooleanField(null=True)
    fed_back_on = DateField(null=True)
    closed_on = DateField(null=True)
    closed_by = ForeignKeyField(User, null=True, on_delete="RESTRICT")

    class Meta:
        table_name = "complaint"

    def is_overdue(self, as_of: date) -> bool:
        return self.state != CLOSED and self.due_on < as_of


# The complaint call's steps in order, with what each is for (our words after seed 004).
STEPS = {
    "opening": QT_TRANSLATE_NOOP("ServiceLabels", "开场白"),
    "question": QT_TRANSLATE_NOOP("ServiceLabels", "提出问题"),
    "listen": QT_TRANSLATE_NOOP("ServiceLabels", "聆听回应"),
    "propose": QT_TRANSLATE_NOOP("ServiceLabels", "提议选择"),
    "agree": QT_TRANSLATE_NOOP("ServiceLabels", "达成一致"),
    "confirm": QT_TRANSLATE_NOOP("ServiceLabels", "最后确定"),
}
STEP_HINTS = {
    "opening": QT_TRANSLATE_NOOP("ServiceLabels", "消除客户疑虑：报上姓名和部门，说明来电目的；不争辩、不说攻击性的话。"),
    "question": QT_TRANSLATE_NOOP("ServiceLabels", "提出问题弄清客户的真实感受和问题的根源，记下客户原话。"),
    "listen": QT_TRANSLATE_NOOP("ServiceLabels", "先让客户把不满说完，复述要点，表明理解客户的失望。"),
    "propose": QT_TRANSLATE_NOOP("ServiceLabels", "问客户希望怎么处理；权限内的可以答应，超出的如实说明并提出几个可选方案。"),
    "agree": QT_TRANSLATE_NOOP("ServiceLabels", "双方都能接受的处理办法：写明内容、由谁做、何时完成。"),
    "confirm": QT_TRANSLATE_NOOP("ServiceLabels", "向客户复述商定的细节，确认无误，留下联系方式。"),
}
# What must be written down at a step (the others may be ticked with a blank note).
STEPS_NEEDING_NOTE = ("question", "agree")
STEP_NOTE_MAX = 2000


class ComplaintStep(BaseModel):
    complaint = ForeignKeyField(Complaint, on_delete="RESTRICT", backref="+")
    step = CharField(max_length=16)
    note = TextField(default="")
    at = DateTimeField()
    user = ForeignKeyField(User, on_delete="RESTRICT", backref="+")

    class Meta:
        table_name = "complaint_step"


def steps(complaint_id: int) -> dict[str, ComplaintStep]:
    """The steps ticked on a complaint, by step code, in STEPS' order."""
    rows = {s.step: s for s in ComplaintStep.select(ComplaintStep, User).join(User)
            .where(ComplaintStep.complaint == complaint_id)}
    return {code: rows[code] for code in STEPS if code in rows}


def record_step(actor: Actor, complaint_id: int, step: str, note: str = "") -> ComplaintStep:
    """Tick one step of the complaint call, after the steps before it."""
    require(actor, "callbacks.edit")
    note = (note or "").strip()
    if step not in STEPS:
        raise Refusal(COMPLAINTS_UNKNOWN_STEP, step=step)
    with database.atomic():
        complaint = Complaint.get_or_none(Complaint.id == complaint_id)
        if complaint is None:
            raise Refusal(COMPLAINTS_NOT_FOUND, complaint=complaint_id)
        if complaint.state == CLOSED:
            raise Refusal(COMPLAINTS_STEPS_CLOSED, number=complaint.number)
        done = steps(complaint.id)
        if step in done:
            raise Refusal(COMPLAINTS_STEP_DONE, number=complaint.number, step=STEPS[step],
                          at=done[step].at.strftime("%Y-%m-%d %H:%M"), user=done[step].user.display_name)
        order = list(STEPS)
        missing = [code for code in order[:order.index(step)] if code not in done]
        if missing:
            raise Refusal(COMPLAINTS_STEP_OUT_OF_ORDER, number=complaint.number, step=STEPS[step],
                          missing=STEPS[missing[0]])
        if step in STEPS_NEEDING_NOTE and not note:
            raise Refusal(COMPLAINTS_STEP_NOTE_REQUIRED, step=STEPS[step])
        if len(note) > STEP_NOTE_MAX:
            raise Refusal(COMPLAINTS_STEP_NOTE_TOO_LONG, step=STEPS[step], length=len(note), limit=STEP_NOTE_MAX)
        try:
            with database.atomic():
                row = ComplaintStep.create(complaint=complaint, step=step, note=note, at=actor.now, user=actor.user)
        except IntegrityError:  # ticked at the same moment on another PC
            raise Refusal(COMPLAINTS_STEP_DONE, number=complaint.number, step=STEPS[step], at="", user="") from None
        audit.record(actor, "complaints.step", "complaint", complaint.id, {"number": complaint.number, "step": step})
    return row


def history(complaint_id: int) -> list[tuple[datetime | date, str, str, str]]:
    """The complaint's history, oldest first: (when, what, who, note) for each stamp of the form
    and each step of the call. "What" is a Chinese label (STATE_LABELS, STEPS)."""
    complaint = Complaint.get_by_id(complaint_id)
    names = {u.id: u.display_name for u in User.select(User.id, User.display_name)}
    rows: list[tuple] = [(complaint.received_on, STATE_LABELS[RECEIVED], names.get(complaint.received_by_id, ""),
                          complaint.summary)]
    if complaint.confirmed_on:
        rows.append((complaint.confirmed_on, STATE_LABELS[CONFIRMED], names.get(complaint.confirmed_by_id, ""), ""))
    if complaint.assigned_on:
        rows.append((complaint.assigned_on, STATE_LABELS[ASSIGNED], "",
                     departments.names().get(complaint.department, complaint.department)))
    if complaint.resolved_on:
        rows.append((complaint.resolved_on, STATE_LABELS[RESOLVED], "", complaint.resolution))
    if complaint.fed_back_on:
        rows.append((complaint.fed_back_on, STATE_LABELS[FED_BACK], "", complaint.feedback))
    if complaint.closed_on:
        rows.append((complaint.closed_on, STATE_LABELS[CLOSED], names.get(complaint.closed_by_id, ""), ""))
    for code, step in steps(complaint.id).items():
        rows.append((step.at, STEPS[code], step.user.display_name, step.note))

    def key(row):
        when = row[0]
        return when if isinstance(when, datetime) else datetime.combine(when, datetime.min.time())

    return sorted(rows, key=key)


def write_form(path, complaint_id: int, *, printed_at: datetime, printed_by: str, actor: Actor, branch=None) -> Path:
    """客户投诉处理表 of one complaint as a PDF: the form's fields, the call's six steps (ticked or
    not, note, time, who) and the history. Names the complainant: personal.export, audited."""
    from common.personal_data import export_personal

    path = Path(path)
    if path.suffix.lower() != ".pdf":
        raise Refusal(COMPLAINTS_FORM_FORMAT, path=str(path))
    complaint = Complaint.get_or_none(Complaint.id == complaint_id)
    if complaint is None:
        raise Refusal(COMPLAINTS_NOT_FOUND, complaint=complaint_id)
    done = steps(complaint.id)
    past = history(complaint.id)

    def write() -> Path:
        from reportlab.lib.units import mm

        from common.branch import identity
        from common.pdf import build_pdf, para, table

        plate = complaint.vehicle.plate if complaint.vehicle_id else ""
        fields = [["编号", complaint.number, "受理日期", complaint.received_on],
                  ["投诉人", complaint.complainant, "电话", complaint.phone],
                  ["车牌号", plate or "", "投诉方式", CHANNELS.get(complaint.channel, complaint.channel)],
                  ["类别", CATEGORIES.get(complaint.category, complaint.category), "状态", STATE_LABELS[complaint.state]],
                  ["处理部门", departments.names().get(complaint.department, complaint.department), "处理期限",
                   complaint.due_on]]
        step_rows = [["步骤", "完成", "记录", "时间", "经办人"]]
        for code, name in STEPS.items():
            step = done.get(code)
            step_rows.append([name, "✓" if step else "", step.note if step else "",
                              step.at.strftime("%Y-%m-%d %H:%M") if step else "", step.user.display_name if step else ""])
        history_rows = [["日期", "事项", "经办人", "内容"]] + [
            [when.strftime("%Y-%m-%d %H:%M") if isinstance(when, datetime) else when, what, who, note]
            for when, what, who, note in past]
        story = [table(fields, col_widths=[24 * mm, 60 * mm, 24 * mm, "*"], header_rows=0),
                 para("投诉内容", "heading"), para(complaint.summary),
                 para("处理结果", "heading"), para(complaint.resolution or "—"),
                 para("客户反馈", "heading"), para(complaint.feedback or "—"),
                 para("投诉电话处理步骤", "heading"),
                 table(step_rows, col_widths=[22 * mm, 12 * mm, "*", 30 * mm, 20 * mm]),
                 para("处理经过", "heading"),
                 table(history_rows, col_widths=[30 * mm, 24 * mm, 20 * mm, "*"])]
        build_pdf(path, f"客户投诉处理表 {complaint.number}", branch or identity(), printed_at, story,
                  signatures=[("客服专员", printed_by, printed_at.date()), ("客服经理", None, None)])
        return path

    return export_personal(actor, "complaint_form", path, write, records=1, detail={"number": complaint.number},
                           entity="complaint", entity_id=complaint.id)


def open_complaints():
    return Complaint.select().where(Complaint.state != CLOSED).order_by(Complaint.due_on, Complaint.id)


def overdue(as_of: date):
    return open_complaints().where(Complaint.due_on < as_of)


def count_open() -> int:
    return Complaint.select().where(Complaint.state != CLOSED).count()


def count_overdue(as_of: date) -> int:
    return Complaint.select().where((Complaint.state != CLOSED) & (Complaint.due_on < as_of)).count()


def count_to_confirm() -> int:
    return Complaint.select().where(Complaint.state == RECEIVED).count()


def _next_number(day: date) -> str:
    prefix = f"TS{day:%Y%m}"
    last = (Complaint.select(fn.MAX(Complaint.number)).where(Complaint.number.startswith(prefix)).scalar())
    return f"{prefix}{(int(last[len(prefix):]) if last else 0) + 1:03d}"


def receive(actor: Actor, *, complainant: str, summary: str, category: str, channel: str = "phone",
            received_on: date | None = None, customer_id: int | None = None, vehicle_id: int | None = None,
            phone: str = "") -> Complaint:
    """Key in a new complaint (the form's upper half). Returns it with its number."""
    require(actor, "callbacks.edit")
    complainant, summary = (complainant or "").strip(), (summary or "").strip()
    received_on = received_on or actor.today
    if not complainant:
        raise Refusal(COMPLAINTS_COMPLAINANT_REQUIRED)
    if not summary:
        raise Refusal(COMPLAINTS_SUMMARY_REQUIRED, complainant=complainant)
    if category not in CATEGORIES:
        raise Refusal(COMPLAINTS_UNKNOWN_CATEGORY, category=category)
    if channel not in CHANNELS:
        raise Refusal(COMPLAINTS_UNKNOWN_CHANNEL, channel=channel)
    if received_on > actor.today:
        raise Refusal(COMPLAINTS_FUTURE_DATE, received_on=received_on, today=actor.today)
    with database.atomic():
        if vehicle_id is not None:
            vehicle = Vehicle.get_or_none(Vehicle.id == vehicle_id)
            if vehicle is None:
                raise Refusal(COMPLAINTS_VEHICLE_NOT_FOUND, vehicle=vehicle_id)
            customer_id = customer_id or vehicle.customer_id
        for _ in range(5):
            number = _next_number(received_on)
            try:
                # Two PCs keying complaints at once may pick the same number; the unique index
                # decides and the loser takes the next one.
                with database.atomic():
                    complaint = Complaint.create(
                        number=number, received_on=received_on, received_by=actor.user, customer=customer_id,
                        vehicle=vehicle_id, complainant=complainant, phone=(phone or "").strip(), channel=channel,
                        category=category, summary=summary, due_on=received_on + timedelta(days=RESOLVE_DAYS))
                break
            except IntegrityError:
                continue
        else:
            raise Refusal(COMPLAINTS_NUMBER_BUSY, day=received_on)
        audit.record(actor, "complaints.receive", "complaint", complaint.id, {"number": number, "category": category})
    return complaint


def _step(actor: Actor, complaint_id: int, expected: tuple[str, ...], action: str) -> Complaint:
    complaint = Complaint.get_or_none(Complaint.id == complaint_id)
    if complaint is None:
        raise Refusal(COMPLAINTS_NOT_FOUND, complaint=complaint_id)
    if complaint.state not in expected:
        raise Refusal(COMPLAINTS_WRONG_STATE, number=complaint.number, state=STATE_LABELS[complaint.state],
                      action=action)
    return complaint


def confirm(actor: Actor, complaint_id: int) -> Complaint:
    require(actor, "complaints.confirm")
    with database.atomic():
        complaint = _step(actor, complaint_id, (RECEIVED,), QT_TRANSLATE_NOOP("ServiceLabels", "确认"))
        complaint.state, complaint.confirmed_on, complaint.confirmed_by = CONFIRMED, actor.today, actor.user
        complaint.save()
        audit.record(actor, "complaints.confirm", "complaint", complaint.id)
    return complaint


def assign(actor: Actor, complaint_id: int, department: str) -> Complaint:
    """To one of the departments the manager keeps (archive/departments.py, active ones only)."""
    require(actor, "callbacks.edit")
    with database.atomic():
        departments.taking_work(department, COMPLAINTS_UNKNOWN_DEPARTMENT)
        complaint = _step(actor, complaint_id, (CONFIRMED,), QT_TRANSLATE_NOOP("ServiceLabels", "交部门处理"))
        complaint.state, complaint.department, complaint.assigned_on = ASSIGNED, department, actor.today
        complaint.save()
        audit.record(actor, "complaints.assign", "complaint", complaint.id, {"department": department})
    return complaint


def resolve(actor: Actor, complaint_id: int, resolution: str) -> Complaint:
    require(actor, "callbacks.edit")
    resolution = (resolution or "").strip()
    with database.atomic():
        complaint = _step(actor, complaint_id, (ASSIGNED,), QT_TRANSLATE_NOOP("ServiceLabels", "登记处理结果"))
        if not resolution:
            raise Refusal(COMPLAINTS_RESOLUTION_REQUIRED, number=complaint.number)
        complaint.state, complaint.resolution, complaint.resolved_on = RESOLVED, resolution, actor.today
        complaint.save()
        audit.record(actor, "complaints.resolve", "complaint", complaint.id)
    return complaint


def feed_back(actor: Actor, complaint_id: int, feedback: str, satisfied: bool) -> Complaint:
    """The result was told to the customer. Not accepted: back to the department (assigned)."""
    require(actor, "callbacks.edit")
    feedback = (feedback or "").strip()
    with database.atomic():
        complaint = _step(actor, complaint_id, (RESOLVED,), QT_TRANSLATE_NOOP("ServiceLabels", "反馈客户"))
        if not feedback:
            raise Refusal(COMPLAINTS_FEEDBACK_REQUIRED, number=complaint.number)
        complaint.feedback = f"{complaint.feedback}\n{feedback}".strip()
        complaint.customer_satisfied = bool(satisfied)
        complaint.fed_back_on = actor.today
        complaint.state = FED_BACK if satisfied else ASSIGNED
        complaint.save()
        audit.record(actor, "complaints.feed_back", "complaint", complaint.id, {"satisfied": bool(satisfied)})
    return complaint


def close(actor: Actor, complaint_id: int) -> Complaint:
    require(actor, "callbacks.edit")
    with database.atomic():
        complaint = _step(actor, complaint_id, (FED_BACK,), QT_TRANSLATE_NOOP("ServiceLabels", "结案"))
        complaint.state, complaint.closed_on, complaint.closed_by = CLOSED, actor.today, actor.user
        complaint.save()
        audit.record(actor, "complaints.close", "complaint", complaint.id)
    return complaint


@dataclass
class MonthlyAnalysis:
    month: date
    received: int
    closed: int
    closed_late: int
    open_overdue: int  # at the end of the month
    average_days_to_close: float | None
    satisfied: int
    not_satisfied: int
    by_category: dict[str, int]
    by_department: dict[str, int]  # by department name
    by_state: dict[str, int]  # of the complaints received in the month, as they stand now


def monthly_analysis(month: date) -> MonthlyAnalysis:
    first = month.replace(day=1)
    last = add_months(first, 1) - timedelta(days=1)
    received = Complaint.select().where(Complaint.received_on.between(first, last))
    closed = list(Complaint.select(Complaint.received_on, Complaint.closed_on, Complaint.due_on)
                  .where(Complaint.closed_on.between(first, last)).tuples())

    def grouped(column) -> dict[str, int]:
        return dict(received.select(column, fn.COUNT(Complaint.id)).group_by(column).tuples())

    days = [(closed_on - got).days for got, closed_on, _ in closed]
    return MonthlyAnalysis(
        month=first,
        received=received.count(),
        closed=len(closed),
        closed_late=sum(1 for _, closed_on, due in closed if closed_on > due),
        open_overdue=Complaint.select().where((Complaint.due_on < last) & (Complaint.received_on <= last)
                                              & (Complaint.closed_on.is_null() | (Complaint.closed_on > last))).count(),
        average_days_to_close=round(sum(days) / len(days), 1) if days else None,
        satisfied=received.where(Complaint.customer_satisfied == True).count(),  # noqa: E712
        not_satisfied=received.where(Complaint.customer_satisfied == False).count(),  # noqa: E712
        by_category=grouped(Complaint.category),
        by_department=_by_name(grouped(Complaint.department)),
        by_state=grouped(Complaint.state),
    )


def _by_name(by_code: dict[str, int]) -> dict[str, int]:
    names = departments.names()
    counted: dict[str, int] = {}
    for code, n in by_code.items():
        if code:
            counted[names.get(code, code)] = counted.get(names.get(code, code), 0) + n
    return counted
