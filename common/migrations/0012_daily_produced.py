"""The daily report's state ``produced`` (issue 11): producing a report is not printing it.

Until now producing set ``printed`` although nothing had been printed. A new state ``produced`` is
allowed by the state check, and every day left in ``printed`` becomes ``produced``: no print was
ever recorded for it. From now on ``printed`` is set only after a real print (ledger.daily.mark_printed).

SQLite cannot change a CHECK constraint in place, so daily_day is rebuilt (same columns, same rows,
same indexes); PostgreSQL replaces the named constraint. Nothing references daily_day.
"""

STATES = "('produced', 'printed', 'finance_signed', 'locked', 'reopened')"


def up(migrator, db):
    import peewee

    if isinstance(db, peewee.SqliteDatabase):
        table_sql = db.execute_sql("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'daily_day'").fetchone()[0]
        index_sql = [row[0] for row in db.execute_sql(
            "SELECT sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'daily_day' AND sql IS NOT NULL")]
        old_check = "('printed', 'finance_signed', 'locked', 'reopened')"
        assert old_check in table_sql, table_sql
        new_sql = table_sql.replace(old_check, STATES).replace('"daily_day"', '"daily_day_new"', 1)
        db.execute_sql(new_sql)
        db.execute_sql("INSERT INTO daily_day_new SELECT * FROM daily_day")
        db.execute_sql("DROP TABLE daily_day")
        db.execute_sql('ALTER TABLE daily_day_new RENAME TO daily_day')
        for sql in index_sql:
            db.execute_sql(sql)
    else:
        db.execute_sql("ALTER TABLE daily_day DROP CONSTRAINT daily_day_state_check")
        db.execute_sql(f"ALTER TABLE daily_day ADD CONSTRAINT daily_day_state_check CHECK (state IN {STATES})")
    db.execute_sql("UPDATE daily_day SET state = 'produced' WHERE state = 'printed'")
