"""Posting parts documents: the one place that writes the journal, by the document types of
ledger.doctypes (what each type does to the books).

A ``Draft`` is what the clerk keyed or imported: type, date, counterparty, source number, the
document it settles, and lines (part number, quantity, price in fen, flag, remark). ``preview``
says what posting it would do to every book; ``post`` does it in one transaction;
``ledger.reversal.reverse`` posts the exact negation of a posted document as a REVERSAL document.

Rules kept here (LEDGERS.md is the contract):

- The effect of a line on the books depends only on its document's type, its quantity and its flag
  (``ledger.doctypes.line_effects``). Postings carry the document's party; owed_to / owed_by balances
  are per party.
- No book of any part (and party, for the owed books) may be negative at the end of ANY day, also
  after back-dated postings: a posting dated D is checked against the running balance of every
  later day, not just today. The check is at end-of-day granularity, like the paper books: a part
  issued in the morning and received in the afternoon of the same day is fine.
- A receipt, transit loss or HQ confirmation may not settle more of a part than is still open on
  the shipment it references (other settlements that were reversed do not count).
- Reversal: any posted document, once. A document that other (unreversed) documents reference,
  e.g. a shipment with receipts, must have those reversed first. A REVERSAL itself cannot be
  reversed: to undo a mistaken reversal, post the original document again (with a new number).
- Numbers are gapless per (type, year): the counter row is incremented inside the posting
  transaction, so a refused posting (or a crash) rolls the number back with everything else.

Concurrency: on SQLite a write transaction starts IMMEDIATE, so writers are serialised. On
PostgreSQL every posting path takes its row locks in the one order ``lock_for_posting`` fixes
(counter rows, the documents it settles or reverses, balance rows, then the audit head), so two
clerks cannot deadlock; a deadlock or serialization failure that still happens is retried as a
whole transaction (``common.db.retrying``).
"""
from __future__ import annotations

import json
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date as Date

import peewee

from common import audit
from common.actor import Actor
from common.auth import require
from common.db import database, is_sqlite, retrying
from common.errors import Refusal
from ledger.daylock import check_not_locked
from ledger.doctypes import (
    DOC_TYPES, OPENING_SHIPMENT_BOOKS, SETTLING_TYPES, SHIPMENT_TYPES, DocType, document_number, line_effects,
)
from ledger.models import (
    BOOK_NAMES, PARTY_BOOKS, Balance, Document, DocumentCounter, DocumentLine, OpeningLine, Party, Part, Posting,
)
from ledger.texts import (
    LEDGER_ALREADY_POSTED, LEDGER_ALREADY_REVERSED, LEDGER_AMBIGUOUS_REFERENCE, LEDGER_BAD_DATE, LEDGER_BAD_PRICE,
    LEDGER_BAD_QUANTITY, LEDGER_BEFORE_OPENING, LEDGER_DATE_BEFORE_REFERENCE, LEDGER_EXCEEDS_OPEN,
    LEDGER_FUTURE_DATE, LEDGER_INSUFFICIENT, LEDGER_NO_LINES, LEDGER_OPENING_VIA_OPENING, LEDGER_PARTY_EXISTS,
    LEDGER_PARTY_INACTIVE, LEDGER_PARTY_INCOMPLETE, LEDGER_PARTY_REQUIRED, LEDGER_PARTY_UNKNOWN_KIND,
    LEDGER_PARTY_WRONG_KIND, LEDGER_PART_BAD_NUMBER, LEDGER_PART_EXISTS, LEDGER_PART_INCOMPLETE,
    LEDGER_REFERENCE_OTHER_PARTY, LEDGER_REFERENCE_REQUIRED, LEDGER_REFERENCE_REVERSED,
    LEDGER_REFERENCE_UNEXPECTED, LEDGER_REFERENCE_WRONG_TYPE, LEDGER_REMARK_REQUIRED, LEDGER_REVERSAL_VIA_REVERSE,
    LEDGER_UNKNOWN_PART, LEDGER_UNKNOWN_PARTY, LEDGER_UNKNOWN_REFERENCE, LEDGER_UNKNOWN_TYPE,
)


# -- drafts and results --------------------------------------------------------------------------

@dataclass
class DraftLine:
    part_number: str
    qty: int
    price_fen: int | None = None  # None: the part's standard price
    flag: bool | None = None  # None: the type's default (抵欠 for the two debt-clearing returns)
    remark: str = ""


@dataclass
class Draft:
    doc_type: str
    date: Date
    party: str | int | None = None  # party code (or id)
    source_number: str | None = None
    reference: str | int | None = None  # document id, our number, or the referenced source number
    remark: str = ""
    lines: list = field(default_factory=list)  # DraftLine or (part_number, qty, price_fen, flag, remark)


@dataclass(frozen=True)
class Effect:
    """What a posting does to one book of one part (and party, for the owed books)."""

    part_number: str
    book: str
    party_code: str | None
    before: int  # current balance (all dates)
    delta: int
    after: int
    ok: bool = True  # False: the book would go negative on some day (see ``_book_state``)
    available: int | None = None  # the most that can leave this book on the document's date


@dataclass(frozen=True)
class PostResult:
    document_id: int
    number: str
    doc_type: str
    date: Date
    line_count: int
    effects: tuple


@dataclass
class _Prepared:
    doc_type: DocType
    date: Date
    party: Party | None
    source_number: str | None
    reference: Document | None
    remark: str
    lines: list  # (line_no, Part, qty, price_fen, flag, remark)
    effects: list  # (line_no, Part, book, delta)
    reference_key: str | None = None  # the opening shipment's 原始单号 when ``reference`` is the OPENING


# -- helpers --------------------------------------------------------------------------------------

def normalise_code(text) -> str:
    """Part numbers and codes typed with a full-width IME or with stray spaces mean the same."""
    return unicodedata.normalize("NFKC", str(text)).strip()


def _lock(query):
    # SQLite has no row locks; its IMMEDIATE write transaction already serialises writers.
    return query if is_sqlite() else query.for_update()


def balance_key(part_id: int, book: str, party_id: int | None) -> tuple[int, str, int]:
    return (part_id, book, (party_id or 0) if book in PARTY_BOOKS else 0)


