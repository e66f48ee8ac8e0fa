"""Old-part tags (旧件标签) and the boxes bad parts go back to HQ in (装箱单), issue 19 items 1-2.

Data model (migration 0021):

- ``PartTag``: one tag per bad part a station sent back (a STATION_BAD_RETURN line of quantity q
  gets tags 1..q). Its id, ``<document number>-<line>-<n>`` (FH-2026-000003-1-2), is printed as a
  barcode and is unique by an index; it names the return document, so a tag read from a part leads
  back to the books. It records the station, the part and the issue it answers: debts clear oldest
  first (ledger.books.owed_open), so the n-th part a station returns of a part number answers the
  issue that opened the n-th part it owed; a line posted 不抵欠 answers none.
- ``ReturnBox``: box n of one HQ_BAD_RETURN, its weight in grams; ``BoxTag``: the tags in it.
- ``TagConfirm``: HQ's confirmation (an HQ_BAD_CONFIRM referencing that return) of one tag, keyed
  per box (every tag of it) or per tag. A tag packed but not confirmed is *missing*, and the list
  of missing tags says in which box each was packed.
- ``ReturnTag`` (migration 0028): the tags scanned into an HQ_BAD_RETURN as it was keyed; such a
  return is packed from them, and they are on no other return. ``DraftTag``: the tags scanned into
  a saved draft. A tag scanned into a form is checked by ``check_scan`` (the codes below), recorded
  by ``record_scanned`` in the posting's transaction.

Tags are made the first time a return's tags are asked for (``ensure_tags``, one transaction; the
(line, n) index keeps two clerks from making them twice) and are never changed afterwards: a
reprint prints the same ids. Refusals are ``tags.*`` codes (ledger/texts.py words them).
"""
from __future__ import annotations

from dataclasses import dataclass, field

import peewee
from peewee import CharField, DateField, DateTimeField, ForeignKeyField, IntegerField, JOIN, fn

from common import audit
from common.actor import Actor
from common.auth import require
from common.db import BaseModel, database
from common.errors import Refusal
from common.models import User
from ledger.drafts import SavedDraft
from ledger.models import Document, DocumentLine, OpeningLine, Party, Part, Posting
from ledger.posting import is_reversed, normalise_code, number_matches
from ledger.texts import (
    TAGS_ALREADY_CONFIRMED, TAGS_ALREADY_CONFIRMED_PACK, TAGS_ALREADY_PACKED, TAGS_ALREADY_RECEIVED,
    TAGS_ALREADY_RETURNED, TAGS_BAD_WEIGHT, TAGS_CONFIRM_NO_RETURN, TAGS_CONFIRM_TOO_MANY, TAGS_EMPTY_BOX,
    TAGS_NOTHING_TO_CONFIRM, TAGS_NOT_EXPECTED, TAGS_NOT_IN_RETURN, TAGS_NOT_PACKED, TAGS_NOT_RETURNED,
    TAGS_NO_BOXES, TAGS_OTHER_STATION, TAGS_PACKED_ELSEWHERE, TAGS_PART_NOT_IN_RETURN, TAGS_RETURNED_ELSEWHERE,
    TAGS_REVERSED, TAGS_SCANNED_TWICE, TAGS_TAG_NOT_PACKED, TAGS_TAG_TWICE, TAGS_TOO_MANY, TAGS_UNKNOWN_BOX,
    TAGS_UNKNOWN_DOCUMENT, TAGS_UNKNOWN_TAG, TAGS_WRONG_TYPE,
)


class PartTag(BaseModel):
    tag = CharField(max_length=64, unique=True)
    line = ForeignKeyField(DocumentLine, on_delete="RESTRICT")
    seq = IntegerField()
    part = ForeignKeyField(Part, on_delete="RESTRICT")
    station = ForeignKeyField(Party, on_delete="RESTRICT")
    issue_document = ForeignKeyField(Document, null=True, on_delete="RESTRICT")
    issue_number = CharField(max_length=64, null=True)
    issue_date = DateField(null=True)
    created_at = DateTimeField()
    created_by = ForeignKeyField(User, on_delete="RESTRICT")

    class Meta:
        table_name = "ledger_part_tag"
        indexes = ((("line", "seq"), True),)


