"""Saved drafts of parts documents: what a clerk keyed but has not posted yet.

Data model: ``SavedDraft`` is one document's header as keyed (type, date, counterparty, source
number, the reference as typed, the type's one flag, remark), who saved it and when;
``SavedDraftLine`` its lines (part, quantity, price in fen). A draft lives in the database, so a
crash or a closed window does not lose it, and it never touches the books: it has no number, no
postings and no balance, and it is not checked against the books until it is posted.

``post_draft`` posts a draft and deletes it in one transaction, so a draft is either still a
draft or a posted document, never both; a draft already posted (or discarded) from another PC is
refused instead of being posted twice.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from peewee import JOIN, BooleanField, CharField, DateField, DateTimeField, ForeignKeyField, IntegerField, TextField, fn

from common import audit
from common.actor import Actor
from common.auth import require
from common.db import BaseModel, database, retrying
from common.errors import Refusal
from common.models import User
from ledger.models import Party, Part
from ledger.doctypes import DOC_TYPES
from ledger.posting import Draft, DraftLine, PostResult, check_lines, normalise_code, post
from ledger.texts import (
    LEDGER_DRAFT_GONE, LEDGER_NO_LINES, LEDGER_REVERSAL_VIA_REVERSE, LEDGER_UNKNOWN_PARTY, LEDGER_UNKNOWN_TYPE,
)


class SavedDraft(BaseModel):
    doc_type = CharField(max_length=32)
    date = DateField()
    party = ForeignKeyField(Party, null=True, on_delete="RESTRICT", backref="+")
    source_number = CharField(max_length=64, default="")
    reference = CharField(max_length=64, default="")  # as typed: our number or the source number
    flag = BooleanField(null=True)  # None: the type has no flag
    remark = TextField(default="")
    created_at = DateTimeField()
    created_by = ForeignKeyField(User, on_delete="RESTRICT", backref="+")
    saved_at = DateTimeField()
    saved_by = ForeignKeyField(User, on_delete="RESTRICT", backref="+")

    class Meta:
        table_name = "ledger_draft"
        indexes = ((("doc_type",), False),)


class SavedDraftLine(BaseModel):
    draft = ForeignKeyField(SavedDraft, on_delete="CASCADE", backref="lines")
    line_no = IntegerField()
    part = ForeignKeyField(Part, on_delete="RESTRICT")
    qty = IntegerField()
    price_fen = IntegerField()

    class Meta:
        table_name = "ledger_draft_line"
        indexes = ((("draft", "line_no"), True),)


MODELS = (SavedDraft, SavedDraftLine)


@dataclass(frozen=True)
class Loaded:
    draft_id: int
    draft: Draft
    saved_at: datetime
    saved_by: str  # display name


def _check(draft: Draft) -> tuple[str, Party | None, list[tuple]]:
    """What a draft must be to be kept: a known type, an existing counterparty, lines that would
    pass posting's own line checks. The books are not looked at: that is for posting."""
    code = str(draft.doc_type).strip()
    if code not in DOC_TYPES:
        raise Refusal(LEDGER_UNKNOWN_TYPE, doc_type=code)
    if code == "REVERSAL":
        raise Refusal(LEDGER_REVERSAL_VIA_REVERSE)
    party = None
    if draft.party not in (None, ""):
        text = normalise_code(draft.party)
        party = Party.get_or_none(Party.code == text)
        if party is None:
            raise Refusal(LEDGER_UNKNOWN_PARTY, party=text)
    if not draft.lines:
        raise Refusal(LEDGER_NO_LINES, doc_type=code)
    return code, party, check_lines(DOC_TYPES[code], draft.lines)


