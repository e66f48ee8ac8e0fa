"""Customer events (客户活动: 知识讲座、联谊会、自驾游, issue 18 item 2).

``customer_event`` is one planned event (kind, title, day, place, capacity, budget; the actual cost
once it is held). ``event_invitee`` is one customer on its list: how, when and by whom the
invitation went out, the sign-up, the attendance and the feedback score. One row per (event,
customer), so adding the same customer twice is a no-op; the index on (event, signed_up_on) serves
the capacity count taken inside the sign-up's transaction.
"""
from peewee import BooleanField, Check, CharField, DateField, DateTimeField, ForeignKeyField, IntegerField, Model, TextField


def up(migrator, db):
    class User(Model):
        class Meta:
            database = db
            table_name = "user"

    class Customer(Model):
        class Meta:
            database = db
            table_name = "customer"

    class CustomerEvent(Model):
        kind = CharField(max_length=12, constraints=[Check("kind IN ('lecture', 'party', 'drive')")])
        title = CharField(max_length=100)
        held_on = DateField(index=True)
        place = CharField(max_length=200, default="")
        capacity = IntegerField(constraints=[Check("capacity >= 1")])
        budget_fen = IntegerField(default=0, constraints=[Check("budget_fen >= 0")])
        cost_fen = IntegerField(null=True, constraints=[Check("cost_fen IS NULL OR cost_fen >= 0")])
        state = CharField(max_length=12, default="planned", constraints=[
            Check("state IN ('planned', 'held', 'cancelled')")])
        note = TextField(default="")
        created_by = ForeignKeyField(User, on_delete="RESTRICT")
        created_at = DateTimeField()

        class Meta:
            database = db
            table_name = "customer_event"

    class EventInvitee(Model):
        event = ForeignKeyField(CustomerEvent, on_delete="CASCADE")
        customer = ForeignKeyField(Customer, on_delete="RESTRICT", index=True)
        added_at = DateTimeField()
        invited_via = CharField(max_length=8, null=True, constraints=[
            Check("invited_via IS NULL OR invited_via IN ('phone', 'sms', 'letter')")])
        invited_at = DateTimeField(null=True)
        invited_by = ForeignKeyField(User, null=True, on_delete="RESTRICT")
        signed_up_on = DateField(null=True)
        attended = BooleanField(default=False)
        feedback_score = IntegerField(null=True, constraints=[
            Check("feedback_score IS NULL OR feedback_score BETWEEN 1 AND 10")])
        feedback_note = TextField(default="")

        class Meta:
            database = db
            table_name = "event_invitee"
            indexes = ((("event", "customer"), True), (("event", "signed_up_on"), False))

    db.create_tables([CustomerEvent, EventInvitee])
