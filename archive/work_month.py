"""客服中心工作月报表 (seed 002's appendix): the service centre's month in figures, for the manager's
signature. Read-only; each section is a plain value (no Qt), printed by archive/work_month_print.py.

Sections, all for the calendar month ``first``..``last`` (a month still running ends today):
- archives: files handed to the archive in the month (sales / repair), how many late, how many
  still out past their deadline at the month's end, and the same per responsible person with the
  working days late (季效考核), plus the handover batches received;
- callbacks: per kind, due in the month, done, closed unreachable, overdue at the end, calls made,
  reached, average score, and the average of each service item with its low scores (10-point
  scale, archive.callbacks.report);
- complaints: received, closed (late), open past their deadline, average days to close, satisfied,
  by category (archive.complaints.monthly_analysis);
- care: greetings and reminders marked sent, per kind and channel;
- members, events, rectification: the ``month_summary(first, last)`` of archive.members,
  archive.events and archive.rectification.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta

from peewee import fn

from common.actor import Actor
from common.auth import require
from common.errors import Refusal

from archive import callbacks, care, complaints, workdays
from archive.files import REPAIR, SALES
from archive.models import RepairVisit, SalesFile
from archive.texts import WORK_MONTH_BAD_MONTH, WORK_MONTH_FUTURE


@dataclass(frozen=True)
class PersonArchives:
    responsible: str
    received: int  # files handed over in the month
    late: int  # of them after the deadline
    workdays_late: int  # their working days late, summed
    outstanding: int  # not handed over at the month's end, deadline passed


@dataclass(frozen=True)
class CallbackRow:
    kind: str
    due: int
    done: int
    unreachable: int
    overdue: int
    calls: int
    reached: int
    average: str  # "8.25", "" without scores


@dataclass
class WorkMonth:
    first: date
    last: date
    as_of: date
    archives: dict = field(default_factory=dict)  # {kind: {"received", "late", "outstanding"}}, "batches"
    people: list[PersonArchives] = field(default_factory=list)
    callbacks: list[CallbackRow] = field(default_factory=list)
    score_items: list[list] = field(default_factory=list)  # kind label, item label, scored, average, low
    complaints: complaints.MonthlyAnalysis | None = None
    care: dict = field(default_factory=dict)  # {kind: {channel: count}}
    members: dict = field(default_factory=dict)
    events: dict = field(default_factory=dict)
    rectification: dict = field(default_factory=dict)


def parse_month(text: str) -> date:
    """"2026-11" (or 2026/11, 202611) -> date(2026, 11, 1); anything else refused naming it."""
    value = (text or "").strip()
    match = re.fullmatch(r"(\d{4})[-/.年]?(\d{1,2})月?", value)
    if not match or not 1 <= int(match.group(2)) <= 12:
        raise Refusal(WORK_MONTH_BAD_MONTH, field="month", value=value)
    return date(int(match.group(1)), int(match.group(2)), 1)


def _archives(first: date, last: date, as_of: date) -> tuple[dict, list[PersonArchives]]:
    people: dict[str, dict[str, int]] = {}
    sections = {}
    received_by_kind = {}
    for kind, model in ((SALES, SalesFile), (REPAIR, RepairVisit)):
        received_by_kind[kind] = list(model.select(model.responsible, model.handover_due, model.handed_over_on)
                                      .where(model.handed_over_on.between(first, last)).tuples())
    # Late is in working days, as the handover list and the 逾期移交 tab count it: papers due on a
    # Friday and brought on the Saturday (or after a holiday's first day) are not late.
    calendar = workdays.load_calendar(
        min((due for rows in received_by_kind.values() for _, due, on in rows if on > due), default=first), last)
    for kind, model in ((SALES, SalesFile), (REPAIR, RepairVisit)):
        received = received_by_kind[kind]
        outstanding = list(model.select(model.responsible).where(
            (model.handover_due < as_of) & (model.handed_over_on.is_null() | (model.handed_over_on > last))).tuples())
        late = [(person, days) for person, due, on in received
                if on > due and (days := calendar.workdays_late(due, on)) > 0]
        sections[kind] = {"received": len(received), "late": len(late), "outstanding": len(outstanding)}
        for person, _, _ in received:
            people.setdefault(person, {"received": 0, "late": 0, "days": 0, "outstanding": 0})["received"] += 1
        for (person,) in outstanding:
            people.setdefault(person, {"received": 0, "late": 0, "days": 0, "outstanding": 0})["outstanding"] += 1
        for person, days in late:
            people[person]["late"] += 1
            people[person]["days"] += days
    from archive.handover import RECEIVED, HandoverBatch

    sections["batches"] = HandoverBatch.select().where((HandoverBatch.state == RECEIVED)
                                                       & HandoverBatch.received_on.between(first, last)).count()
    listed = [PersonArchives(person, v["received"], v["late"], v["days"], v["outstanding"])
              for person, v in people.items()]
    # Those who most need talking to first: late or outstanding, then by name.
    listed.sort(key=lambda p: (-(p.late + p.outstanding), -p.workdays_late, p.responsible))
    return sections, listed


def _callbacks(first: date, last: date, as_of: date) -> tuple[list[CallbackRow], list[list]]:
    from archive.callbacks import Callback

    def per_kind(where) -> dict[str, int]:
        return dict(Callback.select(Callback.kind, fn.COUNT(Callback.id)).where(where).group_by(Callback.kind).tuples())

    due = per_kind(Callback.due_from.between(first, last))
    done = per_kind((Callback.state == callbacks.DONE) & Callback.completed_on.between(first, last))
    unreachable = per_kind((Callback.state == callbacks.UNREACHABLE) & Callback.completed_on.between(first, last))
    overdue = per_kind((Callback.due_until < as_of) & (Callback.state != callbacks.CANCELLED)
                       & (Callback.completed_on.is_null() | (Callback.completed_on > last)))
    monthly = callbacks.report("month", first)
    summary = {row[0]: row for row in monthly.summary}
    rows = []
    for kind in callbacks.KINDS:
        calls, reached, average = (summary[callbacks.KIND_LABELS[kind]][index] for index in (1, 2, 6))
        rows.append(CallbackRow(kind, due.get(kind, 0), done.get(kind, 0), unreachable.get(kind, 0),
                                overdue.get(kind, 0), calls, reached, average))
    return rows, monthly.items


def _care(first: date, last: date) -> dict:
    from datetime import datetime, time

    start, end = datetime.combine(first, time.min), datetime.combine(last + timedelta(days=1), time.min)
    found: dict[str, dict[str, int]] = {}
    for kind, channel, count in (care.CareDone.select(care.CareDone.kind, care.CareDone.channel,
                                                      fn.COUNT(care.CareDone.id))
                                 .where((care.CareDone.done_at >= start) & (care.CareDone.done_at < end))
                                 .group_by(care.CareDone.kind, care.CareDone.channel).tuples()):
        found.setdefault(kind, {})[channel] = count
    return found


def work_month(actor: Actor, month: date) -> WorkMonth:
    """The report of the month containing ``month``; a month not begun yet is refused."""
    require(actor, "archive.read")
    first = month.replace(day=1)
    if first > actor.today:
        raise Refusal(WORK_MONTH_FUTURE, field="month", value=f"{first:%Y-%m}")
    last = callbacks.add_months(first, 1) - timedelta(days=1)
    as_of = min(last, actor.today)
    from archive import events, members, rectification

    report = WorkMonth(first, last, as_of)
    report.archives, report.people = _archives(first, last, as_of)
    report.callbacks, report.score_items = _callbacks(first, last, as_of)
    report.complaints = complaints.monthly_analysis(first)
    report.care = _care(first, last)
    report.members = members.month_summary(first, last)
    report.events = events.month_summary(first, last)
    report.rectification = rectification.month_summary(first, last)
    return report
