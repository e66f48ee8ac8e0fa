"""Rectification (整改跟踪, seed 002: "将需改善部分进行整改、跟踪"): improvement items for the
departments, opened from what the callbacks and complaints found.

Data model (migration 0026):
- ``Department`` (archive/departments.py, shared with the complaints): the departments items go
  to (销售部, 售后服务部...), maintained by the manager; retired ones keep their items but take no
  new ones.
- ``Rectification``: one improvement item, numbered RZyyyymmNNN. ``source`` is ``callback`` (one
  low score: ``callback`` + ``item``, at most one item per scored item, by a partial unique index)
  or ``complaint`` (a closed complaint, at most one item each). It has a department, an owner
  (the person there who answers for it), a due date and the problem; it moves
  open -> acted (the action the department took, recorded by the clerk) -> verified, either by
  the next reached callback of the same vehicle and kind scoring that item above the threshold
  (``verification = 'callback'``), or by the manager's check (``'manager'``, with a note).
  Overdue: not verified and past its due date.
- The threshold: a score at or below it (on the 10-point scale; other scales are scaled) is low.
  The manager sets it (Setting ``rectify.low_score``, by default callbacks.LOW_SCORE).

``month_summary(start, end)`` gives the work-month report its section (plain ints and strings).
"""
from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

from peewee import JOIN, CharField, DateField, ForeignKeyField, IntegerField, IntegrityError, TextField, fn

from archive import callbacks
from archive.callbacks import Callback, CallbackScore
from archive.complaints import CATEGORIES, CLOSED as COMPLAINT_CLOSED, Complaint
from archive.departments import Department, departments, save_department, taking_work  # noqa: F401 (re-exported)
from archive.models import Customer, Vehicle
from archive.scripts import SurveySet, form as survey_form, item_labels
from archive.texts import (
    CALLBACKS_NOT_FOUND, COMPLAINTS_NOT_FOUND, RECTIFY_ACTION_REQUIRED, RECTIFY_ALREADY_OPEN,
    RECTIFY_ALREADY_VERIFIED, RECTIFY_COMPLAINT_NOT_CLOSED, RECTIFY_DUE_IN_PAST, RECTIFY_LIST_FORMAT,
    RECTIFY_MANAGER_VERIFIES_COMPLAINTS, RECTIFY_NOTE_REQUIRED, RECTIFY_NOT_ACTED, RECTIFY_NOT_FOUND,
    RECTIFY_NO_LATER_CALLBACK, RECTIFY_NO_SUCH_SCORE, RECTIFY_NUMBER_BUSY, RECTIFY_OWNER_REQUIRED,
    RECTIFY_OWNER_TOO_LONG, RECTIFY_PROBLEM_REQUIRED, RECTIFY_SCORE_NOT_LOW, RECTIFY_STILL_LOW,
    RECTIFY_THRESHOLD_RANGE, RECTIFY_UNKNOWN_DEPARTMENT, RECTIFY_UNKNOWN_VERIFICATION,
)
from common import audit
from common.actor import Actor
from common.auth import require
from common.db import BaseModel, database
from common.errors import Refusal
from common.i18n import QT_TRANSLATE_NOOP
from common.models import Setting, User

CALLBACK, COMPLAINT = "callback", "complaint"
OPEN, ACTED, VERIFIED = "open", "acted", "verified"
STATES = (OPEN, ACTED, VERIFIED)
STATE_LABELS = {
    OPEN: QT_TRANSLATE_NOOP("ServiceLabels", "待整改"),
    ACTED: QT_TRANSLATE_NOOP("ServiceLabels", "已整改待验证"),
    VERIFIED: QT_TRANSLATE_NOOP("ServiceLabels", "已验证"),
}
SOURCE_LABELS = {
    CALLBACK: QT_TRANSLATE_NOOP("ServiceLabels", "回访低分"),
    COMPLAINT: QT_TRANSLATE_NOOP("ServiceLabels", "投诉结案"),
}
BY_CALLBACK, BY_MANAGER = "callback", "manager"
VERIFICATION_LABELS = {
    BY_CALLBACK: QT_TRANSLATE_NOOP("ServiceLabels", "下次回访"),
    BY_MANAGER: QT_TRANSLATE_NOOP("ServiceLabels", "经理检查"),
    "": "",
}
THRESHOLD_KEY = "rectify.low_score"
DEFAULT_DAYS = 14  # an item is due two weeks after it is opened unless the clerk says otherwise
CANDIDATE_DAYS = 90  # low scores and closed complaints this recent are offered for an item
OWNER_MAX = 50


