"""The daily goods in/out report (货品出入库报表): built, checked, signed, locked.

Data model:

- ``DailyReport`` (a value, computed on demand from the ledger, never stored as such): for one
  business date, every document of the day in number order with its lines and markers; per part
  and book (and party, for the owed books) opening + in - out = closing; the day's totals per book
  computed two independent ways; the number runs of the day; and the list of ``Check`` results.
  ``canonical()`` is its content as plain JSON data; its SHA-256 is what a signature covers.
- ``DailyVersion`` (table daily_version): one row each time the day's report came out different
  from the last one (or after a reopen): the canonical content and its hash, who produced it, the
  finance and manager signatures, a reopen, and the PDF as signed (bytes in the database so it is
  retrievable on PostgreSQL too). Old versions are never changed except to record a reopen.
- ``DailyDay`` (table daily_day, in ledger.daylock): one row per produced date with the state of its latest version,
  so the calendar over ten years is one small query. States: produced -> (printed) ->
  finance_signed -> locked; printed only after a real print of the latest version was handed to a
  printer (``mark_printed``), finance may sign a produced report whether or not it was printed; a
  manager may reopen a signed day (state reopened); producing again starts a new version.

The lock: a locked day forbids any posting dated on or before it (``ledger.daylock.check_not_locked``,
called by ledger.posting for every write path). Corrections of a locked day go into an open day as reversals.

Two independent ways, so that a fault in one shows up as a failed check instead of a wrong total:
- documents: each line of the day through the type table (ledger.doctypes.line_effects);
- journal: the day's rows of ledger_posting; the opening from the journal before the day and the
  closing from the balance cache (minus later days), so a drifted cache fails opening+in-out=closing.
"""
from __future__ import annotations

import base64
import hashlib
import json
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date as Date, datetime, timedelta
from typing import NamedTuple

import peewee
from peewee import BlobField, CharField, DateField, DateTimeField, ForeignKeyField, IntegerField, TextField, fn

from common import audit
from common.actor import Actor
from common.auth import require
from common.dates import as_date
from common.db import BaseModel, database, is_sqlite, retrying
from common.errors import Refusal
from common.money import format_yuan
from common.models import User
from ledger.daylock import DailyDay, locked_through
from ledger.doctypes import DOC_TYPES, MARKERS, document_number, line_effects
from ledger.models import BOOK_NAMES, BOOKS, PARTY_BOOKS, Balance, Document, DocumentLine, Party, Part, Posting
from ledger.texts import (
    DAILY_ALREADY_LOCKED, DAILY_ALREADY_SIGNED, DAILY_BAD_DATE, DAILY_CHECK_BALANCE, DAILY_CHECK_BALANCES_OK,
    DAILY_CHECK_BOOK_TOTALS, DAILY_CHECK_DOCUMENT_TOTALS, DAILY_CHECK_NUMBERING, DAILY_CHECK_PART_MOVES,
    DAILY_FINANCE_FIRST, DAILY_FINGERPRINT_BAD_FORMAT, DAILY_FINGERPRINT_CHAIN_BROKEN,
    DAILY_FINGERPRINT_CONTENT_ALTERED, DAILY_FINGERPRINT_LEDGER_CHANGED, DAILY_FINGERPRINT_MATCH,
    DAILY_FINGERPRINT_MATCH_REOPENED, DAILY_FINGERPRINT_UNKNOWN, DAILY_FUTURE_DATE, DAILY_NOT_PRODUCED,
    DAILY_NOT_SIGNED, DAILY_REASON_REQUIRED, DAILY_REPORT_CHANGED, DAILY_SAME_SIGNER, DAILY_UNKNOWN_FORMAT,
)

STATES = ("not_produced", "produced", "printed", "finance_signed", "locked", "reopened")
OVERDUE_WORKDAYS = 2
# Before the branch has produced any daily report in the app, only this recent window is watched,
# so a database with years of imported history does not raise thousands of warnings.
FIRST_WATCH_DAYS = 31


class DailyVersion(BaseModel):
    date = DateField()
    version = IntegerField()
    content_hash = CharField(max_length=64)
    content = TextField()
    produced_at = DateTimeField()
    produced_by = ForeignKeyField(User, on_delete="RESTRICT", backref="+")
    finance_signed_at = DateTimeField(null=True)
    finance_signed_by = ForeignKeyField(User, null=True, on_delete="RESTRICT", backref="+")
    manager_signed_at = DateTimeField(null=True)
    manager_signed_by = ForeignKeyField(User, null=True, on_delete="RESTRICT", backref="+")
    reopened_at = DateTimeField(null=True)
    reopened_by = ForeignKeyField(User, null=True, on_delete="RESTRICT", backref="+")
    reopen_reason = TextField(default="")
    signed_pdf = BlobField(null=True)

    class Meta:
        table_name = "daily_version"
        indexes = ((("date", "version"), True),)


# -- the report value -----------------------------------------------------------------------------

@dataclass(frozen=True)
class ReportLine:
    line_no: int
    part_number: str
    part_name: str
    unit: str
    qty: int  # signed as it counts in the day's totals: a reversal's lines are negative
    price_fen: int
    amount_fen: int
    flag: bool
    remark: str