def _not_reversed():
    reversed_ids = Document.select(Document.reference).where(
        (Document.doc_type == "REVERSAL") & Document.reference.is_null(False)
    )
    return Document.id.not_in(reversed_ids)


def is_reversed(document_id: int) -> Document | None:
    return Document.get_or_none((Document.doc_type == "REVERSAL") & (Document.reference == document_id))


def shipment_open(shipment_id: int, key: str | None = None) -> dict[int, int]:
    """part id -> quantity still open on a shipment (shipped minus unreversed settlements).
    ``key``: the 原始单号 of one opening shipment when ``shipment_id`` is the OPENING document."""
    open_qty: dict[int, int] = defaultdict(int)
    shipped = (DocumentLine.select(DocumentLine.part, peewee.fn.SUM(DocumentLine.qty))
               .where(DocumentLine.document == shipment_id).group_by(DocumentLine.part))
    if key is not None:
        shipped = shipped.join(OpeningLine, on=(OpeningLine.line == DocumentLine.id)).where(
            (OpeningLine.origin_number == key) & OpeningLine.book.in_(tuple(OPENING_SHIPMENT_BOOKS.values())))
    for part_id, qty in shipped.tuples():
        open_qty[part_id] += qty
    settled = (
        DocumentLine.select(DocumentLine.part, peewee.fn.SUM(DocumentLine.qty))
        .join(Document)
        .where(
            (Document.reference == shipment_id) & Document.doc_type.in_(SETTLING_TYPES) & _not_reversed()
            & ((Document.reference_key == key) if key is not None else Document.reference_key.is_null())
        )
        .group_by(DocumentLine.part)
        .tuples()
    )
    for part_id, qty in settled:
        open_qty[part_id] -= qty
    return dict(open_qty)


def _resolve_party(doc_type: DocType, spec) -> Party | None:
    if spec is None or (isinstance(spec, str) and not spec.strip()):
        if doc_type.party_kinds:
            raise Refusal(LEDGER_PARTY_REQUIRED, doc_type=doc_type.code)
        return None
    if isinstance(spec, Party):
        party = spec
    elif isinstance(spec, int):
        party = Party.get_or_none(Party.id == spec)
    else:
        code = normalise_code(spec)
        party = Party.get_or_none(Party.code == code) or Party.get_or_none(Party.name == code)
    if party is None:
        raise Refusal(LEDGER_UNKNOWN_PARTY, party=str(spec))
    if not party.active:
        raise Refusal(LEDGER_PARTY_INACTIVE, party=party.code, name=party.name)
    if doc_type.party_kinds and party.kind not in doc_type.party_kinds:
        raise Refusal(
            LEDGER_PARTY_WRONG_KIND, party=party.code, kind=party.kind, doc_type=doc_type.code,
            allowed=",".join(sorted(doc_type.party_kinds)),
        )
    return party


def _opening_shipment(doc_type: DocType, text: str, party: Party | None) -> tuple[Document, str] | None:
    """The unreversed OPENING document and the in-transit type of its shipment numbered ``text``
    (HQ's delivery list, our return slip), if the opening holds one this type may settle."""
    books = {OPENING_SHIPMENT_BOOKS[t]: t for t in doc_type.reference_types if t in OPENING_SHIPMENT_BOOKS}
    if not books:
        return None
    query = (OpeningLine.select(DocumentLine.document, OpeningLine.book)
             .join(DocumentLine, on=(OpeningLine.line == DocumentLine.id))
             .join(Document, on=(DocumentLine.document == Document.id))
             .where((Document.doc_type == "OPENING") & _not_reversed() & (OpeningLine.origin_number == text)
                    & OpeningLine.book.in_(sorted(books)))
             .distinct())
    if party is not None:
        query = query.where(OpeningLine.party == party.id)
    found = list(query.tuples())
    if not found:
        return None
    if len(found) > 1:
        raise Refusal(LEDGER_AMBIGUOUS_REFERENCE, reference=text, count=len(found))
    document_id, book = found[0]
    return Document.get_by_id(document_id), books[book]


def _resolve_reference(doc_type: DocType, spec, party: Party | None, batch: _Batch | None = None):
    """(referenced document, opening key, the shipment type it stands for): the key is the 原始单号
    when the reference is a shipment of the opening, else None."""
    if spec is None or (isinstance(spec, str) and not spec.strip()):
        if doc_type.reference_types:
            raise Refusal(LEDGER_REFERENCE_REQUIRED, doc_type=doc_type.code,
                          expected=",".join(doc_type.reference_types))
        return None, None, None
    if not doc_type.reference_types:
        raise Refusal(LEDGER_REFERENCE_UNEXPECTED, doc_type=doc_type.code, reference=str(spec))
    if isinstance(spec, Document):
        found = [spec]
    elif isinstance(spec, int):
        found = list(Document.select().where(Document.id == spec))
    else:
        text = normalise_code(spec)
        if batch is not None and batch.by_number is not None:  # read once for the whole batch
            found = [d for form in number_forms(text) for d in batch.by_number.get(form, ())]
            if not found:
                found = [d for d in batch.by_source.get(text, ()) if d.doc_type in doc_type.reference_types
                         and (party is None or d.party_id == party.id)]
        else:
            found = list(Document.select().where(number_matches(text)))
            if not found:
                query = Document.select().where(
                    (Document.source_number == text) & Document.doc_type.in_(doc_type.reference_types)
                )
                if party is not None:
                    query = query.where(Document.party == party.id)
                found = list(query)
        if not found:
            opening = _opening_shipment(doc_type, text, party)
            if opening is not None:
                return opening[0], text, opening[1]
    if not found:
        raise Refusal(LEDGER_UNKNOWN_REFERENCE, doc_type=doc_type.code, reference=str(spec))
    if len(found) > 1:
        raise Refusal(LEDGER_AMBIGUOUS_REFERENCE, reference=str(spec), count=len(found))
    reference = found[0]
    if reference.doc_type not in doc_type.reference_types:
        raise Refusal(
            LEDGER_REFERENCE_WRONG_TYPE, reference=reference.number, found=reference.doc_type,
            expected=",".join(doc_type.reference_types), doc_type=doc_type.code,
        )
    if party is not None and reference.party_id != party.id:
        raise Refusal(LEDGER_REFERENCE_OTHER_PARTY, reference=reference.number,
                      party=party.code, reference_party=reference.party.code)
    # A document of the running batch cannot be reversed yet (a batch holds no reversals).
    reversal = None if batch is not None and reference.id in batch.shipped else is_reversed(reference.id)
    if reversal is not None:
        raise Refusal(LEDGER_REFERENCE_REVERSED, reference=reference.number, reversal=reversal.number)
    return reference, None, reference.doc_type


