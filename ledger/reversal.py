"""Reversing a posted document (冲销): ``reversal_preview`` says what it would do to each book,
``reverse`` posts the exact negation as a REVERSAL document (an opening's through ledger.opening,
whose lines carry each their own party). The rules are ledger.posting's (module docstring): any
posted document, once; documents that reference it reversed first; a REVERSAL is never reversed.

Above both ledger.posting and ledger.opening, so that neither imports the other back.
"""
from __future__ import annotations

import unicodedata
from datetime import date as Date

from common import audit
from common.actor import Actor
from common.auth import require
from common.db import database, retrying
from common.errors import Refusal
from ledger import opening
from ledger.doctypes import DOC_TYPES
from ledger.models import Document, DocumentLine, Part, Posting
from ledger.posting import (
    Effect, PostResult, _check_date, _not_reversed, _summarise, _write, is_reversed, lock_for_posting,
)
from ledger.texts import (
    LEDGER_ALREADY_REVERSED, LEDGER_DATE_BEFORE_REFERENCE, LEDGER_HAS_DEPENDENTS, LEDGER_REVERSAL_NOT_REVERSIBLE,
    LEDGER_REVERSAL_REASON_REQUIRED, LEDGER_UNKNOWN_DOCUMENT,
)


def _prepare_reversal(actor: Actor, document_id: int, on: Date, posting: bool = True):
    """Check that ``document_id`` may be reversed on ``on`` and build the negation of its postings:
    (original, lines, postings by line number). A preview (``posting=False``) needs only the right
    to post ordinary documents: a clerk sees what reversing a scrap would do before a manager
    approves it."""
    if posting:
        lock_for_posting(documents=[document_id])
    original = Document.select().where(Document.id == document_id).get_or_none()
    if original is None:
        raise Refusal(LEDGER_UNKNOWN_DOCUMENT, document=str(document_id))
    kind = DOC_TYPES[original.doc_type]
    require(actor, "parts.post_restricted" if kind.restricted and posting else "parts.post")
    _check_date(actor, on, original)
    if original.doc_type == "REVERSAL":
        raise Refusal(LEDGER_REVERSAL_NOT_REVERSIBLE, document=original.number,
                      original=original.reference.number)
    reversal = is_reversed(original.id)
    if reversal is not None:
        raise Refusal(LEDGER_ALREADY_REVERSED, document=original.number, reversal=reversal.number)
    if on < original.date:
        raise Refusal(LEDGER_DATE_BEFORE_REFERENCE, date=on.isoformat(), reference=original.number,
                      reference_date=original.date.isoformat())
    dependents = [
        d.number
        for d in Document.select(Document.number)
        .where((Document.reference == original.id) & (Document.doc_type != "REVERSAL") & _not_reversed())
        .order_by(Document.id)
    ]
    if dependents:
        raise Refusal(LEDGER_HAS_DEPENDENTS, document=original.number, dependents=", ".join(dependents))
    original_lines = list(
        DocumentLine.select(DocumentLine, Part).join(Part).where(DocumentLine.document == original.id)
        .order_by(DocumentLine.line_no)
    )
    lines = [(l.line_no, l.part, l.qty, l.price_fen, l.flag, l.remark) for l in original_lines]
    by_id = {l.id: l for l in original_lines}
    by_line: dict[int, list] = {l.line_no: [] for l in original_lines}
    for posting in Posting.select().where(Posting.document == original.id).order_by(Posting.id):
        line = by_id[posting.line_id]
        by_line[line.line_no].append((line.part, posting.book, -posting.delta))
    return original, lines, by_line


def reversal_preview(actor: Actor, document_id: int, date: Date | None = None) -> list[Effect]:
    """What reversing the document would do to each book of each part (nothing is written); raises
    the refusal a reversal would meet (already reversed, has receipts, locked day...)."""
    on = actor.today if date is None else date
    original, _, by_line = _prepare_reversal(actor, document_id, on, posting=False)
    if original.doc_type == "OPENING":  # each line in its own party's book
        return opening.reversal_effects(original, on)
    effects = [(line_no, part, book, delta) for line_no, rows in by_line.items() for part, book, delta in rows]
    rows, _ = _summarise(effects, original.party, on)
    return rows


@retrying
def reverse(actor: Actor, document_id: int, remark: str = "", date: Date | None = None) -> PostResult:
    """Post the exact negation of a posted document, dated ``date`` (default: today). The reason
    (``remark``) is required: a reversal without one cannot be understood on the day's report."""
    on = actor.today if date is None else date
    reason = unicodedata.normalize("NFKC", remark or "").strip()
    with database.atomic():
        lock_for_posting(counters=[("REVERSAL", on.year)] if isinstance(on, Date) else ())
        original, lines, by_line = _prepare_reversal(actor, document_id, on)
        if not reason:
            raise Refusal(LEDGER_REVERSAL_REASON_REQUIRED, document=original.number)
        if original.doc_type == "OPENING":  # its postings carry each line's own party
            document, summary = opening.write_reversal(actor, original, on, (remark or "").strip())
        else:
            document, summary = _write(
                actor, "REVERSAL", on, original.party, None, original, (remark or "").strip(), lines, by_line,
            )
        audit.record(actor, "ledger.reverse", "ledger_document", document.id, {
            "number": document.number, "original": original.number, "date": on.isoformat(),
        })
    return PostResult(document.id, document.number, "REVERSAL", on, len(lines), tuple(summary))
