"""Serial numbers of whole units and monitors (整机, 显示器).

Data model:

- ``Serial``: one physical unit, by its serial number (unique), its kind (unit / monitor) and the
  part number it is. Created the first time the unit passes through the branch.
- ``SerialEvent``: its history: received, issued, returned, ... with date, counterparty, and the
  document or inspection it came with. A unit that comes back for repair a year later gets a new
  event on the same serial, which is what the clerk looks up when a customer calls.

The clerk's rule is "not one character wrong": serials are normalised (full-width to half-width,
upper case, no spaces) and one serial listed twice in one receipt is refused.
"""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from datetime import date as Date

import peewee
from peewee import CharField, DateField, DateTimeField, ForeignKeyField, TextField

from common import audit
from common.actor import Actor
from common.auth import require
from common.db import BaseModel, database
from common.errors import Refusal
from common.models import User
from ledger.models import Document, Party, Part
from ledger.posting import normalise_code, number_matches
from ledger.texts import (
    SERIALS_BAD_SERIAL, SERIALS_FUTURE_DATE, SERIALS_KIND_MISMATCH, SERIALS_NONE_GIVEN, SERIALS_REPEATED,
    SERIALS_UNKNOWN_DOCUMENT, SERIALS_UNKNOWN_EVENT, SERIALS_UNKNOWN_KIND, SERIALS_UNKNOWN_PART,
    SERIALS_UNKNOWN_PARTY,
)

SERIAL_KINDS = {"unit": "整机", "monitor": "显示器"}
EVENTS = {"received": "收货", "issued": "发出", "returned": "退回", "repaired": "维修", "note": "备注"}


class Serial(BaseModel):
    serial = CharField(max_length=64, unique=True)
    kind = CharField(max_length=16)
    part = ForeignKeyField(Part, null=True, on_delete="RESTRICT")
    created_at = DateTimeField()

    class Meta:
        table_name = "ledger_serial"


class SerialEvent(BaseModel):
    serial = ForeignKeyField(Serial, on_delete="RESTRICT", backref="events")
    date = DateField()
    event = CharField(max_length=16)
    party = ForeignKeyField(Party, null=True, on_delete="RESTRICT")
    document = ForeignKeyField(Document, null=True, on_delete="RESTRICT")
    # The inspection the unit arrived with (ledger_inspection.id); a plain column because
    # ledger.inspection imports this module.
    inspection_id = peewee.IntegerField(null=True, column_name="inspection_id")
    note = TextField(default="")
    created_at = DateTimeField()
    created_by = ForeignKeyField(User, on_delete="RESTRICT", backref="+")

    class Meta:
        table_name = "ledger_serial_event"
        indexes = ((("serial", "date"), False),)


MODELS = (Serial, SerialEvent)


def normalise_serial(text) -> str:
    return "".join(unicodedata.normalize("NFKC", str(text or "")).split()).upper()


@dataclass(frozen=True)
class SerialsRecorded:
    created: int
    known: int  # already known serials that got a new event


def record_serials(actor: Actor, kind: str, serials, on: Date, event: str = "received",
                   part_number: str | None = None, party_code: str | None = None, document_number: str | None = None,
                   inspection_id: int | None = None, note: str = "") -> SerialsRecorded:
    """Record serials passing through (on receipt by default): new ones are created, known ones get
    one more history event. One transaction; refused as a whole on a bad or repeated serial."""
    require(actor, "reconcile.manage")
    with database.atomic():
        return _record(actor, kind, serials, on, event, part_number, party_code, document_number, inspection_id, note)