@dataclass(frozen=True)
class ReportDocument:
    number: str
    doc_type: str
    type_name: str
    party_code: str
    party_name: str
    source_number: str
    reference_number: str
    remark: str
    created_at: datetime
    created_by: str
    markers: tuple  # keys of MARKERS
    lines: tuple

    @property
    def marker_text(self) -> str:
        return "".join(MARKERS[m] for m in self.markers)


@dataclass(frozen=True)
class BookRow:
    part_number: str
    part_name: str
    book: str
    party_code: str  # "" for the per-part books
    opening: int
    qty_in: int
    qty_out: int
    closing: int

    @property
    def ok(self) -> bool:
        return self.opening + self.qty_in - self.qty_out == self.closing


@dataclass(frozen=True)
class BookTotal:
    book: str
    qty_in: int
    qty_out: int
    amount_in_fen: int
    amount_out_fen: int


@dataclass(frozen=True)
class NumberRun:
    doc_type: str
    first: str
    last: str
    count: int
    interleaved: tuple  # (number, date iso) of numbers in the run dated on another day (back-dated)
    missing: tuple  # numbers that do not exist at all (a real gap)


@dataclass(frozen=True)
class Check:
    code: str  # daily.check.*: a code of ledger/texts.py
    ok: bool
    facts: dict = field(default_factory=dict)


@dataclass(frozen=True)
class DailyReport:
    date: Date
    documents: tuple
    book_rows: tuple
    book_totals: tuple  # from the journal
    numbering: tuple
    reversals: tuple  # (reversal number, original number, original date iso)
    checks: tuple
    line_count: int
    qty_total: int
    amount_total_fen: int

    @property
    def ok(self) -> bool:
        return all(check.ok for check in self.checks)

    @property
    def failed_checks(self) -> list:
        return [check for check in self.checks if not check.ok]

    def canonical(self) -> dict:
        """The signed content: everything on the report except when and by whom it was printed."""
        return {
            "date": self.date.isoformat(),
            "documents": [
                {
                    "number": d.number, "type": d.doc_type, "party": d.party_code, "source": d.source_number,
                    "reference": d.reference_number, "remark": d.remark, "markers": list(d.markers),
                    "created_at": d.created_at.isoformat(timespec="seconds"), "created_by": d.created_by,
                    "lines": [[l.line_no, l.part_number, l.qty, l.price_fen, l.flag, l.remark] for l in d.lines],
                }
                for d in self.documents
            ],
            "books": [[r.part_number, r.book, r.party_code, r.opening, r.qty_in, r.qty_out, r.closing]
                      for r in self.book_rows],
            "totals": {"lines": self.line_count, "qty": self.qty_total, "amount_fen": self.amount_total_fen},
            "checks": [[c.code, c.ok, c.facts] for c in self.checks],
        }

    def content_json(self) -> str:
        return json.dumps(self.canonical(), ensure_ascii=False, sort_keys=True, separators=(",", ":"), default=str)

    def content_hash(self) -> str:
        return hashlib.sha256(self.content_json().encode("utf-8")).hexdigest()


yuan = format_yuan  # integer fen as yuan text for check facts: 123456 -> "1,234.56"


def _as_datetime(value) -> datetime:
    if isinstance(value, datetime):
        return value
    return datetime.fromisoformat(str(value))


def _party_key():
    return peewee.Case(None, [(Posting.book.in_(PARTY_BOOKS), Posting.party)], 0)


class _LinePart(NamedTuple):
    number: str
    name: str
    unit: str


class _Line(NamedTuple):
    line_no: int
    part_id: int
    part: _LinePart
    qty: int
    price_fen: int
    flag: bool
    remark: str