class Rectification(BaseModel):
    number = CharField(max_length=20, unique=True)
    source = CharField(max_length=10)
    callback = ForeignKeyField(Callback, null=True, on_delete="RESTRICT", backref="+")
    item = CharField(max_length=32, default="")
    item_label = CharField(max_length=60, default="")
    score = IntegerField(null=True)
    complaint = ForeignKeyField(Complaint, null=True, on_delete="RESTRICT", backref="+")
    department = ForeignKeyField(Department, on_delete="RESTRICT", backref="+")
    problem = TextField()
    owner = CharField(max_length=OWNER_MAX)
    due_on = DateField()
    opened_on = DateField()
    opened_by = ForeignKeyField(User, on_delete="RESTRICT", backref="+")
    state = CharField(max_length=10, default=OPEN)
    action = TextField(default="")
    acted_on = DateField(null=True)
    acted_by = ForeignKeyField(User, null=True, on_delete="RESTRICT", backref="+")
    verification = CharField(max_length=10, default="")
    verify_callback = ForeignKeyField(Callback, null=True, on_delete="RESTRICT", backref="+")
    verify_score = IntegerField(null=True)
    verify_note = TextField(default="")
    verified_on = DateField(null=True)
    verified_by = ForeignKeyField(User, null=True, on_delete="RESTRICT", backref="+")

    class Meta:
        table_name = "rectification"

    def is_overdue(self, as_of: date) -> bool:
        return self.state != VERIFIED and self.due_on < as_of


# -- departments and the threshold ----------------------------------------------------------------

def threshold() -> int:
    stored = Setting.get_or_none(Setting.key == THRESHOLD_KEY)
    return int(stored.value) if stored is not None else callbacks.LOW_SCORE


def set_threshold(actor: Actor, value: int) -> int:
    require(actor, "rectify.manage")
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 9:
        raise Refusal(RECTIFY_THRESHOLD_RANGE, value=value)
    with database.atomic():
        before = threshold()
        Setting.insert(key=THRESHOLD_KEY, value=str(value)).on_conflict(
            conflict_target=[Setting.key], update={Setting.value: str(value)}).execute()
        audit.record(actor, "rectify.threshold", "setting", THRESHOLD_KEY, {"before": before, "after": value})
    return value


def _is_low(score: int, scale_max: int, limit: int) -> bool:
    return score * 10 <= limit * scale_max


# -- what can open an item ------------------------------------------------------------------------

@dataclass(frozen=True)
class Candidate:
    source: str
    source_id: int  # callback or complaint id
    item: str
    item_label: str
    score: int | None
    scale_max: int | None
    day: date
    customer: str
    plate: str
    department: str  # suggested department code ("" if none)
    problem: str


# Which department answers for a callback kind's items: sales for the new-car calls, service for
# the repair calls and the follow-ups (the car's use and its servicing).
KIND_DEPARTMENT = {callbacks.SEVEN_DAY: "sales", callbacks.THREE_DAY: "service", callbacks.MONTHLY: "service",
                   callbacks.YEARLY: "service"}


