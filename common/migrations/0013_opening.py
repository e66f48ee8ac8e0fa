"""Opening balances (期初建账, issue 12, LEDGERS.md "Opening balances").

- ``ledger_opening_line``: what an OPENING document's line means beyond part and quantity: the book
  it opens, the party (for the owed and in-transit books), the date the debt or shipment arose
  (aging and oldest-first settlement use it) and the outside number (HQ's delivery list, our return
  slip) by which a later receipt or confirmation names it.
- ``ledger_document.reference_key``: the 原始单号 of the opening shipment a receipt, transit loss or
  HQ confirmation settles (its ``reference`` is then the OPENING document, which holds many).
"""
from peewee import CharField, DateField, ForeignKeyField, Model


def up(migrator, db):
    class Party(Model):
        class Meta:
            database = db
            table_name = "ledger_party"

    class DocumentLine(Model):
        class Meta:
            database = db
            table_name = "ledger_document_line"

    class OpeningLine(Model):
        line = ForeignKeyField(DocumentLine, unique=True, on_delete="RESTRICT")
        book = CharField(max_length=16)
        party = ForeignKeyField(Party, null=True, on_delete="RESTRICT")
        origin_date = DateField()
        origin_number = CharField(max_length=64, null=True)

        class Meta:
            database = db
            table_name = "ledger_opening_line"
            indexes = ((("origin_number",), False),)

    db.create_tables([OpeningLine])
    # Plain SQL: the same statement on SQLite and PostgreSQL, nullable so existing rows need nothing.
    db.execute_sql('ALTER TABLE "ledger_document" ADD COLUMN "reference_key" VARCHAR(64)')
