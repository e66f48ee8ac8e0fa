"""Handover forms (资料交接表单, seed 002): the papers of sold vehicles or of workshop visits handed
to the archive in batches, with a printed list both sides sign.

Data model (migration 0027):
- ``HandoverBatch``: a numbered batch (``JJ20261123-01``) of one kind (sales files or repair
  visits) that one person hands over (the 车业管理员 for the salespeople, the 售后前台 for the
  service advisors). ``open`` while the papers travel, ``received`` once the clerk took them in,
  ``cancelled`` if it never came.
- ``HandoverLine``: one file of the batch: its reference (VIN / RO number), the person responsible
  for it and its deadline (archive.workdays), the papers declared present when the list was made
  (``declared``; on receipt those that did not arrive become missing there, so a list printed
  afterwards shows what came), and once received how many working days late it came (0 = on time). A file is
  in one batch at most (unique index); cancelling a batch frees its files.

Receiving a batch is what hands its files over: each file's ``handed_over_on`` becomes the day
received, its papers declared present are marked so on the checklist (less any the clerk found
missing after all), and the lines that came after their deadline are flagged for the quarterly
assessment (季效考核). All of it is one transaction with one audit row; a refusal changes nothing.

Audit details name batches, references and counts, never customers' names or phones.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime

from peewee import (
    CharField, DateField, DateTimeField, ForeignKeyField, IntegerField, IntegrityError, TextField, fn,
)

from common import audit
from common.actor import Actor
from common.auth import require
from common.db import BaseModel, database
from common.errors import Refusal, RefusalList
from common.models import User

from archive import validate, workdays
from archive.files import REPAIR, SALES
from archive.models import (
    COPY, MISSING, ORIGINAL, REPAIR_CHECKLIST, SALES_CHECKLIST, Customer, RepairChecklistItem, RepairVisit,
    SalesChecklistItem, SalesFile, Vehicle,
)
from archive.texts import (
    ARCHIVE_HANDOVER_BEFORE_DATE, ARCHIVE_REQUIRED, HANDOVER_ALREADY_HANDED_OVER, HANDOVER_ALREADY_RECEIVED,
    HANDOVER_CANCELLED, HANDOVER_EMPTY, HANDOVER_IN_BATCH, HANDOVER_NAMED_TWICE, HANDOVER_NAME_TOO_LONG,
    HANDOVER_NOT_IN_BATCH, HANDOVER_RECEIVED_BEFORE_BATCH, HANDOVER_RECEIVE_REFUSED, HANDOVER_REFUSED,
    HANDOVER_UNKNOWN_BATCH, HANDOVER_UNKNOWN_FILE, HANDOVER_UNKNOWN_KIND, HANDOVER_UNKNOWN_PAPER,
)

OPEN, RECEIVED, CANCELLED = "open", "received", "cancelled"
STATES = (OPEN, RECEIVED, CANCELLED)
STATE_LABELS = {OPEN: "待接收", RECEIVED: "已接收", CANCELLED: "已作废"}
KIND_LABELS = {SALES: "销售档案", REPAIR: "维修档案"}
CHECKLISTS = {SALES: SALES_CHECKLIST, REPAIR: REPAIR_CHECKLIST}
PRESENT = (ORIGINAL, COPY)


class HandoverBatch(BaseModel):
    number = CharField(max_length=24, unique=True)
    kind = CharField(max_length=8)
    handed_by = CharField(max_length=32)
    state = CharField(max_length=10, default=OPEN)
    note = CharField(max_length=200, default="")
    created_at = DateTimeField()
    created_by = ForeignKeyField(User, on_delete="RESTRICT", backref="+")
    received_on = DateField(null=True)
    received_at = DateTimeField(null=True)
    received_by = ForeignKeyField(User, null=True, on_delete="RESTRICT", backref="+")

    class Meta:
        table_name = "handover_batch"


class HandoverLine(BaseModel):
    batch = ForeignKeyField(HandoverBatch, on_delete="CASCADE", backref="lines")
    kind = CharField(max_length=8)
    file_id = IntegerField()
    vehicle = ForeignKeyField(Vehicle, on_delete="RESTRICT", backref="+")
    reference = CharField(max_length=32)
    responsible = CharField(max_length=32)
    handover_due = DateField()
    declared = TextField()
    workdays_late = IntegerField(null=True)

    class Meta:
        table_name = "handover_line"

    @property
    def declared_states(self) -> dict[str, str]:
        return json.loads(self.declared)


# -- what may be handed over ----------------------------------------------------------------------

@dataclass(frozen=True)
class PendingFile:
    """A file not yet handed over and in no open batch: a candidate line of a new batch."""
    kind: str
    file_id: int
    reference: str  # VIN or RO number
    vin: str
    plate: str | None
    customer: str
    model: str
    base_date: date  # delivery or visit date
    responsible: str
    handover_due: date
    states: dict  # item code -> state, in checklist order


def _kind(kind: str) -> str:
    if kind not in CHECKLISTS:
        raise Refusal(HANDOVER_UNKNOWN_KIND, kind=kind)
    return kind


def _pending_query(kind: str):
    model = SalesFile if kind == SALES else RepairVisit
    base = Vehicle.delivery_date if kind == SALES else RepairVisit.visit_date
    reference = Vehicle.vin if kind == SALES else RepairVisit.ro_number
    in_batch = HandoverLine.select(HandoverLine.file_id).where(HandoverLine.kind == kind)
    return (model.select(model.id, model.responsible, model.handover_due, base.alias("base"), reference.alias("ref"),
                         Vehicle.vin, Vehicle.plate, Vehicle.model, Customer.name.alias("customer_name"))
            .join(Vehicle, on=(model.vehicle == Vehicle.id)).join(Customer, on=(Vehicle.customer == Customer.id))
            .where(model.handed_over_on.is_null() & model.id.not_in(in_batch)))


def _states_of(kind: str, file_ids: list[int]) -> dict[int, dict[str, str]]:
    item_model = SalesChecklistItem if kind == SALES else RepairChecklistItem
    owner = item_model.sales_file if kind == SALES else item_model.visit
    found: dict[int, dict[str, str]] = {file_id: {} for file_id in file_ids}
    for index in range(0, len(file_ids), 500):
        chunk = file_ids[index:index + 500]
        for file_id, item, state in item_model.select(owner, item_model.item, item_model.state).where(
                owner.in_(chunk)).tuples():
            found[file_id][item] = state
    checklist = CHECKLISTS[kind]
    return {file_id: {code: states.get(code, MISSING) for code in checklist} for file_id, states in found.items()}


def pending_files(actor: Actor, kind: str, responsible: str | None = None, limit: int = 500) -> list[PendingFile]:
    """Files of ``kind`` still to hand over and in no batch, oldest deadline first; only those of
    ``responsible`` when given. At most ``limit`` (a batch is a day's or a week's papers)."""
    require(actor, "archive.read")
    query = _pending_query(_kind(kind))
    model = SalesFile if kind == SALES else RepairVisit
    person = validate.text(responsible)
    if person:
        query = query.where(model.responsible == person)
    rows = list(query.order_by(model.handover_due, model.id).limit(limit).dicts())
    states = _states_of(kind, [row["id"] for row in rows])
    return [PendingFile(kind, row["id"], row["ref"], row["vin"], row["plate"], row["customer_name"], row["model"] or "",
                        row["base"], row["responsible"], row["handover_due"], states[row["id"]]) for row in rows]


# -- a new batch ----------------------------------------------------------------------------------

@dataclass(frozen=True)
class BatchCreated:
    batch_id: int
    number: str
    kind: str
    files: int
    papers_present: int
    papers_missing: int


def _next_number(day: date) -> str:
    prefix = f"JJ{day:%Y%m%d}-"
    last = (HandoverBatch.select(fn.MAX(HandoverBatch.number)).where(HandoverBatch.number.startswith(prefix)).scalar())
    return f"{prefix}{(int(last[len(prefix):]) + 1) if last else 1:02d}"


def new_batch(actor: Actor, kind: str, handed_by: str, references: list[str], note: str = "") -> BatchCreated:
    """A batch of the files named by ``references`` (VINs for sales files, RO numbers for repair
    visits) that ``handed_by`` hands to the archive. All or nothing: one refusal per reference that
    cannot go in (unknown, already handed over, already in a batch, named twice)."""
    require(actor, "archive.edit")
    kind = _kind(kind)
    person = validate.required("handed_by", handed_by)
    if len(person) > 32:
        raise Refusal(HANDOVER_NAME_TOO_LONG, field="handed_by", length=len(person), maximum=32)
    wanted = [validate.text(ref).upper() for ref in references if validate.text(ref)]
    if not wanted:
        raise Refusal(HANDOVER_EMPTY, kind=kind)
    model = SalesFile if kind == SALES else RepairVisit
    reference = Vehicle.vin if kind == SALES else RepairVisit.ro_number
    with database.atomic():
        problems: list[Refusal] = []
        seen: set[str] = set()
        for ref in wanted:
            if ref in seen:
                problems.append(Refusal(HANDOVER_NAMED_TWICE, reference=ref))
            seen.add(ref)
        rows = {row["ref"]: row for row in
                (model.select(model.id, model.responsible, model.handover_due, model.handed_over_on,
                              reference.alias("ref"), Vehicle.id.alias("vehicle_id"))
                 .join(Vehicle, on=(model.vehicle == Vehicle.id)).where(reference.in_(sorted(seen))).dicts())}
        batched = {line.file_id: line.batch.number for line in
                   HandoverLine.select(HandoverLine, HandoverBatch).join(HandoverBatch)
                   .where((HandoverLine.kind == kind)
                          & HandoverLine.file_id.in_([row["id"] for row in rows.values()] or [0]))}
        for ref in sorted(seen):
            row = rows.get(ref)
            if row is None:
                problems.append(Refusal(HANDOVER_UNKNOWN_FILE, kind=kind, reference=ref))
            elif row["handed_over_on"] is not None:
                problems.append(Refusal(HANDOVER_ALREADY_HANDED_OVER, reference=ref,
                                        on=row["handed_over_on"].isoformat()))
            elif row["id"] in batched:
                problems.append(Refusal(HANDOVER_IN_BATCH, reference=ref, batch=batched[row["id"]]))
        if problems:
            raise RefusalList(HANDOVER_REFUSED, problems, kind=kind)
        ordered = [rows[ref] for ref in dict.fromkeys(wanted)]
        states = _states_of(kind, [row["id"] for row in ordered])
        for attempt in range(5):
            try:
                with database.atomic():
                    batch = HandoverBatch.create(number=_next_number(actor.today), kind=kind, handed_by=person,
                                                 note=validate.text(note)[:200], created_at=actor.now,
                                                 created_by=actor.user)
                break
            except IntegrityError:  # another PC took the number a moment ago: take the next one
                if attempt == 4:
                    raise
        HandoverLine.insert_many([
            {"batch": batch.id, "kind": kind, "file_id": row["id"], "vehicle": row["vehicle_id"],
             "reference": row["ref"], "responsible": row["responsible"], "handover_due": row["handover_due"],
             "declared": json.dumps(states[row["id"]], sort_keys=True)} for row in ordered]).execute()
        present = sum(1 for row in ordered for state in states[row["id"]].values() if state in PRESENT)
        missing = sum(len(CHECKLISTS[kind]) for _ in ordered) - present
        audit.record(actor, "archive.handover_new", "handover_batch", batch.id,
                     {"number": batch.number, "kind": kind, "files": len(ordered), "references": [r["ref"] for r in ordered]})
    return BatchCreated(batch.id, batch.number, kind, len(ordered), present, missing)


def _batch(number: str) -> HandoverBatch:
    value = validate.required("batch", number).upper()
    batch = HandoverBatch.get_or_none(HandoverBatch.number == value)
    if batch is None:
        raise Refusal(HANDOVER_UNKNOWN_BATCH, batch=value)
    return batch


def _open_batch(number: str) -> HandoverBatch:
    batch = _batch(number)
    if batch.state == RECEIVED:
        raise Refusal(HANDOVER_ALREADY_RECEIVED, batch=batch.number, on=batch.received_on.isoformat())
    if batch.state == CANCELLED:
        raise Refusal(HANDOVER_CANCELLED, batch=batch.number)
    return batch


def open_batches(actor: Actor) -> list[HandoverBatch]:
    """Batches still travelling, oldest first (the receive list)."""
    require(actor, "archive.read")
    return list(HandoverBatch.select().where(HandoverBatch.state == OPEN)
                .order_by(HandoverBatch.created_at, HandoverBatch.id))


# The papers go to the archive the day their list is made; two working days on, a batch not yet
# received has stalled on the way (the 今日 card 交接单待接收).
UNRECEIVED_WORKDAYS = 2


def unreceived(today: date, workdays_after: int = UNRECEIVED_WORKDAYS) -> list[HandoverBatch]:
    """Open batches whose list was made ``workdays_after`` working days or more before ``today``,
    oldest first."""
    batches = list(HandoverBatch.select().where((HandoverBatch.state == OPEN)
                                                & (HandoverBatch.created_at < datetime.combine(today, datetime.min.time())))
                   .order_by(HandoverBatch.created_at, HandoverBatch.id))
    if not batches:
        return []
    calendar = workdays.load_calendar(batches[0].created_at.date(), today)
    return [batch for batch in batches
            if calendar.workdays_late(batch.created_at.date(), today) >= workdays_after]


def cancel_batch(actor: Actor, number: str, reason: str) -> HandoverBatch:
    """A batch whose papers never came: it stays numbered and audited, its files go free."""
    require(actor, "archive.edit")
    why = validate.required("reason", reason)
    with database.atomic():
        batch = _open_batch(number)
        references = [line.reference for line in batch.lines]
        HandoverLine.delete().where(HandoverLine.batch == batch.id).execute()
        HandoverBatch.update(state=CANCELLED, note=why[:200]).where(HandoverBatch.id == batch.id).execute()
        audit.record(actor, "archive.handover_cancel", "handover_batch", batch.id,
                     {"number": batch.number, "references": references, "reason": why[:200]})
    return HandoverBatch.get_by_id(batch.id)


# -- receiving ------------------------------------------------------------------------------------

@dataclass(frozen=True)
class LateLine:
    reference: str
    responsible: str
    handover_due: date
    workdays_late: int


@dataclass(frozen=True)
class BatchReceived:
    number: str
    received_on: date
    files: int
    papers_received: int
    late: tuple[LateLine, ...]


def receive_batch(actor: Actor, number: str, received_on: date,
                  not_arrived: dict[str, list[str]] | None = None) -> BatchReceived:
    """The clerk took the batch's papers in on ``received_on``: every file is handed over that
    day, its papers declared present are marked present (original or copy as declared) except
    those in ``not_arrived`` ({reference: [item codes]}, found missing on opening the folder), and
    the lines past their deadline are flagged with their working days late."""
    require(actor, "archive.edit")
    if received_on is None:
        raise Refusal(ARCHIVE_REQUIRED, field="received_on")
    validate.not_in_future("received_on", received_on, actor.today)
    with database.atomic():
        batch = _open_batch(number)
        lines = list(batch.lines.order_by(HandoverLine.id))
        if received_on < batch.created_at.date():
            raise Refusal(HANDOVER_RECEIVED_BEFORE_BATCH, batch=batch.number, value=received_on.isoformat(),
                          created=batch.created_at.date().isoformat())
        checklist = CHECKLISTS[batch.kind]
        by_ref = {line.reference: line for line in lines}
        problems: list[Refusal] = []
        gaps = {validate.text(ref).upper(): list(items) for ref, items in (not_arrived or {}).items()}
        # A paper is named by its code or as the list prints it (购车合同).
        by_label = {label: code for code, label in checklist.items()}
        for ref, items in gaps.items():
            if ref not in by_ref:
                problems.append(Refusal(HANDOVER_NOT_IN_BATCH, reference=ref, batch=batch.number))
                continue
            codes = []
            for item in items:
                code = item if item in checklist else by_label.get(validate.text(item))
                if code is None:
                    problems.append(Refusal(HANDOVER_UNKNOWN_PAPER, field="not_arrived", reference=ref, item=item,
                                            known=", ".join(checklist)))
                else:
                    codes.append(code)
            gaps[ref] = codes
        model = SalesFile if batch.kind == SALES else RepairVisit
        base_field = Vehicle.delivery_date if batch.kind == SALES else RepairVisit.visit_date
        files_now = {row["id"]: row for row in
                     model.select(model.id, model.handed_over_on, base_field.alias("base"))
                     .join(Vehicle, on=(model.vehicle == Vehicle.id))
                     .where(model.id.in_([line.file_id for line in lines])).dicts()}
        for line in lines:
            row = files_now[line.file_id]
            if row["handed_over_on"] is not None:  # recorded one by one on the vehicle screen meanwhile
                problems.append(Refusal(HANDOVER_ALREADY_HANDED_OVER, reference=line.reference,
                                        on=row["handed_over_on"].isoformat()))
            elif received_on < row["base"]:
                problems.append(Refusal(ARCHIVE_HANDOVER_BEFORE_DATE, kind=batch.kind, vin=line.reference,
                                        value=received_on.isoformat(), base_date=row["base"].isoformat()))
        if problems:
            raise RefusalList(HANDOVER_RECEIVE_REFUSED, problems, batch=batch.number)

        calendar = workdays.load_calendar(min((line.handover_due for line in lines), default=received_on), received_on)
        item_model = SalesChecklistItem if batch.kind == SALES else RepairChecklistItem
        owner = item_model.sales_file if batch.kind == SALES else item_model.visit
        late: list[LateLine] = []
        received_papers = 0
        for line in lines:
            days_late = calendar.workdays_late(line.handover_due, received_on)
            absent = set(gaps.get(line.reference, ()))
            # The line now says what came: a paper that did not arrive prints 缺 on the list after receipt.
            came = {item: (MISSING if item in absent else state) for item, state in line.declared_states.items()}
            HandoverLine.update(workdays_late=days_late, declared=json.dumps(came, sort_keys=True)).where(
                HandoverLine.id == line.id).execute()
            model.update(handed_over_on=received_on).where(model.id == line.file_id).execute()
            for item, state in line.declared_states.items():
                if state in PRESENT and item not in absent:
                    received_papers += 1
                    item_model.update(state=state).where((owner == line.file_id) & (item_model.item == item)
                                                         & (item_model.state != state)).execute()
            if days_late > 0:
                late.append(LateLine(line.reference, line.responsible, line.handover_due, days_late))
        HandoverBatch.update(state=RECEIVED, received_on=received_on, received_at=actor.now,
                             received_by=actor.user).where(HandoverBatch.id == batch.id).execute()
        audit.record(actor, "archive.handover_receive", "handover_batch", batch.id,
                     {"number": batch.number, "on": received_on.isoformat(), "files": len(lines),
                      "late": len(late), "papers": received_papers,
                      "not_arrived": {ref: sorted(items) for ref, items in gaps.items()}})
    return BatchReceived(batch.number, received_on, len(lines), received_papers, tuple(late))


# -- the printed form ---------------------------------------------------------------------------

@dataclass(frozen=True)
class SheetLine:
    reference: str
    vin: str
    plate: str | None
    customer: str
    model: str
    base_date: date
    responsible: str
    handover_due: date
    states: dict  # item code -> state declared
    workdays_late: int | None


@dataclass(frozen=True)
class BatchSheet:
    number: str
    kind: str
    state: str
    handed_by: str
    prepared_by: str
    created_at: datetime
    received_on: date | None
    received_by: str | None
    note: str
    lines: tuple[SheetLine, ...]

    def item_counts(self) -> dict[str, tuple[int, int]]:
        """Per paper of the checklist: (files that have it, files missing it), the 统计数据."""
        counts = {}
        for code in CHECKLISTS[self.kind]:
            present = sum(1 for line in self.lines if line.states.get(code) in PRESENT)
            counts[code] = (present, len(self.lines) - present)
        return counts


def batch_sheet(actor: Actor, number: str) -> BatchSheet:
    require(actor, "archive.read")
    batch = _batch(number)
    base_field = Vehicle.delivery_date if batch.kind == SALES else RepairVisit.visit_date
    query = (HandoverLine.select(HandoverLine, Vehicle.vin, Vehicle.plate, Vehicle.model,
                                 Customer.name.alias("customer_name"), base_field.alias("base"))
             .join(Vehicle, on=(HandoverLine.vehicle == Vehicle.id)).join(Customer, on=(Vehicle.customer == Customer.id)))
    if batch.kind == REPAIR:
        query = query.join(RepairVisit, on=(RepairVisit.id == HandoverLine.file_id))
    rows = query.where(HandoverLine.batch == batch.id).order_by(HandoverLine.id).dicts()
    lines = tuple(SheetLine(row["reference"], row["vin"], row["plate"], row["customer_name"], row["model"] or "",
                            row["base"], row["responsible"], row["handover_due"], json.loads(row["declared"]),
                            row["workdays_late"]) for row in rows)
    received_by = User.get_by_id(batch.received_by_id).display_name if batch.received_by_id else None
    return BatchSheet(batch.number, batch.kind, batch.state, batch.handed_by,
                      User.get_by_id(batch.created_by_id).display_name, batch.created_at, batch.received_on,
                      received_by, batch.note, lines)


STATE_MARKS = {ORIGINAL: "原", COPY: "复", MISSING: "缺"}


def print_batch(actor: Actor, number: str, target, printed_at: datetime) -> int:
    """The handover list of one batch (A4 landscape): one line per file with each paper marked
    原 (original), 复 (copy) or 缺 (missing), the totals per paper, and places to sign for who hands
    over and who receives. Customers' names are on it: a personal-data print (audited)."""
    from reportlab.lib.units import mm

    from common.branch import identity
    from common.pdf import build_pdf, para, table
    from common.personal_data import export_personal

    sheet = batch_sheet(actor, number)
    checklist = CHECKLISTS[sheet.kind]
    # Sales papers have long names: their column heads are numbered and the key printed below.
    numbered = sheet.kind == SALES
    heads = [str(index) for index in range(1, len(checklist) + 1)] if numbered else list(checklist.values())
    first = "车架号" if sheet.kind == SALES else "工单号"
    base = "交车日期" if sheet.kind == SALES else "进厂日期"
    rows = [["序号", first, "客户", "车牌号", base, "责任人", "移交期限"] + heads + ["缺件", "迟交"]]
    for index, line in enumerate(sheet.lines, start=1):
        missing = sum(1 for code in checklist if line.states.get(code) not in PRESENT)
        late = "" if line.workdays_late is None else (f"{line.workdays_late} 天" if line.workdays_late else "按时")
        rows.append([str(index), line.reference, line.customer, validate.plate_display(line.plate) if line.plate else "",
                     line.base_date, line.responsible, line.handover_due]
                    + [STATE_MARKS.get(line.states.get(code, MISSING), "缺") for code in checklist]
                    + [str(missing), late])
    counts = sheet.item_counts()
    rows.append(["", f"合计 {len(sheet.lines)} 份", "", "", "", "", "有 / 缺"]
                + [f"{counts[code][0]}/{counts[code][1]}" for code in checklist]
                + [str(sum(c[1] for c in counts.values())), ""])
    mark_width = 7 * mm if numbered else 17 * mm
    widths = [9 * mm, (38 if numbered else 30) * mm, "*", 20 * mm, 19 * mm, 16 * mm, 19 * mm] \
        + [mark_width] * len(checklist) + [10 * mm, 12 * mm]
    align = ["CENTER", "LEFT", "LEFT", "LEFT", "CENTER", "LEFT", "CENTER"] + ["CENTER"] * len(checklist) \
        + ["RIGHT", "CENTER"]
    # "；" between the facts: a paragraph folds runs of (even ideographic) spaces into one.
    received = f"；接收日期：{sheet.received_on.isoformat()}" if sheet.received_on else ""
    story = [para(f"交接单号：{sheet.number}；资料类别：{KIND_LABELS[sheet.kind]}；交出人：{sheet.handed_by}"
                  f"；制单：{sheet.prepared_by} {sheet.created_at:%Y-%m-%d}{received}"),
             table(rows, widths, align=align, total_rows=1, font_size=8)]
    if numbered:
        story.append(para("　".join(f"{index}={label}" for index, label in enumerate(checklist.values(), start=1)),
                          "small"))
    story.append(para("原 = 原件，复 = 复印件，缺 = 未交；迟交按工作日计（销售资料交车后 2 个工作日内、"
                      "维修资料进厂后 1 个工作日内应交档案室）。", "small"))
    if sheet.note:
        story.append(para(f"备注：{sheet.note}", "small"))
    signatures = [("交出人（签字）", None, None), ("接收人（签字）", sheet.received_by, sheet.received_on),
                  ("日期", None, None)]

    def write() -> int:
        return build_pdf(target, "资料交接表单", identity(), printed_at, story, landscape=True, signatures=signatures)

    return export_personal(actor, "handover_sheet", target, write, records=len(sheet.lines),
                           entity="handover_batch", detail={"number": sheet.number})