def _check_date(actor: Actor, on, reversing: Document | None = None) -> None:
    if not isinstance(on, Date):
        raise Refusal(LEDGER_BAD_DATE, date=str(on))
    if on > actor.today:
        raise Refusal(LEDGER_FUTURE_DATE, date=on.isoformat(), today=actor.today.isoformat())
    # A day signed by finance and the manager is closed: nothing dated on or before it may change.
    check_not_locked(on)
    # The opening is the books at the end of the go-live day: nothing may be posted on or before it.
    opening = (Document.select(Document.id, Document.number, Document.date)
               .where((Document.doc_type == "OPENING") & _not_reversed()).first())
    # The opening itself may be reversed on its own day, so that the corrected one replaces it there.
    if opening is not None and on <= opening.date and not (reversing is not None and reversing.id == opening.id):
        raise Refusal(LEDGER_BEFORE_OPENING, date=on.isoformat(), opening=opening.number,
                      opening_date=opening.date.isoformat())


def check_lines(doc_type: DocType, draft_lines, parts: dict | None = None) -> list[tuple]:
    """The lines of a draft, checked (parts exist, whole non-zero quantities, negative only for the
    stocktake adjustments, prices in fen): (line_no, Part, qty, price_fen, flag, remark).
    ``parts``: {number: Part} already read (a batch); numbers missing from it are read and added."""
    raw_lines = [line if isinstance(line, DraftLine) else DraftLine(*line) for line in draft_lines]
    numbers = {normalise_code(line.part_number) for line in raw_lines}
    if parts is None:
        parts = {}
    missing = [number for number in numbers if number not in parts]
    if missing:
        parts.update({p.number: p for p in Part.select().where(Part.number.in_(missing))})
    lines = []
    for line_no, line in enumerate(raw_lines, 1):
        number = normalise_code(line.part_number)
        part = parts.get(number)
        if part is None:
            raise Refusal(LEDGER_UNKNOWN_PART, line=line_no, part=number)
        qty = line.qty
        if isinstance(qty, bool) or not isinstance(qty, int) or qty == 0 or (qty < 0 and not doc_type.signed_qty):
            raise Refusal(LEDGER_BAD_QUANTITY, line=line_no, part=number, qty=str(qty), doc_type=doc_type.code)
        price = part.price_fen if line.price_fen is None else line.price_fen
        if isinstance(price, bool) or not isinstance(price, int) or price < 0:
            raise Refusal(LEDGER_BAD_PRICE, line=line_no, part=number, price=str(price))
        flag = doc_type.flag_default if line.flag is None else bool(line.flag)
        lines.append((line_no, part, qty, price, flag, (line.remark or "").strip()))
    return lines


def _prepare(actor: Actor, draft: Draft, batch: _Batch | None = None) -> _Prepared:
    doc_type = DOC_TYPES.get(str(draft.doc_type).strip())
    if doc_type is None:
        by_name = {t.name: t for t in DOC_TYPES.values()}
        doc_type = by_name.get(str(draft.doc_type).strip())
    if doc_type is None:
        raise Refusal(LEDGER_UNKNOWN_TYPE, doc_type=str(draft.doc_type))
    if doc_type.code == "REVERSAL":
        raise Refusal(LEDGER_REVERSAL_VIA_REVERSE)
    if doc_type.code == "OPENING":
        raise Refusal(LEDGER_OPENING_VIA_OPENING)
    require(actor, "parts.post_restricted" if doc_type.restricted else "parts.post")
    if batch is None or draft.date not in batch.dates_checked:
        _check_date(actor, draft.date)
        if batch is not None:
            batch.dates_checked.add(draft.date)
    party = _resolve_party(doc_type, draft.party)
    remark = (draft.remark or "").strip()
    if doc_type.signed_qty and not remark:
        raise Refusal(LEDGER_REMARK_REQUIRED, doc_type=doc_type.code)
    source_number = normalise_code(draft.source_number) if draft.source_number is not None else None
    source_number = source_number or None
    reference, reference_key, reference_type = _resolve_reference(doc_type, draft.reference, party, batch)
    if reference is not None and draft.date < reference.date:
        raise Refusal(LEDGER_DATE_BEFORE_REFERENCE, date=draft.date.isoformat(),
                      reference=reference.number, reference_date=reference.date.isoformat())
    if not draft.lines:
        raise Refusal(LEDGER_NO_LINES, doc_type=doc_type.code)

    lines = check_lines(doc_type, draft.lines, batch.parts if batch is not None else None)

    if reference is not None:
        open_qty = (batch.open_quantities(reference.id, reference_key) if batch is not None
                    else shipment_open(reference.id, reference_key))
        asked: dict[int, int] = defaultdict(int)
        for _, part, qty, *_ in lines:
            asked[part.id] += qty
        for part_id, qty in asked.items():
            if qty > open_qty.get(part_id, 0):
                part = next(p for _, p, *_ in lines if p.id == part_id)
                raise Refusal(LEDGER_EXCEEDS_OPEN, part=part.number, name=part.name, shipment=reference.number,
                              open=open_qty.get(part_id, 0), asked=qty, doc_type=doc_type.code)

    effects = [
        (line_no, part, book, delta)
        for line_no, part, qty, _, flag, _ in lines
        for book, delta in line_effects(doc_type.code, qty, flag, reference_type)
    ]
    return _Prepared(doc_type, draft.date, party, source_number, reference, remark, lines, effects, reference_key)