class ReturnBox(BaseModel):
    document = ForeignKeyField(Document, on_delete="RESTRICT")
    box_no = IntegerField()
    weight_g = IntegerField()
    created_at = DateTimeField()
    created_by = ForeignKeyField(User, on_delete="RESTRICT")

    class Meta:
        table_name = "ledger_return_box"
        indexes = ((("document", "box_no"), True),)


class BoxTag(BaseModel):
    box = ForeignKeyField(ReturnBox, on_delete="CASCADE")
    tag = ForeignKeyField(PartTag, unique=True, on_delete="RESTRICT")

    class Meta:
        table_name = "ledger_box_tag"


class TagConfirm(BaseModel):
    tag = ForeignKeyField(PartTag, unique=True, on_delete="RESTRICT")
    document = ForeignKeyField(Document, on_delete="RESTRICT")
    created_at = DateTimeField()
    created_by = ForeignKeyField(User, on_delete="RESTRICT")

    class Meta:
        table_name = "ledger_tag_confirm"


@dataclass(frozen=True)
class TagInfo:
    """One tag as printed and listed."""
    tag: str
    document_number: str
    document_date: object
    source_number: str | None
    line_no: int
    seq: int
    qty: int  # the line's quantity (tag seq of qty)
    part_number: str
    part_name: str
    station_code: str
    station_name: str
    issue_number: str | None
    issue_date: object


@dataclass(frozen=True)
class BoxSpec:
    """One box as the clerk packs it: weight in grams and the tag ids in it."""
    weight_g: int
    tags: list


@dataclass(frozen=True)
class MissingTag:
    tag: str
    box_no: int
    part_number: str
    part_name: str


@dataclass
class ConfirmResult:
    confirmed: list = field(default_factory=list)  # tag ids newly confirmed
    missing: list = field(default_factory=list)  # MissingTag, packed in the return and not confirmed


def tag_id(document_number: str, line_no: int, seq: int) -> str:
    return f"{document_number}-{line_no}-{seq}"


def _audited(document: Document) -> dict:
    """The document named in a tags.* audit row as the activity lists name a document (type and number)."""
    return {"document": document.number, "number": document.number, "doc_type": document.doc_type}


def find_document(number: str, doc_types: tuple) -> Document:
    """The posted document of one of ``doc_types`` by its number (as a clerk types it)."""
    document = Document.select().where(number_matches(number)).first()
    if document is None:
        raise Refusal(TAGS_UNKNOWN_DOCUMENT, document=number)
    if document.doc_type not in doc_types:
        raise Refusal(TAGS_WRONG_TYPE, document=document.number, doc_type=document.doc_type,
                      expected=doc_types[0])
    return document


def _issues_answered(line: DocumentLine, station_id: int) -> list[tuple]:
    """(issue document id, its number, its date) for each part of ``line``, in order: the debts of
    this station and part that its clearing posting settled, oldest first as owed_open does."""
    postings = list(Posting.select(Posting, OpeningLine.origin_date, OpeningLine.origin_number)
                    .join(OpeningLine, JOIN.LEFT_OUTER, on=(OpeningLine.line == Posting.line))
                    .where((Posting.book == "owed_by") & (Posting.party == station_id)
                           & (Posting.part == line.part_id)).objects())
    mine = [p for p in postings if p.line_id == line.id and p.delta < 0]
    if not mine:
        return [(None, None, None)] * line.qty  # 不抵欠: the return cleared no debt
    own = mine[0]
    # Everything cleared before this line, in the order the books settle it (date, then posting).
    cleared_before = -sum(p.delta for p in postings if p.delta < 0 and (p.date, p.id) < (own.date, own.id))
    debts = sorted((p for p in postings if p.delta > 0), key=lambda p: (p.origin_date or p.date, p.id))
    answered, position = [], 0
    numbers = {d.id: (d.number, d.date) for d in Document.select(Document.id, Document.number, Document.date)
               .where(Document.id.in_([p.document_id for p in debts] or [0]))}
    for debt in debts:
        for _ in range(debt.delta):
            position += 1
            if position > cleared_before and len(answered) < -own.delta:
                number, date = numbers[debt.document_id]
                answered.append((debt.document_id, debt.origin_number or number, debt.origin_date or date))
    answered += [(None, None, None)] * (line.qty - len(answered))
    return answered


