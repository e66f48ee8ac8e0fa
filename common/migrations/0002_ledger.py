"""The spare-parts ledger: parties, parts, documents and lines, the posting journal, the balance
cache and the gapless document counters (see ledger/models.py for what each table means)."""
from peewee import BooleanField, CharField, DateField, DateTimeField, ForeignKeyField, IntegerField, Model, TextField


def up(migrator, db):
    class User(Model):
        class Meta:
            database = db
            table_name = "user"

    class Party(Model):
        code = CharField(max_length=32, unique=True)
        name = CharField(max_length=128)
        kind = CharField(max_length=16)
        contact = CharField(max_length=64, default="")
        phone = CharField(max_length=32, default="")
        address = CharField(max_length=255, default="")
        active = BooleanField(default=True)
        name_initials = CharField(max_length=128, default="", index=True)

        class Meta:
            database = db
            table_name = "ledger_party"

    class Part(Model):
        number = CharField(max_length=64, unique=True)
        name = CharField(max_length=128)
        spec = CharField(max_length=128, default="")
        unit = CharField(max_length=16, default="个")
        price_fen = IntegerField(default=0)
        safety_stock = IntegerField(default=0)
        name_initials = CharField(max_length=128, default="", index=True)

        class Meta:
            database = db
            table_name = "ledger_part"

    class DocumentCounter(Model):
        doc_type = CharField(max_length=32)
        year = IntegerField()
        last_seq = IntegerField(default=0)

        class Meta:
            database = db
            table_name = "ledger_counter"
            indexes = ((("doc_type", "year"), True),)

    class Document(Model):
        doc_type = CharField(max_length=32)
        year = IntegerField()
        seq = IntegerField()
        number = CharField(max_length=48, unique=True)
        date = DateField(index=True)
        party = ForeignKeyField(Party, null=True, on_delete="RESTRICT")
        source_number = CharField(max_length=64, null=True)
        reference = ForeignKeyField("self", null=True, on_delete="RESTRICT")
        remark = TextField(default="")
        created_at = DateTimeField()
        created_by = ForeignKeyField(User, on_delete="RESTRICT")

        class Meta:
            database = db
            table_name = "ledger_document"
            indexes = (
                (("doc_type", "year", "seq"), True),
                (("doc_type", "party", "source_number"), True),
                (("reference",), False),
            )

    class DocumentLine(Model):
        document = ForeignKeyField(Document, on_delete="RESTRICT")
        line_no = IntegerField()
        part = ForeignKeyField(Part, on_delete="RESTRICT")
        qty = IntegerField()
        price_fen = IntegerField()
        flag = BooleanField(default=False)
        remark = TextField(default="")

        class Meta:
            database = db
            table_name = "ledger_document_line"
            indexes = ((("document", "line_no"), True),)

    class Posting(Model):
        document = ForeignKeyField(Document, on_delete="RESTRICT")
        line = ForeignKeyField(DocumentLine, on_delete="RESTRICT")
        date = DateField()
        part = ForeignKeyField(Part, on_delete="RESTRICT")
        book = CharField(max_length=16)
        party = ForeignKeyField(Party, null=True, on_delete="RESTRICT")
        delta = IntegerField()

        class Meta:
            database = db
            table_name = "ledger_posting"
            indexes = (
                (("part", "book", "date"), False),
                (("party", "book", "date"), False),
                (("line",), False),
                (("date",), False),
            )

    class Balance(Model):
        part = ForeignKeyField(Part, on_delete="RESTRICT")
        book = CharField(max_length=16)
        party_key = IntegerField(default=0)
        qty = IntegerField(default=0)

        class Meta:
            database = db
            table_name = "ledger_balance"
            indexes = ((("part", "book", "party_key"), True),)

    db.create_tables([Party, Part, DocumentCounter, Document, DocumentLine, Posting, Balance])
    # A document is reversed at most once, enforced by the database even with two clerks at once.
    db.execute_sql(
        "CREATE UNIQUE INDEX ledger_document_reversed_once ON ledger_document (reference_id) "
        "WHERE doc_type = 'REVERSAL'"
    )
