"""Opening balances (期初建账, document type OPENING; LEDGERS.md "Opening balances" is the contract).

The state of the five books at the end of the go-live day, posted once, by a manager, as ONE
document dated that day. Each line opens one book of one part; unlike every other document type a
line carries its own book and party (``ledger_opening_line``):

- good / bad: stock on the shelves, no party;
- owed_to (HQ party) / owed_by (station or dealer): a debt with the date it arose, so that aging
  and oldest-first settlement use its real age (ledger.books reads ``origin_date``);
- in_transit_in: an HQ shipment on the road, keyed by HQ's delivery-list number, that a later
  HQ_RECEIVE or TRANSIT_LOSS names in 关联单号 like a shipment posted in the app;
- in_transit_out: bad parts sent back to HQ and not yet confirmed, keyed by our return slip
  number, settled by HQ_BAD_CONFIRM. Such parts are still owed: the file also lists them in owed_to,
  exactly as the books stand after an HQ_BAD_RETURN posted in the app.

Rules: manager only; one unreversed opening per database; refused if any document is dated on or
before the go-live date; afterwards nothing may be posted on or before it (ledger.posting checks
every date); corrected by reversal like any document (``ledger.reversal.reverse`` hands an opening
to ``write_reversal`` here, because its postings carry each line's own party).
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date as Date

from common import audit
from common.actor import Actor
from common.auth import require
from common.db import database, retrying
from common.errors import Refusal
from ledger.daylock import check_not_locked
from ledger.models import BOOK_NAMES, BOOKS, PARTY_BOOKS, Document, DocumentLine, OpeningLine, Party, Part, Posting
from ledger.posting import (
    Effect, PostResult, _add_to_balances, _book_state, _insert_document, _lock_books, _next_number, _not_reversed,
    balance_key, lock_for_posting, normalise_code,
)
from ledger.texts import (
    LEDGER_BAD_DATE, LEDGER_BAD_PRICE, LEDGER_BAD_QUANTITY, LEDGER_FUTURE_DATE, LEDGER_INSUFFICIENT,
    LEDGER_NO_LINES, LEDGER_OPENING_AFTER_DOCUMENTS, LEDGER_OPENING_BAD_BOOK,
    LEDGER_OPENING_DUPLICATE_SHIPMENT_LINE, LEDGER_OPENING_EXISTS, LEDGER_OPENING_NUMBER_REQUIRED,
    LEDGER_OPENING_ORIGIN_AFTER, LEDGER_OPENING_PARTY_REQUIRED, LEDGER_OPENING_PARTY_UNEXPECTED,
    LEDGER_OPENING_PARTY_WRONG_KIND, LEDGER_OPENING_SHIPMENT_TWO_PARTIES, LEDGER_PARTY_INACTIVE,
    LEDGER_UNKNOWN_PART, LEDGER_UNKNOWN_PARTY,
)

# Which party kinds each book's party may be; good and bad take none.
BOOK_PARTY_KINDS = {
    "owed_to": frozenset({"hq"}), "owed_by": frozenset({"station", "dealer"}),
    "in_transit_in": frozenset({"hq"}), "in_transit_out": frozenset({"hq"}),
}
# The in-transit books open shipments, which need their outside number to be referenced later.
NUMBERED_BOOKS = ("in_transit_in", "in_transit_out")


@dataclass(frozen=True)
class OpeningEntry:
    """One line of the opening: ``qty`` of ``part_number`` in ``book`` (for ``party``)."""

    book: str
    part_number: str
    qty: int
    party: str | None = None  # party code or name
    origin_date: Date | None = None  # when the debt / shipment arose; None = the go-live date
    origin_number: str | None = None  # HQ's delivery list, our return slip, the issue slip
    price_fen: int | None = None  # None: the part's standard price
    remark: str = ""


def current_opening() -> Document | None:
    """The unreversed OPENING document, if the branch has gone live."""
    return Document.select().where((Document.doc_type == "OPENING") & _not_reversed()).first()


def _opening_ids():
    return Document.select(Document.id).where(Document.doc_type == "OPENING")


def check_may_open(actor: Actor, on: Date) -> None:
    """The refusals that concern the opening as a whole (rights, date, a second opening)."""
    require(actor, "parts.post_restricted")
    if not isinstance(on, Date):
        raise Refusal(LEDGER_BAD_DATE, date=str(on))
    if on > actor.today:
        raise Refusal(LEDGER_FUTURE_DATE, date=on.isoformat(), today=actor.today.isoformat())
    check_not_locked(on)
    existing = current_opening()
    if existing is not None:
        raise Refusal(LEDGER_OPENING_EXISTS, opening=existing.number, opening_date=existing.date.isoformat())
    # The opening is the books at the end of its day: a document dated on or before it would stand
    # before balances that did not exist yet. Reversed openings and their reversals do not count.
    earlier = (Document.select(Document.number, Document.date)
               .where((Document.date <= on) & (Document.doc_type != "OPENING")
                      & ~((Document.doc_type == "REVERSAL") & Document.reference.in_(_opening_ids())))
               .order_by(Document.date, Document.id).first())
    if earlier is not None:
        raise Refusal(LEDGER_OPENING_AFTER_DOCUMENTS, date=on.isoformat(), document=earlier.number,
                      document_date=earlier.date.isoformat())


def check_entries(on: Date, entries) -> list[tuple]:
    """The lines, checked: (line_no, Part, qty, price_fen, remark, book, Party|None, origin date,
    origin number). Every refusal names its line (1-based) in ``line``; all are collected so an
    import can report each bad row. Raises the first when called for one refusal only."""
    lines, problems = _check_entries(on, entries)
    if problems:
        raise problems[0]
    return lines


def _check_entries(on: Date, entries) -> tuple[list[tuple], list[Refusal]]:
    entries = list(entries)
    numbers = {normalise_code(e.part_number) for e in entries}
    parts = {p.number: p for p in Part.select().where(Part.number.in_(sorted(numbers)))} if numbers else {}
    party_specs = {normalise_code(e.party) for e in entries if e.party is not None and normalise_code(e.party)}
    parties = {}
    if party_specs:
        for party in Party.select().where(Party.code.in_(sorted(party_specs)) | Party.name.in_(sorted(party_specs))):
            parties.setdefault(party.code, party)
            parties.setdefault(party.name, party)
    lines, problems = [], []
    shipment_lines: dict[tuple, int] = {}  # (book, number, part) -> first line
    shipment_party: dict[tuple, tuple] = {}  # (book, number) -> (party code, first line)
    if not entries:
        problems.append(Refusal(LEDGER_NO_LINES, doc_type="OPENING"))
    for line_no, entry in enumerate(entries, 1):
        bad = len(problems)
        book = entry.book
        if book not in BOOKS:
            problems.append(Refusal(LEDGER_OPENING_BAD_BOOK, line=line_no, book=str(book)))
            continue
        number = normalise_code(entry.part_number)
        part = parts.get(number)
        if part is None:
            problems.append(Refusal(LEDGER_UNKNOWN_PART, line=line_no, part=number))
        qty = entry.qty
        if isinstance(qty, bool) or not isinstance(qty, int) or qty <= 0:
            problems.append(Refusal(LEDGER_BAD_QUANTITY, line=line_no, part=number, qty=str(qty),
                                    doc_type="OPENING"))
        price = entry.price_fen if entry.price_fen is not None else (part.price_fen if part else 0)
        if isinstance(price, bool) or not isinstance(price, int) or price < 0:
            problems.append(Refusal(LEDGER_BAD_PRICE, line=line_no, part=number, price=str(price)))
        spec = normalise_code(entry.party) if entry.party is not None else ""
        party = None
        if book in BOOK_PARTY_KINDS:
            if not spec:
                problems.append(Refusal(LEDGER_OPENING_PARTY_REQUIRED, line=line_no, book=book,
                                        book_name=BOOK_NAMES[book]))
            else:
                party = parties.get(spec)
                if party is None:
                    problems.append(Refusal(LEDGER_UNKNOWN_PARTY, line=line_no, party=spec))
                elif not party.active:
                    problems.append(Refusal(LEDGER_PARTY_INACTIVE, line=line_no, party=party.code, name=party.name))
                elif party.kind not in BOOK_PARTY_KINDS[book]:
                    problems.append(Refusal(LEDGER_OPENING_PARTY_WRONG_KIND, line=line_no, party=party.code,
                                            kind=party.kind, book=book, book_name=BOOK_NAMES[book],
                                            allowed=",".join(sorted(BOOK_PARTY_KINDS[book]))))
        elif spec:
            problems.append(Refusal(LEDGER_OPENING_PARTY_UNEXPECTED, line=line_no, party=spec, book=book,
                                    book_name=BOOK_NAMES[book]))
        origin = entry.origin_date if entry.origin_date is not None else on
        if not isinstance(origin, Date):
            problems.append(Refusal(LEDGER_BAD_DATE, line=line_no, date=str(origin)))
        elif origin > on:
            problems.append(Refusal(LEDGER_OPENING_ORIGIN_AFTER, line=line_no, origin_date=origin.isoformat(),
                                    date=on.isoformat(), book=book, book_name=BOOK_NAMES[book]))
        origin_number = normalise_code(entry.origin_number) if entry.origin_number is not None else ""
        if book in NUMBERED_BOOKS:
            if not origin_number:
                problems.append(Refusal(LEDGER_OPENING_NUMBER_REQUIRED, line=line_no, book=book,
                                        book_name=BOOK_NAMES[book]))
            else:
                first = shipment_lines.setdefault((book, origin_number, number), line_no)
                if first != line_no:
                    problems.append(Refusal(LEDGER_OPENING_DUPLICATE_SHIPMENT_LINE, line=line_no,
                                            number=origin_number, part=number, first_line=first))
                if party is not None:
                    code, first = shipment_party.setdefault((book, origin_number), (party.code, line_no))
                    if code != party.code:
                        problems.append(Refusal(LEDGER_OPENING_SHIPMENT_TWO_PARTIES, line=line_no,
                                                number=origin_number, party=party.code, other=code,
                                                first_line=first))
        if len(problems) == bad:
            lines.append((line_no, part, qty, price, (entry.remark or "").strip(), book, party,
                          origin if book in PARTY_BOOKS + NUMBERED_BOOKS else on, origin_number or None))
    return lines, problems


@retrying
def post_opening(actor: Actor, on: Date, entries, remark: str = "") -> PostResult:
    """Post the opening dated ``on`` (the go-live day): all its lines or none, one number, one
    audit row. Raises the first refusal (``opening_problems`` lists them all)."""
    with database.atomic():
        lock_for_posting(counters=[("OPENING", on.year)] if isinstance(on, Date) else ())
        check_may_open(actor, on)
        lines = check_entries(on, entries)
        document, effects = _write(actor, "OPENING", on, None, (remark or "").strip(), lines, sign=1)
        audit.record(actor, "ledger.post", "ledger_document", document.id, {
            "number": document.number, "doc_type": "OPENING", "date": on.isoformat(), "lines": len(lines),
            "source_number": None, "reference": None,
        })
    return PostResult(document.id, document.number, "OPENING", on, len(lines), tuple(effects))


def opening_problems(actor: Actor, on: Date, entries) -> list[Refusal]:
    """Every refusal the opening would meet (the whole-file ones first), nothing written."""
    try:
        check_may_open(actor, on)
    except Refusal as refusal:
        first = [refusal]
    else:
        first = []
    return first + _check_entries(on, entries)[1]


def opening_lines(document_id: int) -> dict[int, tuple]:
    """line_no -> (book, party id, origin date, origin number) of an OPENING document."""
    return {
        line_no: (book, party_id, origin if isinstance(origin, Date) else Date.fromisoformat(str(origin)), number)
        for line_no, book, party_id, origin, number in
        OpeningLine.select(DocumentLine.line_no, OpeningLine.book, OpeningLine.party, OpeningLine.origin_date,
                           OpeningLine.origin_number)
        .join(DocumentLine, on=(OpeningLine.line == DocumentLine.id))
        .where(DocumentLine.document == document_id).tuples()
    }


def write_reversal(actor: Actor, original: Document, on: Date, remark: str) -> tuple[Document, list]:
    """The REVERSAL of an opening: every line negated in its own book and party (called by
    ``ledger.reversal.reverse`` once it has checked that the opening may be reversed)."""
    return _write(actor, "REVERSAL", on, original, remark, _original_lines(original), sign=-1)


def reversal_effects(original: Document, on: Date) -> list[Effect]:
    """What reversing the opening on ``on`` would do to each book (``ok=False`` where a book would
    go negative on some day), nothing written: ``ledger.reversal.reversal_preview`` for an opening."""
    return _effects(_original_lines(original), -1, on)[1]


def _original_lines(original: Document) -> list[tuple]:
    meaning = opening_lines(original.id)
    parties = {p.id: p for p in Party.select().where(Party.id.in_(sorted({m[1] for m in meaning.values() if m[1]})))}
    lines = [
        (l.line_no, l.part, l.qty, l.price_fen, l.remark, meaning[l.line_no][0],
         parties.get(meaning[l.line_no][1]), meaning[l.line_no][2], meaning[l.line_no][3])
        for l in DocumentLine.select(DocumentLine, Part).join(Part)
        .where(DocumentLine.document == original.id).order_by(DocumentLine.line_no)
    ]
    return lines


def _effects(lines, sign: int, on: Date, lock: bool = False):
    """(net per balance key, an Effect per key, a refusal per book that would go negative on some
    day) of these lines posted with ``sign``; ``lock``: lock the books first (PostgreSQL)."""
    net: dict[tuple, int] = defaultdict(int)
    part_of: dict[int, Part] = {}
    party_of: dict[int, Party] = {}
    for _, part, qty, _, _, book, party, _, _ in lines:
        net[balance_key(part.id, book, party.id if party else None)] += sign * qty
        part_of[part.id] = part
        if party is not None:
            party_of[party.id] = party
    if lock:
        _lock_books(sorted(part_of), list(net))
    state = _book_state(list(net), on)
    effects, problems = [], []
    for key in sorted(net):
        part_id, book, party_key = key
        before, on_date, lowest = state[key]
        delta = net[key]
        party_code = party_of[party_key].code if party_key else None
        ok = not (delta < 0 and lowest + delta < 0)
        if not ok:
            part = part_of[part_id]
            problems.append(Refusal(LEDGER_INSUFFICIENT, part=part.number, name=part.name, book=book,
                                    book_name=BOOK_NAMES[book], party=party_code or "", date=on.isoformat(),
                                    on_date=on_date, available=max(lowest, 0), asked=-delta))
        effects.append(Effect(part_of[part_id].number, book, party_code, before, delta, before + delta,
                              ok, lowest if delta < 0 else None))
    return net, effects, problems


def _write(actor: Actor, doc_type: str, on: Date, reference, remark: str, lines, sign: int):
    """Number and write the document, its lines, (for the opening) what each line opens, its
    postings with each line's own party, and the balance cache; refuse a reversal that would leave
    a book negative on some day."""
    net, effects, problems = _effects(lines, sign, on, lock=True)
    if problems:
        raise problems[0]
    seq, number = _next_number(doc_type, on.year)
    document = _insert_document(actor, doc_type, seq, number, on, None, None, reference, remark,
                                [(n, part, qty, price, False, rem) for n, part, qty, price, rem, *_ in lines], [])
    line_ids = dict(DocumentLine.select(DocumentLine.line_no, DocumentLine.id)
                    .where(DocumentLine.document == document.id).tuples())
    if doc_type == "OPENING":
        rows = [{"line": line_ids[n], "book": book, "party": party.id if party else None, "origin_date": origin,
                 "origin_number": origin_number}
                for n, _, _, _, _, book, party, origin, origin_number in lines]
        for start in range(0, len(rows), 500):
            OpeningLine.insert_many(rows[start:start + 500]).execute()
    postings = [{"document": document.id, "line": line_ids[n], "date": on, "part": part.id, "book": book,
                 "party": party.id if party else None, "delta": sign * qty}
                for n, part, qty, _, _, book, party, _, _ in lines]
    for start in range(0, len(postings), 500):
        Posting.insert_many(postings[start:start + 500]).execute()
    _add_to_balances([(p, b, k, d) for (p, b, k), d in sorted(net.items()) if d])
    return document, effects


def shipment_type(opening_id: int, key: str | None) -> str | None:
    """The shipment type (HQ_SHIP / HQ_BAD_RETURN) the opening's shipment ``key`` stands for: what
    a TRANSIT_LOSS that names it reduces (``ledger.doctypes.line_effects``' reference type)."""
    from ledger.doctypes import OPENING_SHIPMENT_BOOKS

    book = (OpeningLine.select(OpeningLine.book).join(DocumentLine, on=(OpeningLine.line == DocumentLine.id))
            .where((DocumentLine.document == opening_id) & (OpeningLine.origin_number == key)).scalar())
    return {b: t for t, b in OPENING_SHIPMENT_BOOKS.items()}.get(book)