@dataclass
class _Batch:
    """What the documents of one file share while ``post_batch`` posts them: the parts read so far,
    the dates already checked against the locked days, the next number per (type, year)."""

    parts: dict = field(default_factory=dict)
    dates_checked: set = field(default_factory=set)
    counters: dict = field(default_factory=dict)  # (type, year) -> [counter id, last seq used]
    shipped: dict = field(default_factory=dict)  # document id written by the batch -> {part id: qty}
    open: dict = field(default_factory=dict)  # (shipment id, opening key) -> {part id: qty still open}
    # The documents the batch's references may name, by number and by source number: read in one
    # query per chunk before the batch (a query or two per receipt were half of a 3,000-document
    # import), and the batch's own documents added as they are written.
    by_number: dict | None = None
    by_source: dict | None = None
    postings: list = field(default_factory=list)  # rows written once the balance rows are locked

    def read_references(self, texts) -> None:
        self.by_number, self.by_source = defaultdict(list), defaultdict(list)
        texts = sorted({normalise_code(t) for t in texts})
        forms = sorted({form for text in texts for form in number_forms(text)})
        for chunk in peewee.chunked(forms, 500):
            for document in Document.select().where(Document.number.in_(chunk)):
                self.by_number[document.number].append(document)
        for chunk in peewee.chunked(texts, 500):
            for document in Document.select().where(Document.source_number.in_(chunk)):
                self.by_source[document.source_number].append(document)

    def shipments(self) -> list[int]:
        """Ids of the shipments the batch's references may name (locked before it settles them)."""
        found = [d for docs in (self.by_number or {}).values() for d in docs]
        found += [d for docs in (self.by_source or {}).values() for d in docs]
        return sorted({d.id for d in found if d.doc_type in SHIPMENT_TYPES})

    def add_reference(self, document: Document) -> None:
        if self.by_number is not None:
            self.by_number[document.number].append(document)
            if document.source_number:
                self.by_source[document.source_number].append(document)

    def open_quantities(self, shipment_id: int, key: str | None = None) -> dict[int, int]:
        """``shipment_open``, read once per shipment (none for one the batch wrote) and then kept
        up to date as the batch's own settlements are written."""
        if (shipment_id, key) not in self.open:
            self.open[(shipment_id, key)] = (dict(self.shipped[shipment_id]) if shipment_id in self.shipped
                                             else shipment_open(shipment_id, key))
        return self.open[(shipment_id, key)]

    def written(self, document_id: int, prepared: _Prepared) -> None:
        shipped: dict[int, int] = defaultdict(int)
        for _, part, qty, *_ in prepared.lines:
            shipped[part.id] += qty
        self.shipped[document_id] = dict(shipped)
        if prepared.reference is not None and prepared.doc_type.code in SETTLING_TYPES:
            open_qty = self.open_quantities(prepared.reference.id, prepared.reference_key)
            for part_id, qty in shipped.items():
                open_qty[part_id] = open_qty.get(part_id, 0) - qty


def _book_state(keys, on: Date, totals: dict | None = None) -> dict[tuple, tuple[int, int, int]]:
    """key -> (current total, balance at the end of ``on``, lowest balance at the end of ``on`` or
    any later day), for all keys of a document in two queries (one when ``totals``, the cached
    totals, are known already: ``_apply_to_books`` read them as it wrote the document's change).

    The lowest is what may still leave the book on that day without making a later day negative.
    It is the cached total minus the later days' movements, because postings are nearly always
    dated today or recently: even in a ten-year journal only a few later days are read."""
    part_ids = sorted({k[0] for k in keys})
    book_names = sorted({k[1] for k in keys})
    party_keys = sorted({k[2] for k in keys})
    # Plain SQL: building these two statements through peewee cost more than running them, and a
    # document is checked like this every time it is posted.
    db = database.obj
    q = db.param

    def listed(values) -> str:
        return ", ".join([q] * len(values))

    if totals is None:
        totals = {
            (p, b, k): q_ for p, b, k, q_ in database.execute_sql(
                f"SELECT part_id, book, party_key, qty FROM {Balance._meta.table_name} WHERE part_id IN "
                # The party keys too: without them a 40-line issue read every station's owed_by row of
                # its parts (thousands at a million lines) to use forty.
                f"({listed(part_ids)}) AND book IN ({listed(book_names)}) AND party_key IN ({listed(party_keys)})",
                (*part_ids, *book_names, *party_keys)).fetchall()
        }
    later: dict[tuple, list[int]] = defaultdict(list)
    for p, b, k, _, delta in database.execute_sql(
            f"SELECT part_id, book, CASE WHEN book IN ({listed(PARTY_BOOKS)}) THEN party_id ELSE 0 END, date, "
            f"SUM(delta) FROM {Posting._meta.table_name} WHERE part_id IN ({listed(part_ids)}) "
            f"AND book IN ({listed(book_names)}) AND date > {q} GROUP BY part_id, book, 3, date ORDER BY date",
            (*PARTY_BOOKS, *part_ids, *book_names, on.isoformat() if is_sqlite() else on)).fetchall():
        later[(p, b, k or 0)].append(delta)
    state = {}
    for key in keys:
        total = totals.get(key, 0)
        running = total - sum(later.get(key, ()))
        on_date, lowest = running, running
        for delta in later.get(key, ()):
            running += delta
            lowest = min(lowest, running)
        state[key] = (total, on_date, lowest)
    return state


def _summarise(effects, party: Party | None, on: Date, state: dict | None = None) -> tuple[list[Effect], list[Refusal]]:
    """Net effect per book key with before/after, and a refusal per book that would go negative.
    ``state``: ``_book_state``'s answer when the caller has it (``_write``, from its upsert)."""
    net: dict[tuple, int] = defaultdict(int)
    parts: dict[int, Part] = {}
    for _, part, book, delta in effects:
        net[balance_key(part.id, book, party.id if party else None)] += delta
        parts[part.id] = part
    if state is None:
        state = _book_state(list(net), on) if net else {}
    rows, problems = [], []
    for key in sorted(net):
        part_id, book, party_key = key
        delta = net[key]
        before, on_date, lowest = state[key]
        ok, room = True, None
        if delta < 0:
            room = lowest
            if room + delta < 0:
                ok = False
                problems.append(Refusal(
                    LEDGER_INSUFFICIENT, part=parts[part_id].number, name=parts[part_id].name, book=book,
                    book_name=BOOK_NAMES[book],
                    party=party.code if (party and book in PARTY_BOOKS) else "", date=on.isoformat(),
                    on_date=on_date, available=max(room, 0), asked=-delta,
                ))
        rows.append(Effect(parts[part_id].number, book, party.code if (party and book in PARTY_BOOKS) else None,
                           before, delta, before + delta, ok, room))
    return rows, problems


