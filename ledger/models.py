"""The spare-parts ledger's tables (today's view; common/migrations/0002_ledger.py creates them).

Data model, in one breath:

- ``Party``: a counterparty (HQ 客服本部, a service station, a dealer, a counter customer).
- ``Part``: a part number with its name, spec, unit, standard price (fen) and safety stock.
- ``Document``: one posted parts document (HQ delivery, station issue, return, reversal...). It has
  the branch's own number, gapless per (doc_type, year) and allocated from ``DocumentCounter`` in the
  posting transaction; the source number it came with (HQ's delivery list...); and a ``reference``
  to the document it settles (a receipt -> its shipment, a reversal -> the original).
- ``DocumentLine``: a line of a document: part, quantity (integer), price (fen) and the one flag
  whose meaning depends on the type (需返坏件 / 抵欠 / 收回坏件, see LEDGERS.md).
- ``Posting``: the journal. Every effect of a line on a book is one immutable row
  (date, part, book, party, delta). The five paper books are views of this table.
- ``Balance``: a cache of the journal's current totals per (part, book, party_key), kept in the same
  transaction as the postings; ``ledger.checks.rebuild_balances`` recomputes it from the journal.

Books: good, bad, in_transit_in, in_transit_out (one balance per part) and owed_to, owed_by (one
balance per part and party). Postings always carry the document's party, so the current account of
a counterparty (备件往来帐) is a plain filter; the balance key uses the party only for the two owed
books.
"""
from __future__ import annotations

from peewee import (
    BooleanField,
    CharField,
    DateField,
    DateTimeField,
    ForeignKeyField,
    IntegerField,
    TextField,
)

from common.db import BaseModel
from common.models import User

BOOKS = ("good", "bad", "in_transit_in", "in_transit_out", "owed_to", "owed_by")
PARTY_BOOKS = ("owed_to", "owed_by")
# The clerk's names for the books, as on her paper ledgers (used in refusals and reports).
BOOK_NAMES = {
    "good": "好件库存", "bad": "坏件库存", "in_transit_in": "在途（总部发来）", "in_transit_out": "在途（返总部）",
    "owed_to": "欠人坏件", "owed_by": "人欠坏件",
}
PARTY_KINDS = ("hq", "station", "dealer", "customer")


class Party(BaseModel):
    code = CharField(max_length=32, unique=True)
    name = CharField(max_length=128)
    kind = CharField(max_length=16)
    contact = CharField(max_length=64, default="")
    phone = CharField(max_length=32, default="")
    address = CharField(max_length=255, default="")
    active = BooleanField(default=True)
    name_initials = CharField(max_length=128, default="", index=True)

    class Meta:
        table_name = "ledger_party"


class Part(BaseModel):
    number = CharField(max_length=64, unique=True)
    name = CharField(max_length=128)
    spec = CharField(max_length=128, default="")
    unit = CharField(max_length=16, default="个")
    price_fen = IntegerField(default=0)
    safety_stock = IntegerField(default=0)
    name_initials = CharField(max_length=128, default="", index=True)

    class Meta:
        table_name = "ledger_part"


class DocumentCounter(BaseModel):
    doc_type = CharField(max_length=32)
    year = IntegerField()
    last_seq = IntegerField(default=0)

    class Meta:
        table_name = "ledger_counter"
        indexes = ((("doc_type", "year"), True),)


class Document(BaseModel):
    doc_type = CharField(max_length=32)
    year = IntegerField()
    seq = IntegerField()
    number = CharField(max_length=48, unique=True)
    date = DateField(index=True)
    party = ForeignKeyField(Party, null=True, on_delete="RESTRICT", backref="documents")
    source_number = CharField(max_length=64, null=True)
    reference = ForeignKeyField("self", null=True, on_delete="RESTRICT", backref="referenced_by")
    # The 原始单号 of the opening shipment settled when ``reference`` is the OPENING document (0013).
    reference_key = CharField(max_length=64, null=True)
    remark = TextField(default="")
    created_at = DateTimeField()
    created_by = ForeignKeyField(User, on_delete="RESTRICT")

    class Meta:
        table_name = "ledger_document"
        # (doc_type, year, seq) unique: numbering can never hold a duplicate, whatever the code does.
        # (doc_type, party, source_number) unique: the same outside document posts only once.
        # A partial unique index (migration) lets a document be reversed only once.
        indexes = (
            (("doc_type", "year", "seq"), True),
            (("doc_type", "party", "source_number"), True),
            (("reference",), False),
        )


class DocumentLine(BaseModel):
    document = ForeignKeyField(Document, on_delete="RESTRICT", backref="lines")
    line_no = IntegerField()
    part = ForeignKeyField(Part, on_delete="RESTRICT")
    qty = IntegerField()
    price_fen = IntegerField()
    flag = BooleanField(default=False)
    remark = TextField(default="")

    class Meta:
        table_name = "ledger_document_line"
        indexes = ((("document", "line_no"), True),)


class Posting(BaseModel):
    document = ForeignKeyField(Document, on_delete="RESTRICT")
    line = ForeignKeyField(DocumentLine, on_delete="RESTRICT")
    date = DateField()
    part = ForeignKeyField(Part, on_delete="RESTRICT")
    book = CharField(max_length=16)
    party = ForeignKeyField(Party, null=True, on_delete="RESTRICT")
    delta = IntegerField()

    class Meta:
        table_name = "ledger_posting"
        indexes = (
            # (part, book, date, party, delta): created by migration 0009 as posting_part_book_date_cover
            (("party", "book", "date"), False),
            (("line",), False),
            (("date",), False),
        )


class Balance(BaseModel):
    part = ForeignKeyField(Part, on_delete="RESTRICT")
    book = CharField(max_length=16)
    # 0 for the per-part books; the party id for owed_to / owed_by. Not a nullable foreign key
    # because a unique index treats NULLs as distinct and would allow duplicate cache rows.
    party_key = IntegerField(default=0)
    qty = IntegerField(default=0)

    class Meta:
        table_name = "ledger_balance"
        indexes = ((("part", "book", "party_key"), True),)


class OpeningLine(BaseModel):
    """What a line of the OPENING document opens (migration 0013): its book, party, the date the
    debt or shipment arose (aging and oldest-first settlement use it) and its outside number."""

    line = ForeignKeyField(DocumentLine, unique=True, on_delete="RESTRICT")
    book = CharField(max_length=16)
    party = ForeignKeyField(Party, null=True, on_delete="RESTRICT")
    origin_date = DateField()
    origin_number = CharField(max_length=64, null=True)

    class Meta:
        table_name = "ledger_opening_line"
        indexes = ((("origin_number",), False),)


ALL_MODELS = (Party, Part, DocumentCounter, Document, DocumentLine, Posting, Balance, OpeningLine)
