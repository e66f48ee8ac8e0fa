"""Call scripts, configurable survey forms, complaint handling steps, rectification (issue 18
items 3, 4, 5).

- ``call_script``: the manager's library of what to say (回访话术), per callback kind and situation.
  An edit writes a new row with the next ``version`` and marks the old one replaced; retiring marks
  it retired. At most one active script per (kind, situation): a partial unique index.
- ``survey_set`` / ``survey_item``: the score items and scale of a callback kind's survey form
  (HTY 7DC/3DC 调查表), versioned; the newest version of a kind is the form in use. Version 1 of
  each kind holds the items the program had fixed in code until now, and every reached callback
  is stamped with the set it was scored on (``callback.survey_set_id``), so its scores keep their
  items and scale after the form changes. Callbacks reached before this migration get version 1.
- ``complaint_step``: the six steps of a complaint call (seed 004), one row per step ticked.
- ``department`` and ``rectification``: improvement items (整改) opened from a low callback score
  or a closed complaint, for a department, with due date, owner, action and verification.
"""
from peewee import (
    BooleanField, Check, CharField, DateField, DateTimeField, ForeignKeyField, IntegerField, Model, TextField,
)

# Frozen copies of the score items archive/callbacks.py had in code (the migration must not import
# today's models or constants).
_V1_ITEMS = {
    "7dc": (("reception", "展厅接待"), ("consultant", "销售顾问讲解"), ("test_drive", "试乘试驾"),
            ("delivery", "交车过程"), ("paperwork", "手续办理效率"), ("overall", "总体满意度")),
    "3dc": (("reception", "服务接待"), ("repair_quality", "维修质量"), ("timeliness", "按时交车"),
            ("price", "费用透明"), ("cleanliness", "车辆清洁"), ("overall", "总体满意度")),
    "monthly": (("vehicle", "车辆使用情况"), ("service", "服务满意度"), ("overall", "总体满意度")),
    "yearly": (("vehicle", "车辆使用情况"), ("service", "服务满意度"), ("overall", "总体满意度")),
}
_DEPARTMENTS = (("sales", "销售部"), ("service", "售后服务部"), ("parts", "配件部"), ("finance", "财务部"),
                ("customer_service", "客服部"))


