"""Receiving inspection (货品记录跟踪表): goods arriving from a station or dealer.

Data model:

- ``Inspection``: one arrival: who sent it, when, the delivery list number (经销商发货清单) and the
  return/exchange request number (分公司退换货申请表) that came with it, whether the outer packing
  was intact (and a note: crushed box, company brochures or old newspaper as filler...), and who
  opened it with the clerk (the carrier, when the box looked damaged).
- ``InspectionLine``: a part on the delivery list: how many were listed and how many were found.
- ``Anomaly``: something wrong (变形, 露皮, 缺件, 外壳划伤, 屏划伤, or 其他), on one line or on the
  shipment. Each is a follow-up item with the station: open until closed with a resolution.
  ``AnomalyNote``: the follow-up log (called the station, they agreed to send the missing part...).
- ``Photo``: pictures of the box or the damage, stored as bytes in the database so a backup of
  the database is a backup of the evidence.

Inspection does not post to the books: the receipt itself is a ledger document (a station's
return) the clerk posts as usual; this is the paper trail of what was in the box.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date as Date

from peewee import BlobField, BooleanField, CharField, DateField, DateTimeField, ForeignKeyField, IntegerField, TextField

from common import audit
from common.actor import Actor
from common.auth import require
from common.db import BaseModel, database
from common.errors import Refusal
from common.models import User
from ledger import serials as serials_mod
from ledger.models import Party, Part
from ledger.posting import normalise_code
from ledger.texts import (
    INSPECTION_ANOMALY_CLOSED, INSPECTION_BAD_QUANTITY, INSPECTION_FUTURE_DATE, INSPECTION_NOTE_EMPTY,
    INSPECTION_NOT_A_PICTURE, INSPECTION_NO_LINES, INSPECTION_PHOTO_TOO_LARGE, INSPECTION_RESOLUTION_REQUIRED,
    INSPECTION_UNKNOWN, INSPECTION_UNKNOWN_ANOMALY, INSPECTION_UNKNOWN_ANOMALY_ID, INSPECTION_UNKNOWN_PART,
    INSPECTION_UNKNOWN_PARTY,
)

ANOMALY_KINDS = ("变形", "露皮", "缺件", "外壳划伤", "屏划伤", "其他")
MAX_PHOTO_BYTES = 8 * 1024 * 1024
PHOTO_SIGNATURES = (b"\xff\xd8\xff", b"\x89PNG\r\n\x1a\n", b"GIF8", b"BM", b"RIFF")


class Inspection(BaseModel):
    party = ForeignKeyField(Party, on_delete="RESTRICT")
    received_on = DateField(index=True)
    delivery_list_no = CharField(max_length=64, default="")
    request_no = CharField(max_length=64, default="")
    package_ok = BooleanField(default=True)
    package_note = TextField(default="")
    opened_with = CharField(max_length=64, default="")
    created_at = DateTimeField()
    created_by = ForeignKeyField(User, on_delete="RESTRICT", backref="+")

    class Meta:
        table_name = "ledger_inspection"


class InspectionLine(BaseModel):
    inspection = ForeignKeyField(Inspection, on_delete="CASCADE", backref="lines")
    line_no = IntegerField()
    part = ForeignKeyField(Part, on_delete="RESTRICT")
    qty_listed = IntegerField()
    qty_found = IntegerField()

    class Meta:
        table_name = "ledger_inspection_line"
        indexes = ((("inspection", "line_no"), True),)


class Anomaly(BaseModel):
    inspection = ForeignKeyField(Inspection, on_delete="CASCADE", backref="anomalies")
    line = ForeignKeyField(InspectionLine, null=True, on_delete="CASCADE", backref="anomalies")
    kind = CharField(max_length=16)
    note = TextField(default="")
    state = CharField(max_length=16, default="open")  # open -> closed
    resolution = TextField(default="")
    closed_at = DateTimeField(null=True)
    closed_by = ForeignKeyField(User, null=True, on_delete="RESTRICT", backref="+")

    class Meta:
        table_name = "ledger_anomaly"
        indexes = ((("state",), False),)


class AnomalyNote(BaseModel):
    anomaly = ForeignKeyField(Anomaly, on_delete="CASCADE", backref="notes")
    at = DateTimeField()
    by = ForeignKeyField(User, on_delete="RESTRICT", backref="+")
    text = TextField()

    class Meta:
        table_name = "ledger_anomaly_note"


class Photo(BaseModel):
    inspection = ForeignKeyField(Inspection, on_delete="CASCADE", backref="photos")
    anomaly = ForeignKeyField(Anomaly, null=True, on_delete="CASCADE", backref="photos")
    filename = CharField(max_length=255)
    content = BlobField()
    size = IntegerField()
    created_at = DateTimeField()
    created_by = ForeignKeyField(User, on_delete="RESTRICT", backref="+")

    class Meta:
        table_name = "ledger_photo"


MODELS = (Inspection, InspectionLine, Anomaly, AnomalyNote, Photo)


@dataclass
class ArrivalLine:
    part_number: str
    qty_listed: int
    qty_found: int | None = None  # None: as listed
    anomalies: list = field(default_factory=list)  # (kind, note) pairs
    serials: list = field(default_factory=list)  # serial numbers of 整机 / 显示器 on this line
    serial_kind: str | None = None  # "unit" | "monitor" when serials are given


@dataclass(frozen=True)
class InspectionResult:
    inspection_id: int
    anomalies_opened: int
    serials_recorded: int


def record_inspection(actor: Actor, party_code: str, received_on: Date, lines: list[ArrivalLine],
                      delivery_list_no: str = "", request_no: str = "", package_ok: bool = True,
                      package_note: str = "", opened_with: str = "", shipment_anomalies=()) -> InspectionResult:
    """Record what arrived and what was wrong with it; every anomaly opens a follow-up item.
    A line found short of its listed quantity without a 缺件 anomaly gets one, because a missing
    part must be chased with the station whether or not the clerk remembered to tick it."""
    require(actor, "reconcile.manage")
    with database.atomic():
        party = Party.get_or_none(Party.code == normalise_code(party_code))
        if party is None:
            raise Refusal(INSPECTION_UNKNOWN_PARTY, party=normalise_code(party_code))
        if not isinstance(received_on, Date) or received_on > actor.today:
            raise Refusal(INSPECTION_FUTURE_DATE, date=str(received_on), today=actor.today.isoformat())
        if not lines:
            raise Refusal(INSPECTION_NO_LINES, party=party.code)
        inspection = Inspection.create(
            party=party, received_on=received_on, delivery_list_no=normalise_code(delivery_list_no or ""),
            request_no=normalise_code(request_no or ""), package_ok=bool(package_ok),
            package_note=(package_note or "").strip(), opened_with=(opened_with or "").strip(),
            created_at=actor.now, created_by=actor.user)
        opened = recorded = 0
        for kind, note in shipment_anomalies:
            _check_kind(kind, "")
            Anomaly.create(inspection=inspection, kind=kind, note=(note or "").strip())
            opened += 1
        for line_no, arrival in enumerate(lines, 1):
            number = normalise_code(arrival.part_number)
            part = Part.get_or_none(Part.number == number)
            if part is None:
                raise Refusal(INSPECTION_UNKNOWN_PART, line=line_no, part=number)
            found = arrival.qty_listed if arrival.qty_found is None else arrival.qty_found
            for value in (arrival.qty_listed, found):
                if isinstance(value, bool) or not isinstance(value, int) or value < 0:
                    raise Refusal(INSPECTION_BAD_QUANTITY, line=line_no, part=number, value=str(value))
            line = InspectionLine.create(inspection=inspection, line_no=line_no, part=part,
                                         qty_listed=arrival.qty_listed, qty_found=found)
            kinds = []
            for kind, note in arrival.anomalies:
                _check_kind(kind, number)
                Anomaly.create(inspection=inspection, line=line, kind=kind, note=(note or "").strip())
                kinds.append(kind)
                opened += 1
            if found < arrival.qty_listed and "缺件" not in kinds:
                Anomaly.create(inspection=inspection, line=line, kind="缺件",
                               note=f"清单 {arrival.qty_listed}，实收 {found}")
                opened += 1
            if arrival.serials:
                result = serials_mod._record(actor, arrival.serial_kind, arrival.serials, received_on, "received",
                                             part.number, party.code, None, inspection.id, "")
                recorded += result.created + result.known
        audit.record(actor, "inspection.record", "ledger_inspection", inspection.id,
                     {"party": party.code, "lines": len(lines), "anomalies": opened})
    return InspectionResult(inspection.id, opened, recorded)


def _check_kind(kind, part_number) -> None:
    if kind not in ANOMALY_KINDS:
        raise Refusal(INSPECTION_UNKNOWN_ANOMALY, kind=str(kind), part=part_number,
                      kinds="、".join(ANOMALY_KINDS))


def add_photo(actor: Actor, inspection_id: int, filename: str, content: bytes, anomaly_id: int | None = None) -> int:
    """Attach a picture (JPEG/PNG/GIF/BMP/WebP, at most 8 MB) to an inspection or one anomaly."""
    require(actor, "reconcile.manage")
    if not content or not content.startswith(PHOTO_SIGNATURES):
        raise Refusal(INSPECTION_NOT_A_PICTURE, filename=filename)
    if len(content) > MAX_PHOTO_BYTES:
        raise Refusal(INSPECTION_PHOTO_TOO_LARGE, filename=filename, size_mb=len(content) // (1024 * 1024),
                      limit_mb=MAX_PHOTO_BYTES // (1024 * 1024))
    with database.atomic():
        inspection = Inspection.get_or_none(Inspection.id == inspection_id)
        if inspection is None:
            raise Refusal(INSPECTION_UNKNOWN, inspection=str(inspection_id))
        if anomaly_id is not None and not Anomaly.select().where(
                (Anomaly.id == anomaly_id) & (Anomaly.inspection == inspection_id)).exists():
            raise Refusal(INSPECTION_UNKNOWN_ANOMALY_ID, anomaly=str(anomaly_id), inspection=inspection_id)
        photo = Photo.create(inspection=inspection, anomaly=anomaly_id, filename=(filename or "")[:255],
                             content=content, size=len(content), created_at=actor.now, created_by=actor.user)
        audit.record(actor, "inspection.photo", "ledger_inspection", inspection.id, {"bytes": len(content)})
    return photo.id


def _open_anomaly(anomaly_id: int) -> Anomaly:
    anomaly = Anomaly.get_or_none(Anomaly.id == anomaly_id)
    if anomaly is None:
        raise Refusal(INSPECTION_UNKNOWN_ANOMALY_ID, anomaly=str(anomaly_id), inspection="")
    if anomaly.state != "open":
        raise Refusal(INSPECTION_ANOMALY_CLOSED, anomaly=anomaly.id, kind=anomaly.kind,
                      closed_at=anomaly.closed_at.strftime("%Y-%m-%d"))
    return anomaly


def add_note(actor: Actor, anomaly_id: int, text: str) -> None:
    """One entry in the follow-up log of an open anomaly."""
    require(actor, "reconcile.manage")
    text = (text or "").strip()
    if not text:
        raise Refusal(INSPECTION_NOTE_EMPTY)
    with database.atomic():
        anomaly = _open_anomaly(anomaly_id)
        AnomalyNote.create(anomaly=anomaly, at=actor.now, by=actor.user, text=text)
        audit.record(actor, "inspection.note", "ledger_anomaly", anomaly.id, {})


def close_anomaly(actor: Actor, anomaly_id: int, resolution: str) -> None:
    """Close a follow-up item; how it was settled is required."""
    require(actor, "reconcile.manage")
    resolution = (resolution or "").strip()
    with database.atomic():
        anomaly = _open_anomaly(anomaly_id)
        if not resolution:
            raise Refusal(INSPECTION_RESOLUTION_REQUIRED, anomaly=anomaly.id, kind=anomaly.kind)
        changed = Anomaly.update(state="closed", resolution=resolution, closed_at=actor.now,
                                 closed_by=actor.user).where((Anomaly.id == anomaly.id)
                                                             & (Anomaly.state == "open")).execute()
        if changed != 1:
            raise Refusal(INSPECTION_ANOMALY_CLOSED, anomaly=anomaly.id, kind=anomaly.kind, closed_at="")
        audit.record(actor, "inspection.close", "ledger_anomaly", anomaly.id, {})


def open_anomalies():
    """Open follow-up items with their inspection, party and part, oldest first (a query)."""
    from peewee import JOIN

    return (Anomaly.select(Anomaly, Inspection, Party, InspectionLine, Part)
            .join(Inspection).join(Party).switch(Anomaly)
            .join(InspectionLine, JOIN.LEFT_OUTER).join(Part, JOIN.LEFT_OUTER)
            .where(Anomaly.state == "open").order_by(Inspection.received_on, Anomaly.id))


def count_open_anomalies() -> int:
    return Anomaly.select().where(Anomaly.state == "open").count()


def for_document(document_id: int) -> Inspection | None:
    """The receiving inspection a posted document was keyed from: same counterparty, and the
    document's source number is the delivery list (经销商发货清单) or the return/exchange request
    number the inspection recorded; failing that, that party's only inspection on the document's
    date, if it counted every part of the document. None when there is none (or several on that
    day and no number to tell them apart)."""
    from ledger.models import Document, DocumentLine

    document = Document.get_or_none(Document.id == document_id)
    if document is None or document.party_id is None:
        return None
    query = Inspection.select().where(Inspection.party == document.party_id)
    source = normalise_code(document.source_number or "")
    if source:
        found = (query.where((Inspection.delivery_list_no == source) | (Inspection.request_no == source))
                 .order_by(Inspection.id.desc()).first())
        if found is not None:
            return found
    same_day = list(query.where(Inspection.received_on == document.date).limit(2))
    if len(same_day) != 1:
        return None
    # Without a number to match, only a document of parts that inspection counted is its delivery
    # (the station's other return that day is not).
    keyed = {part for (part,) in DocumentLine.select(DocumentLine.part).where(DocumentLine.document == document.id)
             .tuples()}
    counted = {part for (part,) in InspectionLine.select(InspectionLine.part)
               .where(InspectionLine.inspection == same_day[0].id).tuples()}
    return same_day[0] if keyed and keyed <= counted else None
