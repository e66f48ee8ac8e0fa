"""Saved drafts of parts documents (issue 11): a document keyed but not posted, kept in the
database so closing the form or a crash does not lose it. See ledger/drafts.py."""
from peewee import BooleanField, CharField, DateField, DateTimeField, ForeignKeyField, IntegerField, Model, TextField


def up(migrator, db):
    class User(Model):
        class Meta:
            database = db
            table_name = "user"

    class Party(Model):
        class Meta:
            database = db
            table_name = "ledger_party"

    class Part(Model):
        class Meta:
            database = db
            table_name = "ledger_part"

    class SavedDraft(Model):
        doc_type = CharField(max_length=32)
        date = DateField()
        party = ForeignKeyField(Party, null=True, on_delete="RESTRICT")
        source_number = CharField(max_length=64, default="")
        reference = CharField(max_length=64, default="")
        flag = BooleanField(null=True)
        remark = TextField(default="")
        created_at = DateTimeField()
        created_by = ForeignKeyField(User, on_delete="RESTRICT")
        saved_at = DateTimeField()
        saved_by = ForeignKeyField(User, on_delete="RESTRICT")

        class Meta:
            database = db
            table_name = "ledger_draft"
            indexes = ((("doc_type",), False),)

    class SavedDraftLine(Model):
        draft = ForeignKeyField(SavedDraft, on_delete="CASCADE")
        line_no = IntegerField()
        part = ForeignKeyField(Part, on_delete="RESTRICT")
        qty = IntegerField()
        price_fen = IntegerField()

        class Meta:
            database = db
            table_name = "ledger_draft_line"
            indexes = ((("draft", "line_no"), True),)

    db.create_tables([SavedDraft, SavedDraftLine])