def candidates(as_of: date, days: int = CANDIDATE_DAYS) -> list[Candidate]:
    """Low scores of callbacks reached in the last ``days`` and complaints closed then, that have no
    improvement item yet, newest first."""
    limit = threshold()
    first = as_of - timedelta(days=days)
    scale = fn.COALESCE(SurveySet.scale_max, 10)
    taken = Rectification.select(Rectification.id).where(
        (Rectification.callback == Callback.id) & (Rectification.item == CallbackScore.item))
    low = (CallbackScore.select(CallbackScore.callback, CallbackScore.item, CallbackScore.score, scale.alias("scale"),
                                Callback.kind, Callback.completed_on, Customer.name, Vehicle.plate, Callback.remarks,
                                Callback.survey_set)
           .join(Callback).join(Customer).switch(Callback).join(Vehicle).switch(Callback)
           .join(SurveySet, JOIN.LEFT_OUTER, on=(Callback.survey_set == SurveySet.id))
           .where((Callback.state == callbacks.DONE) & Callback.completed_on.between(first, as_of)
                  & (CallbackScore.score * 10 <= limit * scale) & ~fn.EXISTS(taken))
           .order_by(Callback.completed_on.desc(), CallbackScore.callback, CallbackScore.id).tuples())
    labels: dict[str, dict[str, str]] = {}
    found = []
    for callback_id, item, score, scale_max, kind, day, name, plate, remarks, set_id in low:
        names = labels.setdefault(kind, _labels_of(kind))
        label = names.get(item, item)
        # The clerk's last remark on the call says what the customer was unhappy about.
        said = (remarks or "").strip().splitlines()
        found.append(Candidate(CALLBACK, callback_id, item, label, score, int(scale_max), day, name, plate or "",
                               KIND_DEPARTMENT[kind], said[-1] if said else ""))
    complaints = (Complaint.select(Complaint.id, Complaint.closed_on, Complaint.complainant, Vehicle.plate,
                                   Complaint.department, Complaint.summary, Complaint.category)
                  .join(Vehicle, JOIN.LEFT_OUTER, on=(Complaint.vehicle == Vehicle.id))
                  .where((Complaint.state == COMPLAINT_CLOSED) & Complaint.closed_on.between(first, as_of)
                         & Complaint.id.not_in(Rectification.select(Rectification.complaint)
                                               .where(Rectification.complaint.is_null(False))))
                  .order_by(Complaint.closed_on.desc(), Complaint.id).tuples())
    for complaint_id, day, name, plate, department, summary, category in complaints:
        found.append(Candidate(COMPLAINT, complaint_id, category, CATEGORIES.get(category, ""), None, None, day,
                               name, plate or "",
                               department or "", summary))
    found.sort(key=lambda c: c.day, reverse=True)
    return found


def low_scores(callback_id: int) -> list[str]:
    """The labels of a reached callback's scores at or below the threshold that have no item yet
    (the callback form says so right after the call)."""
    callback = Callback.get_or_none(Callback.id == callback_id)
    if callback is None or callback.state != callbacks.DONE:
        return []
    scale_max = _scale_of(callback)
    labels = _labels_of(callback.kind)
    taken = {item for (item,) in Rectification.select(Rectification.item)
             .where(Rectification.callback == callback.id).tuples()}
    limit = threshold()
    return [labels.get(row.item, row.item) for row in callback.scores()
            if _is_low(row.score, scale_max, limit) and row.item not in taken]


def _next_number(day: date) -> str:
    prefix = f"RZ{day:%Y%m}"
    last = Rectification.select(fn.MAX(Rectification.number)).where(Rectification.number.startswith(prefix)).scalar()
    return f"{prefix}{(int(last[len(prefix):]) if last else 0) + 1:03d}"


def _checked(actor: Actor, department: str, owner: str, due_on: date | None, problem: str):
    owner, problem = (owner or "").strip(), (problem or "").strip()
    dept = taking_work(department, RECTIFY_UNKNOWN_DEPARTMENT)
    if not owner:
        raise Refusal(RECTIFY_OWNER_REQUIRED, department=dept.name)
    if len(owner) > OWNER_MAX:
        raise Refusal(RECTIFY_OWNER_TOO_LONG, length=len(owner), limit=OWNER_MAX)
    if not problem:
        raise Refusal(RECTIFY_PROBLEM_REQUIRED)
    due_on = due_on or actor.today + timedelta(days=DEFAULT_DAYS)
    if due_on < actor.today:
        raise Refusal(RECTIFY_DUE_IN_PAST, due_on=due_on, today=actor.today)
    return dept, owner, due_on, problem


def _open(actor: Actor, fields: dict, detail: dict) -> Rectification:
    """Create the item (refused when its score or complaint has one already) and audit it."""
    if _already(fields):
        raise Refusal(RECTIFY_ALREADY_OPEN, number=_already(fields))
    row = _create(actor, **fields)
    audit.record(actor, "rectify.open", "rectification", row.id,
                 {"number": row.number, "source": fields["source"], "department": fields["department"].code,
                  **detail})
    return row