# -- the demo branch ------------------------------------------------------------------------------

DEMO_HANDERS = {SALES: "周婷", REPAIR: "吴敏"}  # the demo's 车业管理员 and 售后前台
DEMO_DAYS = 30


def build_demo(actor: Actor, rng, end: date) -> dict[str, int]:
    """The last month's handovers as batches: the files handed over each day, one batch per kind
    and day, received that day (late lines flagged); the files still out, one open batch per kind
    of the few due most recently (the papers on their way; the sales one made three working days
    ago, not received yet)."""
    from datetime import time, timedelta

    first = end - timedelta(days=DEMO_DAYS)
    calendar = workdays.load_calendar(first - timedelta(days=40), end)
    counts = {"handover_batches": 0, "handover_lines": 0}
    with database.atomic():
        for kind in (SALES, REPAIR):
            model = SalesFile if kind == SALES else RepairVisit
            reference = Vehicle.vin if kind == SALES else RepairVisit.ro_number
            rows = list(model.select(model.id, model.responsible, model.handover_due, model.handed_over_on,
                                     reference.alias("ref"), Vehicle.id.alias("vehicle_id"))
                        .join(Vehicle, on=(model.vehicle == Vehicle.id))
                        .where(model.handed_over_on.between(first, end)).order_by(model.handed_over_on, model.id)
                        .dicts())
            states = _states_of(kind, [row["id"] for row in rows])
            by_day: dict[date, list[dict]] = {}
            for row in rows:
                by_day.setdefault(row["handed_over_on"], []).append(row)
            for day, day_rows in sorted(by_day.items()):
                stamp = datetime.combine(day, time(9, rng.randrange(0, 50)))
                batch = HandoverBatch.create(number=_next_number(day), kind=kind, handed_by=DEMO_HANDERS[kind],
                                             state=RECEIVED, created_at=stamp, created_by=actor.user,
                                             received_on=day, received_at=stamp + timedelta(minutes=30),
                                             received_by=actor.user)
                HandoverLine.insert_many([
                    {"batch": batch.id, "kind": kind, "file_id": row["id"], "vehicle": row["vehicle_id"],
                     "reference": row["ref"], "responsible": row["responsible"], "handover_due": row["handover_due"],
                     "declared": json.dumps(states[row["id"]], sort_keys=True),
                     "workdays_late": calendar.workdays_late(row["handover_due"], day)} for row in day_rows]).execute()
                counts["handover_batches"] += 1
                counts["handover_lines"] += len(day_rows)
            # The sales papers left three working days ago and are still on their way (the 今日
            # card 交接单待接收 has one to show); the repair papers left this morning.
            made_on = end
            while kind == SALES and (calendar.workdays_late(made_on, end) < UNRECEIVED_WORKDAYS + 1
                                     or not calendar.is_workday(made_on)):
                made_on -= timedelta(days=1)
            out = [p.reference for p in pending_files(actor, kind)
                   if p.handover_due >= end - timedelta(days=10) and p.base_date <= made_on][:rng.randrange(3, 7)]
            if out:
                maker = actor.at(datetime.combine(made_on, time(16, 0))) if made_on < end else actor
                created = new_batch(maker, kind, DEMO_HANDERS[kind], out)
                counts["handover_batches"] += 1
                counts["handover_lines"] += created.files
    return counts