def ensure_tags(actor: Actor, document_number: str) -> list[TagInfo]:
    """The tags of one STATION_BAD_RETURN, made now if it has none yet (one per part)."""
    require(actor, "parts.post")
    with database.atomic():
        document = find_document(document_number, ("STATION_BAD_RETURN",))
        if is_reversed(document.id) is not None:
            raise Refusal(TAGS_REVERSED, document=document.number)
        lines = list(DocumentLine.select().where(DocumentLine.document == document.id).order_by(DocumentLine.line_no))
        have = {line_id for (line_id,) in PartTag.select(PartTag.line).where(
            PartTag.line.in_([l.id for l in lines])).distinct().tuples()}
        rows = []
        for line in lines:
            if line.id in have:
                continue
            for seq, (issue_id, issue_number, issue_date) in enumerate(_issues_answered(line, document.party_id), 1):
                rows.append({"tag": tag_id(document.number, line.line_no, seq), "line": line.id, "seq": seq,
                             "part": line.part_id, "station": document.party_id, "issue_document": issue_id,
                             "issue_number": issue_number, "issue_date": issue_date,
                             "created_at": actor.now, "created_by": actor.user.id})
        if rows:
            for start in range(0, len(rows), 200):
                PartTag.insert_many(rows[start:start + 200]).execute()
            audit.record(actor, "tags.create", "ledger_document", document.id,
                         {**_audited(document), "tags": len(rows)})
    return document_tags(document.id)


def _tag_query():
    return (PartTag.select(PartTag, DocumentLine, Document, Part, Party)
            .join(DocumentLine, on=(PartTag.line == DocumentLine.id))
            .join(Document, on=(DocumentLine.document == Document.id))
            .switch(PartTag).join(Part, on=(PartTag.part == Part.id))
            .switch(PartTag).join(Party, on=(PartTag.station == Party.id)))


def _info(tag: PartTag) -> TagInfo:
    line, document = tag.line, tag.line.document
    return TagInfo(tag.tag, document.number, document.date, document.source_number, line.line_no, tag.seq, line.qty,
                   tag.part.number, tag.part.name, tag.station.code, tag.station.name, tag.issue_number,
                   tag.issue_date)


def document_tags(document_id: int) -> list[TagInfo]:
    query = _tag_query().where(Document.id == document_id).order_by(DocumentLine.line_no, PartTag.seq)
    return [_info(tag) for tag in query]


def trace(tag_text: str) -> TagInfo:
    """What one tag id stands for (a scanned tag)."""
    tag = _tag_query().where(PartTag.tag == normalise_code(tag_text).upper()).first()
    if tag is None:
        raise Refusal(TAGS_UNKNOWN_TAG, tag=tag_text)
    return _info(tag)


# ---------------------------------------------------------------------------------------------
# Packing an HQ_BAD_RETURN into boxes


def parse_weight_g(text) -> int:
    """A box weight as typed in kilograms (12.5, 12,5 or 12.5kg) -> grams; refused if not > 0."""
    raw = normalise_code(str(text)).lower().removesuffix("kg").strip().replace(",", ".")
    try:
        grams = round(float(raw) * 1000)
    except ValueError:
        raise Refusal(TAGS_BAD_WEIGHT, value=str(text)) from None
    if grams <= 0 or grams > 1_000_000:
        raise Refusal(TAGS_BAD_WEIGHT, value=str(text))
    return grams