def _scale_of(callback) -> int:
    return survey_form(callback.survey_set_id).scale_max if callback.survey_set_id else 10


def _labels_of(kind: str) -> dict[str, str]:
    return {**callbacks.SCORE_ITEMS[kind], **item_labels(kind)}


def _create(actor: Actor, **fields) -> Rectification:
    for _ in range(5):
        number = _next_number(actor.today)
        try:
            # Two PCs may pick the same number (the unique index decides, the loser takes the
            # next) or open the same score or complaint (that index refuses the second).
            with database.atomic():
                return Rectification.create(number=number, opened_on=actor.today, opened_by=actor.user, **fields)
        except IntegrityError:
            if _already(fields):
                raise Refusal(RECTIFY_ALREADY_OPEN, number=_already(fields)) from None
            continue
    raise Refusal(RECTIFY_NUMBER_BUSY, day=actor.today)


def _already(fields: dict) -> str | None:
    if fields.get("callback") is not None:
        query = (Rectification.callback == fields["callback"]) & (Rectification.item == fields["item"])
    else:
        query = Rectification.complaint == fields["complaint"]
    return Rectification.select(Rectification.number).where(query).scalar()


def open_from_score(actor: Actor, callback_id: int, item: str, *, department: str, owner: str,
                    due_on: date | None = None, problem: str = "") -> Rectification:
    """An improvement item for one low score of a reached callback."""
    require(actor, "rectify.edit")
    with database.atomic():
        callback = Callback.get_or_none(Callback.id == callback_id)
        if callback is None:
            raise Refusal(CALLBACKS_NOT_FOUND, callback=callback_id)
        score = CallbackScore.get_or_none((CallbackScore.callback == callback) & (CallbackScore.item == item))
        if callback.state != callbacks.DONE or score is None:
            raise Refusal(RECTIFY_NO_SUCH_SCORE, customer=callback.customer.name, item=item)
        scale_max = _scale_of(callback)
        label = _labels_of(callback.kind).get(item, item)
        limit = threshold()
        if not _is_low(score.score, scale_max, limit):
            raise Refusal(RECTIFY_SCORE_NOT_LOW, item=label, score=score.score, scale=scale_max, limit=limit)
        problem = (problem or "").strip() or f"{label} {score.score}/{scale_max}"
        dept, owner, due_on, problem = _checked(actor, department, owner, due_on, problem)
        fields = dict(source=CALLBACK, callback=callback.id, item=item, item_label=label[:60], score=score.score,
                      department=dept, problem=problem, owner=owner, due_on=due_on)
        return _open(actor, fields, {"callback": callback.id, "item": item})


def open_from_complaint(actor: Actor, complaint_id: int, *, department: str, owner: str,
                        due_on: date | None = None, problem: str = "") -> Rectification:
    """An improvement item for a closed complaint (what must change so it does not happen again)."""
    require(actor, "rectify.edit")
    with database.atomic():
        complaint = Complaint.get_or_none(Complaint.id == complaint_id)
        if complaint is None:
            raise Refusal(COMPLAINTS_NOT_FOUND, complaint=complaint_id)
        if complaint.state != COMPLAINT_CLOSED:
            raise Refusal(RECTIFY_COMPLAINT_NOT_CLOSED, number=complaint.number)
        dept, owner, due_on, problem = _checked(actor, department, owner, due_on,
                                                (problem or "").strip() or complaint.summary)
        fields = dict(source=COMPLAINT, complaint=complaint.id, item=complaint.category,
                      item_label=CATEGORIES.get(complaint.category, ""), department=dept,
                      problem=problem, owner=owner, due_on=due_on)
        return _open(actor, fields, {"complaint": complaint.number})


def _get(item_id: int) -> Rectification:
    row = Rectification.get_or_none(Rectification.id == item_id)
    if row is None:
        raise Refusal(RECTIFY_NOT_FOUND, item=item_id)
    return row