def build_report(day: Date) -> DailyReport:
    """The report for ``day`` as the ledger holds it now (read only)."""
    from ledger import opening

    documents = list(
        Document.select(Document, User.display_name.alias("creator"))
        .join(User, on=(Document.created_by == User.id))
        .where(Document.date == day)
        .order_by(Document.doc_type, Document.year, Document.seq)
        .objects()
    )
    # Number order: per type, in the order the clerk's paper report groups them.
    doc_ids = [d.id for d in documents]
    parties = {p.id: p for p in Party.select()} if documents else {}
    referenced_ids = {d.reference_id for d in documents if d.reference_id}
    references = {r.id: r for r in Document.select().where(Document.id.in_(list(referenced_ids)))} if referenced_ids else {}
    second = {r.reference_id for r in references.values() if r.reference_id}
    references.update({r.id: r for r in Document.select().where(Document.id.in_(list(second)))} if second else {})
    # Only reversals dated on or before the day: a later correction must not change a signed report.
    reversed_by = {
        ref_id: (number, as_date(on))
        for ref_id, number, on in Document.select(Document.reference, Document.number, Document.date)
        .where((Document.doc_type == "REVERSAL") & Document.reference.in_(doc_ids) & (Document.date <= day)).tuples()
    } if doc_ids else {}
    lines_by_doc: dict[int, list] = defaultdict(list)
    if doc_ids:
        # Plain rows, not models: a busy day of a big branch has thousands of lines, and building a
        # line and its part object each was most of the report's time.
        for document_id, line_no, part_id, number, name, unit, qty, price, flag, remark in (
            DocumentLine.select(DocumentLine.document, DocumentLine.line_no, DocumentLine.part, Part.number, Part.name,
                                Part.unit, DocumentLine.qty, DocumentLine.price_fen, DocumentLine.flag,
                                DocumentLine.remark).join(Part)
                .where(DocumentLine.document.in_(doc_ids)).order_by(DocumentLine.document, DocumentLine.line_no)
                .tuples()):
            lines_by_doc[document_id].append(_Line(line_no, part_id, _LinePart(number, name, unit), qty, price,
                                                   flag, remark))

    report_docs = []
    doc_moves: dict[tuple, list] = defaultdict(lambda: [0, 0, 0, 0])  # key -> in, out, amount in, amount out
    line_count = qty_total = amount_total = 0
    reversals = []
    for doc in documents:
        sign = -1 if doc.doc_type == "REVERSAL" else 1
        effect_type, flag_type_ref = doc.doc_type, None
        reference = references.get(doc.reference_id)
        if doc.doc_type == "REVERSAL":
            effect_type = reference.doc_type
            inner = references.get(reference.reference_id)
            flag_type_ref = inner.doc_type if inner else None
            settled_key = (inner.id, reference.reference_key) if inner and reference.reference_key else None
            reversals.append((doc.number, reference.number, reference.date.isoformat()))
        else:
            flag_type_ref = reference.doc_type if reference else None
            settled_key = (reference.id, doc.reference_key) if reference and doc.reference_key else None
        if settled_key is not None:  # a shipment of the opening: the in-transit book it is in
            flag_type_ref = opening.shipment_type(*settled_key)
        # An opening's line opens its own book for its own party (ledger.opening).
        opened = opening.opening_lines(reference.id if doc.doc_type == "REVERSAL" else doc.id) \
            if effect_type == "OPENING" else None
        markers = []
        if doc.doc_type == "REVERSAL":
            markers.append("reversal")
        if doc.id in reversed_by:
            markers.append("reversed")
        if DOC_TYPES[effect_type].restricted:
            markers.append("restricted")
        if _as_datetime(doc.created_at).date() > day:
            markers.append("backdated")
        party = parties.get(doc.party_id)
        lines = []
        for line in lines_by_doc[doc.id]:
            qty = sign * line.qty
            lines.append(ReportLine(line.line_no, line.part.number, line.part.name, line.part.unit, qty,
                                    line.price_fen, qty * line.price_fen, bool(line.flag), line.remark))
            line_count += 1
            qty_total += qty
            amount_total += qty * line.price_fen
            line_party = doc.party_id
            if opened is not None:
                effects, line_party = [(opened[line.line_no][0], line.qty)], opened[line.line_no][1]
            else:
                effects = line_effects(effect_type, line.qty, bool(line.flag), flag_type_ref)
            for book, delta in effects:
                delta *= sign
                key = (line.part_id, book, line_party if book in PARTY_BOOKS else 0)
                move = doc_moves[key]
                if delta > 0:
                    move[0] += delta
                    move[2] += delta * line.price_fen
                elif delta < 0:
                    move[1] -= delta
                    move[3] -= delta * line.price_fen
        report_docs.append(ReportDocument(
            doc.number, doc.doc_type, DOC_TYPES[doc.doc_type].name, party.code if party else "",
            party.name if party else "", doc.source_number or "", reference.number if reference else "",
            doc.remark or "", _as_datetime(doc.created_at), doc.creator, tuple(markers), tuple(lines),
        ))

    # The journal's view of the same day.
    journal_moves: dict[tuple, list] = defaultdict(lambda: [0, 0, 0, 0])
    key_expr = _party_key()
    for part_id, book, party_key, delta, price in (
        Posting.select(Posting.part, Posting.book, key_expr, Posting.delta, DocumentLine.price_fen)
        .join(DocumentLine, on=(Posting.line == DocumentLine.id))
        .where(Posting.date == day).tuples()
    ):
        move = journal_moves[(part_id, book, party_key or 0)]
        if delta > 0:
            move[0] += delta
            move[2] += delta * price
        else:
            move[1] -= delta
            move[3] -= delta * price

    keys = sorted(set(journal_moves) | {k for k, v in doc_moves.items() if v[0] or v[1]})
    part_ids = sorted({k[0] for k in keys})
    opening: dict[tuple, int] = {}
    closing: dict[tuple, int] = {}
    if part_ids:
        # The books at the end of the day before and of the day, each from the closed month next to
        # it (ledger.books.totals_at); summing the journal up to the day was most of a report's time
        # at a million lines. The usual report, today's, closes on the balance cache itself.
        from ledger.books import totals_at

        wanted = set(keys)
        opening = {k: int(v) for k, v in totals_at(day - timedelta(days=1), part_ids).items() if k in wanted}
        closing = {k: int(v) for k, v in totals_at(day, part_ids).items() if k in wanted}
    part_info = {p.id: p for p in Part.select().where(Part.id.in_(part_ids))} if part_ids else {}
    party_codes = {p.id: p.code for p in Party.select(Party.id, Party.code)} if keys else {}

    book_order = {b: i for i, b in enumerate(BOOKS)}
    keys.sort(key=lambda k: (part_info[k[0]].number, book_order[k[1]], party_codes.get(k[2], "")))
    book_rows = []
    for key in keys:
        move = journal_moves.get(key, [0, 0, 0, 0])
        part = part_info[key[0]]
        book_rows.append(BookRow(part.number, part.name, key[1], party_codes.get(key[2], "") if key[2] else "",
                                 opening.get(key, 0), move[0], move[1], closing.get(key, 0)))

    totals_journal = {b: [0, 0, 0, 0] for b in BOOKS}
    totals_docs = {b: [0, 0, 0, 0] for b in BOOKS}
    for source, target in ((journal_moves, totals_journal), (doc_moves, totals_docs)):
        for (_, book, _), move in source.items():
            for i in range(4):
                target[book][i] += move[i]
    book_totals = tuple(BookTotal(b, *totals_journal[b]) for b in BOOKS)

    checks = []
    # 1. The document totals the clerk verifies with a sum formula: here recounted by the database.
    signed_qty = peewee.Case(None, [(Document.doc_type == "REVERSAL", 0 - DocumentLine.qty)], DocumentLine.qty)
    db_lines, db_qty, db_amount = (
        DocumentLine.select(fn.COUNT(DocumentLine.id), fn.SUM(signed_qty), fn.SUM(signed_qty * DocumentLine.price_fen))
        .join(Document).where(Document.date == day).tuples().get()
    )
    db_qty, db_amount = int(db_qty or 0), int(db_amount or 0)
    checks.append(Check(DAILY_CHECK_DOCUMENT_TOTALS,
                        (db_lines, db_qty, db_amount) == (line_count, qty_total, amount_total),
                        {"lines": line_count, "qty": qty_total, "amount": yuan(amount_total),
                         "db_lines": db_lines, "db_qty": db_qty, "db_amount": yuan(db_amount)}))
    # 2. Per book: the documents through the type table against the journal.
    for book in BOOKS:
        docs, journal = totals_docs[book], totals_journal[book]
        checks.append(Check(DAILY_CHECK_BOOK_TOTALS, docs == journal, {
            "book": book, "book_name": BOOK_NAMES[book], "qty_in": journal[0], "qty_out": journal[1],
            "doc_qty_in": docs[0], "doc_qty_out": docs[1], "amount_in": yuan(journal[2]),
            "amount_out": yuan(journal[3]), "doc_amount_in": yuan(docs[2]), "doc_amount_out": yuan(docs[3]),
        }))
    mismatched = [k for k in keys if (doc_moves.get(k, [0, 0])[:2]) != journal_moves.get(k, [0, 0])[:2]]
    for key in mismatched:
        doc, journal = doc_moves.get(key, [0, 0, 0, 0]), journal_moves.get(key, [0, 0, 0, 0])
        checks.append(Check(DAILY_CHECK_PART_MOVES, False, {
            "part": part_info[key[0]].number, "book": key[1], "book_name": BOOK_NAMES[key[1]],
            "qty_in": journal[0], "qty_out": journal[1], "doc_qty_in": doc[0], "doc_qty_out": doc[1]}))
    # 3. Opening + in - out = closing for every part and book that moved.
    bad_rows = [r for r in book_rows if not r.ok]
    for row in bad_rows:
        checks.append(Check(DAILY_CHECK_BALANCE, False, {
            "part": row.part_number, "book": row.book, "book_name": BOOK_NAMES[row.book], "party": row.party_code,
            "opening": row.opening, "qty_in": row.qty_in, "qty_out": row.qty_out, "closing": row.closing,
            "expected": row.opening + row.qty_in - row.qty_out}))
    if not bad_rows:
        checks.append(Check(DAILY_CHECK_BALANCES_OK, True, {"rows": len(book_rows)}))
    numbering = _number_runs(day, documents)
    for run in numbering:
        checks.append(Check(DAILY_CHECK_NUMBERING, not run.missing, {
            "doc_type": run.doc_type, "first": run.first, "last": run.last, "count": run.count,
            "missing": ", ".join(run.missing)}))
    return DailyReport(day, tuple(report_docs), tuple(book_rows), book_totals, tuple(numbering), tuple(reversals),
                       tuple(checks), line_count, qty_total, amount_total)


