"""The signed daily report sent on (issue 19 item 5): one row per day, signed version and target
(a department's e-mail addresses, or the fax software's folder), updated at every attempt, so the
row tells to whom, when it was last tried, how it went, the error, and how many attempts it took."""
from peewee import Check, CharField, DateField, DateTimeField, IntegerField, Model, TextField


def up(migrator, db):
    class ReportSend(Model):
        date = DateField()
        version = IntegerField()
        channel = CharField(max_length=8, constraints=[Check("channel IN ('email', 'folder')")])
        target = CharField(max_length=16)  # the department key (ledger.send.DEPARTMENTS) or 'folder'
        recipient = TextField()  # the addresses, or the file written
        at = DateTimeField()
        result = CharField(max_length=8, constraints=[Check("result IN ('sent', 'failed')")])
        error = TextField(default="")
        attempts = IntegerField(default=1)

        class Meta:
            database = db
            table_name = "report_send"
            indexes = ((("date", "version", "target"), True), (("result", "date"), False))

    db.create_tables([ReportSend])
