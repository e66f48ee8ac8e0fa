"""Old-part tags scanned into documents (issue 19 item 3). See ledger/tags.py.

- ``ledger_return_tag``: the tags scanned into an HQ_BAD_RETURN when it was posted: that tagged
  part went back to HQ on that return (a tag is on one return at a time; a reversed return frees it).
- ``ledger_draft_tag``: the tags scanned into a saved draft, so keeping a draft loses none of them;
  deleted with the draft (posting it deletes it).
"""
from peewee import ForeignKeyField, Model


def up(migrator, db):
    def stub(name):
        class Stub(Model):
            class Meta:
                database = db
                table_name = name
        return Stub

    Document, PartTag, SavedDraft = stub("ledger_document"), stub("ledger_part_tag"), stub("ledger_draft")

    class ReturnTag(Model):
        document = ForeignKeyField(Document, on_delete="RESTRICT")
        tag = ForeignKeyField(PartTag, on_delete="RESTRICT")

        class Meta:
            database = db
            table_name = "ledger_return_tag"
            indexes = ((("document", "tag"), True),)

    class DraftTag(Model):
        draft = ForeignKeyField(SavedDraft, on_delete="CASCADE")
        tag = ForeignKeyField(PartTag, on_delete="CASCADE")

        class Meta:
            database = db
            table_name = "ledger_draft_tag"
            indexes = ((("draft", "tag"), True),)

    db.create_tables([ReturnTag, DraftTag])