def _number_runs(day: Date, documents) -> list[NumberRun]:
    """Per type: the day's numbers from first to last; numbers in between dated on another day are
    listed (back-dated entries), numbers that do not exist at all are a gap (a failed check).
    Numbers before the day's first one are counted too, so a gap earlier in the year shows."""
    runs = []
    by_type: dict[tuple, list] = defaultdict(list)
    for doc in documents:
        by_type[(doc.doc_type, doc.year)].append(doc)
    for (doc_type, year), docs in sorted(by_type.items()):
        docs = sorted(docs, key=lambda d: d.seq)
        low, high = docs[0].seq, docs[-1].seq
        rows = (Document.select(Document.seq, Document.date, Document.number)
                .where((Document.doc_type == doc_type) & (Document.year == year) & Document.seq.between(low, high))
                .tuples())
        present = {seq: on for seq, on, _ in rows}
        numbers = {seq: text for seq, _, text in rows}
        before = Document.select().where(
            (Document.doc_type == doc_type) & (Document.year == year) & (Document.seq < low)).count()
        # Numbers that exist are shown as written (a database from before the prefixes keeps
        # HQ_RECEIVE-2026-000001); a missing one never had a number, so it gets the one the
        # day's documents use.
        legacy = docs[0].number == f"{doc_type}-{year}-{low:06d}"
        number = lambda s: numbers.get(s) or (  # noqa: E731
            f"{doc_type}-{year}-{s:06d}" if legacy else document_number(doc_type, year, s))
        missing = []
        if before != low - 1:
            earlier = {s for (s,) in Document.select(Document.seq).where(
                (Document.doc_type == doc_type) & (Document.year == year) & (Document.seq < low)).tuples()}
            missing = [number(s) for s in range(1, low) if s not in earlier]
        missing += [number(s) for s in range(low, high + 1) if s not in present]
        interleaved = tuple((number(s), as_date(on).isoformat()) for s, on in sorted(present.items())
                            if as_date(on) != day)
        runs.append(NumberRun(doc_type, number(low), number(high), len(docs), interleaved, tuple(missing)))
    return runs


