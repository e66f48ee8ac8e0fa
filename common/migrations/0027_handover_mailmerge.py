"""Handover forms and mail-merge templates (issue 18 items 7 and 8). See archive/handover.py and
archive/mailmerge.py.

- ``handover_batch``: one 资料交接表单: a numbered batch of sales files or of repair visits that one
  person (the 车业管理员 or the 售后前台) hands to the archive, prepared by a clerk; ``state`` open,
  received (``received_on`` / ``received_by`` set) or cancelled.
- ``handover_line``: one file of a batch with the papers declared present when the list was
  made (``declared``: JSON {item code: state}), its responsible person and deadline, and once
  received the working days it came late. A file is in at most one batch (unique): a cancelled
  batch's lines are deleted, so the file can go into another.
- ``care_template``: the manager's text of each kind of care message, with merge fields.
"""
from peewee import CharField, DateField, DateTimeField, ForeignKeyField, IntegerField, Model, TextField


def up(migrator, db):
    class Stub(Model):
        class Meta:
            database = db
            table_name = "user"

    class StubVehicle(Model):
        class Meta:
            database = db
            table_name = "vehicle"

    class HandoverBatch(Model):
        number = CharField(max_length=24, unique=True)
        kind = CharField(max_length=8)  # sales | repair
        handed_by = CharField(max_length=32)
        state = CharField(max_length=10, default="open")  # open | received | cancelled
        note = CharField(max_length=200, default="")
        created_at = DateTimeField()
        created_by = ForeignKeyField(Stub, on_delete="RESTRICT", backref="+")
        received_on = DateField(null=True)
        received_at = DateTimeField(null=True)
        received_by = ForeignKeyField(Stub, null=True, on_delete="RESTRICT", backref="+")

        class Meta:
            database = db
            table_name = "handover_batch"
            indexes = ((("state", "created_at"), False),)

    class HandoverLine(Model):
        batch = ForeignKeyField(HandoverBatch, on_delete="CASCADE")
        kind = CharField(max_length=8)
        file_id = IntegerField()
        vehicle = ForeignKeyField(StubVehicle, on_delete="RESTRICT")
        reference = CharField(max_length=32)  # VIN of a sales file, RO number of a repair visit
        responsible = CharField(max_length=32)
        handover_due = DateField()
        declared = TextField()
        workdays_late = IntegerField(null=True)

        class Meta:
            database = db
            table_name = "handover_line"
            indexes = ((("kind", "file_id"), True),)

    class CareTemplate(Model):
        kind = CharField(max_length=12, unique=True)
        text = TextField()
        updated_at = DateTimeField()
        updated_by = ForeignKeyField(Stub, on_delete="RESTRICT")

        class Meta:
            database = db
            table_name = "care_template"

    db.create_tables([HandoverBatch, HandoverLine, CareTemplate])