def act(actor: Actor, item_id: int, action: str) -> Rectification:
    """The department's action, as the clerk heard it (again while not verified: it is added)."""
    require(actor, "rectify.edit")
    action = (action or "").strip()
    with database.atomic():
        row = _get(item_id)
        if row.state == VERIFIED:
            raise Refusal(RECTIFY_ALREADY_VERIFIED, number=row.number)
        if not action:
            raise Refusal(RECTIFY_ACTION_REQUIRED, number=row.number)
        row.action = f"{row.action}\n{actor.today:%Y-%m-%d} {action}".strip()
        row.state, row.acted_on, row.acted_by = ACTED, actor.today, actor.user
        row.save()
        audit.record(actor, "rectify.act", "rectification", row.id, {"number": row.number})
    return row


def next_callback(row: Rectification):
    """The first reached callback after the item was opened that scored its item again: the same
    vehicle and kind (a later repair's 3DC, the yearly call after the monthly one)."""
    if row.source != CALLBACK:
        return None
    source = row.callback
    kinds = (source.kind,) if source.kind in (callbacks.SEVEN_DAY, callbacks.THREE_DAY) else (
        callbacks.MONTHLY, callbacks.YEARLY)
    return (Callback.select(Callback, CallbackScore.score.alias("item_score"))
            .join(CallbackScore, on=((CallbackScore.callback == Callback.id) & (CallbackScore.item == row.item)))
            .where((Callback.vehicle == source.vehicle_id) & Callback.kind.in_(kinds) & (Callback.id != source.id)
                   & (Callback.state == callbacks.DONE) & (Callback.completed_on >= row.opened_on))
            .order_by(Callback.completed_on, Callback.id).objects().first())


def verify(actor: Actor, item_id: int, by: str, note: str = "") -> Rectification:
    """Close an acted item: ``by`` 'callback' (the next callback scored the item above the
    threshold) or 'manager' (the manager checked it; a note says what was seen)."""
    require(actor, "rectify.edit")
    note = (note or "").strip()
    with database.atomic():
        row = _get(item_id)
        if row.state == VERIFIED:
            raise Refusal(RECTIFY_ALREADY_VERIFIED, number=row.number)
        if row.state != ACTED:
            raise Refusal(RECTIFY_NOT_ACTED, number=row.number)
        if by == BY_MANAGER:
            require(actor, "rectify.manage")
            if not note:
                raise Refusal(RECTIFY_NOTE_REQUIRED, number=row.number)
            row.verification = BY_MANAGER
        elif by == BY_CALLBACK:
            if row.source == COMPLAINT:  # no callback scores a complaint's item again
                raise Refusal(RECTIFY_MANAGER_VERIFIES_COMPLAINTS, number=row.number)
            later = next_callback(row)
            if later is None:
                raise Refusal(RECTIFY_NO_LATER_CALLBACK, number=row.number, item=row.item_label or row.item)
            scale_max = _scale_of(later)
            if _is_low(later.item_score, scale_max, threshold()):
                raise Refusal(RECTIFY_STILL_LOW, number=row.number, item=row.item_label, score=later.item_score,
                              scale=scale_max, day=later.completed_on)
            row.verification, row.verify_callback, row.verify_score = BY_CALLBACK, later.id, later.item_score
            note = note or f"{later.completed_on:%Y-%m-%d} {row.item_label} {later.item_score}/{scale_max}"
        else:
            raise Refusal(RECTIFY_UNKNOWN_VERIFICATION, by=by)
        row.state, row.verify_note, row.verified_on, row.verified_by = VERIFIED, note, actor.today, actor.user
        row.save()
        audit.record(actor, "rectify.verify", "rectification", row.id, {"number": row.number, "by": by})
    return row


# -- lists ----------------------------------------------------------------------------------------

def overdue(as_of: date):
    return (Rectification.select().where((Rectification.state != VERIFIED) & (Rectification.due_on < as_of))
            .order_by(Rectification.due_on, Rectification.id))


def count_overdue(as_of: date) -> int:
    return Rectification.select().where((Rectification.state != VERIFIED) & (Rectification.due_on < as_of)).count()


def month_bounds(month: date) -> tuple[date, date]:
    first = month.replace(day=1)
    return first, callbacks.add_months(first, 1) - timedelta(days=1)