def save_draft(actor: Actor, draft: Draft, draft_id: int | None = None) -> int:
    """Keep a draft (a new one, or replace draft ``draft_id``); returns its id. Posts nothing."""
    require(actor, "parts.post")
    code, party, rows = _check(draft)
    # The form has one flag per document, kept as given (None: the type's default).
    first = draft.lines[0] if isinstance(draft.lines[0], DraftLine) else DraftLine(*draft.lines[0])
    flag = first.flag
    header = dict(doc_type=code, date=draft.date, party=party, source_number=(draft.source_number or "").strip(),
                  reference=str(draft.reference or "").strip(), flag=flag, remark=(draft.remark or "").strip(),
                  saved_at=actor.now, saved_by=actor.user)
    with database.atomic():
        if draft_id is None:
            saved = SavedDraft.create(created_at=actor.now, created_by=actor.user, **header)
        else:
            if not SavedDraft.update(**header).where(SavedDraft.id == draft_id).execute():
                raise Refusal(LEDGER_DRAFT_GONE, draft=draft_id)
            saved = SavedDraft.get_by_id(draft_id)
            SavedDraftLine.delete().where(SavedDraftLine.draft == saved.id).execute()
        SavedDraftLine.insert_many([
            {"draft": saved.id, "line_no": line_no, "part": part.id, "qty": qty, "price_fen": price}
            for line_no, part, qty, price, _, _ in rows
        ]).execute()
        audit.record(actor, "ledger.draft_save", "ledger_draft", saved.id, {"doc_type": code, "lines": len(rows)})
    return saved.id


def load_draft(draft_id: int) -> Loaded | None:
    saved = SavedDraft.get_or_none(SavedDraft.id == draft_id)
    if saved is None:
        return None
    lines = [
        DraftLine(number, qty, price, saved.flag)
        for number, qty, price in SavedDraftLine.select(Part.number, SavedDraftLine.qty, SavedDraftLine.price_fen)
        .join(Part).where(SavedDraftLine.draft == saved.id).order_by(SavedDraftLine.line_no).tuples()
    ]
    draft = Draft(saved.doc_type, saved.date, saved.party.code if saved.party_id else None,
                  saved.source_number or None, saved.reference or None, saved.remark, lines)
    return Loaded(saved.id, draft, saved.saved_at, saved.saved_by.display_name)


def drafts(doc_type: str | None = None):
    """Every saved draft, newest first, with counterparty, line count and who saved it (a query)."""
    line_count = SavedDraftLine.select(fn.COUNT(SavedDraftLine.id)).where(SavedDraftLine.draft == SavedDraft.id)
    query = (
        SavedDraft.select(SavedDraft.id, SavedDraft.doc_type, SavedDraft.date, SavedDraft.source_number,
                          SavedDraft.reference, SavedDraft.remark, SavedDraft.saved_at,
                          Party.code.alias("party_code"), Party.name.alias("party_name"),
                          line_count.alias("line_count"), User.display_name.alias("saved_by_name"))
        .join(Party, JOIN.LEFT_OUTER, on=(SavedDraft.party == Party.id))
        .switch(SavedDraft).join(User, on=(SavedDraft.saved_by == User.id))
        .order_by(SavedDraft.saved_at.desc(), SavedDraft.id.desc())
    )
    if doc_type:
        query = query.where(SavedDraft.doc_type == doc_type)
    return query


def discard_draft(actor: Actor, draft_id: int) -> None:
    require(actor, "parts.post")
    with database.atomic():
        if not SavedDraft.delete().where(SavedDraft.id == draft_id).execute():
            raise Refusal(LEDGER_DRAFT_GONE, draft=draft_id)
        audit.record(actor, "ledger.draft_discard", "ledger_draft", draft_id, {})


@retrying
def post_draft(actor: Actor, draft: Draft, draft_id: int | None) -> PostResult:
    """Post ``draft`` (as keyed now) and delete the saved draft it came from, in one transaction."""
    with database.atomic():
        result = post(actor, draft)
        if draft_id is not None and not SavedDraft.delete().where(SavedDraft.id == draft_id).execute():
            raise Refusal(LEDGER_DRAFT_GONE, draft=draft_id)
    return result


def draft_count(doc_type: str) -> int:
    return SavedDraft.select().where(SavedDraft.doc_type == doc_type).count()