def pack(actor: Actor, return_number: str, boxes: list[BoxSpec]) -> list[int]:
    """Put the return's parts, by tag, into boxes 1..N (replacing an earlier packing of it, which
    is allowed until HQ has confirmed anything of it). Returns the tag count per box."""
    require(actor, "parts.post")
    with database.atomic():
        document = find_document(return_number, ("HQ_BAD_RETURN",))
        if TagConfirm.select().join(PartTag).join(BoxTag).join(ReturnBox).where(
                ReturnBox.document == document.id).exists():
            raise Refusal(TAGS_ALREADY_CONFIRMED_PACK, document=document.number)
        if not boxes:
            raise Refusal(TAGS_NO_BOXES, document=document.number)
        quantities = {number: qty for number, qty in DocumentLine.select(Part.number, fn.SUM(DocumentLine.qty))
                      .join(Part).where(DocumentLine.document == document.id).group_by(Part.number).tuples()}
        seen: dict[str, int] = {}
        packed_per_part: dict[str, int] = {}
        tag_rows = []
        for box_no, box in enumerate(boxes, 1):
            if box.weight_g is None or box.weight_g <= 0:
                raise Refusal(TAGS_BAD_WEIGHT, value=str(box.weight_g), box=box_no)
            if not box.tags:
                raise Refusal(TAGS_EMPTY_BOX, box=box_no)
            for text in box.tags:
                tag = PartTag.select(PartTag, Part).join(Part).where(
                    PartTag.tag == normalise_code(text).upper()).first()
                if tag is None:
                    raise Refusal(TAGS_UNKNOWN_TAG, tag=text)
                if tag.tag in seen:
                    raise Refusal(TAGS_TAG_TWICE, tag=tag.tag, box=box_no, first_box=seen[tag.tag])
                seen[tag.tag] = box_no
                elsewhere = (ReturnBox.select(ReturnBox, Document).join(Document).switch(ReturnBox).join(BoxTag)
                             .where((BoxTag.tag == tag.id) & (ReturnBox.document != document.id)).first())
                if elsewhere is not None:
                    raise Refusal(TAGS_PACKED_ELSEWHERE, tag=tag.tag, document=elsewhere.document.number,
                                  box=elsewhere.box_no)
                returned = _returned_on(tag.id)
                if returned is not None and returned.id != document.id:
                    raise Refusal(TAGS_RETURNED_ELSEWHERE, tag=tag.tag, document=returned.number)
                number = tag.part.number
                if number not in quantities:
                    raise Refusal(TAGS_PART_NOT_IN_RETURN, tag=tag.tag, part=number, document=document.number)
                packed_per_part[number] = packed_per_part.get(number, 0) + 1
                if packed_per_part[number] > quantities[number]:
                    raise Refusal(TAGS_TOO_MANY, part=number, qty=quantities[number], document=document.number)
                tag_rows.append((box_no, tag.id))
        old = [box.id for box in ReturnBox.select(ReturnBox.id).where(ReturnBox.document == document.id)]
        if old:
            BoxTag.delete().where(BoxTag.box.in_(old)).execute()
            ReturnBox.delete().where(ReturnBox.id.in_(old)).execute()
        ids = {}
        for box_no, box in enumerate(boxes, 1):
            ids[box_no] = ReturnBox.insert(document=document.id, box_no=box_no, weight_g=box.weight_g,
                                           created_at=actor.now, created_by=actor.user.id).execute()
        BoxTag.insert_many([{"box": ids[box_no], "tag": tag} for box_no, tag in tag_rows]).execute()
        audit.record(actor, "tags.pack", "ledger_document", document.id,
                     {**_audited(document), "boxes": len(boxes), "tags": len(tag_rows)})
    return [len(box.tags) for box in boxes]


@dataclass(frozen=True)
class Box:
    box_no: int
    weight_g: int
    tags: list  # TagInfo


def packing(document_id: int) -> list[Box]:
    """The boxes of one HQ_BAD_RETURN with their tags, in box order."""
    boxes = list(ReturnBox.select().where(ReturnBox.document == document_id).order_by(ReturnBox.box_no))
    contents: dict[int, list] = {box.id: [] for box in boxes}
    query = (_tag_query().switch(PartTag).join(BoxTag, on=(BoxTag.tag == PartTag.id))
             .where(BoxTag.box.in_(list(contents) or [0])).order_by(Part.number, PartTag.tag))
    for tag in query.select_extend(BoxTag.box):
        contents[tag.boxtag.box_id].append(_info(tag))
    return [Box(box.box_no, box.weight_g, contents[box.id]) for box in boxes]


def box_code(return_number: str, box_no: int) -> str:
    """The barcode on a box label: the return's number and the box (FZ-2026-000049-B2)."""
    return f"{return_number}-B{box_no}"


def box_of_code(code: str) -> tuple[str, int, list[str]] | None:
    """A box label's barcode read back (``box_code``): the return's number, the box and its tag ids;
    None when the code is no box of a packed return to HQ."""
    text = normalise_code(code or "").upper()
    head, _, box_no = text.rpartition("-B")
    if not head or not box_no.isdigit():
        return None
    document = Document.get_or_none((Document.number == head) & (Document.doc_type == "HQ_BAD_RETURN"))
    if document is None:
        return None
    box = next((b for b in packing(document.id) if b.box_no == int(box_no)), None)
    return (document.number, box.box_no, [t.tag for t in box.tags]) if box is not None else None