def up(migrator, db):
    class User(Model):
        class Meta:
            database = db
            table_name = "user"

    class Callback(Model):
        class Meta:
            database = db
            table_name = "callback"

    class Complaint(Model):
        class Meta:
            database = db
            table_name = "complaint"

    class CallScript(Model):
        kind = CharField(max_length=12, constraints=[
            Check("kind IN ('7dc', '3dc', 'monthly', 'yearly', 'complaint')")])
        situation = CharField(max_length=24)
        title = CharField(max_length=100)
        body = TextField()
        version = IntegerField(constraints=[Check("version >= 1")])
        state = CharField(max_length=10, default="active", constraints=[
            Check("state IN ('active', 'replaced', 'retired')")])
        created_at = DateTimeField()
        created_by = ForeignKeyField(User, null=True, on_delete="RESTRICT")
        ended_at = DateTimeField(null=True)
        ended_by = ForeignKeyField(User, null=True, on_delete="RESTRICT")

        class Meta:
            database = db
            table_name = "call_script"
            indexes = ((("kind", "situation", "version"), True),)

    class SurveySet(Model):
        kind = CharField(max_length=8, constraints=[Check("kind IN ('7dc', '3dc', 'monthly', 'yearly')")])
        version = IntegerField(constraints=[Check("version >= 1")])
        scale_max = IntegerField(default=10, constraints=[Check("scale_max BETWEEN 3 AND 10")])
        created_at = DateTimeField()
        created_by = ForeignKeyField(User, null=True, on_delete="RESTRICT")

        class Meta:
            database = db
            table_name = "survey_set"
            indexes = ((("kind", "version"), True),)

    class SurveyItem(Model):
        survey_set = ForeignKeyField(SurveySet, on_delete="CASCADE")
        code = CharField(max_length=32)
        label = CharField(max_length=60)
        position = IntegerField()

        class Meta:
            database = db
            table_name = "survey_item"
            indexes = ((("survey_set", "code"), True),)

    class ComplaintStep(Model):
        complaint = ForeignKeyField(Complaint, on_delete="RESTRICT", index=True)
        step = CharField(max_length=16, constraints=[
            Check("step IN ('opening', 'question', 'listen', 'propose', 'agree', 'confirm')")])
        note = TextField(default="")
        at = DateTimeField()
        user = ForeignKeyField(User, on_delete="RESTRICT")

        class Meta:
            database = db
            table_name = "complaint_step"
            indexes = ((("complaint", "step"), True),)

    class Department(Model):
        code = CharField(max_length=24, unique=True)
        name = CharField(max_length=50)
        active = BooleanField(default=True)

        class Meta:
            database = db
            table_name = "department"

    class Rectification(Model):
        number = CharField(max_length=20, unique=True)
        source = CharField(max_length=10, constraints=[Check("source IN ('callback', 'complaint')")])
        callback = ForeignKeyField(Callback, null=True, on_delete="RESTRICT", index=True)
        item = CharField(max_length=32, default="")
        item_label = CharField(max_length=60, default="")
        score = IntegerField(null=True)
        complaint = ForeignKeyField(Complaint, null=True, on_delete="RESTRICT", index=True)
        department = ForeignKeyField(Department, on_delete="RESTRICT")
        problem = TextField()
        owner = CharField(max_length=50)
        due_on = DateField()
        opened_on = DateField()
        opened_by = ForeignKeyField(User, on_delete="RESTRICT")
        state = CharField(max_length=10, default="open", constraints=[
            Check("state IN ('open', 'acted', 'verified')")])
        action = TextField(default="")
        acted_on = DateField(null=True)
        acted_by = ForeignKeyField(User, null=True, on_delete="RESTRICT")
        verification = CharField(max_length=10, default="", constraints=[
            Check("verification IN ('', 'callback', 'manager')")])
        verify_callback = ForeignKeyField(Callback, null=True, on_delete="RESTRICT")
        verify_score = IntegerField(null=True)
        verify_note = TextField(default="")
        verified_on = DateField(null=True)
        verified_by = ForeignKeyField(User, null=True, on_delete="RESTRICT")

        class Meta:
            database = db
            table_name = "rectification"
            indexes = ((("state", "due_on"), False), (("opened_on",), False))

    db.create_tables([CallScript, SurveySet, SurveyItem, ComplaintStep, Department, Rectification])
    # One active script per kind and situation; one improvement item per scored item of a
    # callback and per complaint (two clerks opening the same one at once: the index decides).
    db.execute_sql("CREATE UNIQUE INDEX call_script_one_active ON call_script (kind, situation) "
                   "WHERE state = 'active'")
    db.execute_sql("CREATE UNIQUE INDEX rectification_callback_item ON rectification (callback_id, item) "
                   "WHERE callback_id IS NOT NULL")
    db.execute_sql("CREATE UNIQUE INDEX rectification_one_per_complaint ON rectification (complaint_id) "
                   "WHERE complaint_id IS NOT NULL")
    db.execute_sql("ALTER TABLE callback ADD COLUMN survey_set_id INTEGER REFERENCES survey_set (id)")
    db.execute_sql("CREATE INDEX callback_survey_set_id ON callback (survey_set_id)")

    seeded_at = "2000-01-01 00:00:00"
    for kind, items in _V1_ITEMS.items():
        db.execute_sql(f"INSERT INTO survey_set (kind, version, scale_max, created_at) "
                       f"VALUES ({db.param}, 1, 10, {db.param})", (kind, seeded_at))
        set_id = db.execute_sql(f"SELECT id FROM survey_set WHERE kind = {db.param} AND version = 1",
                                (kind,)).fetchone()[0]
        for position, (code, label) in enumerate(items):
            db.execute_sql(f"INSERT INTO survey_item (survey_set_id, code, label, position) "
                           f"VALUES ({db.param}, {db.param}, {db.param}, {db.param})", (set_id, code, label, position))
        db.execute_sql(f"UPDATE callback SET survey_set_id = {db.param} WHERE kind = {db.param} AND state = 'done'",
                       (set_id, kind))
    for code, name in _DEPARTMENTS:
        db.execute_sql(f"INSERT INTO department (code, name, active) VALUES ({db.param}, {db.param}, {db.param})",
                       (code, name, True))