# -- use cases --------------------------------------------------------------------------------------

@dataclass(frozen=True)
class DayResult:
    date: Date
    state: str
    version: int
    content_hash: str
    new_version: bool
    report: DailyReport


def _day_row(day: Date):
    query = DailyDay.select().where(DailyDay.date == day)
    return (query if is_sqlite() else query.for_update()).first()


def _latest(day: Date) -> DailyVersion | None:
    return DailyVersion.select().where(DailyVersion.date == day).order_by(DailyVersion.version.desc()).first()


def _check_day(actor: Actor, day: Date) -> None:
    if not isinstance(day, Date) or isinstance(day, datetime):
        raise Refusal(DAILY_BAD_DATE, date=str(day))
    if day > actor.today:
        raise Refusal(DAILY_FUTURE_DATE, date=day.isoformat(), today=actor.today.isoformat())


@retrying
def produce(actor: Actor, day: Date) -> DayResult:
    """Produce the day's report: a new version when its content differs from the latest one or the
    latest was reopened; otherwise the latest version again. A locked day is never changed.
    Producing is not printing: the new version's state is ``produced``."""
    require(actor, "daily.produce")
    _check_day(actor, day)
    with database.atomic():
        row = _day_row(day)
        report = build_report(day)
        digest = report.content_hash()
        latest = _latest(day)
        if row is not None and (row.state == "locked" or (row.state in ("produced", "printed", "finance_signed")
                                                          and latest.content_hash == digest)):
            return DayResult(day, row.state, latest.version, latest.content_hash, False, report)
        number = (latest.version + 1) if latest else 1
        DailyVersion.create(date=day, version=number, content_hash=digest, content=report.content_json(),
                            produced_at=actor.now, produced_by=actor.user)
        if row is None:
            DailyDay.create(date=day, state="produced", version=number)
        else:
            DailyDay.update(state="produced", version=number, locked_at=None, locked_by=None).where(
                DailyDay.id == row.id).execute()
        audit.record(actor, "daily.produce", "daily_day", day.isoformat(), {
            "version": number, "hash": digest, "checks_failed": len(report.failed_checks)})
    return DayResult(day, "produced", number, digest, True, report)


@retrying
def mark_printed(actor: Actor, day: Date, version: int, pages: int) -> str:
    """Record that ``version`` of the day's report was handed to a printer (``pages`` pages).
    A produced latest version becomes printed; a print of an older or an already signed version is
    only audited. Returns the day's state afterwards."""
    require(actor, "daily.produce")
    with database.atomic():
        row = _day_row(day)
        if row is None:
            raise Refusal(DAILY_NOT_PRODUCED, date=day.isoformat())
        state = row.state
        if row.state == "produced" and row.version == version:
            state = "printed"
            DailyDay.update(state=state).where(DailyDay.id == row.id).execute()
        audit.record(actor, "daily.print", "daily_day", day.isoformat(), {"version": version, "pages": pages})
    return state


def _reauthenticate(actor: Actor, password: str) -> None:
    # Through the login check, so wrong passwords count towards the lockout and are audited.
    from common import auth

    signer = auth.authenticate(actor.user.username, password, actor.now)
    if signer.user.id != actor.user.id:
        raise Refusal("auth.failed", username=actor.user.username)


def _lay_out_signed(version: DailyVersion, report: DailyReport) -> bytes:
    import io

    from ledger.daily_print import render_pdf, signatures_of

    out = io.BytesIO()
    # Printed at the last signature: the same day's PDF is the same whenever it is laid out.
    moment = version.manager_signed_at or version.finance_signed_at
    render_pdf(report, out, printed_at=_as_datetime(moment), signatures=signatures_of(version),
               fingerprint=fingerprint_of(version))
    return out.getvalue()


def _check_two_people(version: DailyVersion, actor: Actor, day: Date) -> None:
    # By the person (the user row), not by the role they hold now: a finance clerk made manager
    # after signing still gave the finance signature.
    if version.finance_signed_by_id is not None and version.finance_signed_by_id == actor.user.id:
        raise Refusal(DAILY_SAME_SIGNER, date=day.isoformat(), version=version.version,
                      user=actor.user.display_name)


def _check_signable(row, day: Date, role: str) -> None:
    if row is None or row.state == "reopened":
        raise Refusal(DAILY_NOT_PRODUCED, date=day.isoformat())
    if row.state == "locked":
        raise Refusal(DAILY_ALREADY_LOCKED, date=day.isoformat())
    if role == "finance" and row.state not in ("produced", "printed"):
        raise Refusal(DAILY_ALREADY_SIGNED, date=day.isoformat(), version=row.version)
    if role == "manager" and row.state != "finance_signed":
        raise Refusal(DAILY_FINANCE_FIRST, date=day.isoformat())


