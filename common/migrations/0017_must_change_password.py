"""An account must change its password before it is used (issue 15, item 12).

``user.must_change_password``: set when an administrator creates an account or resets its
password (the administrator knows that password; its owner must replace it at the first login),
cleared when the owner sets their own. Existing accounts chose or kept their passwords long ago:
they start cleared, so nobody is stopped by an upgrade.
"""


def up(migrator, db):
    # Plain SQL: the same statement on SQLite and PostgreSQL; the default fills existing rows.
    db.execute_sql('ALTER TABLE "user" ADD COLUMN "must_change_password" BOOLEAN NOT NULL DEFAULT FALSE')