LIST_HEADERS = ["编号", "来源", "客户", "车牌号", "问题", "负责人", "开立日期", "整改期限", "状态", "整改措施", "验证", "逾期"]


def _customer_of(row: Rectification) -> tuple[str, str]:
    if row.callback_id:
        return row.callback.customer.name, row.callback.vehicle.plate or ""
    complaint = row.complaint
    return complaint.complainant, complaint.vehicle.plate if complaint.vehicle_id else ""


def month_list(month: date) -> dict[str, list[list]]:
    """Items of the month by department name: opened in it, or opened before and not yet verified
    at its start, each as it stood at the month's end. Each row in LIST_HEADERS' order."""
    first, last = month_bounds(month)
    query = (Rectification.select(Rectification, Department).join(Department)
             .where((Rectification.opened_on <= last)
                    & ((Rectification.opened_on >= first) | Rectification.verified_on.is_null()
                       | (Rectification.verified_on >= first)))
             .order_by(Department.id, Rectification.number))
    grouped: dict[str, list[list]] = {}
    for row in query:
        customer, plate = _customer_of(row)
        # As at the month's end, so the list printed again later is the same list: actions are
        # dated lines ("YYYY-MM-DD text", see act), a later verification is not yet one.
        actions = [line for line in row.action.splitlines() if line[:10] <= last.isoformat()]
        verified = row.verified_on is not None and row.verified_on <= last
        state = VERIFIED if verified else ACTED if actions else OPEN
        verification = (VERIFICATION_LABELS[row.verification] + " " + row.verify_note).strip() if verified else ""
        late = row.due_on < last and (not verified or row.verified_on > row.due_on)
        grouped.setdefault(row.department.name, []).append([
            row.number, SOURCE_LABELS[row.source], customer, plate, row.problem, row.owner, row.opened_on,
            row.due_on, STATE_LABELS[state], "\n".join(actions), verification, "是" if late else ""])
    return grouped


def write_month_list(path, month: date, *, printed_at: datetime, printed_by: str, actor: Actor,
                     branch=None) -> Path:
    """The month's items by department as PDF (one section per department, for the department
    heads' signatures) or xlsx (one sheet). Names customers: personal.export, audited."""
    from common.personal_data import export_personal

    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (".pdf", ".xlsx"):
        raise Refusal(RECTIFY_LIST_FORMAT, path=str(path))
    grouped = month_list(month)
    first, _ = month_bounds(month)
    count = sum(len(rows) for rows in grouped.values())

    def write() -> Path:
        title = f"整改跟踪月报 {first:%Y-%m}"
        if suffix == ".xlsx":
            from common.excel import Sheet, write_workbook

            rows = [[name, *row] for name, items in grouped.items() for row in items]
            write_workbook(path, [Sheet("整改跟踪", ["部门", *LIST_HEADERS], rows,
                                        {"开立日期": "date", "整改期限": "date", "车牌号": "text"})])
            return path
        from reportlab.lib.units import mm

        from common.branch import identity
        from common.pdf import build_pdf, para, table

        summary = month_summary(first, month_bounds(month)[1])
        story = [para(f"本月开立 {summary['opened']} 项，验证关闭 {summary['closed']} 项，月末逾期 {summary['overdue']} 项。")]
        widths = [22 * mm, 16 * mm, 16 * mm, 18 * mm, "*", 14 * mm, 20 * mm, 20 * mm, 18 * mm, 34 * mm, 28 * mm, 9 * mm]
        for name, rows in grouped.items():
            story += [para(name, "heading"), table([LIST_HEADERS] + rows, col_widths=widths)]
        if not grouped:
            story.append(para("本月没有整改项。"))
        build_pdf(path, title, branch or identity(), printed_at, story, landscape=True,
                  signatures=[("制表人", printed_by, printed_at.date()), ("客服经理", None, None)])
        return path

    return export_personal(actor, "rectification_list", path, write, records=count,
                           detail={"month": f"{first:%Y-%m}"})