# ---------------------------------------------------------------------------------------------
# HQ's confirmation per box and per tag


def _packed(return_id: int) -> dict[str, tuple[int, int, str, str]]:
    """tag id -> (tag row id, box no, part number, part name) of everything packed in a return."""
    return {tag: (tag_row, box_no, number, name) for tag, tag_row, box_no, number, name in
            PartTag.select(PartTag.tag, PartTag.id, ReturnBox.box_no, Part.number, Part.name)
            .join(BoxTag, on=(BoxTag.tag == PartTag.id)).join(ReturnBox, on=(BoxTag.box == ReturnBox.id))
            .switch(PartTag).join(Part, on=(PartTag.part == Part.id))
            .where(ReturnBox.document == return_id).tuples()}


def missing(return_id: int) -> list[MissingTag]:
    """Tags packed in the return that no confirmation has named yet, with the box they went in."""
    confirmed = {tag for (tag,) in TagConfirm.select(PartTag.tag).join(PartTag).tuples()}
    return [MissingTag(tag, box_no, number, name)
            for tag, (_, box_no, number, name) in sorted(_packed(return_id).items(), key=lambda i: (i[1][1], i[0]))
            if tag not in confirmed]


def confirm(actor: Actor, confirm_number: str, boxes=(), tags=()) -> ConfirmResult:
    """Record that HQ's confirmation ``confirm_number`` (an HQ_BAD_CONFIRM) received whole boxes of
    its return and/or single tags. All or nothing. Per part no more tags are confirmed than the
    confirmation document holds. Returns the newly confirmed tags and what is still missing."""
    require(actor, "parts.post")
    with database.atomic():
        document = find_document(confirm_number, ("HQ_BAD_CONFIRM",))
        if document.reference_id is None or document.reference.doc_type != "HQ_BAD_RETURN":
            raise Refusal(TAGS_CONFIRM_NO_RETURN, document=document.number)
        return_doc = document.reference
        packed = _packed(return_doc.id)
        if not packed:
            raise Refusal(TAGS_NOT_PACKED, document=return_doc.number)
        box_count = ReturnBox.select().where(ReturnBox.document == return_doc.id).count()
        chosen: list[str] = []
        for box_no in boxes:
            if not 1 <= int(box_no) <= box_count:
                raise Refusal(TAGS_UNKNOWN_BOX, box=box_no, boxes=box_count, document=return_doc.number)
            chosen += sorted(tag for tag, (_, b, _, _) in packed.items() if b == int(box_no))
        for text in tags:
            tag = normalise_code(text).upper()
            if tag not in packed:
                row = PartTag.get_or_none(PartTag.tag == tag)
                if row is None:
                    raise Refusal(TAGS_UNKNOWN_TAG, tag=text)
                raise Refusal(TAGS_NOT_IN_RETURN, tag=tag, document=return_doc.number)
            chosen.append(tag)
        chosen = list(dict.fromkeys(chosen))
        if not chosen:
            raise Refusal(TAGS_NOTHING_TO_CONFIRM, document=document.number)
        done = {tag: number for tag, number in TagConfirm.select(PartTag.tag, Document.number).join(PartTag)
                .switch(TagConfirm).join(Document).where(PartTag.tag.in_(chosen)).tuples()}
        for tag in chosen:
            if tag in done:
                raise Refusal(TAGS_ALREADY_CONFIRMED, tag=tag, document=done[tag])
        allowed = {number: qty for number, qty in DocumentLine.select(Part.number, fn.SUM(DocumentLine.qty))
                   .join(Part).where(DocumentLine.document == document.id).group_by(Part.number).tuples()}
        counts = {number: n for number, n in TagConfirm.select(Part.number, fn.COUNT(TagConfirm.id))
                  .join(PartTag).join(Part).where(TagConfirm.document == document.id).group_by(Part.number).tuples()}
        for tag in chosen:
            number = packed[tag][2]
            counts[number] = counts.get(number, 0) + 1
            if counts[number] > allowed.get(number, 0):
                raise Refusal(TAGS_CONFIRM_TOO_MANY, part=number, qty=allowed.get(number, 0),
                              document=document.number)
        TagConfirm.insert_many([{"tag": packed[tag][0], "document": document.id, "created_at": actor.now,
                                 "created_by": actor.user.id} for tag in chosen]).execute()
        audit.record(actor, "tags.confirm", "ledger_document", document.id,
                     {**_audited(document), "tags": len(chosen)})
        return ConfirmResult(chosen, missing(return_doc.id))


