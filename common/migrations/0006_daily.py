"""The daily goods in/out report (货品出入库报表): one state row per business date, and the versions
of each day's report with their signatures and the signed PDFs (see ledger/daily.py)."""
from peewee import BlobField, Check, CharField, DateField, DateTimeField, ForeignKeyField, IntegerField, Model, TextField


def up(migrator, db):
    class User(Model):
        class Meta:
            database = db
            table_name = "user"

    class DailyDay(Model):
        date = DateField(unique=True)
        state = CharField(max_length=16, constraints=[
            Check("state IN ('printed', 'finance_signed', 'locked', 'reopened')")])
        version = IntegerField()
        locked_at = DateTimeField(null=True)
        locked_by = ForeignKeyField(User, null=True, on_delete="RESTRICT", backref="+")

        class Meta:
            database = db
            table_name = "daily_day"
            indexes = ((("state", "date"), False),)

    class DailyVersion(Model):
        date = DateField()
        version = IntegerField()
        content_hash = CharField(max_length=64)
        content = TextField()
        produced_at = DateTimeField()
        produced_by = ForeignKeyField(User, on_delete="RESTRICT", backref="+")
        finance_signed_at = DateTimeField(null=True)
        finance_signed_by = ForeignKeyField(User, null=True, on_delete="RESTRICT", backref="+")
        manager_signed_at = DateTimeField(null=True)
        manager_signed_by = ForeignKeyField(User, null=True, on_delete="RESTRICT", backref="+")
        reopened_at = DateTimeField(null=True)
        reopened_by = ForeignKeyField(User, null=True, on_delete="RESTRICT", backref="+")
        reopen_reason = TextField(default="")
        signed_pdf = BlobField(null=True)

        class Meta:
            database = db
            table_name = "daily_version"
            indexes = ((("date", "version"), True),)

    db.create_tables([DailyDay, DailyVersion])