def month_summary(start: date, end: date) -> dict:
    """The rectification section of the work-month report, for ``start``..``end`` (inclusive):

    - ``opened``: items opened in the period; ``closed``: items verified in it;
    - ``overdue``: items not verified by ``end`` whose due date was before ``end``;
    - ``by_department``: {department name: {"opened", "closed", "overdue"}}, departments with any.
    """
    rows = (Rectification.select(Department.name, Rectification.opened_on, Rectification.verified_on,
                                 Rectification.due_on).join(Department)
            .where((Rectification.opened_on <= end)).tuples())
    total = {"opened": 0, "closed": 0, "overdue": 0}
    by_department: dict[str, dict[str, int]] = {}
    for name, opened, verified, due in rows:
        counts = {"opened": int(start <= opened <= end), "closed": int(verified is not None and start <= verified <= end),
                  "overdue": int(due < end and (verified is None or verified > end))}
        if any(counts.values()):
            slot = by_department.setdefault(name, {"opened": 0, "closed": 0, "overdue": 0})
            for key, value in counts.items():
                slot[key] += value
                total[key] += value
    return {**total, "by_department": by_department}


# -- demo -----------------------------------------------------------------------------------------

DEMO_OWNERS = {"sales": ("刘强", "孙丽"), "service": ("赵强", "周杰"), "parts": ("吴敏",), "finance": ("郑芳",),
               "customer_service": ("王丽",)}
DEMO_ACTIONS = {
    "sales": ("交车前增加一次讲解演练，交车检查表加签字", "销售顾问培训：承诺事项写入订单备注"),
    "service": ("服务顾问接车时说明预计交车时间，超时主动致电", "返修车辆由技术经理复检后交车", "结算前逐项解释费用"),
    "parts": ("常用件安全库存上调，缺件当天告知客户到货日期",),
    "finance": ("结算单增加费用明细打印",),
    "customer_service": ("回访话术增加预约说明",),
}


def build_demo(actor: Actor, rng: random.Random, today: date) -> dict[str, int]:
    """Items opened from the last four months' low scores and closed complaints: older ones acted
    and verified (by the next callback where there was one, else by the manager), recent ones open
    or acted, a few past their due date (the 今日 card 整改逾期 shows them)."""
    made = 0
    found = [c for c in candidates(today, days=120)]
    rng.shuffle(found)
    picked = [c for c in found if c.source == CALLBACK][:40] + [c for c in found if c.source == COMPLAINT][:12]
    picked.sort(key=lambda c: c.day)
    for candidate in picked:
        opened_on = min(today, candidate.day + timedelta(days=rng.randrange(0, 3)))
        opener = actor.at(datetime.combine(opened_on, datetime.min.time()).replace(hour=15))
        department = candidate.department or "service"
        owner = rng.choice(DEMO_OWNERS.get(department, ("王丽",)))
        due = opened_on + timedelta(days=rng.choice((7, 10, 14, 14, 21)))
        if candidate.source == CALLBACK:
            row = open_from_score(opener, candidate.source_id, candidate.item, department=department, owner=owner,
                                  due_on=due, problem=f"{candidate.item_label} {candidate.score}/{candidate.scale_max}"
                                  + (f"：{candidate.problem}" if candidate.problem else ""))
        else:
            row = open_from_complaint(opener, candidate.source_id, department=department, owner=owner, due_on=due)
        made += 1
        age = (today - opened_on).days
        # Most departments act within the fortnight; some leave it late (the overdue ones).
        if age > 3 and rng.random() < (0.9 if age > 30 else 0.6):
            acted_on = min(today, opened_on + timedelta(days=rng.randrange(2, 12)))
            act(actor.at(datetime.combine(acted_on, datetime.min.time()).replace(hour=11)), row.id,
                rng.choice(DEMO_ACTIONS.get(department, DEMO_ACTIONS["service"])))
            checked_on = min(today, acted_on + timedelta(days=rng.randrange(3, 20)))
            if age > 20 and checked_on <= today:
                checker = actor.at(datetime.combine(checked_on, datetime.min.time()).replace(hour=16))
                row = Rectification.get_by_id(row.id)
                later = next_callback(row)
                if later is not None and not _is_low(later.item_score, 10, threshold()):
                    verify(checker, row.id, BY_CALLBACK)
                else:
                    verify(checker, row.id, BY_MANAGER, "经理到部门查看整改落实情况，已落实")
    return {"rectification_items": made}
