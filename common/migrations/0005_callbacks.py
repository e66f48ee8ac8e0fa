"""Callbacks (回访), care greetings and reminders (关怀), do-not-contact, complaints (客户投诉处理表).

Idempotent generation rests on unique indexes: one callback per (kind, source_id), one care mark
per (kind, subject_id, due_on), one do-not-contact row per customer. The indexes on (state, ...)
serve the Today page's counts, which must stay fast on a ten-year database.
"""
from peewee import (
    BooleanField, Check, CharField, DateField, DateTimeField, ForeignKeyField, IntegerField, Model, TextField,
)


def up(migrator, db):
    class User(Model):
        class Meta:
            database = db
            table_name = "user"

    class Customer(Model):
        class Meta:
            database = db
            table_name = "customer"

    class Vehicle(Model):
        class Meta:
            database = db
            table_name = "vehicle"

    class RepairVisit(Model):
        class Meta:
            database = db
            table_name = "repair_visit"

    class Callback(Model):
        kind = CharField(max_length=8, constraints=[Check("kind IN ('7dc', '3dc', 'monthly', 'yearly')")])
        source_id = IntegerField()  # vehicle id for 7dc/monthly/yearly, repair visit id for 3dc
        customer = ForeignKeyField(Customer, on_delete="RESTRICT", index=True)
        vehicle = ForeignKeyField(Vehicle, on_delete="RESTRICT", index=True)
        visit = ForeignKeyField(RepairVisit, null=True, on_delete="RESTRICT", index=True)
        base_date = DateField()
        due_from = DateField()
        due_until = DateField()
        call_from = DateField()
        state = CharField(max_length=12, default="open", constraints=[
            Check("state IN ('open', 'done', 'unreachable', 'refused', 'cancelled')")])
        attempts = IntegerField(default=0, constraints=[Check("attempts >= 0")])
        remarks = TextField(default="")
        completed_on = DateField(null=True, index=True)
        completed_by = ForeignKeyField(User, null=True, on_delete="RESTRICT")
        created_at = DateTimeField()

        class Meta:
            database = db
            table_name = "callback"
            indexes = (
                (("kind", "source_id"), True),
                (("state", "call_from"), False),
                (("state", "due_until"), False),
            )

    class CallbackScore(Model):
        callback = ForeignKeyField(Callback, on_delete="CASCADE")
        item = CharField(max_length=32)
        score = IntegerField(constraints=[Check("score BETWEEN 1 AND 10")])

        class Meta:
            database = db
            table_name = "callback_score"
            indexes = ((("callback", "item"), True),)

    class CallbackAttempt(Model):
        callback = ForeignKeyField(Callback, on_delete="CASCADE", index=True)
        at = DateTimeField()
        user = ForeignKeyField(User, on_delete="RESTRICT")
        outcome = CharField(max_length=12, constraints=[Check("outcome IN ('reached', 'retry', 'refused')")])
        remarks = TextField(default="")

        class Meta:
            database = db
            table_name = "callback_attempt"

    class ContactBlock(Model):
        customer = ForeignKeyField(Customer, unique=True, on_delete="RESTRICT")
        reason = CharField(max_length=200, default="")
        since = DateField()
        set_by = ForeignKeyField(User, on_delete="RESTRICT")

        class Meta:
            database = db
            table_name = "contact_block"

    class CareDone(Model):
        kind = CharField(max_length=12, constraints=[
            Check("kind IN ('birthday', 'festival', 'maintenance', 'inspection', 'insurance', 'anniversary')")])
        subject_id = IntegerField()  # customer id, vehicle id, or 0 for a festival (one greeting to all)
        due_on = DateField()
        channel = CharField(max_length=12, default="sms")
        note = CharField(max_length=200, default="")
        done_at = DateTimeField()
        done_by = ForeignKeyField(User, on_delete="RESTRICT")

        class Meta:
            database = db
            table_name = "care_done"
            indexes = ((("kind", "subject_id", "due_on"), True), (("due_on",), False))

    class Complaint(Model):
        number = CharField(max_length=20, unique=True)
        received_on = DateField(index=True)
        received_by = ForeignKeyField(User, on_delete="RESTRICT")
        customer = ForeignKeyField(Customer, null=True, on_delete="RESTRICT", index=True)
        vehicle = ForeignKeyField(Vehicle, null=True, on_delete="RESTRICT")
        complainant = CharField(max_length=100)
        phone = CharField(max_length=20, default="")
        channel = CharField(max_length=12, default="phone")
        category = CharField(max_length=16)
        summary = TextField()
        state = CharField(max_length=12, default="received", constraints=[
            Check("state IN ('received', 'confirmed', 'assigned', 'resolved', 'fed_back', 'closed')")])
        due_on = DateField()
        confirmed_on = DateField(null=True)
        confirmed_by = ForeignKeyField(User, null=True, on_delete="RESTRICT")
        department = CharField(max_length=16, default="")
        assigned_on = DateField(null=True)
        resolution = TextField(default="")
        resolved_on = DateField(null=True)
        feedback = TextField(default="")
        customer_satisfied = BooleanField(null=True)
        fed_back_on = DateField(null=True)
        closed_on = DateField(null=True)
        closed_by = ForeignKeyField(User, null=True, on_delete="RESTRICT")

        class Meta:
            database = db
            table_name = "complaint"
            indexes = ((("state", "due_on"), False),)

    db.create_tables([Callback, CallbackScore, CallbackAttempt, ContactBlock, CareDone, Complaint])
