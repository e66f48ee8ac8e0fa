"""The owner's club (车主俱乐部, issue 18 item 1).

``club_member``: one row per enrolled customer (unique), its gapless member number (``seq`` 1, 2,
3... unique; printed HY000001), its level code (the levels and their rules live in the Setting
``members.rules``), when it joined and when it is due for renewal. ``club_renewal``: every renewal
(the due date before and after, the level then). ``club_benefit_use``: a benefit used (the day,
which benefit, a note, who recorded it).
"""
from peewee import Check, CharField, DateField, DateTimeField, ForeignKeyField, IntegerField, Model, TextField


def up(migrator, db):
    class User(Model):
        class Meta:
            database = db
            table_name = "user"

    class Customer(Model):
        class Meta:
            database = db
            table_name = "customer"

    class ClubMember(Model):
        seq = IntegerField(unique=True, constraints=[Check("seq >= 1")])
        customer = ForeignKeyField(Customer, unique=True, on_delete="RESTRICT")
        level = CharField(max_length=16)
        joined_on = DateField()
        renewal_due = DateField(index=True)
        enrolled_by = ForeignKeyField(User, on_delete="RESTRICT")
        enrolled_at = DateTimeField()
        note = TextField(default="")

        class Meta:
            database = db
            table_name = "club_member"

    class ClubRenewal(Model):
        member = ForeignKeyField(ClubMember, on_delete="RESTRICT", index=True)
        renewed_on = DateField(index=True)
        due_before = DateField()
        due_after = DateField()
        level = CharField(max_length=16)
        renewed_by = ForeignKeyField(User, on_delete="RESTRICT")

        class Meta:
            database = db
            table_name = "club_renewal"

    class ClubBenefitUse(Model):
        member = ForeignKeyField(ClubMember, on_delete="RESTRICT")
        used_on = DateField(index=True)
        benefit = CharField(max_length=40)
        note = TextField(default="")
        recorded_by = ForeignKeyField(User, on_delete="RESTRICT")
        recorded_at = DateTimeField()

        class Meta:
            database = db
            table_name = "club_benefit_use"
            indexes = ((("member", "used_on"), False),)

    db.create_tables([ClubMember, ClubRenewal, ClubBenefitUse])