def _sign(actor: Actor, day: Date, password: str, content_hash: str | None, role: str) -> DayResult:
    """Check the figures first, then record the signature in a short write transaction. What is
    signed is the content (its hash is the version's); the signed PDF is laid out when it is
    first asked for (``signed_pdf``), not here: laying out a 40-page day took about a second of
    the signature. In the transaction the figures are known unchanged when nothing was recorded
    since they were read (every posting writes its audit row in its own transaction, see
    ``change_stamp``); otherwise they are built and compared again there."""
    require(actor, "daily.sign_finance" if role == "finance" else "daily.sign_manager")
    _check_day(actor, day)
    _reauthenticate(actor, password)
    row = DailyDay.get_or_none(DailyDay.date == day)
    _check_signable(row, day, role)
    version = DailyVersion.get((DailyVersion.date == day) & (DailyVersion.version == row.version))
    if role == "manager":
        _check_two_people(version, actor, day)
    stamp = change_stamp()
    report = build_report(day)
    digest = report.content_hash()
    if digest != version.content_hash or (content_hash is not None and content_hash != version.content_hash):
        raise Refusal(DAILY_REPORT_CHANGED, date=day.isoformat(), version=version.version)
    if role == "finance":
        version.finance_signed_at, version.finance_signed_by = actor.now, actor.user
        fields, state = [DailyVersion.finance_signed_at, DailyVersion.finance_signed_by], "finance_signed"
    else:
        version.manager_signed_at, version.manager_signed_by = actor.now, actor.user
        fields, state = [DailyVersion.manager_signed_at, DailyVersion.manager_signed_by], "locked"
    # A finance-only PDF laid out earlier lacks the manager's name: laid out again when asked for.
    version.signed_pdf = None
    with database.atomic():
        row = _day_row(day)  # FOR UPDATE on PostgreSQL: a posting into the day waits, or is seen
        _check_signable(row, day, role)  # another PC may have signed or reopened meanwhile
        if role == "manager":  # the finance signature read above may have been given meanwhile
            _check_two_people(DailyVersion.get_by_id(version.id), actor, day)
        changed = row.version != version.version or (
            change_stamp() != stamp and build_report(day).content_hash() != version.content_hash)
        if changed:
            raise Refusal(DAILY_REPORT_CHANGED, date=day.isoformat(), version=version.version)
        version.save(only=fields + [DailyVersion.signed_pdf])
        update = {"state": state}
        if state == "locked":
            update.update(locked_at=actor.now, locked_by=actor.user.id)
        DailyDay.update(**update).where(DailyDay.id == row.id).execute()
        audit.record(actor, f"daily.sign_{role}", "daily_day", day.isoformat(),
                     {"version": version.version, "hash": digest, "journal": journal_digests([day])[day]})
    return DayResult(day, state, version.version, digest, False, report)


@retrying
def sign_finance(actor: Actor, day: Date, password: str, content_hash: str | None = None) -> DayResult:
    """Finance signs the latest version (re-entering the password). ``content_hash``: the hash of
    the report the signer was shown; a report that changed since is refused."""
    return _sign(actor, day, password, content_hash, "finance")


@retrying
def sign_manager(actor: Actor, day: Date, password: str, content_hash: str | None = None) -> DayResult:
    """The manager signs after finance; this locks the day and every day before it for posting."""
    return _sign(actor, day, password, content_hash, "manager")


@retrying
def reopen(actor: Actor, day: Date, reason: str) -> DayResult:
    """A manager reopens a signed day with a reason; the signed version and its PDF stay as they
    were, the next production is a new version that needs both signatures again."""
    require(actor, "daily.reopen")
    reason = (reason or "").strip()
    if not reason:
        raise Refusal(DAILY_REASON_REQUIRED, date=str(day))
    # The signed PDF is kept: laid out now if nobody asked for it yet, while the ledger still holds
    # the signed figures (after reopening, postings may change them); before the write
    # transaction, which laying out a big day would hold for a second.
    signed = DailyDay.get_or_none(DailyDay.date == day)
    if signed is not None and signed.state in ("finance_signed", "locked"):
        _signed_pdf_of(DailyVersion.get((DailyVersion.date == day) & (DailyVersion.version == signed.version)))
    with database.atomic():
        row = _day_row(day)
        if row is None or row.state not in ("finance_signed", "locked"):
            raise Refusal(DAILY_NOT_SIGNED, date=day.isoformat())
        DailyVersion.update(reopened_at=actor.now, reopened_by=actor.user.id, reopen_reason=reason).where(
            (DailyVersion.date == day) & (DailyVersion.version == row.version)).execute()
        DailyDay.update(state="reopened", locked_at=None, locked_by=None).where(DailyDay.id == row.id).execute()
        audit.record(actor, "daily.reopen", "daily_day", day.isoformat(),
                     {"version": row.version, "reason": reason, "was": row.state})
        latest = _latest(day)
    return DayResult(day, "reopened", row.version, latest.content_hash, False, build_report(day))


def versions(day: Date):
    """The day's versions, newest first (a query)."""
    return DailyVersion.select().where(DailyVersion.date == day).order_by(DailyVersion.version.desc())


def signed_pdf(day: Date, version: int) -> bytes | None:
    """The PDF as it was signed (None for a version nobody signed). Laid out on first request (a
    second for a 40-page day: call it off the GUI thread) and kept in the version row."""
    row = DailyVersion.get_or_none((DailyVersion.date == day) & (DailyVersion.version == version))
    return _signed_pdf_of(row) if row is not None else None


