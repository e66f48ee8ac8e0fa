"""The Mackay 66 customer profile: profiles, current values, revisions, drafts and consents.

Sensitive values never reach these tables in clear: they are sealed (AES-GCM) with a key kept
outside the database (archive/profile_crypto.py) and stored in the ``*_sealed`` blob columns.
One consent per customer may be active at a time (a partial unique index, on both databases).
"""
from peewee import BlobField, CharField, DateField, DateTimeField, ForeignKeyField, IntegerField, Model, TextField


def up(migrator, db):
    class User(Model):
        class Meta:
            database = db
            table_name = "user"

    class Customer(Model):
        class Meta:
            database = db
            table_name = "customer"

    class Profile(Model):
        customer = ForeignKeyField(Customer, unique=True, on_delete="RESTRICT")
        form_date = DateField(null=True)
        filled_by = CharField(max_length=64, default="")
        revision = IntegerField(default=0)
        revised_at = DateTimeField(null=True)
        reviewed_at = DateTimeField(null=True)
        created_at = DateTimeField()

        class Meta:
            database = db
            table_name = "profile"

    class ProfileValue(Model):
        profile = ForeignKeyField(Profile, on_delete="CASCADE", index=True)
        field = CharField(max_length=32)
        value_text = TextField(null=True)
        value_sealed = BlobField(null=True)

        class Meta:
            database = db
            table_name = "profile_value"
            indexes = ((("profile", "field"), True), (("field",), False))

    class ProfileRevision(Model):
        profile = ForeignKeyField(Profile, on_delete="CASCADE")
        number = IntegerField()
        at = DateTimeField()
        user = ForeignKeyField(User, on_delete="RESTRICT")
        fields = TextField()  # JSON list of field keys changed (names only, never values)
        changes_text = TextField(default="{}")  # JSON {field: new value} of ordinary fields
        changes_sealed = BlobField(null=True)  # sealed JSON {field: new value} of sensitive fields
        sensitive_erased_at = DateTimeField(null=True)

        class Meta:
            database = db
            table_name = "profile_revision"
            indexes = ((("profile", "number"), True),)

    class ProfileDraft(Model):
        customer = ForeignKeyField(Customer, on_delete="RESTRICT")
        user = ForeignKeyField(User, on_delete="RESTRICT")
        saved_at = DateTimeField()
        base_revision = IntegerField(default=0)
        data_sealed = BlobField()  # the whole draft is sealed: it may hold sensitive values

        class Meta:
            database = db
            table_name = "profile_draft"
            indexes = ((("customer", "user"), True),)

    class ProfileConsent(Model):
        customer = ForeignKeyField(Customer, on_delete="RESTRICT", index=True)
        given_on = DateField()
        recorded_at = DateTimeField()
        recorded_by = ForeignKeyField(User, on_delete="RESTRICT")
        text_version = CharField(max_length=32)
        scope = TextField()  # JSON list of sensitive categories
        withdrawn_at = DateTimeField(null=True)
        withdrawn_by = ForeignKeyField(User, null=True, on_delete="RESTRICT")

        class Meta:
            database = db
            table_name = "profile_consent"

    db.create_tables([Profile, ProfileValue, ProfileRevision, ProfileDraft, ProfileConsent])
    # One active consent per customer: a second one is refused by the database, not by a check first.
    db.execute_sql(
        "CREATE UNIQUE INDEX profile_consent_one_active ON profile_consent (customer_id) "
        "WHERE withdrawn_at IS NULL"
    )