def preview(actor: Actor, draft: Draft) -> list[Effect]:
    """What posting the draft would do to each book (nothing is written). A draft that would be
    refused for its form raises the refusal; a book that would go negative shows ``ok=False``."""
    prepared = _prepare(actor, draft)
    rows, _ = _summarise(prepared.effects, prepared.party, prepared.date)
    return rows


def lock_for_posting(counters=(), documents=(), books=(), create_books: bool = True) -> dict[tuple[str, int], list[int]]:
    """Take a posting's row locks in THE order every posting path follows (``post``,
    ``post_batch`` and so the imports, reversals, the opening, stocktake adjustments):

    1. document counters, sorted by (type, year) - created first when a type has none that year;
    2. the documents being settled or reversed, sorted by id;
    3. balance cache rows, sorted by (part, book, party key) - created first when missing; the
       journal's postings are written only after them (a batch defers its postings until it holds
       its balance rows), so rows kept per part and book beside the journal are reached in this
       order too;
    4. the audit log's head: taken by common.audit when the transaction appends its audit rows,
       which every path does last.

    A transaction may call this several times as it learns what it touches (a batch knows its
    balance rows only after reading every document), each call asking for later kinds only, or for
    rows it already holds. Two postings then always wait for each other in the same direction, and
    cannot deadlock. The days being posted into are read FOR SHARE while a date is checked
    (ledger.daylock.check_not_locked); only signing a day writes them, and signing takes no other
    lock of this list but the audit head, last.

    Documents are locked FOR NO KEY UPDATE: two settlements or a settlement and a reversal of one
    shipment exclude each other, but the foreign-key check of another document's insert (FOR KEY
    SHARE) never waits for them. ``create_books=False`` locks only the balance rows that exist.

    SQLite has no row locks: its IMMEDIATE write transaction already holds the database's only write
    lock, so there only the counter rows are created and read.
    Returns {(type, year): [counter id, last seq]} for ``counters``."""
    held: dict[tuple[str, int], list[int]] = {}
    wanted = sorted(set(counters))
    if wanted:
        DocumentCounter.insert_many(
            [{"doc_type": t, "year": y, "last_seq": 0} for t, y in wanted]).on_conflict_ignore().execute()
        condition = None
        for doc_type, year in wanted:
            one = (DocumentCounter.doc_type == doc_type) & (DocumentCounter.year == year)
            condition = one if condition is None else (condition | one)
        query = (DocumentCounter.select(DocumentCounter.id, DocumentCounter.doc_type, DocumentCounter.year,
                                        DocumentCounter.last_seq)
                 .where(condition).order_by(DocumentCounter.doc_type, DocumentCounter.year))
        for counter_id, doc_type, year, last_seq in _lock(query).tuples():
            held[(doc_type, year)] = [counter_id, last_seq]
    if is_sqlite():
        return held
    document_ids = sorted({d for d in documents if d is not None})
    if document_ids:
        list(Document.select(Document.id).where(Document.id.in_(document_ids)).order_by(Document.id)
             .for_update("FOR NO KEY UPDATE"))
    keys = sorted(set(books))
    if keys:
        if create_books:
            Balance.insert_many([{"part": k[0], "book": k[1], "party_key": k[2], "qty": 0}
                                 for k in keys]).on_conflict_ignore().execute()
        for chunk in peewee.chunked(keys, 300):
            condition = None
            for part_id, book, party_key in chunk:
                one = (Balance.part == part_id) & (Balance.book == book) & (Balance.party_key == party_key)
                condition = one if condition is None else (condition | one)
            list(Balance.select(Balance.id).where(condition)
                 .order_by(Balance.part, Balance.book, Balance.party_key).for_update())
    return held


def counter_keys(drafts) -> list[tuple[str, int]]:
    """The (type, year) counters these drafts will draw numbers from (an unknown type is left out:
    its draft is refused before it is numbered)."""
    by_name = {t.name: t.code for t in DOC_TYPES.values()}
    keys = set()
    for draft in drafts:
        text = str(draft.doc_type).strip()
        code = text if text in DOC_TYPES else by_name.get(text)
        if code is not None and isinstance(draft.date, Date):
            keys.add((code, draft.date.year))
    return sorted(keys)


def _lock_books(part_ids, keys) -> None:
    """On PostgreSQL: make sure a cache row exists for every key and lock those rows (phase 3 of
    ``lock_for_posting``) so two postings cannot both spend one balance."""
    lock_for_posting(books=keys)


POSTING_COLUMNS = ("document_id", "line_id", "date", "part_id", "book", "party_id", "delta")