def _signed_pdf_of(version: DailyVersion) -> bytes | None:
    if version.signed_pdf is not None:
        return bytes(version.signed_pdf)
    if version.finance_signed_at is None:
        return None
    report = build_report(version.date)
    if report.content_hash() != version.content_hash:
        # The ledger no longer gives the signed figures (a posting into a finance-signed day):
        # the signed content and its hash stay in the version; a PDF of other figures would lie.
        return None
    data = _lay_out_signed(version, report)
    DailyVersion.update(signed_pdf=data).where(
        (DailyVersion.id == version.id) & DailyVersion.signed_pdf.is_null()
        & (DailyVersion.manager_signed_at.is_null() if version.manager_signed_at is None
           else DailyVersion.manager_signed_at.is_null(False))).execute()
    return data


def render_daily(actor: Actor, day: Date, out_path) -> int:
    """For the command line: produce the day's report (a new version if it changed) and write it as
    PDF or xlsx by the file's suffix (ledger.daily_print lays it out). Returns the page count (PDF)
    or the number of lines (xlsx)."""
    from pathlib import Path

    from ledger.daily_print import render_pdf, render_xlsx, signatures_of

    out = Path(out_path)
    suffix = out.suffix.lower()
    if suffix not in (".pdf", ".xlsx"):
        raise Refusal(DAILY_UNKNOWN_FORMAT, path=str(out))
    result = produce(actor, day)
    if suffix == ".xlsx":
        return render_xlsx(result.report, out)["单据明细"]
    version = DailyVersion.get((DailyVersion.date == day) & (DailyVersion.version == result.version))
    return render_pdf(result.report, out, actor.now, signatures_of(version), fingerprint=fingerprint_of(version))


def journal_digests(days) -> dict:
    """Per day: SHA-256 over the day's rows as stored (documents, their lines, the day's postings).
    Kept in a signature's audit row, it lets ``check`` compare every signed day with the journal
    in a few grouped queries, and rebuild the report only of a day that no longer matches (see
    ledger.checks.check_signed_days)."""
    rows: dict = {day: [[], [], []] for day in days}
    chunks = [list(days)[start:start + 400] for start in range(0, len(rows), 400)]
    for chunk in chunks:
        for row in (Document.select(Document.date, Document.id, Document.doc_type, Document.year, Document.seq,
                                    Document.number, Document.party, Document.source_number, Document.reference,
                                    Document.reference_key, Document.remark, Document.created_at, Document.created_by)
                    .where(Document.date.in_(chunk)).tuples()):
            rows[as_date(row[0])][0].append(row[1:])
        for row in (DocumentLine.select(Document.date, DocumentLine.id, DocumentLine.document, DocumentLine.line_no,
                                        DocumentLine.part, DocumentLine.qty, DocumentLine.price_fen,
                                        DocumentLine.flag, DocumentLine.remark)
                    .join(Document).where(Document.date.in_(chunk)).tuples()):
            rows[as_date(row[0])][1].append(row[1:])
        for row in (Posting.select(Posting.date, Posting.id, Posting.document, Posting.line, Posting.part,
                                   Posting.book, Posting.party, Posting.delta)
                    .where(Posting.date.in_(chunk)).tuples()):
            rows[as_date(row[0])][2].append(row[1:])
    return {
        day: hashlib.sha256(json.dumps([sorted(part, key=lambda r: r[0]) for part in found], ensure_ascii=False,
                                       separators=(",", ":"), default=str).encode("utf-8")).hexdigest()
        for day, found in rows.items()
    }


# -- the fingerprint on the paper --------------------------------------------------------------------

FINGERPRINT_LENGTH = 12


def fingerprint(content_hash: str, audit_row_hash: str) -> str:
    """A dozen characters printed under the signatures (XXXX-XXXX-XXXX, base32 of SHA-256 over the
    signed content's hash and the hash of the audit chain's row of that signature). The paper keeps
    it outside the database: a file rewritten with every hash recomputed gives another one."""
    digest = hashlib.sha256(f"{content_hash}:{audit_row_hash}".encode("ascii")).digest()
    text = base64.b32encode(digest).decode("ascii")[:FINGERPRINT_LENGTH]
    return "-".join(text[i:i + 4] for i in range(0, FINGERPRINT_LENGTH, 4))


def _signature_rows(version: DailyVersion) -> dict:
    """role -> the audit row of that signature of ``version`` (its detail names version and hash)."""
    from common.models import AuditLog

    found = {}
    for row in audit.rows_for("daily_day", as_date(version.date).isoformat()).where(
            AuditLog.action.in_(["daily.sign_finance", "daily.sign_manager"])):
        try:
            facts = json.loads(row.detail)
        except ValueError:
            continue
        if facts.get("version") == version.version and facts.get("hash") == version.content_hash:
            found[row.action.rsplit("_", 1)[1]] = row
    return found


def fingerprint_of(version: DailyVersion) -> str | None:
    """The fingerprint of the version as last signed (manager's, else finance's); None unsigned."""
    rows = _signature_rows(version)
    row = rows.get("manager") if version.manager_signed_at is not None else rows.get("finance")
    return fingerprint(version.content_hash, row.row_hash) if row is not None and row.row_hash else None


@dataclass(frozen=True)
class FingerprintCheck:
    ok: bool
    code: str  # daily.fingerprint.*: a code of ledger/texts.py
    facts: dict = field(default_factory=dict)


def _normal_fingerprint(text: str) -> str:
    return "".join(ch for ch in str(text).upper() if ch.isalnum())


