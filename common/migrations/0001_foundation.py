"""Users, the append-only audit log, branch settings."""
from peewee import BooleanField, CharField, DateTimeField, ForeignKeyField, IntegerField, Model, TextField


def up(migrator, db):
    class User(Model):
        username = CharField(max_length=64, unique=True)
        display_name = CharField(max_length=64)
        role = CharField(max_length=16)
        password_hash = CharField(max_length=255)
        active = BooleanField(default=True)
        failed_logins = IntegerField(default=0)
        locked_until = DateTimeField(null=True)
        created_at = DateTimeField()
        password_changed_at = DateTimeField(null=True)

        class Meta:
            database = db
            table_name = "user"

    class AuditLog(Model):
        at = DateTimeField(index=True)
        user = ForeignKeyField(User, null=True, on_delete="RESTRICT")
        username = CharField(max_length=64)
        action = CharField(max_length=64, index=True)
        entity = CharField(max_length=64)
        entity_id = CharField(max_length=64, null=True)
        detail = TextField(default="")

        class Meta:
            database = db
            table_name = "audit_log"
            indexes = ((("entity", "entity_id"), False),)

    class Setting(Model):
        key = CharField(max_length=64, primary_key=True)
        value = TextField()

        class Meta:
            database = db
            table_name = "setting"

    db.create_tables([User, AuditLog, Setting])

    # The audit log is append-only at the database level, not only by convention in our code.
    if db.__class__.__name__.startswith("Postgres"):
        db.execute_sql(
            """CREATE FUNCTION audit_log_append_only() RETURNS trigger AS $$
               BEGIN RAISE EXCEPTION 'audit_log is append-only'; END; $$ LANGUAGE plpgsql"""
        )
        db.execute_sql(
            """CREATE TRIGGER audit_log_no_change BEFORE UPDATE OR DELETE ON audit_log
               FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()"""
        )
    else:
        for event in ("UPDATE", "DELETE"):
            db.execute_sql(
                f"""CREATE TRIGGER audit_log_no_{event.lower()} BEFORE {event} ON audit_log
                    BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END"""
            )