def _rows_per_statement(width: int) -> int:
    """Rows of ``width`` values one multi-row INSERT may carry: SQLite before 3.32 takes 999
    parameters per statement, later ones 32,766, PostgreSQL 65,535."""
    import sqlite3

    limit = 999 if is_sqlite() and sqlite3.sqlite_version_info < (3, 32) else 32766
    return max(1, min(1000, limit // width))


def _quote(name: str) -> str:
    db = database.obj
    return f"{db.quote[0]}{name}{db.quote[1]}"


def _insert_rows(model, columns, rows, returning=(), suffix: str = "") -> list:
    """Plain multi-row INSERTs for the lines, postings and balance rows of a document: one statement
    for a document's rows (psycopg2's executemany sent one statement and one round trip per row:
    about 160 for a 40-line issue, most of its time on PostgreSQL; peewee's insert_many builds each
    value in Python). Values are plain ints, strings (ISO dates) and bools, so no field conversion is
    skipped. ``returning``: columns read back from every row written; ``suffix``: an ON CONFLICT
    clause. Returns the rows read back."""
    param = database.obj.param
    head = "INSERT INTO {} ({}) VALUES ".format(_quote(model._meta.table_name), ", ".join(_quote(c) for c in columns))
    one = "(" + ", ".join([param] * len(columns)) + ")"
    tail = suffix + (" RETURNING " + ", ".join(_quote(c) for c in returning) if returning else "")
    rows = rows if isinstance(rows, list) else list(rows)
    step, read = _rows_per_statement(len(columns)), []
    for start in range(0, len(rows), step):
        chunk = rows[start:start + step]
        cursor = database.execute_sql(head + ", ".join([one] * len(chunk)) + tail,
                                      [value for row in chunk for value in row])
        if returning:
            read.extend(cursor.fetchall())
    return read


def _next_number(doc_type: str, year: int) -> tuple[int, str]:
    """The next number of this type and year; its counter row is (normally already) locked by the
    transaction's first ``lock_for_posting``, so one UPDATE ... RETURNING draws it."""
    table, seq_column = _quote(DocumentCounter._meta.table_name), _quote(DocumentCounter.last_seq.column_name)
    param = database.obj.param
    found = database.execute_sql(
        f"UPDATE {table} SET {seq_column} = {seq_column} + 1 WHERE {_quote(DocumentCounter.doc_type.column_name)} = "
        f"{param} AND {_quote(DocumentCounter.year.column_name)} = {param} RETURNING {seq_column}",
        (doc_type, year)).fetchone()
    if found is None:  # no counter yet for this type and year: a path that did not lock it first
        counter_id, last_seq = lock_for_posting(counters=[(doc_type, year)])[(doc_type, year)]
        found = (last_seq + 1,)
        DocumentCounter.update(last_seq=found[0]).where(DocumentCounter.id == counter_id).execute()
    return found[0], document_number(doc_type, year, found[0])


_TYPED_NUMBER = re.compile(r"([A-Z]{2,4})-?(\d{4})-?(\d{6})")


def number_forms(text: str) -> list[str]:
    """The stored numbers a number as a clerk types it may be: exactly as typed (either form), or
    a new-form number in lower case or without its hyphens (zd2026000001)."""
    text = normalise_code(text)
    typed = _TYPED_NUMBER.fullmatch(text.upper())
    if typed is None:
        return [text]
    return sorted({text, "{}-{}-{}".format(*typed.groups())})


def number_matches(text: str):
    """A condition on ``Document.number`` for a number as a clerk types it (``number_forms``)."""
    forms = number_forms(text)
    return Document.number == forms[0] if len(forms) == 1 else Document.number.in_(forms)


def _write(actor: Actor, doc_type: str, on: Date, party: Party | None, source_number, reference: Document | None,
           remark: str, lines, postings_by_line, reference_key: str | None = None) -> tuple[Document, list]:
    """Lock, check every book at every later day, number, and write document, lines, postings and
    the balance cache. ``postings_by_line``: line_no -> [(part, book, delta)]."""
    effects = [(line_no, part, book, delta) for line_no, rows in postings_by_line.items() for part, book, delta in rows]
    party_id = party.id if party else None
    net: dict[tuple, int] = defaultdict(int)
    for _, part, book, delta in effects:
        net[balance_key(part.id, book, party_id)] += delta
    # The balance rows first (lock order phase 3), changed and read back by one upsert; a refusal
    # below rolls the change back with the rest of the transaction.
    state = _book_state(list(net), on, totals=_apply_to_books(net)) if net else {}
    summary, problems = _summarise(effects, party, on, state)
    if problems:
        raise problems[0]
    seq, number = _next_number(doc_type, on.year)
    document = _insert_document(actor, doc_type, seq, number, on, party, source_number, reference, remark, lines,
                                effects, reference_key=reference_key)
    return document, summary


def _apply_to_books(net: dict) -> dict[tuple, int]:
    """Add a document's net change per balance key to the cache in ONE upsert that also creates
    the missing rows and reads every row back; returns each key's total before the change.

    On PostgreSQL the upsert locks the rows as it goes, in the order of its VALUES list, which is
    sorted by (part, book, party key): the order ``lock_for_posting`` fixes for balance rows, so
    this is phase 3 of it (a key whose net is zero gets its row created and locked, as there)."""
    keys = sorted(net)
    table, qty = _quote(Balance._meta.table_name), _quote(Balance.qty.column_name)
    columns = tuple(f.column_name for f in (Balance.part, Balance.book, Balance.party_key, Balance.qty))
    suffix = (" ON CONFLICT ({}) DO UPDATE SET {qty} = {table}.{qty} + EXCLUDED.{qty}".format(
        ", ".join(_quote(c) for c in columns[:3]), qty=qty, table=table))
    after = _insert_rows(Balance, columns, [(*key, net[key]) for key in keys], returning=columns, suffix=suffix)
    return {(p, b, k): total - net[(p, b, k)] for p, b, k, total in after}


def _insert_document(actor: Actor, doc_type: str, seq: int, number: str, on: Date, party: Party | None,
                     source_number, reference: Document | None, remark: str, lines, effects,
                     reference_key: str | None = None, deferred_postings: list | None = None) -> Document:
    """Write the document, its lines and its postings (the balance cache is the caller's).
    ``deferred_postings``: a batch's list the posting rows are added to instead, written once the
    batch holds its balance rows (a posting's insert locks rows kept per part and book, which
    must come after the balance rows in the lock order)."""
    party_id = party.id if party else None
    values = dict(doc_type=doc_type, year=on.year, seq=seq, number=number, date=on, party=party,
                  source_number=source_number, reference=reference, reference_key=reference_key, remark=remark,
                  created_at=actor.now, created_by=actor.user)
    try:
        # No savepoint of its own: every caller posts inside its own ``atomic()``, which a refusal
        # leaves (rolled back) anyway.
        document = _insert_document_row(values)
    except peewee.IntegrityError as exc:
        if doc_type == "REVERSAL" and reference is not None:
            raise Refusal(LEDGER_ALREADY_REVERSED, document=reference.number) from exc
        if source_number is not None:
            raise Refusal(LEDGER_ALREADY_POSTED, doc_type=doc_type, source_number=source_number,
                          party=party.code if party else "") from exc
        raise
    line_ids = dict(_insert_rows(
        DocumentLine, ("document_id", "line_no", "part_id", "qty", "price_fen", "flag", "remark"),
        [(document.id, line_no, part.id, qty, price, bool(flag), line_remark)
         for line_no, part, qty, price, flag, line_remark in lines],
        returning=("line_no", "id")))
    postings = [
        (document.id, line_ids[line_no], on.isoformat(), part.id, book, party_id, delta)
        for line_no, part, book, delta in effects
        if delta != 0
    ]
    if deferred_postings is not None:
        deferred_postings.extend(postings)
    elif postings:
        _insert_rows(Posting, POSTING_COLUMNS, postings)
    return document


def _insert_document_row(values: dict) -> Document:
    """The document row by one plain INSERT (a batch writes thousands; building each through
    peewee's model was most of their cost). Each value goes through its field's db_value, as
    ``Document.create`` would send it."""
    db = database.obj
    fields = [Document._meta.fields[name] for name in values]
    quote = "{0}{{}}{1}".format(*db.quote).format
    sql = "INSERT INTO {} ({}) VALUES ({})".format(
        quote(Document._meta.table_name), ", ".join(quote(f.column_name) for f in fields),
        ", ".join([db.param] * len(fields)))
    params = tuple(f.db_value(values[f.name]) for f in fields)
    if is_sqlite():
        document_id = database.execute_sql(sql, params).lastrowid
    else:
        document_id = database.execute_sql(sql + " RETURNING " + quote("id"), params).fetchone()[0]
    return Document(id=document_id, **values)


def _add_to_balances(rows) -> None:
    """Upsert (part id, book, party key, delta) into the balance cache with plain multi-row
    statements (the ON CONFLICT statement peewee's insert_many(...).on_conflict built, without
    building it per document, which was a sixth of an import's posting time). A key given twice is
    added once, summed: one statement may not change a row twice on PostgreSQL."""
    summed: dict[tuple, int] = {}
    for part_id, book, party_key, delta in rows:
        summed[(part_id, book, party_key)] = summed.get((part_id, book, party_key), 0) + delta
    if not summed:
        return
    table, qty = _quote(Balance._meta.table_name), _quote(Balance.qty.column_name)
    columns = tuple(f.column_name for f in (Balance.part, Balance.book, Balance.party_key, Balance.qty))
    _insert_rows(Balance, columns, [(*key, delta) for key, delta in summed.items()],
                 suffix=" ON CONFLICT ({}) DO UPDATE SET {qty} = {table}.{qty} + EXCLUDED.{qty}".format(
                     ", ".join(_quote(c) for c in columns[:3]), qty=qty, table=table))


@retrying
def post(actor: Actor, draft: Draft) -> PostResult:
    """Post a document: all its lines or none, one gapless number, one audit row."""
    with database.atomic():
        lock_for_posting(counters=counter_keys([draft]))
        prepared = _prepare(actor, draft)
        if prepared.reference is not None and not is_sqlite():
            # Two receipts of one shipment at once must not both see the same open quantity.
            lock_for_posting(documents=[prepared.reference.id])
            prepared = _prepare(actor, draft)
        by_line: dict[int, list] = defaultdict(list)
        for line_no, part, book, delta in prepared.effects:
            by_line[line_no].append((part, book, delta))
        document, summary = _write(
            actor, prepared.doc_type.code, prepared.date, prepared.party, prepared.source_number,
            prepared.reference, prepared.remark, prepared.lines, by_line, prepared.reference_key,
        )
        audit.record(actor, "ledger.post", "ledger_document", document.id, {
            "number": document.number, "doc_type": document.doc_type, "date": prepared.date.isoformat(),
            "lines": len(prepared.lines), "source_number": prepared.source_number,
            "reference": prepared.reference.number if prepared.reference else None,
        })
    return PostResult(document.id, document.number, document.doc_type, prepared.date, len(prepared.lines),
                      tuple(summary))


class BatchRefused(Exception):
    """A document of a batch was refused, or a book would go negative on some day: nothing of the
    batch was written. The caller posts the documents one by one to say exactly which and why."""


@retrying
def post_batch(actor: Actor, drafts: list[Draft]) -> list[PostResult]:
    """Post the documents of one file in one pass: each is checked as ``post`` checks it (type,
    rights, date, party, reference, lines, open quantities), but the balance cache is read once,
    the never-negative rule is checked once per book and day for the whole batch (at the end of
    every day, as the paper books count), numbers are drawn once per type and year, and the cache
    and the audit rows are written once. All or nothing: raises ``BatchRefused`` having written
    nothing. Each result's effects show the balance before and after that document, in order."""
    batch = _Batch()
    written = []  # (document, prepared, [(key, delta)])
    try:
        with database.atomic():  # a savepoint: BatchRefused leaves no trace
            batch.counters = lock_for_posting(counters=counter_keys(drafts))
            batch.read_references(d.reference for d in drafts if isinstance(d.reference, str) and d.reference.strip())
            lock_for_posting(documents=batch.shipments())
            for draft in drafts:
                prepared = _prepare(actor, draft, batch)
                party_id = prepared.party.id if prepared.party else None
                seq, number = _batch_number(batch, prepared.doc_type.code, prepared.date.year)
                document = _insert_document(
                    actor, prepared.doc_type.code, seq, number, prepared.date, prepared.party,
                    prepared.source_number, prepared.reference, prepared.remark, prepared.lines, prepared.effects,
                    reference_key=prepared.reference_key, deferred_postings=batch.postings)
                batch.written(document.id, prepared)
                batch.add_reference(document)
                net: dict[tuple, int] = defaultdict(int)
                for _, part, book, delta in prepared.effects:
                    net[balance_key(part.id, book, party_id)] += delta
                written.append((document, prepared, sorted(net.items())))
            results = _settle_batch(actor, batch, written)
    except Refusal as refusal:
        raise BatchRefused() from refusal
    return results


def _batch_number(batch: _Batch, doc_type: str, year: int) -> tuple[int, str]:
    counter = batch.counters[(doc_type, year)]  # every counter of the batch was locked first
    counter[1] += 1
    return counter[1], document_number(doc_type, year, counter[1])


def _settle_batch(actor: Actor, batch: _Batch, written) -> list[PostResult]:
    """The once-per-batch part of ``post_batch``: lock and read the books the batch touches, check
    every book at the end of every day from the batch's first day on it, then write the cache,
    the counters and the audit rows."""
    first_day: dict[tuple, Date] = {}
    file_net: dict[tuple, int] = defaultdict(int)
    for document, prepared, net in written:
        for key, delta in net:
            file_net[key] += delta
            if key not in first_day or prepared.date < first_day[key]:
                first_day[key] = prepared.date
    keys = sorted(k for k in file_net)
    part_ids = sorted({k[0] for k in keys})
    if keys:
        _lock_books(part_ids, keys)
    # The batch's postings, in the order of their balance keys, now that it holds those rows.
    batch.postings.sort(key=lambda row: (balance_key(row[3], row[4], row[5]), row[2], row[0], row[1]))
    for chunk in peewee.chunked(batch.postings, 5000):
        _insert_rows(Posting, POSTING_COLUMNS, chunk)
    totals: dict[tuple, int] = {}
    by_day: dict[tuple, dict] = defaultdict(dict)
    start = min(first_day.values()) if first_day else None
    party_key = peewee.Case(None, [(Posting.book.in_(PARTY_BOOKS), Posting.party)], 0)
    for chunk in peewee.chunked(part_ids, 500):
        totals.update({(p, b, k): q for p, b, k, q in Balance.select(
            Balance.part, Balance.book, Balance.party_key, Balance.qty).where(Balance.part.in_(chunk)).tuples()})
        # Every posting from the batch's first day on, the batch's own included (they are written).
        for p, b, k, on, delta in (
            Posting.select(Posting.part, Posting.book, party_key, Posting.date, peewee.fn.SUM(Posting.delta))
            .where(Posting.part.in_(chunk) & (Posting.date >= start))
            .group_by(Posting.part, Posting.book, party_key, Posting.date).tuples()
        ):
            if isinstance(on, str):
                on = Date.fromisoformat(on)
            by_day[(p, b, k or 0)][on] = delta
    for key in keys:
        # The cache does not hold the batch yet: the balance after it, then back day by day.
        running = totals.get(key, 0) + file_net[key]
        days = sorted((d for d in by_day.get(key, {}) if d >= first_day[key]), reverse=True)
        for day in days:  # ``running`` is the balance at the end of ``day``
            if running < 0:
                raise BatchRefused()  # posted one by one, the caller learns which document and why
            running -= by_day[key][day]
    # Every key the batch touched gets its cache row, as posting one by one leaves it (a shipment
    # and its receipt in one file net to zero on the in-transit book, but the row exists).
    moved = {key for _, _, net in written for key, delta in net if delta}
    changed = [(p, b, k, d) for (p, b, k), d in sorted(file_net.items()) if (p, b, k) in moved]
    if changed:
        _add_to_balances(changed)
    for counter_id, last_seq in batch.counters.values():
        DocumentCounter.update(last_seq=last_seq).where(DocumentCounter.id == counter_id).execute()

    results, audit_rows = [], []
    before = {key: totals.get(key, 0) for key in keys}
    parts_by_id = {part.id: part for part in batch.parts.values()}
    for document, prepared, net in written:
        effects = []
        party = prepared.party
        for key, delta in net:
            was = before[key]
            before[key] = was + delta
            party_code = party.code if (party and key[1] in PARTY_BOOKS) else None
            effects.append(Effect(parts_by_id[key[0]].number, key[1], party_code, was, delta, was + delta))
        audit_rows.append({
            "at": actor.now, "user": actor.user.id, "username": actor.user.username, "action": "ledger.post",
            "entity": "ledger_document", "entity_id": str(document.id),
            "detail": json.dumps({"number": document.number, "doc_type": document.doc_type,
                                  "date": prepared.date.isoformat(), "lines": len(prepared.lines),
                                  "source_number": prepared.source_number,
                                  "reference": prepared.reference.number if prepared.reference else None},
                                 ensure_ascii=False, sort_keys=True, default=str),
        })
        results.append(PostResult(document.id, document.number, document.doc_type, prepared.date,
                                  len(prepared.lines), tuple(effects)))
    audit.append_rows(audit_rows)  # chained (common/audit.py), one head lookup for the file
    return results


# -- master data ----------------------------------------------------------------------------------

def name_initials(name: str) -> str:
    """Pinyin initials for the completers: 前刹车片 -> qscp (letters and digits kept as typed)."""
    from pypinyin import Style, lazy_pinyin

    return "".join(lazy_pinyin(name or "", style=Style.FIRST_LETTER)).lower().replace(" ", "")


def create_party(actor: Actor, code: str, name: str, kind: str, contact: str = "", phone: str = "",
                 address: str = "") -> Party:
    require(actor, "masterdata.manage")
    code, name = normalise_code(code), (name or "").strip()
    if not code or not name:
        raise Refusal(LEDGER_PARTY_INCOMPLETE, party=code, name=name)
    if kind not in ("hq", "station", "dealer", "customer"):
        raise Refusal(LEDGER_PARTY_UNKNOWN_KIND, party=code, kind=str(kind))
    try:
        with database.atomic():
            party = Party.create(code=code, name=name, kind=kind, contact=(contact or "").strip(),
                                 phone=normalise_code(phone or ""), address=(address or "").strip(),
                                 name_initials=name_initials(name))
            audit.record(actor, "ledger.party_create", "ledger_party", party.id, {"code": code, "kind": kind})
    except peewee.IntegrityError as exc:
        raise Refusal(LEDGER_PARTY_EXISTS, party=code) from exc
    return party


def create_part(actor: Actor, number: str, name: str, spec: str = "", unit: str = "个", price_fen: int = 0,
                safety_stock: int = 0) -> Part:
    require(actor, "masterdata.manage")
    number, name = normalise_code(number), (name or "").strip()
    if not number or not name:
        raise Refusal(LEDGER_PART_INCOMPLETE, part=number, name=name)
    for fact, value in (("price_fen", price_fen), ("safety_stock", safety_stock)):
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            raise Refusal(LEDGER_PART_BAD_NUMBER, part=number, field=fact, value=str(value))
    try:
        with database.atomic():
            part = Part.create(number=number, name=name, spec=(spec or "").strip(), unit=(unit or "个").strip(),
                               price_fen=price_fen, safety_stock=safety_stock, name_initials=name_initials(name))
            audit.record(actor, "ledger.part_create", "ledger_part", part.id, {"number": number})
    except peewee.IntegrityError as exc:
        raise Refusal(LEDGER_PART_EXISTS, part=number) from exc
    return part