# ---------------------------------------------------------------------------------------------
# Tags scanned into a document (issue 19 item 3, migration 0028)

# Where a tag may be scanned: a station's bad parts coming in (to catch a part already received),
# a return to HQ (the tagged part goes back) and HQ's confirmation (the tagged part arrived).
SCAN_TYPES = ("STATION_BAD_RETURN", "HQ_BAD_RETURN", "HQ_BAD_CONFIRM")


class ReturnTag(BaseModel):
    """A tag scanned into an HQ_BAD_RETURN when it was posted: that part went back on it."""
    document = ForeignKeyField(Document, on_delete="RESTRICT")
    tag = ForeignKeyField(PartTag, on_delete="RESTRICT")

    class Meta:
        table_name = "ledger_return_tag"
        indexes = ((("document", "tag"), True),)


class DraftTag(BaseModel):
    """A tag scanned into a saved draft (ledger.drafts), so a kept draft keeps its tags."""
    draft = ForeignKeyField(SavedDraft, on_delete="CASCADE")
    tag = ForeignKeyField(PartTag, on_delete="CASCADE")

    class Meta:
        table_name = "ledger_draft_tag"
        indexes = ((("draft", "tag"), True),)


@dataclass(frozen=True)
class ScannedTag:
    """A tag accepted by a form: what it stands for and, for a confirmation, where it went back."""
    info: TagInfo
    return_number: str | None = None  # the HQ_BAD_RETURN it went back on
    box_no: int | None = None  # its box there, once packed


def is_tag(code: str) -> bool:
    """Whether a scanned code is a tag id (and not, say, a part number)."""
    return PartTag.select().where(PartTag.tag == normalise_code(code or "").upper()).exists()


def _returned_on(tag_id: int) -> Document | None:
    """The HQ_BAD_RETURN (not reversed) a tag was scanned into, if any."""
    for row in ReturnTag.select(ReturnTag, Document).join(Document).where(ReturnTag.tag == tag_id):
        if is_reversed(row.document.id) is None:
            return row.document
    return None


def _reference_document(reference) -> Document | None:
    text = normalise_code(str(reference or ""))
    if not text:
        return None
    return Document.select().where(number_matches(text) | (Document.source_number == text)).first()


def check_scan(doc_type: str, party_code: str | None, reference, tag_text: str, scanned=()) -> ScannedTag:
    """Whether ``tag_text`` may be scanned into a form of ``doc_type`` (counterparty ``party_code``,
    reference as typed) that already holds the tags ``scanned``; refused with the tag named."""
    code = normalise_code(tag_text or "").upper()
    row = _tag_query().where(PartTag.tag == code).first()
    if row is None:
        raise Refusal(TAGS_UNKNOWN_TAG, tag=code)
    if code in {normalise_code(t).upper() for t in scanned}:
        raise Refusal(TAGS_SCANNED_TWICE, tag=code)
    info = _info(row)
    if doc_type not in SCAN_TYPES:
        raise Refusal(TAGS_NOT_EXPECTED, tag=code, doc_type=doc_type)
    if doc_type == "STATION_BAD_RETURN":
        party = normalise_code(party_code or "")
        if party and party != info.station_code:
            raise Refusal(TAGS_OTHER_STATION, tag=code, station=info.station_code, station_name=info.station_name,
                          party=party)
        raise Refusal(TAGS_ALREADY_RECEIVED, tag=code, document=info.document_number,
                      date=str(info.document_date)[:10])
    confirmed = (TagConfirm.select(TagConfirm, Document).join(Document).where(TagConfirm.tag == row.id).first())
    if confirmed is not None:
        raise Refusal(TAGS_ALREADY_CONFIRMED, tag=code, document=confirmed.document.number)
    box = (ReturnBox.select(ReturnBox, Document).join(Document).switch(ReturnBox).join(BoxTag)
           .where(BoxTag.tag == row.id).first())
    returned = _returned_on(row.id)
    if doc_type == "HQ_BAD_RETURN":
        if box is not None:
            raise Refusal(TAGS_ALREADY_PACKED, tag=code, document=box.document.number, box=box.box_no)
        if returned is not None:
            raise Refusal(TAGS_ALREADY_RETURNED, tag=code, document=returned.number)
        return ScannedTag(info)
    if box is None and returned is not None:
        # HQ confirms what it found in the boxes (``confirm``): a return not packed yet has none.
        raise Refusal(TAGS_TAG_NOT_PACKED, tag=code, document=returned.number)
    if box is None:
        raise Refusal(TAGS_NOT_RETURNED, tag=code)
    where = box.document
    wanted = _reference_document(reference)
    if reference and str(reference).strip() and (wanted is None or wanted.id != where.id):
        raise Refusal(TAGS_NOT_IN_RETURN, tag=code, document=normalise_code(str(reference)))
    return ScannedTag(info, where.number, box.box_no)