def _record(actor, kind, serials, on, event, part_number, party_code, document_number, inspection_id, note):
    # Also called inside an inspection's transaction (ledger.inspection).
    if kind not in SERIAL_KINDS:
        raise Refusal(SERIALS_UNKNOWN_KIND, kind=str(kind))
    if event not in EVENTS:
        raise Refusal(SERIALS_UNKNOWN_EVENT, event=str(event))
    if on > actor.today:
        raise Refusal(SERIALS_FUTURE_DATE, date=on.isoformat(), today=actor.today.isoformat())
    cleaned, seen = [], set()
    for raw in serials:
        serial = normalise_serial(raw)
        if not serial or len(serial) > 64:
            raise Refusal(SERIALS_BAD_SERIAL, serial=str(raw))
        if serial in seen:
            raise Refusal(SERIALS_REPEATED, serial=serial)
        seen.add(serial)
        cleaned.append(serial)
    if not cleaned:
        raise Refusal(SERIALS_NONE_GIVEN)
    part = party = document = None
    if part_number:
        part = Part.get_or_none(Part.number == normalise_code(part_number))
        if part is None:
            raise Refusal(SERIALS_UNKNOWN_PART, part=normalise_code(part_number))
    if party_code:
        party = Party.get_or_none(Party.code == normalise_code(party_code))
        if party is None:
            raise Refusal(SERIALS_UNKNOWN_PARTY, party=normalise_code(party_code))
    if document_number:
        document = Document.get_or_none(number_matches(document_number))
        if document is None:
            raise Refusal(SERIALS_UNKNOWN_DOCUMENT, document=normalise_code(document_number))
    existing = {s.serial: s for s in Serial.select().where(Serial.serial.in_(cleaned))}
    for serial, known in existing.items():
        if known.kind != kind:
            raise Refusal(SERIALS_KIND_MISMATCH, serial=serial, known=SERIAL_KINDS[known.kind],
                          asked=SERIAL_KINDS[kind])
    created = 0
    for serial in cleaned:
        record = existing.get(serial)
        if record is None:
            # Insert ignoring a conflict, then read back: two clerks receiving one unit share a row.
            Serial.insert(serial=serial, kind=kind, part=part, created_at=actor.now).on_conflict_ignore().execute()
            record = Serial.get(Serial.serial == serial)
            created += 1
        SerialEvent.create(serial=record, date=on, event=event, party=party, document=document,
                           inspection_id=inspection_id, note=(note or "").strip(), created_at=actor.now,
                           created_by=actor.user)
    audit.record(actor, "serials.record", "ledger_serial", None,
                 {"kind": kind, "event": event, "count": len(cleaned), "created": created})
    return SerialsRecorded(created, len(cleaned) - created)


def search(text: str):
    """Serials containing ``text`` (case-insensitive), with kind, part and the latest event (a query)."""
    needle = normalise_serial(text)
    latest = (SerialEvent.select(SerialEvent.serial.alias("sid"), peewee.fn.MAX(SerialEvent.id).alias("eid"))
              .group_by(SerialEvent.serial).alias("latest"))
    Last = SerialEvent.alias("last")
    return (Serial.select(Serial.id, Serial.serial, Serial.kind, Part.number.alias("part_number"),
                          Last.date.alias("last_date"), Last.event.alias("last_event"),
                          Party.code.alias("last_party"))
            .join(Part, peewee.JOIN.LEFT_OUTER, on=(Serial.part == Part.id))
            .switch(Serial).join(latest, peewee.JOIN.LEFT_OUTER, on=(latest.c.sid == Serial.id))
            .join(Last, peewee.JOIN.LEFT_OUTER, on=(Last.id == latest.c.eid))
            .join(Party, peewee.JOIN.LEFT_OUTER, on=(Last.party == Party.id))
            .where(Serial.serial.contains(needle))
            .order_by(Serial.serial))


def history(serial: str):
    """Every event of one serial, oldest first, with party and document (a query)."""
    return (SerialEvent.select(SerialEvent, Party, Document)
            .join(Serial).switch(SerialEvent)
            .join(Party, peewee.JOIN.LEFT_OUTER).switch(SerialEvent)
            .join(Document, peewee.JOIN.LEFT_OUTER)
            .where(Serial.serial == normalise_serial(serial))
            .order_by(SerialEvent.date, SerialEvent.id))
