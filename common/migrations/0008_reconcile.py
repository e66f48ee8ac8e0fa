"""Reconciliation (issue 5): statements sent to stations / HQ and their answers, disputes, weekly
stocktakes, receiving inspections with anomalies, follow-up notes and photos, serial numbers of
whole units and monitors. See ledger/reconcile.py, stocktake.py, inspection.py, serials.py."""
from peewee import (
    BlobField, BooleanField, CharField, DateField, DateTimeField, ForeignKeyField, IntegerField, Model, TextField,
)


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

    class Document(Model):
        class Meta:
            database = db
            table_name = "ledger_document"

    class Statement(Model):
        party = ForeignKeyField(Party, on_delete="RESTRICT")
        date_from = DateField()
        date_to = DateField()
        state = CharField(max_length=16, default="issued")
        created_at = DateTimeField()
        created_by = ForeignKeyField(User, on_delete="RESTRICT")
        answered_at = DateTimeField(null=True)
        answered_by = ForeignKeyField(User, null=True, on_delete="RESTRICT")

        class Meta:
            database = db
            table_name = "ledger_statement"
            indexes = ((("party", "date_from", "date_to"), True),)

    class StatementLine(Model):
        statement = ForeignKeyField(Statement, on_delete="CASCADE")
        part = ForeignKeyField(Part, on_delete="RESTRICT")
        qty_out = IntegerField(default=0)
        qty_in_good = IntegerField(default=0)
        qty_in_bad = IntegerField(default=0)
        owed_start = IntegerField(default=0)
        owed_end = IntegerField(default=0)
        transit_in = IntegerField(default=0)
        transit_out = IntegerField(default=0)
        answered = BooleanField(default=False)
        confirmed = BooleanField(null=True)
        their_out = IntegerField(null=True)
        their_in_good = IntegerField(null=True)
        their_in_bad = IntegerField(null=True)
        their_owed_end = IntegerField(null=True)
        their_note = TextField(default="")

        class Meta:
            database = db
            table_name = "ledger_statement_line"
            indexes = ((("statement", "part"), True),)

    class Dispute(Model):
        line = ForeignKeyField(StatementLine, unique=True, on_delete="RESTRICT")
        state = CharField(max_length=16, default="open")
        opened_at = DateTimeField()
        opened_by = ForeignKeyField(User, on_delete="RESTRICT")
        resolution = CharField(max_length=16, null=True)
        document = ForeignKeyField(Document, null=True, on_delete="RESTRICT")
        reason = TextField(default="")
        resolved_at = DateTimeField(null=True)
        resolved_by = ForeignKeyField(User, null=True, on_delete="RESTRICT")

        class Meta:
            database = db
            table_name = "ledger_dispute"
            indexes = ((("state",), False),)

    class Stocktake(Model):
        started_at = DateTimeField()
        started_by = ForeignKeyField(User, on_delete="RESTRICT")
        last_posting_id = IntegerField(default=0)
        state = CharField(max_length=16, default="counting")
        open_key = IntegerField(null=True, unique=True)
        approved_at = DateTimeField(null=True)
        approved_by = ForeignKeyField(User, null=True, on_delete="RESTRICT")
        document_good = ForeignKeyField(Document, null=True, on_delete="RESTRICT")
        document_bad = ForeignKeyField(Document, null=True, on_delete="RESTRICT")

        class Meta:
            database = db
            table_name = "ledger_stocktake"

    class StocktakeLine(Model):
        stocktake = ForeignKeyField(Stocktake, on_delete="CASCADE")
        part = ForeignKeyField(Part, on_delete="RESTRICT")
        book_good = IntegerField()
        book_bad = IntegerField()
        counted_good = IntegerField(null=True)
        counted_bad = IntegerField(null=True)
        counted_at = DateTimeField(null=True)
        counted_by = ForeignKeyField(User, null=True, on_delete="RESTRICT")
        reason = TextField(default="")

        class Meta:
            database = db
            table_name = "ledger_stocktake_line"
            indexes = ((("stocktake", "part"), True),)

    class Inspection(Model):
        party = ForeignKeyField(Party, on_delete="RESTRICT")
        received_on = DateField(index=True)
        delivery_list_no = CharField(max_length=64, default="")
        request_no = CharField(max_length=64, default="")
        package_ok = BooleanField(default=True)
        package_note = TextField(default="")
        opened_with = CharField(max_length=64, default="")
        created_at = DateTimeField()
        created_by = ForeignKeyField(User, on_delete="RESTRICT")

        class Meta:
            database = db
            table_name = "ledger_inspection"

    class InspectionLine(Model):
        inspection = ForeignKeyField(Inspection, on_delete="CASCADE")
        line_no = IntegerField()
        part = ForeignKeyField(Part, on_delete="RESTRICT")
        qty_listed = IntegerField()
        qty_found = IntegerField()

        class Meta:
            database = db
            table_name = "ledger_inspection_line"
            indexes = ((("inspection", "line_no"), True),)

    class Anomaly(Model):
        inspection = ForeignKeyField(Inspection, on_delete="CASCADE")
        line = ForeignKeyField(InspectionLine, null=True, on_delete="CASCADE")
        kind = CharField(max_length=16)
        note = TextField(default="")
        state = CharField(max_length=16, default="open")
        resolution = TextField(default="")
        closed_at = DateTimeField(null=True)
        closed_by = ForeignKeyField(User, null=True, on_delete="RESTRICT")

        class Meta:
            database = db
            table_name = "ledger_anomaly"
            indexes = ((("state",), False),)

    class AnomalyNote(Model):
        anomaly = ForeignKeyField(Anomaly, on_delete="CASCADE")
        at = DateTimeField()
        by = ForeignKeyField(User, on_delete="RESTRICT")
        text = TextField()

        class Meta:
            database = db
            table_name = "ledger_anomaly_note"

    class Photo(Model):
        inspection = ForeignKeyField(Inspection, on_delete="CASCADE")
        anomaly = ForeignKeyField(Anomaly, null=True, on_delete="CASCADE")
        filename = CharField(max_length=255)
        content = BlobField()
        size = IntegerField()
        created_at = DateTimeField()
        created_by = ForeignKeyField(User, on_delete="RESTRICT")

        class Meta:
            database = db
            table_name = "ledger_photo"

    class Serial(Model):
        serial = CharField(max_length=64, unique=True)
        kind = CharField(max_length=16)
        part = ForeignKeyField(Part, null=True, on_delete="RESTRICT")
        created_at = DateTimeField()

        class Meta:
            database = db
            table_name = "ledger_serial"

    class SerialEvent(Model):
        serial = ForeignKeyField(Serial, on_delete="RESTRICT")
        date = DateField()
        event = CharField(max_length=16)
        party = ForeignKeyField(Party, null=True, on_delete="RESTRICT")
        document = ForeignKeyField(Document, null=True, on_delete="RESTRICT")
        inspection = ForeignKeyField(Inspection, null=True, on_delete="RESTRICT")
        note = TextField(default="")
        created_at = DateTimeField()
        created_by = ForeignKeyField(User, on_delete="RESTRICT")

        class Meta:
            database = db
            table_name = "ledger_serial_event"
            indexes = ((("serial", "date"), False),)

    db.create_tables([Statement, StatementLine, Dispute, Stocktake, StocktakeLine, Inspection, InspectionLine,
                      Anomaly, AnomalyNote, Photo, Serial, SerialEvent])
