"""Old-part tags and return boxes (issue 19 items 1 and 2). See ledger/tags.py.

- ``ledger_part_tag``: one tag per bad part received back from a station (STATION_BAD_RETURN), by a
  tag id printed as a barcode (``<document number>-<line>-<n>``, unique), linked to the document line,
  the part, the station and the issue it answers (the STATION_ISSUE whose debt it cleared, or the
  opening's issue slip by its original number).
- ``ledger_return_box``: the numbered boxes of one HQ_BAD_RETURN with their weight in grams.
- ``ledger_box_tag``: which tag went into which box; a tag is packed once (unique).
- ``ledger_tag_confirm``: HQ's confirmation (HQ_BAD_CONFIRM) of one tag; a tag is confirmed once.
"""
from peewee import CharField, DateField, DateTimeField, ForeignKeyField, IntegerField, Model


def up(migrator, db):
    def stub(name):
        class Stub(Model):
            class Meta:
                database = db
                table_name = name
        return Stub

    User, Party, Part = stub("user"), stub("ledger_party"), stub("ledger_part")
    Document, DocumentLine = stub("ledger_document"), stub("ledger_document_line")

    class PartTag(Model):
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
            database = db
            table_name = "ledger_part_tag"
            indexes = ((("line", "seq"), True),)

    class ReturnBox(Model):
        document = ForeignKeyField(Document, on_delete="RESTRICT")
        box_no = IntegerField()
        weight_g = IntegerField()
        created_at = DateTimeField()
        created_by = ForeignKeyField(User, on_delete="RESTRICT")

        class Meta:
            database = db
            table_name = "ledger_return_box"
            indexes = ((("document", "box_no"), True),)

    class BoxTag(Model):
        box = ForeignKeyField(ReturnBox, on_delete="CASCADE")
        tag = ForeignKeyField(PartTag, unique=True, on_delete="RESTRICT")

        class Meta:
            database = db
            table_name = "ledger_box_tag"

    class TagConfirm(Model):
        tag = ForeignKeyField(PartTag, unique=True, on_delete="RESTRICT")
        document = ForeignKeyField(Document, on_delete="RESTRICT")
        created_at = DateTimeField()
        created_by = ForeignKeyField(User, on_delete="RESTRICT")

        class Meta:
            database = db
            table_name = "ledger_tag_confirm"

    db.create_tables([PartTag, ReturnBox, BoxTag, TagConfirm])