def verify_fingerprint(day: Date, text: str) -> FingerprintCheck:
    """Whether the database still holds what the paper with fingerprint ``text`` was signed on:
    a signature of ``day`` gives that fingerprint, the version's stored content gives its hash,
    the audit chain is intact up to that signature, and (for the day's current signed version) the
    report rebuilt from the journal is the one signed. Read only."""
    wanted = _normal_fingerprint(text)
    facts = {"date": day.isoformat(), "fingerprint": text}
    if len(wanted) != FINGERPRINT_LENGTH:
        return FingerprintCheck(False, DAILY_FINGERPRINT_BAD_FORMAT, dict(facts, length=FINGERPRINT_LENGTH))
    for version in DailyVersion.select().where(
            (DailyVersion.date == day) & DailyVersion.finance_signed_at.is_null(False)).order_by(DailyVersion.version):
        for role, row in _signature_rows(version).items():
            if not row.row_hash or _normal_fingerprint(fingerprint(version.content_hash, row.row_hash)) != wanted:
                continue
            signer = User.get_or_none(User.id == row.user_id) if row.user_id else None
            found = dict(facts, fingerprint=fingerprint(version.content_hash, row.row_hash), version=version.version,
                         signer=signer.display_name if signer else row.username, signed_at=str(row.at)[:16], role=role)
            if hashlib.sha256(version.content.encode("utf-8")).hexdigest() != version.content_hash:
                return FingerprintCheck(False, DAILY_FINGERPRINT_CONTENT_ALTERED, found)
            if not audit.chain_holds_to(row.seq, row.row_hash):
                return FingerprintCheck(False, DAILY_FINGERPRINT_CHAIN_BROKEN, found)
            current = DailyDay.get_or_none(DailyDay.date == day)
            if current is not None and current.version == version.version and current.state != "reopened":
                if build_report(day).content_hash() != version.content_hash:
                    return FingerprintCheck(False, DAILY_FINGERPRINT_LEDGER_CHANGED, found)
                return FingerprintCheck(True, DAILY_FINGERPRINT_MATCH, found)
            return FingerprintCheck(True, DAILY_FINGERPRINT_MATCH_REOPENED, found)
    return FingerprintCheck(False, DAILY_FINGERPRINT_UNKNOWN, facts)


def change_stamp() -> int:
    """A number that grows with every recorded change (each posting, reversal, signature or master
    data edit writes an audit row): a page showing a report compares it to decide whether its
    figures may be stale, at the cost of one index lookup instead of rebuilding the report."""
    from common.models import AuditLog

    return AuditLog.select(fn.MAX(AuditLog.id)).scalar() or 0


def day_state(day: Date) -> str:
    row = DailyDay.get_or_none(DailyDay.date == day)
    return row.state if row else "not_produced"


# -- the calendar -----------------------------------------------------------------------------------

@dataclass(frozen=True)
class CalendarDay:
    date: Date
    documents: int
    state: str  # STATES
    version: int
    overdue: bool  # has documents, not locked, older than OVERDUE_WORKDAYS working days


def _work_calendar(first: Date, last: Date):
    # The archive keeps the branch's holiday table; without it, weekends only.
    try:
        from archive.workdays import load_calendar

        return load_calendar(first, last)
    except (ImportError, peewee.DatabaseError):
        from dataclasses import dataclass as _dc

        @_dc(frozen=True)
        class Weekends:
            def add_workdays(self, start: Date, count: int) -> Date:
                day, found = start, 0
                while found < count:
                    day += timedelta(days=1)
                    if day.weekday() < 5:
                        found += 1
                return day

        return Weekends()


def calendar(first: Date, last: Date, today: Date) -> list[CalendarDay]:
    """Every day from ``first`` to ``last`` with its document count, state and overdue warning.
    Two grouped queries for the whole range, whatever its length."""
    counts = {
        as_date(on): n for on, n in Document.select(Document.date, fn.COUNT(Document.id))
        .where(Document.date.between(first, last)).group_by(Document.date).tuples()
    }
    states = {
        as_date(on): (state, version) for on, state, version in
        DailyDay.select(DailyDay.date, DailyDay.state, DailyDay.version)
        .where(DailyDay.date.between(first, last)).tuples()
    }
    watch_from = _watch_from(today)
    # Days before the latest locked day cannot change any more (posting is refused), so they are
    # not reported as waiting for signatures.
    locked_until = locked_through()
    if locked_until is not None:
        watch_from = max(watch_from, locked_until + timedelta(days=1))
    work = _work_calendar(first, last)
    days, day = [], first
    while day <= last:
        state, version = states.get(day, ("not_produced", 0))
        documents = counts.get(day, 0)
        overdue = (documents > 0 and state != "locked" and day >= watch_from
                   and work.add_workdays(day, OVERDUE_WORKDAYS) < today)
        days.append(CalendarDay(day, documents, state, version, overdue))
        day += timedelta(days=1)
    return days


def _watch_from(today: Date) -> Date:
    first = DailyDay.select(fn.MIN(DailyDay.date)).scalar()
    return as_date(first) if first else today - timedelta(days=FIRST_WATCH_DAYS)


def overdue_days(today: Date) -> list[Date]:
    """Days with documents, not locked, older than two working days (since the watch started)."""
    start = _watch_from(today)
    return [d.date for d in calendar(start, today, today) if d.overdue]
