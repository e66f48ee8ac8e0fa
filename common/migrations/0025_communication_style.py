"""Communication styles (沟通风格, issue 18 item 9; seed 003's matrix of four interpersonal styles).

``customer_style``: every time a clerk records a customer's style, a new row (the style, the
answers to the questions along the two axes when they were asked, the style those answers
suggested, who and when). The newest row is the customer's style; the older ones are its history,
as the Mackay 66 profile keeps its revisions. ``style_guidance``: the manager's wording of one
topic of one style's guidance (how such a customer decides, what persuades, what to do when they
lose their temper); a style and topic without a row show the program's default text.
"""
from peewee import Check, CharField, DateTimeField, ForeignKeyField, Model, TextField


def up(migrator, db):
    class User(Model):
        class Meta:
            database = db
            table_name = "user"

    class Customer(Model):
        class Meta:
            database = db
            table_name = "customer"

    styles = "('expressive', 'amiable', 'driver', 'analytical')"

    class CustomerStyle(Model):
        customer = ForeignKeyField(Customer, on_delete="CASCADE")
        style = CharField(max_length=12, constraints=[Check(f"style IN {styles}")])
        suggested = CharField(max_length=12, null=True, constraints=[Check(f"suggested IS NULL OR suggested IN {styles}")])
        answers = TextField(default="")  # JSON {question: "a"|"b"}, empty when set without the questions
        recorded_by = ForeignKeyField(User, on_delete="RESTRICT")
        recorded_at = DateTimeField()

        class Meta:
            database = db
            table_name = "customer_style"
            indexes = ((("customer", "id"), False),)

    class StyleGuidance(Model):
        style = CharField(max_length=12, constraints=[Check(f"style IN {styles}")])
        topic = CharField(max_length=12, constraints=[Check("topic IN ('decides', 'persuades', 'temper')")])
        text = TextField()
        updated_by = ForeignKeyField(User, on_delete="RESTRICT")
        updated_at = DateTimeField()

        class Meta:
            database = db
            table_name = "style_guidance"
            indexes = ((("style", "topic"), True),)

    db.create_tables([CustomerStyle, StyleGuidance])