def record_scanned(actor: Actor, document_id: int, scanned: list[str]) -> None:
    """The tags scanned into a document just posted (call it inside the posting's transaction):
    an HQ_BAD_RETURN records them as gone back on it, an HQ_BAD_CONFIRM confirms them (``confirm``).
    Each is checked again (another PC may have taken it since) and must match a line's part, no
    more tags per part than the line's quantity."""
    require(actor, "parts.post")
    if not scanned:
        return
    with database.atomic():
        document = Document.get_by_id(document_id)
        reference = document.reference.number if document.reference_id else None
        party = document.party.code if document.party_id else None
        quantities = {number: qty for number, qty in DocumentLine.select(Part.number, fn.SUM(DocumentLine.qty))
                      .join(Part).where(DocumentLine.document == document.id).group_by(Part.number).tuples()}
        seen: list[str] = []
        per_part: dict[str, int] = {}
        for text in scanned:
            found = check_scan(document.doc_type, party, reference, text, seen)
            seen.append(found.info.tag)
            number = found.info.part_number
            if number not in quantities:
                raise Refusal(TAGS_PART_NOT_IN_RETURN, tag=found.info.tag, part=number, document=document.number)
            per_part[number] = per_part.get(number, 0) + 1
            if per_part[number] > quantities[number]:
                raise Refusal(TAGS_TOO_MANY, part=number, qty=quantities[number], document=document.number)
        if document.doc_type == "HQ_BAD_CONFIRM":
            confirm(actor, document.number, tags=seen)
            return
        ids = dict(PartTag.select(PartTag.tag, PartTag.id).where(PartTag.tag.in_(seen)).tuples())
        ReturnTag.insert_many([{"document": document.id, "tag": ids[tag]} for tag in seen]).execute()
        audit.record(actor, "tags.return", "ledger_document", document.id,
                     {**_audited(document), "tags": len(seen)})


def returned_tags(document_id: int) -> list[str]:
    """The tags scanned into an HQ_BAD_RETURN, in tag order (the packing dialog starts from them)."""
    return [tag for (tag,) in PartTag.select(PartTag.tag).join(ReturnTag, on=(ReturnTag.tag == PartTag.id))
            .where(ReturnTag.document == document_id).order_by(PartTag.tag).tuples()]


def keep_draft_tags(draft_id: int, scanned: list[str]) -> None:
    """The tags of a draft just saved, replacing what it held (inside the saving's transaction)."""
    with database.atomic():
        DraftTag.delete().where(DraftTag.draft == draft_id).execute()
        ids = dict(PartTag.select(PartTag.tag, PartTag.id).where(
            PartTag.tag.in_([normalise_code(t).upper() for t in scanned] or [""])).tuples())
        if ids:
            DraftTag.insert_many([{"draft": draft_id, "tag": tag_row} for tag_row in ids.values()]).execute()


def draft_tags(draft_id: int) -> list[TagInfo]:
    query = (_tag_query().switch(PartTag).join(DraftTag, on=(DraftTag.tag == PartTag.id))
             .where(DraftTag.draft == draft_id).order_by(PartTag.tag))
    return [_info(tag) for tag in query]
